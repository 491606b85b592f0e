"""What the crash harness asks the app to do: random orders over several symbols and accounts,
and the record of every native order it asked for (to find one placed twice)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# symbol -> (exchange id, tick, amount step, (low, high) amount for a market or limit order)
SYMBOLS = {
    "BTC/USDT": ("BTCUSDT", 0.01, 0.00001, (0.01, 0.5)),
    "ETH/BTC": ("ETHBTC", 0.000001, 0.0001, (0.01, 2.0)),
}
EMULATED = ("oco", "trailing_stop", "bracket")


@dataclass(slots=True)
class Asked:
    """Native orders the app was asked to place (orders, modifies), per account: each must be
    on the exchange at most once; emulated parents are kept apart (their legs are the app's)."""

    native: list[tuple[int, tuple]] = field(default_factory=list)
    emulated: list[tuple[int, dict]] = field(default_factory=list)

    def add(self, spec: dict) -> None:
        if spec["type"] in EMULATED:
            self.emulated.append((spec.get("account", 0), spec))
        else:
            self.native.append((spec.get("account", 0), key_of(spec)))


def key_of(spec: dict) -> tuple:
    """What identifies an asked order on the exchange (amounts are random to 5 digits, so two
    asks never share one)."""
    price = spec.get("price") if spec["type"] == "limit" else None
    return (spec["symbol"], spec["side"], spec["type"], round(spec["amount"], 8),
            None if price is None else round(price, 8))


class Workload:
    def __init__(self, rng: random.Random, accounts: int, price) -> None:
        self.rng = rng
        self.accounts = accounts
        self.price = price  # (account index, symbol) -> the exchange's last price

    def _symbol(self) -> str:
        return self.rng.choice(tuple(SYMBOLS))

    def _amount(self, symbol: str, scale: float = 1.0) -> float:
        _, _, step, (low, high) = SYMBOLS[symbol]
        return round(round(self.rng.uniform(low, high) * scale / step) * step, 8)

    def _level(self, symbol: str, price: float, away: float) -> float:
        tick = SYMBOLS[symbol][1]
        return round(round(price * (1 + away) / tick) * tick, 8)

    def account(self) -> int:
        return self.rng.randrange(self.accounts)

    def limit_far(self, account: int | None = None, symbol: str | None = None) -> dict:
        """A limit order that rests: a buy well below or a sell well above the market."""
        account = self.account() if account is None else account
        symbol = symbol or self._symbol()
        side = self.rng.choice(("buy", "sell"))
        away = self.rng.uniform(0.05, 0.2) * (-1 if side == "buy" else 1)
        return {"account": account, "symbol": symbol, "side": side, "type": "limit",
                "amount": self._amount(symbol),
                "price": self._level(symbol, self.price(account, symbol), away)}

    def market(self, account: int | None = None, symbol: str | None = None) -> dict:
        account = self.account() if account is None else account
        symbol = symbol or self._symbol()
        return {"account": account, "symbol": symbol, "side": self.rng.choice(("buy", "sell")),
                "type": "market", "amount": self._amount(symbol, 4.0)}

    def native(self) -> dict:
        return self.rng.choice((self.market, self.limit_far))()

    def emulated(self) -> dict:
        """An OCO, trailing stop or bracket that the engine works on top of the venue."""
        account, symbol = self.account(), "BTC/USDT"
        price = self.price(account, symbol)
        kind = self.rng.choice(EMULATED)
        amount = self._amount(symbol)
        if kind == "oco":
            return {"account": account, "symbol": symbol, "side": "sell", "type": "oco",
                    "amount": amount, "price": self._level(symbol, price, 0.002),
                    "stop_price": self._level(symbol, price, -0.002)}
        if kind == "trailing_stop":
            return {"account": account, "symbol": symbol, "side": "sell",
                    "type": "trailing_stop", "amount": amount,
                    "trail_amount": round(price * self.rng.uniform(0.0005, 0.002), 2)}
        return {"account": account, "symbol": symbol, "side": "buy", "type": "bracket",
                "amount": amount, "price": None,
                "take_profit": self._level(symbol, price, 0.003),
                "stop_loss": self._level(symbol, price, -0.003)}

    def modified_price(self, spec: dict) -> float:
        """A new resting price for a limit order, still far from the market."""
        away = self.rng.uniform(0.05, 0.2) * (-1 if spec["side"] == "buy" else 1)
        return self._level(spec["symbol"], self.price(spec["account"], spec["symbol"]), away)
