"""Order entry validation: numbers in the user's locale, and every field against the market's
precision, limits and the available balance, before anything is sent."""

from __future__ import annotations

import math

import pytest

from desktop.core import Market, OrderType, Side, TimeInForce
from widgets.order_entry.numbers import NumberError, NumberFormat, parse_number
from widgets.order_entry.preview import preview_order
from widgets.order_entry.validation import (
    AMOUNT,
    PRICE,
    STOP_LOSS,
    TAKE_PROFIT,
    VISIBLE,
    AmountUnit,
    ExitMode,
    MarketState,
    OrderForm,
    amount_for_fraction,
    check_order,
    fields_for,
)

BTC = Market("BTC/USDT", "BTC", "USDT", price_tick=0.01, amount_step=0.00001,
             min_amount=0.00001, min_notional=5.0, maker_fee=0.001, taker_fee=0.002,
             venue="Paper")
STATE = MarketState(BTC, bid=78_000.0, ask=78_000.5, last=78_000.2, base_free=0.5,
                    quote_free=10_000.0)
C = NumberFormat(".", ",")
PT = NumberFormat.of("pt_BR")
ES = NumberFormat.of("es")


def value(text: str, fmt: NumberFormat = PT) -> float:
    return parse_number(text, fmt).float


# -- numbers ---------------------------------------------------------------------------------

def test_pt_br_reads_its_own_format_and_unambiguous_c_decimals():
    assert (PT.decimal, PT.group) == (",", ".")
    assert value("1,5") == 1.5
    assert value("1.234,5") == 1234.5
    assert value("1.234.567") == 1_234_567
    assert value(" 0,00001 ") == 0.00001
    assert value("1.5") == 1.5  # C decimal: "1.5" cannot be a thousands group
    assert value("0.001") == 0.001  # a group never starts with 0
    assert value("78000.25") == 78000.25
    assert value("-2,5") == -2.5
    assert value("1234") == 1234
    assert value("1,5", ES) == 1.5


@pytest.mark.parametrize("text", ["1.234", "12.345", "999.000"])
def test_pt_br_rejects_what_could_be_a_group_or_a_decimal(text):
    with pytest.raises(NumberError, match="ambiguous"):
        parse_number(text, PT)


@pytest.mark.parametrize("text", [
    "", "  ", "abc", "NaN", "nan", "inf", "-inf", "Infinity", "1e5", "1,2,3", "1,5,", "12.34,5",
    "1,,5", "١٢٣", "１２", "½", "∞", "0x10", "1_000", "--1", "+", ",", "1 000",
    "1" * 20, "9" * 16 + ",5",
])
def test_anything_else_is_rejected_with_a_sentence(text):
    with pytest.raises(NumberError) as info:
        parse_number(text, PT)
    assert str(info.value).endswith(".")


def test_the_c_locale_takes_points_and_rejects_comma_decimals():
    assert value("1,234.5", C) == 1234.5
    assert value("1.5", C) == 1.5
    with pytest.raises(NumberError):
        parse_number("1,5", C)


# -- fields ----------------------------------------------------------------------------------

def check(fmt: NumberFormat = C, state: MarketState = STATE, **fields):
    return check_order(OrderForm(**fields), state, fmt)


def test_a_valid_market_buy_becomes_a_request():
    result = check(amount="0.01")
    assert result.ok and not result.errors
    req = result.request
    assert (req.symbol, req.side, req.type, req.amount, req.price) == (
        "BTC/USDT", Side.BUY, OrderType.MARKET, 0.01, None)


def test_price_off_the_tick_is_named_next_to_the_price():
    result = check(type=OrderType.LIMIT, amount="0.01", price="77000.123")
    assert not result.ok
    assert set(result.errors) == {PRICE}
    assert "tick 0.01 USDT" in result.errors[PRICE]


def test_amount_off_the_step_and_with_too_many_decimals():
    assert "Too many decimals: at most 5" in check(amount="0.000011").errors[AMOUNT]
    step5 = Market("X/USDT", "X", "USDT", 0.01, 0.5, min_amount=0.5)
    result = check(state=MarketState(step5, last=10.0, quote_free=1e6), amount="1.2")
    assert "Not a multiple of the step 0.5 X" in result.errors[AMOUNT]


def test_below_min_amount_and_min_notional():
    big = Market("Y/USDT", "Y", "USDT", 0.01, 0.001, min_amount=0.01, min_notional=5.0)
    state = MarketState(big, bid=100.0, ask=100.0, quote_free=1e6, base_free=1e6)
    assert "below the minimum 0.010 Y" in check(state=state, amount="0.005").errors[AMOUNT]
    notional = check(state=state, amount="0.04").errors[AMOUNT]
    assert notional == "Order value 4.00 USDT is below the minimum 5.00 USDT."


def test_balance_for_a_buy_and_for_a_sell():
    buy = check(amount="0.2")  # 15,600 USDT + fee > 10,000
    assert buy.errors[AMOUNT].startswith("Needs 15,631.30 USDT; 10,000.00 USDT available")
    sell = check(side=Side.SELL, amount="0.6")
    assert sell.errors[AMOUNT] == "Sells 0.60000 BTC; 0.50000 BTC available."


def test_messages_use_the_users_locale():
    result = check(PT, amount="0,2")
    assert "15.631,30 USDT" in result.errors[AMOUNT]


def test_amount_in_quote_is_converted_on_the_step():
    result = check(amount="100", amount_unit=AmountUnit.QUOTE)
    assert result.ok
    assert result.request.amount == pytest.approx(BTC.round_amount(100 / 78_000.5))


def test_required_fields_per_type_and_only_the_shown_fields_count():
    assert fields_for(OrderType.MARKET, False) == {AMOUNT}
    assert fields_for(OrderType.ICEBERG, False) == {AMOUNT, PRICE, VISIBLE}
    assert TAKE_PROFIT in fields_for(OrderType.LIMIT, True)
    result = check(type=OrderType.STOP_LIMIT, amount="0.01")
    assert set(result.errors) == {PRICE, "stop"}
    assert check(amount="0.01", price="garbage").ok  # a market order has no price field
    result = check(type=OrderType.ICEBERG, amount="0.01", price="77000", visible="0.02")
    assert result.errors == {VISIBLE: "Cannot exceed the order amount."}


def test_post_only_must_not_cross_and_tif_is_for_limits():
    result = check(type=OrderType.LIMIT, amount="0.01", price="78001", post_only=True)
    assert "below the ask" in result.errors[PRICE]
    ok = check(type=OrderType.LIMIT, amount="0.01", price="77000", post_only=True)
    assert ok.request.time_in_force is TimeInForce.POST_ONLY and ok.maker
    assert "time_in_force" in check(amount="0.01", time_in_force=TimeInForce.IOC).errors
    assert "reduce_only" in check(amount="0.01", reduce_only=True).errors


def test_bracket_in_percent_and_r_and_on_the_right_sides():
    result = check(type=OrderType.LIMIT, amount="0.01", price="78000", bracket=True,
                   stop_loss="1", stop_loss_mode=ExitMode.PERCENT,
                   take_profit="2", take_profit_mode=ExitMode.R)
    assert result.ok, result.errors
    req = result.request
    assert req.type is OrderType.BRACKET
    assert req.stop_loss == pytest.approx(77_220.0)
    assert req.take_profit == pytest.approx(79_560.0)
    wrong = check(type=OrderType.LIMIT, amount="0.01", price="78000", bracket=True,
                  stop_loss="79000", take_profit="77000")
    assert "below the entry" in wrong.errors[STOP_LOSS]
    assert "above the entry" in wrong.errors[TAKE_PROFIT]
    short = check(side=Side.SELL, type=OrderType.BRACKET, amount="0.01", price="78000",
                  stop_loss="79000", take_profit="77000")
    assert short.ok, short.errors


def test_preview_cost_fee_position_stop_distance_and_risk():
    result = check(type=OrderType.LIMIT, amount="0.1", price="70000", bracket=True,
                   stop_loss="69300", take_profit="71400")
    p = preview_order(result, Side.BUY, STATE)
    assert p.maker and p.fee_rate == 0.001
    assert p.cost == pytest.approx(7000.0) and p.fee == pytest.approx(7.0)
    assert p.position_after == pytest.approx(0.1)
    assert p.stop_distance_pct == pytest.approx(1.0)
    assert p.risk == pytest.approx(70.0 + 7.0 + 0.1 * 69_300 * 0.002)
    assert p.target_r == pytest.approx(2.0)
    market = preview_order(check(amount="0.01"), Side.BUY, STATE)
    assert not market.maker and market.fee_rate == 0.002 and math.isnan(market.risk)


def test_slider_fraction_spends_the_balance_and_always_fits():
    amount = amount_for_fraction(0.5, Side.BUY, STATE, 78_000.5)
    assert amount == BTC.round_amount(5_000 / (78_000.5 * 1.002))
    full = amount_for_fraction(1.0, Side.BUY, STATE, 78_000.5)
    form = OrderForm(amount=f"{full:.5f}")
    assert check_order(form, STATE, C).ok
    assert amount_for_fraction(0.25, Side.SELL, STATE, 78_000.5) == 0.125
