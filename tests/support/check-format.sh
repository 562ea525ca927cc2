#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project differs from clang-format's output, or lacks its SPDX line.
set -euo pipefail
cd "$1"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no sources found" >&2; exit 1; }
status=0
clang-format --dry-run --Werror "${files[@]}" || { echo "run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2; status=1; }
for f in "${files[@]}"; do
    head -n 2 "$f" | grep -q 'SPDX-License-Identifier' || { echo "$f: missing SPDX header" >&2; status=1; }
done
[ $status = 0 ] && echo "${#files[@]} files formatted"
exit $status
