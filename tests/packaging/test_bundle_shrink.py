"""The built app's size steps (build_scripts/bundle_shrink.py, dist_size.py) on real files:
Qt's ICU data library rebuilt for the app's languages still collates them as the full one
does, and the size check fails above the 350 MB target."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build_scripts"))
import bundle_shrink  # noqa: E402
import dist_size  # noqa: E402

ICU_TOOLS = all(shutil.which(t) for t in ("icupkg", "genccode", "cc", "nm", "readelf"))

COLLATE = r"""
import json, os
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringConverter
app = QCoreApplication([])
words = ["ábaco", "Zebra", "ação", "acaso", "Éter", "eco", "ñandú", "nube", "İstanbul"]
loaded = [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l]
print(json.dumps({
    "sorted": {loc: sorted(words, key=QCollator(QLocale(loc)).sortKey)
               for loc in ("pt_BR", "es_ES", "en_US")},
    "upper": QLocale("tr_TR").toUpper("istanbul"),
    "latin1": "ISO-8859-1" in QStringConverter.availableCodecs(),
    "library": loaded[0] if loaded else None,
}))
"""


def test_icu_items_kept_are_the_apps_languages_and_shared_data():
    keep = bundle_shrink._keep_icu_item
    assert keep("pt_BR.res", 30_000) and keep("coll/es.res", 9_000) and keep("en.res", 5_000)
    assert keep("root.res", 100_000) and keep("coll/root.res", 300_000)
    assert keep("coll/ucadata.icu", 570_000) and keep("likelySubtags.res", 268_000)
    assert keep("ibm-5348_P100-1997.cnv", 2_000)  # windows-1252
    assert not keep("coll/zh.res", 712_000) and not keep("de.res", 40_000)
    assert not keep("zone/ja.res", 60_000) and not keep("coll/de_.res", 100)
    assert not keep("brkitr/cjdict.dict", 2_000_000) and not keep("translit/root.res", 9)
    assert not keep("gb18030.cnv", 232_000)


@pytest.mark.skipif(not ICU_TOOLS, reason="needs icu-devtools, gcc and binutils (make system-deps)")
def test_trimmed_icu_data_collates_the_apps_languages_as_the_full_data(tmp_path):
    import PySide6

    full = next(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    trimmed = bundle / full.name
    shutil.copyfile(full, trimmed)
    bundle_shrink.trim_icu_data(bundle)
    assert trimmed.stat().st_size < full.stat().st_size / 4

    def run(library_dir: Path | None) -> dict:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if library_dir is not None:  # searched before the Qt libraries' $ORIGIN runpath
            env["LD_LIBRARY_PATH"] = str(library_dir)
        done = subprocess.run([sys.executable, "-c", COLLATE], env=env, capture_output=True,
                              text=True, check=True, timeout=60)
        return json.loads(done.stdout.splitlines()[-1])

    with_full, with_trimmed = run(None), run(bundle)
    assert with_trimmed["library"] == str(trimmed)
    assert with_full["library"] != str(trimmed)
    assert with_trimmed["sorted"] == with_full["sorted"]
    assert with_trimmed["sorted"]["es_ES"].index("ñandú") > with_trimmed["sorted"]["es_ES"].index(
        "nube")
    assert with_trimmed["upper"] == with_full["upper"] == "İSTANBUL"
    assert with_trimmed["latin1"]


def test_the_size_check_fails_above_the_target(tmp_path, capsys):
    bundle = tmp_path / "pregao"
    (bundle / "_internal").mkdir(parents=True)
    part = bundle / "_internal" / "libbig.so"
    with part.open("wb") as f:  # sparse: counted by size, as dist_size counts
        f.truncate((dist_size.TARGET_MB - 1) * 2**20)
    assert dist_size.report(bundle)[1] == []
    with part.open("r+b") as f:
        f.truncate((dist_size.TARGET_MB + 1) * 2**20)
    size, failures = dist_size.report(bundle)
    assert size > dist_size.TARGET_MB and failures
    assert "libbig.so" in capsys.readouterr().out  # the biggest parts are named
