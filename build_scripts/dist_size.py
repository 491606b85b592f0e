"""The one-folder app's size: printed by `make dist` and `make dist-test`.

    python build_scripts/dist_size.py [dist/pregao]

Above TARGET_MB (the issue's 350 MB; the ceiling is the target) it fails and names the
biggest parts. It measured 339 MB when the target was first met: numba's LLVM and the other
big libraries off the first-frame path packed with UPX, Qt's ICU data cut to the app's
languages, fastparquet in place of pyarrow (docs/architecture.md, "The built app's size").
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 350
CEILING_MB = TARGET_MB  # fails above it


def folder_mb(folder: Path) -> float:
    """MiB on disk, as `du -sm` counts (a symlink is not a second copy)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def biggest(bundle: Path, count: int = 8) -> list[tuple[str, float]]:
    """The largest top-level parts of the bundle (packages, libraries, the executable)."""
    parts = [*(bundle / "_internal").iterdir(), *(p for p in bundle.iterdir()
                                                   if p.name != "_internal")]
    sizes = [(p.name, folder_mb(p) if p.is_dir() else p.stat().st_size / 2**20)
             for p in parts if not p.is_symlink()]
    return sorted(sizes, key=lambda s: -s[1])[:count]


def report(bundle: Path) -> tuple[float, list[str]]:
    """Prints the size; returns it and the failures (over the ceiling)."""
    size = folder_mb(bundle)
    print(f"{bundle.name}: {size:.0f} MB (target {TARGET_MB} MB, ceiling {CEILING_MB} MB)")
    if size > TARGET_MB:
        parts = ", ".join(f"{name} {mb:.0f}" for name, mb in biggest(bundle))
        print(f"WARNING: {size - TARGET_MB:.0f} MB over the {TARGET_MB} MB target; biggest "
              f"parts (MB): {parts}")
    if size > CEILING_MB:
        return size, [f"the bundle is {size:.0f} MB, over its {CEILING_MB} MB ceiling: "
                      "something new came in (check the spec's excludes and what "
                      "build_scripts/bundle_shrink.py packs)"]
    return size, []


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "pregao").resolve()
    if not (bundle / "_internal").is_dir():
        sys.exit(f"{bundle} is not a built app: run `make dist` first")
    _, failures = report(bundle)
    for failure in failures:
        print("dist:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
