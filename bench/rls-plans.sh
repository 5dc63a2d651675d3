#!/usr/bin/env bash
# The cost of the tenant policy by how it names the bound tenant: query plans and timings, in one run
# on one embedded PostgreSQL (see bench/RlsPlans.java). Prints a Markdown report.
# Settings: ORGANISATIONS (default 2000), PEOPLE (per organisation, default 50), RUNS (default 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
# The platform's own test classpath holds embedded PostgreSQL, Liquibase and the JDBC driver.
mvn -o -q -pl infrastructure,platform/core package -DskipTests -Dspotless.check.skip=true \
    dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test >&2
"$JAVA_HOME/bin/java" -Dlogback.configurationFile=infrastructure/src/build/logback-quiet.xml \
    -Djava.util.logging.config.file=/dev/null -cp "$(cat "$classpath")" bench/RlsPlans.java \
    infrastructure/src/main/resources "${ORGANISATIONS:-2000}" "${PEOPLE:-50}" "${RUNS:-2000}"
