"""Pregão's entry point: flags, QApplication, the qasync loop, the engine thread, the window.

`pregao <command> ...` (SUBCOMMANDS: backtest, optimize, paper, alerts, report) goes to the
headless CLI before anything Qt is imported, so those run on servers with no display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

_T0 = time.perf_counter()


def process_age_s() -> float:
    """Seconds since this process started (Linux /proc), else since this module loaded."""
    try:
        with open("/proc/self/stat", "rb") as f:
            start_ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _T0


#: `pregao <name> ...`: the module whose main(argv) runs it (imported only when chosen, so
#: `pregao --help` stays instant) and the one line `--help` shows for it.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "backtest": ("desktop.backtest.cli", "backtest a strategy on a candle file, headless"),
    "optimize": (
        "desktop.backtest.optimize_cli",
        "optimise a strategy's parameters (grid/random, walk-forward, Monte Carlo)",
    ),
    "paper": (
        "desktop.engine.bots.paper_cli",
        "run a strategy as a bot on a paper account replaying a candle file, headless",
    ),
    "report": (
        "desktop.reports.cli",
        "Excel and PDF report of an account over a period (--account --from --to)",
    ),
    "alerts": (
        "desktop.alerts.cli",
        "replay a candle file through alert rules: when each would have fired",
    ),
}


def version() -> str:
    """The installed distribution's version (pyproject.toml is the one place it is written)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("pregao")
    except PackageNotFoundError:  # a checkout that was never installed
        return "unknown"


class _VersionAction(argparse.Action):
    """--version: reads the package metadata only when asked (not on every start)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[override]
        print(f"pregao {version()}")
        parser.exit()


def _subcommand_help() -> str:
    width = max(map(len, SUBCOMMANDS))
    lines = [f"  {name:<{width}}  {text}" for name, (_, text) in SUBCOMMANDS.items()]
    return (
        "commands (each has its own --help, e.g. `pregao backtest --help`):\n"
        + "\n".join(lines)
    )


#: Commands that write Excel/PDF reports: they get the words of the report's language from
#: the Qt catalogs through `_report_style` (QtCore only, no display needed).
REPORT_COMMANDS = ("backtest", "report")


def _report_style(language: str, theme: str):
    from desktop.shell.report_texts import report_style

    return report_style(language, theme)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="pregao",
        usage="pregao [options]\n       pregao <command> [command options]",
        description="Pregão trading terminal: without a command, opens the window.",
        epilog=_subcommand_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0,
                        help="show the installed version and exit")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, wait for the first painted frame with live data, exit 0",
    )
    parser.add_argument("--screenshot", metavar="PATH", help="with --smoke-test: save a PNG")
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        help="keep settings and layouts in DIR instead of the user's profile",
    )
    parser.add_argument("--language", metavar="CODE", help="en, pt_BR or es")
    parser.add_argument("--theme", choices=("dark", "light"))
    parser.add_argument("--demo-seed", type=int, default=7, help="seed of the demo market")
    parser.add_argument("--replay", metavar="FILE", help="open a candle file as a replay feed")
    parser.add_argument("--reset-layout", action="store_true", help="start with the default layout")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the database (default: SQLite in the user's "
        "data folder; also $PREGAO_DATABASE_URL)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    # A frozen (PyInstaller) build re-enters main() in each worker process it spawns.
    multiprocessing.freeze_support()
    own_command_line = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop.log_redaction import install_excepthooks

    install_excepthooks()  # an uncaught exception prints redacted, like every log line
    if argv and argv[0] in SUBCOMMANDS:
        import importlib

        module = importlib.import_module(SUBCOMMANDS[argv[0]][0])
        if argv[0] in REPORT_COMMANDS:
            code = int(module.main(argv, style_for=_report_style))
        else:
            code = int(module.main(argv))
        if own_command_line and getattr(module, "EXIT_WITHOUT_TEARDOWN", False):
            # the process was started for this command alone (the console script calls
            # main() without arguments; tests pass theirs and go on)
            module.exit_without_teardown(code)
        return code
    return run_gui(parse_args(argv))


def _render_in_ui_language(value: object) -> str:
    """What alert delivery sends a trigger's sentence as: translated, the locale's numbers."""
    from desktop.shell.messages import tr_message

    return tr_message(value)


def run_gui(args: argparse.Namespace) -> int:
    """Build the QApplication and the qasync loop, start the engine thread, show the window,
    run until the window closes, then stop the engine (tasks cancelled, thread joined)."""
    # PyQt6 may be installed too (finplot, a dev reference, needs it): pyqtgraph and qasync
    # must bind to PySide6, or two Qt copies load into one process and crash.
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
    os.environ["QT_API"] = "pyside6"
    import gc

    # Start-up makes ~half a million objects that live as long as the app (modules, classes,
    # widgets); the cyclic collector would scan them again and again while they are made
    # (~0.1 s of CPU before the first frame, as much again before the app is usable). It
    # rests until start-up is done; then what exists is frozen (never scanned again) and it
    # runs from a timer on the UI thread (widgets/common/ui_collector.py). Objects are still
    # freed by reference counting meanwhile.
    gc.disable()
    import asyncio
    import logging

    from desktop.data_folder import data_folder

    # Qt-free, and imported before Qt on purpose: once PySide6 is loaded, every module
    # imported after it is read back as source (PySide6's feature check looks for the word
    # "PySide6" in it), a tax the engine's ~200 modules need not pay.
    from desktop.engine.runtime import EngineRuntime
    from desktop.shell.single_instance import (
        ALREADY_RUNNING,
        SingleInstance,
        already_running_message,
    )

    # One Pregão per data folder, decided before the engine opens its database.
    instance = SingleInstance(data_folder(args.database))
    if not instance.acquire():
        shown = instance.ask_first_to_show()
        print(already_running_message(instance.folder, shown), file=sys.stderr)
        return ALREADY_RUNNING
    from desktop.log_file import open_log_file
    # The engine (Qt-free) starts first: it builds the demo market on its own thread while
    # this one imports Qt and builds the window. Its early events wait in the bus.
    # Alert texts reach every channel in the UI's language (Qt's translator, read lazily: Qt
    # is imported below, after the engine has started).
    runtime = EngineRuntime(demo_seed=args.demo_seed, database_url=args.database,
                            render_text=_render_in_ui_language)
    runtime.engine.wait_for_ui = True  # the window says when its first frame is on screen
    runtime.start()

    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.shell.bridge import EventBridge
    from desktop.shell.i18n import install_translators
    from desktop.shell.log_bridge import BridgeLogHandler
    from desktop.shell.main_window import MainWindow
    from desktop.shell.smoke import SmokeProbe

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Pregao")
    app.setApplicationName("Pregao")
    app.setApplicationDisplayName("Pregão")
    if args.config_dir:
        os.makedirs(args.config_dir, exist_ok=True)
        settings = QSettings(
            os.path.join(args.config_dir, "pregao.ini"), QSettings.Format.IniFormat
        )
    else:
        settings = QSettings()
    if args.language is not None:
        settings.setValue("ui/language", args.language)
    install_translators(app, str(settings.value("ui/language", "")))
    if args.theme:
        settings.setValue("ui/theme", args.theme)
    if args.reset_layout:
        settings.remove("layout/session")

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = EventBridge()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    # Schema migration chatter is for developers, not the trader's log panel.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    log_handler = BridgeLogHandler(bridge)
    root.addHandler(log_handler)
    # In the data folder (beside the database), so one folder holds all a bug report needs.
    file_handler, no_file = open_log_file(data_folder(args.database) / "logs")
    if file_handler is not None:
        root.addHandler(file_handler)
    else:
        logging.getLogger(__name__).warning("%s", no_file)

    runtime.bus.add_sink(bridge.post)

    from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

    window = MainWindow(runtime.client, bridge, settings, PANEL_TYPES, COMMAND_INSTALLERS)
    from desktop.shell.crash_dialog import CrashReporter

    window.data_dir = str(data_folder(args.database))
    window.log_path = file_handler.baseFilename if file_handler is not None else ""
    # An error nobody caught: a dialog with the details, also written to the log file.
    crashes = CrashReporter(window, window.log_path)
    crashes.install(loop)
    window.tour_on_first_start = not args.smoke_test

    def collect_again() -> None:
        gc.freeze()
        # From now on the collector runs on the UI thread between events, never inside
        # another thread or a paint (widgets/common/ui_collector.py says why).
        from widgets.common.ui_collector import collect_on_ui_thread

        collect_on_ui_thread()

    window.ctx.after_startup(collect_again)
    if window.first_start:
        window.showMaximized()  # on the screen it opens on
    else:
        window.show()

    def bring_forward() -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    # Answering later starts (QtNetwork, a local server) can wait for the first frame.
    window.first_frame.done.connect(lambda _live: instance.listen(bring_forward))
    from widgets.database_recovery import DatabaseRecovery

    # A damaged or locked database at start: the dialog with the ways out (owned by window).
    DatabaseRecovery(window.ctx, window, quit=window.close)
    if args.replay:
        window.docks.open_panel("replay").widget().open_file(args.replay)
    probe = SmokeProbe(window, args.screenshot, process_age_s) if args.smoke_test else None

    closed = asyncio.Event()
    window.closing.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
        # Let cancelled UI tasks finish unwinding before the loop closes.
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    crashes.uninstall()
    stopped = runtime.stop(timeout=2.0)
    from widgets.chart import warmup

    warmup.join()
    root.removeHandler(log_handler)
    instance.release()
    if file_handler is not None:
        root.removeHandler(file_handler)
        file_handler.close()
    if not stopped:
        print("pregao: the engine thread did not stop within 2 s", file=sys.stderr)
        return 1
    return probe.exit_code if probe is not None else 0


if __name__ == "__main__":
    sys.exit(main())
