#!/usr/bin/env bash
# How much latency does the gateway add in front of the platform?
#
# Starts the packaged platform (throwaway embedded PostgreSQL, demo tenants) and the gateway in front of
# it, then loads the same database-backed endpoint directly and through the gateway at the same fixed
# rate, in alternating rounds, and prints the median p50 and p99 of each. See docs/performance.md.
#
# Settings (environment variables):
#   RATE=200      requests per second, in total, for every measurement
#   DURATION=10   seconds per measurement
#   ROUNDS=5      rounds; each round measures direct and gateway once
#   WARMUP=20     seconds of unthrottled warm-up load through the gateway (plus a quarter of it direct)
#   WORKERS=10    hey workers sharing RATE
#   KEEP_LOGS=1   keep the temporary folder with the logs and raw hey output
#
# Needs: a JDK 25, the jars from 'mvn install -DskipTests', and hey (apt-get install hey).
set -euo pipefail

RATE=${RATE:-200}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-20}
WORKERS=${WORKERS:-10}
KEEP_LOGS=${KEEP_LOGS:-0}
# Reads the tenant registry from PostgreSQL on every request (no cache on this path), so the platform
# does real work and the comparison is not just two empty hops.
ENDPOINT=/api/v1/public/tenants/brookfield
HEALTH=/api/v1/manage/health
START_TIMEOUT=180

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM_JAR=$ROOT/platform/app/target/sharewell-platform.jar
GATEWAY_JAR=$ROOT/gateway/target/sharewell-gateway-0.1.0-SNAPSHOT.jar

die() { echo "gateway-overhead: $*" >&2; exit 1; }

for setting in RATE DURATION ROUNDS WARMUP WORKERS; do
    [[ ${!setting} =~ ^[1-9][0-9]*$ ]] || die "$setting must be a whole number above 0, not '${!setting}'"
done

# --- Prerequisites ----------------------------------------------------------------------------------

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
find_jdk25

for jar in "$PLATFORM_JAR" "$GATEWAY_JAR"; do
    [[ -f $jar ]] || die "missing $jar; build it first: (cd $ROOT && mvn install -DskipTests)"
done

command -v hey >/dev/null || die "hey is not installed: sudo apt-get install hey (or go install github.com/rakyll/hey@latest)"
command -v curl >/dev/null || die "curl is not installed: sudo apt-get install curl"

# --- Processes --------------------------------------------------------------------------------------

WORK=$(mktemp -d -t sharewell-bench.XXXXXX)
platform_pid=""
gateway_pid=""

stop() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    # TERM first: the platform's shutdown hook stops its embedded PostgreSQL; KILL would orphan it.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    echo "gateway-overhead: process $pid ignored TERM for 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # Gateway first, so the platform is not left serving a half-stopped proxy.
    stop "$gateway_pid"
    stop "$platform_pid"
    if [[ $KEEP_LOGS == 1 || $status != 0 ]]; then
        echo "Logs and raw hey output kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# Wall time from launch to a healthy answer: what someone starting the service waits for.
await_healthy() {
    local name=$1 pid=$2 url=$3 started=$4
    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        kill -0 "$pid" 2>/dev/null || die "$name stopped while starting; see $WORK/$name.log"
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true) == 200 ]]; then
            awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'
            return
        fi
        sleep 0.25
    done
    die "$name was not healthy at $url after $START_TIMEOUT s; see $WORK/$name.log"
}

app_port=$(free_port)
gateway_port=$(free_port)
while [[ $gateway_port == "$app_port" ]]; do gateway_port=$(free_port); done
direct_url=http://127.0.0.1:$app_port$ENDPOINT
gateway_url=http://127.0.0.1:$gateway_port$ENDPOINT

# Anything else busy on the machine skews both sides; say so next to the figures.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Starting the platform on 127.0.0.1:$app_port (logs in $WORK) ..."
started=$(now)
# SHAREWELL_DATA_DIR must be unset for a throwaway database; a developer's own setting must not leak in.
env -u SHAREWELL_DATA_DIR SHAREWELL_APP_PORT="$app_port" SHAREWELL_APP_ADDRESS=127.0.0.1 SHAREWELL_DEMO=true \
    "$java_bin" -jar "$PLATFORM_JAR" >"$WORK/platform.log" 2>&1 &
platform_pid=$!
platform_start=$(await_healthy platform "$platform_pid" "http://127.0.0.1:$app_port$HEALTH" "$started")

# Started only once the platform is up, so neither start-up time is inflated by the other on 2 cores.
echo "Starting the gateway on 127.0.0.1:$gateway_port ..."
started=$(now)
SHAREWELL_GATEWAY_PORT=$gateway_port SERVER_ADDRESS=127.0.0.1 \
    SHAREWELL_GATEWAY_BACKENDURI=http://127.0.0.1:$app_port SHAREWELL_GATEWAY_RATELIMIT_ENABLED=false \
    "$java_bin" -jar "$GATEWAY_JAR" >"$WORK/gateway.log" 2>&1 &
gateway_pid=$!
# The gateway's health URL is forwarded to the platform, so this proves the whole path works.
gateway_start=$(await_healthy gateway "$gateway_pid" "http://127.0.0.1:$gateway_port$HEALTH" "$started")

# With rate limiting on, this endpoint allows 120 requests a minute: we would be timing 429s.
if grep -q 'Rate limits are' "$WORK/gateway.log"; then
    die "the gateway started with rate limiting on; SHAREWELL_GATEWAY_RATELIMIT_ENABLED=false was ignored"
fi
for url in "$direct_url" "$gateway_url"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [[ $code == 200 ]] || die "$url answered $code, not 200 (is the demo tenant 'brookfield' there?)"
done

# --- Load -------------------------------------------------------------------------------------------

per_worker=$(awk -v r="$RATE" -v w="$WORKERS" 'BEGIN { printf "%g", r / w }')

# Runs hey (at the fixed rate unless told "unthrottled") and checks every answer was a 200: errors or
# 429s would make the latency figures meaningless. timeout keeps a stuck run from hanging the script.
load() {
    local url=$1 seconds=$2 out=$3 pace=(-q "$per_worker")
    [[ ${4:-} == unthrottled ]] && pace=()
    timeout $((seconds + 60)) hey -z "${seconds}s" -c "$WORKERS" "${pace[@]}" -t 10 "$url" >"$out" \
        || die "hey failed against $url; see $out"
    if grep -q '^Error distribution' "$out"; then
        die "errors loading $url: $(sed -n '/^Error distribution/,$p' "$out" | head -5 | tr '\n' ' ')"
    fi
    local codes
    codes=$(sed -n '/^Status code distribution/,/^$/p' "$out" | grep -o '\[[0-9]*\]' | tr -d '[]' | sort -u | tr '\n' ' ')
    [[ $codes == "200 " ]] || die "non-200 answers from $url (status codes: ${codes:-none}); see $out"
}

# Prints "p50_ms p99_ms achieved_rate" from a hey summary.
figures() {
    awk '/^  50% in/ { p50 = $3 * 1000 }
         /^  99% in/ { p99 = $3 * 1000 }
         /Requests\/sec:/ { rps = $2 }
         END { if (p50 == "" || p99 == "") exit 1; printf "%.2f %.2f %.0f\n", p50, p99, rps }' "$1"
}

# As fast as it goes: at the measured rate the gateway was still getting faster after thousands of
# requests. Cold, the gateway manages a quarter of the platform's throughput, so it gets most of the
# time; every request through it warms the platform's code too, and the short direct run covers the rest.
direct_warmup=$(( WARMUP / 4 > 0 ? WARMUP / 4 : 1 ))
echo "Warming up (JIT), unthrottled: ${WARMUP} s through the gateway, ${direct_warmup} s direct ..."
load "$gateway_url" "$WARMUP" "$WORK/warmup-gateway.txt" unthrottled
load "$direct_url" "$direct_warmup" "$WORK/warmup-direct.txt" unthrottled

# CPU time (user + system, in clock ticks) a process has used so far. On 2 cores the gateway's CPU
# cost per request is what it takes away from the platform, so it is worth knowing next to latency.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
answered() { sed -n 's/^  \[200\][[:space:]]*\([0-9]*\) responses.*/\1/p' "$1"; }
declare -A cpu=([direct-platform]=0 [gateway-platform]=0 [gateway-gateway]=0) requests=([direct]=0 [gateway]=0)

# Alternate the order each round (direct first, then gateway first, ...) so a slow spell on this
# shared machine or a trend over time does not land on one side only.
declare -a direct_p50 direct_p99 gateway_p50 gateway_p99
printf '\n%-6s %-8s %9s %9s %8s\n' round path p50_ms p99_ms req/s
for round in $(seq 1 "$ROUNDS"); do
    if ((round % 2)); then order=(direct gateway); else order=(gateway direct); fi
    for path in "${order[@]}"; do
        url=$direct_url
        [[ $path == gateway ]] && url=$gateway_url
        out=$WORK/round$round-$path.txt
        platform_before=$(cpu_ticks "$platform_pid"); gateway_before=$(cpu_ticks "$gateway_pid")
        load "$url" "$DURATION" "$out"
        cpu[$path-platform]=$(( ${cpu[$path-platform]} + $(cpu_ticks "$platform_pid") - platform_before ))
        [[ $path == gateway ]] && cpu[gateway-gateway]=$(( ${cpu[gateway-gateway]} + $(cpu_ticks "$gateway_pid") - gateway_before ))
        requests[$path]=$(( ${requests[$path]} + $(answered "$out") ))
        read -r p50 p99 rps < <(figures "$out") || die "could not read hey's percentiles from $out"
        printf '%-6s %-8s %9s %9s %8s\n' "$round" "$path" "$p50" "$p99" "$rps"
        if [[ $path == direct ]]; then direct_p50+=("$p50"); direct_p99+=("$p99")
        else gateway_p50+=("$p50"); gateway_p99+=("$p99"); fi
    done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

d50=$(median "${direct_p50[@]}"); d99=$(median "${direct_p99[@]}")
g50=$(median "${gateway_p50[@]}"); g99=$(median "${gateway_p99[@]}")

cpu_ms_per_request() {
    awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", n ? t * 1000 / hz / n : 0 }'
}
# Spring's own count starts once the JVM is up; for the platform it includes starting the embedded
# PostgreSQL and running the migrations.
spring_start() { sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$WORK/$1.log" | head -1; }
# Resident memory after the load, for a rough idea of each JVM's footprint. The embedded PostgreSQL
# runs as separate processes and is not in the platform's figure.
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

cat <<EOF

Gateway overhead on GET $ENDPOINT
rate $RATE req/s ($WORKERS workers x $per_worker), $DURATION s per measurement, $ROUNDS rounds, unthrottled warm-up ${WARMUP} s via gateway + ${direct_warmup} s direct
median of rounds:

            direct   gateway   gateway/direct   difference
p50 (ms)  $(printf '%8s  %8s  %15s  %11s' "$d50" "$g50" "$(awk -v g="$g50" -v d="$d50" 'BEGIN { printf "%.2f", g / d }')" "$(awk -v g="$g50" -v d="$d50" 'BEGIN { printf "%+.2f", g - d }')")
p99 (ms)  $(printf '%8s  %8s  %15s  %11s' "$d99" "$g99" "$(awk -v g="$g99" -v d="$d99" 'BEGIN { printf "%.2f", g / d }')" "$(awk -v g="$g99" -v d="$d99" 'BEGIN { printf "%+.2f", g - d }')")

CPU time per request: platform $(cpu_ms_per_request "${cpu[direct-platform]}" "${requests[direct]}") ms direct, \
$(cpu_ms_per_request "${cpu[gateway-platform]}" "${requests[gateway]}") ms behind the gateway; \
gateway $(cpu_ms_per_request "${cpu[gateway-gateway]}" "${requests[gateway]}") ms
start-up to healthy: platform ${platform_start} s, gateway ${gateway_start} s (Spring's own count: $(spring_start platform) s and $(spring_start gateway) s)
load average before the run: $load_before (1, 5, 15 min) on $(nproc) cores
resident memory after the run: platform JVM $(rss_mb "$platform_pid") MB, gateway JVM $(rss_mb "$gateway_pid") MB
EOF
