"""A paper replay's journaled fills as a `BacktestResult`: the trades, equity and metrics of
`pregao backtest`, computed the backtest's way (metrics.py) from what the paper account did.
"""

from __future__ import annotations

import numpy as np

from desktop.accounting import PositionBook
from desktop.backtest.results import BacktestResult, Trades
from desktop.core import Candles, Market
from desktop.engine.bots.replay_session import SessionResult
from desktop.reports.metrics import bar_length_ms, compute_metrics

_EXIT_REASONS = {"signal", "stop_loss", "take_profit", "trailing_stop", "reverse", "end",
                 "liquidation"}


def backtest_result(session: SessionResult, candles: Candles, symbol: str,
                    market: Market) -> BacktestResult:
    """Round trips from the fills in time order: a trade opens on a fill from flat and closes
    on the fill that brings the position back to flat, flat as the bot judged it
    (`market.is_flat`) (its P&L is the accounting kernel's realized P&L over the trade, both
    fees included, as the backtest books it)."""
    ts = candles.ts
    book = PositionBook(symbol)
    rows: list[tuple] = []
    opened: tuple | None = None  # (side, entry time, entry price, size, realized before, fees)
    for fill in session.fills:
        before_amount, before_realized, before_fees = book.amount, book.realized_pnl, book.fees
        book.apply_fill(fill.side, fill.amount, fill.price, fill.fee)
        was_flat, flat = market.is_flat(before_amount), market.is_flat(book.amount)
        if was_flat and not flat:
            opened = (1 if book.amount > 0 else -1, fill.ts, fill.price, abs(book.amount),
                      before_realized, before_fees)
        elif opened is not None and flat:
            side, entry_ts, entry_price, size, realized0, fees0 = opened
            reason = session.reasons.get(fill.client_order_id, "signal")
            if reason not in _EXIT_REASONS:
                reason = "signal"
            rows.append((side, entry_ts, entry_price, fill.ts, fill.price, size,
                         book.realized_pnl - realized0, book.fees - fees0, reason))
            opened = None
    n = len(rows)
    col = list(zip(*rows, strict=True)) if rows else [[] for _ in range(9)]
    entry_time = np.asarray(col[1], dtype=np.int64)
    exit_time = np.asarray(col[3], dtype=np.int64)
    trades = Trades(
        symbol=np.array([symbol] * n, dtype=object),
        side=np.asarray(col[0], dtype=np.int8),
        entry_bar=np.searchsorted(ts, entry_time).astype(np.int64),
        entry_time=entry_time,
        entry_price=np.asarray(col[2], dtype=np.float64),
        exit_bar=np.searchsorted(ts, exit_time).astype(np.int64),
        exit_time=exit_time,
        exit_price=np.asarray(col[4], dtype=np.float64),
        size=np.asarray(col[5], dtype=np.float64),
        pnl=np.asarray(col[6], dtype=np.float64),
        fees=np.asarray(col[7], dtype=np.float64),
        exit_reason=np.array(col[8], dtype=object),
    )
    buy_hold = float(candles.close[-1] / candles.close[0] - 1.0)
    metrics = compute_metrics(session.equity, bar_length_ms(ts), trades.pnl, trades.entry_bar,
                              trades.exit_bar, buy_hold)
    return BacktestResult(strategy=session.strategy, params=session.params, symbols=[symbol],
                          ts=ts, equity=session.equity, trades=trades, metrics=metrics)
