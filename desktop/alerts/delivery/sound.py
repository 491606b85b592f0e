"""A short sound per severity, played through the platform's own player (Qt-free: the engine
plays it; PySide6-Essentials has no QtMultimedia). The WAV files are the project's own,
made by build_scripts/make_alert_sounds.py and shipped in desktop/resources/sounds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.core.alert_delivery import severity_of
from desktop.package_data import resources_dir

PLAY_TIMEOUT_S = 10.0
#: Linux players, best first: PipeWire, PulseAudio, ALSA. `PREGAO_SOUND_DEVICE` picks an ALSA
#: device for aplay (the tests play to "null": decoded and timed, heard by no one).
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def sound_file(severity: str) -> Path:
    return resources_dir() / "sounds" / f"alert_{severity_of(severity)}.wav"


def player_command(path: Path) -> list[str]:
    """The command that plays `path` here; RuntimeError naming what to install if none."""
    if sys.platform == "darwin":
        return ["afplay", str(path)]
    for name in LINUX_PLAYERS:
        exe = shutil.which(name)
        if exe:
            device = os.environ.get("PREGAO_SOUND_DEVICE", "")
            if name == "aplay":
                return [exe, "-q", *(["-D", device] if device else []), str(path)]
            return [exe, str(path)]
    raise RuntimeError("no sound player found (install pipewire, pulseaudio-utils or "
                       "alsa-utils)")


def play_severity(severity: str) -> None:
    """Blocking until played; raises with the player's complaint when it fails."""
    path = sound_file(severity)
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(str(path), winsound.SND_FILENAME)
        return
    result = subprocess.run(player_command(path), capture_output=True, text=True,
                            timeout=PLAY_TIMEOUT_S, check=False)
    if result.returncode != 0:
        raise RuntimeError((result.stderr or f"exit status {result.returncode}").strip()[:200])
