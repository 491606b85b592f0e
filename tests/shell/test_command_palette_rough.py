"""The command palette matches names in the UI language and in English, and asks before a
partial match runs a command that trades or changes the layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.package_data import translations_dir
from desktop.shell import i18n
from desktop.shell.actions import ActionRegistry
from desktop.shell.command_palette import CommandPalette


def test_palette_ranks_both_languages_and_asks_before_a_guessed_trade(qapp, qtbot, tmp_path):
    translator = i18n._SourceRecordingTranslator(qapp)
    assert translator.load(str(translations_dir() / "pregao_pt_BR.qm"))
    qapp.installTranslator(translator)
    i18n._recorder = translator
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        registry = ActionRegistry(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                                  parent)
        ran: list[str] = []
        for command_id, context, label, menu in (
                ("view.new_chart", "MainWindow", "New chart", "view"),
                ("trade.buy_market", "OrderEntry", "Buy at market", "trade"),
                ("workspace.reset", "MainWindow", "Reset to default layout", "workspace")):
            registry.register(command_id, QCoreApplication.translate(context, label),
                              lambda c=command_id: ran.append(c), menu=menu)
        assert registry.command("view.new_chart").label == "Novo gráfico"
        palette = CommandPalette(registry, parent)

        def top(query: str) -> str:
            palette.query.setText(query)
            return palette.results.currentItem().data(Qt.ItemDataRole.UserRole)

        assert top("novo graf") == "view.new_chart"  # the UI language
        assert top("new chart") == "view.new_chart"  # English
        assert top("buy mark") == "trade.buy_market"
        # A partial match of a trade asks; No runs nothing, Yes runs it.
        for answer, runs in ((QMessageBox.StandardButton.No, []),
                             (QMessageBox.StandardButton.Yes, ["trade.buy_market"])):
            palette.open()
            assert top("buy mark") == "trade.buy_market"
            QTest.keyClick(palette.query, Qt.Key.Key_Return)
            box = palette.confirmation
            assert box is not None and ran == []
            box.button(answer).click()
            assert ran == runs
            ran.clear()
        # The whole name, in either language, runs at once; so does a harmless command.
        for query, command_id in (("Comprar a mercado", "trade.buy_market"),
                                  ("buy at market", "trade.buy_market"),
                                  ("novo gr", "view.new_chart")):
            palette.open()
            assert top(query) == command_id
            QTest.keyClick(palette.query, Qt.Key.Key_Return)
            assert palette.confirmation is None and ran == [command_id]
            ran.clear()
        palette.open()
        assert top("reset") == "workspace.reset"
        QTest.keyClick(palette.query, Qt.Key.Key_Return)
        assert palette.confirmation is not None and ran == []
        palette.confirmation.button(QMessageBox.StandardButton.No).click()
    finally:
        qapp.removeTranslator(translator)
        i18n._recorder = None
