"""The performance dock: an account's or a bot's equity against the benchmark (BTC/USDT
bought and held from the same capital), its drawdown, the monthly returns heatmap and every
metric of the report, over a chosen period, following the account live.

The engine computes the figures (`client.performance`, the report's own metrics module);
the dock asks again every REFRESH_MS while it is visible, never twice at once.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import AccountsChanged
from desktop.core.bots import BotEvent
from desktop.core.reports import PerformanceView
from desktop.reports.formatting import format_value
from desktop.reports.labels import metric_rows
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from desktop.shell.report_texts import report_style
from widgets.backtest.equity_plot import EquityPlot
from widgets.common.labels import error_label, muted_label
from widgets.performance.monthly import MonthlyHeatmap

REFRESH_MS = 10_000
DAY_MS = 86_400_000
PERIODS = (7, 30, 90, 365, 0)  # days; 0: everything recorded
EXPORT_ACTION = "reports.export_performance"


def _t(text: str) -> str:
    return QCoreApplication.translate("PerformanceDock", text)


PLOT_MIN_HEIGHT_PX = 200  # an equity curve and its drawdown still read as curves
PLOT_MIN_WIDTH_PX = 320
METRICS_MIN_WIDTH_PX = 300


class PerformancePanel(Panel):
    panel_type = "performance"
    icon_name = "chart"
    # A wide analysis panel: opened beside the chart (or as its tab), never in a strip under
    # it, where the curve, the heatmap and the metrics were squeezed into ~150 px.
    opens_beside_chart = True

    @classmethod
    def display_name(cls) -> str:
        return _t("Performance")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        cfg = config or {}
        self._wanted = str(cfg.get("scope", ""))
        self._busy = False
        self.view: PerformanceView | None = None
        self.refreshes = 0  # figures shown (tests wait on it)
        self.scope = QComboBox()
        self.scope.setObjectName("performanceScope")
        self.scope.setToolTip(_t("The account or the bot whose performance is shown"))
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(_t("{0} days").format(days) if days else _t("All"), days)
        wanted_days = int(cfg.get("days", 30))
        self.period.setCurrentIndex(PERIODS.index(wanted_days) if wanted_days in PERIODS
                                    else 1)
        action = ctx.actions.action(EXPORT_ACTION)
        self.export = QPushButton(icon("export"), action.text())
        self.export.setToolTip(action.toolTip())
        self.export.clicked.connect(action.trigger)
        top = QHBoxLayout()
        top.addWidget(QLabel(_t("Show")))
        top.addWidget(self.scope, 1)
        top.addWidget(QLabel(_t("Period")))
        top.addWidget(self.period)
        top.addWidget(self.export)
        self.plot = EquityPlot()
        self.monthly = MonthlyHeatmap()
        self.metrics = QTableWidget(0, 2)
        self.metrics.setObjectName("performanceMetrics")
        self.metrics.setHorizontalHeaderLabels([_t("Metric"), _t("Value")])
        self.metrics.verticalHeader().hide()
        self.metrics.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.metrics.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plot.setMinimumSize(PLOT_MIN_WIDTH_PX, PLOT_MIN_HEIGHT_PX)
        self.metrics.setMinimumWidth(METRICS_MIN_WIDTH_PX)
        # The curve beside the metrics; under both, the monthly grid across the whole width
        # (its 13 columns need it) and as tall as its years, up to a few.
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.setChildrenCollapsible(False)
        upper.addWidget(self.plot)
        upper.addWidget(self.metrics)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        upper.setSizes([640, 400])  # the metric names read whole
        parts = QWidget()
        column = QVBoxLayout(parts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(upper, 1)
        column.addWidget(self.monthly)
        self.note = muted_label("")
        self.error = error_label()
        # Docked short (or the window is small), the parts keep their minimum heights and
        # the dock scrolls, instead of squeezing the curve and the tables to slivers. (The
        # wrapping labels stay outside: inside, the scroll area would size its content to
        # their preferred height and scroll where nothing needs to.)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(parts)
        # Only the height scrolls: the width the parts need is the panel's (the dock manager
        # reads it to choose beside the chart or a tab of it).
        self.scroll.setMinimumWidth(parts.minimumSizeHint().width())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)  # a reason for an empty panel is read first
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note)
        self.scope.currentIndexChanged.connect(self._asked_changed)
        self.period.currentIndexChanged.connect(self._asked_changed)
        self.subscribe(AccountsChanged, lambda _e: self._reload_scopes())
        self.subscribe(BotEvent, self._on_bot)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._known_bots: set[str] = set()
        self.apply_theme(ctx.dark)
        self._reload_scopes()

    # -- what is shown ------------------------------------------------------------------------
    def scope_id(self) -> str:
        return str(self.scope.currentData() or "")

    def scope_name(self) -> str:
        """The account's or bot's own name (the list says "Account: name")."""
        return str(self.scope.currentData(Qt.ItemDataRole.ToolTipRole) or "")

    def start_ms(self) -> int:
        days = int(self.period.currentData())
        return 0 if not days else int(time.time() * 1000) - days * DAY_MS

    def period_days(self) -> int:
        return int(self.period.currentData())

    def config(self) -> dict[str, Any]:
        return {"scope": self.scope_id() or self._wanted, "days": self.period_days()}

    def apply_theme(self, dark: bool) -> None:
        self.plot.set_theme(dark)
        self.monthly.set_dark(dark)
        if self.view is not None:
            self.show_view(self.view)

    def _say(self, text: str, role: str = "error") -> None:
        """The reason nothing can be shown (no equity recorded yet, no account): in place of
        an empty curve and table, which would read as a broken panel. A state to wait out
        reads quiet ("muted"); a failure reads as an error."""
        if self.error.property("role") != role:
            self.error.setProperty("role", role)
            self.error.style().unpolish(self.error)  # the style sheet colours by role
            self.error.style().polish(self.error)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        shown = not text or self.view is not None
        self.scroll.setVisible(shown)
        self.note.setVisible(shown)

    def show_view(self, view: PerformanceView) -> None:
        self.view = view
        self._say("")
        runs = [(_t("Equity"), view.ts, view.equity)]
        bench = np.isfinite(view.benchmark)
        if view.benchmark_name and bench.sum() > 1:
            runs.append((view.benchmark_name, view.ts[bench], view.benchmark[bench]))
        self.plot.set_runs(runs)
        self.monthly.show_grid(view.years, view.monthly, view.yearly)
        self._show_metrics(view.metrics)
        self.note.setText(_t("Benchmark: {name}, bought and held from the same capital")
                          .format(name=view.benchmark_name) if view.benchmark_name
                          else _t("No benchmark: no price feed has BTC/USDT"))
        self.refreshes += 1

    def _show_metrics(self, metrics: dict[str, float]) -> None:
        style = report_style("")
        rows: list[tuple[str, str, bool]] = []
        for group, items in metric_rows(metrics):
            rows.append((style.text(group), "", True))
            rows += [(style.text(k), format_value(metrics[k], kind, style), False)
                     for k, kind in items]
        self.metrics.setRowCount(len(rows))
        for r, (label, value, header) in enumerate(rows):
            name = QTableWidgetItem(label)
            shown = QTableWidgetItem(value)
            shown.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if header:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.metrics.setItem(r, 0, name)
            self.metrics.setItem(r, 1, shown)
        self.metrics.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.poll()  # at once when opened or raised, not at the next refresh

    # -- engine -------------------------------------------------------------------------------
    def poll(self) -> None:
        if self._busy or not self.isVisible() or not self.scope_id():
            return
        self._busy = True
        self.ctx.spawn(self.refresh(), _t("Performance"))

    async def refresh(self) -> None:
        self._busy = True
        asked = (self.scope_id(), self.start_ms())
        try:
            view = await self.ctx.client.performance(*asked)
        except Exception as exc:  # too few equity points, the account went away: say so
            if asked[0] == self.scope_id():
                # (imported here: desktop.reports.account brings numba and scipy, which
                # stay off the first frame's path; the engine has loaded it by now)
                from desktop.reports.account import NoEquityError

                self._say(tr_message(exc),
                          "muted" if isinstance(exc, NoEquityError) else "error")
            return
        finally:
            self._busy = False
        if asked[0] == self.scope_id():
            self.show_view(view)

    def _reload_scopes(self) -> None:
        self.ctx.spawn(self._load_scopes(), _t("Loading accounts"))

    async def _load_scopes(self) -> None:
        accounts = await self.ctx.client.accounts()
        try:
            bots = await self.ctx.client.bot_list()
        except Exception:  # the bots start after the accounts; they join on their first event
            bots = []
        self._known_bots = {b.id for b in bots}
        current = self.scope_id() or self._wanted
        self.scope.blockSignals(True)
        self.scope.clear()
        for a in accounts:
            self.scope.addItem(_t("Account: {name}").format(name=a.label), f"account:{a.id}")
            self.scope.setItemData(self.scope.count() - 1, a.label,
                                   Qt.ItemDataRole.ToolTipRole)
        for b in bots:
            name = b.spec.name or f"{b.spec.strategy} {', '.join(b.spec.symbols)}"
            self.scope.addItem(_t("Bot: {name}").format(name=name), f"bot:{b.id}")
            self.scope.setItemData(self.scope.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        ids = [self.scope.itemData(k) for k in range(self.scope.count())]
        if current in ids:
            self.scope.setCurrentIndex(ids.index(current))
        self.scope.blockSignals(False)
        if not ids:
            self._say(_t("No account yet: add one in File → Accounts."), "muted")
        self.poll()

    def _on_bot(self, event: BotEvent) -> None:
        if event.bot.id not in self._known_bots:
            self._reload_scopes()

    def _asked_changed(self, *_args: object) -> None:
        self.view = None
        self.poll()
