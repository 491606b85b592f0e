"""A fresh `pregao backtest` starts numba without importing scipy.linalg (its BLAS probe),
and numba code that needs BLAS still compiles afterwards in that process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_backtest_process_skips_scipy_linalg_and_blas_still_works(tmp_path):
    opens = [100 + k % 7 for k in range(300)]
    rows = "\n".join(f"{1_700_000_000_000 + 60_000 * k},{o},{o + 2},{o - 2},{o + k % 3 - 1},1"
                     for k, o in enumerate(opens))
    data = tmp_path / "c.csv"
    data.write_text("timestamp,open,high,low,close,volume\n" + rows + "\n")
    code = (
        "import sys\n"
        "from desktop.backtest.cli import main\n"
        f"assert main(['--strategy', 'sma_cross', '--data', {str(data)!r}, '--quiet']) == 0\n"
        "assert 'scipy.linalg' not in sys.modules, 'numba probed BLAS'\n"
        "import numpy as np\n"
        "from numba import njit\n"
        "product = njit(lambda a, b: np.dot(a, b))\n"
        "assert (product(np.ones((2, 3)), np.ones((3, 2))) == 3.0).all()\n"
        "assert float(product(np.arange(3.0), np.arange(3.0))) == 5.0\n"
        "import scipy.linalg\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
