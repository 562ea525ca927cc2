#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when systemd-analyze scores the relay's unit above a limit ("Overall exposure level",
# 0 = sandboxed to 10 = exposed).
#   unit-exposure.sh UNIT_FILE [LIMIT]    LIMIT defaults to 2.0
# Exit 77 (ctest: skipped) when systemd-analyze is not installed (Debian package: systemd).
set -euo pipefail
unit=${1:?usage: unit-exposure.sh UNIT_FILE [LIMIT]}
limit=${2:-2.0}
command -v systemd-analyze >/dev/null || { echo "systemd-analyze not found (apt install systemd)" >&2; exit 77; }
[ -r "$unit" ] || { echo "$unit: not readable" >&2; exit 1; }

# --threshold takes the score times ten and fails when the unit's is above it (systemd >= 250).
threshold=$(awk -v l="$limit" 'BEGIN { printf "%d", l * 10 + 0.5 }')
set +e
output=$(SYSTEMD_COLORS=0 systemd-analyze security --no-pager --offline=yes \
    --threshold="$threshold" "$unit" 2>&1)
status=$?
set -e
# The table lists every setting that still costs something (✗); show those.
grep -F '✗' <<<"$output" || true
line=$(grep -E 'Overall exposure level for ' <<<"$output" || true)
score=$(sed -nE 's/.*Overall exposure level for [^:]+: ([0-9]+(\.[0-9]+)?).*/\1/p' <<<"$line")
if [ -z "$score" ]; then
    echo "no exposure level in systemd-analyze's output (exit $status):" >&2
    echo "$output" >&2
    exit 1
fi
echo "$line"
# The number itself decides too, in case a systemd-analyze ignores or rescales --threshold.
if [ "$status" -ne 0 ] || awk -v s="$score" -v l="$limit" 'BEGIN { exit !(s > l) }'; then
    echo "$(basename "$unit"): exposure $score is above $limit (systemd-analyze exit $status)" >&2
    exit 1
fi
echo "$(basename "$unit"): exposure $score <= $limit"
