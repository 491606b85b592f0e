"""The order entry never trades one feed's market while the chart it follows shows another's.

The demo market's accounts trade an open replay too, but a replay of a symbol the demo market
also has (BTC/USDT) leaves the account's BTC/USDT the demo market's: its orders fill at demo
prices. A trader looking at the replay's chart and clicking Buy would be filled at a price the
chart never showed. So while the followed chart shows `symbol` from the demo market or a
replay and the account's `symbol` is the other feed's, the entry says so under the button, and
refuses to send (orders, the keyboard's orders, flatten and reverse) before anything leaves.

A mixin of OrderEntryPanel: it uses the panel's account, symbol, market, the chart it follows
and `show_result`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.accounts import REPLAY_SOURCE
from widgets.order_entry.price_venues import LOCAL_FEEDS


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class ChartFeedGuard:
    """Refuses OrderEntryPanel's orders that would trade another feed than the chart's."""

    _chart_notice = ""  # the conflict sentence shown under the button, if any

    def chart_conflict(self) -> str:
        """Why the account's order in the entry's symbol would not trade the followed
        chart's market; "" when it would (or nothing says otherwise)."""
        chart, market, info = self.chart_follower.chart, self.market(), self.account()
        if chart is None or market is None or info is None or not self.loaded:
            return ""
        shown = getattr(chart, "venue", "")
        if getattr(chart, "symbol", "") != self.symbol or shown == market.venue:
            return ""
        if shown not in LOCAL_FEEDS or market.venue not in LOCAL_FEEDS:
            return ""
        if shown == REPLAY_SOURCE:
            text = _t("“{account}” prices {symbol} from the demo market, not from the replay "
                      "on the chart. To trade the replay, choose an account whose price source "
                      "is the replay (Tools › Accounts can add one).")
        else:
            text = _t("“{account}” prices {symbol} from the replay, not from the demo market "
                      "on the chart. To trade the demo market, choose an account whose price "
                      "source is the demo market, or show the replay on the chart.")
        return text.format(account=info.label, symbol=self.symbol)

    def refuse_on_chart_conflict(self) -> bool:
        """Show why and return True when an order now would trade another feed's market."""
        conflict = self.chart_conflict()
        if conflict:
            self._chart_notice = ""
            self.show_result(_t("Nothing was sent: {reason}").format(reason=conflict),
                             error=True)
        return bool(conflict)

    def show_chart_notice(self) -> None:
        """Warn under the button while the chart and the account's market differ; take the
        warning away (and only it) when they agree again."""
        conflict = self.chart_conflict()
        if conflict:
            self.show_result(conflict, error=True)
        elif self._chart_notice and self.result.text() == self._chart_notice:
            self.show_result("")
        self._chart_notice = conflict
