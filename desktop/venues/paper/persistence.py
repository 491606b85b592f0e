"""A paper account's open orders as plain data, to keep them across a restart, and back.

The matching engine keeps its book in memory. `open_units` describes what still works: each
open order that is not a leg ("unit": a standalone order, or an OCO/bracket container with all
its legs, ended ones too, since the container's state is derived from them), with the funds it
holds. `restore_units` puts them back into a fresh engine whose balances are the holdings the
journaled fills left (engine/paper_restore.py): the reservations are taken again, a trailing
stop keeps its best price, and ids go on from where the previous session stopped, so a new
fill never reuses the id of a journaled one.

This module is the engine's friend: it reads and fills the engine's private book directly, so
the matching code carries no persistence concerns.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from desktop.core import InsufficientFunds, OrderStatus, OrderType, Side, TimeInForce
from desktop.venues.paper.matching import MatchingEngine
from desktop.venues.paper.triggers import Trigger, TriggerKind
from desktop.venues.paper.working_order import WorkingOrder

STATE_VERSION = 1
_ENUMS = {"side": Side, "type": OrderType, "status": OrderStatus, "time_in_force": TimeInForce,
          "kind": TriggerKind}


class NotRestorable(ValueError):
    """A stored paper order that cannot work again; the message says why."""


def open_units(engine: MatchingEngine) -> dict[str, dict[str, Any]]:
    """Top-level order id -> its state, for every order still working.

    Read from the engine's live orders (every order that may still act is there; ended ones
    leave it lazily): the keeper saves after each burst of order events, and walking the whole
    book instead made a long session's saves O(every order ever placed)."""
    book = engine._orders
    units: dict[str, dict[str, Any]] = {}
    for wo in list(engine._live.values()):
        if wo.parent_id or not wo.active:
            continue
        members = [wo, *(book[i] for i in wo.children if i in book)]
        keys = {m.reservation_key for m in members if m.reservation_key}
        reservations = {}
        for key in sorted(keys):
            held = engine.ledger._reservations.get(key)
            if held is not None:
                reservations[key] = [held.currency, held.amount]
        units[wo.id] = {"version": STATE_VERSION, "orders": [_plain(m) for m in members],
                        "reservations": reservations}
    return units


def restore_units(engine: MatchingEngine,
                  units: dict[str, Any]) -> list[tuple[str, WorkingOrder | None, str]]:
    """Put stored units back; returns (order id, the order as stored or None, reason) of those
    that cannot work again (their market is gone, the holdings no longer cover them, the state
    is unreadable). Call before the first price reaches the engine."""
    failed: list[tuple[str, WorkingOrder | None, str]] = []
    for order_id, data in units.items():
        top: WorkingOrder | None = None
        try:
            members = _members(data)
            top = members[0]
            if top.symbol not in engine._markets:
                raise NotRestorable(f"the paper venue no longer lists {top.symbol}")
            _reserve(engine, data.get("reservations", {}))
        except NotRestorable as err:
            failed.append((order_id, top, str(err)))
            continue
        for wo in members:
            engine._orders[wo.id] = wo
            engine._by_client_id[wo.client_order_id] = wo.id
            if wo.active:
                engine._live[wo.id] = wo
        continue_numbering(engine, order_ids=[m.id for m in members])
    return failed


def continue_numbering(engine: MatchingEngine, order_ids: list[str] = (),
                       fill_ids: list[str] = ()) -> None:
    """Let new order and fill ids start after `order_ids` / `fill_ids` ("po-7", "pf-12")."""
    engine._order_seq = max([engine._order_seq, *(_number(i, "po-") for i in order_ids)])
    engine._fill_seq = max([engine._fill_seq, *(_number(i, "pf-") for i in fill_ids)])


def _number(identifier: str, prefix: str) -> int:
    tail = identifier.removeprefix(prefix)
    return int(tail) if identifier.startswith(prefix) and tail.isdigit() else 0


def _reserve(engine: MatchingEngine, reservations: dict[str, list]) -> None:
    taken: list[str] = []
    try:
        for key, (currency, amount) in reservations.items():
            engine.ledger.reserve(key, currency, float(amount))
            taken.append(key)
    except InsufficientFunds as err:
        for key in taken:
            engine.ledger.release(key)
        raise NotRestorable(f"the account no longer holds the funds it needs ({err})") from err
    except (TypeError, ValueError) as err:
        raise NotRestorable(f"its stored funds are unreadable ({err!r})") from err


def _members(data: Any) -> list[WorkingOrder]:
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        found = data.get("version") if isinstance(data, dict) else None
        raise NotRestorable(f"it was stored in format {found!r}, this version of Pregão reads "
                            f"format {STATE_VERSION}")
    try:
        return [_working_order(item) for item in data["orders"]]
    except (KeyError, TypeError, ValueError, IndexError) as err:
        raise NotRestorable(f"its stored state is damaged ({err!r})") from err


def _plain(wo: WorkingOrder) -> dict[str, Any]:
    data = asdict(wo)
    return {k: _value(v) for k, v in data.items()}


def _value(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    return v.value if hasattr(v, "value") else v


def _build(cls, data: dict[str, Any]):
    known = {f.name for f in fields(cls)}
    return cls(**{k: _ENUMS[k](v) if k in _ENUMS and v is not None else v
                  for k, v in data.items() if k in known})


def _working_order(data: dict[str, Any]) -> WorkingOrder:
    data = dict(data)
    trigger = data.pop("trigger", None)
    wo = _build(WorkingOrder, data)
    wo.trigger = _build(Trigger, trigger) if trigger is not None else None
    wo.children = list(wo.children)
    return wo
