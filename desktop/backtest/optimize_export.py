"""Sweep, walk-forward and Monte Carlo results as JSON-ready dicts and CSV files.

JSON has no NaN or infinity: those become null (as in the backtest export). Times are
ISO-8601 UTC strings.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.backtest.export import iso_times
from desktop.backtest.monte_carlo import Distribution, MonteCarloResult
from desktop.backtest.optimize import Heatmap, OptimizeResult
from desktop.backtest.results import finite_or_none
from desktop.backtest.walk_forward import WalkForwardResult


def _clean(metrics: Mapping[str, float]) -> dict[str, float | None]:
    return {k: finite_or_none(float(v)) for k, v in metrics.items()}


def sweep_dict(result: OptimizeResult) -> dict[str, Any]:
    best = result.best
    return {
        "strategy": result.strategy,
        "objective": result.objective,
        "maximize": result.maximize,
        "parameters": result.param_names,
        "total": result.total,
        "ranked": result.count("ok"),
        "rejected": result.count("rejected"),
        "invalid": result.count("invalid"),
        "errors": result.count("error"),
        "cancelled": result.cancelled,
        "best": None if best is None else {"params": best.params,
                                           "metrics": _clean(best.metrics)},
        "rows": [
            {"params": r.params, "status": r.status, "reason": r.reason,
             "metrics": _clean(r.metrics)}
            for r in result.rows
        ],
    }


def heatmap_dict(h: Heatmap) -> dict[str, Any]:
    return {
        "x": h.x,
        "y": h.y,
        "metric": h.metric,
        "x_values": h.x_values,
        "y_values": h.y_values,
        "z": [[finite_or_none(float(v)) for v in row] for row in h.z],
    }


def walk_forward_dict(wf: WalkForwardResult) -> dict[str, Any]:
    stamps = iso_times(
        [t for w in wf.windows for t in (w.in_from_ms, w.out_from_ms, w.out_to_ms)]
    )
    windows = []
    for k, w in enumerate(wf.windows):
        windows.append({
            "in_sample_from": stamps[3 * k],
            "out_of_sample_from": stamps[3 * k + 1],
            "out_of_sample_to": stamps[3 * k + 2],
            "in_sample_bars": w.window.in_stop - w.window.in_start,
            "out_of_sample_bars": w.window.out_stop - w.window.out_start,
            "params": w.params,
            "ranked_sets": w.ranked_sets,
            "in_sample": _clean(w.in_sample),
            "out_of_sample": _clean(w.out_of_sample),
            "start_equity": w.start_equity,
            "end_equity": w.end_equity,
            "reason": w.reason,
        })
    return {
        "in_bars": wf.in_bars,
        "out_bars": wf.out_bars,
        "anchored": wf.anchored,
        "cancelled": wf.cancelled,
        "windows": windows,
        "metrics": _clean(wf.metrics),
        "equity": list(zip(iso_times(wf.ts), wf.equity.tolist(), strict=True)),
    }


def _dist(d: Distribution) -> dict[str, float]:
    return {"p5": d.p5, "p50": d.p50, "p95": d.p95, "mean": d.mean}


def monte_carlo_dict(mc: MonteCarloResult, source: str) -> dict[str, Any]:
    return {
        "source": source,
        "runs": mc.runs,
        "seed": mc.seed,
        "trades": mc.trades,
        "original_total_return": mc.original_total_return,
        "original_max_drawdown": mc.original_max_drawdown,
        "total_return": _dist(mc.total_return),
        "max_drawdown": _dist(mc.max_drawdown),
        "loss_probability": mc.loss_probability,
    }


def write_json(doc: Mapping[str, Any], path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, allow_nan=False), encoding="utf-8")


def write_csv(
    result: OptimizeResult,
    folder: Path,
    wf: WalkForwardResult | None = None,
    mc: MonteCarloResult | None = None,
) -> list[Path]:
    """results.csv (one row per set, ranked); with walk-forward, walk_forward.csv (one row
    per window) and walk_forward_equity.csv; with Monte Carlo, monte_carlo.csv."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "results.csv"]
    result.to_frame().to_csv(written[0], index=False)
    if wf is not None:
        doc = walk_forward_dict(wf)
        path = folder / "walk_forward.csv"
        metric_keys = sorted({k for w in doc["windows"] for k in w["out_of_sample"]})
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["in_sample_from", "out_of_sample_from", "out_of_sample_to",
                             *result.param_names, "start_equity", "end_equity", "reason",
                             *(f"oos_{k}" for k in metric_keys)])
            for w in doc["windows"]:
                params = w["params"] or {}
                writer.writerow([w["in_sample_from"], w["out_of_sample_from"],
                                 w["out_of_sample_to"],
                                 *(params.get(p, "") for p in result.param_names),
                                 w["start_equity"], w["end_equity"], w["reason"],
                                 *(_blank(w["out_of_sample"].get(k)) for k in metric_keys)])
        written.append(path)
        path = folder / "walk_forward_equity.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(("time", "equity"))
            writer.writerows(doc["equity"])
        written.append(path)
    if mc is not None:
        path = folder / "monte_carlo.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(("statistic", "p5", "p50", "p95", "mean", "original"))
            for name, d, orig in (("total_return", mc.total_return, mc.original_total_return),
                                  ("max_drawdown", mc.max_drawdown, mc.original_max_drawdown)):
                writer.writerow((name, d.p5, d.p50, d.p95, d.mean, orig))
        written.append(path)
    return written


def _blank(value: float | None) -> Any:
    return "" if value is None else value
