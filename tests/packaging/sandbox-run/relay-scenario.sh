#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed relay, under run-like-unit.sh, end to end (root; the switchboard-relay .deb
# installed, so the user and /var/lib/switchboard exist; see README.md):
#   relay-scenario.sh DATABASE [https]
# DATABASE: a SQLite path under /var/lib/switchboard, or postgresql://user:pass@host:port/db (an
# empty database). With https, the Graph API is the sandbox behind a TLS proxy at
# https://graph.test:18443, its certificate signed by a test CA that only the relay's /etc/ssl/certs
# holds, the name answered by a DNS stub on 127.0.0.1:53: so the relay resolves, checks the
# certificate against /etc/ssl and talks TLS under the unit's restrictions.
# SANDBOX=path of switchboard-sandbox (default: build-pkg/bin next to this tree); STRACE=1 lists
# the system calls that failed with EPERM/EACCES/EAFNOSUPPORT/EROFS once the filter was loaded.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
db=$1 mode=${2:-http}
sandbox_bin=${SANDBOX:-$here/../../../build-pkg/bin/switchboard-sandbox}
out=$(mktemp -d /tmp/relay-scenario.XXXXXX)
relay_url=http://127.0.0.1:18080 sandbox_url=http://127.0.0.1:18090 app_id=100200300
secret=scenario-secret-123 verify=scenario-verify graph=$sandbox_url
helpers=()
cleanup() { [ ${#helpers[@]} -gt 0 ] && kill "${helpers[@]}" 2>/dev/null; wait 2>/dev/null; }
trap cleanup EXIT

if [ "$mode" = https ]; then
    o=$out/overrides; mkdir -p "$o"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$o/ca.key" -out "$o/ca.crt" -days 1 \
        -subj "/CN=relay-scenario CA" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout "$o/leaf.key" -out "$o/leaf.csr" -subj "/CN=graph.test" 2>/dev/null
    printf 'subjectAltName=DNS:graph.test\nextendedKeyUsage=serverAuth\n' >"$o/ext"
    openssl x509 -req -in "$o/leaf.csr" -CA "$o/ca.crt" -CAkey "$o/ca.key" -CAcreateserial \
        -out "$o/leaf.crt" -days 1 -extfile "$o/ext" 2>/dev/null
    cp -a /etc/ssl/certs "$o/certs"
    cp "$o/ca.crt" "$o/certs/relay-scenario-ca.pem"
    cat "$o/ca.crt" >>"$o/certs/ca-certificates.crt"
    openssl rehash "$o/certs" 2>/dev/null || true
    grep -v graph.test /etc/hosts >"$o/hosts"
    printf 'nameserver 127.0.0.1\noptions attempts:1 timeout:2\n' >"$o/resolv.conf"
    chmod -R a+rX "$o/certs"; chmod a+r "$o/hosts" "$o/resolv.conf"; chmod a+x "$out" "$o"
    export OVERRIDES=$o
    python3 "$here/dns-stub.py" 53 >"$out/dns.log" 2>&1 & helpers+=($!)
    python3 "$here/tls-proxy.py" 18443 18090 "$o/leaf.crt" "$o/leaf.key" >"$out/tls.log" 2>&1 & helpers+=($!)
    graph=https://graph.test:18443
fi
common=(SWITCHBOARD_DATABASE="$db" SWITCHBOARD_MASTER_KEY_FILE=/var/lib/switchboard/master.key
        SWITCHBOARD_APP_ID=$app_id SWITCHBOARD_APP_SECRET=$secret SWITCHBOARD_VERIFY_TOKEN=$verify
        SWITCHBOARD_GRAPH_URL="$graph" SWITCHBOARD_LISTEN=127.0.0.1:18080
        SWITCHBOARD_SIGNUP_CONFIG_ID=scenario SWITCHBOARD_SIGNUP_SDK_URL=$sandbox_url/en_US/sdk.js)
unit=(unshare --mount --propagation private "$here/run-like-unit.sh" "${common[@]}" --)
trace() { [ "${STRACE:-0}" = 1 ] && echo strace -f -Z -qq -o "$out/$1.strace"; }
status=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; status=1; fi; }

$(trace init) "${unit[@]}" /usr/bin/switchboard-relay admin init >"$out/init.log" 2>&1
check "admin init (migrations, master key)" 'grep -q "migration(s) applied" "$out/init.log"'
tenant=$("${unit[@]}" /usr/bin/switchboard-relay admin create-tenant --name "Scenario Pizzeria" 2>/dev/null | tail -1)
echo scenario-password | "${unit[@]}" /usr/bin/switchboard-relay admin create-user --tenant "$tenant" \
    --username scenario --role owner --password-stdin >/dev/null 2>&1
$(trace migrate) "${unit[@]}" /usr/bin/switchboard-relay admin migrate >"$out/migrate.log" 2>&1
check "admin migrate" 'grep -q "0 migration(s) applied" "$out/migrate.log"'

"$sandbox_bin" --listen 127.0.0.1:18090 --webhook-url $relay_url/webhook --app-id $app_id \
    --app-secret $secret >"$out/sandbox.log" 2>&1 & helpers+=($!)
$(trace serve) "${unit[@]}" /usr/bin/switchboard-relay serve >"$out/relay.log" 2>&1 &
relay=$!
for _ in $(seq 1 100); do curl -sf $relay_url/healthz >/dev/null && break; sleep 0.2; done
check "serve: /healthz" 'curl -sf $relay_url/healthz | grep -q "\"ok\""'
check "webhook verification" '[ "$(curl -sf "$relay_url/webhook?hub.mode=subscribe&hub.verify_token=$verify&hub.challenge=4711")" = 4711 ]'
token=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d '{"username":"scenario","password":"scenario-password"}' $relay_url/api/v1/auth/login |
    sed -E 's/.*"token":"([^"]+)".*/\1/')
state=$(curl -sf -X POST -H "Authorization: Bearer $token" "$relay_url/api/v1/tenants/$tenant/signup/start" |
    sed -E 's/.*"state":"([^"]+)".*/\1/')
signup=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"app_id\":\"$app_id\",\"config_id\":\"scenario\",\"business_name\":\"Scenario Pizzeria\",\"display_phone_number\":\"+972 3-555-0100\"}" \
    "$sandbox_url/_sandbox/signup")
curl -s -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"state\":\"$state\",${signup#\{}" "$relay_url/api/v1/tenants/$tenant/signup/complete" >"$out/connection.json"
check "signup through the Graph API at $graph" 'grep -q "\"status\":\"connected\"" "$out/connection.json"'
number=$(sed -E 's/.*"numbers":\[\{[^]]*"id":"([^"]+)".*/\1/' "$out/connection.json")
curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"phone_number_id\":\"$number\",\"name\":\"Dana\",\"type\":\"text\",\"text\":{\"body\":\"scenario message\"}}" \
    "$sandbox_url/_sandbox/customers/972501234567/messages" >/dev/null
sleep 2
check "webhook ingested (conversation listed)" 'curl -sf -H "Authorization: Bearer $token" "$relay_url/api/v1/tenants/$tenant/conversations" | grep -q "scenario message"'
if [ "${STRACE:-0}" = 1 ]; then
    kill -TERM "$(pgrep -u switchboard -n -f '^/usr/bin/switchboard-relay serve')"
else
    kill -TERM $relay
fi
wait $relay; code=$?
check "SIGTERM: clean exit (status $code)" '[ $code = 0 ]'
check "files created with UMask=0077" '[ -z "$(find /var/lib/switchboard -type f -perm /077)" ]'
[ "$mode" = https ] && check "DNS query for graph.test answered by the stub" 'grep -q "graph.test" "$out/dns.log"'
if [ "${STRACE:-0}" = 1 ]; then
    echo "failed system calls after the filter was loaded:"
    for f in "$out"/*.strace; do
        awk '/seccomp|PR_SET_MDWE/ {on=1} on && /= -1 (EPERM|EACCES|EAFNOSUPPORT|EROFS)/' "$f" |
            sed -E 's/^[0-9]+ //' | sort | uniq -c | sed "s|^|  $(basename "$f" .strace): |"
    done
fi
echo "logs in $out"
exit $status
