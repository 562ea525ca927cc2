#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The project's entry point on a Debian 12 machine (run as root, or with sudo available):
#   ./packaging/dev.sh build     install missing Debian packages, configure (Ninja, ccache), build
#   ./packaging/dev.sh test      build, then run the whole ctest suite under Xvfb and a D-Bus
#                                session with an unlocked keyring; ctest starts PostgreSQL itself
#   ./packaging/dev.sh demo      build, then start the sandbox, the relay and the console
#   ./packaging/dev.sh package   build, then make the .deb packages in build/packages/
#   ./packaging/dev.sh customers stop|start   pause or resume the running demo's customers
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=$root/build
# ccache hits across clones (CI builds a fresh clone in another folder): hash relative paths.
export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=true

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libssl-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    xvfb xauth dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 fonts-dejavu-core
    fonts-noto-color-emoji qt6-image-formats-plugins
    postgresql postgresql-client systemd
    at-spi2-core python3-pyatspi qt6-multimedia-dev openssl poppler-utils
)

demo_pids=()
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() {
    if [ ! -f "$build/build.ninja" ]; then
        say "configuring in build/"
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    fi
}

compile() {
    install_packages
    configure
    say "building (2 jobs)"
    cmake --build "$build" -j2
}

with_session() {
    # A display, a D-Bus session and an unlocked Secret Service, as a desktop login would give.
    local runtime
    runtime=$(mktemp -d /tmp/switchboard-runtime.XXXXXX)
    chmod 0700 "$runtime"
    XDG_RUNTIME_DIR=$runtime HOME=$runtime \
        xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c \
        'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' \
        session "$@"
    local status=$?
    rm -rf "$runtime"
    return $status
}

run_tests() {
    compile
    say "running the test suite"
    local started=$SECONDS
    set +e
    with_session ctest --test-dir "$build" --output-on-failure -j2 --timeout 600
    local status=$?
    set -e
    say "tests finished in $((SECONDS - started)) s (exit $status)"
    return $status
}

# The sandbox keeps no state between runs, so each demo connects the tenant's number again the
# way an admin does: signup/start on the relay, the signup dialog (the sandbox's scripted
# stand-in), signup/complete. Then two customers write, in English and in Hebrew.
demo_signup() { # DEMO_DIR APP_ID
    local demo=$1 app_id=$2 relay_url=http://127.0.0.1:8080 sandbox_url=http://127.0.0.1:8090
    local tenant token state signup
    tenant=$(cat "$demo/tenant")
    for _ in $(seq 1 50); do curl -sf "$relay_url/healthz" >/dev/null && break; sleep 0.2; done
    token=$(curl -sf -X POST -H 'Content-Type: application/json' \
        -d '{"username":"demo","password":"demo-password"}' "$relay_url/api/v1/auth/login" |
        sed -E 's/.*"token":"([^"]+)".*/\1/')
    state=$(curl -sf -X POST -H "Authorization: Bearer $token" \
        "$relay_url/api/v1/tenants/$tenant/signup/start" | sed -E 's/.*"state":"([^"]+)".*/\1/')
    signup=$(curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"app_id\":\"$app_id\",\"config_id\":\"demo-config\",\"business_name\":\"Pizzeria Demo\",\"display_phone_number\":\"+972 3-555-0100\"}" \
        "$sandbox_url/_sandbox/signup")
    if curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"state\":\"$state\",${signup#\{}" "$relay_url/api/v1/tenants/$tenant/signup/complete" \
        >"$demo/connection.json"; then
        say "connected the demo number through the sandbox's Embedded Signup"
    else
        say "the demo signup failed; see $demo/relay.log and $demo/sandbox.log"
        return 0
    fi
    local number
    number=$(sed -E 's/.*"numbers":\[\{[^]]*"id":"([^"]+)".*/\1/' "$demo/connection.json")
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"phone_number_id\":\"$number\",\"name\":\"Dana\",\"type\":\"text\",\"text\":{\"body\":\"Hi! Two large margheritas for pickup at 7, please\"}}" \
        "$sandbox_url/_sandbox/customers/972501234567/messages" >/dev/null || true
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"phone_number_id\":\"$number\",\"name\":\"יוסי\",\"type\":\"text\",\"text\":{\"body\":\"שלום, אפשר פיצה משפחתית עם זיתים למשלוח?\"}}" \
        "$sandbox_url/_sandbox/customers/972527654321/messages" >/dev/null || true
}

# Stops everything the demo started (the sandbox, the relay, Xvfb), whichever way it ends.
stop_demo() {
    [ ${#demo_pids[@]} -gt 0 ] || return 0
    kill "${demo_pids[@]}" 2>/dev/null || true
    wait "${demo_pids[@]}" 2>/dev/null || true
    demo_pids=()
}

# The demo's customers: two scripted restaurant customers in English and two in Hebrew keep
# writing to the demo number every few seconds (`./packaging/dev.sh customers stop|start`).
demo_customers() { # start|stop
    local demo=$build/demo sandbox_url=http://127.0.0.1:8090 number language
    if [ "$1" = stop ]; then
        curl -sf -X DELETE "$sandbox_url/_sandbox/demo" >/dev/null &&
            say "the demo's customers stopped writing (start them again: $0 customers start)"
        return 0
    fi
    number=$(cat "$demo/number" 2>/dev/null) || { say "no demo is running"; return 1; }
    for language in en he; do
        curl -sf -X POST -H 'Content-Type: application/json' \
            -d "{\"phone_number_id\":\"$number\",\"scenario\":\"restaurant\",\"language\":\"$language\",\"interval_ms\":7000,\"repeat\":true}" \
            "$sandbox_url/_sandbox/demo" >/dev/null
        sleep 3
    done
    say "the demo's customers write in English and Hebrew every few seconds (stop: $0 customers stop)"
}

run_demo() {
    compile
    local demo=$build/demo
    # A fresh relay and sandbox each time: the sandbox keeps nothing between runs.
    rm -rf "$demo"
    mkdir -p "$demo"
    local app_id=100200300 verify_token=demo-verify
    # The secret reaches both programs through the environment, never their command lines.
    SWITCHBOARD_APP_SECRET=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
    export SWITCHBOARD_APP_SECRET
    # Global, not local: the EXIT trap runs after this function has returned, when a local array
    # would be gone and nothing would be stopped.
    demo_pids=()
    trap stop_demo EXIT INT TERM

    say "starting the sandbox on 127.0.0.1:8090"
    "$build/bin/switchboard-sandbox" --listen 127.0.0.1:8090 \
        --webhook-url http://127.0.0.1:8080/webhook --app-id "$app_id" \
        >"$demo/sandbox.log" 2>&1 &
    demo_pids+=($!)

    export SWITCHBOARD_DATABASE=$demo/relay.sqlite SWITCHBOARD_APP_ID=$app_id
    export SWITCHBOARD_VERIFY_TOKEN=$verify_token
    export SWITCHBOARD_GRAPH_URL=http://127.0.0.1:8090 SWITCHBOARD_LISTEN=127.0.0.1:8080
    export SWITCHBOARD_SIGNUP_CONFIG_ID=demo-config
    export SWITCHBOARD_SIGNUP_SDK_URL=http://127.0.0.1:8090/en_US/sdk.js
    local relay=$build/bin/switchboard-relay
    "$relay" admin init >/dev/null 2>&1
    "$relay" admin create-tenant --name "Pizzeria Demo" 2>/dev/null >"$demo/tenant"
    "$relay" admin create-tenant --name "Clinic Demo" 2>/dev/null >"$demo/clinic"
    echo demo-password | "$relay" admin create-user --tenant "$(cat "$demo/tenant")" \
        --username demo --role owner --password-stdin >/dev/null 2>&1
    echo demo-password | "$relay" admin create-user --tenant "$(cat "$demo/clinic")" \
        --username demo --role admin --password-stdin >/dev/null 2>&1
    say "starting the relay on 127.0.0.1:8080 (data in $demo; user demo, password demo-password)"
    "$relay" serve >"$demo/relay.log" 2>&1 &
    demo_pids+=($!)
    demo_signup "$demo" "$app_id"
    sed -E 's/.*"numbers":\[\{[^]]*"id":"([^"]+)".*/\1/' "$demo/connection.json" >"$demo/number" \
        2>/dev/null || true
    demo_customers start || true
    say "Clinic Demo has no number yet: switch to it in the console and click \"Connect WhatsApp\""

    if [ -z "${DISPLAY:-}" ]; then
        export DISPLAY=:57
        say "no DISPLAY: starting Xvfb on $DISPLAY (screenshot: import -display $DISPLAY -window root shot.png)"
        Xvfb "$DISPLAY" -screen 0 1280x1024x24 >/dev/null 2>&1 &
        demo_pids+=($!)
        sleep 1
    fi
    # The demo console keeps its settings and replicas beside the demo, not in the person's own.
    export XDG_CONFIG_HOME=$demo/console/config XDG_DATA_HOME=$demo/console/data
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    local console=("$build/bin/switchboard" --relay http://127.0.0.1:8080 --user demo
        --password-stdin "$@")
    say "starting the console signed in as demo (close its window or press Ctrl-C to stop everything)"
    set +e
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
        # No desktop session: a D-Bus session with an unlocked keyring for the session token.
        echo demo-password | dbus-run-session -- bash -c \
            'echo -n demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' \
            console "${console[@]}"
    else
        echo demo-password | "${console[@]}"
    fi
    set -e
}

case "${1:-}" in
build) compile ;;
test) run_tests ;;
demo) shift; run_demo "$@" ;;
customers) demo_customers "${2:-start}" ;;
package)
    compile
    say "packaging"
    (cd "$build" && cpack -G DEB -B "$build/packages")
    ls -1 "$build"/packages/*.deb "$build"/packages/*.ddeb
    ;;
*)
    sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
