"""The way out when the database cannot be opened at start (damaged, locked, not upgradable).

`DatabaseRecoveryDialog` says what is wrong and offers: open one of the backups beside the
file, start fresh (the old file is renamed beside the new one, never deleted), try again (a
locked file), or quit. `DatabaseRecovery` shows it when the engine publishes a
DatabaseProblemEvent and sends the choice back through `client.database_recover`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import PregaoError
from desktop.core.errors import DatabaseProblem
from desktop.core.events import DatabaseProblemEvent
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message

log = logging.getLogger(__name__)

RESTORE, FRESH, RETRY, QUIT = "restore", "fresh", "retry", "quit"
FIX_FIRST = ("read_only", "disk_full")  # problems the trader fixes outside Pregão


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabaseRecovery", text)


def problem_text(event: DatabaseProblemEvent) -> str:
    """What happened, in the user's language (the engine's own words go under Details)."""
    if event.kind == "corrupt":
        text = _t("The database {path} is damaged. It was left as it is: open a backup, or "
                  "start fresh with a new database (the damaged file is kept beside it).")
    elif event.kind == "locked":
        text = _t("The database {path} is locked by another program (another Pregão window "
                  "or a database tool). Close it and try again, or start fresh with a new "
                  "database (the locked file is kept beside it).")
    elif event.kind == "read_only":
        text = _t("The data folder of {path} is read-only: Pregão cannot save orders or "
                  "settings there. Make it writable (its permissions, or a disk mounted "
                  "read-only), or start Pregão with --database pointing at a writable place, "
                  "then try again.")
    elif event.kind == "disk_full":
        text = _t("The disk holding the database {path} is full: Pregão cannot save orders. "
                  "Free some space on it, then try again.")
    elif event.kind == "too_new":
        text = _t("The database {path} was written by a newer version of Pregão. It was left "
                  "unchanged (a copy is kept as {backup}): open it with that version, or "
                  "start fresh with a new database.")
    elif event.kind == "upgrade_failed":
        text = _t("The database {path} could not be upgraded to this version of Pregão. It "
                  "was left unchanged; a copy was saved as {backup}.")
    else:
        text = _t("The database {path} cannot be opened.")
    backup = event.backups[0] if event.backups else ""
    return text.format(path=event.path, backup=backup)


class DatabaseRecoveryDialog(QDialog):
    """The problem, the backups beside the file, and the ways out. After it closes,
    `action` is "restore" (with `backup`), "fresh", "retry" or "quit"; "" when it was closed
    without a choice (Escape): the app goes on without accounts."""

    def __init__(self, event: DatabaseProblemEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = event  # not `event`: that is QObject.event(), which Qt calls
        self.action = ""
        self.backup = ""
        self.setObjectName("database-recovery")
        self.setWindowTitle(_t("Database problem"))
        self.setMinimumWidth(520)

        self.message = QLabel(problem_text(event))
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.details = QLabel(_t("Details: {message}").format(message=tr_message(event.message)))
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setEnabled(False)  # greyed: for a support request, not the main message

        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        self.backups.setMaximumHeight(140)
        for path in event.backups:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.backups.addItem(item)
        if event.backups:
            self.backups.setCurrentRow(0)
        self.backups.itemDoubleClicked.connect(lambda _item: self._choose(RESTORE))
        backups_label = QLabel(_t("Backups beside the file (newest first):") if event.backups
                               else _t("There is no backup beside the file."))

        self.open_backup = QPushButton(_t("Open backup…"))
        self.open_backup.setObjectName("open-backup")
        self.open_backup.setToolTip(_t("Use the chosen backup; the current file is renamed "
                                       "beside it, nothing is deleted"))
        self.open_backup.setEnabled(bool(event.backups))
        self.open_backup.setVisible(event.kind not in FIX_FIRST)  # restoring writes too
        self.open_backup.clicked.connect(lambda: self._choose(RESTORE))
        self.start_fresh = QPushButton(_t("Start fresh (move the old file aside)"))
        self.start_fresh.setObjectName("start-fresh")
        self.start_fresh.setToolTip(_t("Rename the file beside itself and start a new, empty "
                                       "database"))
        self.start_fresh.clicked.connect(lambda: self._choose(FRESH))
        # A new file cannot be written where the old one cannot: fix the folder or the disk.
        self.start_fresh.setVisible(event.kind not in FIX_FIRST)
        self.try_again = QPushButton(_t("Try again"))
        self.try_again.setObjectName("try-again")
        self.try_again.setToolTip(_t("Open the same file again (after closing the other "
                                     "program, freeing space or making the folder "
                                     "writable)"))
        self.try_again.setVisible(event.kind in ("locked", *FIX_FIRST))
        self.try_again.clicked.connect(lambda: self._choose(RETRY))
        self.quit = QPushButton(_t("Quit"))
        self.quit.setObjectName("quit")
        self.quit.setToolTip(_t("Close Pregão and leave the file as it is"))
        self.quit.clicked.connect(lambda: self._choose(QUIT))

        buttons = QHBoxLayout()
        for button in (self.open_backup, self.start_fresh, self.try_again):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(backups_label)
        layout.addWidget(self.backups)
        self.backups.setVisible(bool(event.backups))
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def _choose(self, action: str) -> None:
        if action == RESTORE:
            item = self.backups.currentItem()
            if item is None:
                return
            self.backup = item.data(Qt.ItemDataRole.UserRole)
        self.action = action
        self.accept()


class DatabaseRecovery(QObject):
    """Turns the engine's DatabaseProblemEvent into the dialog and the choice into
    `client.database_recover`. `quit` closes the application."""

    recovered = Signal()  # the accounts are back (a new, restored or unlocked database)

    def __init__(self, ctx: AppContext, parent: QWidget, quit: Callable[[], object]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._window = parent
        self._quit = quit
        self.dialog: DatabaseRecoveryDialog | None = None
        self._unsubscribe = ctx.bridge.subscribe(DatabaseProblemEvent, self._on_problem)
        self.destroyed.connect(lambda: self._unsubscribe())

    def _on_problem(self, event: DatabaseProblemEvent) -> None:
        if self.dialog is not None:  # still open: the newer problem replaces it
            old, self.dialog = self.dialog, None
            old.finished.disconnect(self._chosen)
            old.close()
            old.deleteLater()
        self.dialog = DatabaseRecoveryDialog(event, self._window)
        self.dialog.finished.connect(self._chosen)
        self.dialog.open()  # window-modal: the chart and market data stay live behind it

    def _chosen(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.action == QUIT:
            self._quit()
            return
        if not dialog.action:
            return
        self.ctx.spawn(self._recover(dialog.action, dialog.backup), _t("Database"))

    async def _recover(self, action: str, backup: str) -> None:
        try:
            await self.ctx.client.database_recover(action, backup)
        except DatabaseProblem:
            return  # still there: its event has brought the dialog back
        except PregaoError as exc:
            self.ctx.statusMessage.emit(tr_message(exc), 0)
            return
        self.ctx.statusMessage.emit(_t("The database is open again."), 5000)
        self.recovered.emit()
