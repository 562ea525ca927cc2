#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# How long a small durable write waits on this disk: appends 4 KiB and fsyncs every 2 ms for
# SECONDS, then prints the worst wait and every wait over 50 ms with when it happened. Run it alone
# for the disk's own figure, or beside a benchmark to see acknowledgement stalls from the outside.
#   tests/bench/fsyncprobe.py [SECONDS] [DIRECTORY]
import os
import sys
import tempfile
import time

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 12
directory = sys.argv[2] if len(sys.argv) > 2 else tempfile.gettempdir()
fd, path = tempfile.mkstemp(prefix="fsyncprobe.", dir=directory)
start = time.time()
slow, worst, count = [], 0.0, 0
try:
    while time.time() - start < seconds:
        os.write(fd, b"x" * 4096)
        before = time.time()
        os.fsync(fd)
        waited = (time.time() - before) * 1000
        count += 1
        worst = max(worst, waited)
        if waited > 50:
            slow.append((round(before - start, 2), round(waited)))
        time.sleep(0.002)
finally:
    os.close(fd)
    os.unlink(path)
print(f"{count} fsyncs, worst {worst:.0f} ms; over 50 ms at (s, ms): {slow}")
