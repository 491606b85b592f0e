"""Settings: appearance and language, the shortcut editor, and the pages command installers
add (the risk limits)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.actions import ActionRegistry
from desktop.shell.i18n import LANGUAGES
from desktop.shell.shortcut_editor import ShortcutEditor

#: Ask before an order from the order entry or the keyboard goes out (one-click mode skips it).
CONFIRM_LIVE_KEY = "trading/confirm_live"  # default on
CONFIRM_PAPER_KEY = "trading/confirm_paper"  # default off


class SettingsDialog(QDialog):
    def __init__(
        self,
        actions: ActionRegistry,
        settings: QSettings,
        parent: QWidget | None = None,
        pages: Sequence[tuple[str, Callable[[QWidget], QWidget]]] = (),
        log_path: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.tabs = tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.value("ui/theme", "dark"))))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name or self.tr("System default"), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("ui/language", "")))
        )
        note = QLabel(self.tr("A new language applies the next time Pregão starts."))
        note.setProperty("role", "muted")
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", note)
        self.confirm_live = QCheckBox(self.tr("Confirm orders on live accounts"))
        self.confirm_live.setChecked(settings.value(CONFIRM_LIVE_KEY, True, type=bool))
        self.confirm_paper = QCheckBox(self.tr("Confirm orders on paper accounts"))
        self.confirm_paper.setChecked(settings.value(CONFIRM_PAPER_KEY, False, type=bool))
        form.addRow(self.tr("Trading"), self.confirm_live)
        form.addRow("", self.confirm_paper)
        # Where a bug report's details are: every log line and error, secrets masked.
        self.log_file = QLabel(log_path or self.tr("No log file"))
        self.log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_file.setWordWrap(True)
        form.addRow(self.tr("Log file"), self.log_file)
        self.confirm_live.toggled.connect(lambda on: settings.setValue(CONFIRM_LIVE_KEY, on))
        self.confirm_paper.toggled.connect(lambda on: settings.setValue(CONFIRM_PAPER_KEY, on))
        self.shortcuts = ShortcutEditor(actions)
        tabs.addTab(general, self.tr("General"))
        tabs.addTab(self.shortcuts, self.tr("Keyboard shortcuts"))
        for title, make in pages:
            tabs.addTab(make(self), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(
            lambda _i: settings.setValue("ui/language", self.language.currentData())
        )
        self.resize(640, 520)
