"""Metric names, units and formatting shared by the results, run list and comparison."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from widgets.chart.price_axis import price_decimals
from widgets.common.numbers import fmt_number

#: Display order and unit of each metric the backtester computes. Units: "frac" a fraction
#: shown as %, "pct" already a percentage, "money" account currency, "ratio", "count",
#: "days", "bars".
METRICS: tuple[tuple[str, str], ...] = (
    ("total_return", "frac"),
    ("annual_return", "frac"),
    ("buy_hold_return", "frac"),
    ("max_drawdown", "frac"),
    ("max_drawdown_duration_days", "days"),
    ("sharpe", "ratio"),
    ("sortino", "ratio"),
    ("calmar", "ratio"),
    ("volatility", "frac"),
    ("var_95", "frac"),
    ("cvar_95", "frac"),
    ("trades", "count"),
    ("win_rate", "frac"),
    ("profit_factor", "ratio"),
    ("expectancy", "money"),
    ("avg_win", "money"),
    ("avg_loss", "money"),
    ("largest_win", "money"),
    ("largest_loss", "money"),
    ("exposure_pct", "pct"),
    ("start_equity", "money"),
    ("end_equity", "money"),
    ("max_drawdown_duration_bars", "bars"),
)
UNITS = dict(METRICS)


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


def metric_label(key: str) -> str:
    # Built per call, not at import: the language can change while the app runs.
    labels = {
        "total_return": _t("Total return"),
        "annual_return": _t("Annual return (CAGR)"),
        "buy_hold_return": _t("Buy & hold return"),
        "max_drawdown": _t("Max drawdown"),
        "max_drawdown_duration_days": _t("Longest drawdown (days)"),
        "max_drawdown_duration_bars": _t("Longest drawdown (bars)"),
        "sharpe": _t("Sharpe ratio"),
        "sortino": _t("Sortino ratio"),
        "calmar": _t("Calmar ratio"),
        "volatility": _t("Volatility (annual)"),
        "var_95": _t("VaR 95 % (per bar)"),
        "cvar_95": _t("CVaR 95 % (per bar)"),
        "trades": _t("Trades"),
        "win_rate": _t("Win rate"),
        "profit_factor": _t("Profit factor"),
        "expectancy": _t("Expectancy per trade"),
        "avg_win": _t("Average win"),
        "avg_loss": _t("Average loss"),
        "largest_win": _t("Largest win"),
        "largest_loss": _t("Largest loss"),
        "exposure_pct": _t("Exposure"),
        "start_equity": _t("Starting equity"),
        "end_equity": _t("Final equity"),
    }
    return labels.get(key, key.replace("_", " "))


def ordered_metrics(keys) -> list[str]:
    """Known metrics in display order, then any others the engine added, alphabetically."""
    keys = set(keys)
    known = [k for k, _ in METRICS if k in keys]
    return known + sorted(keys - set(known))


def format_metric(key: str, value: float | None, signed: bool = False) -> str:
    """`value` in the metric's unit; None or NaN (no data for it) shows as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    unit = UNITS.get(key, "ratio")
    loc = QLocale()
    if unit == "frac":
        text, suffix = fmt_number(value * 100, 2, loc), " %"
    elif unit == "pct":
        text, suffix = fmt_number(value, 1, loc), " %"
    elif unit in ("count", "bars"):
        text, suffix = loc.toString(round(value)), ""
    elif unit == "days":
        text, suffix = fmt_number(value, 1, loc), ""
    elif unit == "money":
        text, suffix = fmt_number(value, 2, loc), ""
    else:
        text, suffix = fmt_number(value, 2, loc), ""
    if signed and value > 0:
        text = "+" + text
    return text + suffix


def format_price(value: float) -> str:
    return fmt_number(value, price_decimals(value), QLocale())


def format_amount(value: float) -> str:
    decimals = 2 if abs(value) >= 100 else 4 if abs(value) >= 1 else 6
    return fmt_number(value, decimals, QLocale())


def format_time(ms: int) -> str:
    """Local time, as the chart's axis shows it."""
    return QDateTime.fromMSecsSinceEpoch(int(ms)).toString("yyyy-MM-dd HH:mm")


def side_label(side: str) -> str:
    return {"long": _t("Long"), "short": _t("Short")}.get(side, side)


def exit_reason_label(reason: str) -> str:
    labels = {
        "signal": _t("Signal"),
        "stop_loss": _t("Stop-loss"),
        "take_profit": _t("Take-profit"),
        "trailing_stop": _t("Trailing stop"),
        "reverse": _t("Reversal"),
        "end": _t("End of data"),
    }
    return labels.get(reason, reason)
