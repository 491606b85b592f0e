"""PyInstaller runtime hook: runs before the app's own code in the frozen build.

- pyqtgraph and qasync bind to PySide6 (the only Qt in the bundle).
- The big libraries that UPX packed (build_scripts/bundle_shrink.py) unpack themselves when
  they are loaded, and Python loads a library holding the GIL (llvmlite's ctypes.CDLL): the
  indicator warm-up thread's `import numba` would stop the UI thread for the ~0.6-1 s
  libllvmlite takes to unpack. A finder loads it first through a ctypes call to dlopen,
  which runs without the GIL; llvmlite then finds it loaded. (The other packed libraries are
  small: a few milliseconds each.)

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


import sys

# The module whose import loads the packed libraries -> those libraries (under _internal/).
_PRELOAD = {
    "llvmlite.binding.ffi": ("llvmlite/binding/libllvmlite.so",),
}


class _UnpackWithoutGil:
    """A meta-path finder that finds nothing: it only loads libraries before an import."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        patterns = _PRELOAD.pop(name, None)
        if patterns:
            import ctypes
            import glob

            dlopen = ctypes.CDLL(None).dlopen  # a foreign call: ctypes releases the GIL
            dlopen.argtypes, dlopen.restype = [ctypes.c_char_p, ctypes.c_int], ctypes.c_void_p
            base = getattr(sys, "_MEIPASS", "")
            for pattern in patterns:
                for library in glob.glob(os.path.join(base, pattern)):
                    dlopen(os.fsencode(library), os.RTLD_NOW)
        return None  # (it stays in sys.meta_path: removing it while importlib walks the
        # list would skip the finder after it)


sys.meta_path.insert(0, _UnpackWithoutGil)
