"""Headless `pregao backtest`: run one strategy over a candle file, print and save results.

    pregao backtest --strategy sma_cross --data ETH-BTC_5m.parquet --params fast=10,slow=30 \
        --fees 10 --slippage 2 --fill next_open --size pct=95 --json out.json --csv out/ \
        --xlsx report.xlsx --pdf report.pdf --language pt_BR

Exit codes: 0 done, 2 bad arguments / unknown strategy or parameter / unusable data file
(one line on stderr saying what and where), 1 anything unexpected. Never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from desktop.core.errors import PregaoError
from desktop.data.file_names import names_a_perpetual  # light: no pandas, no Parquet library

USAGE_ERROR = 2
# The process may end without the interpreter's teardown once this command is done (see
# exit_without_teardown); desktop.app reads it for `pregao backtest`.
EXIT_WITHOUT_TEARDOWN = True
StyleFactory = Callable[[str, str], Any]  # (language, theme) -> desktop.reports ReportStyle


class UsageError(Exception):
    """A mistake in what the user typed; the message is the one line to show."""


def run_command(name: str, argv: list[str], parse: Callable[[list[str]], argparse.Namespace],
                run: Callable[[argparse.Namespace], int]) -> int:
    """The body of every `pregao <name>` command (backtest, optimize, paper): drop a leading
    `name`, parse, run; a usage or data problem is one line on stderr starting with
    "pregao <name>: error:" and exit code 2; --help exits with its own code."""
    argv = list(argv)
    if argv[:1] == [name]:
        argv = argv[1:]
    try:
        return run(parse(argv))
    except (UsageError, PregaoError) as exc:  # DataFileError: the file and row are in it
        print(f"pregao {name}: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except SystemExit as exc:  # --help
        return int(exc.code or 0)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="pregao backtest", description="Backtest a strategy on a candle file.")
    p.add_argument("--strategy", required=True,
                   help="built-in id (e.g. sma_cross), an id from the user strategies folder, "
                        "or FILE.py[:ClassName]")
    p.add_argument("--data", required=True, action="append",
                   help="CSV or Parquet candle file; repeat it for a portfolio sharing one cash "
                        "account")
    p.add_argument("--timeframe", help="resample to this timeframe first (e.g. 1h)")
    p.add_argument("--symbol", action="append",
                   help="name in the results, one per --data (default: the file name)")
    p.add_argument("--params", default="", help="strategy parameters: k=v,k=v")
    p.add_argument("--cash", type=float, default=10_000.0, help="starting cash (default 10000)")
    p.add_argument("--fees", type=float, default=10.0, help="taker fee in bps (default 10)")
    p.add_argument("--maker-fees", type=float, help="maker fee in bps (default: --fees)")
    p.add_argument("--slippage", type=float, default=0.0, help="slippage in bps (default 0)")
    p.add_argument("--fill", choices=("next_open", "close"), default="next_open",
                   help="fill at the next bar's open (default) or the signal bar's close")
    p.add_argument("--size", default="all",
                   help="all | pct=P | fixed=Q | risk=R | vol=V | kelly=F (default all)")
    p.add_argument("--lot", type=float, default=0.0, help="round amounts down to this step")
    p.add_argument("--leverage", type=float, default=1.0)
    p.add_argument("--no-short", action="store_true", help="ignore short entries")
    add_perpetual_arguments(p)
    p.add_argument("--strategies-dir", type=Path, help="user strategies folder to search")
    p.add_argument("--json", type=Path, help="write metrics, trades and equity as JSON here")
    p.add_argument("--csv", type=Path, help="write trades/equity/metrics CSV files here")
    p.add_argument("--xlsx", type=Path, help="write the Excel report here")
    p.add_argument("--pdf", type=Path, help="write the PDF tearsheet here")
    p.add_argument("--benchmark", type=Path,
                   help="candle file of the report's benchmark, bought and held (default: "
                        "the first --data file's own buy and hold)")
    p.add_argument("--benchmark-name", default="BTC/USDT",
                   help="the benchmark's name in the report (default BTC/USDT)")
    p.add_argument("--language", default="en", choices=("en", "pt_BR", "es"),
                   help="language and number format of the reports (default en)")
    p.add_argument("--theme", default="light", choices=("light", "dark"),
                   help="whose chart colours the reports use (default light)")
    p.add_argument("--quiet", action="store_true", help="no summary on stdout")
    return p


def add_perpetual_arguments(p: argparse.ArgumentParser) -> None:
    """--market, --margin-mode and --funding-rate: shared by `pregao backtest` and
    `pregao paper`, which must mean the same by them."""
    p.add_argument("--market", choices=("auto", "spot", "perp"), default="auto",
                   help="spot, or a linear perpetual (margin, liquidation, funding); auto: "
                        "perp when the file name says usdm or --symbol is BASE/QUOTE:SETTLE")
    p.add_argument("--margin-mode", choices=("cross", "isolated"), default="cross",
                   help="perpetuals: cross (the default) or isolated margin")
    p.add_argument("--funding-rate", type=float,
                   help="perpetuals: this rate at every funding time (8 h); default: the "
                        "file's funding_rate column, else no funding")


def check_perpetual_arguments(args: argparse.Namespace, perpetual: bool) -> None:
    if args.funding_rate is not None:
        if not perpetual:
            raise UsageError("--funding-rate: only perpetual markets pay funding; "
                             "add --market perp")
        if not abs(args.funding_rate) < 0.05:
            raise UsageError(f"--funding-rate must be between -0.05 and 0.05 per funding "
                             f"time, got {args.funding_rate:g}")
    if args.margin_mode != "cross" and not perpetual:
        raise UsageError("--margin-mode: spot markets have no margin; add --market perp")


def parse_params(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in filter(None, (s.strip() for s in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(f"--params: {part!r} is not key=value")
        params[key.strip()] = value.strip()
    return params


def resolve_strategy(name: str, strategies_dir: Path | None):
    """A strategy class from a built-in id, FILE.py[:Class], or the user folder."""
    from desktop.backtest.strategy_catalog import (
        StrategyCatalog,
        builtin_strategies,
        load_strategy_file,
    )

    builtin = builtin_strategies()
    if name in builtin:
        return builtin[name]
    file_part, _, class_part = name.partition(":")
    if file_part.endswith(".py"):
        path = Path(file_part)
        if not path.is_file():
            raise UsageError(f"--strategy: no such file {file_part}")
        entry = load_strategy_file(path)
        if not entry.ok:
            raise UsageError(f"--strategy: {entry.error.splitlines()[0]}")
        by_name = {cls.__name__: cls for cls in entry.strategies.values()}
        if class_part:
            cls = entry.strategies.get(class_part) or by_name.get(class_part)
            if cls is None:
                raise UsageError(f"--strategy: {path.name} has no strategy {class_part!r}")
            return cls
        if len(entry.strategies) > 1:
            raise UsageError(f"--strategy: {path.name} defines several strategies; "
                             f"pick one with {file_part}:NAME")
        return next(iter(entry.strategies.values()))
    catalog = StrategyCatalog(strategies_dir)
    catalog.refresh()
    try:
        return catalog.get(name)
    except KeyError as exc:
        broken = [e.splitlines()[0] for e in catalog.errors().values()]
        hint = f" (broken user files: {'; '.join(broken)})" if broken else ""
        raise UsageError(f"--strategy: {exc.args[0]}{hint}") from None


def check_output(path: Path | None, option: str, directory: bool) -> None:
    """Refuse, before any work, an output path that cannot be written: a file where a folder
    is wanted (or the reverse), a parent that is a file, a read-only or full place. A real
    file is created and removed where the output will go, because permission bits say
    nothing on a read-only mount or for root."""
    if path is None:
        return
    if directory and path.exists() and not path.is_dir():
        raise UsageError(f"{option}: {path} is a file; give a folder for the CSV files")
    if not directory and path.is_dir():
        raise UsageError(f"{option}: {path} is a folder; give a file name")
    target = path if directory else path.parent
    existing = target
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"{option}: cannot write to {path}: {existing} is a file, not a folder")
    if not directory and path.exists() and not os.access(path, os.W_OK):
        raise UsageError(f"{option}: cannot write to {path}: the file is read-only")
    try:
        with tempfile.TemporaryFile(dir=existing) as probe:
            probe.write(b"\0" * 4096)  # an empty file fits even on a full disk
            probe.flush()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(f"{option}: cannot write to {path}: {reason} ({existing})") from None


def _config(args: argparse.Namespace, perpetual: bool = False,
            margin_symbols: dict[str, str] | None = None):
    from desktop.backtest.config import BacktestConfig, FillMode, Sizing

    try:
        sizing = Sizing.parse(args.size)
        return BacktestConfig(
            cash=args.cash,
            fill=FillMode(args.fill),
            taker_fee_bps=args.fees,
            maker_fee_bps=args.fees if args.maker_fees is None else args.maker_fees,
            slippage_bps=args.slippage,
            sizing=sizing,
            leverage=args.leverage,
            lot_step=args.lot,
            allow_short=not args.no_short,
            perpetual=perpetual,
            margin_mode=args.margin_mode,
            margin_symbols=margin_symbols,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _summary(result: Any, source: str) -> str:
    m = result.metrics

    def pct(key: str) -> str:
        v = m.get(key, float("nan"))
        return f"{v * 100:.2f} %" if v == v else "n/a"

    sharpe = f"{m['sharpe']:.2f}" if m["sharpe"] == m["sharpe"] else "n/a"
    return (
        f"{result.strategy} on {source}: {int(m['trades'])} trades, "
        f"total return {pct('total_return')}, max drawdown {pct('max_drawdown')}, "
        f"Sharpe {sharpe}, win rate {pct('win_rate')}, "
        f"buy & hold {pct('buy_hold_return')}"
    )


def _write_reports(args: argparse.Namespace, result: Any, candles_by_symbol: dict,
                   style_for: StyleFactory | None) -> dict[str, Any]:
    """The Excel and PDF reports of the run; returns their figures for the JSON."""
    from desktop.data.candle_files import load_candles
    from desktop.reports.build import analysis_json, write_reports
    from desktop.reports.formatting import THEME_COLOURS, ReportStyle
    from desktop.reports.sources import backtest_analysis

    benchmark = None
    if args.benchmark is not None:
        benchmark = (args.benchmark_name, load_candles(args.benchmark))
    analysis = backtest_analysis(result, candles_by_symbol, benchmark)
    if style_for is not None:
        style = style_for(args.language, args.theme)
    else:  # run without the app's entry point (tests, python -m): English words
        style = ReportStyle(colours=THEME_COLOURS[args.theme])
    write_reports(analysis, style, args.xlsx, args.pdf)
    return analysis_json(analysis)


def run(args: argparse.Namespace, style_for: StyleFactory | None = None) -> int:
    from desktop.backtest.engine import run_portfolio
    from desktop.backtest.export import write_csv, write_json
    from desktop.backtest.numba_start import start_numba_without_blas_probe
    from desktop.data.candle_files import load_candles
    from strategies.base import ParameterError

    start_numba_without_blas_probe()  # before the first kernel loads: ~0.15 s of CPU less

    files = [Path(f) for f in args.data]
    perpetual = args.market == "perp" or (args.market == "auto" and all(
        names_a_perpetual(f, sym) for f, sym in zip(
            files, args.symbol or [None] * len(files), strict=False)))
    check_perpetual_arguments(args, perpetual)
    config = _config(args)
    check_output(args.json, "--json", directory=False)
    check_output(args.csv, "--csv", directory=True)
    check_output(args.xlsx, "--xlsx", directory=False)
    check_output(args.pdf, "--pdf", directory=False)
    if args.benchmark is not None and not args.benchmark.is_file():
        raise UsageError(f"--benchmark: no such file {args.benchmark}")
    params = parse_params(args.params)
    strategy_cls = resolve_strategy(args.strategy, args.strategies_dir)
    try:
        strategy_cls(**params)  # parameter mistakes are reported before the file is read
    except ParameterError as exc:
        raise UsageError(f"--params: {exc}") from None
    names = args.symbol or [f.stem for f in files]
    if len(names) != len(files):
        raise UsageError("--symbol: give one name per --data file")
    if len(set(names)) != len(names):
        raise UsageError("--symbol: two data files have the same name; name them with --symbol")
    candles_by_symbol = {}
    funding: dict[str, Any] = {}
    markets: dict[str, str] = {}
    for name, path in zip(names, files, strict=True):
        if not path.is_file():
            raise UsageError(f"--data: no such file {path}")
        candles = load_candles(path)
        if perpetual:
            from desktop.data.file_names import symbol_from_filename
            from desktop.data.funding import funding_series

            funding[name] = funding_series(path, candles, args.funding_rate)
            markets[name] = name if "/" in name else symbol_from_filename(str(path))
        if args.timeframe:
            from desktop.data.resample import resample

            try:
                candles = resample(candles, args.timeframe)
            except ValueError as exc:
                raise UsageError(f"--timeframe: {exc}") from None
        candles_by_symbol[name] = candles
    if perpetual:
        config = _config(args, perpetual, markets)
    try:
        result = run_portfolio(strategy_cls, params, candles_by_symbol, config,
                               funding=funding or None)
    except ValueError as exc:  # e.g. too few candles for a backtest
        raise UsageError(f"{', '.join(map(str, files))}: {exc}") from None
    report = None
    if args.xlsx or args.pdf:
        report = _write_reports(args, result, candles_by_symbol, style_for)
    if args.json:
        write_json(result, args.json, report)
    if args.csv:
        write_csv(result, args.csv)
    if not args.quiet:
        print(_summary(result, ", ".join(f.name for f in files)))
    return 0


def main(argv: list[str], style_for: StyleFactory | None = None) -> int:
    """`style_for(language, theme)` makes the reports' ReportStyle (desktop.app passes the
    Qt-side translation; this module never imports Qt)."""
    return run_command("backtest", argv, build_parser().parse_args,
                       lambda args: run(args, style_for))


def exit_without_teardown(code: int) -> NoReturn:
    """End a process whose whole job was one headless command, skipping the interpreter's
    teardown: after a backtest, freeing numba's and LLVM's modules and the run's arrays one
    object at a time took ~0.3 s of CPU (a quarter of a fresh 1M-candle run) for nothing the
    user sees. Everything the command writes is closed by then; only stdio may be buffered.
    Never call it from a process that has more to do (tests, the app)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more to say there
            pass
    os._exit(code)


if __name__ == "__main__":
    exit_without_teardown(main(sys.argv[1:]))
