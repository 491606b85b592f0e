"""A sweep on a Dask cluster gives exactly what the local pool and a serial run give."""

from __future__ import annotations

import threading

import pytest

from desktop.backtest.executors import DaskExecutor, LocalPoolExecutor, SerialExecutor
from desktop.backtest.optimize import OK, Constraints, optimize
from desktop.backtest.search_space import SearchSpace
from strategies.builtin import SmaCross

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")


@pytest.fixture(scope="module")
def cluster():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    yield cluster
    cluster.close()


def test_dask_cluster_local_pool_and_serial_agree(cluster, eth_btc_5m):
    space = SearchSpace.of(SmaCross, {"fast": "4:20:4", "slow": "12:60:12"})
    kwargs = dict(objective="sortino", constraints=Constraints(min_trades=20), chunk_size=3)
    serial = optimize(SmaCross, eth_btc_5m, space, executor=SerialExecutor(), **kwargs)
    with LocalPoolExecutor(2) as pool:
        pooled = optimize(SmaCross, eth_btc_5m, space, executor=pool, **kwargs)
    with DaskExecutor(cluster.scheduler_address) as dask:
        on_dask = optimize(SmaCross, eth_btc_5m, space, executor=dask, **kwargs)
        assert dask.workers == 2
        # a second sweep reuses the connection and still agrees; chunks are sized by the
        # cluster's workers (a few sets on 2 workers: one set per chunk)
        steps: list[int] = []
        random_dask = optimize(SmaCross, eth_btc_5m, space, executor=dask, random=7, seed=5,
                               on_progress=lambda done, total: steps.append(done),
                               **{**kwargs, "chunk_size": None})
        # Bayesian and genetic search send each round's batch down the same path.
        adaptive_dask = [optimize(SmaCross, eth_btc_5m, space, executor=dask, random=12,
                                  method=m, seed=3, **kwargs) for m in ("bayes", "genetic")]
    assert serial.count(OK) > 5 and serial.count("invalid") > 0
    assert on_dask.records() == serial.records()
    assert pooled.records() == serial.records()
    random_serial = optimize(SmaCross, eth_btc_5m, space, random=7, seed=5, **kwargs)
    assert random_dask.records() == random_serial.records()
    ran = 7 - random_dask.count("invalid")
    assert ran >= 3 and sorted(steps) == list(range(ran + 1))
    for method, on_cluster in zip(("bayes", "genetic"), adaptive_dask, strict=True):
        here = optimize(SmaCross, eth_btc_5m, space, random=12, method=method, seed=3, **kwargs)
        assert on_cluster.records() == here.records() and on_cluster.total == 12


def test_cancel_on_dask_drops_pending_chunks(cluster, eth_btc_5m):
    space = SearchSpace.of(SmaCross, {"fast": "2:30:2", "slow": "40:60:10"})  # 45 sets
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 0:
            cancel.set()

    with DaskExecutor(cluster.scheduler_address) as dask:
        result = optimize(SmaCross, eth_btc_5m, space, executor=dask, chunk_size=3,
                          on_progress=progress, cancel=cancel)
    assert result.cancelled
    assert 3 <= len(result.rows) < 45


def test_unreachable_scheduler_says_so():
    with DaskExecutor("tcp://127.0.0.1:1", timeout=2) as dask, pytest.raises(
        ConnectionError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:1"
    ):
        dask.client()
