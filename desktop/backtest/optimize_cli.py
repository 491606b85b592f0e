"""Headless `pregao optimize`: sweep a strategy's parameters over a candle file.

    pregao optimize --strategy sma_cross --data ETH-BTC_5m.parquet --timeframe 15m \\
        --grid fast=5:50:5,slow=20:200:10 --objective sharpe --min-trades 10 \\
        --walk-forward 2000:500 --monte-carlo 1000 --json out.json --csv out/

`--grid` narrows or fixes parameters (`lo:hi[:step]`, `a|b|c` or one value; parameters not
named keep their declared range); `--random N` tries N distinct sets drawn from that space
instead of all of them; `--method bayes|genetic --trials N` tries N distinct sets chosen
batch by batch from the results so far (Optuna's TPE, or a genetic algorithm). `--params
k=v` fixes values too. Costs, fills and sizing take the same options as `pregao backtest`.
Work runs on a local process pool (`--workers N`; 1 runs
in this process) or on a Dask cluster (`--scheduler tcp://host:8786`).

Walk-forward `IN:OUT` is in bars (`2000:500`) or in time (`14d:3d`, units m h d w).
Monte Carlo resamples the out-of-sample trades with walk-forward, else the best set's.

Exit codes: 0 done, 2 bad arguments / unknown strategy, parameter or objective / unusable
data file / unreachable scheduler (one line on stderr), 1 anything unexpected. Never
imports Qt.
"""

from __future__ import annotations

import argparse
import re
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from desktop.backtest.cli import (
    UsageError,
    _config,
    _Parser,
    build_parser,
    check_output,
    parse_params,
    resolve_strategy,
    run_command,
)

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([mhdw])$")
_UNIT_MS = {"m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}


def build_optimize_parser() -> argparse.ArgumentParser:
    # The backtest options (strategy, data, costs, fills, sizing) come from its parser; the
    # ones whose meaning differs here are redefined (conflict_handler="resolve").
    p = _Parser(prog="pregao optimize", parents=[build_parser()], conflict_handler="resolve",
                description="Optimise a strategy's parameters on a candle file.")
    # one candle file: a sweep optimises one market (the backtest's --data repeats)
    p.add_argument("--data", required=True, action="append", help="CSV or Parquet candle file")
    p.add_argument("--symbol", action="append",
                   help="name in the results (default: the file name)")
    p.add_argument("--params", default="", help="fix parameters: k=v,k=v")
    p.add_argument("--grid", default="",
                   help="parameter ranges: name=lo:hi[:step], name=a|b|c or name=value, "
                        "comma-separated (default: every declared range)")
    p.add_argument("--random", type=int, metavar="N",
                   help="try N distinct random sets of the space instead of all of them "
                        "(the same as --method random --trials N)")
    p.add_argument("--method", choices=("grid", "random", "bayes", "genetic"),
                   help="grid: every set; random: --trials sets drawn at random; bayes: "
                        "Bayesian search (Optuna's TPE); genetic: a genetic algorithm; the "
                        "last two choose each batch from the results so far (default: grid, "
                        "or random with --random)")
    p.add_argument("--trials", type=int, metavar="N",
                   help="distinct sets the random, bayes or genetic search tries")
    p.add_argument("--seed", type=int, default=0,
                   help="random / Bayesian / genetic search and Monte Carlo seed")
    p.add_argument("--objective", default="sharpe",
                   help="metric to rank by, e.g. sharpe, sortino, total_return, calmar, "
                        "profit_factor, expectancy (default sharpe)")
    p.add_argument("--min-trades", type=int, default=0, help="rank only sets with this many")
    p.add_argument("--max-drawdown", type=float, metavar="PCT",
                   help="rank only sets whose max drawdown stays within PCT percent")
    p.add_argument("--walk-forward", metavar="IN:OUT",
                   help="walk-forward windows in bars (2000:500) or time (14d:3d)")
    p.add_argument("--anchored", action="store_true",
                   help="walk-forward in-sample windows all start at the first bar")
    p.add_argument("--monte-carlo", type=int, metavar="N", help="bootstrap the trades N times")
    p.add_argument("--heatmap", metavar="X,Y", help="add a heatmap of two parameters to JSON")
    p.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786")
    p.add_argument("--connect-timeout", type=float, default=10.0, metavar="SECONDS",
                   help="how long to try reaching the Dask scheduler (default 10)")
    p.add_argument("--workers", type=int, help="local worker processes (default: CPU count)")
    p.add_argument("--top", type=int, default=5, help="sets to list in the summary")
    p.add_argument("--json", type=Path, help="write the results table and analyses as JSON")
    p.add_argument("--csv", type=Path, help="write results/walk-forward/Monte Carlo CSV here")
    return p


def parse_span(text: str, bar_ms: int, what: str) -> int:
    """Bars in `text`: a whole number of bars, or a duration like 14d divided by the bar."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    m = _DURATION.match(text)
    if not m:
        raise UsageError(f"{what}: {text!r} is neither a number of bars nor a duration "
                         "like 90m, 12h, 14d or 2w")
    return int(float(m.group(1)) * _UNIT_MS[m.group(2)] // bar_ms)


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total} sets", end="" if done < total else "\n", file=sys.stderr)

    return show


def _fmt(value: float, pct: bool = False) -> str:
    if value != value:
        return "n/a"
    return f"{value * 100:.2f} %" if pct else f"{value:.4g}"


def _summary(sweep, source: str, top: int) -> list[str]:
    lines = [
        f"{sweep.strategy} on {source}: {sweep.total} sets, {sweep.count('ok')} ranked, "
        f"{sweep.count('rejected')} outside the constraints, {sweep.count('invalid')} invalid, "
        f"{sweep.count('error')} failed" + (" (cancelled)" if sweep.cancelled else "")
    ]
    for rank, row in enumerate(sweep.ranked[:top], 1):
        params = ", ".join(f"{k}={v}" for k, v in row.params.items())
        m = row.metrics
        lines.append(
            f"  #{rank} {params}: {sweep.objective} {_fmt(row.value(sweep.objective))}, "
            f"total return {_fmt(m['total_return'], True)}, "
            f"max drawdown {_fmt(m['max_drawdown'], True)}, {int(m['trades'])} trades"
        )
    return lines


def _require_a_valid_set(space, args: argparse.Namespace) -> None:
    """Refuse a sweep in which the strategy accepts no parameter set at all (e.g. every fast
    average slower than every slow one): it would run nothing and rank nothing."""
    if args.method in ("bayes", "genetic"):
        sets = space.grid() if space.size <= 100_000 else space.sample(10_000, args.seed)
    else:
        sets = space.sample(args.random, args.seed) if args.random is not None else space.grid()
    first_reason = ""
    for params in sets:
        reason = space.invalid_reason(params)
        if reason is None:
            return
        if not first_reason:
            shown = ", ".join(f"{k}={v}" for k, v in params.items())
            first_reason = f"{shown}: {reason}"
    option = "--grid" if args.grid else "--random"
    raise UsageError(f"{option}: no parameter set is valid for {args.strategy} "
                     f"(first: {first_reason})")


def run(args: argparse.Namespace) -> int:
    from desktop.backtest import optimize_export as ox
    from desktop.backtest.engine import run_backtest
    from desktop.backtest.executors import make_executor
    from desktop.backtest.monte_carlo import MAX_RUNS as MC_MAX_RUNS
    from desktop.backtest.optimize import (
        MAX_GRID_SETS,
        Constraints,
        check_objective,
        heatmap,
        optimize,
    )
    from desktop.backtest.search_space import SearchSpace, parse_grid_spec
    from desktop.data.candle_files import load_candles
    from strategies.base import ParameterError

    config = _config(args)
    check_output(args.json, "--json", directory=False)
    check_output(args.csv, "--csv", directory=True)
    strategy_cls = resolve_strategy(args.strategy, args.strategies_dir)
    try:
        check_objective(args.objective)
    except ValueError as exc:
        raise UsageError(f"--objective: {exc}") from None
    try:
        ranges: dict[str, Any] = parse_grid_spec(args.grid)
        for name, value in parse_params(args.params).items():
            if name in ranges:
                raise UsageError(f"--params: {name!r} is also in --grid; give it once")
            ranges[name] = value
        space = SearchSpace.of(strategy_cls, ranges)
    except ParameterError as exc:
        raise UsageError(f"--grid: {exc}") from None
    if args.random is not None and args.random < 1:
        raise UsageError("--random: needs a positive number of sets")
    if args.trials is not None and args.trials < 1:
        raise UsageError("--trials: needs a positive number of sets")
    if args.random is None and space.size > MAX_GRID_SETS:
        raise UsageError(f"--grid: {space.size:,} parameter sets is more than "
                         f"{MAX_GRID_SETS:,}; narrow the ranges or use --random N")
    if args.min_trades < 0:
        raise UsageError("--min-trades: must not be negative")
    if args.max_drawdown is not None and not 0 < args.max_drawdown <= 100:
        raise UsageError("--max-drawdown: a percentage above 0 and at most 100")
    if args.monte_carlo is not None and not 1 <= args.monte_carlo <= MC_MAX_RUNS:
        raise UsageError(f"--monte-carlo: give 1 to {MC_MAX_RUNS:,} runs")
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers: needs at least 1")
    if args.top < 0:
        raise UsageError("--top: must not be negative")
    _require_a_valid_set(space, args)
    heat_axes = None
    if args.heatmap:
        heat_axes = [s.strip() for s in args.heatmap.split(",")]
        if len(heat_axes) != 2 or heat_axes[0] == heat_axes[1] or any(
                a not in space.names for a in heat_axes):
            raise UsageError(f"--heatmap: give two different parameters of "
                             f"{strategy_cls.strategy_id()} ({', '.join(space.names)}) as X,Y")
    if not Path(args.data).is_file():
        raise UsageError(f"--data: no such file {args.data}")
    candles = load_candles(args.data)
    if args.timeframe:
        from desktop.data.resample import resample

        try:
            candles = resample(candles, args.timeframe)
        except ValueError as exc:
            raise UsageError(f"--timeframe: {exc}") from None
    if len(candles) < 2:
        raise UsageError(f"{args.data}: {len(candles)} candles; a backtest needs 2+")
    wf_bars = None
    if args.walk_forward:
        in_text, sep, out_text = args.walk_forward.partition(":")
        if not sep:
            raise UsageError("--walk-forward: expected IN:OUT, e.g. 2000:500 or 14d:3d")
        bar_ms = int(candles.ts[1] - candles.ts[0]) if len(candles) > 1 else 60_000
        wf_bars = (parse_span(in_text, bar_ms, "--walk-forward"),
                   parse_span(out_text, bar_ms, "--walk-forward"))
        from desktop.backtest.walk_forward import make_windows

        try:  # before the sweep, so a window mistake does not cost a whole sweep first
            make_windows(len(candles), wf_bars[0], wf_bars[1], args.anchored)
        except ValueError as exc:
            raise UsageError(f"--walk-forward: {exc}") from None
    symbol = args.symbol or Path(args.data).stem
    constraints = Constraints(
        min_trades=args.min_trades,
        max_drawdown=None if args.max_drawdown is None else args.max_drawdown / 100.0,
    )
    common = dict(random=args.random, seed=args.seed, method=args.method,
                  objective=args.objective,
                  constraints=constraints, config=config, symbol=symbol)
    cancel = threading.Event()
    try:
        executor = make_executor(args.scheduler, args.workers, args.connect_timeout)
        with_progress = _progress_printer()
        try:
            sweep = optimize(strategy_cls, candles, space, executor=executor,
                             on_progress=with_progress, cancel=cancel, **common)
            wf = None
            if wf_bars is not None:
                from desktop.backtest.walk_forward import walk_forward

                try:
                    wf = walk_forward(strategy_cls, candles, wf_bars[0], wf_bars[1], space,
                                      anchored=args.anchored, executor=executor,
                                      on_progress=with_progress, cancel=cancel, **common)
                except ValueError as exc:
                    raise UsageError(f"--walk-forward: {exc}") from None
        finally:
            executor.close()
    except ConnectionError as exc:
        raise UsageError(f"--scheduler: {exc}") from None
    except KeyboardInterrupt:
        cancel.set()
        raise

    doc: dict[str, Any] = {"data": str(args.data), "timeframe": args.timeframe,
                           "method": args.method, "seed": args.seed,
                           "constraints": {"min_trades": constraints.min_trades,
                                           "max_drawdown": constraints.max_drawdown},
                           **ox.sweep_dict(sweep)}
    lines = _summary(sweep, Path(args.data).name, args.top)
    if heat_axes:
        doc["heatmap"] = ox.heatmap_dict(heatmap(sweep, heat_axes[0], heat_axes[1]))
    if wf is not None:
        doc["walk_forward"] = ox.walk_forward_dict(wf)
        lines.append(
            f"walk-forward {wf.in_bars}:{wf.out_bars} bars, {len(wf.windows)} windows: "
            f"out-of-sample total return {_fmt(wf.metrics.get('total_return', float('nan')), True)}"
            f", max drawdown {_fmt(wf.metrics.get('max_drawdown', float('nan')), True)}")
    mc = None
    if args.monte_carlo:
        from desktop.backtest.monte_carlo import monte_carlo

        source, trades_of = None, None
        if wf is not None:
            source, trades_of = "walk_forward", (wf.trades, config.cash)
        elif sweep.best is not None:
            best = run_backtest(strategy_cls, sweep.best.params, candles, config, symbol)
            source, trades_of = "best", (best.trades, config.cash)
        if trades_of is None or len(trades_of[0]) == 0:
            doc["monte_carlo"] = None
            lines.append("Monte Carlo skipped: no trades to resample")
        else:
            mc = monte_carlo(trades_of[0], args.monte_carlo, args.seed, cash=trades_of[1])
            doc["monte_carlo"] = ox.monte_carlo_dict(mc, source)
            lines.append(
                f"Monte Carlo ({mc.runs} runs of {mc.trades} {source} trades): total return "
                f"p5 {_fmt(mc.total_return.p5, True)} / p50 {_fmt(mc.total_return.p50, True)}"
                f" / p95 {_fmt(mc.total_return.p95, True)}; max drawdown "
                f"p5 {_fmt(mc.max_drawdown.p5, True)} / p50 {_fmt(mc.max_drawdown.p50, True)}"
                f" / p95 {_fmt(mc.max_drawdown.p95, True)}")
    if args.json:
        ox.write_json(doc, args.json)
    if args.csv:
        ox.write_csv(sweep, args.csv, wf, mc)
    if not args.quiet:
        print("\n".join(lines))
    return 0


def _run_checked(args: argparse.Namespace) -> int:
    """The checks argparse cannot make, then the sweep."""
    if len(args.data) > 1 or len(args.symbol or ()) > 1:
        raise UsageError("--data: optimize takes one candle file (one --data, one --symbol)")
    args.data = args.data[0]
    args.symbol = args.symbol[0] if args.symbol else None
    if args.random is not None and args.trials is not None:
        raise UsageError("--random N already says how many sets; give --random or --trials")
    if args.random is not None and args.method not in (None, "random"):
        raise UsageError(f"--random: it picks random search; for --method {args.method} give "
                         "--trials N")
    if args.method == "grid" and args.trials is not None:
        raise UsageError("--trials: a grid tries every set; drop --trials or pick a method")
    if args.method in ("random", "bayes", "genetic") and args.random is None \
            and args.trials is None:
        raise UsageError(f"--method {args.method}: give --trials N, the sets to try")
    args.random = args.random if args.random is not None else args.trials
    args.method = args.method or ("random" if args.random is not None else "grid")
    if not args.grid and args.random is None:
        raise UsageError("give --grid RANGES or --random N (or both), or --method M --trials N")
    try:
        return run(args)
    except BrokenProcessPool:
        print("pregao optimize: error: a worker process died during the sweep (did the "
              "strategy exit or run out of memory?); try --workers 1 to see its error",
              file=sys.stderr)
        return 1


def main(argv: list[str]) -> int:
    return run_command("optimize", argv, build_optimize_parser().parse_args, _run_checked)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
