"""Headless `pregao report`: an account's report over a period, from the journal.

    pregao report --account "Paper" --from 2024-01-01 --to 2024-03-31 \
        --xlsx account.xlsx --pdf account.pdf [--json figures.json] [--database URL]

A date alone is a whole UTC day (--to includes it); a time may follow (2024-01-01T12:00).
Exit codes: 0 done, 2 a mistake in the arguments or nothing to report (one line on stderr),
1 anything unexpected. Never imports Qt (desktop.app passes the translated words in).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from desktop.backtest.cli import StyleFactory, UsageError, _Parser, check_output, run_command

DAY_MS = 86_400_000


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="pregao report",
                description="Excel and PDF report of an account over a period.")
    p.add_argument("--account", required=True, help="the account's name (as in Accounts)")
    p.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD (UTC)")
    p.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD (included)")
    p.add_argument("--xlsx", type=Path, help="write the Excel report here")
    p.add_argument("--pdf", type=Path, help="write the PDF tearsheet here")
    p.add_argument("--json", type=Path, help="write the report's figures as JSON here")
    p.add_argument("--database", help="SQLAlchemy URL of the database (default: the app's)")
    p.add_argument("--benchmark", type=Path, help="candle file bought and held as benchmark")
    p.add_argument("--benchmark-name", default="BTC/USDT")
    p.add_argument("--language", default="en", choices=("en", "pt_BR", "es"))
    p.add_argument("--theme", default="light", choices=("light", "dark"))
    return p


def parse_time(text: str, option: str, end: bool = False) -> int:
    """ms since epoch (UTC); a date alone is its whole day (the end of it for --to)."""
    try:
        if len(text) == 10:
            day = dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)
            return int(day.timestamp() * 1000) + (DAY_MS if end else 0)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a date (YYYY-MM-DD or "
                         f"YYYY-MM-DDTHH:MM)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


def run(args: argparse.Namespace, style_for: StyleFactory | None = None) -> int:
    from desktop.reports.account import NoEquityError
    from desktop.reports.build import analysis_json, write_reports
    from desktop.reports.formatting import THEME_COLOURS, ReportStyle
    from desktop.reports.journal_source import UnknownAccount, load_account_analysis

    start = parse_time(args.start, "--from")
    end = parse_time(args.end, "--to", end=True)
    if end <= start:
        raise UsageError(f"--to: {args.end} is before --from {args.start}")
    if not (args.xlsx or args.pdf or args.json):
        raise UsageError("nothing to write: give --xlsx FILE, --pdf FILE or --json FILE")
    for path, option in ((args.xlsx, "--xlsx"), (args.pdf, "--pdf"), (args.json, "--json")):
        check_output(path, option, directory=False)
    if args.benchmark is not None and not args.benchmark.is_file():
        raise UsageError(f"--benchmark: no such file {args.benchmark}")
    benchmark = None
    if args.benchmark is not None:
        from desktop.data.candle_files import load_candles

        c = load_candles(args.benchmark)
        benchmark = (args.benchmark_name, c.ts, c.close)
    try:
        analysis = load_account_analysis(args.database, args.account, start, end, benchmark)
    except UnknownAccount as exc:
        raise UsageError(f"--account: {exc}") from None
    except NoEquityError as exc:
        raise UsageError(str(exc)) from None
    style = (style_for(args.language, args.theme) if style_for is not None
             else ReportStyle(colours=THEME_COLOURS[args.theme]))
    write_reports(analysis, style, args.xlsx, args.pdf)
    if args.json:
        doc: dict[str, Any] = {"account": args.account, "from_ms": start, "to_ms": end,
                               "report": analysis_json(analysis)}
        args.json.write_text(json.dumps(doc, allow_nan=False), encoding="utf-8")
    return 0


def main(argv: list[str], style_for: StyleFactory | None = None) -> int:
    return run_command("report", argv, build_parser().parse_args,
                       lambda args: run(args, style_for))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
