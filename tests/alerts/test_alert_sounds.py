"""The alert sounds: the project's own short WAV per severity, shipped as package data and
played through the system's player (aplay to ALSA's null device here: decoded, heard by no
one)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import wave

import pytest

from desktop.alerts.delivery.local_channels import SoundChannel
from desktop.alerts.delivery.outbox import Outgoing
from desktop.alerts.delivery.policy import DeliveryError
from desktop.alerts.delivery.sound import sound_file
from desktop.core.alert_delivery import SEVERITIES
from tests.conftest import REPO


def test_each_severity_has_its_own_short_wav_made_by_the_build_script(tmp_path):
    frames = {}
    for severity in SEVERITIES:
        with wave.open(str(sound_file(severity))) as f:
            assert (f.getnchannels(), f.getsampwidth()) == (1, 2)
            assert 0.1 < f.getnframes() / f.getframerate() < 1.0  # short
            frames[severity] = f.readframes(f.getnframes())
    assert len(set(frames.values())) == 3
    # the committed files are exactly what the script makes
    committed = {s: sound_file(s).read_bytes() for s in SEVERITIES}
    subprocess.run([sys.executable, "build_scripts/make_alert_sounds.py"], cwd=REPO,
                   check=True, capture_output=True)
    assert {s: sound_file(s).read_bytes() for s in SEVERITIES} == committed


def test_the_sound_channel_plays_through_the_system_player(monkeypatch):
    if shutil.which("aplay") is None:
        pytest.skip("needs aplay (Debian package alsa-utils)")
    monkeypatch.setenv("PATH", str(REPO / "no-such-dir") + ":/usr/bin:/bin")
    monkeypatch.setenv("PREGAO_SOUND_DEVICE", "null")
    channel = SoundChannel()
    for severity in SEVERITIES:
        assert asyncio.run(channel.send(Outgoing("k", "t", "b", severity))) == ""
    monkeypatch.setenv("PREGAO_SOUND_DEVICE", "no-such-device")
    with pytest.raises(DeliveryError, match="The sound could not be played"):
        asyncio.run(channel.send(Outgoing("k", "t", "b", "critical")))
