#!/usr/bin/env bash
# Token logins over HTTP at 16 clients against running portals (benchmarks/auth TokenLoginLoad),
# with the CPU per login of each portal's JVM and of the PostgreSQL backends of its database (found
# by their process titles at the start and the end of the timed phase), the client's own and the
# load average (docs/PERFORMANCE.md, "Token logins after ...").
#
#   scripts/bench-token-login.sh [-n rounds] [-c logins] NAME=URL,DATA_DIR,DATABASE,PID ...
#
# Each round measures every portal once, in the order given (A, B, A, B, ...): a portal not being
# measured is idle. Each measurement is TokenLoginLoad with COUNT logins (the challenges are fetched
# and signed before the timed phase). The portals must allow the logins
# (MYNAPORTAL_AUTH_LOGIN_REQUESTS_PER_MINUTE=10000000) and sign for their own URL as origin
# (MYNAPORTAL_AUTH_ORIGIN). Needs the benchmark compiled:
#   ./mvnw -q -B -o -f benchmarks/auth/pom.xml compile
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=3
count=3200
while getopts "n:c:" option; do
    case $option in
        n) rounds=$OPTARG ;;
        c) count=$OPTARG ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -gt 0 ]] || { echo "usage: $0 [-n rounds] [-c logins] NAME=URL,DATA_DIR,DATABASE,PID ..." >&2; exit 2; }

classpath="$root/benchmarks/auth/target/classes:$(cd "$root" && ./mvnw -q -B -o -f benchmarks/auth/pom.xml \
    dependency:build-classpath -Dmdep.outputFile=/dev/stdout ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL})"

for round in $(seq 1 "$rounds"); do
    for portal in "$@"; do
        name=${portal%%=*}
        IFS=, read -r url data database pid <<<"${portal#*=}"
        line=$(java -cp "$classpath" jp.mynaportal.auth.benchmark.TokenLoginLoad \
            "$url" "$data/cards" "$url" "$count" "portal=$pid,postgres=~postgres $database " 2>&1 | grep 'token logins')
        echo "round $round $name $(date -u +%H:%M:%S) ${line##*INFO: }"
    done
done
