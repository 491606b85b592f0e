"""Write the alert sounds, one short WAV per severity, into desktop/resources/sounds.

Made here (stdlib `wave`, no samples of anyone else's) so the project owns them: info is one
soft tone, warning two rising tones, critical three urgent beeps. Deterministic: running it
again writes the same bytes.

    python build_scripts/make_alert_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[1] / "desktop" / "resources" / "sounds"

# (frequency Hz, duration s, gap after s) per note
SOUNDS: dict[str, list[tuple[float, float, float]]] = {
    "info": [(880.0, 0.18, 0.0)],
    "warning": [(660.0, 0.14, 0.05), (990.0, 0.18, 0.0)],
    "critical": [(1200.0, 0.10, 0.06), (1200.0, 0.10, 0.06), (1200.0, 0.16, 0.0)],
}
VOLUME = 0.45


def tone(freq: float, seconds: float) -> list[float]:
    n = int(RATE * seconds)
    fade = max(1, int(RATE * 0.012))  # 12 ms in and out: no clicks
    out = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        # a touch of the octave makes it less of a test tone
        value = math.sin(2 * math.pi * freq * i / RATE) + 0.25 * math.sin(
            4 * math.pi * freq * i / RATE)
        out.append(VOLUME * envelope * value / 1.25)
    return out


def render(notes: list[tuple[float, float, float]]) -> bytes:
    samples: list[float] = []
    for freq, seconds, gap in notes:
        samples += tone(freq, seconds)
        samples += [0.0] * int(RATE * gap)
    return b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for severity, notes in SOUNDS.items():
        path = OUT / f"alert_{severity}.wav"
        with wave.open(str(path), "wb") as f:
            f.setnchannels(1)
            f.setsampwidth(2)
            f.setframerate(RATE)
            f.writeframes(render(notes))
        print(path.relative_to(OUT.parents[2]))


if __name__ == "__main__":
    main()
