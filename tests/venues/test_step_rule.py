"""One step rule for amounts and prices (desktop.core.fits_step): binary noise passes, a real
fraction of a step does not, also when the step is tiny and the amount large (a replay's
1e-9 amount step read off its data, with ~1e12 steps in one order)."""

from __future__ import annotations

import pytest

from desktop.core import InvalidOrder, Market, fits_step
from desktop.venues.paper.validation import check_amount


@pytest.mark.parametrize(("value", "step", "fits"), [
    (0.3, 0.1, True),  # 0.3 / 0.1 == 2.9999999999999996
    (0.35, 0.1, False),
    (982.58497973, 1e-9, True),  # ~1e12 steps: the quotient is off by ~1e-4 of a step
    (982.5849797305, 1e-9, False),  # half a step off
    (1_014.109122536, 1e-9, True),
    (80_146.29, 0.01, True),
    (80_146.295, 0.01, False),
    (5.0, 0.0, True),  # no step: anything fits
])
def test_fits_step(value, step, fits):
    assert fits_step(value, step) is fits


def test_paper_venue_takes_a_large_amount_on_a_tiny_step():
    market = Market("ETH/BTC", "ETH", "BTC", price_tick=1e-8, amount_step=1e-9)
    check_amount(market, 982.58497973, "Amount", "paper")  # was refused: "not a multiple"
    with pytest.raises(InvalidOrder, match="not a multiple of the step"):
        check_amount(market, 982.5849797305, "Amount", "paper")


@pytest.mark.parametrize(("value", "step"), [
    (970.876506286, 1e-9),  # 970876506285.9999 steps: a fixed tolerance floored it a step down
    (982.58497973, 1e-9),
    (0.3, 0.1),
    (80_146.29, 0.01),
])
def test_an_amount_on_the_step_rounds_to_itself_in_every_mode(value, step):
    market = Market("ETH/BTC", "ETH", "BTC", price_tick=step, amount_step=step)
    for mode in ("floor", "ceil", "nearest"):
        assert market.round_amount(value, mode) == value
        assert market.round_price(value, mode) == value
    # off the step, floor and ceil still go down and up
    assert market.round_amount(value + step / 2, "floor") == value
    assert market.round_amount(value - step / 2, "ceil") == value
