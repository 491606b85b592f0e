"""How long the reports of a big backtest take: 1,000,000 one-minute candles, about 20,000
trades (SMA cross 10/30 on a random walk), the report's analysis included.

- "report_excel": `analyse` + `write_excel` (every sheet, native charts). Same-run reference
  "openpyxl_write_only": openpyxl's write-only mode writing the same Trades and Equity
  cells (no Summary, no charts) — the library the monitors' Excel export uses.
- "report_pdf": `analyse` + `write_pdf` (every chart as vector drawings, the first 300
  trades). Same-run reference "matplotlib_pdf": matplotlib drawing the equity, benchmark and
  drawdown of all the bars into one PDF page, as QuantStats-style tearsheets do.

Target: under 10 s each. Prints one JSON line per result with wall and CPU seconds of both
(on a busy machine the wall time is mostly waiting for a core) and the load average.

    python benchmarks/report_speed.py [--bars 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.backtest import BacktestConfig, run_backtest  # noqa: E402
from desktop.core.candles import Candles  # noqa: E402
from desktop.reports.excel import MAX_EQUITY_ROWS, write_excel  # noqa: E402
from desktop.reports.formatting import ReportStyle  # noqa: E402
from desktop.reports.pdf import write_pdf  # noqa: E402
from desktop.reports.sources import backtest_analysis  # noqa: E402
from strategies.builtin import BUILTIN  # noqa: E402

TARGET_S = 10.0


def market(n: int, seed: int) -> Candles:
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0, 0.002, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.001, n)))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.001, n)))
    ts = 1_600_000_000_000 + 60_000 * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, high, low, close, np.ones(n))


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): on a shared machine the two differ."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def openpyxl_reference(result, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    trades = wb.create_sheet("Trades")
    t = result.trades
    trades.append(["symbol", "side", "entry", "entry price", "exit", "exit price", "size",
                   "pnl", "fees", "bars"])
    for row in zip(t.symbol.tolist(), t.side.tolist(), (t.entry_time / 86_400_000 + 25_569)
                   .tolist(), t.entry_price.tolist(), (t.exit_time / 86_400_000 + 25_569)
                   .tolist(), t.exit_price.tolist(), t.size.tolist(), t.pnl.tolist(),
                   t.fees.tolist(), t.bars_held.tolist(), strict=True):
        trades.append(list(row))
    equity = wb.create_sheet("Equity")
    step = max(1, len(result.ts) // MAX_EQUITY_ROWS)
    for ts, e in zip((result.ts[::step] / 86_400_000 + 25_569).tolist(),
                     result.equity[::step].tolist(), strict=True):
        equity.append([ts, e, 0.0, e])
    wb.save(path)


def matplotlib_reference(result, bench: np.ndarray, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    x = result.ts.astype("datetime64[ms]")
    peak = np.maximum.accumulate(result.equity)
    with PdfPages(path) as pdf:
        fig, (top, bottom) = plt.subplots(2, 1, figsize=(8.27, 11.69), sharex=True)
        top.plot(x, result.equity, linewidth=0.6)
        top.plot(x, bench, linewidth=0.6)
        bottom.fill_between(x, result.equity / peak - 1.0, 0.0)
        pdf.savefig(fig)
        plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bars", type=int, default=1_000_000)
    args = parser.parse_args()
    candles = market(args.bars, 1)
    btc = market(args.bars, 2)
    result = run_backtest(BUILTIN["sma_cross"], {"fast": 10, "slow": 30}, candles,
                          BacktestConfig(), symbol="ETH/USDT")
    style = ReportStyle()
    common = {"bars": args.bars, "trades": len(result.trades), "target_s": TARGET_S}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        # numba compiles the report's kernels once per machine (cached): not the report's cost
        backtest_analysis(result, {"ETH/USDT": candles}, ("BTC/USDT", btc))

        def excel() -> None:
            a = backtest_analysis(result, {"ETH/USDT": candles}, ("BTC/USDT", btc))
            write_excel(a, out / "r.xlsx", style)

        def pdf() -> None:
            a = backtest_analysis(result, {"ETH/USDT": candles}, ("BTC/USDT", btc))
            write_pdf(a, out / "r.pdf", style)

        rows = []
        for name, fn, ref_name, ref in (
            ("report_excel", excel, "openpyxl_write_only",
             lambda: openpyxl_reference(result, out / "ref.xlsx")),
            ("report_pdf", pdf, "matplotlib_pdf",
             lambda: matplotlib_reference(result, btc.close / btc.close[0] * 10_000,
                                          out / "ref.pdf")),
        ):
            seconds, cpu = timed(fn)
            reference, ref_cpu = timed(ref)
            size = (out / ("r.xlsx" if "excel" in name else "r.pdf")).stat().st_size
            row = {"name": name, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
                   "reference": ref_name, "reference_seconds": round(reference, 3),
                   "reference_cpu_seconds": round(ref_cpu, 3),
                   "ratio": round(seconds / reference, 2), "cpu_ratio": round(cpu / ref_cpu, 2),
                   "bytes": size, "under_target": seconds < TARGET_S,
                   "load_average": round(os.getloadavg()[0], 1), **common}
            rows.append(row)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
