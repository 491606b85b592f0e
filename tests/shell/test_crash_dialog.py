"""An exception nobody caught shows a dialog with what happened and "Copy details", secrets
redacted, and goes to the rotating log file whose path Settings shows (issue 11, point 6)."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.log_file import open_log_file
from desktop.log_redaction import register_secret
from desktop.shell.crash_dialog import CrashReporter
from desktop.shell.settings_dialog import SettingsDialog

SECRET = "sk-live-9f8e7d6c5b4a"


@pytest.fixture
def reporter(window, tmp_path, aio):
    handler, why = open_log_file(tmp_path / "logs")
    assert handler is not None, why
    root = logging.getLogger()
    root.addHandler(handler)
    reporter = CrashReporter(window, handler.baseFilename)
    reporter.install(aio.loop)
    yield reporter
    reporter.uninstall()
    root.removeHandler(handler)
    handler.close()


def explode() -> None:
    raise RuntimeError(f"exchange said no to key={SECRET} while placing")


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_error_shows_a_dialog_copies_redacted_details_and_logs_them(
    qtbot, window, reporter, tmp_path, aio
):
    register_secret(SECRET)
    QTimer.singleShot(0, explode)  # raised inside a Qt slot: sys.excepthook
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert "RuntimeError" in dialog.summary.text() and SECRET not in dialog.summary.text()
    assert reporter.log_path in dialog.advice.text()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "explode" in copied and "Python" in copied
    assert SECRET not in copied and "•••" in copied
    assert dialog.isVisible()  # copying does not close it

    # A second error, from another thread, joins the open dialog instead of a new window.
    worker = threading.Thread(target=explode, name="bot-runner")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.count == 2)
    assert "thread bot-runner" in dialog.details.toPlainText()

    # And one in a callback on the UI's asyncio loop.
    aio.loop.call_soon(explode)
    qtbot.waitUntil(lambda: dialog.count == 3)

    logged = (tmp_path / "logs" / "pregao.log").read_text(encoding="utf-8")
    assert logged.count("Unhandled error") == 3 and "explode" in logged
    assert SECRET not in logged


def test_settings_show_the_log_file(qtbot, window):
    dialog = SettingsDialog(window.actions, window.settings, window, log_path="/x/logs/pregao.log")
    qtbot.addWidget(dialog)
    assert dialog.log_file.text() == "/x/logs/pregao.log"
