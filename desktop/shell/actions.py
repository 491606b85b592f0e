"""The action registry: every command a user can run, in one place.

Menus, the toolbar, the command palette and the shortcut editor are all built from it, so a
command added here is reachable everywhere, with its shortcut, at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop.shell.icons import icon

SETTINGS_GROUP = "shortcuts"


@dataclass(slots=True)
class Command:
    id: str
    action: QAction
    menu: str  # id of the menu it belongs to: "file", "view", "chart", "replay", "tools", "help"
    default_shortcut: str
    toolbar: bool

    @property
    def label(self) -> str:
        return self.action.text().replace("&", "")

    @property
    def shortcut(self) -> str:
        return self.action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


class ActionRegistry(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._commands: dict[str, Command] = {}

    def register(
        self,
        command_id: str,
        label: str,
        callback: Callable[[], object] | Callable[[bool], object],
        *,
        shortcut: str = "",
        icon_name: str = "",
        tooltip: str = "",
        menu: str = "tools",
        checkable: bool = False,
        toolbar: bool = False,
    ) -> QAction:
        """Register a command. `label` and `tooltip` must already be translated."""
        if command_id in self._commands:
            raise ValueError(f"Action {command_id!r} registered twice")
        action = QAction(label, self.parent())
        action.setObjectName(command_id)
        action.setCheckable(checkable)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        bound = self._settings.value(f"{SETTINGS_GROUP}/{command_id}")
        action.setShortcut(QKeySequence(bound if bound is not None else shortcut))
        cmd = Command(command_id, action, menu, shortcut, toolbar)
        self._update_tooltip(cmd, tooltip or label)
        if checkable:
            action.toggled.connect(callback)
        else:
            action.triggered.connect(lambda _checked=False: callback())
        self._commands[command_id] = cmd
        self.changed.emit()
        return action

    def unregister(self, command_id: str) -> None:
        cmd = self._commands.pop(command_id, None)
        if cmd is not None:
            cmd.action.deleteLater()
            self.changed.emit()

    def action(self, command_id: str) -> QAction:
        return self._commands[command_id].action

    def command(self, command_id: str) -> Command:
        return self._commands[command_id]

    def commands(self) -> list[Command]:
        return list(self._commands.values())

    def trigger(self, command_id: str) -> None:
        self._commands[command_id].action.trigger()

    # -- shortcuts ---------------------------------------------------------------------------
    def conflicts(self, shortcut: str, exclude: str = "") -> list[str]:
        """Ids of the commands already bound to `shortcut` (other than `exclude`)."""
        seq = QKeySequence(shortcut)
        if seq.isEmpty():
            return []
        return [
            c.id
            for c in self._commands.values()
            if c.id != exclude and not c.action.shortcut().isEmpty() and c.action.shortcut() == seq
        ]

    def set_shortcut(self, command_id: str, shortcut: str) -> None:
        """Bind and persist. Raises ValueError naming the command that already has it."""
        clash = self.conflicts(shortcut, exclude=command_id)
        if clash:
            other = self._commands[clash[0]]
            raise ValueError(
                self.tr("{key} is already used by “{label}”").format(
                    key=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText),
                    label=other.label,
                )
            )
        cmd = self._commands[command_id]
        cmd.action.setShortcut(QKeySequence(shortcut))
        if shortcut == cmd.default_shortcut:
            self._settings.remove(f"{SETTINGS_GROUP}/{command_id}")
        else:
            self._settings.setValue(f"{SETTINGS_GROUP}/{command_id}", shortcut)
        self._update_tooltip(cmd, cmd.action.toolTip().split("  (")[0])
        self.changed.emit()

    def reset_shortcuts(self) -> None:
        self._settings.remove(SETTINGS_GROUP)
        for cmd in self._commands.values():
            cmd.action.setShortcut(QKeySequence(cmd.default_shortcut))
        self.changed.emit()

    @staticmethod
    def _update_tooltip(cmd: Command, text: str) -> None:
        key = cmd.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        cmd.action.setToolTip(f"{text}  ({key})" if key else text)
