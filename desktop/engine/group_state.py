"""An emulated order group as plain JSON-able data, and back (see order_emulation.py, Restart).

What a restarted engine needs to carry on with a group: the parent (ids, the whole request,
created_ts, status, triggered), each leg's last known state and role, the trailing extreme (the
level follows from it), an engine-watched stop and its amount, a bracket's exit id, the legs
canceled on purpose and the leg counter (so new client ids never repeat old ones).
"""

from __future__ import annotations

import math
from dataclasses import asdict, fields
from typing import Any

from desktop.core import Market, Order, OrderRequest, OrderStatus, OrderType, Side, TimeInForce
from desktop.engine.order_groups import OrderGroup

STATE_VERSION = 1
_ENUMS = {"side": Side, "type": OrderType, "status": OrderStatus, "time_in_force": TimeInForce}


class UnreadableState(ValueError):
    """A stored group this version cannot read (damaged, or written by a newer Pregão)."""


def group_state(group: OrderGroup) -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "id": group.id,
        "client_id": group.client_id,
        "parent_id": group.parent_id,
        "request": _plain(asdict(group.request)),
        "created_ts": group.created_ts,
        "status": group.status.value,
        "reason": group.reason,
        "triggered": group.triggered,
        "extreme": None if math.isnan(group.extreme) else group.extreme,
        "watched_stop": group.watched_stop,
        "watched_amount": group.watched_amount,
        "exit_id": group.exit_id,
        "legs": [{"role": group.roles[leg_id], "order": _plain(asdict(order))}
                 for leg_id, order in group.legs.items()],
        "retired": sorted(group.retired),
        "seq": group.seq,
        "sending": dict(group.sending),
    }


def group_from_state(data: dict[str, Any], markets: dict[str, Market],
                     venue: str) -> OrderGroup:
    """Raises UnreadableState with the reason in words."""
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        found = data.get("version") if isinstance(data, dict) else None
        raise UnreadableState(f"it was stored in format {found!r}, this version of Pregão "
                              f"reads format {STATE_VERSION}")
    symbol = data.get("request", {}).get("symbol", "")
    market = markets.get(symbol)
    if market is None:
        raise UnreadableState(f"{venue} no longer lists the market {symbol}")
    try:
        group = OrderGroup(
            id=data["id"], client_id=data["client_id"],
            request=_build(OrderRequest, data["request"]), market=market,
            created_ts=int(data["created_ts"]), parent_id=data["parent_id"],
            status=OrderStatus(data["status"]), reason=data["reason"],
            triggered=bool(data["triggered"]),
            extreme=math.nan if data["extreme"] is None else float(data["extreme"]),
            watched_stop=data["watched_stop"], watched_amount=float(data["watched_amount"]),
            exit_id=data["exit_id"], retired=set(data["retired"]), seq=int(data["seq"]),
            sending=dict(data.get("sending", {})))
        for leg in data["legs"]:
            order = _build(Order, leg["order"])
            group.legs[order.id] = order
            group.roles[order.id] = leg["role"]
    except (KeyError, TypeError, ValueError) as exc:
        raise UnreadableState(f"its stored state is damaged ({exc!r})") from exc
    return group


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v.value if hasattr(v, "value") else v for k, v in data.items()}


def _build(cls, data: dict[str, Any]):
    known = {f.name for f in fields(cls)}
    values = {k: _ENUMS[k](v) if k in _ENUMS else v for k, v in data.items() if k in known}
    return cls(**values)
