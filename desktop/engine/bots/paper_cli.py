"""Headless `pregao paper`: a strategy as a bot on a fresh paper account replaying a file.

    pregao paper --strategy sma_cross --data ETH-BTC_5m.parquet --timeframe 5m \
        --params fast=10,slow=30 --cash 1 --fees 10 --size all --json out.json

Runs through the real engine, order manager, journal (a throwaway database) and paper venue
at full speed (replay_session.py) and writes trades and equity in exactly the JSON format of
`pregao backtest`. A market order fills at the next traded price (the next candle's open), so
on the same file the trades equal those of `pregao backtest --fill next_open` with the same
arguments: same entry and exit times and prices, sizes rounded down to the market's amount
step. Stops are placed at the market's price tick (an exchange takes no other price), so a
stop-loss exit can differ from the backtest's unrounded level by less than one tick.

Shorts: a strategy that may sell short trades a linear-perpetual paper account (at
`--leverage`, 1 by default), as does a file that names a perpetual (`--market`, shared with
`pregao backtest`); there shorts, margin, funding (`--funding-rate` or the file's
`funding_rate` column) and liquidation follow desktop.margin in both commands. With
`--no-short` on a spot file, or `--market spot`, the account trades spot and short entries are
skipped (said once on stderr), as `pregao backtest --no-short` skips them.

Exit codes: 0 done, 2 bad arguments / unknown strategy or parameter / unusable data file (one
line on stderr), 1 anything unexpected. Never imports Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.backtest.cli import (
    UsageError,
    add_perpetual_arguments,
    check_perpetual_arguments,
    parse_params,
    resolve_strategy,
    run_command,
)
from desktop.data.file_names import names_a_perpetual


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="pregao paper",
                description="Run a strategy as a bot on a paper account replaying a file.")
    p.add_argument("--strategy", required=True,
                   help="built-in id (e.g. sma_cross), an id from the user strategies folder, "
                        "or FILE.py[:ClassName]")
    p.add_argument("--data", required=True, help="CSV or Parquet candle file to replay")
    p.add_argument("--timeframe", help="resample to this timeframe first (e.g. 1h); the bot "
                                       "decides on each closed candle of it")
    p.add_argument("--symbol", help="name in the results (default: the file name); BASE/QUOTE "
                                    "also names the market (default: from the file name)")
    p.add_argument("--params", default="", help="strategy parameters: k=v,k=v")
    p.add_argument("--cash", type=float, default=10_000.0,
                   help="starting cash in the quote currency (default 10000)")
    p.add_argument("--fees", type=float, default=10.0, help="taker fee in bps (default 10)")
    p.add_argument("--maker-fees", type=float, help="maker fee in bps (default: --fees)")
    p.add_argument("--slippage", type=float, default=0.0,
                   help="slippage in bps; the paper replay fills at the next traded price, so "
                        "only 0 (the default)")
    p.add_argument("--fill", choices=("next_open",), default="next_open",
                   help="a market order fills at the next traded price: the next open")
    p.add_argument("--size", default="all",
                   help="all | pct=P | fixed=Q | risk=R | vol=V | kelly=F (default all)")
    p.add_argument("--lot", type=float, default=0.0,
                   help="amount step of the market (default: what the file's volumes show)")
    p.add_argument("--leverage", type=float, default=1.0,
                   help="perpetuals: the account's leverage (default 1); spot: only 1")
    p.add_argument("--no-short", action="store_true",
                   help="ignore short entries (a spot file is then replayed on a spot account)")
    add_perpetual_arguments(p)
    p.add_argument("--strategies-dir", type=Path, help="user strategies folder to search")
    p.add_argument("--json", type=Path, help="write metrics, trades and equity as JSON here")
    p.add_argument("--quiet", action="store_true", help="no summary on stdout")
    return p


def _checked(args: argparse.Namespace) -> tuple[Any, dict[str, str]]:
    from desktop.backtest.config import Sizing
    from strategies.base import ParameterError

    if args.slippage != 0:
        raise UsageError("--slippage: the paper replay fills at the next traded price; "
                         "only 0 is supported")
    if not 1 <= args.leverage <= 125:
        raise UsageError(f"--leverage must be between 1 and 125, got {args.leverage:g}")
    if not args.cash > 0:
        raise UsageError(f"--cash must be a positive number, got {args.cash}")
    for name in ("fees", "maker_fees"):
        value = getattr(args, name)
        if value is not None and not 0 <= value < 1000:
            raise UsageError(f"--{name.replace('_', '-')} must be between 0 and 1000 bps")
    if args.lot < 0:
        raise UsageError("--lot must not be negative")
    try:
        Sizing.parse(args.size)
    except ValueError as exc:
        raise UsageError(f"--size: {exc}") from None
    params = parse_params(args.params)
    strategy_cls = resolve_strategy(args.strategy, args.strategies_dir)
    try:
        strategy_cls(**params)
    except ParameterError as exc:
        raise UsageError(f"--params: {exc}") from None
    return strategy_cls, params


def run(args: argparse.Namespace) -> int:
    from desktop.backtest.export import write_json
    from desktop.core import MarketKind
    from desktop.core.bots import BotSpec
    from desktop.data.candle_files import load_candles
    from desktop.data.file_names import symbol_from_filename
    from desktop.data.resample import resample
    from desktop.engine.bots.paper_result import backtest_result
    from desktop.engine.bots.replay_session import (
        SessionFailed,
        new_account_id,
        run_session,
        throwaway_database_url,
    )
    from desktop.venues.replay_feed import infer_market

    strategy_cls, params = _checked(args)
    path = Path(args.data)
    if not path.is_file():
        raise UsageError(f"--data: no such file {path}")
    perpetual = args.market == "perp" or (args.market == "auto" and (
        names_a_perpetual(path, args.symbol) or not args.no_short))
    check_perpetual_arguments(args, perpetual)
    if args.leverage != 1 and not perpetual:
        raise UsageError("--leverage: a spot account takes no leverage; add --market perp")
    candles = load_candles(path)
    funding = None
    if perpetual:
        from desktop.data.funding import funding_series

        funding = funding_series(path, candles, args.funding_rate)
    timeframe = args.timeframe
    if timeframe:
        try:
            candles = resample(candles, timeframe)
        except ValueError as exc:
            raise UsageError(f"--timeframe: {exc}") from None
    else:
        timeframe = _timeframe_of(candles)
    if len(candles) < 2:
        raise UsageError(f"{path}: {len(candles)} candles; a paper replay needs 2+")
    # The market (its quote is the cash currency) comes from --symbol when it names one, else
    # from the file name; the trades are named as `pregao backtest` names them.
    symbol = args.symbol if args.symbol and "/" in args.symbol else \
        symbol_from_filename(str(path))
    if "/" not in symbol:
        raise UsageError(f"--symbol: cannot tell the market of {path.name}; name it, "
                         "e.g. --symbol ETH/BTC")
    name = args.symbol or path.stem
    market = infer_market(candles, symbol, "replay")
    maker = args.fees if args.maker_fees is None else args.maker_fees
    market = replace(market, taker_fee=args.fees / 1e4, maker_fee=maker / 1e4,
                     kind=MarketKind.LINEAR_PERPETUAL if perpetual else MarketKind.SPOT)
    if args.lot > 0:
        market = replace(market, amount_step=args.lot, min_amount=args.lot)
    url, folder = throwaway_database_url()
    account_id = new_account_id()
    spec = BotSpec(strategy=args.strategy, account_id=account_id, symbols=(symbol,),
                   timeframe=timeframe, params=params, sizing=args.size,
                   allow_short=perpetual and not args.no_short,
                   strategies_dir=str(args.strategies_dir or ""))
    del strategy_cls
    logging.getLogger().setLevel(logging.WARNING)
    try:
        session = asyncio.run(run_session(spec, candles, market, args.cash, url,
                                          leverage=args.leverage,
                                          margin_mode=args.margin_mode, funding=funding))
    except SessionFailed as exc:
        print(f"pregao paper: the bot stopped: {exc}", file=sys.stderr)
        return 1
    finally:
        folder.cleanup()
    if session.shorts_skipped and not args.no_short:
        print(f"pregao paper: {session.shorts_skipped} short entries skipped: the account "
              "trades spot (compare with pregao backtest --no-short)", file=sys.stderr)
    result = backtest_result(session, candles, name, market)
    if args.json:
        write_json(result, args.json)
    if not args.quiet:
        m = result.metrics
        print(f"{result.strategy} on {path.name} (paper replay): {int(m['trades'])} trades, "
              f"total return {m['total_return'] * 100:.2f} %, {len(candles)} candles in "
              f"{session.seconds:.1f} s")
    return 0


def _timeframe_of(candles) -> str:
    import numpy as np

    from desktop.core.timeframes import TIMEFRAMES

    step = int(np.median(np.diff(candles.ts[:10_001]))) if len(candles) > 1 else 60_000
    for name, ms in TIMEFRAMES.items():
        if ms == step:
            return name
    raise UsageError(f"--timeframe: the file's candles are {step // 1000} s apart; give "
                     f"--timeframe (one of {', '.join(TIMEFRAMES)})")


def main(argv: list[str]) -> int:
    return run_command("paper", argv, build_parser().parse_args, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
