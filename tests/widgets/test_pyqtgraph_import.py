"""pyqtgraph imported through widgets.common.pyqtgraph_import: its Qt mirrors forward names
to PySide6 on first use instead of copying every class at import, and pyqtgraph still works.

Runs in a fresh interpreter: in this one, another test may have imported pyqtgraph first."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

CHECK = r"""
import PySide6.QtCore as C, PySide6.QtGui as G, PySide6.QtWidgets as W
from widgets.common.pyqtgraph_import import pg
import pyqtgraph.Qt as shim

# Nothing was copied up front: a class the chart never touches is not on the mirror yet...
assert "QCalendarWidget" not in vars(shim.QtWidgets)
# ...and arrives, the very same class, on first use (then it is kept).
assert shim.QtWidgets.QCalendarWidget is W.QCalendarWidget
assert "QCalendarWidget" in vars(shim.QtWidgets)
assert shim.QtCore.Signal is C.Signal and shim.QtGui.QColor is G.QColor
assert shim.QtCore.__version__ == C.__version__
assert "QPainterPath" in dir(shim.QtGui)
# pyqtgraph's own shims on the mirrors still win (PySide6 puts QFileSystemModel in
# QtWidgets; pyqtgraph also offers it from QtGui).
assert shim.QtGui.QFileSystemModel is W.QFileSystemModel
# A missing name is still an AttributeError.
try:
    shim.QtCore.NoSuchThing
except AttributeError:
    pass
else:
    raise AssertionError("a missing name resolved")
# The import machinery is as it was (the finder was only there during the import).
import sys
assert not any(type(f).__name__ == "_ShimFinder" for f in sys.meta_path)

app = W.QApplication([])
plot = pg.PlotWidget()
curve = plot.plot([1.0, 2.0, 3.0], [3.0, 1.0, 2.0])
plot.resize(200, 150)
plot.show()
app.processEvents()
image = plot.grab().toImage()
assert curve.getData()[1].tolist() == [3.0, 1.0, 2.0]
assert not image.isNull() and image.width() == 200
print("ok")
"""


def test_pyqtgraph_mirrors_forward_to_pyside6_and_pyqtgraph_draws():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("PYQTGRAPH_QT_LIB", None)  # the module itself binds pyqtgraph to PySide6
    proc = subprocess.run([sys.executable, "-c", CHECK], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith("ok")
