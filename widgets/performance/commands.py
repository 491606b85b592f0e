"""The report commands: "Export report…" of the shown backtest, of the optimisation set
selected, of the selected bot and of an account over a period, and the one of the
performance dock (whatever it shows). Each opens the export dialog; the engine writes the
files in its worker pool while the dialog shows the progress."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.core.timeframes import timeframe_ms
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.common.report_export import ExportReportDialog
from widgets.performance.panel import EXPORT_ACTION

ACCOUNT_DAYS = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportCommands", text)


def _file_name(*parts: str) -> str:
    return re.sub(r"[^\w.-]+", "_", "-".join(p for p in parts if p)).strip("_") or "report"


def install_report_commands(ctx: AppContext, docks: DockManager) -> None:
    def dialog(subject: str, name: str, start, days: int | None = None) -> None:
        parent = ctx.parent()
        box = ExportReportDialog(ctx, subject, name, start, days,
                                 parent if isinstance(parent, QWidget) else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def backtest() -> None:
        run = getattr(docks.show_panel("backtest").results, "run", None)
        if run is None:
            ctx.statusMessage.emit(_t("Open a backtest result first"), 5000)
            return
        s = run.summary
        # The run again over the very bars it had: a request "to the last candle" would take
        # in candles that arrived since, and the report must be this run's.
        asked = s.request
        request = replace(
            asked, start_ms=s.start_ms if asked.start_ms is None else asked.start_ms,
            end_ms=s.end_ms + timeframe_ms(s.timeframe) if asked.end_ms is None
            else asked.end_ms)
        dialog(f"{s.strategy_name} — {', '.join(s.symbols)} {s.timeframe}",
               _file_name("backtest", s.strategy, *s.symbols),
               lambda targets, job, _a, _b: ctx.client.report_backtest(
                   request, targets, job))

    def optimisation() -> None:
        optimise = docks.show_panel("backtest").optimise
        row = optimise.selected_row()
        result = optimise.result
        if row is None or result is None:
            ctx.statusMessage.emit(_t("Select a parameter set in the optimisation results "
                                      "first"), 5000)
            return
        request = replace(result.request.backtest, params=dict(row.params))
        extra = {_t("objective"): result.objective}
        dialog(f"{result.strategy} — {result.symbol} ({result.objective})",
               _file_name("optimisation", result.strategy, result.symbol),
               lambda targets, job, _a, _b: ctx.client.report_backtest(
                   request, targets, job, "optimisation", extra))

    def bot() -> None:
        chosen = docks.show_panel("bots").selected()
        if not chosen:
            ctx.statusMessage.emit(_t("Select a bot first"), 5000)
            return
        info = chosen[0]
        name = info.spec.name or info.spec.strategy
        dialog(name, _file_name("bot", name),
               lambda targets, job, start, end: ctx.client.report_bot(
                   info.id, start, end, targets, job), ACCOUNT_DAYS)

    def performance() -> None:
        panel = docks.show_panel("performance")
        scope = panel.scope_id()
        if not scope:
            ctx.statusMessage.emit(_t("Choose an account or a bot in the Performance dock"),
                                   5000)
            return
        kind, _, ident = scope.partition(":")
        days = panel.period_days() or 3650

        def start(targets, job, begin, end):
            if kind == "bot":
                return ctx.client.report_bot(ident, begin, end, targets, job)
            return ctx.client.report_account(ident, begin, end, targets, job)

        dialog(panel.scope_name(), _file_name(kind, panel.scope_name()), start, days)

    commands = (
        ("reports.export_backtest", _t("Export backtest report…"), backtest, "Ctrl+Shift+E",
         _t("Excel and/or PDF report of the backtest result shown")),
        ("reports.export_optimisation", _t("Export report of the selected set…"),
         optimisation, "Ctrl+Alt+Shift+Y",
         _t("Excel and/or PDF report of the parameter set selected in the optimisation "
            "results")),
        ("reports.export_bot", _t("Export bot report…"), bot, "Ctrl+Alt+Shift+U",
         _t("Excel and/or PDF report of the selected bot over a period")),
        (EXPORT_ACTION, _t("Export report…"), performance, "Ctrl+Alt+Y",
         _t("Excel and/or PDF report of the account or bot shown in the Performance dock, "
            "over a period")),
    )
    for command_id, label, callback, shortcut, tooltip in commands:
        ctx.actions.register(command_id, label, callback, shortcut=shortcut,
                             icon_name="export", menu="tools", tooltip=tooltip)
