"""Folding a burst into one message, in the words of DeliveryTexts (desktop.core.alert_delivery:
English there; the window hands the engine its translated set at start)."""

from __future__ import annotations

from desktop.core.alert_delivery import DeliveryTexts

__all__ = ["DeliveryTexts", "fold"]


def fold(texts: DeliveryTexts, head: tuple[str, str], rest: list[tuple[str, str]],
         listed: int = 10) -> tuple[str, str]:
    """One message for a burst: the first alert in full, then "…and N more alerts:" with the
    titles of the others (the first `listed` of them)."""
    title, body = head
    if not rest:
        return title, body
    lines = [body, "", texts.more_alerts.format(count=len(rest))]
    lines += [f"• {t}" for t, _ in rest[:listed]]
    if len(rest) > listed:
        lines.append("…")
    return title, "\n".join(lines).strip()
