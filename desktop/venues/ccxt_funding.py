"""The funding a live perpetual position has paid, which Binance's position (positionRisk)
does not carry: the FUNDING_FEE rows of the account's income history (GET /fapi/v1/income,
ccxt's `fetch_funding_history`) since the position was opened.

When was it opened? The exchange's own fills say so exactly: walking the account's fills of
the symbol, the position opened at the last fill that left it flat before (or flipped its
side). That time is kept per symbol with the amount it was found for, so it is looked up
again only when the amount changed, and then only from the fills since the previous opening
(the position was flat just before it, so the walk from there is exact). positionRisk's
`updateTime` is not used: it moves at every fill, and funding paid before an addition to the
position would be lost. When the fills do not add up to the exchange's amount (history older
than the exchange keeps), the opening is unknown and so is the funding: None.

Sign: as the paper venue's (desktop.accounting.funding_payment): > 0 paid, < 0 received.
Binance's income is the account's view (< 0 when it paid), hence the minus.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable

from desktop.core import Fill, Side

INCOME_PAGE = 1000  # Binance's largest page of /fapi/v1/income


def opening_ms(fills: list[Fill], amount: float, tolerance: float) -> int | None:
    """When the position of `amount` that `fills` (oldest first, starting flat) built was
    opened; None when they do not add up to `amount`."""
    held, opened = 0.0, None
    for fill in fills:
        before = held
        held += fill.amount if fill.side is Side.BUY else -fill.amount
        if abs(before) <= tolerance or before * held < 0:
            opened = fill.ts
        if abs(held) <= tolerance:
            opened = None
    if opened is None or not math.isclose(held, amount, rel_tol=1e-9, abs_tol=tolerance):
        return None
    return opened


async def funding_paid_since(fetch_page: Callable[[int, int], Awaitable[list[dict]]],
                             since_ms: int) -> float:
    """The FUNDING_FEE incomes of one symbol from `since_ms` on, page after page (oldest
    first; each next page starts at the last row's time, rows already counted are skipped by
    their transaction id), as funding paid (> 0 paid)."""
    incomes: dict[str, float] = {}
    start = since_ms
    while True:
        page = await fetch_page(start, INCOME_PAGE)
        new = [row for row in page if str(row["id"]) not in incomes]
        for row in new:
            incomes[str(row["id"])] = float(row["amount"])
        if len(page) < INCOME_PAGE or not new:
            break
        start = max(int(row["timestamp"]) for row in page)
    return -math.fsum(incomes.values())
