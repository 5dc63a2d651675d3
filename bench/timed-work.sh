#!/usr/bin/env bash
# What does timed work cost an idle platform, and how soon is a queued email sent, at 10 and at 10,000
# organisations?
#
# The issue's targets: with 10,000 organisations and nothing due, the idle platform uses under 0.02 of a
# core; an email queued is sent within 2 seconds at 10 or at 10,000 organisations.
#
# Starts the packaged platform on an embedded PostgreSQL kept in a temporary folder, signs one
# organisation up through the REST API and loads the others by SQL as the PostgreSQL superuser (a
# founder with a login and a person, the default training, sent email, an audit entry, and the
# timetable entry each organisation's sent email makes), restarts the platform so that it starts with
# them, and then measures:
#   idle     CPU time of the platform JVM and every PostgreSQL process over IDLE seconds after a
#            warm-up, as a fraction of one core (from /proc);
#   latency  queued_at to sent_at of EMAILS invitation emails, each queued through the REST API
#            (a person added, then invited), read from the outbox afterwards;
# first at SMALL organisations, then, after loading the rest and restarting, at LARGE. See
# docs/performance.md ("Timed work").
#
# With BEFORE_COMMIT (or BEFORE_JAR) it also measures the code before the timetable at LARGE
# organisations, idle and latency, on a database of its own, and then starts this code on that
# database: the upgrade, with the timetable filled in for the work already owed.
#
# Settings (environment variables):
#   SMALL=10 LARGE=10000   organisations in the two measurements
#   IDLE=60                seconds of idle measurement
#   WARMUP=30              seconds of quiet before it, after start-up and any work due has been done
#   BEFORE_WARMUP=90       the same for the code before, whose hourly rounds (sent-mail retention at
#                          start, the licence check a minute later) are let pass, to measure its steady state
#   EMAILS=20              invitation emails queued for the latency measurement, GAP seconds apart
#   GAP=0.5
#   BEFORE_COMMIT=a2246b1  also build that commit in a temporary git worktree (mvn -o package -DskipTests)
#   BEFORE_JAR=path        or use a jar of the older code built already
#   KEEP_LOGS=1            keep the temporary folder (logs, data) afterwards
#
# Needs: a JDK 25, platform/app/target/sharewell-platform.jar ('mvn -o package -DskipTests'), curl, psql.
set -Eeuo pipefail

SMALL=${SMALL:-10}
LARGE=${LARGE:-10000}
IDLE=${IDLE:-60}
WARMUP=${WARMUP:-30}
BEFORE_WARMUP=${BEFORE_WARMUP:-90}
EMAILS=${EMAILS:-20}
GAP=${GAP:-0.5}
BEFORE_COMMIT=${BEFORE_COMMIT:-}
BEFORE_JAR=${BEFORE_JAR:-}
KEEP_LOGS=${KEEP_LOGS:-0}
HEALTH=/api/v1/manage/health
START_TIMEOUT=600
PASSWORD="quiet meadow lantern 58"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/platform/app/target/sharewell-platform.jar

die() { echo "timed-work: $*" >&2; exit 1; }
say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

for setting in SMALL LARGE IDLE WARMUP BEFORE_WARMUP EMAILS; do
    [[ ${!setting} =~ ^[1-9][0-9]*$ ]] || die "$setting must be a whole number above 0, not '${!setting}'"
done
((LARGE > SMALL)) || die "LARGE ($LARGE) must be more than SMALL ($SMALL)"
[[ $GAP =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "GAP must be a number of seconds, not '$GAP'"

# --- Prerequisites ----------------------------------------------------------------------------------

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
find_jdk25
[[ -f $JAR ]] || die "missing $JAR; build it first: (cd $ROOT && mvn -o package -DskipTests)"
for tool in curl psql awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ -z $BEFORE_JAR || -f $BEFORE_JAR ]] || die "BEFORE_JAR=$BEFORE_JAR is not a file"

# --- Processes --------------------------------------------------------------------------------------

WORK=$(mktemp -d -t sharewell-timed-work.XXXXXX)
platform_pid=""
app_port=""
db_port=""
slug=""
start_seconds=""
before_tree=""

# Starting and stopping the platform, and talking to it and its database.
# shellcheck source=timed-work-platform.sh
source "$ROOT/bench/timed-work-platform.sh"

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_platform
    if [[ -n $before_tree ]]; then
        git -C "$ROOT" worktree remove --force "$before_tree" 2>/dev/null || true
    fi
    if [[ $KEEP_LOGS == 1 || $status != 0 ]]; then
        echo "Logs and data kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
# set -e stops at the first failing command; say which, rather than end without a word.
trap 'echo "timed-work: stopped by a failing command at line $LINENO: $BASH_COMMAND" >&2' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

# Loads organisations by SQL, numbered from $1 + 1 to $1 + $2; what each holds is in the SQL file.
load_organisations() {
    local from=$1 count=$2
    sql -v from="$from" -v count="$count" -v bench="$slug" -f "$ROOT/bench/timed-work-organisations.sql"
}

organisations() { sql -c "SELECT count(*) FROM tenancy.tenant"; }

has_timetable() { [[ $(sql -c "SELECT to_regclass('timetable.entry') IS NOT NULL") == t ]]; }

# Waits until no timed work is due (the timetable's backlog after an upgrade, say); prints how long it took.
await_nothing_due() {
    local started=$SECONDS
    if has_timetable; then
        local deadline=$((SECONDS + 900))
        while [[ $(sql -c "SELECT count(*) FROM timetable.entry WHERE due_at <= now()") != 0 ]]; do
            ((SECONDS < deadline)) || die "timed work was still due after 900 s"
            sleep 1
        done
    fi
    echo $((SECONDS - started))
}

# How PostgreSQL runs the timekeeper's look, as the function's owner (row-level security applies to it):
# it should be a scan of the start of the entry_due index, whatever the number of organisations.
plan_of_look() {
    sql -c "SET ROLE sharewell_owner" -c "EXPLAIN (COSTS OFF) SELECT e.tenant_id, e.job, e.subject
            FROM timetable.entry e WHERE e.due_at <= now() ORDER BY e.due_at LIMIT 100" | tr '\n' ';' | sed 's/;$//'
}

# CPU ticks (user + system) used so far, "jvm postgresql": the platform JVM, and PostgreSQL's
# postmaster, its children that are running now and (in the postmaster's cutime/cstime) those that ended.
cpu_ticks() {
    local data=$1 postmaster
    postmaster=$(head -1 "$data/pgdata/postmaster.pid")
    local jvm database
    jvm=$(awk '{ print $14 + $15 }' "/proc/$platform_pid/stat")
    database=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
    local stat line ppid utime stime
    for stat in /proc/[0-9]*/stat; do
        # The process may have ended since the list was made.
        { read -r line <"$stat"; } 2>/dev/null || continue
        # Field 4 is the parent; the command name in field 2 may hold spaces, so cut after its ')'.
        read -r _ ppid _ _ _ _ _ _ _ _ _ utime stime _ <<<"${line##*) }"
        [[ $ppid == "$postmaster" ]] && database=$((database + utime + stime))
    done
    echo "$jvm $database"
}

# Idle CPU as fractions of one core over IDLE seconds, after the given seconds of quiet:
# "all jvm postgresql".
measure_idle() {
    local data=$1 quiet=$2
    sleep "$quiet"
    local jvm0 db0 jvm1 db1
    read -r jvm0 db0 < <(cpu_ticks "$data")
    sleep "$IDLE"
    read -r jvm1 db1 < <(cpu_ticks "$data")
    awk -v j=$((jvm1 - jvm0)) -v d=$((db1 - db0)) -v hz="$(getconf CLK_TCK)" -v s="$IDLE" \
        'BEGIN { printf "%.4f %.4f %.4f\n", (j + d) / hz / s, j / hz / s, d / hz / s }'
}

# Queues EMAILS invitation emails through the API, GAP seconds apart, waits until all are sent, and
# prints "median p95 max" of queued_at to sent_at, in seconds; each one, in the order queued, goes
# to the log.
measure_latency() {
    local label=$1
    local token
    token=$(call 201 POST /api/v1/tokens "" "{\"email\": \"bea@$slug.example\", \"password\": \"$PASSWORD\"}" | json_field token)
    [[ -n $token ]] || die "no API token for the bench organisation"
    local i id
    for i in $(seq 1 "$EMAILS"); do
        id=$(call 201 POST /api/v1/people "$token" "{\"fullName\": \"Timed Volunteer $label $i\",
            \"email\": \"timed-$label-$i@$slug.example\", \"kind\": \"VOLUNTEER\", \"volunteerTerm\": \"LONG_SERVING\"}" \
            | json_field id)
        [[ -n $id ]] || die "adding a person gave no id"
        call 201 POST "/api/v1/people/$id/invitation" "$token" >/dev/null
        sleep "$GAP"
    done
    local deadline=$((SECONDS + 300))
    while [[ $(sql -c "SELECT count(*) FROM mail.outbox WHERE recipient LIKE 'timed-$label-%' AND sent_at IS NULL") != 0 ]]; do
        ((SECONDS < deadline)) || die "the invitation emails were not all sent within 300 s"
        sleep 0.5
    done
    local sent
    sent=$(sql -c "SELECT count(*) FROM mail.outbox WHERE recipient LIKE 'timed-$label-%'")
    [[ $sent == "$EMAILS" ]] || die "expected $EMAILS invitation emails, found $sent"
    sql -c "SELECT string_agg(round(extract(epoch FROM sent_at - queued_at)::numeric, 2)::text, ' ' ORDER BY queued_at)
            FROM mail.outbox WHERE recipient LIKE 'timed-$label-%'" | sed "s/^/$label: each email, queued to sent (s): /" >&2
    sql -c "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 2),
                   round(percentile_cont(0.95) WITHIN GROUP (ORDER BY s)::numeric, 2), round(max(s)::numeric, 2)
            FROM (SELECT extract(epoch FROM sent_at - queued_at) AS s FROM mail.outbox
                  WHERE recipient LIKE 'timed-$label-%') t" | tr '|' ' '
}

# One world: a data folder, a database port, a jar. Prints the results as "key value" lines to $out.
declare -A result

measure_at() {
    local name=$1 jar=$2 data=$3 count=$4 log=$5
    local have
    have=$(organisations)
    if ((count > have)); then
        say "$name: loading $((count - have)) organisations by SQL ..."
        local started=$SECONDS
        load_organisations "$((have))" "$((count - have))"
        say "$name: loaded in $((SECONDS - started)) s; restarting the platform so it starts with them ..."
    fi
    stop_platform
    start_platform "$jar" "$data" "$db_port" "$log"
    result[$name-start]=$start_seconds
    [[ $(organisations) == "$count" ]] || die "$name: expected $count organisations, found $(organisations)"
    result[$name-drain]=$(await_nothing_due)
    local quiet=$WARMUP
    [[ $name == before ]] && quiet=$BEFORE_WARMUP
    say "$name: $count organisations, healthy after ${start_seconds} s; measuring idle CPU (${quiet} s quiet, then ${IDLE} s) ..."
    read -r result[$name-idle] result[$name-idle-jvm] result[$name-idle-db] < <(measure_idle "$data" "$quiet")
    say "$name: idle ${result[$name-idle]} of a core (JVM ${result[$name-idle-jvm]}, PostgreSQL ${result[$name-idle-db]}); timing $EMAILS emails ..."
    result[$name-latency]=$(measure_latency "$name")
    say "$name: queued to sent (median, p95, max, s): ${result[$name-latency]}"
    if has_timetable; then
        result[$name-entries]=$(sql -c "SELECT count(*) FROM timetable.entry")
        result[$name-plan]=$(plan_of_look)
    fi
}

# --- The code before the timetable, if asked for -------------------------------------------------------

if [[ -n $BEFORE_COMMIT && -z $BEFORE_JAR ]]; then
    before_tree=$WORK/before-source
    say "Building $BEFORE_COMMIT in a temporary worktree (mvn -o package -DskipTests; some minutes) ..."
    git -C "$ROOT" worktree add --detach "$before_tree" "$BEFORE_COMMIT" >/dev/null 2>&1 \
        || die "could not make a worktree of $BEFORE_COMMIT"
    (cd "$before_tree" && JAVA_HOME=$(dirname "$(dirname "$java_bin")") mvn -o -q package -DskipTests) \
        >"$WORK/before-build.log" 2>&1 || die "building $BEFORE_COMMIT failed; see $WORK/before-build.log"
    BEFORE_JAR=$WORK/sharewell-platform-before.jar
    cp "$before_tree/platform/app/target/sharewell-platform.jar" "$BEFORE_JAR"
    git -C "$ROOT" worktree remove --force "$before_tree"
    before_tree=""
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
machine="$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(uname -sr)"

# --- This code, at SMALL and then LARGE organisations --------------------------------------------------

db_port=$(free_port)
say "This code: platform on a new database (port $db_port, data in $WORK/after) ..."
start_platform "$JAR" "$WORK/after" "$db_port" "$WORK/after.log"
sign_up
measure_at small "$JAR" "$WORK/after" "$SMALL" "$WORK/after.log"
measure_at large "$JAR" "$WORK/after" "$LARGE" "$WORK/after.log"
stop_platform

# --- The code before, at LARGE organisations, and the upgrade from it ----------------------------------

if [[ -n $BEFORE_JAR ]]; then
    db_port=$(free_port)
    say "Before: platform on a new database (port $db_port, data in $WORK/before) ..."
    start_platform "$BEFORE_JAR" "$WORK/before" "$db_port" "$WORK/before.log"
    sign_up
    measure_at before "$BEFORE_JAR" "$WORK/before" "$LARGE" "$WORK/before.log"
    stop_platform
    say "Upgrade: this code on the database of the code before (migrations make its timetable) ..."
    start_platform "$JAR" "$WORK/before" "$db_port" "$WORK/upgrade.log"
    result[upgrade-start]=$start_seconds
    result[upgrade-drain]=$(await_nothing_due)
    result[upgrade-entries]=$(sql -c "SELECT job || ' ' || count(*) FROM timetable.entry GROUP BY job ORDER BY job" | tr '\n' ' ')
    stop_platform
fi

# --- Report -------------------------------------------------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
read -r small_median small_p95 small_max <<<"${result[small-latency]}"
read -r large_median large_p95 large_max <<<"${result[large-latency]}"

cat <<EOF

Timed work, $(date -u '+%d %B %Y %H:%M') UTC, on $machine
load average before the run: $load_before; idle over $IDLE s after $WARMUP s of quiet; $EMAILS emails $GAP s apart

                                   $(printf '%12s %12s %10s' "$SMALL orgs" "$LARGE orgs" "ratio")
idle CPU (fraction of one core)    $(printf '%12s %12s %10s' "${result[small-idle]}" "${result[large-idle]}" "$(ratio "${result[large-idle]}" "${result[small-idle]}")")
  of which the platform JVM        $(printf '%12s %12s' "${result[small-idle-jvm]}" "${result[large-idle-jvm]}")
  of which PostgreSQL              $(printf '%12s %12s' "${result[small-idle-db]}" "${result[large-idle-db]}")
queued to sent, median (s)         $(printf '%12s %12s %10s' "$small_median" "$large_median" "$(ratio "$large_median" "$small_median")")
queued to sent, p95 (s)            $(printf '%12s %12s %10s' "$small_p95" "$large_p95" "$(ratio "$large_p95" "$small_p95")")
queued to sent, slowest (s)        $(printf '%12s %12s %10s' "$small_max" "$large_max" "$(ratio "$large_max" "$small_max")")
start-up to healthy (s)            $(printf '%12s %12s' "${result[small-start]}" "${result[large-start]}")
timetable entries                  $(printf '%12s %12s' "${result[small-entries]}" "${result[large-entries]}")
the look, at $LARGE organisations: ${result[large-plan]}
EOF
if [[ -n $BEFORE_JAR ]]; then
    read -r before_median before_p95 before_max <<<"${result[before-latency]}"
    cat <<EOF

before the timetable, at $LARGE organisations (idle after $BEFORE_WARMUP s of quiet):
idle CPU (fraction of one core)    ${result[before-idle]}: JVM ${result[before-idle-jvm]}, PostgreSQL ${result[before-idle-db]} (this code: ${result[large-idle]}, $(ratio "${result[before-idle]}" "${result[large-idle]}") times less)
queued to sent, median/p95/slowest $before_median / $before_p95 / $before_max s
upgrade to this code: healthy after ${result[upgrade-start]} s (migrations included), work owed done ${result[upgrade-drain]} s later
timetable after the upgrade: ${result[upgrade-entries]}
EOF
fi
