"""Start numba's compiler context without its BLAS probe (scipy.linalg: ~0.15 s of CPU).

The first compile or cache load in a process makes numba import its implementation modules,
and numba.np.arraymath then imports scipy.linalg.cython_blas only to learn whether a BLAS
exists (for np.dot). That drags in scipy.linalg, its array-API layer and numpy.f2py: ~0.15 s
of CPU in every fresh `pregao backtest`, a third of what a bare numpy script reading the same
file needs in all. No kernel of ours calls BLAS, so the CLI starts the context with that one
import refused. numba then computes 1-D dot products with its own loop; whatever needs BLAS
later (a matrix product in a user's numba code) imports scipy when it is compiled, as numba
always does for it (numba.np.linalg.ensure_blas).
"""

from __future__ import annotations

import sys

_BLAS_MODULE = "scipy.linalg.cython_blas"


def start_numba_without_blas_probe() -> bool:
    """Load numba's CPU target context now, its BLAS probe answered 'absent'. True when it
    did so; False when there was nothing to save (scipy.linalg already imported, or the
    context loaded before)."""
    if _BLAS_MODULE in sys.modules or "numba.np.arraymath" in sys.modules:
        return False
    try:
        from numba.core.registry import cpu_target
    except ImportError:  # pragma: no cover - a numba without this layout: load as usual
        return False
    sys.modules[_BLAS_MODULE] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        cpu_target.target_context.refresh()
    finally:
        if _BLAS_MODULE in sys.modules and sys.modules[_BLAS_MODULE] is None:
            del sys.modules[_BLAS_MODULE]
    return True
