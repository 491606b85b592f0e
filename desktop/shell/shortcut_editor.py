"""Rebind any action's shortcut; conflicts are named next to the key being edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.actions import ActionRegistry


class ShortcutEditor(QWidget):
    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter commands…"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Key names are long in some languages ("Control+Mayúsculas+…"): fit them.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.key_edit = QKeySequenceEdit()
        self.key_edit.setMaximumSequenceLength(1)
        self.assign = QPushButton(self.tr("Assign"))
        self.clear = QPushButton(self.tr("Clear"))
        self.reset_all = QPushButton(self.tr("Reset all to defaults"))
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New shortcut:")))
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.assign)
        row.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.reset_all, 0, Qt.AlignmentFlag.AlignRight)
        self.filter.textChanged.connect(self._apply_filter)
        self.assign.clicked.connect(self._assign)
        self.clear.clicked.connect(lambda: self.bind(self.selected_id(), ""))
        self.reset_all.clicked.connect(self._reset_all)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.key_edit.keySequenceChanged.connect(lambda _seq: self._check_conflict())
        self._populate()

    def _populate(self) -> None:
        cmds = sorted(self._actions.commands(), key=lambda c: c.label.casefold())
        self.table.setRowCount(len(cmds))
        for row, cmd in enumerate(cmds):
            name = QTableWidgetItem(cmd.action.icon(), cmd.label)
            name.setData(Qt.ItemDataRole.UserRole, cmd.id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._native(cmd.shortcut)))

    @staticmethod
    def _native(portable: str) -> str:
        return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)

    def selected_id(self) -> str:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def select(self, command_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == command_id:
                self.table.setCurrentCell(row, 0)
                return

    def bind(self, command_id: str, shortcut: str) -> bool:
        """Bind `shortcut` to the command; on a conflict show why and change nothing."""
        if not command_id:
            return False
        try:
            self._actions.set_shortcut(command_id, shortcut)
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        self._populate()
        self.select(command_id)
        return True

    def _assign(self) -> None:
        seq = self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        self.bind(self.selected_id(), seq)

    def _check_conflict(self) -> None:
        seq = self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        clash = self._actions.conflicts(seq, exclude=self.selected_id())
        if clash:
            label = self._actions.command(clash[0]).label
            self.message.setText(self.tr("Already used by “{0}”").format(label))
        else:
            self.message.clear()

    def _show_current(self) -> None:
        command_id = self.selected_id()
        if command_id:
            self.key_edit.setKeySequence(QKeySequence(self._actions.command(command_id).shortcut))
        self.message.clear()

    def _reset_all(self) -> None:
        self._actions.reset_shortcuts()
        self._populate()

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.table.rowCount()):
            label = self.table.item(row, 0).text().casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in label)
