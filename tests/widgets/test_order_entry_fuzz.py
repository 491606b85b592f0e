"""Hypothesis types arbitrary text into the order entry dock (empty, negative, NaN, inf, huge,
too many decimals, letters, other locales' formats, other scripts' digits): the dock never
crashes, never sends an order with a wrong amount, and what it does send fits the market."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core import OrderType, PregaoError, Side
from tests.widgets.test_order_entry import PlaceSpy, ready
from widgets.order_entry.numbers import NumberFormat

LOCALES = ("C", "pt_BR", "es", "en_US", "de_DE", "fr_FR")
#: Amounts no market order can have, in any of LOCALES: the dock must refuse every one.
BAD_AMOUNT = st.one_of(
    st.sampled_from([
        "", " ", "NaN", "nan", "-nan", "inf", "-inf", "Infinity", "∞", "1e400", "1e-9", "0",
        "0.0", "-0.01", "-1", "--1", "+-1", "0.000001", "0,0000001", "12abc", "1,2,3", "0x10",
        "١٢٣", "１２", "½", "९९", "1 000 000", "99999999999999999999", "1e3", "⁵", "٫٥",
    ]),
    st.integers(min_value=1, max_value=10**30).map(lambda n: f"-{n}"),
    # More than the 10,000 USDT balance buys at any price the market accepts (its tick is
    # 0.01): 1,000 BTC is affordable as a limit order at 1 USDT.
    st.integers(min_value=10**7, max_value=10**30).map(str),
    st.integers(min_value=1, max_value=10**6).map(lambda n: f"0.{n:06d}3"),  # > 5 decimals
    st.text(alphabet=st.characters(exclude_characters="0123456789"), max_size=12),
    st.text(alphabet=st.characters(categories=("Nd",), exclude_characters="0123456789"),
            min_size=1, max_size=6),
)
ANY_TEXT = st.one_of(
    st.text(max_size=14),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.from_regex(r"-?[0-9]{0,6}([.,][0-9]{0,9})?", fullmatch=True),
)
TYPES = st.sampled_from(list(OrderType))


def fill_form(panel, side, order_type, amount, texts, bracket, unit, locale):
    form = panel.form
    panel.fmt = NumberFormat.of(locale)
    form.set_side(side)
    form.set_order_type(order_type)
    form.unit.setChecked(unit)
    form.bracket.setChecked(bracket)
    form.amount.setText(amount)
    for edit, text in zip((form.price, form.stop, form.trail, form.visible, form.take_profit,
                           form.stop_loss), texts, strict=True):
        edit.setText(text)


def test_wrong_amounts_never_reach_the_engine(qtbot, window, aio, monkeypatch):
    panel = ready(qtbot, window)
    spy = PlaceSpy(window.ctx.client)
    monkeypatch.setattr(window.ctx.client, "trade_place", spy)

    @settings(max_examples=150, deadline=None)
    @given(side=st.sampled_from(list(Side)), order_type=TYPES, amount=BAD_AMOUNT,
           texts=st.tuples(*[ANY_TEXT] * 6), bracket=st.booleans(),
           locale=st.sampled_from(LOCALES))
    def attempt(side, order_type, amount, texts, bracket, locale):
        fill_form(panel, side, order_type, amount, texts, bracket, False, locale)
        assert not panel.submit()
        assert panel.form.shown_errors(), "a refused order names the wrong field"
        assert not panel.market_order(side) and not panel.order_at_touch(side)
        assert spy.requests == []

    attempt()
    aio.sleep(0.1)
    assert spy.requests == []
    assert aio.run(window.ctx.client.trade_orders(panel.account_id)) == []


def test_arbitrary_text_only_sends_orders_that_fit_the_market(qtbot, window, monkeypatch):
    panel = ready(qtbot, window)
    sent = []

    async def nothing(*_args):  # a recorded order goes no further: the engine stays empty
        raise PregaoError("Recorded by the test, not sent.")

    def record(account_id, request, *args, **kwargs):
        sent.append(request)
        return nothing()

    monkeypatch.setattr(window.ctx.client, "trade_place", record)
    market = panel.market()
    tick, step = Decimal(repr(market.price_tick)), Decimal(repr(market.amount_step))

    # Near-valid values too, so that some orders do go out and get checked.
    last = panel.state().reference(Side.BUY)
    amounts = st.decimals(Decimal("0.00001"), Decimal("0.1"), places=5).map(str)
    prices = st.one_of(st.decimals(Decimal(int(last * 0.8)), Decimal(int(last * 1.2)),
                                   places=2).map(str),
                       st.sampled_from(["1", "2,5", "3.5", "10"]))  # R, % and trail values
    text = st.one_of(prices, st.just(""), ANY_TEXT)

    quote_amounts = st.decimals(Decimal("1"), Decimal("3000"), places=2).map(str)
    sent_total = []

    below, above = f"{int(last * 0.95)}", f"{int(last * 1.05)}"

    @settings(max_examples=200, deadline=None, derandomize=True)
    @example(Side.BUY, OrderType.MARKET, "0.01", ("",) * 6, False, False, "C")
    @example(Side.BUY, OrderType.MARKET, "100", ("x",) * 6, False, True, "pt_BR")
    @example(Side.BUY, OrderType.LIMIT, "0,01", (below, "", "", "", above, f"{below},5"),
             True, False, "pt_BR")
    @example(Side.BUY, OrderType.STOP_LIMIT, "0.002", (above, above, "", "", "", ""), False,
             False, "en_US")
    @given(side=st.sampled_from([Side.BUY, Side.BUY, Side.SELL]),
           order_type=st.one_of(st.just(OrderType.MARKET), st.just(OrderType.LIMIT), TYPES),
           amount=st.one_of(amounts, quote_amounts, ANY_TEXT, BAD_AMOUNT),
           texts=st.tuples(*[text] * 6), bracket=st.booleans(), unit=st.booleans(),
           locale=st.sampled_from(LOCALES))
    def attempt(side, order_type, amount, texts, bracket, unit, locale):
        sent.clear()
        fill_form(panel, side, order_type, amount, texts, bracket, unit, locale)
        if not panel.submit():
            assert sent == [] and panel.form.shown_errors()
            return
        (req,) = sent
        sent_total.append(req)
        assert req.amount >= market.min_amount and Decimal(repr(req.amount)) % step == 0
        for price in (req.price, req.stop_price, req.take_profit, req.stop_loss):
            assert price is None or (price > 0 and Decimal(repr(price)) % tick == 0)
        if req.type.needs_price:
            assert req.price is not None
        if req.type.needs_stop_price:
            assert req.stop_price is not None
        reference = req.price or req.stop_price or panel.state().reference(side)
        assert req.amount * reference >= market.min_notional * (1 - 1e-9)

    attempt()
    assert sent_total, "the fuzz must also reach orders that go out"
