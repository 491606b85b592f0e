"""The Accounts dialog and its form mark each order type native or emulated, and a paper
account's form offers its price sources."""

from __future__ import annotations

from PySide6.QtCore import Qt

from widgets.accounts_dialog import AccountsDialog

TIMEOUT_MS = 15_000


def test_order_types_are_marked_native_or_emulated_and_paper_picks_a_price_source(
        qtbot, window, runtime):
    window.actions.trigger("accounts.open")
    d = window.findChild(AccountsDialog)
    assert d is not None
    qtbot.waitUntil(lambda: d.loaded, timeout=TIMEOUT_MS)
    d.select("Paper")
    qtbot.waitUntil(lambda: "OCO (emulated)" in d.order_types.text(), timeout=TIMEOUT_MS)
    assert "Limit (native)" in d.order_types.text()

    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    form = d.form
    assert form is not None
    qtbot.waitUntil(lambda: form.price_source.count() > 2, timeout=TIMEOUT_MS)
    assert form.price_source.isEnabled()  # paper is chosen first
    sources = [form.price_source.itemData(i) for i in range(form.price_source.count())]
    assert sources[:2] == ["demo", "replay"] and "public:binance" in sources
    assert form.price_source.currentData() == "demo"
    form.price_source.setCurrentIndex(sources.index("public:binance"))
    assert form.draft().price_source == "public:binance"

    assert form.select_exchange("binance")
    assert not form.price_source.isEnabled() and form.draft().price_source == ""
    qtbot.waitUntil(lambda: "Stop market (native)" in form.order_types.text(),
                    timeout=TIMEOUT_MS)
    for emulated in ("OCO", "Trailing stop", "Bracket"):
        assert f"{emulated} (emulated)" in form.order_types.text()
    form.reject()
