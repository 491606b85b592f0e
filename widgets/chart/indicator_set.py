"""The indicators one chart shows: instances of `strategies.indicators` functions, each with
its own parameters and colour (SMA 20 and SMA 200 are two instances of one indicator).

A chart's set is saved in its panel config as a list of {"name", "params", "color"}; layouts
saved before instances existed named fixed toggles ("overlays": ["ema"], "subpanes":
["rsi"]), read here as the instances those toggles drew.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

# The quick toggles of the chart menu (and what old layouts' fixed toggles drew).
PRESETS: dict[str, tuple[str, dict[str, float]]] = {
    "sma": ("sma", {"period": 20}),
    "ema": ("ema", {"period": 50}),
    "bb": ("bbands", {"period": 20, "nbdev": 2.0}),
    "rsi": ("rsi", {"period": 14}),
    "macd": ("macd", {"fast": 12, "slow": 26, "signal": 9}),
}
# Colours given to new instances in turn: mid-luminance, readable on the dark and the light
# background, none of them the candles' up/down colours.
PALETTE = ("#42a5f5", "#ff9800", "#ab47bc", "#d39e00", "#ec407a", "#7e57c2", "#8d6e63",
           "#29b6f6", "#9ccc65", "#ef6c00")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(slots=True)
class IndicatorInstance:
    name: str  # a function of strategies.indicators
    params: dict[str, float]  # every parameter, in signature order
    color: str  # "#rrggbb" of its first output
    uid: str = field(default_factory=lambda: uuid.uuid4().hex[:8])

    def title(self) -> str:
        """"SMA 20", "BBANDS 20, 2", "MACD 12, 26, 9", "OBV"."""
        values = ", ".join(f"{v:g}" for v in self.params.values())
        return f"{self.name.upper()} {values}".strip()

    def to_config(self) -> dict[str, Any]:
        return {"name": self.name, "params": dict(self.params), "color": self.color}

    def same_values(self, other: IndicatorInstance) -> bool:
        """Same indicator and parameters (the computed lines can be kept)."""
        return self.name == other.name and self.params == other.params


def make_instance(name: str, params: Mapping[str, float] | None = None,
                  color: str | None = None, taken: Iterable[str] = ()) -> IndicatorInstance:
    """A checked instance (ValueError naming a bad parameter); without a colour it gets the
    first palette colour not in `taken`."""
    from strategies.indicator_catalog import check_params

    checked = check_params(name, params or {})
    if color is None or not _HEX.match(color):
        used = set(taken)
        color = next((c for c in PALETTE if c not in used), PALETTE[len(used) % len(PALETTE)])
    return IndicatorInstance(name, checked, color)


def preset(key: str, taken: Iterable[str] = ()) -> IndicatorInstance:
    name, params = PRESETS[key]
    return make_instance(name, params, taken=taken)


def preset_title(key: str) -> str:
    """"SMA 20": read without loading the indicator code (menus are built at start)."""
    name, params = PRESETS[key]
    return IndicatorInstance(name, dict(params), PALETTE[0]).title()


def is_preset(instance: IndicatorInstance, key: str) -> bool:
    name, params = PRESETS[key]
    return instance.name == name and all(instance.params.get(k) == v for k, v in params.items())


def instances_from_config(cfg: Mapping[str, Any]) -> list[IndicatorInstance]:
    """A panel config's indicator set, as saved: read at start, so without loading the
    indicator code; `checked` vets it once that code is loaded."""
    out: list[IndicatorInstance] = []
    if "indicators" in cfg:
        entries = [e for e in cfg.get("indicators") or [] if isinstance(e, Mapping)]
    else:  # a layout saved with the fixed toggles
        entries = [{"name": PRESETS[k][0], "params": PRESETS[k][1]}
                   for k in [*cfg.get("overlays", []), *cfg.get("subpanes", [])]
                   if k in PRESETS]
    for entry in entries:
        params = entry.get("params")
        color = entry.get("color")
        used = {i.color for i in out}
        if not isinstance(color, str) or not _HEX.match(color):
            color = next((c for c in PALETTE if c not in used), PALETTE[0])
        out.append(IndicatorInstance(str(entry.get("name", "")),
                                     dict(params) if isinstance(params, Mapping) else {},
                                     color))
    return out


def checked(instances: Iterable[IndicatorInstance]) -> list[IndicatorInstance]:
    """The instances with their parameters checked and completed; one this version cannot
    draw (an indicator or parameter it does not know) is left out and logged, never failing
    the whole chart."""
    from strategies.indicator_catalog import check_params

    out = []
    for instance in instances:
        try:
            out.append(IndicatorInstance(instance.name,
                                         check_params(instance.name, instance.params),
                                         instance.color, instance.uid))
        except (ValueError, TypeError) as exc:
            log.warning("Chart indicator %s left out: %s", instance.to_config(), exc)
    return out
