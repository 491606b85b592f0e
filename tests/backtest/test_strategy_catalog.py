"""User strategy files: found, reloaded on change, broken ones reported without harm."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.backtest.strategy_catalog import StrategyCatalog, default_strategies_dir

GOOD = """
from strategies.base import Param, Signals, Strategy

class Momentum(Strategy):
    '''Buy after a rise.'''
    id = "momentum"
    lookback = Param({lookback}, 1, 100)

    def signals(self, data):
        return Signals()
"""

BROKEN = """
from strategies.base import Strategy

class Oops(Strategy):
    id = "oops"
    def signals(self, data)   # missing colon
        return None
"""


def _write(path: Path, text: str, bump_ns: int = 0) -> None:
    path.write_text(text)
    if bump_ns:  # make the change visible even on filesystems with coarse mtimes
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump_ns))


def test_user_strategies_are_found_next_to_the_builtins(tmp_path):
    _write(tmp_path / "momentum.py", GOOD.format(lookback=5))
    catalog = StrategyCatalog(tmp_path)
    assert catalog.refresh() == [tmp_path / "momentum.py"]
    found = catalog.strategies()
    assert "momentum" in found and "sma_cross" in found
    assert found["momentum"]().lookback == 5
    assert catalog.refresh() == []  # nothing changed, nothing reloaded


def test_a_changed_file_is_reloaded(tmp_path):
    path = tmp_path / "momentum.py"
    _write(path, GOOD.format(lookback=5))
    catalog = StrategyCatalog(tmp_path)
    catalog.refresh()
    _write(path, GOOD.format(lookback=42), bump_ns=1_000_000_000)
    assert catalog.refresh() == [path]
    assert catalog.get("momentum")().lookback == 42


def test_a_broken_file_shows_its_error_and_the_rest_keeps_working(tmp_path):
    _write(tmp_path / "momentum.py", GOOD.format(lookback=5))
    _write(tmp_path / "oops.py", BROKEN)
    _write(tmp_path / "raises.py", "raise RuntimeError('no data for you')\n")
    catalog = StrategyCatalog(tmp_path)
    catalog.refresh()
    errors = catalog.errors()
    assert set(errors) == {tmp_path / "oops.py", tmp_path / "raises.py"}
    assert "SyntaxError" in errors[tmp_path / "oops.py"]
    assert "Traceback" in errors[tmp_path / "raises.py"]
    assert "no data for you" in errors[tmp_path / "raises.py"]
    assert "momentum" in catalog.strategies() and "sma_cross" in catalog.strategies()
    # fixing the file clears the error
    _write(tmp_path / "raises.py", GOOD.replace("momentum", "momentum2").format(lookback=1),
           bump_ns=1_000_000_000)
    catalog.refresh()
    assert tmp_path / "raises.py" not in catalog.errors()
    assert "momentum2" in catalog.strategies()


def test_deleted_files_disappear_and_bad_defaults_or_duplicate_ids_are_errors(tmp_path):
    path = tmp_path / "momentum.py"
    _write(path, GOOD.format(lookback=5))
    _write(tmp_path / "bad_default.py", GOOD.replace("momentum", "m3").format(lookback=500))
    _write(tmp_path / "dup.py", GOOD.replace('"momentum"', '"sma_cross"').format(lookback=5))
    catalog = StrategyCatalog(tmp_path)
    catalog.refresh()
    errors = catalog.errors()
    assert "lookback" in errors[tmp_path / "bad_default.py"]
    assert "already used" in errors[tmp_path / "dup.py"]
    path.unlink()
    assert path in catalog.refresh()
    assert "momentum" not in catalog.strategies()


def test_default_folder_is_in_the_user_data_dir():
    folder = default_strategies_dir()
    assert folder.name == "strategies" and "pregao" in str(folder).lower()


def test_strategy_files_can_share_underscore_helpers(tmp_path):
    _write(tmp_path / "_shared.py", "LOOKBACK = 7\n")
    header = "from _shared import LOOKBACK\nfrom strategies.base"
    text = GOOD.replace("from strategies.base", header)
    _write(tmp_path / "uses_helper.py", text.format(lookback="LOOKBACK"))
    catalog = StrategyCatalog(tmp_path)
    catalog.refresh()
    assert catalog.errors() == {}
    assert list(catalog.entries) == [tmp_path / "uses_helper.py"]  # the helper is no entry
    assert catalog.get("momentum")().lookback == 7
