#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops the throw-away PostgreSQL server the tests use: initialised in a temporary
# directory, run as the unprivileged `postgres` user (the machines run as root), loopback only.
#   postgres-fixture.sh start STATE_FILE PORT [NAME=VALUE ...] | stop STATE_FILE
# NAME=VALUE pairs are further server settings (the benchmark's tuning, say).
# STATE_FILE holds the server's directory, which is also its Unix socket directory (-k): tests
# of the socket URL forms (tests/core/store/tst_database) read it from there.
set -euo pipefail
action=$1 state=$2
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL server binaries missing: apt-get install postgresql" >&2; exit 1; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
start)
    port=$3
    shift 3
    settings=""
    for setting in "$@"; do settings+=" -c $setting"; done
    if [ -f "$state" ]; then "$0" stop "$state" || true; fi
    dir=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
    chmod 0755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg "$pgbin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on$settings" start >/dev/null || {
        # pg_ctl only says "Examine the log output": show it, and leave nothing behind.
        echo "PostgreSQL did not start on port $port:" >&2
        tail -n 5 "$dir/server.log" >&2 || true
        rm -rf "$dir"
        exit 1
    }
    psql="psql -X -q -h 127.0.0.1 -p $port -U postgres -d postgres -v ON_ERROR_STOP=1"
    $psql -c "CREATE ROLE switchboard LOGIN PASSWORD 'switchboard' CREATEDB"
    $psql -c "CREATE DATABASE switchboard_test OWNER switchboard"
    echo "$dir" >"$state"
    echo "PostgreSQL running on 127.0.0.1:$port (data in $dir)"
    ;;
stop)
    [ -f "$state" ] || exit 0
    dir=$(cat "$state")
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
    ;;
*)
    echo "usage: $0 start STATE_FILE PORT | stop STATE_FILE" >&2; exit 2 ;;
esac
