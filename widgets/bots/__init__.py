"""Bots dock: strategy bots listed with their state, position and P&L, and run from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.backtests import BacktestRequest
from desktop.core.bots import BotSpec
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from widgets.bots.panel import BotsPanel

__all__ = ["BotsPanel", "install_bots_commands", "spec_from_backtest"]


def _t(text: str) -> str:
    return QCoreApplication.translate("BotsDock", text)


def spec_from_backtest(request: BacktestRequest, params: dict, symbols: tuple[str, ...] = ()
                       ) -> BotSpec:
    """The bot a backtest (or one optimisation set) describes; the account is chosen in the
    form (the first, usually the paper account, until then)."""
    sizing = request.sizing if request.sizing == "all" else \
        f"{request.sizing}={request.sizing_value:g}"
    return BotSpec(strategy=request.strategy, account_id="",
                   symbols=tuple(symbols or request.symbols), timeframe=request.timeframe,
                   params=dict(params), sizing=sizing)


def install_bots_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> BotsPanel:
        return docks.show_panel("bots")

    def from_backtest() -> None:
        backtest = docks.show_panel("backtest")
        run = getattr(backtest.results, "run", None)
        if run is None:
            ctx.statusMessage.emit(_t("Open a backtest result first"), 5000)
            return
        summary = run.summary
        panel().new_bot(spec_from_backtest(summary.request, summary.params, summary.symbols))

    def from_optimisation() -> None:
        optimise = docks.show_panel("backtest").optimise
        row = optimise.selected_row()
        if row is None or optimise.result is None:
            ctx.statusMessage.emit(_t("Select a parameter set in the optimisation results "
                                      "first"), 5000)
            return
        result = optimise.result
        panel().new_bot(spec_from_backtest(result.request.backtest, row.params,
                                           (result.symbol,)))

    commands = (
        ("bots.new", _t("New bot…"), lambda: panel().new_bot(), "Ctrl+Alt+Shift+A", "add",
         _t("Run a strategy as a bot on an account")),
        ("bots.start", _t("Start bot"), lambda: panel().start(), "Ctrl+Alt+Shift+S", "play",
         _t("Warm up and run the selected bots, or take entries again")),
        ("bots.pause_entries", _t("Pause entries"), lambda: panel().pause_entries(),
         "Ctrl+Alt+Shift+P", "pause",
         _t("No new entries; exits, stops and targets are still managed")),
        ("bots.stop", _t("Stop bot"), lambda: panel().stop(), "Ctrl+Alt+Shift+T", "stop",
         _t("Stop deciding; its protective orders keep working")),
        ("bots.stop_flatten", _t("Stop and flatten"), lambda: panel().stop_and_flatten(),
         "Ctrl+Alt+Shift+F", "flatten",
         _t("Stop, cancel its orders and close its positions at market")),
        ("bots.edit", _t("Edit parameters…"), lambda: panel().edit(), "Ctrl+Alt+Shift+E",
         "settings", _t("Change the selected bot's strategy parameters")),
        ("bots.duplicate", _t("Duplicate bot"), lambda: panel().duplicate(),
         "Ctrl+Alt+Shift+D", "copy", _t("A stopped copy with the same settings")),
        ("bots.delete", _t("Delete bot"), lambda: panel().delete(), "Ctrl+Alt+Shift+R",
         "delete", _t("Only a stopped bot with no position and no working orders")),
        ("bots.show_log", _t("Bot log"), lambda: panel().show_log(), "Ctrl+Alt+Shift+L",
         "log", _t("The selected bot's log (double-click a bot)")),
        ("bots.show_on_chart", _t("Bot trades on the chart"), lambda: panel().show_on_chart(),
         "Ctrl+Alt+Shift+G", "chart", _t("Mark the selected bot's fills on the chart")),
        ("bots.from_backtest", _t("Run this backtest as a bot…"), from_backtest,
         "Ctrl+Alt+Shift+B", "play",
         _t("A bot with the strategy, parameters and market of the shown backtest result")),
        ("bots.from_optimisation", _t("Run the selected set as a bot…"), from_optimisation,
         "Ctrl+Alt+Shift+J", "play",
         _t("A bot with the parameter set selected in the optimisation results")),
    )
    for command_id, label, callback, shortcut, icon_name, tooltip in commands:
        ctx.actions.register(command_id, label, callback, shortcut=shortcut,
                             icon_name=icon_name, menu="trade", tooltip=tooltip)
