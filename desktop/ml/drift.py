"""Feature drift: each feature's recent distribution against the training window's
(population stability index and the two-sample Kolmogorov-Smirnov test; imports scipy).

A model learned the relation between features and outcomes inside its training window. When
the features now come from another distribution (a calmer or wilder market, another volume
regime), its probabilities no longer mean what validation measured. A feature counts as
drifted when both tests agree: the PSI says the shift is large, the KS test says it is not
sampling noise (with thousands of rows KS alone flags shifts too small to matter).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp

from desktop.core.ml import DRIFT_KS_P_THRESHOLD, DRIFT_PSI_THRESHOLD, FeatureDrift

PSI_BINS = 10
REFERENCE_ROWS = 2000  # a training window's sample kept beside the model
_FLOOR = 1e-4  # an empty bin would make the PSI infinite; this caps one bin's weight


def psi(reference: np.ndarray, recent: np.ndarray, bins: int = PSI_BINS) -> float:
    """Population stability index over the reference's quantile bins (NaN ignored)."""
    ref = reference[np.isfinite(reference)]
    new = recent[np.isfinite(recent)]
    if ref.size == 0 or new.size == 0:
        return float("nan")
    inner = np.unique(np.quantile(ref, np.linspace(0, 1, bins + 1)[1:-1]))
    expected = np.bincount(np.searchsorted(inner, ref, side="right"),
                           minlength=inner.size + 1) / ref.size
    actual = np.bincount(np.searchsorted(inner, new, side="right"),
                         minlength=inner.size + 1) / new.size
    expected = np.maximum(expected, _FLOOR)
    actual = np.maximum(actual, _FLOOR)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def feature_drift(reference: pd.DataFrame, recent: pd.DataFrame,
                  psi_threshold: float = DRIFT_PSI_THRESHOLD,
                  p_threshold: float = DRIFT_KS_P_THRESHOLD) -> list[FeatureDrift]:
    """One verdict per column of `reference` (the same columns must be in `recent`)."""
    out = []
    for name in reference.columns:
        ref = reference[name].to_numpy(dtype=np.float64)
        new = recent[name].to_numpy(dtype=np.float64)
        ref, new = ref[np.isfinite(ref)], new[np.isfinite(new)]
        if ref.size < 2 or new.size < 2:
            out.append(FeatureDrift(str(name), float("nan"), float("nan"), float("nan"), False))
            continue
        value = psi(ref, new)
        test = ks_2samp(ref, new)
        out.append(FeatureDrift(str(name), value, float(test.statistic), float(test.pvalue),
                                bool(value > psi_threshold and test.pvalue < p_threshold)))
    return out


def reference_sample(features: pd.DataFrame, rows: np.ndarray,
                     size: int = REFERENCE_ROWS) -> pd.DataFrame:
    """Evenly spaced training rows (`rows`: candle positions of the training window), so the
    sample spans the whole window rather than its end."""
    if rows.size > size:
        rows = rows[np.linspace(0, rows.size - 1, size).astype(np.int64)]
    return features.iloc[rows]


def reference_path(model_path: Path | str) -> Path:
    """Where a model's training sample lives: `<name>.drift.npz` beside `<name>.joblib`."""
    base = Path(model_path)
    if base.suffix in (".joblib", ".json"):
        base = base.with_suffix("")
    return base.parent / f"{base.name}.drift.npz"


def save_reference(model_path: Path | str, sample: pd.DataFrame) -> Path:
    path = reference_path(model_path)
    np.savez_compressed(path, columns=np.array(list(sample.columns), dtype=str),
                        values=sample.to_numpy(dtype=np.float64))
    return path


def load_reference(model_path: Path | str) -> pd.DataFrame:
    with np.load(reference_path(model_path), allow_pickle=False) as data:
        return pd.DataFrame(data["values"], columns=[str(c) for c in data["columns"]])
