"""Trading accounts on the engine thread: the database rows, their keys, their open venues.

The engine thread is the only database writer, so every method here runs on the engine loop.
Keyring calls block on D-Bus (and may wait for an unlock prompt): they run in a worker thread.
A secret goes from the form straight into the keyring and from the keyring into a venue; the
database keeps only the masked key hint.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import select

from desktop.core import (
    Balance,
    ConnectionEvent,
    ConnectionState,
    Event,
    Market,
    OrderType,
    PregaoError,
    Tick,
)
from desktop.core.accounts import (
    DEMO_SOURCE,
    PAPER_EXCHANGE,
    AccountDraft,
    AccountInfo,
    AccountsChanged,
    ExchangeInfo,
    OrderTypeSupport,
    SecretStoreUnavailable,
    key_hint,
)
from desktop.core.errors import DatabaseProblem
from desktop.core.events import DatabaseProblemEvent
from desktop.core.messages import marker, text_of
from desktop.engine import account_checks
from desktop.engine.account_checks import clean_draft, draft_credentials
from desktop.engine.bus import EventBus
from desktop.engine.paper_accounts import (
    DEFAULT_STARTING_BALANCES,
    PaperVenues,
    balances_json,
    paper_row,
    starting_balances,
)
from desktop.secrets import Credentials, SecretStore
from desktop.storage import Account, Database, database_url, upgrade_to_head
from desktop.storage.models import SettingRecord
from desktop.venues.base import Venue

_t = marker("Accounts")

log = logging.getLogger(__name__)

PAPER_LABEL = "Paper"
# Settings key: live accounts the user left connected, connected again at the next start.
RECONNECT_SETTING = "accounts.reconnect_on_start"
KEYRING_TIMEOUT_S = 120.0  # long enough to type a password into the keyring's unlock prompt
PAPER_INFO = ExchangeInfo(PAPER_EXCHANGE, "Paper trading (demo market)", has_sandbox=False)


class AccountListener(Protocol):
    """Called on the engine loop; `venue_event` from whichever thread the venue publishes."""

    def account_connected(self, account_id: str, venue: Venue) -> None: ...

    def account_disconnected(self, account_id: str) -> None: ...

    def venue_event(self, event: Event) -> None: ...


@dataclass(slots=True, frozen=True)
class VenueTarget:
    """What a live venue is built from. Tests point `config_for` at a local exchange."""

    exchange_id: str
    sandbox: bool
    credentials: Credentials
    name: str  # shown to the user and stamped on records: the account's label
    account: str  # the account id


def default_venue_config(target: VenueTarget):
    from desktop.venues.ccxt_venue import CcxtCredentials, CcxtVenueConfig

    creds = target.credentials
    return CcxtVenueConfig(
        exchange_id=target.exchange_id,
        credentials=CcxtCredentials(creds.api_key, creds.secret, creds.passphrase),
        sandbox=target.sandbox, name=target.name, account=target.account)


class AccountService(PaperVenues):
    def __init__(self, bus: EventBus, markets: Callable[[], list[Market]],
                 database_url: str | None = None, secrets: SecretStore | None = None,
                 last_tick: Callable[[str, str], Tick | None] | None = None) -> None:
        self.bus = bus
        self._markets = markets
        #: (feed, symbol) -> the feed's newest tick: a paper venue opened on a running feed
        #: starts from its current prices, not from the next tick (a replay's come slowly).
        self._last_tick = last_tick or (lambda _venue, _symbol: None)
        #: The database to open at start; None: $PREGAO_DATABASE_URL or the user's pregao.db.
        self.database_url = database_url
        self.secrets = secrets or SecretStore()
        #: Builds a CcxtVenueConfig for an account (replaced in tests to reach a local server).
        self.config_for: Callable[[VenueTarget], object] = default_venue_config
        self._db: Database | None = None
        self._failure = ""  # why the database could not be opened, in words
        self._venues: dict[str, Venue] = {}
        self._unsubscribe: dict[str, Callable[[], None]] = {}
        self._states: dict[str, tuple[ConnectionState, str]] = {}
        self._fed_by: dict[str, str] = {}  # paper account id -> the account pricing it
        self._keepers: dict[str, tuple] = {}  # paper account id -> (PaperKeeper, unsubscribe)
        self._ready: asyncio.Event | None = None
        #: Told when an account's venue opens and closes, and of every event a live venue
        #: publishes (the order manager: streams, reconciliation on start and reconnect).
        self.listeners: list[AccountListener] = []

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Migrate and open the database; on first launch create the paper account; connect
        every paper account (they need no keys and no network)."""
        self._ready_event()  # from now on stop() waits for this start to finish
        try:
            await self._open_database()
            await self._first_launch()
        finally:
            self._ready_event().set()  # callers get the accounts, or why there are none

    async def _open_database(self) -> None:
        url = database_url(self.database_url)
        try:
            await asyncio.to_thread(upgrade_to_head, url)
            self._db = Database(url)
        except DatabaseProblem as exc:
            # Damaged, locked or not upgradable: the UI offers the ways out (backup, fresh).
            self._failure = text_of(exc)
            self.bus.publish(DatabaseProblemEvent(exc.kind, exc.path, exc.backups, text_of(exc)))
            raise
        except Exception as exc:
            self._failure = _t("The account database could not be opened ({why}).",
                               why=text_of(exc))
            raise PregaoError(self._failure) from exc

    async def recover_database(self, action: str, backup: str = "") -> list[AccountInfo]:
        """The way out of a DatabaseProblemEvent: "retry" opens the file again, "fresh" moves
        it aside (renamed beside itself) and starts a new database, "restore" moves it aside
        and copies `backup` in. Nothing is deleted. Then the accounts start again; if the
        problem remains it is raised (and published) again."""
        from desktop.storage import health

        if action not in ("retry", "fresh", "restore"):
            raise ValueError(f"unknown database recovery {action!r}")
        await self.stop()
        path = health.sqlite_file(database_url(self.database_url))
        if action != "retry" and path is None:
            raise PregaoError(_t("Only a database file can be moved aside or restored: check "
                                 "the database setting."))
        if action == "fresh" and path is not None and path.exists():
            moved = await asyncio.to_thread(health.move_aside, path)
            log.warning("Database %s moved aside to %s; starting a new one", path, moved)
        elif action == "restore" and path is not None:
            moved = await asyncio.to_thread(health.restore_backup, backup, path)
            log.warning("Database %s restored from %s (the previous file is %s)",
                        path, backup, moved)
        self._ready = None
        self._failure = ""
        await self.start()
        return await self.accounts()

    async def _first_launch(self) -> None:
        assert self._db is not None
        with self._db.session() as session:
            if session.scalars(select(Account.id).limit(1)).first() is None:
                session.add(paper_row(PAPER_LABEL))
                log.info("First launch: created the paper account %r with %s", PAPER_LABEL,
                         ", ".join(f"{a:,.8g} {c}" for c, a in DEFAULT_STARTING_BALANCES))
            paper = session.scalars(select(Account.id).where(Account.is_paper)).all()
        for account_id in paper:
            try:
                await self._connect(account_id)
            except PregaoError as exc:
                log.error("Paper account %s did not connect: %s", account_id, exc)
        await self._reconnect_remembered()

    async def stop(self) -> None:
        if self._ready is not None:
            # A start still migrating would otherwise open the database after we closed it,
            # and leave its connections to the garbage collector of whichever thread.
            await self._ready.wait()
        for account_id in list(self._venues):
            await self.disconnect(account_id)
        if self._db is not None:
            self._db.close()
            self._db = None

    def _ready_event(self) -> asyncio.Event:
        if self._ready is None:
            self._ready = asyncio.Event()
        return self._ready

    async def wait_ready(self) -> None:
        """Until `start()` has opened the database (or failed to: then methods say why)."""
        await self._ready_event().wait()

    # -- queries -------------------------------------------------------------------------

    async def accounts(self) -> list[AccountInfo]:
        await self.wait_ready()
        with self._database().session() as session:
            rows = session.scalars(select(Account).order_by(Account.created_at)).all()
            return [self._info(row) for row in rows]

    def account(self, account_id: str) -> AccountInfo:
        with self._database().session() as session:
            return self._info(self._row(session, account_id))

    def venue(self, account_id: str) -> Venue:
        """The open venue of a connected account (orders and balances go through it)."""
        venue = self._venues.get(account_id)
        if venue is None:
            raise PregaoError(_t("The account “{label}” is not connected.",
                                 label=self.account(account_id).label))
        return venue

    async def exchanges(self) -> list[ExchangeInfo]:
        """Paper trading first, then every ccxt exchange by name."""
        from desktop.venues.ccxt_catalog import exchange_catalog

        return [PAPER_INFO, *await asyncio.to_thread(exchange_catalog)]

    # -- changes -------------------------------------------------------------------------

    async def add(self, draft: AccountDraft) -> AccountInfo:
        """Keys into the keyring first, then the row: if the keyring fails nothing is saved."""
        await self.wait_ready()
        draft = clean_draft(draft)
        info = await self._validate(draft, None)
        account_id = uuid.uuid4().hex
        if draft.exchange == PAPER_EXCHANGE:
            row = paper_row(draft.label, account_id, draft.price_source or DEMO_SOURCE,
                            draft.starting_balances or DEFAULT_STARTING_BALANCES)
        else:
            await self._keyring(self.secrets.save, account_id, draft_credentials(draft))
            row = Account(id=account_id, exchange=draft.exchange, label=draft.label,
                          sandbox=draft.sandbox and info.has_sandbox,
                          key_hint=key_hint(draft.api_key), is_paper=False)
        try:
            with self._database().session() as session:
                session.add(row)
        except Exception:
            if not row.is_paper:
                await self._keyring(self.secrets.delete, account_id)
            raise
        log.info("Added account %r (%s%s)", draft.label, draft.exchange,
                 ", sandbox" if row.sandbox else "")
        self.bus.publish(AccountsChanged(account_id))
        if row.is_paper:
            await self.connect(account_id)
        return self.account(account_id)

    async def edit(self, account_id: str, draft: AccountDraft) -> AccountInfo:
        """Change label, sandbox and (where given) credentials; a connected account is
        reconnected with the new settings."""
        await self.wait_ready()
        draft = clean_draft(draft)
        with self._database().session() as session:
            current = self._row(session, account_id)
            is_paper = current.is_paper
        if is_paper:
            draft = replace(draft, exchange=PAPER_EXCHANGE, sandbox=False)
        info = await self._validate(draft, account_id)
        was_connected = account_id in self._venues
        if was_connected:
            await self.disconnect(account_id)
        new_keys = draft_credentials(draft)
        if not is_paper and not new_keys.empty:
            stored = await self._keyring(self.secrets.load, account_id)
            merged = Credentials(new_keys.api_key or stored.api_key,
                                 new_keys.secret or stored.secret,
                                 new_keys.passphrase or stored.passphrase)
            await self._keyring(self.secrets.save, account_id, merged)
        with self._database().session() as session:
            row = self._row(session, account_id)
            row.label = draft.label
            if is_paper and draft.price_source:
                row.price_source = draft.price_source
            if is_paper and draft.starting_balances:
                row.paper_balances = balances_json(draft.starting_balances)
            if not is_paper:
                row.exchange = draft.exchange
                row.sandbox = draft.sandbox and info.has_sandbox
                if new_keys.api_key:
                    row.key_hint = key_hint(new_keys.api_key)
        log.info("Edited account %r", draft.label)
        self.bus.publish(AccountsChanged(account_id))
        if was_connected:
            await self.connect(account_id)
        return self.account(account_id)

    async def remove(self, account_id: str) -> None:
        """Delete the keyring entries, then the row. If the keyring cannot be reached the
        account stays, so its keys are never left behind unseen."""
        await self.wait_ready()
        with self._database().session() as session:
            row = self._row(session, account_id)
            label, is_paper = row.label, row.is_paper
        await self.disconnect(account_id)
        if not is_paper:
            await self._keyring(self.secrets.delete, account_id)
        with self._database().session() as session:
            session.delete(self._row(session, account_id))
        self._states.pop(account_id, None)
        log.info("Removed account %r", label)
        self.bus.publish(AccountsChanged(account_id))

    # -- venues --------------------------------------------------------------------------

    async def test(self, draft: AccountDraft, account_id: str = "") -> list[Balance]:
        """Open a venue with the draft's credentials (the stored ones where a field is empty
        and `account_id` names an account), fetch balances and close it again. Raises the
        venue's error, whose message says what the exchange objected to."""
        await self.wait_ready()
        draft = clean_draft(draft)
        info = await self._validate(draft, account_id or None, check_label=False)
        if draft.exchange == PAPER_EXCHANGE:
            starting = draft.starting_balances or DEFAULT_STARTING_BALANCES
            return [Balance(c, a, venue=draft.label) for c, a in starting]
        creds = draft_credentials(draft)
        if account_id and (not creds.api_key or not creds.secret or
                           (info.needs_passphrase and not creds.passphrase)):
            stored = await self._keyring(self.secrets.load, account_id)
            creds = Credentials(creds.api_key or stored.api_key, creds.secret or stored.secret,
                                creds.passphrase or stored.passphrase)
        venue = self._ccxt_venue(draft.exchange, draft.sandbox and info.has_sandbox, creds,
                                 draft.label or info.name, account_id, publish=False)
        try:
            return await venue.fetch_balances()
        finally:
            await venue.close()

    async def connect(self, account_id: str) -> AccountInfo:
        """Connect at the user's request; a live account connected this way is connected
        again at the next start (so its orders are reconciled there, DESIGN: "on start")."""
        await self.wait_ready()
        info = await self._connect(account_id)
        if not info.is_paper:
            self._remember_connected(account_id, True)
        return info

    async def disconnect_by_user(self, account_id: str) -> None:
        """Disconnect at the user's request: not connected again at the next start."""
        await self.wait_ready()
        self._remember_connected(account_id, False)
        await self.disconnect(account_id)

    def _remembered(self) -> list[str]:
        with self._database().session() as session:
            row = session.get(SettingRecord, RECONNECT_SETTING)
            return list(json.loads(row.value_json)) if row is not None else []

    def _remember_connected(self, account_id: str, connected: bool) -> None:
        ids = [i for i in self._remembered() if i != account_id]
        if connected:
            ids.append(account_id)
        with self._database().session() as session:
            row = session.get(SettingRecord, RECONNECT_SETTING)
            if row is None:
                session.add(SettingRecord(key=RECONNECT_SETTING, value_json=json.dumps(ids)))
            else:
                row.value_json = json.dumps(ids)

    async def _reconnect_remembered(self) -> None:
        """Live accounts the user left connected: connect them again (their keys come from
        the keyring; a failure is logged and shown on the account, nothing else stops)."""
        for account_id in self._remembered():
            try:
                await self._connect(account_id)
            except Exception as exc:  # the accounts dialog shows the state and the reason
                log.error("Account %s did not reconnect at start: %s", account_id, exc)

    async def _connect(self, account_id: str) -> AccountInfo:
        if account_id in self._venues:
            return self.account(account_id)
        with self._database().session() as session:
            row = self._row(session, account_id)
        self._set_state(row, ConnectionState.CONNECTING, "")
        try:
            venue = await (self._open_paper(row) if row.is_paper else self._open_live(row))
        except Exception as exc:
            self._set_state(row, ConnectionState.DISCONNECTED, text_of(exc))
            raise
        self._venues[account_id] = venue
        if row.is_paper:
            self._keep_paper_orders(account_id, venue)
        self._set_state(row, ConnectionState.CONNECTED, "")
        for listener in self.listeners:
            listener.account_connected(account_id, venue)
        log.info("Connected account %r", row.label)
        return self.account(account_id)

    async def disconnect(self, account_id: str) -> None:
        # Paper accounts priced by this one would be left with a closed source.
        for paper_id in [p for p, source in self._fed_by.items() if source == account_id]:
            await self.disconnect(paper_id)
        self._fed_by.pop(account_id, None)
        venue = self._venues.pop(account_id, None)
        if venue is None:
            return
        for listener in self.listeners:
            listener.account_disconnected(account_id)
        unsubscribe = self._unsubscribe.pop(account_id, None)
        if unsubscribe is not None:
            unsubscribe()
        kept = self._keepers.pop(account_id, None)
        if kept is not None:
            kept[1]()
            await kept[0].stop()  # the last state of its open orders, for the next start
        try:
            await venue.close()
        finally:
            state = self._states.get(account_id)
            self._states[account_id] = (ConnectionState.DISCONNECTED, "")
            self.bus.publish(ConnectionEvent(venue.name, ConnectionState.DISCONNECTED, ""))
            if state is not None:
                log.info("Disconnected account %r", venue.name)

    async def _open_live(self, row: Account) -> Venue:
        creds = await self._keyring(self.secrets.load, row.id)
        if not creds.api_key:
            raise PregaoError(_t("The keyring holds no API key for “{label}”: edit the "
                                 "account and enter its key and secret again.",
                                 label=row.label))
        venue = self._ccxt_venue(row.exchange, row.sandbox, creds, row.label, row.id,
                                 publish=True)
        try:
            markets = await venue.load_markets()
            await venue.fetch_balances()  # proves the keys work before we call it connected
        except BaseException:
            await venue.close()
            raise
        emulating = self._with_emulation(venue, row.id)
        emulating.restore_saved(markets)  # resumed by the order manager once reconciled
        return emulating

    def _with_emulation(self, venue: Venue, account_id: str = ""):
        """OCO, trailing and bracket orders the exchange lacks run in the engine. With an
        account, they are kept in the database, survive a close or a crash and resume at the
        next connect (order_emulation.py, Restart)."""
        from desktop.engine.order_emulation import EmulatingVenue, EmulationConfig

        if not account_id:
            return EmulatingVenue(venue, self.bus.publish)
        from desktop.storage.working_orders import ENGINE, WorkingOrderStore

        store = WorkingOrderStore(self._database(), account_id, ENGINE)
        return EmulatingVenue(venue, self.bus.publish, EmulationConfig(cancel_on_close=False),
                              store=store)

    # -- what an account offers --------------------------------------------------------

    async def order_types(self, account_id: str = "",
                          exchange: str = "") -> list[OrderTypeSupport]:
        """The order types an account (or, without one, an exchange) can place, each marked
        native or emulated: from the connected venue's capabilities, or (not connected) those
        it would have."""
        await self.wait_ready()
        venue = self._venues.get(account_id)
        if venue is not None:
            return order_type_support(venue.capabilities)
        if account_id:
            info = self.account(account_id)
            exchange, sandbox, label = info.exchange, info.sandbox, info.label
        else:
            sandbox, label = False, exchange
        if exchange == PAPER_EXCHANGE:
            from desktop.venues.paper.venue import EMULATED_TYPES, NATIVE_TYPES

            return [OrderTypeSupport(t, t in EMULATED_TYPES) for t in OrderType
                    if t in NATIVE_TYPES or t in EMULATED_TYPES]
        # No connection needed: ccxt declares what the exchange takes without a request.
        offline = self._with_emulation(self._ccxt_venue(
            exchange, sandbox, Credentials(), label, account_id, publish=False))
        try:
            return order_type_support(offline.capabilities)
        finally:
            await offline.close()

    def _ccxt_venue(self, exchange_id: str, sandbox: bool, creds: Credentials, name: str,
                    account_id: str, *, publish: bool) -> Venue:
        from desktop.venues.ccxt_venue import CcxtVenue

        target = VenueTarget(exchange_id, sandbox, creds, name, account_id)
        return CcxtVenue(self.config_for(target), publish=self._venue_publish if publish else None)

    def _venue_publish(self, event: Event) -> None:
        self.bus.publish(event)
        for listener in self.listeners:
            listener.venue_event(event)

    # -- helpers -------------------------------------------------------------------------

    async def _keyring(self, fn: Callable, *args):
        try:
            return await asyncio.wait_for(asyncio.to_thread(fn, *args), KEYRING_TIMEOUT_S)
        except TimeoutError:
            raise SecretStoreUnavailable(
                _t("The system keyring did not answer within {seconds:.0f} s: "
                   "unlock it and try again.",
                   seconds=KEYRING_TIMEOUT_S)) from None

    async def _validate(self, draft: AccountDraft, account_id: str | None,
                        check_label: bool = True) -> ExchangeInfo:
        if check_label:
            account_checks.check_label(self._database, draft, account_id)
        return account_checks.check_draft(self._database, draft, account_id,
                                          await self.exchanges())

    def database(self) -> Database:
        """The open database (the order journal shares it); PregaoError saying why if not."""
        return self._database()

    def _database(self) -> Database:
        if self._db is None:
            raise PregaoError(self._failure or "The account database is not open yet.")
        return self._db

    @staticmethod
    def _row(session, account_id: str) -> Account:
        row = session.get(Account, account_id)
        if row is None:
            raise PregaoError(_t("That account no longer exists."))
        return row

    def _info(self, row: Account) -> AccountInfo:
        state, detail = self._states.get(row.id, (ConnectionState.DISCONNECTED, ""))
        return AccountInfo(
            id=row.id, exchange=row.exchange, label=row.label, sandbox=row.sandbox,
            key_hint=row.key_hint, is_paper=row.is_paper,
            starting_balances=starting_balances(row) if row.is_paper else (),
            state=state, detail=detail,
            price_source=(row.price_source or DEMO_SOURCE) if row.is_paper else "")

    def _set_state(self, row: Account, state: ConnectionState, detail: str) -> None:
        self._states[row.id] = (state, detail)
        self.bus.publish(ConnectionEvent(row.label, state, detail))


def order_type_support(capabilities) -> list[OrderTypeSupport]:
    """Every order type `capabilities` (a VenueCapabilities) accepts, in the enum's order."""
    return [OrderTypeSupport(t, capabilities.is_emulated(t)) for t in OrderType
            if capabilities.supports_order_type(t)]
