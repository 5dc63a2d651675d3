# Sourced by the benchmark scripts: what each of them needs the same way. Uses the caller's die().

# Sets java_bin to a JDK 25's java: JAVA_HOME's if it is one, else the one this machine installs.
find_jdk25() {
    java_bin=""
    local home
    for home in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
        if [[ -n $home && -x $home/bin/java ]] \
            && "$home/bin/java" -version 2>&1 | grep -Eq 'version "25([."]|$)'; then
            java_bin=$home/bin/java
            return
        fi
    done
    die "no JDK 25 found: set JAVA_HOME to one (JAVA_HOME=${JAVA_HOME:-unset})"
}

# Asking the kernel for a free port needs a helper program; probing a random high port is enough on
# loopback, and the health check after a start would catch a clash anyway.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port on 127.0.0.1"
}

now() { date +%s.%N; }
