"""The frozen app's entry point (PyInstaller runs this file as __main__).

The engine's worker pool (loky, desktop/engine/worker_pool.py) starts each worker as
`<python> -m joblib.externals.loky.backend.popen_loky_posix --pipe N ...` and its resource
tracker as `<python> -B -S -I -c "from joblib.externals.loky... import main; main(...)"`,
with `sys.executable` as the python. In the built app that executable is pregao, so those
two command lines are run here as the interpreter would run them; anything else is the app.
"""

import runpy
import sys

LOKY = "joblib.externals.loky."
_FLAGS_WITH_VALUE = ("-W", "-X")


def _as_interpreter(argv: list[str]) -> bool:
    """Run loky's `-m module` / `-c code` command line; False if `argv` is not one."""
    args = argv[1:]
    while args and args[0].startswith("-") and args[0] not in ("-m", "-c"):
        # Interpreter flags (-B -S -I, -W opt, -X opt): nothing to do in a frozen app.
        args = args[2:] if args[0] in _FLAGS_WITH_VALUE else args[1:]
    if len(args) >= 2 and args[0] == "-m" and args[1].startswith(LOKY):
        sys.argv = [args[1], *args[2:]]
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
        return True
    if len(args) >= 2 and args[0] == "-c" and args[1].startswith(f"from {LOKY}"):
        sys.argv = ["-c", *args[2:]]
        exec(compile(args[1], "<string>", "exec"), {"__name__": "__main__"})
        return True
    return False


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and _as_interpreter(sys.argv):
        sys.exit(0)
    from desktop.app import main

    sys.exit(main())
