#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Webhook ingest benchmark of the relay (issue "Relay"), SQLite and PostgreSQL, with two baselines
# measured in the same run: an Express + better-sqlite3 receiver and nginx answering a static 200;
# and the acknowledgements beside 50 consoles' reads (issue "Backend groundwork").
#   tests/bench/run-webhook-bench.sh [SECONDS]      (needs ./packaging/dev.sh build first)
# Everything listens on 127.0.0.1 only; each load run is bounded by SECONDS (default 10).
# BENCH_PG_SETTINGS="name=value ..." adds PostgreSQL server settings (log_checkpoints=on, say).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bin=$root/build/bin
secs=${1:-10}
work=$(mktemp -d /tmp/switchboard-bench.XXXXXX)
chmod 0755 "$work"
pids=()
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    "$root/tests/support/postgres-fixture.sh" stop "$work/pg.state" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
load="$bin/switchboard-webhook-load"
secret=bench-secret

# Prints how far into the run a phase starts, to line its figures up with outside probes
# (tests/bench/fsyncprobe.py started beside the run).
stamp() { echo "-- at $SECONDS s: $*"; }

wait_port() { for _ in $(seq 1 100); do (echo >/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

# Waits (at most 120 s) until the relay reports no ingest lag, printing how long that took.
drain() { # PORT TOKEN TENANT
    local started=$SECONDS
    for _ in $(seq 1 240); do
        curl -s "http://127.0.0.1:$1/metrics" | grep '^switchboard_ingest_lag_seconds 0$' >/dev/null && break
        sleep 0.5
    done
    echo "  (ingest caught up $((SECONDS - started)) s after the load stopped)"
}

relay_run() { # NAME DATABASE PORT
    local name=$1 database=$2 port=$3
    export SWITCHBOARD_DATABASE=$database SWITCHBOARD_MASTER_KEY_FILE=$work/$name.key
    export SWITCHBOARD_APP_ID=1 SWITCHBOARD_APP_SECRET=$secret SWITCHBOARD_VERIFY_TOKEN=v
    export SWITCHBOARD_LISTEN=127.0.0.1:$port
    "$bin/switchboard-relay" admin init >/dev/null
    local tenant
    tenant=$("$bin/switchboard-relay" admin create-tenant --name "Bench $name")
    echo token | "$bin/switchboard-relay" admin connect-number --tenant "$tenant" --waba-id WABA-PN1 \
        --phone-number-id PN1 --access-token-stdin --no-token-check >/dev/null
    echo bench-password | "$bin/switchboard-relay" admin create-user --tenant "$tenant" \
        --username "bench-$name" --role owner --password-stdin >/dev/null
    "$bin/switchboard-relay" serve 2>"$work/$name.log" &
    local pid=$!
    pids+=("$pid")
    wait_port "$port"
    local token
    token=$(curl -s -X POST -d "{\"username\":\"bench-$name\",\"password\":\"bench-password\"}" \
        "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"token":"([^"]+)".*/\1/')
    echo "== relay, $name"
    stamp load
    "$load" --target 127.0.0.1:"$port" --secret $secret --connections 64 --seconds "$secs" \
        --label "$name max, 64 conns" | tee "$work/$name.max"
    stamp load
    "$load" --target 127.0.0.1:"$port" --secret $secret --connections 256 --seconds "$secs" \
        --label "$name max, 256 conns"
    stamp drain
    drain "$port" "$token" "$tenant" # steady runs start with ingest caught up
    # ... and, on PostgreSQL, with the maximum runs' aftermath done rather than running under
    # them, as after any bulk load: the vacuum and analyze of tables that grew from nothing to
    # 150,000 deliveries, which autovacuum would otherwise start at some point of the latency
    # runs, and the checkpoint of it all. The latency runs measure a steady state. (The relay
    # checkpoints SQLite's logs every 30 ms, so it has nothing left to write here.)
    if [ "$name" = postgresql ]; then
        stamp "VACUUM (ANALYZE), CHECKPOINT"
        psql -X -q -h 127.0.0.1 -p 55440 -U postgres -d switchboard_test \
            -c "VACUUM (ANALYZE)" -c CHECKPOINT
    fi
    stamp load
    "$load" --target 127.0.0.1:"$port" --secret $secret --connections 64 --rate 1000 --seconds "$secs" \
        --label "$name steady 1000/s"
    drain "$port" "$token" "$tenant"
    # Consoles reading while Meta delivers: 50 clients loop over the conversation list, a
    # conversation's messages and a customer search; their queries run on the relay's API thread,
    # so the acknowledgements' p99 must stay where it was without them (issue "Backend
    # groundwork": at most 20 ms), and the reads report their own latency.
    stamp load
    "$load" --target 127.0.0.1:"$port" --secret $secret --connections 64 --rate 1000 --seconds "$secs" \
        --readers 50 --tenant "$tenant" --token "$token" --label "$name 1000/s, 50 readers"
    drain "$port" "$token" "$tenant"
    for rate in 1000 500; do
        stamp load
        "$load" --target 127.0.0.1:"$port" --secret $secret --connections 64 --rate $rate --seconds "$secs" \
            --stream-clients 100 --tenant "$tenant" --token "$token" --label "$name $rate/s, 100 streams"
        drain "$port" "$token" "$tenant"
    done
    stamp load
    "$load" --target 127.0.0.1:"$port" --catchup 100000 --tenant "$tenant" --token "$token" || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

relay_run sqlite "$work/relay.sqlite" 18181

# backend_flush_after: a connection that writes pages out of PostgreSQL's cache has the kernel
# write them back every 256 kB, as the checkpointer and background writer do by default. Left at
# 0, up to 600 MB waited in the kernel here and went to disk at once, stalling commits' fsyncs.
"$root/tests/support/postgres-fixture.sh" start "$work/pg.state" 55440 backend_flush_after=256kB \
    ${BENCH_PG_SETTINGS:-} >/dev/null
relay_run postgresql "postgresql://switchboard:switchboard@127.0.0.1:55440/switchboard_test" 18182

echo "== baselines"
if [ -d "$root/tests/bench/baselines/express/node_modules" ] || (cd "$root/tests/bench/baselines/express" && npm ci --no-audit --no-fund --silent); then
    PORT=18183 APP_SECRET=$secret DB=$work/express.sqlite node "$root/tests/bench/baselines/express/server.js" &
    pids+=($!)
    wait_port 18183
    stamp load
    "$load" --target 127.0.0.1:18183 --secret $secret --connections 64 --seconds "$secs" \
        --label "express+better-sqlite3, 64" | tee "$work/express.max"
fi
if command -v nginx >/dev/null; then
    mkdir -p "$work/nginx"
    cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000; # the default (1000) closes each load connection after 1000
    client_body_temp_path $work/nginx;
    server { listen 127.0.0.1:18184; location / { return 200 '{"status":"received"}'; } }
}
CONF
    nginx -c "$work/nginx/nginx.conf" -g 'daemon off;' &
    pids+=($!)
    wait_port 18184
    stamp load
    "$load" --target 127.0.0.1:18184 --secret $secret --connections 64 --seconds "$secs" \
        --label "nginx static 200, 64" | tee "$work/nginx.max"
fi

relay=$(grep -o '[0-9]* acknowledged/s' "$work/sqlite.max" | awk '{print $1}')
# A baseline that could not run (no npm registry, no nginx) leaves its ratio out.
express=$(grep -o '[0-9]* acknowledged/s' "$work/express.max" 2>/dev/null | awk '{print $1}' || true)
nginx=$(grep -o '[0-9]* acknowledged/s' "$work/nginx.max" 2>/dev/null | awk '{print $1}' || true)
echo "== ratios (64 connections)"
if [ -n "${express:-}" ]; then
    awk -v r="$relay" -v e="$express" 'BEGIN { printf "relay(sqlite) / express  = %.2fx\n", r / e }'
fi
if [ -n "${nginx:-}" ]; then
    awk -v r="$relay" -v n="$nginx" 'BEGIN { printf "relay(sqlite) / nginx    = %.2f of the ceiling\n", r / n }'
fi
