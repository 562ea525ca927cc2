#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes message.wav, the console's new-message chime: two soft sine notes (A5, E6) with a
quick attack and an exponential decay, 0.4 s, 22.05 kHz mono 16-bit. Run again to change it."""
import math
import struct
import wave

RATE = 22050
NOTES = [(880.0, 0.00), (1318.5, 0.12)]  # frequency (Hz), start (s)
LENGTH = 0.40
frames = []
for i in range(int(RATE * LENGTH)):
    t = i / RATE
    value = 0.0
    for frequency, start in NOTES:
        if t < start:
            continue
        local = t - start
        envelope = min(1.0, local / 0.005) * math.exp(-local * 9.0)
        value += 0.32 * envelope * math.sin(2 * math.pi * frequency * local)
    frames.append(struct.pack('<h', int(max(-1.0, min(1.0, value)) * 32767)))
with wave.open('message.wav', 'wb') as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b''.join(frames))
