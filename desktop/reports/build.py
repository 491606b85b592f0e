"""Write the reports of one Analysis (Excel, PDF or both), and the same figures as JSON."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.reports.formatting import ReportStyle
from desktop.reports.metrics.analysis import Analysis

Progress = Callable[[float], None]


def write_reports(analysis: Analysis, style: ReportStyle, xlsx: Path | None = None,
                  pdf: Path | None = None, progress: Progress | None = None) -> list[Path]:
    """Excel then PDF; `progress` hears 0..1 over both."""
    from desktop.reports.excel import write_excel
    from desktop.reports.pdf import write_pdf

    report = progress or (lambda _fraction: None)
    jobs = [(write_excel, xlsx), (write_pdf, pdf)]
    jobs = [(fn, path) for fn, path in jobs if path is not None]
    written = []
    for k, (fn, path) in enumerate(jobs):
        def part(fraction: float, k: int = k) -> None:
            report((k + fraction) / len(jobs))
        written.append(fn(analysis, Path(path), style, part))
    return written


def _finite(value: float) -> float | None:
    return value if isinstance(value, (int, float)) and math.isfinite(value) else None


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """Every scalar figure of the report (NaN and infinity as null) and the worst drawdowns."""
    return {
        "metrics": {k: _finite(float(v)) for k, v in analysis.metrics.items()},
        "benchmark": analysis.benchmark_name or None,
        "worst_drawdowns": [
            {"depth": d.depth, "start_ms": d.start_ms, "bottom_ms": d.bottom_ms,
             "end_ms": d.end_ms, "duration_days": d.duration_days}
            for d in analysis.worst_drawdowns],
        "monthly_returns": {
            f"{year}-{m + 1:02d}": float(analysis.monthly[y, m])
            for y, year in enumerate(analysis.years) for m in range(12)
            if math.isfinite(analysis.monthly[y, m])},
    }
