"""Our own trades, page after page. No ccxt import: the venue hands over one page's request.

Where the exchange pages trades by id (Binance's `fromId`: that trade and later ones), the next
page starts after the last id seen, so a page of trades that all share one millisecond cannot
stall the walk; elsewhere by time, from the last timestamp seen (trades seen twice are dropped).
Without a start the walk begins at the first trade (`fromId` 0), not at the most recent page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from desktop.core import Fill

MAX_PAGES = 10_000  # a bound on the walk, far above any real history
Page = Callable[[int | None, int | None, dict], Awaitable[list[dict]]]  # since, limit, params


async def my_trades_pages(page: Page, to_fill: Callable[[dict], Fill], limit: int | None,
                          by_id: bool, since_ms: int | None) -> list[Fill]:
    since = since_ms
    params: dict = {"fromId": 0} if since is None and by_id else {}
    found: dict[str, Fill] = {}
    for _ in range(MAX_PAGES):
        raws = await page(since, limit, dict(params))
        fresh = [to_fill(raw) for raw in raws if str(raw.get("id")) not in found]
        found.update((f.id, f) for f in fresh)
        if not fresh or (limit is not None and len(raws) < limit):
            break
        if by_id:
            since, params = None, {"fromId": max(int(raw["id"]) for raw in raws) + 1}
        else:
            since = max(int(raw["timestamp"]) for raw in raws)
    return list(found.values())
