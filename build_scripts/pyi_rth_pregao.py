"""PyInstaller runtime hook: runs before the app's own code in the frozen build.

- pyqtgraph and qasync bind to PySide6 (the only Qt in the bundle).
- numba caches compiled kernels beside their source files by default; in an installed bundle
  that folder may be read-only, so the cache goes to the user's cache folder instead
  (NUMBA_CACHE_DIR; the kernel modules ship as .py files so numba can stamp them).
"""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")
if "NUMBA_CACHE_DIR" not in os.environ:
    import platformdirs

    os.environ["NUMBA_CACHE_DIR"] = os.path.join(platformdirs.user_cache_dir("Pregao"), "numba")
