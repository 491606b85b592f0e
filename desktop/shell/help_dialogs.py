"""Help → keyboard cheat sheet (generated from the action registry) and About (versions)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.actions import ActionRegistry
from desktop.shell.icons import app_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


def cheat_sheet_rows(actions: ActionRegistry,
                     titles: dict[str, str]) -> list[tuple[str, str, str]]:
    """(section, command, key) for every command that has a key, sections titled and ordered
    like the menus (`titles`: menu id -> title, in menu order; unknown ids go to "tools");
    keys as this platform writes them. Rebinding a key changes the sheet at once."""
    order = list(titles)
    rows = []
    for cmd in actions.commands():
        seq = cmd.action.shortcut()
        if seq.isEmpty():
            continue
        section = titles.get(cmd.menu, titles["tools"])
        rank = order.index(cmd.menu) if cmd.menu in order else order.index("tools")
        rows.append((rank, section, cmd.label,
                     seq.toString(QKeySequence.SequenceFormat.NativeText)))
    rows.sort(key=lambda r: (r[0], r[2].casefold()))
    return [(section, label, key) for _rank, section, label, key in rows]


class CheatSheet(QDialog):
    def __init__(self, actions: ActionRegistry, titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheatSheet")
        self.setWindowTitle(_t("Keyboard cheat sheet"))
        rows = cheat_sheet_rows(actions, titles)
        self.table = table = QTableWidget(0, 2, self)
        table.setHorizontalHeaderLabels([_t("Command"), _t("Keys")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setShowGrid(False)
        section = None
        for sec, label, key in rows:
            if sec != section:  # a heading row spanning both columns
                section = sec
                r = table.rowCount()
                table.insertRow(r)
                head = QTableWidgetItem(sec)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                table.setItem(r, 0, head)
                table.setSpan(r, 0, 1, 2)
            r = table.rowCount()
            table.insertRow(r)
            table.setItem(r, 0, QTableWidgetItem(label))
            keys = QTableWidgetItem(key)
            keys.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 1, keys)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(_t("Change any key in Settings › Keyboard shortcuts."))
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumSize(480, 480)
        self.resize(560, 680)


def _installed(name: str) -> str:
    # Read from the package metadata: importing ccxt on the UI thread would cost a second.
    # importlib.metadata itself (email, zipfile, ...) loads when About opens, not at start.
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(name)
    except PackageNotFoundError:
        return _t("not installed")


def versions() -> list[tuple[str, str]]:
    return [
        ("Pregão", _installed("pregao")),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", platform.python_version()),
        ("ccxt", _installed("ccxt")),
    ]


class AboutDialog(QDialog):
    def __init__(self, data_dir: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_t("About Pregão"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel("<b>Pregão</b>")
        title.setStyleSheet("font-size: 18px;")
        blurb = QLabel(_t("A trading terminal for crypto markets: charts, order entry, paper "
                          "trading and backtests."))
        blurb.setWordWrap(True)
        form = QFormLayout()
        self.version_labels: dict[str, QLabel] = {}
        for name, value in versions():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.version_labels[name] = label
            form.addRow(name, label)
        for caption, path in ((_t("Data folder"), data_dir), (_t("Log file"), log_file)):
            label = QLabel(path or _t("none"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 0)
