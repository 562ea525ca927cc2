#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The console's performance targets (issue "Desktop console, part 1"): a relay holding 100,000
# customer messages in 5,000 conversations with 5,000 customers, then switchboard-console-bench:
# catch-up into an empty replica with the window shown (and the main thread's worst stall), live
# events into the replica, and cold starts of the console on the caught-up replica.
#   tests/bench/run-console-bench.sh            (needs ./packaging/dev.sh build first)
# Runs under its own display, D-Bus session and keyring, like ./packaging/dev.sh test.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin=$root/build/bin
if [ -z "${SWITCHBOARD_BENCH_SESSION:-}" ]; then
    runtime=$(mktemp -d /tmp/switchboard-console-bench-session.XXXXXX)
    chmod 0700 "$runtime"
    SWITCHBOARD_BENCH_SESSION=1 XDG_RUNTIME_DIR=$runtime HOME=$runtime \
        xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c \
        'echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$0"' \
        "$0" 2> >(grep -v 'dbus-daemon' >&2)
    status=$?
    rm -rf "$runtime"
    exit $status
fi

work=$(mktemp -d /tmp/switchboard-console-bench.XXXXXX)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=18281 secret=bench-secret
export SWITCHBOARD_DATABASE=$work/relay.sqlite SWITCHBOARD_APP_ID=1 SWITCHBOARD_APP_SECRET=$secret
export SWITCHBOARD_VERIFY_TOKEN=v SWITCHBOARD_LISTEN=127.0.0.1:$port QT_LOGGING_RULES='switchboard.*=false'
"$bin/switchboard-relay" admin init >/dev/null
tenant=$("$bin/switchboard-relay" admin create-tenant --name "Bench Pizzeria")
echo token | "$bin/switchboard-relay" admin connect-number --tenant "$tenant" --waba-id WABA-PN1 \
    --phone-number-id PN1 --access-token-stdin --no-token-check >/dev/null
echo bench-password | "$bin/switchboard-relay" admin create-user --tenant "$tenant" \
    --username bench --role owner --password-stdin >/dev/null
"$bin/switchboard-relay" serve 2>"$work/relay.log" &
pids+=($!)
for _ in $(seq 1 100); do (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done

echo "== loading the business's history: 100,000 customer messages (5,000 customers)"
"$bin/switchboard-webhook-load" --target 127.0.0.1:$port --secret $secret --connections 32 \
    --rate 10000 --seconds 11 --label "history" | tail -1
for _ in $(seq 1 240); do
    curl -s "http://127.0.0.1:$port/metrics" | grep -q '^switchboard_ingest_lag_seconds 0$' && break
    sleep 0.5
done
echo "== the console"
"$bin/switchboard-console-bench" --relay "http://127.0.0.1:$port" --user bench \
    --password bench-password --secret $secret --console "$bin/switchboard" --home "$work/console"
