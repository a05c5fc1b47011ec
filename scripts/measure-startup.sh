#!/usr/bin/env bash
# Measures the portal on Payara Micro: seconds from the start command to the first HTTP 200 of
# the top page, the CPU seconds the java process used until then (far less disturbed by other
# work on a shared machine than the seconds), and the resident memory (VmRSS) of the java process when the top page first
# answers and again after a number of top-page requests. Each variant is measured on a first
# start (empty data folder: Flyway creates the schema and loads the reference data) and on a
# restart (the same data folder again), several runs each; the medians are printed.
#
# It builds nothing: run `./mvnw -q -B package -DskipTests` first.
#
# Usage: scripts/measure-startup.sh [-n RUNS] [-r REQUESTS] [-p PORT] [-o RESULTS.tsv] [VARIANT...]
#   VARIANT is NAME|JVM OPTIONS|MICRO OPTIONS (options separated by spaces; either may be empty):
#   java JVM OPTIONS -jar payara-micro.jar --nocluster ... MICRO OPTIONS; or NAME|bin/portal
#   [VAR=VALUE...]|MICRO OPTIONS: bin/portal itself, with these environment variables, on the
#   copied Micro set and the run's data folder (which holds its kept runtime, so a first start
#   begins without one and the restart finds what the first start left).
#   NAME|bare JVM OPTIONS|MICRO OPTIONS: Payara Micro as in the first form with a WAR of one static
#   page instead of the rar and the portal: the floor that Payara Micro itself sets on this machine.
#   NAME|stack JVM OPTIONS|MICRO OPTIONS: the same with the smallest application of the portal's
#   fixed stack instead (benchmarks/startup-floor: a Faces page with PrimeFaces, a CDI bean, an EJB,
#   a JPA entity on H2 in the data folder, a startup singleton, a JAX-RS resource): the floor that
#   the stack sets; build it first with ./mvnw -o -q -B -f benchmarks/startup-floor/pom.xml package.
#   Without a variant: unpacked (payara-micro.jar with bin/portal's JVM and Micro options, as
#   bin/portal started it before it kept its runtime), portal (bin/portal) and portal-cds
#   (bin/portal with MYNAPORTAL_CDS=true).
#   The variants are interleaved run by run, so each is measured under the same machine load.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
micro="$root/ear/target/micro"
preboot="$root/ear/src/main/micro/pre-boot-commands.asadmin"

runs=3
requests=50
port=18080
results=""
startup_timeout=600

while getopts "n:r:p:o:h" flag; do
    case "$flag" in
        n) runs=$OPTARG ;;
        r) requests=$OPTARG ;;
        p) port=$OPTARG ;;
        o) results=$OPTARG ;;
        *) sed -n '2,20p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

for file in payara-micro.jar mynaportal-card.rar mynaportal.war; do
    if [[ ! -f "$micro/$file" ]]; then
        echo "$micro/$file is missing: build first with ./mvnw -q -B package -DskipTests" >&2
        exit 1
    fi
done
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; choose another with -p" >&2
    exit 1
fi

# shellcheck source=../bin/portal-options.sh
source "$root/bin/portal-options.sh"
if [[ $# -eq 0 ]]; then
    set -- "unpacked|${PORTAL_JVM_OPTIONS[*]}|${PORTAL_MICRO_OPTIONS[*]}" "portal|bin/portal|" \
        "portal-cds|bin/portal MYNAPORTAL_CDS=true|"
fi
variants=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/mynaportal-measure.XXXXXX")
# a copy, so that a rebuild during the measurement does not change what is measured
mkdir "$work/micro"
cp "$micro/payara-micro.jar" "$micro/mynaportal-card.rar" "$micro/mynaportal.war" "$work/micro/"
micro="$work/micro"
# the bare variant's WAR: one static page at / (Payara Micro deploys ROOT.war at the root)
mkdir -p "$work/bare/war"
echo '<!DOCTYPE html><title>bare</title>' >"$work/bare/war/index.html"
(cd "$work/bare/war" && jar cf ../ROOT.war index.html)
# the stack variant's WAR, at the root too
stack_war="$root/benchmarks/startup-floor/target/startup-floor.war"
for variant in "${variants[@]}"; do
    IFS='|' read -r _ variant_jvm _ <<<"$variant"
    if [[ "$variant_jvm" == stack* ]]; then
        [[ -f "$stack_war" ]] || { echo "$stack_war is missing: ./mvnw -o -q -B -f benchmarks/startup-floor/pom.xml package" >&2; exit 2; }
        mkdir -p "$work/stack"
        cp "$stack_war" "$work/stack/ROOT.war"
    fi
done
[[ -n "$results" ]] || results="$work/results.tsv"
printf 'variant\tstart\trun\tseconds_to_200\trss_first_200_mb\trss_after_requests_mb\trss_file_after_mb\tcpu_seconds_to_200\n' >"$results"

server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        # up to 5 minutes: a first start with class data sharing writes its archive on the way out
        for _ in $(seq 1 600); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
finish() {
    stop_server
    rm -rf "$work/micro" "$work"/data-*
}
trap finish EXIT
trap 'exit 130' INT TERM

rss_mb() { # PID [FIELD]: VmRSS, or another field of /proc/PID/status (RssFile: mapped files, the CDS archive among them)
    awk -v field="${2:-VmRSS}:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# measure NAME JVM_OPTIONS MICRO_OPTIONS DATA_DIR KIND RUN
measure() {
    local name=$1 jvm=$2 extra=$3 data=$4 kind=$5 run=$6
    local log="$work/$name-$kind-$run.log" url="http://127.0.0.1:$port/"
    local -a jvm_options micro_options
    read -r -a jvm_options <<<"$jvm"
    read -r -a micro_options <<<"$extra"

    local start now code seconds rss_first rss_after rss_file cpu
    start=$(date +%s.%N)
    (
        cd "$work"
        unset MYNAPORTAL_DB_URL MYNAPORTAL_DB_USER MYNAPORTAL_DB_PASSWORD
        export MYNAPORTAL_DATA_DIR="$data" MYNAPORTAL_PROFILE=demo
        if [[ "${jvm_options[0]:-}" == bare ]]; then
            exec java "${jvm_options[@]:1}" -jar "$micro/payara-micro.jar" --nocluster \
                --port "$port" --prebootcommandfile "$preboot" "${micro_options[@]}" --deploy "$work/bare/ROOT.war"
        fi
        if [[ "${jvm_options[0]:-}" == stack ]]; then
            # its H2 database in the data folder: empty at a first start, kept for the restart
            mkdir -p "$data" && cd "$data"
            exec java "${jvm_options[@]:1}" -jar "$micro/payara-micro.jar" --nocluster \
                --port "$port" --prebootcommandfile "$preboot" "${micro_options[@]}" --deploy "$work/stack/ROOT.war"
        fi
        if [[ "${jvm_options[0]:-}" == bin/portal ]]; then
            exec env "${jvm_options[@]:1}" MYNAPORTAL_MICRO_DIR="$micro" "$root/bin/portal" \
                --port "$port" "${micro_options[@]}"
        fi
        exec java "${jvm_options[@]}" -jar "$micro/payara-micro.jar" --nocluster \
            --port "$port" --prebootcommandfile "$preboot" "${micro_options[@]}" \
            --deploy "$micro/mynaportal-card.rar" --deploy "$micro/mynaportal.war"
    ) >"$log" 2>&1 &
    server_pid=$!

    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
        [[ "$code" == 200 ]] && break
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "$name $kind $run: the server stopped before answering; see $log" >&2
            server_pid=""
            return 1
        fi
        now=$(date +%s.%N)
        if (($(echo "$now - $start > $startup_timeout" | bc))); then
            echo "$name $kind $run: no 200 within ${startup_timeout}s; see $log" >&2
            stop_server
            return 1
        fi
        sleep 0.2
    done
    now=$(date +%s.%N)
    seconds=$(echo "scale=1; ($now - $start) / 1" | bc)
    rss_first=$(rss_mb "$server_pid")
    # user + system time of the java process (bin/portal execs java; a launcher it makes first is not counted)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server_pid/stat")

    for _ in $(seq 1 "$requests"); do
        curl -s -o /dev/null --max-time 30 "$url" || true
    done
    rss_after=$(rss_mb "$server_pid")
    rss_file=$(rss_mb "$server_pid" RssFile)
    stop_server

    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "$run" "$seconds" "$rss_first" "$rss_after" "$rss_file" "$cpu" \
        | tee -a "$results"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java: $(java -version 2>&1 | head -1)"
echo "# work folder: $work"
printf 'variant\tstart\trun\tseconds_to_200\trss_first_200_mb\trss_after_requests_mb\trss_file_after_mb\tcpu_seconds_to_200\n'
for run in $(seq 1 "$runs"); do
    for variant in "${variants[@]}"; do
        IFS='|' read -r name jvm extra <<<"$variant"
        data="$work/data-$name-$run"
        rm -rf "$data"
        mkdir -p "$data"
        measure "$name" "$jvm" "$extra" "$data" first "$run" || true
        measure "$name" "$jvm" "$extra" "$data" restart "$run" || true
        rm -rf "$data"
    done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "Medians of $runs runs ($requests top-page requests between the two memory samples):"
printf '%-12s %-8s %8s %10s %14s %14s %10s\n' variant start "s to 200" "RSS MB" "RSS MB after" "of it files" "CPU s"
for variant in "${variants[@]}"; do
    name=${variant%%|*}
    for kind in first restart; do
        awk -F'\t' -v n="$name" -v k="$kind" '
            function median(values, count,    i, j, t) {
                for (i = 1; i <= count; i++)
                    for (j = i + 1; j <= count; j++)
                        if (values[j] < values[i]) { t = values[i]; values[i] = values[j]; values[j] = t }
                return count % 2 ? values[(count + 1) / 2] : (values[count / 2] + values[count / 2 + 1]) / 2
            }
            NR > 1 && $1 == n && $2 == k && $4 != "" { c++; s[c] = $4 + 0; a[c] = $5 + 0; b[c] = $6 + 0; f[c] = $7 + 0; u[c] = $8 + 0 }
            END {
                if (c) printf "%-12s %-8s %8.1f %10.0f %14.0f %14.0f %10.1f   (%d runs)\n", n, k, median(s, c), median(a, c), median(b, c), median(f, c), median(u, c), c
                else printf "%-12s %-8s %8s %10s %14s %14s %10s\n", n, k, "-", "-", "-", "-", "-"
            }' "$results"
    done
done
echo "raw results: $results"
