#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs CMD the way packaging/systemd/switchboard-relay.service would, as far as it can be done
# without systemd (root only; see README.md):
#   unshare --mount --propagation private run-like-unit.sh [VAR=value …] -- CMD …
# OVERRIDES=DIR bind-mounts DIR/certs over /etc/ssl/certs, DIR/hosts and DIR/resolv.conf over
# theirs (a test CA and DNS server); PRIVATE_USERS=0 leaves the user namespace out.
# Reproduces, in a private mount namespace, the file-system side of the relay unit, then drops
# to switchboard with no capabilities, umask 0077, and the seccomp/MDWE launcher.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
OVERRIDES=${OVERRIDES:-/nonexistent}
[ "$(id -u)" = 0 ] || { echo "run-like-unit.sh: run as root inside unshare --mount" >&2; exit 2; }
envs=()
while [ "$1" != "--" ]; do envs+=("$1"); shift; done; shift
# Optional test CA and hosts/resolv.conf, prepared outside (like the real /etc would have them).
[ -d "$OVERRIDES/certs" ] && mount --bind "$OVERRIDES/certs" /etc/ssl/certs
[ -f "$OVERRIDES/hosts" ] && mount --bind "$OVERRIDES/hosts" /etc/hosts
[ -f "$OVERRIDES/resolv.conf" ] && mount --bind "$OVERRIDES/resolv.conf" /etc/resolv.conf
# StateDirectory=switchboard: the one writable place.
mount --bind /var/lib/switchboard /var/lib/switchboard
# PrivateTmp=yes (and a staging place for /dev)
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /tmp
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /var/tmp
# PrivateDevices=yes: a /dev with only the pseudo devices
mkdir /tmp/.olddev && mount --rbind /dev /tmp/.olddev
mount -t tmpfs -o mode=755,nosuid,noexec tmpfs /dev
for d in null zero full random urandom tty; do touch /dev/$d; mount --bind /tmp/.olddev/$d /dev/$d; done
mkdir /dev/shm /dev/pts && mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /dev/shm
umount -l /tmp/.olddev && rmdir /tmp/.olddev
# ProtectProc=invisible, ProcSubset=pid
mount -t proc -o hidepid=invisible,subset=pid,nosuid,nodev,noexec proc /proc
# ProtectHome=yes
mount -t tmpfs -o ro,mode=000 tmpfs /home
mount -t tmpfs -o ro,mode=000 tmpfs /root
# ProtectSystem=strict, ProtectKernelTunables/ProtectControlGroups (/sys and cgroups read-only)
mount -o remount,bind,ro /
mount -o remount,bind,ro,nosuid,nodev,noexec /sys
for m in $(awk '$5 ~ "^/sys/fs/cgroup" {print $5}' /proc/self/mountinfo 2>/dev/null); do
    mount -o remount,bind,ro "$m" 2>/dev/null || true; done
umask 0077
pu=(); [ "${PRIVATE_USERS:-1}" = 1 ] && pu=(/usr/bin/python3 "$here/private-users.py" "$(id -u switchboard)" "$(id -g switchboard)")
exec "${pu[@]}" setpriv --reuid=switchboard --regid=switchboard --clear-groups --bounding-set=-all \
    --inh-caps=-all --ambient-caps=-all --no-new-privs -- \
    env -i PATH=/usr/bin:/bin XDG_DATA_HOME=/var/lib QT_ENABLE_REGEXP_JIT=0 "${envs[@]}" \
    /usr/bin/python3 "$here/seccomp-exec.py" "$@"
