"""The engine's evaluator: ticks, closed candles and events decide rules, the trigger modes
hold, and the live candle path agrees with the replay of `pregao alerts`."""

from __future__ import annotations

import numpy as np

from desktop.alerts.evaluator import AlertEvaluator
from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.alerts.replay import replay_rules
from desktop.core import Bar, ConnectionEvent, ConnectionState
from desktop.core.candles import Candles

K = ConditionKind


def _rule(rid: str, cond: Condition, trigger: TriggerMode = TriggerMode.EVERY_TIME,
          symbol: str = "BTC/USDT", **kw) -> AlertRule:
    return AlertRule(rid, symbol, cond, trigger, **kw)


def _ticks(ev: AlertEvaluator, prices: list[float], t0: int, symbol: str = "BTC/USDT",
           step_ms: int = 100) -> list[tuple[str, int]]:
    """One tick per batch; returns (rule id, time) of each trigger."""
    row = ev.symbols(symbol)
    out = []
    for i, p in enumerate(prices):
        now = t0 + i * step_ms
        got = ev.on_ticks(np.array([row]), np.array([p]), np.array([p - 0.5]),
                          np.array([p + 0.5]), now)
        out += [(t.rule_id, now) for t in got]
    return out


def test_price_crossings_and_trigger_modes_on_ticks() -> None:
    cross = Condition(K.PRICE, "crosses_above", 100.0)
    ev = AlertEvaluator([
        _rule("every", cross),
        _rule("once", cross, TriggerMode.ONCE),
        _rule("minute", cross, TriggerMode.ONCE_PER_MINUTE),
        _rule("cool", cross, cooldown_s=0.25),
        _rule("max2", cross, max_count=2),
        _rule("snoozed", cross, snoozed_until_ms=10_000_000),
        _rule("expiring", cross, expires_ms=1_000_200),  # alive for the first crossing only
        _rule("other", cross, symbol="ETH/USDT"),
        _rule("channel", Condition(K.PRICE, "enters_channel", 95.0, 97.0)),
    ])
    fired = _ticks(ev, [99, 101, 99, 101, 99, 101, 96], t0=1_000_000)
    by_rule = {rid: [t for r, t in fired if r == rid] for rid, _ in fired}
    assert by_rule["every"] == [1_000_100, 1_000_300, 1_000_500]
    assert by_rule["once"] == [1_000_100]
    assert by_rule["minute"] == [1_000_100]
    assert by_rule["cool"] == [1_000_100, 1_000_500]  # 200 ms later is inside the cooldown
    assert by_rule["max2"] == [1_000_100, 1_000_300]
    assert by_rule["channel"] == [1_000_600]
    assert by_rule["expiring"] == [1_000_100]
    assert "snoozed" not in by_rule and "other" not in by_rule
    assert ev.fired_state("once") == (1, 1_000_100, False)


def test_a_touch_inside_one_batch_is_not_missed() -> None:
    ev = AlertEvaluator([_rule("up", Condition(K.PRICE, "crosses_above", 100.0))])
    row = ev.symbols("BTC/USDT")
    ev.on_ticks(np.array([row]), np.array([99.0]), np.array([99.0]), np.array([99.0]), 1)
    got = ev.on_ticks(np.array([row] * 3), np.array([99.5, 100.2, 99.8]),
                      np.full(3, 99.0), np.full(3, 100.0), 2)
    assert [(t.rule_id, t.value) for t in got] == [("up", 99.8)]


def test_move_within_window_and_spread() -> None:
    ev = AlertEvaluator([
        _rule("up2", Condition(K.PRICE_MOVE, "moves_up", 2.0, window_s=60)),
        _rule("wide", Condition(K.SPREAD, ">", 50.0)),
    ])
    row = ev.symbols("BTC/USDT")
    t = 10_000_000
    got = []
    for i, p in enumerate([100.0, 100.5, 101.0, 101.5, 102.1]):  # one tick every 10 s
        got += ev.on_ticks(np.array([row]), np.array([p]), np.array([p - 0.01]),
                           np.array([p + 0.01]), t + i * 10_000)
    assert [x.rule_id for x in got] == ["up2"]
    assert abs(got[0].value - 2.1) < 1e-9
    got = ev.on_ticks(np.array([row]), np.array([100.0]), np.array([99.5]), np.array([100.5]),
                      t + 200_000)  # 100 bps wide; and 200 s later the window's low is gone
    assert [x.rule_id for x in got] == ["wide"]


def _candles(closes: np.ndarray, t0: int) -> Candles:
    n = closes.size
    return Candles.from_arrays(t0 + np.arange(n) * 60_000, closes, closes + 1, closes - 1,
                               closes, np.full(n, 5.0))


def test_live_candles_agree_with_the_replay() -> None:
    rng = np.random.default_rng(5)
    closes = 100 + np.cumsum(rng.normal(0, 1, 400))
    t0 = 1_700_000_000_000 // 300_000 * 300_000
    candles = _candles(closes, t0)
    rules = [
        _rule("rsi", Condition(K.INDICATOR, "<", 35.0, indicator="rsi", params=(14,),
                               timeframe="5m"), TriggerMode.ONCE_PER_BAR_CLOSE),
        _rule("x", Condition(K.INDICATOR, "crosses_above", indicator="sma", params=(5,),
                             timeframe="5m", other_indicator="sma", other_params=(12,)),
              TriggerMode.ONCE_PER_BAR_CLOSE),
    ]
    from desktop.data.resample import resample

    expected = [(t.rule, t.time_ms) for t in
                replay_rules(rules, resample(candles, "5m"), 300_000)]
    ev = AlertEvaluator(rules)
    ev.seed("BTC/USDT", candles.slice(0, 100))  # history up to minute 100, then live bars
    live = []
    for i in range(100, len(candles)):
        bar = Bar(int(candles.ts[i]), candles.open[i], candles.high[i], candles.low[i],
                  candles.close[i], candles.volume[i])
        live += [(t.rule_id, int(candles.ts[i]) // 300_000 * 300_000)
                 for t in ev.on_bar("BTC/USDT", bar, int(candles.ts[i]) + 60_000)]
    assert live and live == [e for e in expected if e[1] >= t0 + 100 * 60_000]


def test_connection_lost_restored_and_ban() -> None:
    ev = AlertEvaluator([
        _rule("lost", Condition(K.CONNECTION, "lost"), symbol=""),
        _rule("back", Condition(K.CONNECTION, "restored", target="binance"), symbol=""),
        _rule("ban", Condition(K.RATE_LIMIT, "banned"), symbol=""),
    ])
    seq = [ConnectionState.CONNECTED, ConnectionState.CONNECTED, ConnectionState.DEGRADED,
           ConnectionState.BANNED, ConnectionState.CONNECTED]
    got = [[t.rule_id for t in ev.on_event(ConnectionEvent("binance", s), i)]
           for i, s in enumerate(seq)]
    assert got == [[], [], ["lost"], ["ban"], ["back"]]
    # a rule edit keeps what the engine knew of each venue
    ev2 = AlertEvaluator(ev.rules, previous=ev)
    assert [t.rule_id for t in ev2.on_event(
        ConnectionEvent("binance", ConnectionState.DISCONNECTED), 9)] == ["lost"]


def test_orders_pnl_margin_risk_and_bots() -> None:
    from desktop.core import (
        MarginEvent,
        MarginSummary,
        Order,
        OrderEvent,
        OrderStatus,
        OrderType,
        Position,
        PositionEvent,
        Side,
    )
    from desktop.core.bots import BotEvent, BotInfo, BotSpec, BotState
    from desktop.core.risk import RiskStatus, TradingState, TradingStateEvent

    ev = AlertEvaluator([
        _rule("fill", Condition(K.ORDER, "filled")),
        _rule("part", Condition(K.ORDER, "partially_filled")),
        _rule("pnl", Condition(K.POSITION_PNL, "<", -50.0)),
        _rule("margin", Condition(K.MARGIN, ">", 80.0), symbol=""),
        _rule("breaker", Condition(K.RISK, "breaker_tripped"), symbol=""),
        _rule("signal", Condition(K.BOT, "signal", target="b1"), symbol=""),
        _rule("boterr", Condition(K.BOT, "error"), symbol=""),
    ])

    def fire(event) -> list[str]:
        return [t.rule_id for t in ev.on_event(event, 1)]

    def order(status: OrderStatus, filled: float) -> OrderEvent:
        return OrderEvent(Order("1", "c1", "BTC/USDT", Side.BUY, OrderType.LIMIT, status, 2.0,
                                filled, price=100.0))

    assert fire(order(OrderStatus.OPEN, 0)) == []
    assert fire(order(OrderStatus.PARTIALLY_FILLED, 1)) == ["part"]
    assert fire(order(OrderStatus.PARTIALLY_FILLED, 1)) == []  # the same state again
    assert fire(order(OrderStatus.FILLED, 2)) == ["fill"]

    def pos(mark: float) -> PositionEvent:
        return PositionEvent(Position("BTC/USDT", 1.0, 100.0, mark))

    assert [fire(pos(m)) for m in (90.0, 40.0, 30.0, 60.0, 45.0)] == [
        [], ["pnl"], [], [], ["pnl"]]

    def margin(use: float) -> MarginEvent:
        return MarginEvent(MarginSummary("acc", "USDT", 100, 100, use * 100, 0, 0, 0, use))

    assert [fire(margin(u)) for u in (0.5, 0.85, 0.9)] == [[], ["margin"], []]
    tripped = TradingStateEvent(RiskStatus("acc", TradingState.HALTED, "daily loss"),
                                TradingState.ACTIVE, "daily_loss")
    assert fire(tripped) == ["breaker"]

    def bot(state: BotState, signal_ts: int, bot_id: str = "b1") -> BotEvent:
        spec = BotSpec("sma_cross", "acc", ("BTC/USDT",), "1m")
        return BotEvent(BotInfo(bot_id, spec, state, "long", signal_ts))

    assert fire(bot(BotState.RUNNING, 5)) == []  # the first sight of a bot is not a signal
    assert fire(bot(BotState.RUNNING, 6)) == ["signal"]
    assert fire(bot(BotState.ERROR, 6, "b2")) == ["boterr"]
