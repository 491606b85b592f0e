"""The order entry's line about its account's trading state: hidden while trading is active;
amber for reduce-only, red for halted, with the reason and when it resumes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core import RiskStatus, TradingState
from desktop.shell.trading_state import STATE_COLOURS, state_sentence

_STYLE = "background: {0}; color: #1d2433; font-weight: 600; padding: 5px 8px; " \
         "border-radius: 3px;"


class TradingStateBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tradingStateBanner")
        self.setWordWrap(True)
        self.status: RiskStatus | None = None
        self.hide()

    def show_status(self, status: RiskStatus | None) -> None:
        self.status = status
        if status is None or status.state is TradingState.ACTIVE:
            self.hide()
            return
        self.setStyleSheet(_STYLE.format(STATE_COLOURS[status.state]))
        self.setText(state_sentence(status))
        self.show()
