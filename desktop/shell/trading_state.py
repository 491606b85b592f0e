"""How an account's trading state reads on screen (status bar, order entry, risk settings):
a translated word, a colour, and the sentence with the time it resumes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.core import RiskStatus, TradingState
from desktop.shell.messages import tr_message

STATE_COLOURS = {
    TradingState.ACTIVE: "#26a69a",
    TradingState.REDUCING: "#f0b429",
    TradingState.HALTED: "#ef5350",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("TradingState", text)


def state_word(state: TradingState) -> str:
    return {
        TradingState.ACTIVE: _t("Trading active"),
        TradingState.REDUCING: _t("Reduce only"),
        TradingState.HALTED: _t("Trading halted"),
    }[TradingState(state)]


def resume_text(status: RiskStatus, now_ms: int | None = None) -> str:
    """"until 00:00 UTC", "until 2026-12-07 14:05 UTC", or "until you resume it"."""
    if status.resumes_at_ms is None:
        return _t("until you resume it")
    at = datetime.fromtimestamp(status.resumes_at_ms / 1000, UTC)
    now = datetime.now(UTC) if now_ms is None else datetime.fromtimestamp(now_ms / 1000, UTC)
    if (at - now).total_seconds() < 86_400:
        return _t("until {0} UTC").format(f"{at:%H:%M}")
    return _t("until {0} UTC").format(f"{at:%Y-%m-%d %H:%M}")


def state_sentence(status: RiskStatus, account: str = "") -> str:
    """"Trading halted on “Main” until 00:00 UTC: Daily loss limit reached: …"."""
    where = _t(" on “{0}”").format(account) if account else ""
    if status.state is TradingState.ACTIVE:
        return f"{state_word(status.state)}{where}"
    reason = f": {tr_message(status.reason)}" if status.reason else ""
    return f"{state_word(status.state)}{where} {resume_text(status)}{reason}"
