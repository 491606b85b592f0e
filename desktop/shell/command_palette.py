"""Ctrl+K: fuzzy search over every registered action, by its name in the UI language and in
English; Enter runs the selected one. A command that trades or changes the layout runs from
a partial match only after the trader confirms it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.actions import ActionRegistry, Command
from desktop.shell.i18n import english_text

SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 1


class _ShortcutDelegate(QStyledItemDelegate):
    """Draws the command's label as usual and its shortcut right-aligned in a muted colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        key = index.data(SHORTCUT_ROLE)
        if not key:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText() if selected else option.palette.placeholderText()
        painter.setPen(colour.color())
        rect = option.rect.adjusted(0, 0, -10, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), key)
        painter.restore()


def _t(text: str) -> str:
    return QCoreApplication.translate("CommandPalette", text)


def command_score(query: str, cmd: Command) -> float | None:
    """The better of the matches on the label as shown and on its English name."""
    scores = [s for s in (fuzzy_score(query, cmd.label),
                          fuzzy_score(query, english_text(cmd.label))) if s is not None]
    return max(scores) if scores else None


def is_consequential(cmd: Command) -> bool:
    """Trades (the Trade menu) and layout changes (workspaces) are not run on a guess."""
    return cmd.menu == "trade" or cmd.id.startswith("workspace.")


def typed_in_full(query: str, cmd: Command) -> bool:
    q = " ".join(_folded(query.replace("…", "")).split())
    return bool(q) and q in {" ".join(_folded(name.replace("…", "")).split())
                             for name in (cmd.label, english_text(cmd.label))}


def _folded(text: str) -> str:
    """Case and accents set aside: "grafico" finds "Gráfico"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fuzzy_score(query: str, text: str) -> float | None:
    """Score `text` for `query` typed as a subsequence; None when it does not match.

    Consecutive matches and matches at word starts score higher, so "nc" ranks "New Chart"
    above "Cancel"."""
    q = _folded(query).strip()
    t = _folded(text)
    if not q:
        return 0.0
    score, pos, prev = 0.0, 0, -2
    for ch in q:
        if ch == " ":
            continue
        found = t.find(ch, pos)
        if found < 0:
            return None
        bonus = 1.0
        if found == prev + 1:
            bonus += 2.0
        if found == 0 or not t[found - 1].isalnum():
            bonus += 3.0
        score += bonus - 0.01 * (found - pos)
        prev, pos = found, found + 1
    return score - 0.001 * len(t)


class CommandPalette(QDialog):
    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self._actions = actions
        self.confirmation: QMessageBox | None = None  # open while a partial match is asked
        self.setWindowTitle(self.tr("Command palette"))
        frame = QFrame(self)
        frame.setObjectName("CommandPalette")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a command…"))
        self.results = QListWidget()
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(_ShortcutDelegate(self.results))
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.query.textChanged.connect(self._refresh)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._run_item)
        self.resize(560, 380)

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.query.clear()
        self._refresh("")
        self.show()
        self.query.setFocus()

    def _refresh(self, text: str) -> None:
        ranked: list[tuple[float, Command]] = []
        for cmd in self._actions.commands():
            if not cmd.action.isEnabled():
                continue
            score = command_score(text, cmd)
            if score is not None:
                ranked.append((score, cmd))
        ranked.sort(key=lambda sc: (-sc[0], sc[1].label.casefold()))
        self.results.clear()
        for _, cmd in ranked:
            key = cmd.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QListWidgetItem(cmd.action.icon(), cmd.label)
            item.setData(Qt.ItemDataRole.UserRole, cmd.id)
            item.setData(SHORTCUT_ROLE, key)
            item.setToolTip(cmd.action.toolTip())
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            row = self.results.currentRow()
            if key == Qt.Key.Key_Down:
                self.results.setCurrentRow(min(row + 1, self.results.count() - 1))
                return True
            if key == Qt.Key.Key_Up:
                self.results.setCurrentRow(max(row - 1, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._run_item(item)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def _run_item(self, item: QListWidgetItem) -> None:
        command_id = item.data(Qt.ItemDataRole.UserRole)
        cmd = self._actions.command(command_id)
        query = self.query.text()
        self.close()
        if not is_consequential(cmd) or typed_in_full(query, cmd):
            self._actions.trigger(command_id)
            return
        box = QMessageBox(QMessageBox.Icon.Question, _t("Run this command?"),
                          _t("“{typed}” matched “{command}”. Run it?").format(
                              typed=query.strip(), command=cmd.label),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.parentWidget())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: button is yes and self._actions.trigger(command_id))
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
