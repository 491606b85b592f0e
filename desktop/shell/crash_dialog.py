"""An exception nobody caught: a dialog that says what happened, with "Copy details" (the
traceback and versions, secrets redacted by desktop.log_redaction), and the same details in
the log file, whose path the dialog names.

Hooks sys.excepthook (Qt slots and callbacks on the UI thread), threading.excepthook (other
threads) and the UI loop's asyncio exception handler. The dialog always opens on the UI
thread; while one is open, later errors are added to it instead of stacking new windows."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.log_redaction import format_exception, safe_text
from desktop.shell.help_dialogs import versions

log = logging.getLogger("pregao.crash")


def _t(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def crash_details(exc: BaseException, tb: Any = None, where: str = "") -> str:
    """What a bug report needs, redacted: versions, where it happened, the traceback."""
    lines = [" ".join(f"{name} {value}" for name, value in versions())]
    if where:
        lines.append(where)
    lines.append(format_exception(exc, tb))
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(_t("Something went wrong"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = (_t("The details were written to the log file {0}.").format(log_path)
                 if log_path else _t("There is no log file; copy the details to keep them."))
        self.advice = QLabel(where + " " + _t(
            "Pregão keeps running; if the window misbehaves, restart it."))
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "muted")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(_t("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.count = 0
        self.add(summary, details)
        self.setMinimumSize(560, 380)
        self.resize(760, 480)

    def add(self, summary: str, details: str) -> None:
        self.count += 1
        if self.count == 1:
            self.summary.setText(summary)
            self.details.setPlainText(details)
        else:
            self.summary.setText(_t("{0} unexpected errors; the latest: {1}").format(
                self.count, summary))
            self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(_t("Copied"))


class CrashReporter(QObject):
    """Installed once by the app; `report` may be called from any thread."""

    _reported = Signal(str, str)

    def __init__(self, window: QWidget, log_path: str) -> None:
        super().__init__(window)
        self._window = window
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, exc: BaseException, tb: Any = None, where: str = "") -> None:
        details = crash_details(exc, tb, where)
        # The log record carries the redacted text, never the raw exception.
        log.error("Unhandled error%s\n%s", f" ({where})" if where else "", details)
        summary = _t("An unexpected error stopped an action: {0}: {1}").format(
            type(exc).__name__, safe_text(exc) or _t("(no message)"))
        self._reported.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(summary, details)
            return
        self.dialog = CrashDialog(summary, details, self.log_path, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.show()

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        previous_hook = sys.excepthook
        previous_thread_hook = threading.excepthook

        def main_hook(exc_type, exc, tb) -> None:
            if issubclass(exc_type, KeyboardInterrupt):
                previous_hook(exc_type, exc, tb)
                return
            self.report(exc, tb)

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            if args.exc_type is SystemExit or args.exc_value is None:
                return
            name = args.thread.name if args.thread is not None else "?"
            self.report(args.exc_value, args.exc_traceback, f"thread {name}")

        def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            if exc is None:
                log.error("%s", context.get("message", "asyncio error"))
                return
            self.report(exc, exc.__traceback__, str(context.get("message", "")))

        sys.excepthook = main_hook
        threading.excepthook = thread_hook
        if loop is not None:
            loop.set_exception_handler(loop_handler)
        self._previous = (previous_hook, previous_thread_hook, loop)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook, loop = self._previous
        if loop is not None:
            loop.set_exception_handler(None)
