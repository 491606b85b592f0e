"""Risk heatmap dock: where the risk of an account's book sits.

Held assets × metrics (exposure, VaR contribution, volatility, beta to BTC, drawdown, today's
P&L), the clustered correlation of their returns, and stress scenarios. Every number is
computed by the engine (`client.risk_report`, on a worker thread there); the dock asks again
every REFRESH_MS while it is visible, never twice at once, so it follows the prices live and
costs nothing when hidden. A click on an asset shows it in the focused chart and selects its
position in the positions monitor.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    LimitUsage,
    Market,
    RiskStatus,
    TradingState,
    TradingStateEvent,
)
from desktop.core.accounts import AccountInfo, AccountsChanged
from desktop.core.risk_book import RiskBook
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from desktop.shell.trading_state import STATE_COLOURS, state_sentence
from widgets.common.labels import error_label, muted_label
from widgets.common.numbers import fmt_number
from widgets.common.table import DataTableView
from widgets.risk.correlation_view import CorrelationView
from widgets.risk.heatmap import ASSET_ROLE, SORT_ROLE, AssetHeatmapModel
from widgets.risk.limits_view import LimitGauges, state_style
from widgets.risk.stress_view import COL_BOOK, BarDelegate, StressModel
from widgets.risk_controls import KILL_SWITCH_ACTION

REFRESH_MS = 2000
WINDOWS = (1, 7, 30, 90)
LEVELS = (0.95, 0.99)


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskDock", text)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setProperty("role", "section")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def money(value: float, quote: str) -> str:
    return "—" if not math.isfinite(value) else f"{fmt_number(value, 2)} {quote}"


class RiskPanel(Panel):
    panel_type = "risk"
    icon_name = "risk"

    @classmethod
    def display_name(cls) -> str:
        return _t("Risk")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = config or {}
        self.book: RiskBook | None = None
        self.markets: dict[str, Market] = {}
        self._wanted_account = str(cfg.get("account", ""))
        self._busy = False
        self.refreshes = 0  # reports shown (tests wait on it)

        self.account = QComboBox()
        self.account.setToolTip(_t("The account whose book is shown"))
        self.window = QComboBox()
        for days in WINDOWS:
            self.window.addItem(_t("{0} d").format(days), days)
        self.window.setCurrentIndex(WINDOWS.index(int(cfg.get("window", 30)))
                                    if int(cfg.get("window", 30)) in WINDOWS else 2)
        self.window.setToolTip(_t("The history the volatility, beta, VaR and correlations "
                                  "are measured over (hourly returns)"))
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem(_t("VaR {0}%").format(fmt_number(level * 100, 0)), level)
        self.level.setCurrentIndex(1 if float(cfg.get("level", 0.99)) == 0.99 else 0)
        self.level.setToolTip(_t("Confidence of the value at risk"))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(_t("Account")))
        controls.addWidget(self.account, 1)
        controls.addWidget(QLabel(_t("Window")))
        controls.addWidget(self.window)
        controls.addWidget(self.level)
        self.state = QLabel()
        self.state.setToolTip(_t("The account's trading state: active, reducing only (orders "
                                 "that reduce exposure pass) or halted"))
        self.state.hide()
        # The registry's command (its label, icon and tooltip): the dock only triggers it.
        kill = ctx.actions.action(KILL_SWITCH_ACTION)
        self.kill = QPushButton(icon("kill_switch"), kill.text())
        self.kill.setToolTip(kill.toolTip())
        self.kill.setObjectName("riskKillSwitch")
        red = STATE_COLOURS[TradingState.HALTED]
        self.kill.setStyleSheet(f"QPushButton#riskKillSwitch {{ background: {red}; "
                                f"border-color: {red}; color: white; font-weight: bold; "
                                f"padding: 3px 12px; }}")
        self.kill.clicked.connect(kill.trigger)
        controls.addWidget(self.state)
        controls.addWidget(self.kill)
        self.controls = controls
        self.status: RiskStatus | None = None
        self.usage: list[LimitUsage] = []
        self.gauges = LimitGauges()

        self.summary = QLabel("—")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.var_detail = muted_label()
        self.error = error_label()

        self.heatmap = AssetHeatmapModel()
        self.heatmap_proxy = QSortFilterProxyModel(self)
        self.heatmap_proxy.setSourceModel(self.heatmap)
        self.heatmap_proxy.setSortRole(SORT_ROLE)
        self.heatmap_view = DataTableView()
        self.heatmap_view.setModel(self.heatmap_proxy)
        self.heatmap_view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.heatmap_view.setAlternatingRowColors(False)
        self.heatmap_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.heatmap_view.clicked.connect(self._on_asset_clicked)
        self.heatmap_view.activated.connect(self._on_asset_clicked)
        self.empty = muted_label(_t("Waiting for the account…"))

        self.correlation = CorrelationView()
        self.correlation_note = muted_label()
        self.stress = StressModel()
        self.stress_view = DataTableView()
        self.stress_view.setModel(self.stress)
        self.stress_view.setSortingEnabled(False)
        self.stress_view.setAlternatingRowColors(False)
        self.stress_view.setItemDelegateForColumn(COL_BOOK, BarDelegate(self.stress,
                                                                        self.stress_view))
        self.stress_note = muted_label()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(_section(_t("Held assets")))
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.heatmap_view, 1)
        top_layout.addStretch(0)  # holds the label at the top while the table is hidden
        corr_box = QWidget()
        corr_layout = QVBoxLayout(corr_box)
        corr_layout.setContentsMargins(0, 0, 0, 0)
        corr_layout.addWidget(_section(_t("Correlation (clustered)")))
        corr_layout.addWidget(self.correlation, 1)
        corr_layout.addWidget(self.correlation_note)
        stress_box = QWidget()
        stress_layout = QVBoxLayout(stress_box)
        stress_layout.setContentsMargins(0, 0, 0, 0)
        stress_layout.addWidget(_section(_t("Stress tests")))
        stress_layout.addWidget(self.stress_view, 1)
        stress_layout.addWidget(self.stress_note)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(corr_box)
        bottom.addWidget(stress_box)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(_section(_t("Limits")))
        layout.addWidget(self.gauges)
        layout.addWidget(self.summary)
        layout.addWidget(self.var_detail)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)

        self.account.currentIndexChanged.connect(self._settings_changed)
        self.window.currentIndexChanged.connect(self._settings_changed)
        self.level.currentIndexChanged.connect(self._settings_changed)
        self.subscribe(ConnectionEvent, self._on_connection)
        self.subscribe(AccountsChanged, lambda _e: self.ctx.spawn(self._load_accounts(),
                                                                  _t("Loading accounts")))
        self.subscribe(TradingStateEvent, self._on_state)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        ctx.spawn(self._load_accounts(), _t("Loading accounts"))

    # -- what is shown -------------------------------------------------------------------------
    def account_id(self) -> str:
        return str(self.account.currentData() or "")

    def config(self) -> dict[str, Any]:
        return {"account": self.account_id() or self._wanted_account,
                "window": int(self.window.currentData()),
                "level": float(self.level.currentData())}

    def apply_theme(self, dark: bool) -> None:
        self.gauges.set_usage(self.usage, dark)
        if self.status is not None:
            self.show_status(self.status)
        self.heatmap.set_dark(dark)
        self.correlation.model_.set_dark(dark)
        self.stress.set_dark(dark)

    def show_book(self, book: RiskBook) -> None:
        self.book = book
        self.error.hide()
        q = book.quote
        level = fmt_number(book.level * 100, 0)
        self.summary.setText(
            _t("Equity {0} · gross exposure {1} · net {2} · 1-day VaR {3}% {4}").format(
                money(book.equity, q), money(book.gross_exposure, q),
                money(book.net_exposure, q), level, money(book.var, q)))
        if book.has_var:
            self.var_detail.setText(
                _t("Historical {0} · Cornish–Fisher {1} · expected shortfall {2} · "
                   "Monte Carlo {3} — from {4} hourly returns").format(
                    money(book.var_historical, q), money(book.var_cornish_fisher, q),
                    money(book.cvar, q), money(book.var_monte_carlo, q), book.observations))
        else:
            self.var_detail.setText("")
        self.heatmap.set_assets(book.assets)
        self.heatmap_view.setVisible(bool(book.assets))
        self.empty.setVisible(not book.assets)
        if not book.assets:
            self.empty.setText(_t("This account holds nothing yet: buy or sell something and "
                                  "its risk shows here. Meanwhile the correlations are those "
                                  "of the account's markets."))
        self.correlation.model_.set_matrix(book.correlation_symbols, book.correlation)
        self.correlation_note.setText(
            _t("Ledoit–Wolf shrinkage {0} on hourly log-returns").format(
                fmt_number(book.shrinkage, 2)) if book.correlation_symbols
            else _t("Two assets with history are needed for a correlation"))
        self.stress.set_scenarios(book.stress, book.equity)
        self.stress_view.resizeColumnsToContents()
        self.stress_note.setText(
            "" if book.stress else _t("Scenarios appear when the account holds something"))
        self.refreshes += 1

    def show_status(self, status: RiskStatus) -> None:
        self.status = status
        self.state.setText(state_sentence(status))
        self.state.setStyleSheet(state_style(status.state))
        self.state.show()

    def show_usage(self, usage: list[LimitUsage]) -> None:
        self.usage = usage
        self.gauges.set_usage(usage, self.ctx.dark)

    # -- engine --------------------------------------------------------------------------------
    def poll(self) -> None:
        if self._busy or not self.isVisible() or not self.account_id():
            return
        self._busy = True
        self.ctx.spawn(self.refresh(), _t("Risk"))

    def _asked(self) -> tuple[str, int, float]:
        """What the dock shows now: account, window (days) and VaR level."""
        return self.account_id(), int(self.window.currentData()), float(self.level.currentData())

    async def refresh(self) -> None:
        self._busy = True
        asked = self._asked()
        account = asked[0]
        try:
            book = await self.ctx.client.risk_report(*asked)
            # The guard's numbers follow the same account's book.
            status = await self.ctx.client.risk_status(account)
            usage = await self.ctx.client.risk_usage(account)
        except Exception as exc:  # the account went away, the venue is down: say so here
            if account == self.account_id():
                self.error.setText(tr_message(exc))
                self.error.show()
            return
        finally:
            self._busy = False
        if asked == self._asked():  # not an answer to a question no longer asked
            self.show_book(book)
        if account == self.account_id():
            self.show_status(status)
            self.show_usage(usage)

    async def _load_accounts(self) -> None:
        accounts: list[AccountInfo] = await self.ctx.client.accounts()
        self.markets = {m.symbol: m for m in await self.ctx.client.markets()}
        connected = [a for a in accounts if a.state is ConnectionState.CONNECTED]
        current = self.account_id() or self._wanted_account
        self.account.blockSignals(True)
        self.account.clear()
        for a in connected:
            self.account.addItem(a.label, a.id)
        ids = [a.id for a in connected]
        pick = current if current in ids else next(
            (a.id for a in connected if a.is_paper), ids[0] if ids else "")
        if pick:
            self.account.setCurrentIndex(ids.index(pick))
        self.account.blockSignals(False)
        if not connected:
            self.empty.setText(_t("No account is connected: connect one in File → Accounts."))
        self.poll()

    def _on_connection(self, event: ConnectionEvent) -> None:
        if event.state in (ConnectionState.CONNECTED, ConnectionState.DISCONNECTED):
            self.ctx.spawn(self._load_accounts(), _t("Loading accounts"))

    def _on_state(self, event: TradingStateEvent) -> None:
        if event.status.account == self.account_id():
            self.show_status(event.status)

    def _settings_changed(self, *_args: object) -> None:
        self.book = None
        if not self._busy:
            self.poll()

    # -- click ---------------------------------------------------------------------------------
    def _on_asset_clicked(self, index: QModelIndex) -> None:
        asset = index.data(ASSET_ROLE)
        if asset is None:
            return
        market = self.markets.get(asset.symbol)
        # The chart shows market data: the feed that has the symbol, else the account's venue.
        self.ctx.symbolActivated.emit(market.venue if market else asset.venue, asset.symbol)
        self.ctx.positionFocused.emit(self.account_id(), asset.symbol)

    def shutdown(self) -> None:
        self.timer.stop()
        super().shutdown()
