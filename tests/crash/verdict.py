"""The crash harness's verdict: the restarted app's journal against each exchange's own state.

Per account (each its own exchange):
- every order the exchange accepted is in the journal with the same status, filled amount,
  symbol, side, amount and (limit) price; every journaled order that the journal says was
  accepted is on the exchange;
- every exchange fill is journaled exactly once, with the same price, amount, side and fee;
- the balances derived from the journaled fills equal the exchange's, and the app's positions
  equal the net of the exchange's fills per symbol;
- nothing was placed twice: no client order id POSTed twice, and no order the app was asked
  for (the same symbol, side, type, amount and price) held twice under different client ids;
  no order on the exchange that nobody asked for (other than legs of emulated orders);
- emulated orders (OCO, trailing stop, bracket) still open in the journal are working again
  after the restart, and no leg stays open on the exchange under a parent that has ended.
"""

from __future__ import annotations

from collections import Counter

from tests.crash.workload import Asked, key_of

TOLERANCE = 1e-6
FINAL = ("filled", "canceled", "rejected", "expired")


def compare(journal: dict, state: dict, asked: Asked, account: int,
            start_balances: dict[str, float]) -> tuple[list[str], int, int]:
    """(mismatches, duplicates, lost) for one account."""
    problems: list[str] = []
    lost = 0
    tag = f"account {account + 1}: "
    orders = {o["client_order_id"]: o for o in journal["orders"]}
    by_id = {o["id"]: o for o in journal["orders"]}
    for cid, order in state["orders"].items():
        mine = orders.get(cid)
        if mine is None:
            lost += 1
            problems.append(f"{tag}{cid}: on the exchange, not in the journal")
            continue
        theirs = {"status": order.status.value, "filled": order.filled, "symbol": order.symbol,
                  "side": order.side.value, "amount": order.amount,
                  "price": order.price if order.type.value == "limit" else None}
        ours = {k: mine[k] for k in theirs}
        if ours["price"] is not None and theirs["price"] is None:
            ours["price"] = None
        for key, want in theirs.items():
            have = ours[key]
            if isinstance(want, float) and isinstance(have, float):
                same = abs(want - have) <= TOLERANCE * max(1.0, abs(want))
            else:
                same = want == have
            if not same:
                problems.append(f"{tag}{cid}: journal {key} {have!r}, exchange {want!r}")
    for cid, mine in orders.items():
        if mine["emulated"] or cid in state["orders"] or mine["status"] == "rejected":
            continue
        problems.append(f"{tag}{cid}: journal {mine['status']}, exchange never accepted it")
    lost += _fills(journal, state, tag, problems)
    _balances(journal, state, tag, problems, start_balances)
    _positions(journal, state, tag, problems)
    duplicates = sum(1 for n in state["posts"].values() if n > 1)
    duplicates += _asked_vs_held(state, asked, account, orders, tag, problems)
    _emulated(journal, state, by_id, tag, problems)
    return problems, duplicates, lost


def _fills(journal: dict, state: dict, tag: str, problems: list[str]) -> int:
    lost = 0
    exchange_fills = {f.id.removeprefix("pf-"): f for f in state["fills"]}
    journal_fills = Counter(f["id"] for f in journal["fills"])
    mine = {f["id"]: f for f in journal["fills"]}
    for fill_id, fill in exchange_fills.items():
        if fill_id not in journal_fills:
            lost += 1
            problems.append(f"{tag}fill {fill_id}: not in the journal")
            continue
        ours = mine[fill_id]
        for key, want in (("price", fill.price), ("amount", fill.amount),
                          ("side", fill.side.value), ("fee", fill.fee),
                          ("fee_currency", fill.fee_currency), ("symbol", fill.symbol)):
            have = ours[key]
            same = (abs(have - want) <= TOLERANCE * max(1.0, abs(want))
                    if isinstance(want, float) else have == want)
            if not same:
                problems.append(f"{tag}fill {fill_id}: journal {key} {have!r}, exchange "
                                f"{want!r}")
    for fill_id, n in journal_fills.items():
        if fill_id not in exchange_fills or n > 1:
            problems.append(f"{tag}fill {fill_id}: journaled {n}x, exchange "
                            f"{'has' if fill_id in exchange_fills else 'lacks'} it")
    return lost


def _balances(journal: dict, state: dict, tag: str, problems: list[str],
              start: dict[str, float]) -> None:
    derived = dict(start)
    for f in journal["fills"]:
        base, quote = f["symbol"].split("/")
        sign = 1.0 if f["side"] == "buy" else -1.0
        derived[base] = derived.get(base, 0.0) + sign * f["amount"]
        derived[quote] = derived.get(quote, 0.0) - sign * f["amount"] * f["price"]
        fee_currency = f["fee_currency"] or quote
        derived[fee_currency] = derived.get(fee_currency, 0.0) - f["fee"]
    for currency in set(derived) | set(state["balances"]):
        want, have = state["balances"].get(currency, 0.0), derived.get(currency, 0.0)
        if abs(want - have) > TOLERANCE * max(1.0, abs(want)):
            problems.append(f"{tag}balance {currency}: journal {have}, exchange {want}")


def _positions(journal: dict, state: dict, tag: str, problems: list[str]) -> None:
    net: dict[str, float] = {}
    for f in state["fills"]:
        net[f.symbol] = net.get(f.symbol, 0.0) + (f.amount if f.side.value == "buy"
                                                  else -f.amount)
    positions = journal["positions"]
    for symbol in set(net) | set(positions):
        want, have = net.get(symbol, 0.0), positions.get(symbol, 0.0)
        if abs(want - have) > TOLERANCE * max(1.0, abs(want)):
            problems.append(f"{tag}position {symbol}: app {have}, exchange fills net {want}")


def _asked_vs_held(state: dict, asked: Asked, account: int, orders: dict, tag: str,
                   problems: list[str]) -> int:
    wanted = Counter(key for a, key in asked.native if a == account)
    held: Counter = Counter()
    for cid, order in state["orders"].items():
        mine = orders.get(cid)
        if mine is not None and mine["parent_id"]:
            continue  # a leg of an emulated order: the app's own
        held[key_of({"symbol": order.symbol, "side": order.side.value,
                     "type": order.type.value, "amount": order.amount,
                     "price": order.price})] += 1
    duplicates = 0
    for key, n in held.items():
        if n > max(1, wanted.get(key, 0)):
            duplicates += n - max(1, wanted.get(key, 0))
            problems.append(f"{tag}{key} asked {wanted.get(key, 0)}x, held {n}x")
        elif key not in wanted:
            problems.append(f"{tag}{key} is on the exchange but was never asked for")
    return duplicates


def _emulated(journal: dict, state: dict, by_id: dict, tag: str,
              problems: list[str]) -> None:
    working = {o["id"]: o for o in journal["emulated_working"]}
    for order in journal["orders"]:
        if order["emulated"] and order["status"] not in FINAL and order["id"] not in working:
            problems.append(f"{tag}emulated {order['type']} {order['client_order_id']} is "
                            f"{order['status']} in the journal but not working after restart")
    for cid, order in state["orders"].items():
        if order.status.value in FINAL:
            continue
        leg = next((o for o in journal["orders"] if o["client_order_id"] == cid), None)
        if leg is None or not leg["parent_id"]:
            continue
        parent = by_id.get(leg["parent_id"])
        if parent is not None and parent["status"] in FINAL:
            problems.append(f"{tag}leg {cid} open on the exchange under "
                            f"{parent['status']} {parent['type']} {parent['client_order_id']}")
