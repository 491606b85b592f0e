"""The fill model: one numba-compiled pass over the bars, shared by every kind of strategy.

Vectorised strategies hand it all their signals at once (`simulate`); bar-by-bar strategies
call `fill_bar` / `close_bar` one bar at a time with the signals they just emitted, so both
kinds go through exactly the same fill rules.

Rules (documented for users in `desktop/backtest/__init__.py`):
- Orders decided at a bar's close fill at the next bar's open (`FILL_NEXT_OPEN`) or at that
  same close (`FILL_CLOSE`, market orders only: limit and stop entries start working at the
  next open). Market, stop and trailing fills, and limit entries that can trade on arrival,
  pay the taker fee and slippage; resting limit entries and take-profits pay the maker fee
  and fill at their own price.
- Inside a bar, stops, targets, trailing stops and limit/stop entries follow the one
  intrabar rule of `desktop.fills.intrabar` (the paper venue's too): the bar is walked
  open -> nearer extreme -> farther extreme -> close, every order level met in price order.
- One net position per symbol: an entry against an open position reverses it; an entry on
  the side already held is ignored (no pyramiding).
- Linear perpetuals (symbols given margin brackets): funding is paid at the open of each bar
  that carries a funding rate (`ohlc[F]`), before anything fills there; a position is
  liquidated where the price reaches its liquidation price (`desktop.margin`'s formula on the
  one wallet the paper venue keeps too, `acct[A_WALLET]`): the walk stops there like at an
  order level, the position closes at that price (at the open after a gap) paying the
  liquidation fee, at most what is left of its margin balance, and a loss past the
  bankruptcy price is credited back, as the paper venue does (perpetuals.py).

State lives in plain float arrays (indices below) so numba can cache the compiled code on
disk and Python can read and adjust it between bars.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from desktop import accounting
from desktop.fills import intrabar
from desktop.margin import formulas as margin
from desktop.risk import sizing

# The position arithmetic of every fill is the shared accounting kernel, compiled here, so a
# backtest books a fill exactly as the paper and live position books do.
apply_fill = njit(cache=True)(accounting.apply_fill)
# Likewise the intrabar rule: the paper venue calls these same functions uncompiled.
bar_path = njit(cache=True)(intrabar.bar_path)
stop_reached = njit(cache=True)(intrabar.stop_reached)
limit_reached = njit(cache=True)(intrabar.limit_reached)
next_level = njit(cache=True)(intrabar.next_level)
# Sizing: the same formula live order entry uses (desktop/risk/sizing.py), compiled here.
units_for = njit(cache=True)(sizing.units_for)
kelly_fraction = njit(cache=True)(sizing.kelly_fraction)
arrival_limit_price = njit(cache=True)(intrabar.arrival_limit_price)
trail_extreme = njit(cache=True)(intrabar.trail_extreme)
trailing_level = njit(cache=True)(intrabar.trailing_level)
# Margin and funding: the paper venue calls these same functions uncompiled.
liquidation_price_kernel = njit(cache=True)(margin.liquidation_price_kernel)
bracket_margin = njit(cache=True)(margin.bracket_margin)
funding_payment = njit(cache=True)(accounting.funding_payment)

# ohlc = (open, high, low, close, funding), each [bar, symbol]; funding is the rate paid at
# the bar's open (NaN: none), or a (1, 1) NaN placeholder when the data has none
O, H, L, C, F = 0, 1, 2, 3, 4  # noqa: E741
# sig[k, bar, symbol] (bool)
S_ENTRY_LONG, S_EXIT_LONG, S_ENTRY_SHORT, S_EXIT_SHORT = 0, 1, 2, 3
# orders[k, bar, symbol] (float, NaN = not set); shape (6, 1, 1) when a strategy sets none
OR_LIMIT, OR_STOP, OR_SL, OR_TP, OR_TRAIL, OR_SIZE = 0, 1, 2, 3, 4, 5
N_ORDER_FIELDS = 6

# pos[symbol, k]
P_SIZE = 0  # signed units: > 0 long, < 0 short
P_ENTRY = 1
P_ENTRY_BAR = 2
P_ENTRY_FEE = 3  # fees of the open trade (the accounting kernel's fee total since entry)
P_SL = 4
P_TP = 5
P_TRAIL = 6  # trailing distance in price units
P_EXT = 7  # best price since entry, the trailing stop's anchor
P_LAST = 8  # last known price (the mark)
P_PEND = 9  # pending entry: +1 long, -1 short, 0 none
P_PTYPE = 10  # 0 market, 1 limit, 2 stop
P_PPRICE = 11
P_PSL = 12
P_PTP = 13
P_PTRAIL = 14
P_PSIZE = 15
P_PBAR = 16  # bar that decided the pending entry (for volatility sizing)
P_PEXIT = 17  # 1: close the position at the next open
P_LAST_BAR = 18  # bar of the last known close (where an 'end' exit is booked)
P_PWORKING = 19  # 1: the pending entry has reached the market and rests there
P_ISOLATED = 20  # isolated margin of the open position (initial margin less funding paid)
P_NBR = 21  # margin brackets of the symbol (0: no margin rules, e.g. spot)
N_POS_FIELDS = 22
P_BR0 = N_POS_FIELDS  # then the brackets: caps, rates, maintenance amounts (P_NBR each)

ENTRY_MARKET, ENTRY_LIMIT, ENTRY_STOP = 0, 1, 2

# acct[k]
A_CASH, A_NREC, A_NWIN, A_SUMWIN, A_NLOSS, A_SUMLOSS = 0, 1, 2, 3, 4, 5
# The margin wallet: cash plus realised P&L (fees, funding) as the paper venue's ledger keeps
# it, booked with the same operations so a liquidation price is the same to the bit.
A_WALLET = 6
N_ACCT_FIELDS = 7

# cfg[k]
CF_FILL_CLOSE = 0
CF_TAKER = 1
CF_MAKER = 2
CF_SLIP = 3
CF_SIZE_MODE = 4
CF_SIZE_VALUE = 5
CF_LEVERAGE = 6
CF_LOT = 7
CF_MIN_SIZE = 8
CF_KELLY_MIN_TRADES = 9
CF_KELLY_DEFAULT = 10
CF_VOL_MAX_LEVERAGE = 11
CF_ISOLATED = 12  # 1: isolated margin, 0: cross (the one wallet backs every position)
CF_LIQ_FEE = 13  # liquidation fee, a fraction of the notional
N_CFG_FIELDS = 14

DUST_FRACTION = 1e-6

SIZE_ALL, SIZE_PCT, SIZE_FIXED, SIZE_RISK, SIZE_VOL_TARGET, SIZE_KELLY = (
    sizing.SIZE_ALL, sizing.SIZE_PCT, sizing.SIZE_FIXED, sizing.SIZE_RISK,
    sizing.SIZE_VOL_TARGET, sizing.SIZE_KELLY)

# recs[trade, k]
R_SYMBOL, R_SIDE, R_ENTRY_BAR, R_ENTRY_PRICE, R_EXIT_BAR, R_EXIT_PRICE = 0, 1, 2, 3, 4, 5
R_SIZE, R_PNL, R_FEES, R_REASON = 6, 7, 8, 9
N_REC_FIELDS = 10

REASON_SIGNAL, REASON_STOP_LOSS, REASON_TAKE_PROFIT = 0, 1, 2
REASON_TRAILING_STOP, REASON_REVERSE, REASON_END, REASON_LIQUIDATION = 3, 4, 5, 6
EXIT_REASONS = ("signal", "stop_loss", "take_profit", "trailing_stop", "reverse", "end",
                "liquidation")


def new_position_state(n_symbols: int, brackets: list | None = None) -> np.ndarray:
    """Position state; `brackets[s]` = (caps, rates, amounts) of a margined symbol, None for
    one without margin rules."""
    width = max((len(b[0]) for b in brackets or [] if b is not None), default=0)
    pos = np.zeros((n_symbols, N_POS_FIELDS + 3 * width), dtype=np.float64)
    for k in (P_SL, P_TP, P_TRAIL, P_EXT, P_LAST, P_PPRICE, P_PSL, P_PTP, P_PTRAIL, P_PSIZE):
        pos[:, k] = np.nan
    for s, b in enumerate(brackets or []):
        if b is not None:
            n = len(b[0])
            pos[s, P_NBR] = n
            for k in range(3):
                pos[s, P_BR0 + k * n:P_BR0 + (k + 1) * n] = b[k]
    return pos


def new_account_state(cash: float) -> np.ndarray:
    acct = np.zeros(N_ACCT_FIELDS, dtype=np.float64)
    acct[A_CASH] = cash
    acct[A_WALLET] = cash
    return acct


@njit(cache=True, inline="always")
def _equity(pos, acct):
    e = acct[A_CASH]
    for s in range(pos.shape[0]):
        if pos[s, P_SIZE] != 0.0:
            e += pos[s, P_SIZE] * pos[s, P_LAST]
    return e


@njit(cache=True, inline="always")
def _slipped(price, side, slip):
    # Slippage always works against the trader: buys pay more, sells receive less.
    return price * (1.0 + side * slip)


@njit(cache=True)
def _close_position(s, bar, price, fee_rate, reason, pos, acct, recs):
    size = pos[s, P_SIZE]
    if size == 0.0:
        return
    _close_at(s, bar, price, abs(size) * price * fee_rate, reason, pos, acct, recs)


@njit(cache=True)
def _close_at(s, bar, price, fee, reason, pos, acct, recs):
    """Close symbol s's position at `price` paying `fee` (quote currency)."""
    size = pos[s, P_SIZE]
    acct[A_CASH] += size * price - fee
    side = 1.0 if size > 0 else -1.0
    # P_ENTRY_FEE holds the kernel's fee total of this trade (it starts each trade at 0), so
    # `fees` is the trade's entry plus exit fee and `pnl` the sum of the kernel's realized
    # deltas over the trade (its price P&L minus both fees).
    amount, entry, _, fees, closed_pnl = apply_fill(
        size, pos[s, P_ENTRY], 0.0, pos[s, P_ENTRY_FEE], -side, abs(size), price, fee
    )
    pnl = closed_pnl - fees
    acct[A_WALLET] += closed_pnl - fee  # the kernel's realized delta, as the paper books it
    k = int(acct[A_NREC])
    recs[k, R_SYMBOL] = s
    recs[k, R_SIDE] = side
    recs[k, R_ENTRY_BAR] = pos[s, P_ENTRY_BAR]
    recs[k, R_ENTRY_PRICE] = pos[s, P_ENTRY]
    recs[k, R_EXIT_BAR] = bar
    recs[k, R_EXIT_PRICE] = price
    recs[k, R_SIZE] = abs(size)
    recs[k, R_PNL] = pnl
    recs[k, R_FEES] = fees
    recs[k, R_REASON] = reason
    acct[A_NREC] = k + 1
    if pnl > 0:
        acct[A_NWIN] += 1.0
        acct[A_SUMWIN] += pnl
    else:
        acct[A_NLOSS] += 1.0
        acct[A_SUMLOSS] -= pnl
    pos[s, P_SIZE] = amount
    pos[s, P_ENTRY] = entry
    pos[s, P_ENTRY_FEE] = 0.0
    pos[s, P_SL] = np.nan
    pos[s, P_TP] = np.nan
    pos[s, P_TRAIL] = np.nan
    pos[s, P_EXT] = np.nan
    pos[s, P_ISOLATED] = 0.0


@njit(cache=True)
def _units(s, side, price, fee_rate, sl, size_override, sig_bar, pos, acct, cfg, vol):
    """Units to trade for a new entry at `price`; 0 when the order must be skipped."""
    equity = _equity(pos, acct)
    if equity <= 0.0:
        return 0.0
    leverage = cfg[CF_LEVERAGE]
    used = 0.0
    for j in range(pos.shape[0]):
        if pos[j, P_SIZE] != 0.0:
            used += abs(pos[j, P_SIZE]) * pos[j, P_LAST]
    available = max(0.0, equity - used / leverage) * leverage
    unit_cost = price * (1.0 + fee_rate)
    cap = available / unit_cost
    mode = int(cfg[CF_SIZE_MODE])
    value = cfg[CF_SIZE_VALUE]
    if not math.isnan(size_override):
        units = size_override
        if units > cap:
            return 0.0
    else:  # the sizing rule live order entry uses too (desktop/risk/sizing.py)
        v = vol[sig_bar, s] if mode == SIZE_VOL_TARGET and vol.shape[0] > 1 else np.nan
        kelly = 0.0
        if mode == SIZE_KELLY:
            kelly = kelly_fraction(value, acct[A_NWIN], acct[A_NLOSS], acct[A_SUMWIN],
                                   acct[A_SUMLOSS], cfg[CF_KELLY_MIN_TRADES],
                                   cfg[CF_KELLY_DEFAULT])
        units = units_for(mode, value, equity, cap, price, unit_cost, sl, v,
                          cfg[CF_VOL_MAX_LEVERAGE], kelly)
    lot = cfg[CF_LOT]
    if lot > 0.0:
        units = math.floor(units / lot + 1e-9) * lot
    if units <= 0.0 or units < cfg[CF_MIN_SIZE]:
        return 0.0
    if units * price < equity * DUST_FRACTION:
        return 0.0  # rounding leftovers of an all-in account, not a trade anyone meant
    return units


@njit(cache=True, inline="always")
def _open_position(s, bar, side, price, fee_rate, sl, tp, trail, size_override, sig_bar,
                   pos, acct, cfg, vol):
    pos[s, P_LAST] = price
    units = _units(s, side, price, fee_rate, sl, size_override, sig_bar, pos, acct, cfg, vol)
    if units <= 0.0:
        return False
    fee = units * price * fee_rate
    acct[A_CASH] -= side * units * price + fee
    acct[A_WALLET] += 0.0 - fee
    # Always from flat: a reversal has closed the old side first (it sizes the new side
    # from the equity left after that close).
    amount, entry, _, fees, _ = apply_fill(0.0, 0.0, 0.0, 0.0, side, units, price, fee)
    if pos[s, P_NBR] > 0.0:
        pos[s, P_ISOLATED] = abs(amount) * price / cfg[CF_LEVERAGE]
    pos[s, P_SIZE] = amount
    pos[s, P_ENTRY] = entry
    pos[s, P_ENTRY_BAR] = bar
    pos[s, P_ENTRY_FEE] = fees
    pos[s, P_SL] = sl
    pos[s, P_TP] = tp
    pos[s, P_TRAIL] = trail
    pos[s, P_EXT] = price
    return True


@njit(cache=True, inline="always")
def _clear_pending(s, pos):
    pos[s, P_PEND] = 0.0
    pos[s, P_PTYPE] = 0.0
    pos[s, P_PPRICE] = np.nan
    pos[s, P_PSL] = np.nan
    pos[s, P_PTP] = np.nan
    pos[s, P_PTRAIL] = np.nan
    pos[s, P_PSIZE] = np.nan
    pos[s, P_PWORKING] = 0.0


@njit(cache=True)
def _enter(s, bar, side, price, fee_rate, pos, acct, cfg, vol, recs):
    """Fill the pending entry of symbol s at `price`, reversing an opposite position first."""
    size = pos[s, P_SIZE]
    if size * side > 0.0:
        _clear_pending(s, pos)  # already on that side: no pyramiding
        return False
    if size != 0.0:
        _close_position(s, bar, price, fee_rate, REASON_REVERSE, pos, acct, recs)
    ok = _open_position(s, bar, side, price, fee_rate, pos[s, P_PSL], pos[s, P_PTP],
                        pos[s, P_PTRAIL], pos[s, P_PSIZE], int(pos[s, P_PBAR]),
                        pos, acct, cfg, vol)
    _clear_pending(s, pos)
    return ok


@njit(cache=True)
def _margin_of(j, pos, mark):
    """Maintenance margin of symbol j's position at `mark`."""
    n = int(pos[j, P_NBR])
    b = P_BR0
    return bracket_margin(abs(pos[j, P_SIZE]) * mark, pos[j, b:b + n], pos[j, b + n:b + 2 * n],
                          pos[j, b + 2 * n:b + 3 * n])


@njit(cache=True)
def _liquidation_level(s, pos, acct, cfg):
    """Where symbol s's position is liquidated (NaN: no position, no margin rules, or no
    positive price liquidates it)."""
    n = int(pos[s, P_NBR])
    size = pos[s, P_SIZE]
    if n == 0 or size == 0.0:
        return np.nan
    b = P_BR0
    caps, rates, amounts = pos[s, b:b + n], pos[s, b + n:b + 2 * n], pos[s, b + 2 * n:b + 3 * n]
    if cfg[CF_ISOLATED] != 0.0:
        return liquidation_price_kernel(caps, rates, amounts, size, pos[s, P_ENTRY],
                                        pos[s, P_ISOLATED], 0.0, 0.0)
    other_mm = 0.0
    other_upnl = 0.0
    for j in range(pos.shape[0]):
        if j != s and pos[j, P_SIZE] != 0.0 and pos[j, P_NBR] > 0.0:
            other_mm += _margin_of(j, pos, pos[j, P_LAST])
            other_upnl += (pos[j, P_LAST] - pos[j, P_ENTRY]) * pos[j, P_SIZE]
    return liquidation_price_kernel(caps, rates, amounts, size, pos[s, P_ENTRY],
                                    acct[A_WALLET], other_mm, other_upnl)


@njit(cache=True)
def _liquidate(s, bar, x, pos, acct, cfg, recs):
    """Close symbol s's position at `x`, where it reached its liquidation price."""
    size = pos[s, P_SIZE]
    upnl = (x - pos[s, P_ENTRY]) * size
    if cfg[CF_ISOLATED] != 0.0:
        balance = pos[s, P_ISOLATED] + upnl
    else:
        balance = acct[A_WALLET] - 0.0 + upnl
        for j in range(pos.shape[0]):
            if j != s and pos[j, P_SIZE] != 0.0 and pos[j, P_NBR] > 0.0:
                balance += (pos[j, P_LAST] - pos[j, P_ENTRY]) * pos[j, P_SIZE]
    fee = min(abs(size) * x * cfg[CF_LIQ_FEE], max(0.0, balance))
    shortfall = max(0.0, -balance)
    _clear_pending(s, pos)  # the venue cancels the symbol's orders
    _close_at(s, bar, x, fee, REASON_LIQUIDATION, pos, acct, recs)
    acct[A_CASH] += shortfall
    acct[A_WALLET] += shortfall


@njit(cache=True)
def _check_liquidation(s, bar, x, pos, acct, cfg, recs):
    """Liquidate symbol s's position if `x` reached its liquidation price; True if it did."""
    size = pos[s, P_SIZE]
    if size == 0.0 or pos[s, P_NBR] == 0.0:
        return False
    level = _liquidation_level(s, pos, acct, cfg)
    if stop_reached(size < 0.0, level, x):
        _liquidate(s, bar, x, pos, acct, cfg, recs)
        return True
    return False


@njit(cache=True, inline="always")
def _funding_rate(ohlc, i, s):
    if ohlc[F].shape[0] == 1:
        return np.nan
    return ohlc[F][i, s]


@njit(cache=True)
def _pay_funding(s, rate, mark, pos, acct):
    """One funding time on symbol s's position at `mark` (cash moves by notional × rate)."""
    payment = funding_payment(pos[s, P_SIZE], mark, rate)
    acct[A_CASH] -= payment
    acct[A_WALLET] += -payment
    pos[s, P_ISOLATED] -= payment  # read in isolated mode only


@njit(cache=True, inline="always")
def _stop_level(s, pos):
    """The open position's working stop: the tighter of its stop-loss and trailing stop
    (NaN: none), and the exit reason it would book."""
    long = pos[s, P_SIZE] > 0.0
    stop = pos[s, P_SL]
    reason = REASON_STOP_LOSS
    if not math.isnan(pos[s, P_TRAIL]):
        trail_stop = trailing_level(long, pos[s, P_EXT], pos[s, P_TRAIL])
        if math.isnan(stop) or (long and trail_stop > stop) or (not long and trail_stop < stop):
            stop = trail_stop
            reason = REASON_TRAILING_STOP
    return stop, reason


@njit(cache=True)
def _visit(s, i, x, pos, acct, cfg, vol, recs):
    """The path reached price `x`: what acts there, in the paper venue's order (triggers,
    then resting limits, each oldest first: the position's exits before a new entry). A
    position opened at this visit is first checked at the next one (intrabar rule 6)."""
    slip = cfg[CF_SLIP]
    _check_liquidation(s, i, x, pos, acct, cfg, recs)
    size = pos[s, P_SIZE]
    held = size != 0.0
    long = size > 0.0
    if held:
        pos[s, P_EXT] = trail_extreme(long, pos[s, P_EXT], x)
        stop, reason = _stop_level(s, pos)
        if stop_reached(not long, stop, x):
            _close_position(s, i, _slipped(x, -1.0 if long else 1.0, slip), cfg[CF_TAKER],
                            reason, pos, acct, recs)
            held = False
    pend = pos[s, P_PEND]
    stop_entry = pend != 0.0 and pos[s, P_PTYPE] == ENTRY_STOP
    if stop_entry and stop_reached(pend > 0.0, pos[s, P_PPRICE], x):
        _enter(s, i, pend, _slipped(x, pend, slip), cfg[CF_TAKER], pos, acct, cfg, vol, recs)
    if held and pos[s, P_SIZE] == size and limit_reached(not long, pos[s, P_TP], x):
        _close_position(s, i, pos[s, P_TP], cfg[CF_MAKER], REASON_TAKE_PROFIT, pos, acct, recs)
    pend = pos[s, P_PEND]
    limit_entry = pend != 0.0 and pos[s, P_PTYPE] == ENTRY_LIMIT
    if limit_entry and limit_reached(pend > 0.0, pos[s, P_PPRICE], x):
        _enter(s, i, pend, pos[s, P_PPRICE], cfg[CF_MAKER], pos, acct, cfg, vol, recs)


@njit(cache=True)
def _walk_leg(s, i, a, b, pos, acct, cfg, vol, recs):
    """Walk one straight leg of the bar's path from `a` to `b`, stopping at every order level
    on it in price order (intrabar rule 2)."""
    here = a
    while here != b:
        nxt = b
        if pos[s, P_PEND] != 0.0:
            nxt = next_level(here, b, pos[s, P_PPRICE], nxt)  # NaN for a market entry
        if pos[s, P_SIZE] != 0.0:
            nxt = next_level(here, b, pos[s, P_SL], nxt)
            nxt = next_level(here, b, pos[s, P_TP], nxt)
            if pos[s, P_NBR] > 0.0:
                nxt = next_level(here, b, _liquidation_level(s, pos, acct, cfg), nxt)
            if not math.isnan(pos[s, P_TRAIL]):
                nxt = next_level(here, b, _stop_level(s, pos)[0], nxt)
        _visit(s, i, nxt, pos, acct, cfg, vol, recs)
        here = nxt


@njit(cache=True)
def fill_symbol(i, s, ohlc, pos, acct, cfg, vol, recs):
    """Everything that happens to symbol s between the previous close and this bar's close.

    Orders decided at the previous close arrive at the open (a pending exit, a market entry,
    a limit or stop entry that can already trade there); then the bar's path is walked with
    the shared intrabar rule (desktop.fills.intrabar)."""
    slip = cfg[CF_SLIP]
    o = ohlc[O][i, s]
    h = ohlc[H][i, s]
    lo = ohlc[L][i, s]
    c = ohlc[C][i, s]
    pos[s, P_LAST] = o
    # What the open itself does to a margined position (funding is paid by the caller first).
    _check_liquidation(s, i, o, pos, acct, cfg, recs)
    if pos[s, P_PEXIT] != 0.0:
        pos[s, P_PEXIT] = 0.0
        if pos[s, P_SIZE] != 0.0:
            side = -1.0 if pos[s, P_SIZE] > 0 else 1.0
            _close_position(s, i, _slipped(o, side, slip), cfg[CF_TAKER], REASON_SIGNAL,
                            pos, acct, recs)
    pend = pos[s, P_PEND]
    if pend != 0.0 and pos[s, P_PWORKING] == 0.0:
        pos[s, P_PWORKING] = 1.0  # from now on it rests; what follows is its arrival
        buy = pend > 0.0
        ptype = pos[s, P_PTYPE]
        level = pos[s, P_PPRICE]
        market = _slipped(o, pend, slip)
        if ptype == ENTRY_MARKET:
            _enter(s, i, pend, market, cfg[CF_TAKER], pos, acct, cfg, vol, recs)
        elif ptype == ENTRY_LIMIT and limit_reached(buy, level, o):
            _enter(s, i, pend, arrival_limit_price(buy, level, market), cfg[CF_TAKER],
                   pos, acct, cfg, vol, recs)
        elif ptype == ENTRY_STOP and stop_reached(buy, level, o):
            _enter(s, i, pend, market, cfg[CF_TAKER], pos, acct, cfg, vol, recs)
    size = pos[s, P_SIZE]
    if pos[s, P_PEND] == 0.0 and (size == 0.0 or (
            math.isnan(pos[s, P_SL]) and math.isnan(pos[s, P_TP])
            and math.isnan(pos[s, P_TRAIL]) and pos[s, P_NBR] == 0.0)):
        # No order works inside this bar: walking it would only move the anchor to the
        # bar's extreme, which is where the walk would leave it.
        if size > 0.0:
            pos[s, P_EXT] = max(pos[s, P_EXT], h)
        elif size < 0.0:
            pos[s, P_EXT] = min(pos[s, P_EXT], lo)
        return
    p0, p1, p2, p3 = bar_path(o, h, lo, c)
    _visit(s, i, p0, pos, acct, cfg, vol, recs)
    _walk_leg(s, i, p0, p1, pos, acct, cfg, vol, recs)
    _walk_leg(s, i, p1, p2, pos, acct, cfg, vol, recs)
    _walk_leg(s, i, p2, p3, pos, acct, cfg, vol, recs)


@njit(cache=True)
def fill_bar(i, ohlc, pos, acct, cfg, vol, recs):
    for s in range(pos.shape[0]):
        if not math.isnan(ohlc[O][i, s]):
            rate = _funding_rate(ohlc, i, s)
            if pos[s, P_SIZE] != 0.0 and not math.isnan(rate):
                _pay_funding(s, rate, ohlc[O][i, s], pos, acct)
            fill_symbol(i, s, ohlc, pos, acct, cfg, vol, recs)


@njit(cache=True, inline="always")
def _order_field(orders, k, i, s):
    if orders.shape[1] == 1:
        return np.nan
    return orders[k, i, s]


@njit(cache=True, inline="always")
def close_symbol(i, n_bars, s, ohlc, sig, orders, pos, acct, cfg, vol, recs):
    """Act on the signals decided at this bar's close for symbol s."""
    at_close = cfg[CF_FILL_CLOSE] != 0.0
    c = ohlc[C][i, s]
    pos[s, P_LAST] = c
    pos[s, P_LAST_BAR] = i
    if i == n_bars - 1 and not at_close:
        return  # there is no next open to fill at
    el = sig[S_ENTRY_LONG, i, s]
    xl = sig[S_EXIT_LONG, i, s]
    es = sig[S_ENTRY_SHORT, i, s]
    xs = sig[S_EXIT_SHORT, i, s]
    if el and es:
        el = False  # contradictory: take neither
        es = False
    if el and xl:
        el = False  # an entry and an exit of one side on one bar: the exit wins
    if es and xs:
        es = False
    size = pos[s, P_SIZE]
    exit_now = (xl and size > 0.0) or (xs and size < 0.0)
    # An exit signal also cancels a pending entry of its side.
    if (xl and pos[s, P_PEND] > 0.0) or (xs and pos[s, P_PEND] < 0.0):
        _clear_pending(s, pos)
    side = 1.0 if el else (-1.0 if es else 0.0)
    if side != 0.0 and size * side <= 0.0:
        _clear_pending(s, pos)
        pos[s, P_PEND] = side
        pos[s, P_PBAR] = i
        lim = _order_field(orders, OR_LIMIT, i, s)
        stp = _order_field(orders, OR_STOP, i, s)
        if not math.isnan(lim):
            pos[s, P_PTYPE] = ENTRY_LIMIT
            pos[s, P_PPRICE] = lim
        elif not math.isnan(stp):
            pos[s, P_PTYPE] = ENTRY_STOP
            pos[s, P_PPRICE] = stp
        pos[s, P_PSL] = _order_field(orders, OR_SL, i, s)
        pos[s, P_PTP] = _order_field(orders, OR_TP, i, s)
        pos[s, P_PTRAIL] = _order_field(orders, OR_TRAIL, i, s)
        pos[s, P_PSIZE] = _order_field(orders, OR_SIZE, i, s)
    if at_close:
        slip = cfg[CF_SLIP]
        if exit_now:
            xside = -1.0 if size > 0 else 1.0
            _close_position(s, i, _slipped(c, xside, slip), cfg[CF_TAKER], REASON_SIGNAL,
                            pos, acct, recs)
        if pos[s, P_PEND] != 0.0 and pos[s, P_PTYPE] == ENTRY_MARKET:
            side = pos[s, P_PEND]
            _enter(s, i, side, _slipped(c, side, slip), cfg[CF_TAKER], pos, acct, cfg,
                   vol, recs)
    elif exit_now:
        pos[s, P_PEXIT] = 1.0


@njit(cache=True)
def close_bar(i, n_bars, ohlc, sig, orders, pos, acct, cfg, vol, recs, equity):
    """Mark to market at this bar's close and act on the signals decided at it."""
    for s in range(pos.shape[0]):
        if not math.isnan(ohlc[C][i, s]):
            close_symbol(i, n_bars, s, ohlc, sig, orders, pos, acct, cfg, vol, recs)
    equity[i] = _equity(pos, acct)


@njit(cache=True)
def close_all(pos, acct, cfg, recs):
    """Close what is still open at each symbol's last close (exit reason 'end')."""
    for s in range(pos.shape[0]):
        size = pos[s, P_SIZE]
        if size != 0.0:
            side = -1.0 if size > 0 else 1.0
            _close_position(s, pos[s, P_LAST_BAR], _slipped(pos[s, P_LAST], side, cfg[CF_SLIP]),
                            cfg[CF_TAKER], REASON_END, pos, acct, recs)


@njit(cache=True)
def simulate(ohlc, sig, orders, pos, acct, cfg, vol, recs, equity):
    """fill_bar + close_bar over every bar (see simulate_span)."""
    simulate_span(0, ohlc[0].shape[0], False, False, ohlc, sig, orders, pos, acct, cfg, vol,
                  recs, equity)


@njit(cache=True)
def simulate_span(start, stop, start_filled, fill_stop, ohlc, sig, orders, pos, acct, cfg, vol,
                  recs, equity):
    """fill_bar + close_bar over bars [start, stop), with the quiet cases decided inline.

    `start_filled`: bar `start`'s fills were simulated already (only its close is left).
    `fill_stop`: also simulate bar `stop`'s fills (leaving its close for a later call), which
    is where an on_bar strategy looks at its position.

    Calls between separately compiled functions cost a few hundred ns each in numba (array
    arguments are reference-counted), so a bar on which nothing can happen (no pending
    order, no signal, no stop or target within the bar's range) never leaves this loop.
    """
    n = ohlc[0].shape[0]
    m = pos.shape[0]
    last = stop + 1 if fill_stop and stop < n else stop
    for i in range(start, last):
        for s in range(m):
            if start_filled and i == start:
                break
            o = ohlc[O][i, s]
            if math.isnan(o):
                continue
            pos[s, P_LAST] = o
            size = pos[s, P_SIZE]
            if size != 0.0:
                rate = _funding_rate(ohlc, i, s)
                if not math.isnan(rate):
                    _pay_funding(s, rate, o, pos, acct)
            if pos[s, P_PEND] != 0.0 or pos[s, P_PEXIT] != 0.0:
                fill_symbol(i, s, ohlc, pos, acct, cfg, vol, recs)
            elif size != 0.0:
                h = ohlc[H][i, s]
                lo = ohlc[L][i, s]
                long = size > 0.0
                sl = pos[s, P_SL]
                tp = pos[s, P_TP]
                trail = pos[s, P_TRAIL]
                ext = pos[s, P_EXT]
                hit = False
                if not math.isnan(sl):
                    hit = lo <= sl if long else h >= sl
                if not hit and not math.isnan(tp):
                    hit = h >= tp if long else lo <= tp
                if not hit and not math.isnan(trail):
                    # the anchor follows the path, so the bar's own extreme counts
                    hit = lo <= max(ext, h) - trail if long else h >= min(ext, lo) + trail
                if not hit and pos[s, P_NBR] > 0.0:
                    liq = _liquidation_level(s, pos, acct, cfg)
                    hit = lo <= liq if long else h >= liq
                if hit:
                    fill_symbol(i, s, ohlc, pos, acct, cfg, vol, recs)
                elif long:
                    pos[s, P_EXT] = max(ext, h)
                else:
                    pos[s, P_EXT] = min(ext, lo)
        if i == stop:
            break  # fill_stop: that bar's fills only
        for s in range(m):
            c = ohlc[C][i, s]
            if math.isnan(c):
                continue
            pos[s, P_LAST] = c
            pos[s, P_LAST_BAR] = i
            if (
                sig[S_ENTRY_LONG, i, s]
                or sig[S_EXIT_LONG, i, s]
                or sig[S_ENTRY_SHORT, i, s]
                or sig[S_EXIT_SHORT, i, s]
            ):
                close_symbol(i, n, s, ohlc, sig, orders, pos, acct, cfg, vol, recs)
        e = acct[A_CASH]
        for s in range(m):
            if pos[s, P_SIZE] != 0.0:
                e += pos[s, P_SIZE] * pos[s, P_LAST]
        equity[i] = e
