"""Status bar: each venue's connection, accounts whose trading is halted or reduce-only, each
derivatives account's margin use (from MarginEvent), the engine loop latency, UTC and local
clocks."""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.core import MarginEvent, MarginSummary, RiskStatus, TradingState, TradingStateEvent
from desktop.core.enums import ConnectionState
from desktop.core.events import ConnectionEvent, EngineStatsEvent
from desktop.shell.bridge import EventBridge
from desktop.shell.messages import tr_message
from desktop.shell.trading_state import STATE_COLOURS, state_sentence, state_word

_STATE_COLOURS = {
    ConnectionState.CONNECTED: "#26a69a",
    ConnectionState.CONNECTING: "#f0b429",
    ConnectionState.DEGRADED: "#f0b429",
    ConnectionState.BANNED: "#ef5350",
    ConnectionState.DISCONNECTED: "#6f7d95",
}
# Margin use colours: calm, then watch (from 50 %), then danger (from 80 %: little left for
# losses before the margin ratio nears liquidation).
_MARGIN_LEVELS = ((0.8, "#ef5350"), (0.5, "#f0b429"), (0.0, "#26a69a"))


class TerminalStatusBar(QStatusBar):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._venues: dict[str, QLabel] = {}
        self._trading: dict[str, QLabel] = {}  # account -> its state, while not ACTIVE
        self._trading_status: dict[str, RiskStatus] = {}
        self._margins: dict[str, QLabel] = {}  # account -> its margin use
        self._margin_summary: dict[str, MarginSummary] = {}
        #: Account id -> label, for the trading state (the order entry installer keeps it).
        self.account_names: dict[str, str] = {}
        self._latency = QLabel(self.tr("Engine: starting…"))
        self._latency.setObjectName("engineLatency")
        self._clock = QLabel()
        self._clock.setObjectName("clock")
        self.addPermanentWidget(self._latency)
        self.addPermanentWidget(self._clock)
        self._bridge = bridge
        self._unsubscribe = [
            bridge.subscribe(ConnectionEvent, self._on_connection),
            bridge.subscribe(EngineStatsEvent, self._on_stats),
            bridge.subscribe(TradingStateEvent, lambda e: self.show_trading_state(e.status)),
            bridge.subscribe(MarginEvent, lambda e: self.show_margin(e.margin)),
        ]
        bridge.handlerFailed.connect(self._on_handler_failed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick_clock)
        self._timer.start(1000)
        self._tick_clock()

    def shutdown(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        self._bridge.handlerFailed.disconnect(self._on_handler_failed)
        self._timer.stop()

    def _on_handler_failed(self, text: str) -> None:
        self.showMessage(self.tr("A panel failed: {0} (see Log)").format(text), 8000)

    def venue_label(self, venue: str) -> QLabel | None:
        return self._venues.get(venue)

    def state_text(self, state: ConnectionState) -> str:
        return {
            ConnectionState.CONNECTED: self.tr("connected"),
            ConnectionState.CONNECTING: self.tr("connecting"),
            ConnectionState.DEGRADED: self.tr("degraded"),
            ConnectionState.BANNED: self.tr("banned"),
            ConnectionState.DISCONNECTED: self.tr("disconnected"),
        }[state]

    def _on_connection(self, event: ConnectionEvent) -> None:
        label = self._venues.get(event.venue)
        if label is None:
            label = QLabel()
            label.setObjectName(f"venue-{event.venue}")
            self._venues[event.venue] = label
            self.insertPermanentWidget(0, label)
        colour = _STATE_COLOURS[event.state]
        detail = f" — {tr_message(event.detail)}" if event.detail else ""
        label.setText(f"<span style='color:{colour}'>●</span> {event.venue}")
        label.setToolTip(f"{event.venue}: {self.state_text(event.state)}{detail}")

    def trading_label(self, account: str) -> QLabel | None:
        return self._trading.get(account)

    def show_trading_state(self, status: RiskStatus) -> None:
        """An account that is halted or reduce-only shows here until it is active again."""
        label = self._trading.get(status.account)
        if status.state is TradingState.ACTIVE:
            self._trading_status.pop(status.account, None)
            if label is not None:
                self.removeWidget(label)
                label.deleteLater()
                del self._trading[status.account]
            return
        if label is None:
            label = QLabel()
            label.setObjectName(f"trading-{status.account}")
            self._trading[status.account] = label
            self.insertPermanentWidget(0, label)
            label.show()
        self._trading_status[status.account] = status
        self._render_trading(status.account)

    def margin_label(self, account: str) -> QLabel | None:
        return self._margins.get(account)

    def show_margin(self, summary: MarginSummary) -> None:
        """A derivatives account's margin use: initial margin over its margin balance."""
        label = self._margins.get(summary.account)
        if label is None:
            label = QLabel()
            label.setObjectName(f"margin-{summary.account}")
            self._margins[summary.account] = label
            self.insertPermanentWidget(0, label)
            label.show()
        self._margin_summary[summary.account] = summary
        self._render_margin(summary.account)

    def _render_margin(self, account: str) -> None:
        m = self._margin_summary[account]
        loc = QLocale()
        use = m.margin_use if math.isfinite(m.margin_use) else 1.0
        colour = next(c for level, c in _MARGIN_LEVELS if use >= level)
        name = self.account_names.get(account, account)

        def pct(value: float) -> str:
            return loc.toString(value * 100.0, "f", 1) if math.isfinite(value) else "—"

        def money(value: float) -> str:
            return loc.toString(value, "f", 2)
        self._margins[account].setText(self.tr("<span style='color:{0}'>◆</span> Margin {1}: "
                                               "{2} %").format(colour, name, pct(m.margin_use)))
        self._margins[account].setToolTip(self.tr(
            "{0}: margin use {1} % (initial margin {2} of margin balance {3} {4}); margin "
            "ratio {5} % — positions are liquidated at 100 %; available {6} {4}").format(
            name, pct(m.margin_use), money(m.initial_margin), money(m.margin_balance),
            m.currency, pct(m.margin_ratio), money(m.available)))

    def set_account_names(self, names: dict[str, str]) -> None:
        self.account_names = dict(names)
        for account in self._trading:
            self._render_trading(account)
        for account in self._margins:
            self._render_margin(account)

    def _render_trading(self, account: str) -> None:
        status = self._trading_status[account]
        name = self.account_names.get(account, account)
        colour = STATE_COLOURS[status.state]
        self._trading[account].setText(
            f"<span style='color:{colour}'>■</span> {state_word(status.state)}: {name}")
        self._trading[account].setToolTip(state_sentence(status, name))

    def _on_stats(self, event: EngineStatsEvent) -> None:
        loc = QLocale()
        self._latency.setText(
            self.tr("Engine {0} ms").format(loc.toString(event.loop_latency_ms, "f", 1))
        )
        self._latency.setToolTip(
            self.tr("Engine loop latency; {0} events/s").format(
                loc.toString(float(round(event.events_per_s)), "f", 0)
            )
        )

    def _tick_clock(self) -> None:
        now = datetime.now(UTC)
        local = now.astimezone()
        self._clock.setText(f"UTC {now:%H:%M:%S}   {self.tr('Local')} {local:%H:%M:%S}")
