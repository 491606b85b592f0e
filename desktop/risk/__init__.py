"""Risk: the pre-trade guard, trading states and breakers, sizing, VaR/CVaR, exposure, correlation and stress."""
