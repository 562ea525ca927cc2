#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Applies what the unit's seccomp settings do, as far as libseccomp + prctl can, then execs argv.
#   SystemCallFilter=@system-service, ~@privileged @resources, SystemCallErrorNumber=EPERM
#   SystemCallArchitectures=native, RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6,
#   MemoryDenyWriteExecute (kernel PR_SET_MDWE), NoNewPrivileges, RestrictRealtime (partly)
import ctypes, os, subprocess, sys, errno
lib = ctypes.CDLL("libseccomp.so.2", use_errno=True)
libc = ctypes.CDLL(None, use_errno=True)
SCMP_ACT_ALLOW = 0x7fff0000
def SCMP_ACT_ERRNO(e): return 0x00050000 | (e & 0xffff)
lib.seccomp_init.restype = ctypes.c_void_p
lib.seccomp_init.argtypes = [ctypes.c_uint32]
lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint, ctypes.c_void_p]
lib.seccomp_load.argtypes = [ctypes.c_void_p]
class Cmp(ctypes.Structure):
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64), ("datum_b", ctypes.c_uint64)]
SCMP_CMP_EQ = 4

def expand(group, seen=None):
    seen = seen if seen is not None else set()
    out = set()
    text = subprocess.run(["systemd-analyze", "syscall-filter", group], capture_output=True, text=True, check=True).stdout
    for line in text.splitlines()[1:]:
        w = line.strip()
        if not w or w.startswith("#"): continue
        if w.startswith("@"):
            if w not in seen:
                seen.add(w); out |= expand(w, seen)
        else:
            out.add(w)
    return out

allowed = expand("@system-service") - expand("@privileged") - expand("@resources")
# ProtectClock= and ProtectKernelModules= etc. also take groups away; @system-service already lacks them.
allowed.discard("socket")
ctx = lib.seccomp_init(SCMP_ACT_ERRNO(errno.EPERM))
n = 0
for name in sorted(allowed):
    nr = lib.seccomp_syscall_resolve_name(name.encode())
    if nr < 0: continue
    if lib.seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, nr, 0, None) == 0: n += 1
sock = lib.seccomp_syscall_resolve_name(b"socket")
for family in (1, 2, 10):  # AF_UNIX AF_INET AF_INET6; any other family -> EPERM (systemd: EAFNOSUPPORT)
    c = Cmp(0, SCMP_CMP_EQ, family, 0)
    assert lib.seccomp_rule_add_array(ctx, SCMP_ACT_ALLOW, sock, 1, ctypes.byref(c)) == 0
PR_SET_NO_NEW_PRIVS, PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN = 38, 65, 1
assert libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0
if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
    sys.exit("PR_SET_MDWE failed: errno %d" % ctypes.get_errno())
rc = lib.seccomp_load(ctx)
if rc != 0: sys.exit("seccomp_load failed: %d" % rc)
print("seccomp-exec: %d system calls allowed, MDWE on" % n, file=sys.stderr)
os.execvp(sys.argv[1], sys.argv[1:])
