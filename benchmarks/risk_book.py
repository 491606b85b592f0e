"""What the risk heatmap dock's numbers cost to compute, and the VaR functions on long series.

- "analyse_book": `desktop.risk.book_analytics.analyse_book` for the demo market's six
  symbols held at once, 30 days of hourly closes (the dock's default window), everything the
  dock shows: VaR by four methods and its components, volatility, beta, drawdown, today's
  P&L, the Ledoit–Wolf correlation clustered, and every stress scenario (worst 1h/1d/1w of
  each asset replayed, BTC shocks). The same-run reference, "reference_corr_lw", is the one
  step any such dock must take, done directly with pandas and scikit-learn: log-returns,
  Pearson correlation and a Ledoit–Wolf fit of the same panel.
- "value_at_risk_<method>" on 100,000 returns, against the same number computed with scipy
  ("scipy_<method>": scipy.stats.norm.ppf, skew and kurtosis, or numpy's quantile).

Prints one JSON line per measurement: {"name", "n", "p50_us", "p99_us"}, then one with the
ratios to the references. The dock asks every 2 s: the analysis must stay far below that.

    python benchmarks/risk_book.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.risk.book_analytics import (  # noqa: E402
    BookInputs,
    Holding,
    align_panel,
    analyse_book,
    hourly_closes,
)
from desktop.risk.var import value_at_risk  # noqa: E402
from desktop.venues.demo_market import DemoMarket  # noqa: E402

NOW_MS = 1_790_000_000_000
RUNS = 60


def timed(name: str, fn, n: int = RUNS) -> dict:
    fn()  # warm: imports (scikit-learn, scipy) and caches
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e6)
    times.sort()
    row = {"name": name, "n": n, "p50_us": round(statistics.median(times), 1),
           "p99_us": round(times[min(n - 1, int(n * 0.99))], 1)}
    print(json.dumps(row), flush=True)
    return row


def book_inputs() -> BookInputs:
    demo = DemoMarket(seed=7, days=30, now_ms=NOW_MS)
    series = {m.symbol: hourly_closes(demo.history_1m(m.symbol), NOW_MS)
              for m in demo.markets()}
    panel = align_panel(series)
    holdings = tuple(
        Holding(symbol, "demo", 1000.0 / closes[-1], float(closes[-1]),
                1000.0 / closes[-1], 0.0)
        for symbol, (_ts, closes) in series.items())
    return BookInputs("bench", "USDT", NOW_MS, 10_000.0, holdings, panel, "BTC/USDT", 0.99, 30)


def main() -> None:
    import pandas as pd
    from scipy import stats
    from sklearn.covariance import LedoitWolf

    inputs = book_inputs()
    window = inputs.panel.closes[-(30 * 24 + 1):]
    frame = pd.DataFrame(window, columns=list(inputs.panel.symbols))

    def reference() -> None:
        logs = np.log(frame).diff().dropna()
        logs.corr()
        LedoitWolf().fit(logs.to_numpy())

    ours = timed("analyse_book", lambda: analyse_book(inputs))
    ref = timed("reference_corr_lw", reference)
    ratios = {"analyse_book_vs_reference": round(ours["p50_us"] / ref["p50_us"], 2)}

    r = np.random.default_rng(1).standard_t(4, 100_000) * 0.01
    references = {
        "historical": lambda: -np.quantile(r, 0.01),
        "parametric": lambda: -stats.norm.ppf(0.01, r.mean(), r.std(ddof=1)),
        "cornish_fisher": lambda: (stats.skew(r), stats.kurtosis(r), stats.norm.ppf(0.01)),
    }
    for method, ref_fn in references.items():
        mine = timed(f"value_at_risk_{method}", lambda m=method: value_at_risk(r, 0.99, m))
        theirs = timed(f"scipy_{method}", ref_fn)
        ratios[f"{method}_vs_scipy"] = round(mine["p50_us"] / theirs["p50_us"], 2)
    ratios["analyse_book_p99_ms"] = round(ours["p99_us"] / 1000, 2)
    ratios["within_refresh_interval"] = ours["p99_us"] < 2_000_000
    print(json.dumps({"name": "ratios", **ratios}), flush=True)


if __name__ == "__main__":
    main()
