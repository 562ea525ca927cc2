#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# PrivateUsers=yes as systemd does it: a user namespace in which only root and the service's user
# and group are mapped (identity), everything else shows as nobody. Runs argv inside it, as root
# of the namespace (the caller drops to the service user afterwards). Forwards SIGTERM/SIGINT.
import ctypes, os, signal, sys
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER = 0x10000000
uid, gid = int(sys.argv[1]), int(sys.argv[2]); argv = sys.argv[3:]
r, w = os.pipe(); r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w); os.close(r2)
    if libc.unshare(CLONE_NEWUSER) != 0: os._exit(120)
    os.write(w2, b"u"); os.close(w2)
    os.read(r, 1)  # maps written
    os.setresgid(0, 0, 0); os.setresuid(0, 0, 0)
    os.execvp(argv[0], argv)
os.close(r); os.close(w2)
os.read(r2, 1)
open(f"/proc/{pid}/uid_map", "w").write(f"0 0 1\n{uid} {uid} 1\n")
open(f"/proc/{pid}/gid_map", "w").write(f"0 0 1\n{gid} {gid} 1\n")
os.write(w, b"m"); os.close(w)
for s in (signal.SIGTERM, signal.SIGINT): signal.signal(s, lambda n, f: os.kill(pid, n))
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8)
