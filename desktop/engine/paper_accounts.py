"""Paper accounts: their database row and the paper venue an account opens on its price source.

`PaperVenues` is a part of AccountService (desktop/engine/accounts.py), kept here so the
service's file holds the accounts' lifecycle and this one what is special about paper.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    Event,
    Market,
    PregaoError,
    Tick,
    TickEvent,
)
from desktop.core.accounts import (
    ACCOUNT_SOURCE_PREFIX,
    DEMO_SOURCE,
    PAPER_EXCHANGE,
    PUBLIC_SOURCE_PREFIX,
    REPLAY_SOURCE,
    AccountsChanged,
    PriceSourceInfo,
)
from desktop.core.messages import marker
from desktop.secrets import Credentials
from desktop.storage import Account
from desktop.venues.base import Venue

_t = marker("Accounts")

if TYPE_CHECKING:
    from desktop.engine.bus import EventBus

PAPER_QUOTE = "USDT"  # of accounts made before starting balances in any currencies
PAPER_BALANCE = 10_000.0
#: What a new paper account starts from unless the trader types other balances.
DEFAULT_STARTING_BALANCES: tuple[tuple[str, float], ...] = ((PAPER_QUOTE, PAPER_BALANCE),)
# Exchanges whose public prices a paper account can use without keys (besides the exchanges
# of the user's own accounts).
PUBLIC_PRICE_EXCHANGES = ("binance", "bybit", "coinbase", "kraken", "okx")


def paper_row(label: str, account_id: str = "", price_source: str = DEMO_SOURCE,
              starting: Iterable[tuple[str, float]] = DEFAULT_STARTING_BALANCES) -> Account:
    return Account(id=account_id or uuid.uuid4().hex, exchange=PAPER_EXCHANGE, label=label,
                   sandbox=False, key_hint="", is_paper=True,
                   paper_balances=balances_json(starting), price_source=price_source)


def balances_json(pairs: Iterable[tuple[str, float]]) -> str:
    return json.dumps({currency: float(amount) for currency, amount in pairs})


def starting_balances(row: Account) -> tuple[tuple[str, float], ...]:
    """A paper account's starting balances; an account made before they could be several
    currencies started from `paper_balance` of `paper_quote`."""
    if row.paper_balances:
        return tuple((str(c), float(a)) for c, a in json.loads(row.paper_balances).items())
    balance = PAPER_BALANCE if row.paper_balance is None else row.paper_balance
    return ((row.paper_quote or PAPER_QUOTE, balance),)


class PaperVenues:
    """Opens paper venues for AccountService, whose state and methods it uses."""

    bus: EventBus
    _markets: Callable[[], list[Market]]
    _last_tick: Callable[[str, str], Tick | None]
    _venues: dict[str, Venue]
    _unsubscribe: dict[str, Callable[[], None]]
    _fed_by: dict[str, str]
    _keepers: dict[str, tuple]

    # and, from AccountService: wait_ready(), accounts(), exchanges(), _database(),
    # _connect(), _ccxt_venue().

    async def _open_paper(self, row: Account) -> Venue:
        """A paper venue on the account's price source: a feed on the bus (demo, replay) or
        a live venue's public data (followed symbol by symbol, see paper_sources.py). A
        restarted account holds what its journaled fills left (paper_restore.py), its
        perpetual positions booked again by the venue itself."""
        from desktop.engine.paper_restore import balances_after_fills
        from desktop.storage.journal import Journal

        source = row.price_source or DEMO_SOURCE
        fills = Journal(self._database()).fills(row.id, since_ms=0, limit=10_000_000)
        venue = await self._open_paper_venue(
            row, source, balances_after_fills(dict(starting_balances(row)), fills))
        venue.engine.restore_positions(fills)
        return venue

    async def _open_paper_venue(self, row: Account, source: str,
                                holdings: dict[str, float]) -> Venue:
        from desktop.venues.paper import PaperConfig, PaperVenue

        if source in (DEMO_SOURCE, REPLAY_SOURCE):
            markets = [m for m in self._markets() if m.venue == source]
            if not markets:
                raise PregaoError(
                    "The demo market is not running, so the paper account has no prices."
                    if source == DEMO_SOURCE else
                    "No replay is open: open a candle file in the replay panel, or give the "
                    "paper account another price source.")
            config = PaperConfig(venue=row.label, account=row.id, price_source=source)
            venue = PaperVenue(markets, holdings, self.bus.publish, config)
            sink = venue.on_market_event
            self._prime(venue, markets)
            if source == DEMO_SOURCE:
                # The demo market's accounts trade an open replay too (the first-launch
                # account included): its markets now, and those of each replay opened later.
                self._prime(venue, venue.follow_feed(
                    [m for m in self._markets() if m.venue == REPLAY_SOURCE], REPLAY_SOURCE))
                sink = partial(self._demo_account_event, row.id, venue)
            self._unsubscribe[row.id] = self.bus.add_sink(sink)
            return venue
        return await self._open_live_fed_paper(row, source, holdings)

    def _demo_account_event(self, account_id: str, venue, event: Event) -> None:
        if (isinstance(event, ConnectionEvent) and event.venue == REPLAY_SOURCE
                and event.state is ConnectionState.CONNECTED):
            taken = venue.follow_feed([m for m in self._markets() if m.venue == REPLAY_SOURCE],
                                      REPLAY_SOURCE)
            if taken:
                self._prime(venue, taken)
                self.bus.publish(AccountsChanged(account_id))  # its list of markets grew
            return
        venue.on_market_event(event)

    def _prime(self, venue, markets: Iterable[Market]) -> None:
        """Give `venue` the newest tick of each of `markets` from its feed: a paper account
        opened on a running feed (a replay ticks every few seconds) has prices at once."""
        for market in markets:
            try:
                tick = self._last_tick(market.venue, market.symbol)
            except PregaoError:
                continue  # that feed has closed meanwhile
            if tick is not None:
                venue.on_market_event(TickEvent(tick))

    def _keep_paper_orders(self, account_id: str, venue) -> None:
        """The paper orders open at the last stop go back into the fresh venue (before the
        order manager reconciles), and are kept in the database from now on."""
        from desktop.engine.paper_keeper import PaperKeeper
        from desktop.storage.journal import Journal
        from desktop.storage.working_orders import PAPER, WorkingOrderStore

        journal = Journal(self._database())
        keeper = PaperKeeper(venue, WorkingOrderStore(self._database(), account_id, PAPER),
                             self.bus.publish)
        keeper.restore([o.id for o in journal.orders(account_id, limit=10_000_000)],
                       [f.id for f in journal.fills(account_id, since_ms=0, limit=10_000_000)])
        keeper.start()
        self._keepers[account_id] = (keeper, self.bus.add_sink(keeper.on_event))



    async def _open_live_fed_paper(self, row: Account, source: str,
                                   balances: dict[str, float]) -> Venue:
        from desktop.engine.paper_sources import LiveFedPaperVenue
        from desktop.venues.paper import PaperConfig

        close_source = None
        if source.startswith(ACCOUNT_SOURCE_PREFIX):
            source_id = source.removeprefix(ACCOUNT_SOURCE_PREFIX)
            await self._connect(source_id)  # says why, in words, when it cannot
            prices = self._venues[source_id]
            self._fed_by[row.id] = source_id
        elif source.startswith(PUBLIC_SOURCE_PREFIX):
            exchange_id = source.removeprefix(PUBLIC_SOURCE_PREFIX)
            prices = self._ccxt_venue(exchange_id, False, Credentials(), exchange_id, "",
                                      publish=True)
            close_source = prices.close
        else:
            raise PregaoError(_t("Unknown price source {source!r} for “{label}”.",
                                 source=source, label=row.label))
        try:
            markets = await prices.load_markets()
        except BaseException:
            self._fed_by.pop(row.id, None)
            if close_source is not None:
                await close_source()
            raise
        config = PaperConfig(venue=row.label, account=row.id, price_source=prices.name)
        return LiveFedPaperVenue(markets, balances, self.bus.publish, config, source=prices,
                                 close_source=close_source)

    async def price_sources(self) -> list[PriceSourceInfo]:
        """What a paper account can take its prices from."""
        await self.wait_ready()
        markets = {m.venue for m in self._markets()}
        sources = [PriceSourceInfo(DEMO_SOURCE, DEMO_SOURCE, DEMO_SOURCE in markets),
                   PriceSourceInfo(REPLAY_SOURCE, REPLAY_SOURCE, REPLAY_SOURCE in markets)]
        infos = [a for a in await self.accounts() if not a.is_paper]
        sources += [PriceSourceInfo(f"{ACCOUNT_SOURCE_PREFIX}{a.id}", a.label) for a in infos]
        catalog = {e.id: e.name for e in await self.exchanges()}
        for exchange_id in sorted({*PUBLIC_PRICE_EXCHANGES, *(a.exchange for a in infos)}):
            if exchange_id in catalog:
                sources.append(PriceSourceInfo(f"{PUBLIC_SOURCE_PREFIX}{exchange_id}",
                                               catalog[exchange_id]))
        return sources
