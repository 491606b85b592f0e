"""A bot's trades on the chart: its fills (orders tagged with its id) as buy/sell markers on
the focused chart, moved to the bot's market and timeframe."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget

from desktop.core import Fill, Side
from desktop.core.bots import BotInfo
from desktop.shell.context import AppContext

CHART_WAIT_S = 10.0  # how long a freshly pointed chart may take to load its history


def _t(text: str) -> str:
    return QCoreApplication.translate("BotsDock", text)


async def bot_fills(ctx: AppContext, bot: BotInfo, symbol: str) -> list[Fill]:
    """The fills of the orders the bot placed in `symbol`, oldest first."""
    account = bot.spec.account_id
    orders = await ctx.client.trade_orders(account, limit=100_000)
    mine = {o.client_order_id for o in orders if o.bot_id == bot.id and o.symbol == symbol}
    fills = await ctx.client.trade_fills(account, limit=100_000)
    return sorted((f for f in fills if f.client_order_id in mine), key=lambda f: f.ts)


async def show_bot_trades(ctx: AppContext, bot: BotInfo) -> int:
    """Point the focused chart (opening one if needed) at the bot's first symbol and mark its
    fills; returns how many were marked."""
    symbol = bot.spec.symbols[0]
    markets = await ctx.client.trade_markets(bot.spec.account_id)
    venue = next((m.venue for m in markets if m.symbol == symbol and m.venue), "")
    fills = await bot_fills(ctx, bot, symbol)
    chart = ctx.active_chart
    if venue and (chart is None or (getattr(chart, "venue", ""), getattr(chart, "symbol", ""))
                  != (venue, symbol)):
        ctx.symbolActivated.emit(venue, symbol)  # the chart family opens or moves one
        chart = ctx.active_chart
    if chart is None:
        ctx.statusMessage.emit(_t("Open a chart to see the bot's trades"), 5000)
        return 0
    chart.set_timeframe(bot.spec.timeframe)
    dock = chart.parentWidget()
    if isinstance(dock, QDockWidget):
        dock.show()
        dock.raise_()
    _mark(chart, fills, time.monotonic() + CHART_WAIT_S)
    if not fills:
        ctx.statusMessage.emit(_t("{0} has no trades in {1} yet").format(
            bot.spec.name or bot.spec.strategy, symbol), 5000)
    return len(fills)


def _mark(chart: Any, fills: list[Fill], deadline: float) -> None:
    try:
        loaded = getattr(chart, "_history_loaded", True)
    except RuntimeError:
        return  # the chart was closed meanwhile
    if not loaded and time.monotonic() < deadline:
        QTimer.singleShot(20, lambda: _mark(chart, fills, deadline))
        return
    view = chart.chart
    view.clear_markers()
    if not fills:
        return
    view.add_markers([(f.ts, f.price, "buy" if f.side is Side.BUY else "sell") for f in fills])
    view.show_range(fills[0].ts, max(fills[-1].ts, fills[0].ts + 1))
