#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes new-order.wav, the new-order alarm: three bright bell strikes (C6, E6, G6) and a pause,
1.6 s in all, so that looped it rings like a counter bell until someone acknowledges the order.
22.05 kHz mono 16-bit. Run again to change it."""
import math
import struct
import wave

RATE = 22050
STRIKES = [(1046.5, 0.00), (1318.5, 0.18), (1568.0, 0.36)]  # frequency (Hz), start (s)
LENGTH = 1.60
frames = []
for i in range(int(RATE * LENGTH)):
    t = i / RATE
    value = 0.0
    for frequency, start in STRIKES:
        if t < start:
            continue
        local = t - start
        envelope = min(1.0, local / 0.003) * math.exp(-local * 6.0)
        # A bell: the fundamental with a quieter inharmonic partial.
        value += 0.30 * envelope * (math.sin(2 * math.pi * frequency * local) +
                                    0.35 * math.sin(2 * math.pi * frequency * 2.76 * local))
    frames.append(struct.pack('<h', int(max(-1.0, min(1.0, value)) * 32767)))
with wave.open('new-order.wav', 'wb') as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b''.join(frames))
