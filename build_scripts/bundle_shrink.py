"""Two size steps the PyInstaller spec runs on the finished one-folder app (pregao.spec).

- `trim_icu_data`: Qt links ICU, whose data library (libicudataNN, 31 MB) holds every
  locale's names, collations, legacy code pages, transliterators and the CJK/Thai word
  dictionaries. Qt reads ICU for collation (QCollator), case mapping and codecs; Qt's own
  locale tables (CLDR) and time zones (tzdata files) do not need it. The library is rebuilt
  with the data the app's languages need (root, en, pt, es), the single-byte code pages and
  everything that is not per-locale (Unicode properties, normalisation, collation base
  tables): ~5 MB. Another language's collation falls back to ICU's root order (Unicode's
  default), which is what any locale without tailoring already gets. Needs ICU's icupkg
  and genccode (Debian's icu-devtools: its .dat package format is the same across ICU
  versions) and a C compiler.
- `compress_libraries`: UPX (build_scripts/build_upx.sh) packs the big shared libraries
  that are loaded only after the first frame (numba's LLVM, scipy, scikit-learn, pandas,
  fastparquet's codecs, cryptography): each unpacks itself in memory when it is loaded
  (~0.6 s for libllvmlite, in each process that imports numba; pyi_rth_pregao.py lets the UI
  thread run meanwhile), and its pages are then the process's own rather than shared with
  other processes through the page cache (libllvmlite: ~150 MB more memory per worker
  process that imports numba). Qt, numpy, Python's own libraries and everything else on the
  path to the first frame stay as they are. Libraries that auditwheel grafted and patchelf
  rewrote (scipy's Fortran modules, the `<pkg>.libs/` folders) are refused by UPX ("bad
  DT_STRSZ") and stay unpacked: UPX checks before it writes, so a refused file is untouched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# -- ICU data ---------------------------------------------------------------------------------

ICU_LANGUAGES = ("en", "pt", "es")  # the app's languages (desktop/shell/i18n.py) and root
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # af, pt_BR, zh_Hant_TW, de_
_SMALL_CODEPAGE = 32 * 1024  # single-byte code pages (windows-1252, ISO-8859-x) are ~1-3 KB


def _keep_icu_item(item: str, size: int) -> bool:
    path = Path(item)
    if path.parts[0] == "translit" or path.suffix == ".dict":
        return False  # transliterators and word dictionaries: Qt uses neither
    if path.suffix == ".cnv":
        return size < _SMALL_CODEPAGE  # the multi-byte CJK code pages are 0.1-0.5 MB each
    if path.suffix == ".res" and _LOCALE_ITEM.match(path.stem):
        return path.stem.split("_")[0] in ICU_LANGUAGES
    return True  # root, pool, supplemental data, collation base, properties, normalisation


def _run(*cmd: str | Path, cwd: Path | None = None) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True,
                          cwd=cwd).stdout


def _icu_package(library: Path, symbol: str) -> bytes:
    """The ICU .dat package the data library carries as the symbol `icudtNN_dat`."""
    value, size = next((int(f[0], 16), int(f[1], 16)) for f in
                       (line.split() for line in _run("nm", "-D", "-S", library).splitlines())
                       if len(f) == 4 and f[3] == symbol)
    for line in _run("readelf", "-SW", library).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            address, offset = int(fields[3], 16), int(fields[4], 16)
            return library.read_bytes()[value - address + offset:][:size]
    raise RuntimeError(f"{library}: no .rodata section")


def trim_icu_data(folder: Path) -> None:
    """Rebuild the bundle's libicudataNN.so with the data the app's languages need."""
    for tool in ("icupkg", "genccode", "cc", "nm", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"make dist needs {tool} (make system-deps: icu-devtools, gcc, "
                             "binutils)")
    library = next(p for p in folder.rglob("libicudata.so.*") if not p.is_symlink())
    major = library.name.split(".so.")[1].split(".")[0]
    symbol, package = f"icudt{major}_dat", f"icudt{major}l.dat"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / package).write_bytes(_icu_package(library, symbol))
        items = _run("icupkg", "-l", package, cwd=work).split()
        (work / "x").mkdir()
        _run("icupkg", "-d", "x", "-x", "*", package, cwd=work)
        drop = [i for i in items if not _keep_icu_item(i, (work / "x" / i).stat().st_size)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        # --ignore-deps: the word-break rules name the dictionaries left out; ICU then breaks
        # those scripts without a dictionary (Qt finds text boundaries itself anyway).
        _run("icupkg", "--ignore-deps", "-r", "drop.txt", package, package, cwd=work)
        _run("genccode", "-q", "-a", "gcc", "-e", f"icudt{major}", package, cwd=work)
        _run("cc", "-shared", "-nostdlib", f"-Wl,-soname,libicudata.so.{major}",
             "-Wl,-z,noexecstack", "-o", "libicudata.so", f"icudt{major}l_dat.S", cwd=work)
        shutil.copyfile(work / "libicudata.so", library)
    print(f"ICU data: kept {len(items) - len(drop)} of {len(items)} items "
          f"({library.stat().st_size / 2**20:.1f} MB)")


# -- UPX --------------------------------------------------------------------------------------

# Under _internal/: loaded only after the first frame (desktop/shell/first_frame.py's
# OFF_THE_FIRST_FRAME keeps numba, scipy, scikit-learn and pandas off it; fastparquet and
# cryptography come with the engine's services, after it).
UPX_PACKAGES = ("llvmlite", "numba", "scipy", "sklearn", "pandas", "fastparquet", "cramjam",
                "cryptography")
UPX_MIN_BYTES = 256 * 1024  # below this the unpacking stub's page costs more than it saves
UPX_DEFAULT = ROOT / "build" / "tools" / "upx"


def upx_path() -> Path:
    """The UPX that `make dist` built (build_scripts/build_upx.sh), or one named by PREGAO_UPX."""
    path = Path(os.environ.get("PREGAO_UPX", UPX_DEFAULT))
    if not path.is_file():
        raise SystemExit(f"{path} is missing: `make dist` builds it (or run "
                         f"bash build_scripts/build_upx.sh {UPX_DEFAULT})")
    return path


def compress_libraries(folder: Path) -> None:
    upx = upx_path()
    internal = folder / "_internal"
    libraries = [p for package in UPX_PACKAGES for p in sorted((internal / package).rglob("*.so*"))
                 if p.is_file() and not p.is_symlink() and p.stat().st_size >= UPX_MIN_BYTES]
    before = sum(p.stat().st_size for p in libraries)

    def pack(path: Path) -> bool:
        done = subprocess.run([str(upx), "-q", "--no-progress", str(path)],
                              capture_output=True, text=True)
        return done.returncode == 0

    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        packed = sum(pool.map(pack, libraries))
    after = sum(p.stat().st_size for p in libraries)
    print(f"UPX: packed {packed} of {len(libraries)} libraries, "
          f"{before / 2**20:.0f} -> {after / 2**20:.0f} MB")
