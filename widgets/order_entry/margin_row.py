"""Leverage and margin mode of a perpetual market in the order entry: shown only for a
margined market, read from the account's venue when the symbol is chosen, and sent to it when
the trader changes them (EngineClient.trade_set_leverage / trade_set_margin_mode). A refused
change (a leverage above the symbol's bracket, a mode change with a position open) says why
and shows the venue's setting again.

The preview's margin used and liquidation price follow the leverage and mode shown here;
`margin_preview` computes them with desktop.margin, the same formulas the paper venue and
the backtester use."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.core import MarginMode, Market, PregaoError, Side
from desktop.margin import brackets_for, initial_margin, liquidation_price, max_leverage
from desktop.shell.messages import tr_message

if TYPE_CHECKING:
    from widgets.order_entry.panel import OrderEntryPanel
    from widgets.order_entry.validation import CheckedOrder, MarketState


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class MarginRow(QWidget):
    #: The trader chose a leverage / a margin mode (sent by the panel).
    leverageChosen = Signal(int)
    modeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marginRow")
        self.shown_for = ""  # the symbol whose venue settings are shown
        self.leverage = QSpinBox()
        self.leverage.setObjectName("leverage")
        self.leverage.setRange(1, 125)
        self.leverage.setSuffix("×")
        self.leverage.setKeyboardTracking(False)  # sent once typed, not per digit
        self.leverage.setToolTip(_t("Leverage of this symbol on the account: the position's "
                                    "margin is its notional divided by it"))
        self.mode = QComboBox()
        self.mode.setObjectName("marginMode")
        self.mode.addItem(_t("Cross"), MarginMode.CROSS.value)
        self.mode.addItem(_t("Isolated"), MarginMode.ISOLATED.value)
        self.mode.setToolTip(_t("Cross: the whole wallet backs the position. Isolated: only "
                                "its own margin can be lost"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        label = QLabel(_t("Leverage"))
        label.setProperty("role", "muted")
        row.addWidget(label)
        row.addWidget(self.leverage)
        row.addWidget(self.mode, 1)
        self.leverage.valueChanged.connect(self.leverageChosen.emit)
        self.mode.activated.connect(lambda i: self.modeChosen.emit(self.mode.itemData(i)))

    def value(self) -> tuple[float, MarginMode]:
        return float(self.leverage.value()), MarginMode(self.mode.currentData())

    def show_settings(self, leverage: float, mode: MarginMode, symbol: str) -> None:
        """The venue's settings, without sending them back."""
        self.shown_for = symbol
        with QSignalBlocker(self.leverage), QSignalBlocker(self.mode):
            self.leverage.setMaximum(int(max_leverage(symbol)))
            self.leverage.setValue(round(leverage))
            self.mode.setCurrentIndex(max(0, self.mode.findData(MarginMode(mode).value)))

    def step(self, delta: int) -> None:
        """One more or one less × (the keyboard commands)."""
        self.leverage.setValue(self.leverage.value() + delta)

    def toggle_mode(self) -> None:
        self.mode.setCurrentIndex(1 - self.mode.currentIndex())
        self.modeChosen.emit(self.mode.currentData())


@dataclass(slots=True, frozen=True)
class MarginPreview:
    margin: float  # initial margin the order adds, quote currency
    liquidation: float  # liquidation price of the position after it (NaN: none)


def margin_preview(market: Market, position: float, entry_now: float, side_sign: int,
                   amount: float, price: float, leverage: float, mode: MarginMode,
                   wallet: float) -> MarginPreview:
    """The margin the order ties up and the liquidation price of the position it leaves.
    `wallet` backs a cross position (the account's free quote balance); an isolated one is
    backed by its own initial margin. Other positions are left out: a preview of this one."""
    if not (math.isfinite(amount) and math.isfinite(price)) or amount <= 0 or price <= 0:
        return MarginPreview(math.nan, math.nan)
    after = position + side_sign * amount
    opening = max(0.0, abs(after) - abs(position)) if position * after >= 0 else abs(after)
    margin = initial_margin(opening, price, leverage)
    if after == 0.0:
        return MarginPreview(margin, math.nan)
    if position * after > 0 and abs(after) > abs(position) and math.isfinite(entry_now):
        entry = (abs(position) * entry_now + opening * price) / abs(after)
    elif position * after > 0:
        entry = entry_now
    else:
        entry = price
    backing = initial_margin(after, entry, leverage) if mode is MarginMode.ISOLATED \
        else wallet
    liquidation = liquidation_price(brackets_for(market.symbol), after, entry, backing)
    return MarginPreview(margin, liquidation)


def order_margin(panel: OrderEntryPanel, checked: CheckedOrder, side: Side,
                 state: MarketState) -> MarginPreview | None:
    """The preview of the panel's checked order on a perpetual (None for spot)."""
    if not state.market.kind.has_margin:
        return None
    leverage, mode = panel.margin_row.value()
    return margin_preview(state.market, state.position,
                          panel.entries.get(panel.symbol, math.nan), side.sign,
                          checked.amount, checked.entry, leverage, mode, state.quote_free)


def step_leverage(panel: OrderEntryPanel, delta: int) -> None:
    """The keyboard's one more / one less × (sent like a typed leverage)."""
    if _require_margined(panel):
        panel.margin_row.step(delta)


def switch_margin_mode(panel: OrderEntryPanel) -> None:
    if _require_margined(panel):
        panel.margin_row.toggle_mode()


def _require_margined(panel: OrderEntryPanel) -> bool:
    market = panel.market()
    if market is None or not market.kind.has_margin:
        panel.show_result(_t("{symbol} is not a perpetual: it has no leverage or margin "
                             "mode").format(symbol=panel.symbol), error=True)
        return False
    return True


async def load_settings(panel: OrderEntryPanel, symbol: str) -> None:
    try:
        leverage, mode = await panel.ctx.client.trade_margin_settings(panel.account_id, symbol)
    except PregaoError as exc:
        panel.show_result(tr_message(exc), error=True)
        return
    if symbol == panel.symbol:
        panel.margin_row.show_settings(leverage, mode, symbol)
        panel.refresh()


async def send_leverage(panel: OrderEntryPanel, symbol: str, leverage: int) -> None:
    try:
        await panel.ctx.client.trade_set_leverage(panel.account_id, symbol, leverage)
    except PregaoError as exc:
        panel.show_result(tr_message(exc), error=True)
        await load_settings(panel, symbol)
        return
    panel.show_result(_t("Leverage of {symbol}: {leverage}×").format(symbol=symbol,
                                                                     leverage=leverage))
    panel.refresh()


async def send_mode(panel: OrderEntryPanel, symbol: str, mode: str) -> None:
    try:
        await panel.ctx.client.trade_set_margin_mode(panel.account_id, symbol, MarginMode(mode))
    except PregaoError as exc:
        panel.show_result(tr_message(exc), error=True)
        await load_settings(panel, symbol)
        return
    word = _t("isolated") if mode == MarginMode.ISOLATED.value else _t("cross")
    panel.show_result(_t("Margin mode of {symbol}: {mode}").format(symbol=symbol, mode=word))
    panel.refresh()
