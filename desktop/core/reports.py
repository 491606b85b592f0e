"""Report requests and the performance dock's view as plain data (Qt-free, core only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: Report job stages, sent as ReportProgressEvent.stage (the UI words them).
STAGE_ANALYSING, STAGE_EXCEL, STAGE_PDF = "analysing", "excel", "pdf"
REPORT_STAGES = (STAGE_ANALYSING, STAGE_EXCEL, STAGE_PDF)


@dataclass(frozen=True, slots=True)
class ReportTargets:
    """Where to write (an empty path: that format is not wanted) and how: `style` is a
    desktop.reports.formatting.ReportStyle made by the UI (its language and theme)."""

    xlsx: str = ""
    pdf: str = ""
    style: Any = None


@dataclass(slots=True)
class PerformanceView:
    """What the performance dock draws for an account or a bot over a period: curves cut to a
    few thousand points, the monthly grid, and every metric (desktop.reports.labels keys)."""

    name: str
    benchmark_name: str
    ts: np.ndarray
    equity: np.ndarray
    benchmark: np.ndarray
    drawdown: np.ndarray
    years: list[int]
    monthly: np.ndarray
    yearly: np.ndarray
    metrics: dict[str, float] = field(default_factory=dict)
