"""Chart colours. Up/down hues are mid-luminance so they read on dark and light backgrounds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class ChartTheme:
    background: str
    text: str
    grid: str
    axis: str
    crosshair: str
    up: str
    down: str
    volume_alpha: int  # 0..255: volume bars sit behind price, so they are muted
    sma: str
    ema: str
    bbands: str
    rsi: str
    macd: str
    macd_signal: str
    guide: str  # RSI 30/70 and MACD zero lines


DARK = ChartTheme(
    background="#131722",
    text="#b2b5be",
    grid="#242833",
    axis="#363a45",
    crosshair="#9598a1",
    up="#26a69a",
    down="#ef5350",
    volume_alpha=120,
    sma="#f0b90b",
    ema="#42a5f5",
    bbands="#ab47bc",
    rsi="#ab47bc",
    macd="#42a5f5",
    macd_signal="#ff9800",
    guide="#5d606b",
)

LIGHT = ChartTheme(
    background="#ffffff",
    text="#131722",
    grid="#eef0f4",
    axis="#d1d4dc",
    crosshair="#787b86",
    up="#089981",
    down="#f23645",
    volume_alpha=110,
    sma="#d39e00",
    ema="#1e63d6",
    bbands="#8e24aa",
    rsi="#8e24aa",
    macd="#1e63d6",
    macd_signal="#f57c00",
    guide="#9598a1",
)


def theme_for(dark: bool) -> ChartTheme:
    return DARK if dark else LIGHT


def blend(color: str, background: str, alpha: int) -> str:
    """`color` drawn at `alpha` (0..255) over `background`, as one opaque colour."""
    fg = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    bg = [int(background[i : i + 2], 16) for i in (1, 3, 5)]
    a = alpha / 255.0
    return "#" + "".join(f"{round(f * a + b * (1 - a)):02x}" for f, b in zip(fg, bg, strict=True))
