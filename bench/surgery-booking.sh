#!/usr/bin/env bash
# Surgery booking under load, through the gateway, in one run on this machine:
#   1. the hot slot: CLIENTS clients at once for the last PLACES places of one date, ROUNDS times: how
#      many are confirmed (exactly PLACES, or it fails), and the p99 of a "full" answer against the p99
#      of a success;
#   2. throughput: THROUGHPUT_CLIENTS clients booking one place after another for DURATION seconds, through the
#      gateway, against pgbench running the same statements as one transaction (bench/surgery-booking.pgbench,
#      prepared statements, the same number of clients and seconds) on the same database, as the
#      application role under row-level security.
# Prints a Markdown report. Settings: CLIENTS (200), PLACES (10), ROUNDS (5), THROUGHPUT_CLIENTS (10),
# DURATION (seconds, 20), KEEP_LOGS (0).
# Needs: a JDK 25, the jars from 'mvn install -DskipTests', curl, psql and pgbench.
set -euo pipefail

CLIENTS=${CLIENTS:-200}
PLACES=${PLACES:-10}
ROUNDS=${ROUNDS:-5}
THROUGHPUT_CLIENTS=${THROUGHPUT_CLIENTS:-10}
SECONDS_LONG=${DURATION:-20}
KEEP_LOGS=${KEEP_LOGS:-0}
HEALTH=/api/v1/manage/health
START_TIMEOUT=180
DEMO_ADMIN=admin@brookfield-cvs.example
DEMO_PASSWORD=demo-garden-kettle-42

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM_JAR=$ROOT/platform/app/target/sharewell-platform.jar
GATEWAY_JAR=$ROOT/gateway/target/sharewell-gateway-0.1.0-SNAPSHOT.jar

die() { echo "surgery-booking: $*" >&2; exit 1; }

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
find_jdk25
for jar in "$PLATFORM_JAR" "$GATEWAY_JAR"; do
    [[ -f $jar ]] || die "missing $jar; build it first: (cd $ROOT && mvn install -DskipTests)"
done
for tool in curl psql pgbench awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done

WORK=$(mktemp -d -t sharewell-surgery-bench.XXXXXX)
platform_pid=""
gateway_pid=""
stop() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop "$gateway_pid"
    stop "$platform_pid"
    if [[ $KEEP_LOGS == 1 || $status != 0 ]]; then echo "Logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

await_healthy() {
    local name=$1 pid=$2 url=$3
    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        kill -0 "$pid" 2>/dev/null || die "$name stopped while starting; see $WORK/$name.log"
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true) == 200 ]] && return
        sleep 0.25
    done
    die "$name was not healthy at $url after $START_TIMEOUT s; see $WORK/$name.log"
}

app_port=$(free_port)
gateway_port=$(free_port)
db_port=$(free_port)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
env -u SHAREWELL_DATA_DIR SHAREWELL_DATA_DIR="$WORK/data" SHAREWELL_EMBEDDED_DATABASE_PORT="$db_port" \
    SHAREWELL_APP_PORT="$app_port" SHAREWELL_APP_ADDRESS=127.0.0.1 SHAREWELL_DEMO=true \
    SHAREWELL_PUBLIC_ADDRESS="http://localhost:$gateway_port/" "$java_bin" -jar "$PLATFORM_JAR" >"$WORK/platform.log" 2>&1 &
platform_pid=$!
await_healthy platform "$platform_pid" "http://127.0.0.1:$app_port$HEALTH"
SHAREWELL_GATEWAY_PORT=$gateway_port SERVER_ADDRESS=127.0.0.1 SHAREWELL_GATEWAY_BACKENDURI=http://127.0.0.1:$app_port \
    SHAREWELL_GATEWAY_RATELIMIT_ENABLED=false "$java_bin" -jar "$GATEWAY_JAR" >"$WORK/gateway.log" 2>&1 &
gateway_pid=$!
await_healthy gateway "$gateway_pid" "http://127.0.0.1:$gateway_port$HEALTH"

sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -At "$@"; }

echo "Booking through the gateway ..." >&2
"$java_bin" "$ROOT/bench/SurgeryBooking.java" "http://127.0.0.1:$gateway_port/t/brookfield/" "$DEMO_ADMIN" "$DEMO_PASSWORD" \
    "$CLIENTS" "$PLACES" "$ROUNDS" "$THROUGHPUT_CLIENTS" "$SECONDS_LONG" | tee "$WORK/bench.txt" >&2

# The same statements with pgbench, on dates of a surgery of their own, as the application role.
tenant=$(sql -c "SELECT id FROM tenancy.tenant WHERE slug = 'brookfield'")
surgery=$(sql -c "SET app.tenant_id = '$tenant'; SELECT id FROM surgeries.surgery WHERE title = 'Throughput'")
sql -c "SET app.tenant_id = '$tenant';
        CREATE SCHEMA bench; GRANT USAGE ON SCHEMA bench TO sharewell_app;
        CREATE TABLE bench.dates AS SELECT row_number() OVER (ORDER BY starts_at)::int AS n, id
            FROM surgeries.occurrence WHERE surgery_id = '$surgery';
        ALTER TABLE bench.dates ADD PRIMARY KEY (n); GRANT SELECT ON bench.dates TO sharewell_app;" >/dev/null
echo "The same transaction with pgbench ..." >&2
pgbench -n -M prepared -h 127.0.0.1 -p "$db_port" -U sharewell_app -d postgres -c "$THROUGHPUT_CLIENTS" -j 2 \
    -T "$SECONDS_LONG" -D tenant="$tenant" -D surgery="$surgery" -f "$ROOT/bench/surgery-booking.pgbench" \
    >"$WORK/pgbench.txt" 2>&1 || { cat "$WORK/pgbench.txt" >&2; die "pgbench failed"; }
pg_tps=$(awk '/^tps = / { printf "%.1f", $3 }' "$WORK/pgbench.txt" | tail -1)
oversold=$(sql -c "SET app.tenant_id = '$tenant'; SELECT count(*) FROM surgeries.occurrence o WHERE o.taken > o.places
                   OR o.taken <> (SELECT coalesce(sum(b.places), 0) FROM surgeries.booking b
                                  WHERE b.occurrence_id = o.id AND b.status IN ('CONFIRMED', 'REQUESTED'))
                               + (SELECT coalesce(sum(w.places), 0) FROM surgeries.waiting w
                                  WHERE w.occurrence_id = o.id AND w.status = 'OFFERED')")

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
value() { grep "^$1 " "$WORK/bench.txt" | sed -n "s/.* $2=\([^ ]*\).*/\1/p"; }
confirmed=$(value hot confirmed | sort -u | tr '\n' ' ')
ok_p99=$(value hot ok_p99 | median)
full_p99=$(value hot full_p99 | median)
ok_p50=$(value hot ok_p50 | median)
full_p50=$(value hot full_p50 | median)
other=$(value hot other | awk '{ s += $1 } END { print s + 0 }')
gateway_tps=$(value throughput per_second)

cat <<REPORT
### Results ($(date -u '+%-d %B %Y'), $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo))

Load average before: $load_before.

**Hot slot**: $CLIENTS clients at once for the last $PLACES places, $ROUNDS rounds (medians of the rounds, ms):

| answer | p50 | p99 |
|---|---|---|
| booked (201) | $ok_p50 | $ok_p99 |
| full, offered the waiting list (409) | $full_p50 | $full_p99 |

Confirmed in each round: $confirmed(of $PLACES places); other answers: $other. p99 full ÷ p99 booked:
$(awk -v f="$full_p99" -v o="$ok_p99" 'BEGIN { printf "%.2f", f / o }').

**Throughput** with $THROUGHPUT_CLIENTS clients for $SECONDS_LONG s:

| path | bookings a second | ÷ pgbench |
|---|---|---|
| pgbench, the same statements, prepared | $pg_tps | 1.00 |
| through the gateway and the platform | $gateway_tps | $(awk -v g="$gateway_tps" -v p="$pg_tps" 'BEGIN { printf "%.2f", g / p }') |

Dates oversold or with places not accounted for by bookings and offers, after it all: $oversold.
REPORT
[[ $oversold == 0 ]] || die "a date was oversold"
[[ $(echo "$confirmed" | tr -d ' ') == "$PLACES" ]] || die "a round confirmed other than $PLACES bookings: $confirmed"
