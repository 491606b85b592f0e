"""The README's screenshot (docs/screenshot.png): the real window on the real engine and the
built-in demo market, dark theme, 1920×1080, a trader's desk at work — the chart (EMA 50, an
RSI pane) with working orders and a position, the watchlist, the order entry, the order book
and time and sales beside the chart, the positions below. Run from the checkout (no display needed):

    .venv/bin/python build_scripts/readme_screenshot.py [docs/screenshot.png]

`pregao --smoke-test --screenshot` shows a first start (no orders, no book); this shows the
same app once a trader has opened the desk's docks and placed a few paper orders.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1920, 1080
SETTLE_S = 4.0  # candles, book and tape fill in; the order lines and labels are laid out


async def _paper_account(client) -> str:
    from desktop.core import ConnectionState

    while True:
        for account in await client.accounts():
            if account.is_paper and account.state is ConnectionState.CONNECTED:
                return account.id
        await asyncio.sleep(0.1)


async def _place(client, account: str, side, kind, amount: float,
                 price: float | None = None) -> None:
    from desktop.core import InvalidOrder, OrderRequest, RiskRejected

    market = next(m for m in await client.trade_markets(account) if m.symbol == "BTC/USDT")
    request = OrderRequest("BTC/USDT", side, kind, market.round_amount(amount),
                           price=None if price is None else market.round_price(price))
    for _ in range(200):  # a paper account fills once its price source has sent a price
        try:
            await client.trade_place(account, request)
            return
        except (InvalidOrder, RiskRejected):
            await asyncio.sleep(0.05)


async def _desk(window, client, out: str) -> None:
    from desktop.core import OrderType, Side

    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    account = await asyncio.wait_for(_paper_account(client), 60)
    while not (chart.has_live_candles and chart._indicators_ready):
        await asyncio.sleep(0.1)
    last = (await client.last_tick("demo", "BTC/USDT")).last
    await _place(client, account, Side.BUY, OrderType.MARKET, 0.05)
    for side, factor, amount in ((Side.BUY, 0.9985, 0.02), (Side.BUY, 0.997, 0.03),
                                 (Side.SELL, 1.0025, 0.05)):
        await _place(client, account, side, OrderType.LIMIT, amount, last * factor)
    window.actions.trigger("chart.indicator.rsi")  # a pane with its legend
    window.docks.show_panel("order_book")
    window.docks.show_panel("time_and_sales")
    window.docks.show_panel("positions")
    await asyncio.sleep(SETTLE_S)
    window.grab().save(out)
    print(f"{out}: {window.width()}x{window.height()}")


def main(out: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
    os.environ["QT_API"] = "pyside6"  # qasync would otherwise pick PyQt6 if installed
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="pregao-screenshot-"))
    from desktop.engine.runtime import EngineRuntime

    runtime = EngineRuntime(database_url=f"sqlite:///{folder / 'pregao.db'}")
    runtime.start()
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.shell.bridge import EventBridge
    from desktop.shell.main_window import MainWindow
    from widgets.common.ui_collector import collect_on_ui_thread
    from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

    app = QApplication([sys.argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = EventBridge()
    runtime.bus.add_sink(bridge.post)
    settings = QSettings(str(folder / "pregao.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/theme", "dark")
    settings.setValue("ui/language", "en")
    window = MainWindow(runtime.client, bridge, settings, PANEL_TYPES, COMMAND_INSTALLERS)
    window.tour_on_first_start = False
    collect_on_ui_thread()
    window.resize(WIDTH, HEIGHT)
    window.show()
    try:
        with loop:
            loop.run_until_complete(_desk(window, runtime.client, out))
            window.ctx.cancel_tasks()
            window.quit_without_asking()
    finally:
        runtime.stop(timeout=10.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "screenshot.png")))
