"""Purging and embargo on small index sets where the right answer can be written out."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.ml.splits import purged_walk_forward

# 12 rows (candles 0..11), each label looking at the next 2 candles: span [i+1, i+2].
START = np.arange(12) + 1
END = np.arange(12) + 2


def test_walk_forward_trains_on_the_past_and_purges_labels_that_reach_the_test() -> None:
    splits = list(purged_walk_forward(START, END, n_splits=3, embargo=0))
    # Blocks: 0-2, 3-5, 6-8, 9-11. Fold 1 tests rows 3..5, whose labels look at 4..7.
    # Rows 0..2 look at 1..2, 2..3, 3..4: row 2's label reads candle 4 -> purged.
    assert [s.test.tolist() for s in splits] == [[3, 4, 5], [6, 7, 8], [9, 10, 11]]
    assert splits[0].train.tolist() == [0, 1]
    assert splits[1].train.tolist() == [0, 1, 2, 3, 4]
    assert splits[2].train.tolist() == [0, 1, 2, 3, 4, 5, 6, 7]


def test_embargo_leaves_a_gap_before_the_test_window() -> None:
    splits = list(purged_walk_forward(START, END, n_splits=3, embargo=2))
    # An embargo of 2 keeps the 2 candles before the test window out of every training
    # label. Fold 1 (window from candle 4): labels may look up to candle 1, and row 0 already
    # looks at 2 -> no training rows, the fold is skipped. Fold 2 (window from 7): labels up
    # to candle 4 -> rows 0..2. Fold 3 (window from 10): up to candle 7 -> rows 0..5.
    assert [s.test.tolist() for s in splits] == [[6, 7, 8], [9, 10, 11]]
    assert splits[0].train.tolist() == [0, 1, 2]
    assert splits[1].train.tolist() == [0, 1, 2, 3, 4, 5]


def test_purged_k_fold_embargoes_the_rows_after_the_test_window() -> None:
    splits = list(purged_walk_forward(START, END, n_splits=3, embargo=2, train_after=True))
    # Fold 1 tests rows 3..5: window candles 4..7. After it: row 6 starts at 7 (overlap,
    # purged); rows 7 and 8 start at 8 and 9, inside the embargo of 2 after candle 7. Before
    # it, row 0 looks at candle 2, inside the embargo before candle 4.
    assert splits[0].train.tolist() == [9, 10, 11]
    no_embargo = list(purged_walk_forward(START, END, n_splits=3, embargo=0, train_after=True))
    assert no_embargo[0].train.tolist() == [0, 1, 7, 8, 9, 10, 11]


@pytest.mark.parametrize("embargo", [0, 3, 7])
@pytest.mark.parametrize("train_after", [False, True])
def test_no_training_label_meets_the_widened_test_window(embargo: int,
                                                         train_after: bool) -> None:
    rng = np.random.default_rng(embargo)
    start = np.arange(200) + 1
    end = start + rng.integers(0, 15, 200)  # uneven spans, as triple-barrier labels have
    for s in purged_walk_forward(start, end, 4, embargo, train_after=train_after):
        lo, hi = start[s.test].min() - embargo, end[s.test].max() + embargo
        assert not np.any((start[s.train] <= hi) & (end[s.train] >= lo))
        assert np.intersect1d(s.train, s.test).size == 0
        if not train_after:
            assert s.train.max() < s.test.min()


def test_folds_too_small_to_train_are_skipped_and_bad_arguments_refused() -> None:
    assert len(list(purged_walk_forward(START, END, 3, min_train=3))) == 2
    with pytest.raises(ValueError):
        list(purged_walk_forward(START, END[:5], 3))
    with pytest.raises(ValueError):
        list(purged_walk_forward(START[:3], END[:3], 3))
