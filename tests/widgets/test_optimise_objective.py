"""Optimise: "Choose an objective", said while the objective list was still empty, goes as
soon as the list arrives with one chosen."""

from __future__ import annotations

from widgets.backtest.optimize_setup import OptimiseSetup


def test_no_objective_error_while_an_objective_is_chosen(qtbot):
    setup = OptimiseSetup()
    qtbot.addWidget(setup)
    setup.set_params([{"name": "fast", "kind": "int", "default": 10, "low": 5, "high": 20,
                       "step": 5}], {})
    assert setup.objective_error.text() == "Choose an objective"
    setup.set_objectives([("sharpe", True), ("total_return", True)])
    assert setup.objective.currentData() == "sharpe"
    assert setup.local_errors() == {}
    assert setup.objective_error.isHidden() and setup.objective_error.text() == ""
