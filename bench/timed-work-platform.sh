# Sourced by bench/timed-work.sh: the platform on a data folder of its own (start, stop, health), its
# REST API and its database as the superuser. Uses the caller's java_bin, WORK and settings, and sets
# platform_pid, app_port and start_seconds.
stop_platform() {
    local pid=$platform_pid
    platform_pid=""
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    # TERM: the platform's shutdown stops its embedded PostgreSQL; KILL would leave it running.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    echo "timed-work: platform $pid ignored TERM for 60 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}


# Starts the jar on the data folder and waits until it answers its health check; sets platform_pid.
# The database port is fixed per data folder, so psql can reach it between restarts.
start_platform() {
    local jar=$1 data=$2 db_port=$3 log=$4
    app_port=$(free_port)
    local started
    started=$(now)
    SHAREWELL_DATA_DIR=$data SHAREWELL_EMBEDDED_DATABASE_PORT=$db_port SHAREWELL_APP_PORT=$app_port \
        SHAREWELL_APP_ADDRESS=127.0.0.1 SHAREWELL_DEMO=false \
        "$java_bin" -jar "$jar" >>"$log" 2>&1 &
    platform_pid=$!
    local deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        kill -0 "$platform_pid" 2>/dev/null || die "the platform stopped while starting; see $log"
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$app_port$HEALTH" || true) == 200 ]]; then
            start_seconds=$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
            return
        fi
        sleep 0.5
    done
    die "the platform was not healthy after $START_TIMEOUT s; see $log"
}

sql() {
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -At "$@"
}

api() {
    local method=$1 path=$2 token=$3 body=${4:-}
    local args=(-s -X "$method" --max-time 30 -H 'Content-Type: application/json' -w '\n%{http_code}')
    [[ -n $slug ]] && args+=(-H "X-Sharewell-Tenant: $slug")
    [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n $body ]] && args+=(--data "$body")
    curl "${args[@]}" "http://127.0.0.1:$app_port$path"
}

# Calls the API and prints the answer's body, stopping the run unless the status is the one expected.
call() {
    local expected=$1
    shift
    local answer code
    answer=$(api "$@") || die "$2 could not be called"
    code=${answer##*$'\n'}
    [[ $code == "$expected" ]] || die "$1 $2 answered $code, not $expected: ${answer%$'\n'*}"
    echo "${answer%$'\n'*}"
}

# The first string field of that name in a JSON answer: enough for the ids and tokens read here.
json_field() { grep -o "\"$1\" *: *\"[^\"]*\"" | head -1 | sed 's/.*: *"\(.*\)"/\1/'; }

# The organisation whose email is timed: signed up through the API like any other.
sign_up() {
    slug=""
    local signed_slug=bench-api-$RANDOM$RANDOM
    call 201 POST /api/v1/signup "" "{\"organisationName\": \"Bench timing group\", \"slug\": \"$signed_slug\",
        \"kind\": \"LOCAL_GROUP\", \"adminName\": \"Bea Bench\", \"email\": \"bea@$signed_slug.example\",
        \"password\": \"$PASSWORD\"}" >/dev/null
    slug=$signed_slug
}
