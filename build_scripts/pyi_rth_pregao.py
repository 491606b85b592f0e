"""PyInstaller runtime hook: runs before the app's own code in the frozen build.

- pyqtgraph and qasync bind to PySide6 (the only Qt in the bundle).

numba's compiled kernels (cache=True) need no setting here: in a frozen app numba keys its
cache on the executable and keeps it in its user-wide cache folder (`$XDG_CACHE_HOME/numba`,
i.e. ~/.cache/numba), which is writable even when the bundle is installed read-only. (A
NUMBA_CACHE_DIR would be ignored: PyInstaller stores relative source paths in the bundled
code, so numba's user-provided locator never applies.) `make dist-test` checks that the
cache is written there.
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")
