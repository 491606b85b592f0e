"""Run a strategy over candle history: one symbol or several sharing one cash account.

`run_backtest(strategy_cls, params, candles, config)` is the unit of work of every caller
(the backtest panel, the CLI, an optimiser sweep in a worker process): plain picklable
inputs, a picklable `BacktestResult` out, nothing global.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop.backtest import fill_loop as fl
from desktop.backtest.bar_by_bar import run_bar_by_bar
from desktop.backtest.config import BacktestConfig, FillMode, SizeMode
from desktop.backtest.memory import reuse_freed_memory
from desktop.backtest.results import BacktestResult, Trades
from desktop.core.candles import Candles
from desktop.reports.metrics import YEAR_MS, bar_length_ms, compute_metrics
from strategies.base import Signals, Strategy

_SIZE_CODES = {
    SizeMode.ALL: fl.SIZE_ALL,
    SizeMode.PCT: fl.SIZE_PCT,
    SizeMode.FIXED: fl.SIZE_FIXED,
    SizeMode.RISK: fl.SIZE_RISK,
    SizeMode.VOL_TARGET: fl.SIZE_VOL_TARGET,
    SizeMode.KELLY: fl.SIZE_KELLY,
}


FundingSeries = tuple[np.ndarray, np.ndarray]  # (times in ms, rates): paid at each time


def run_backtest(
    strategy_cls: type[Strategy],
    params: Mapping[str, Any] | None,
    candles: Candles,
    config: BacktestConfig | None = None,
    symbol: str = "",
    funding: FundingSeries | None = None,
) -> BacktestResult:
    """Backtest one symbol. Raises strategies.base.ParameterError for bad parameters."""
    return run_portfolio(strategy_cls, params, {symbol: candles}, config,
                         funding={symbol: funding} if funding is not None else None)


def run_portfolio(
    strategy_cls: type[Strategy],
    params: Mapping[str, Any] | None,
    candles_by_symbol: Mapping[str, Candles],
    config: BacktestConfig | None = None,
    funding: Mapping[str, FundingSeries] | None = None,
) -> BacktestResult:
    """Backtest one strategy instance per symbol, all drawing on one cash account.

    With `config.perpetual`, every symbol is a linear perpetual: margin by its Binance
    brackets (`config.margin_symbols` names the exchange market of a results name),
    liquidation, and funding at the times of `funding[symbol]` (each paid at the open of the
    first bar at or after it)."""
    reuse_freed_memory()
    config = config or BacktestConfig()
    params = dict(params or {})
    symbols = list(candles_by_symbol)
    if not symbols:
        raise ValueError("no candles to backtest")
    series = [candles_by_symbol[s] for s in symbols]
    for sym, c in zip(symbols, series, strict=True):
        if len(c) < 2:
            raise ValueError(f"{sym or 'the data'} has {len(c)} candles; a backtest needs 2+")
    ts, ohlc, rows = _align(series)
    n, m = len(ts), len(symbols)
    ohlc = (*ohlc, _funding_rates(ts, symbols, funding or {}))
    bar_ms = bar_length_ms(ts)
    strategies = [strategy_cls(**params) for _ in symbols]
    for strat, c in zip(strategies, series, strict=True):
        strat.bind(c)
    signals = [strat.signals(c) for strat, c in zip(strategies, series, strict=True)]
    vectorised = all(sig is not None for sig in signals)

    cfg = _cfg_array(config)
    vol = _volatility(series, rows, n, bar_ms, config)
    pos = fl.new_position_state(m, _brackets(symbols, config))
    acct = fl.new_account_state(config.cash)
    equity = np.empty(n, dtype=np.float64)
    if vectorised:
        sig, orders = _signal_arrays(signals, rows, n, m, config, strategy_cls.strategy_id())
        capacity = int(np.count_nonzero(sig[fl.S_ENTRY_LONG]))
        capacity += int(np.count_nonzero(sig[fl.S_ENTRY_SHORT])) + m + 1
        recs = np.empty((capacity, fl.N_REC_FIELDS), dtype=np.float64)
        fl.simulate(ohlc, sig, orders, pos, acct, cfg, vol, recs, equity)
    else:
        recs = run_bar_by_bar(strategies, rows, ohlc, pos, acct, cfg, vol, equity,
                              config.allow_short)
    if config.close_at_end:
        fl.close_all(pos, acct, cfg, recs)
        equity[n - 1] = acct[fl.A_CASH] + float(np.sum(pos[:, fl.P_SIZE] * pos[:, fl.P_LAST]))
    trades = _trades(recs[: int(acct[fl.A_NREC])], ts, symbols)
    buy_hold = float(np.mean([c.close[-1] / c.close[0] - 1.0 for c in series]))
    metrics = compute_metrics(
        equity, bar_ms, trades.pnl, trades.entry_bar, trades.exit_bar, buy_hold
    )
    return BacktestResult(
        strategy=strategy_cls.strategy_id(),
        params=dict(strategies[0].params),
        symbols=symbols,
        ts=ts,
        equity=equity,
        trades=trades,
        metrics=metrics,
    )


def _align(series: list[Candles]) -> tuple[np.ndarray, tuple, list[np.ndarray]]:
    """One bar axis for all symbols; a symbol without a candle at a time has NaN there.

    Prices come back as (open, high, low, close), each shaped [bar, symbol]; one symbol's
    columns are reshaped views, not copies.
    """
    if len(series) == 1:
        c = series[0]
        n = len(c)
        ohlc = tuple(col.reshape(n, 1) for col in (c.open, c.high, c.low, c.close))
        return c.ts, ohlc, [np.arange(n)]
    ts = np.unique(np.concatenate([c.ts for c in series]))
    cols = tuple(np.full((len(ts), len(series)), np.nan) for _ in range(4))
    rows = []
    for s, c in enumerate(series):
        idx = np.searchsorted(ts, c.ts)
        for k, col in enumerate((c.open, c.high, c.low, c.close)):
            cols[k][idx, s] = col
        rows.append(idx)
    return ts, cols, rows


def _funding_rates(ts: np.ndarray, symbols: list[str],
                   funding: Mapping[str, FundingSeries]) -> np.ndarray:
    """The funding rate paid at each bar's open, [bar, symbol] (NaN: none); a (1, 1)
    placeholder without any funding."""
    if not any(funding.get(s) is not None for s in symbols):
        return np.full((1, 1), np.nan)
    rates = np.full((len(ts), len(symbols)), np.nan)
    for s, name in enumerate(symbols):
        series = funding.get(name)
        if series is None:
            continue
        times, values = series
        bars = np.searchsorted(ts, np.asarray(times, dtype=np.int64), side="left")
        for bar, rate in zip(bars, np.asarray(values, dtype=np.float64), strict=True):
            if bar < len(ts) and math.isfinite(rate):
                old = rates[bar, s]
                rates[bar, s] = rate if math.isnan(old) else old + rate
    return rates


def _brackets(symbols: list[str], config: BacktestConfig) -> list | None:
    if not config.perpetual:
        return None
    from desktop.margin import brackets_for
    from desktop.margin.formulas import bracket_arrays

    names = config.margin_symbols or {}
    return [bracket_arrays(brackets_for(names.get(s, s) or s)) for s in symbols]


def _cfg_array(config: BacktestConfig) -> np.ndarray:
    cfg = np.zeros(fl.N_CFG_FIELDS, dtype=np.float64)
    sizing = config.sizing
    cfg[fl.CF_FILL_CLOSE] = 1.0 if config.fill is FillMode.CLOSE else 0.0
    cfg[fl.CF_TAKER] = config.taker_fee_bps / 1e4
    cfg[fl.CF_MAKER] = config.maker_fee_bps / 1e4
    cfg[fl.CF_SLIP] = config.slippage_bps / 1e4
    cfg[fl.CF_SIZE_MODE] = _SIZE_CODES[sizing.mode]
    # Percentages become fractions here so the fill loop works in fractions only.
    value = sizing.value
    if sizing.mode in (SizeMode.PCT, SizeMode.RISK, SizeMode.VOL_TARGET):
        value = value / 100.0
    cfg[fl.CF_SIZE_VALUE] = value
    cfg[fl.CF_LEVERAGE] = config.leverage
    cfg[fl.CF_LOT] = config.lot_step
    cfg[fl.CF_MIN_SIZE] = config.min_size
    cfg[fl.CF_KELLY_MIN_TRADES] = sizing.kelly_min_trades
    cfg[fl.CF_KELLY_DEFAULT] = sizing.kelly_default_pct / 100.0
    cfg[fl.CF_VOL_MAX_LEVERAGE] = sizing.vol_max_leverage
    cfg[fl.CF_ISOLATED] = 1.0 if config.margin_mode == "isolated" else 0.0
    cfg[fl.CF_LIQ_FEE] = config.liquidation_fee
    return cfg


def _volatility(
    series: list[Candles], rows: list[np.ndarray], n: int, bar_ms: int, config: BacktestConfig
) -> np.ndarray:
    """Annualised close-to-close volatility per bar (only for volatility-target sizing)."""
    if config.sizing.mode is not SizeMode.VOL_TARGET:
        return np.full((1, 1), np.nan)
    window = max(2, config.sizing.vol_window)
    vol = np.full((n, len(series)), np.nan)
    for s, c in enumerate(series):
        r = np.diff(np.log(c.close), prepend=np.nan)
        if len(r) < window:
            continue
        windows = np.lib.stride_tricks.sliding_window_view(r, window)
        sd = np.full(len(r), np.nan)
        sd[window - 1 :] = windows.std(axis=1, ddof=1)
        vol[rows[s], s] = sd * math.sqrt(YEAR_MS / bar_ms)
    return vol


def _column(values: np.ndarray | None, n: int, dtype: type, name: str, strategy: str):
    if values is None:
        return None
    arr = np.asarray(values)
    if dtype is np.bool_ and arr.dtype.kind == "f":
        arr = np.nan_to_num(arr) != 0  # NaN means 'no signal', not True
    arr = arr.astype(dtype, copy=False)
    if arr.shape != (n,):
        raise ValueError(
            f"strategy {strategy!r}: signal {name!r} has shape {arr.shape}, expected ({n},)"
        )
    return arr


def _signal_arrays(
    signals: list[Signals | None],
    rows: list[np.ndarray],
    n: int,
    m: int,
    config: BacktestConfig,
    strategy: str,
) -> tuple[np.ndarray, np.ndarray]:
    sig = np.zeros((4, n, m), dtype=np.bool_)
    order_names = ("limit_price", "stop_price", "stop_loss", "take_profit", "trail", "size")
    any_orders = any(
        getattr(sg, name) is not None for sg in signals if sg is not None for name in order_names
    )
    orders = np.full((fl.N_ORDER_FIELDS, n if any_orders else 1, m if any_orders else 1), np.nan)
    for s, sg in enumerate(signals):
        assert sg is not None
        idx = rows[s]
        length = len(idx)
        if length == n:
            idx = slice(None)  # every bar: a plain copy beats a scatter
        for k, name in enumerate(("entry_long", "exit_long", "entry_short", "exit_short")):
            col = _column(getattr(sg, name), length, np.bool_, name, strategy)
            if col is None or (name == "entry_short" and not config.allow_short):
                continue
            sig[k, idx, s] = col
        if any_orders:
            for k, name in enumerate(order_names):
                col = _column(getattr(sg, name), length, np.float64, name, strategy)
                if col is not None:
                    orders[k, idx, s] = col
    return sig, orders


def _trades(recs: np.ndarray, ts: np.ndarray, symbols: list[str]) -> Trades:
    entry_bar = recs[:, fl.R_ENTRY_BAR].astype(np.int64)
    exit_bar = recs[:, fl.R_EXIT_BAR].astype(np.int64)
    names = np.array(symbols, dtype=object)
    reasons = np.array(fl.EXIT_REASONS, dtype=object)
    return Trades(
        symbol=names[recs[:, fl.R_SYMBOL].astype(np.int64)],
        side=recs[:, fl.R_SIDE].astype(np.int8),
        entry_bar=entry_bar,
        entry_time=ts[entry_bar],
        entry_price=recs[:, fl.R_ENTRY_PRICE].copy(),
        exit_bar=exit_bar,
        exit_time=ts[exit_bar],
        exit_price=recs[:, fl.R_EXIT_PRICE].copy(),
        size=recs[:, fl.R_SIZE].copy(),
        pnl=recs[:, fl.R_PNL].copy(),
        fees=recs[:, fl.R_FEES].copy(),
        exit_reason=reasons[recs[:, fl.R_REASON].astype(np.int64)],
    )
