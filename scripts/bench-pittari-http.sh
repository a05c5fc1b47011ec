#!/usr/bin/env bash
# Measures ぴったりサービス search pages over HTTP on Payara Micro next to a static resource of the
# same server in the same run: requests per second at 16 concurrent clients (wrk), for
#   static   GET /jakarta.faces.resource/css/portal.css.xhtml
#   category GET /pittari/search.xhtml?lg=…&mode=category&c=…&c=…   (ぴったり検索 with its result list)
#   keyword  GET /pittari/search.xhtml?lg=…&mode=keyword&q=…          (キーワード検索, highlighted)
#   intro    GET /pittari/index.xhtml   (for reference: a Faces page of the same template with no search)
# The search addresses rotate over municipalities, category sets and keywords across the country.
# Each of the wrk threads keeps the session cookie it was given, as a visitor's browser does.
#
# Two servers are measured one after the other, each on a fresh data folder:
#   served   the portal as shipped: a search page rendered once is served again from the page cache
#   rendered the same with the page cache off (mynaportal.pittari.page-cache.seconds=0): every
#            search page is rendered by Faces for its request
# For each, the four pages are interleaved run by run; the medians and each page's ratio to the
# static resource of the same server are printed.
#
# It builds nothing: run `./mvnw -q -B package -DskipTests` (or install) first.
#
# Usage: scripts/bench-pittari-http.sh [-n RUNS] [-d SECONDS] [-w WARMUP_SECONDS] [-c CLIENTS] [-t THREADS] [-p PORT] [-o RESULTS.tsv] [-s served|rendered|both]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
micro="$root/ear/target/micro"
preboot="$root/ear/src/main/micro/pre-boot-commands.asadmin"

runs=3
seconds=20
warmup=15
servers=both
clients=16
threads=2
port=18091
results=""
startup_timeout=600

while getopts "n:d:w:c:t:p:o:s:h" flag; do
    case "$flag" in
        n) runs=$OPTARG ;;
        d) seconds=$OPTARG ;;
        w) warmup=$OPTARG ;;
        s) servers=$OPTARG ;;
        c) clients=$OPTARG ;;
        t) threads=$OPTARG ;;
        p) port=$OPTARG ;;
        o) results=$OPTARG ;;
        *) sed -n '2,22p' "$0"; exit 2 ;;
    esac
done

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
for file in payara-micro.jar mynaportal-card.rar mynaportal.war; do
    [[ -f "$micro/$file" ]] || { echo "$micro/$file is missing: build first with ./mvnw -q -B package -DskipTests" >&2; exit 1; }
done
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; choose another with -p" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mynaportal-bench-pittari.XXXXXX")
# a copy, so that a rebuild during the measurement does not change what is measured
mkdir "$work/micro"
cp "$micro/payara-micro.jar" "$micro/mynaportal-card.rar" "$micro/mynaportal.war" "$work/micro/"
[[ -n "$results" ]] || results="$work/results.tsv"
base="http://127.0.0.1:$port"

server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 120); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
finish() {
    stop_server
    rm -rf "$work/micro" "$work/data"
}
trap finish EXIT
trap 'exit 130' INT TERM

# start_server JAVA_OPTIONS... : the portal on a fresh data folder (first start: Flyway loads the catalogue)
start_server() {
    rm -rf "$work/data"
    mkdir "$work/data"
    (
        cd "$work"
        unset MYNAPORTAL_DB_URL MYNAPORTAL_DB_USER MYNAPORTAL_DB_PASSWORD MYNAPORTAL_DATA_DIR
        exec java "$@" -Dmynaportal.profile=demo -Dmynaportal.data.dir="$work/data" -jar "$work/micro/payara-micro.jar" --nocluster --port "$port" \
            --prebootcommandfile "$preboot" --deploy "$work/micro/mynaportal-card.rar" --deploy "$work/micro/mynaportal.war"
    ) >>"$work/server.log" 2>&1 &
    server_pid=$!
    local start
    start=$(date +%s)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/" || true)" == 200 ]]; do
        kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped before answering; see $work/server.log" >&2; exit 1; }
        (($(date +%s) - start < startup_timeout)) || { echo "no 200 within ${startup_timeout}s; see $work/server.log" >&2; exit 1; }
        sleep 1
    done
}

# Search addresses: municipalities from every region of the country, category sets of one to four,
# keywords in kanji, hiragana and half-width katakana (URL-encoded here).
municipalities=(131105 011011 041017 151033 231061 271276 341011 401331 472018 132012 282014 122173)
category_sets=("c=CHILDCARE&c=HEALTH" "c=ELDERLY_CARE" "c=FAMILY_REGISTER&c=WASTE_ENVIRONMENT&c=BEREAVEMENT"
    "c=PREGNANCY&c=CHILDCARE&c=EDUCATION&c=DISABILITY" "c=HEALTH")
keywords=("%E5%AD%90%E8%82%B2%E3%81%A6" "%E3%81%93%E3%81%9D%E3%81%A0%E3%81%A6" "%E4%BB%8B%E8%AD%B7"
    "%E8%BB%A2%E5%87%BA%E5%B1%8A" "%EF%BD%BA%EF%BD%BF%EF%BE%9E%EF%BE%80%EF%BE%9E%EF%BE%83"
    "%E5%85%90%E7%AB%A5%E6%89%8B%E5%BD%93%20%E7%8F%BE%E6%B3%81%E5%B1%8A" "%E4%BA%88%E9%98%B2%E6%8E%A5%E7%A8%AE")

# write_script NAME PATH... : a wrk script rotating over the paths, keeping each thread's session cookie
write_script() {
    local name=$1; shift
    {
        echo "local paths = {"
        for path in "$@"; do printf '  "%s",\n' "$path"; done
        cat <<'LUA'
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
response = function(status, headers, body)
  local cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if cookie and not wrk.headers["Cookie"] then
    wrk.headers["Cookie"] = cookie:match("^([^;]+)")
  end
end
LUA
    } >"$work/$name.lua"
}

static_paths=("/jakarta.faces.resource/css/portal.css.xhtml")
intro_paths=("/pittari/index.xhtml")
category_paths=()
keyword_paths=()
for m in "${municipalities[@]}"; do
    for set in "${category_sets[@]}"; do category_paths+=("/pittari/search.xhtml?lg=$m&mode=category&$set"); done
    for k in "${keywords[@]}"; do keyword_paths+=("/pittari/search.xhtml?lg=$m&mode=keyword&q=$k"); done
done
write_script static "${static_paths[@]}"
write_script intro "${intro_paths[@]}"
write_script category "${category_paths[@]}"
write_script keyword "${keyword_paths[@]}"

# check_addresses : every search address must answer a page with its results, not an error page
check_addresses() {
    local path page
    for path in "${category_paths[@]}" "${keyword_paths[@]}"; do
        page=$(curl -s --max-time 60 "$base$path")
        if ! grep -q 'id="results-heading"' <<<"$page"; then
            echo "no result list at $path; see $work/server.log" >&2
            exit 1
        fi
    done
}

# run_wrk NAME DURATION : prints requests/s, p50 ms, p99 ms, non-2xx count
run_wrk() {
    local out
    out=$(wrk -t "$threads" -c "$clients" -d "${2}s" --latency -s "$work/$1.lua" "$base" 2>&1)
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $5 }
        /Socket errors:/ { errors = $0 }
        END { printf "%s\t%.2f\t%.2f\t%d\n", rps, p50, p99, bad + 0 }' <<<"$out"
}

pages=(static intro category keyword)
printf 'server\trun\tpage\trequests_per_s\tp50_ms\tp99_ms\tnon_2xx\n' >"$results"

# measure SERVER JAVA_OPTIONS... : start, check, warm up (JIT, keyword index, page cache), then the interleaved runs
measure() {
    local server=$1 run name
    shift
    start_server "$@"
    check_addresses
    echo "# $server: $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $clients clients, $threads wrk threads, ${seconds}s each"
    for _ in 1 2; do
        for name in "${pages[@]}"; do
            run_wrk "$name" "$warmup" >/dev/null
        done
    done
    for run in $(seq 1 "$runs"); do
        for name in "${pages[@]}"; do
            printf '%s\t%s\t%s\t%s\n' "$server" "$run" "$name" "$(run_wrk "$name" "$seconds")" | tee -a "$results"
        done
    done
    stop_server
}

echo "# work folder: $work"
case "$servers" in
    served) measure served ;;
    rendered) measure rendered -Dmynaportal.pittari.page-cache.seconds=0 ;;
    both) measure served; measure rendered -Dmynaportal.pittari.page-cache.seconds=0 ;;
    *) echo "-s served|rendered|both" >&2; exit 2 ;;
esac

echo "# medians of $runs runs"
awk -F'\t' 'NR > 1 { k = $1 SUBSEP $3; v[k] = v[k] " " $4; p50[k] = p50[k] " " $5; p99[k] = p99[k] " " $6; bad[k] += $7; seen[$1] = 1 }
    function median(list,   a, n, i, j, t) {
        n = split(list, a, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
        printf "| server | page | requests/s | p50 ms | p99 ms | non-2xx | ratio to static |\n|---|---|---|---|---|---|---|\n"
        for (m = 1; m <= 2; m++) {
            server = m == 1 ? "served" : "rendered"
            if (!(server in seen)) continue
            s = median(v[server SUBSEP "static"])
            for (k = 1; k <= 4; k++) {
                name = k == 1 ? "static" : k == 2 ? "intro" : k == 3 ? "category" : "keyword"
                key = server SUBSEP name
                r = median(v[key])
                printf "| %s | %s | %.0f | %.2f | %.2f | %d | %.2f |\n", server, name, r, median(p50[key]), median(p99[key]), bad[key], r / s
            }
        }
    }' "$results"
