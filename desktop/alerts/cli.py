"""Headless `pregao alerts`: how often rules would have fired on a candle file.

    pregao alerts --rules RULES.json --data FILE --timeframe TF --symbol NAME --json OUT

Replays the file's closed candles (resampled to TF) with each close as the price; rules for
other symbols than NAME are ignored. OUT gets every trigger as
`[{"rule": id, "time": candle open time ISO-8601 UTC, "price": close}]`.
Exit codes: 0 done, 2 bad arguments / bad rules file / unusable data file (one line on
stderr), 1 anything unexpected. Never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.backtest.cli import UsageError, check_output, run_command


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="pregao alerts",
                description="Replay a candle file through alert rules: which would have fired.")
    p.add_argument("--rules", required=True, type=Path, metavar="RULES.json",
                   help="RULES.json: a list of rules (see the README)")
    p.add_argument("--data", required=True, type=Path, metavar="FILE",
                   help="CSV or Parquet candle file")
    p.add_argument("--timeframe", required=True, metavar="TF",
                   help="evaluate on closed candles of this timeframe (e.g. 1h)")
    p.add_argument("--symbol", required=True, metavar="NAME",
                   help="the file's market, e.g. BTC/USDT: rules for other symbols are ignored")
    p.add_argument("--json", required=True, type=Path, metavar="OUT",
                   help="write the triggers here")
    return p


def load_rules_file(path: Path) -> list:
    """The rules of RULES.json, checked; UsageError names the file and the problem."""
    from desktop.alerts.candle_series import check_condition
    from desktop.alerts.model import AlertRuleError, rule_from_dict

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"--rules: no such file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--rules: cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(raw, list):
        raise UsageError(f"{path}: must be a JSON list of rules")
    rules = []
    try:
        for i, item in enumerate(raw):
            rule = rule_from_dict(item, i)
            check_condition(rule.condition)
            rules.append(rule)
    except AlertRuleError as exc:
        raise UsageError(f"{path}: {exc}") from None
    ids = [r.id for r in rules]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup is not None:
        raise UsageError(f"{path}: two rules have the id {dup!r}")
    return rules


def iso_utc(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat().replace("+00:00", "Z")


def run(args: argparse.Namespace) -> int:
    from desktop.alerts.replay import replay_rules
    from desktop.core.timeframes import timeframe_ms
    from desktop.data.candle_files import load_candles
    from desktop.data.resample import resample

    try:
        step = timeframe_ms(args.timeframe)
    except ValueError as exc:
        raise UsageError(f"--timeframe: {exc}") from None
    check_output(args.json, "--json", directory=False)
    rules = [r for r in load_rules_file(args.rules) if r.symbol == args.symbol]
    if not args.data.is_file():
        raise UsageError(f"--data: no such file {args.data}")
    try:
        candles = resample(load_candles(args.data), args.timeframe)
    except ValueError as exc:
        raise UsageError(f"--timeframe: {exc}") from None
    triggers = replay_rules(rules, candles, step)
    out = [{"rule": t.rule, "time": iso_utc(t.time_ms), "price": t.price} for t in triggers]
    args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} trigger(s) of {len(rules)} rule(s) for {args.symbol} over "
          f"{len(candles)} {args.timeframe} candles -> {args.json}", file=sys.stdout)
    return 0


def main(argv: list[str]) -> int:
    return run_command("alerts", argv, build_parser().parse_args, run)
