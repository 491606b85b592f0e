"""An account's (or a bot's) report from what the journal holds: the equity snapshots of the
period, its orders and fills, closed trades rebuilt with the one accounting kernel, and a
per-symbol breakdown.

A "trade" here is each fill that closes (part of) a position: its size is the part closed,
its entry price the position's average cost before the fill, its P&L the kernel's realized
P&L of that fill (fee included), and its entry time when the position was opened from flat.
Fills before the period are replayed too, so a position opened earlier has its true cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from desktop.accounting import PositionBooks
from desktop.backtest.results import Trades
from desktop.core import Fill, Order
from desktop.core.messages import marker
from desktop.reports.formatting import format_time
from desktop.reports.metrics.analysis import Analysis, Table, analyse

_t = marker("Report")


class NoEquityError(ValueError):
    """Too few equity points in the period for a report."""


def closed_trades(fills: Iterable[Fill], start_ms: int, end_ms: int,
                  axis_ts: np.ndarray) -> tuple[Trades, dict[str, list[float]]]:
    """The closing fills inside [start_ms, end_ms) as trades, and per symbol
    [fills, volume in quote, fees, realized P&L] over the period."""
    books = PositionBooks()
    opened: dict[str, int] = {}
    rows: list[tuple] = []
    by_symbol: dict[str, list[float]] = {}
    for fill in sorted(fills, key=lambda f: (f.ts, f.id)):
        if fill.ts >= end_ms:
            break
        book = books.book("", fill.symbol, fill.venue)
        before, basis, fees_before = book.amount, book.entry_price, book.fees
        realized = books.apply(fill, "")
        fee = book.fees - fees_before  # in quote currency, as the kernel booked it
        after = book.amount
        if before == 0.0 or (after != 0.0 and np.sign(after) != np.sign(before)):
            opened[fill.symbol] = fill.ts  # opened from flat, or flipped through zero
        if fill.ts < start_ms:
            continue
        stats = by_symbol.setdefault(fill.symbol, [0.0, 0.0, 0.0, 0.0])
        stats[0] += 1
        stats[1] += fill.price * fill.amount
        stats[2] += fee
        stats[3] += realized
        closed = min(abs(before), fill.amount) if before * (after - before) < 0 else 0.0
        if closed > 0.0:
            rows.append((fill.symbol, 1 if before > 0 else -1,
                         opened.get(fill.symbol, fill.ts), basis, fill.ts, fill.price, closed,
                         realized, fee))
            if after == 0.0:
                opened.pop(fill.symbol, None)
    cols = list(zip(*rows, strict=True)) if rows else [()] * 9
    entry_time = np.asarray(cols[2], dtype=np.int64)
    exit_time = np.asarray(cols[4], dtype=np.int64)
    on_axis = np.asarray(axis_ts, dtype=np.int64)
    trades = Trades(
        symbol=np.asarray(cols[0], dtype=object), side=np.asarray(cols[1], dtype=np.int8),
        entry_bar=np.clip(np.searchsorted(on_axis, entry_time), 0, len(on_axis) - 1),
        entry_time=entry_time, entry_price=np.asarray(cols[3], dtype=np.float64),
        exit_bar=np.clip(np.searchsorted(on_axis, exit_time), 0, len(on_axis) - 1),
        exit_time=exit_time, exit_price=np.asarray(cols[5], dtype=np.float64),
        size=np.asarray(cols[6], dtype=np.float64), pnl=np.asarray(cols[7], dtype=np.float64),
        fees=np.asarray(cols[8], dtype=np.float64),
        exit_reason=np.asarray(["fill"] * len(rows), dtype=object))
    return trades, by_symbol


def realized_equity(fills: Sequence[Fill], start_capital: float, start_ms: int,
                    end_ms: int) -> tuple[np.ndarray, np.ndarray]:
    """A bot's equity: its capital plus its realized P&L after each fill (a bot has no
    equity snapshots of its own; open positions count when they close)."""
    books = PositionBooks()
    ts, equity = [start_ms], [start_capital]
    total = start_capital
    for fill in sorted(fills, key=lambda f: (f.ts, f.id)):
        if fill.ts >= end_ms:
            break
        total += books.apply(fill, "")
        if fill.ts >= start_ms:
            ts.append(max(fill.ts, ts[-1] + 1))
            equity.append(total)
        else:
            equity[0] = total
    return np.asarray(ts, dtype=np.int64), np.asarray(equity, dtype=np.float64)


def account_analysis(
    name: str,
    equity_ts: np.ndarray,
    equity: np.ndarray,
    fills: Sequence[Fill],
    orders: Sequence[Order],
    start_ms: int,
    end_ms: int,
    benchmark: tuple[str, np.ndarray, np.ndarray] | None = None,
    kind: str = "account",
    params: dict | None = None,
) -> Analysis:
    """The report of an account (or a bot) over [start_ms, end_ms): `equity_ts`/`equity` are
    its equity points (any before or after the period are cut), `benchmark` is (name, ts,
    close) of a price series bought and held."""
    ts = np.asarray(equity_ts, dtype=np.int64)
    eq = np.asarray(equity, dtype=np.float64)
    keep = (ts >= start_ms) & (ts < end_ms)
    ts, eq = ts[keep], eq[keep]
    if len(ts) < 2:
        raise NoEquityError(_t(
            "{name}: {count} equity point(s) between {start} and {end} UTC; a report needs "
            "at least two (the app records the equity every minute while the account is "
            "connected)", name=name, count=len(ts), start=format_time(start_ms),
            end=format_time(end_ms)))
    trades, by_symbol = closed_trades(fills, start_ms, end_ms, ts)
    bench_close = None
    if benchmark is not None:
        from desktop.reports.sources import aligned_close

        bench_close = aligned_close(ts, benchmark[1], benchmark[2])
    analysis = analyse(ts, eq, trades, kind=kind, name=name, params=params,
                       symbols=sorted(by_symbol), benchmark_close=bench_close,
                       benchmark_name=benchmark[0] if benchmark else "")
    # An account pays fees on opening fills too, not only on the closing ones.
    analysis.metrics["fees_paid"] = float(sum(v[2] for v in by_symbol.values()))
    in_period = [o for o in orders if start_ms <= o.created_ts < end_ms]
    analysis.extra["orders"] = Table(
        ["created", "symbol", "side", "type", "status", "amount", "filled", "price",
         "average", "fee", "fee_currency"],
        ["time", "text", "text", "text", "text", "amount", "amount", "price", "price",
         "amount", "text"],
        [[o.created_ts, o.symbol, str(o.side.value), str(o.type.value), str(o.status.value),
          o.amount, o.filled, _num(o.price), _num(o.average), o.fee, o.fee_currency]
         for o in sorted(in_period, key=lambda o: o.created_ts)])
    analysis.extra["fills"] = Table(
        ["time", "symbol", "side", "price", "amount", "fee", "fee_currency"],
        ["time", "text", "text", "price", "amount", "amount", "text"],
        [[f.ts, f.symbol, str(f.side.value), f.price, f.amount, f.fee, f.fee_currency]
         for f in sorted(fills, key=lambda f: f.ts) if start_ms <= f.ts < end_ms])
    analysis.extra["symbols"] = Table(
        ["symbol", "fills", "volume", "fees", "realized_pnl"],
        ["text", "count", "money", "money", "money"],
        [[s, *v] for s, v in sorted(by_symbol.items())])
    return analysis


def _num(value: float | None) -> float:
    return float("nan") if value is None else float(value)
