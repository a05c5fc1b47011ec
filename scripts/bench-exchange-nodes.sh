#!/usr/bin/env bash
# やりとり履歴 on two portal nodes and one PostgreSQL database (docs/PERFORMANCE.md, "やりとり履歴"):
#
#   drain   REQUESTS queued 提供要求 drained by one node and by two nodes, interleaved round by
#           round (one, two, then two, one, ...). The requests are stored by SQL exactly as
#           ExchangeHistoryService.request stores them (state ACCEPTED, attempt 0, now). Per drain:
#           the seconds from the insert to the last completed_at (both written by the database's
#           and the nodes' clocks on this machine), how many each node built (claimed_by), and the
#           exactly-once checks: every request COMPLETED, claimed once (attempt 1), its result
#           lines equal to its line_count, exactly one お知らせ.
#           "One node" is node B stopped with SIGSTOP (no CPU, no claims; the queue is empty when
#           it is stopped), so both modes meet the same two started JVMs and the same database.
#   page    the finished result page GET /exchange/result.xhtml?id= at CLIENTS concurrent clients,
#           logged in with the demo cards (token login), ROUNDS runs on each node, interleaved
#           (benchmarks/exchange, ExchangeResultLoad); BENCH_MICRO_B=folder gives node B another
#           build, to compare two builds at the same load. While a run lasts, the database's
#           sessions are sampled every 50 ms:
#           how many were busy and how many waited for a lock, and how many of those on the
#           usage-log chain head (usage_log_head, locked by every 利用履歴 append).
#   floor   what one node can serve at all, beside the result page (node B stopped): a static file,
#           a small REST answer, a Faces page without data as a visitor and logged in, the result page; pages/s, p50,
#           p95 and the node's CPU per page, interleaved rung by rung, ROUNDS rounds.
#
# The nodes are the Payara Micro deliverable started as bin/portal starts it (its JVM and Micro
# options, the pre-boot file, the rar before the WAR), demo profile, on ports PORT and PORT+1,
# one data folder (the demo cards), node names node-a and node-b
# (MYNAPORTAL_EXCHANGE_WORKER_NODE), the origin of node A for token logins. Worker settings are the product's defaults unless given in
# the environment (MYNAPORTAL_EXCHANGE_WORKER_POLL_MILLIS, _BATCH, ...).
#
# It builds nothing but the benchmark client: run `./mvnw -o -B package -DskipTests` first
# (BENCH_MICRO=folder measures another build's payara-micro.jar, rar and WAR).
# Needs psql and a PostgreSQL at $PGHOST (127.0.0.1) as $PGUSER (postgres, no password).
#
# Usage: scripts/bench-exchange-nodes.sh [-n ROUNDS] [-r REQUESTS] [-w WARMUP_SECONDS] [-d SECONDS] [-c CLIENTS] [-p PORT] [-o RESULTS.tsv] [-s drain|page|floor|both]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
micro=${BENCH_MICRO:-$root/ear/target/micro}
preboot="$root/ear/src/main/micro/pre-boot-commands.asadmin"
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-mynaportal_exchange_nodes}

rounds=3
requests=1000
warmup=20
seconds=30
clients=16
port=18191
results=""
what=both
startup_timeout=900
drain_timeout=900

while getopts "n:r:w:d:c:p:o:s:h" flag; do
    case "$flag" in
        n) rounds=$OPTARG ;;
        r) requests=$OPTARG ;;
        w) warmup=$OPTARG ;;
        d) seconds=$OPTARG ;;
        c) clients=$OPTARG ;;
        p) port=$OPTARG ;;
        o) results=$OPTARG ;;
        s) what=$OPTARG ;;
        *) sed -n '2,/^# Usage/p' "$0"; exit 2 ;;
    esac
done

for file in payara-micro.jar mynaportal-card.rar mynaportal.war; do
    [[ -f "$micro/$file" ]] || { echo "$micro/$file is missing: build first with ./mvnw -o -B package -DskipTests" >&2; exit 1; }
done
for p in "$port" $((port + 1)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "port $p is in use; choose another with -p" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/mynaportal-bench-exchange.XXXXXX")
mkdir "$work/micro" "$work/data"
cp "$micro/payara-micro.jar" "$micro/mynaportal-card.rar" "$micro/mynaportal.war" "$work/micro/"
micro_b=${BENCH_MICRO_B:-$micro}
mkdir "$work/micro-b"
cp "$micro_b/payara-micro.jar" "$micro_b/mynaportal-card.rar" "$micro_b/mynaportal.war" "$work/micro-b/"
[[ -n "$results" ]] || results="$work/results.tsv"

# shellcheck source=../bin/portal-options.sh
source "$root/bin/portal-options.sh"

declare -A pids=()
stop_nodes() {
    local name pid
    for name in "${!pids[@]}"; do
        pid=${pids[$name]}
        kill -CONT "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
    done
    for name in "${!pids[@]}"; do
        pid=${pids[$name]}
        for _ in $(seq 1 120); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
    done
}
finish() {
    stop_nodes
    rm -rf "$work/micro" "$work/micro-b" "$work/data"
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}
trap finish EXIT
trap 'exit 130' INT TERM

sql() { psql -q -X -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# start_node NAME PORT FOLDER : the deliverable as bin/portal starts it; waits for the 200 of /
start_node() {
    local name=$1 node_port=$2 deliverable=$3 start
    (
        cd "$work"
        export MYNAPORTAL_PROFILE=demo MYNAPORTAL_DATA_DIR="$work/data" \
            MYNAPORTAL_DB_URL="jdbc:postgresql://$PGHOST:5432/$db" MYNAPORTAL_DB_USER="$PGUSER" MYNAPORTAL_DB_PASSWORD="" \
            MYNAPORTAL_EXCHANGE_WORKER_NODE="$name" MYNAPORTAL_AUTH_ORIGIN="http://127.0.0.1:$port"
        exec java "${PORTAL_JVM_OPTIONS[@]}" -jar "$deliverable/payara-micro.jar" --nocluster \
            --prebootcommandfile "$preboot" "${PORTAL_MICRO_OPTIONS[@]}" --port "$node_port" \
            --deploy "$deliverable/mynaportal-card.rar" --deploy "$deliverable/mynaportal.war"
    ) >"$work/$name.log" 2>&1 &
    pids[$name]=$!
    start=$(date +%s)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$node_port/" || true)" == 200 ]]; do
        kill -0 "${pids[$name]}" 2>/dev/null || { echo "$name stopped before answering; see $work/$name.log" >&2; exit 1; }
        (($(date +%s) - start < startup_timeout)) || { echo "$name: no 200 within ${startup_timeout}s; see $work/$name.log" >&2; exit 1; }
        sleep 1
    done
    echo "# $name on port $node_port answered after $(($(date +%s) - start)) s (load $(load))"
}

# The demo residents' ids, as the portal derives them (UUID.nameUUIDFromBytes("demo-resident:" + card)).
resident_id() {
    local m
    m=$(printf '%s' "demo-resident:$1" | md5sum | cut -c1-32)
    printf '%s-%s-3%s-%x%s-%s' "${m:0:8}" "${m:8:4}" "${m:13:3}" $(((16#${m:16:1} & 3) | 8)) "${m:17:3}" "${m:20:12}"
}
cards=(hanako:1234 taro:2345 yuki:3456 ken:4567)
ids=()
for card in "${cards[@]}"; do ids+=("'$(resident_id "${card%%:*}")'"); done
id_array="ARRAY[$(IFS=,; echo "${ids[*]}")]"

psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
echo "# work folder: $work; $(nproc) cores, load $(load)"
start_node node-a "$port" "$work/micro"
start_node node-b $((port + 1)) "$work/micro-b"
[[ $(sql -c "SELECT COUNT(*) FROM exchange_record WHERE resident_id = ANY($id_array)") -gt 0 ]] \
    || { echo "no demo exchanges for the demo residents" >&2; exit 1; }

printf 'kind\tround\tmode\trequests\tseconds\tper_s\tnode_a\tnode_b\tnot_completed\tclaimed_again\tlines_wrong\tnotices_wrong\tload1\n' >"$results"

# drain ROUND MODE(one|two) : enqueue, wait, check; one line of results
drain() {
    local round=$1 mode=$2 first done_count start slot=0
    [[ $mode == one ]] || slot=1
    first=$((2000000000 + (round * 2 + slot) * 100000))
    if [[ $mode == one ]]; then kill -STOP "${pids[node-b]}"; else kill -CONT "${pids[node-b]}"; fi
    sql -c "INSERT INTO exchange_request (id, resident_id, period_from, period_to, state, requested_at, attempt)
        SELECT $first + g, ($id_array)[1 + g % 4], CURRENT_DATE - 730 + g % 30, CURRENT_DATE, 'ACCEPTED', now(), 0
        FROM generate_series(0, $requests - 1) AS g"
    start=$(date +%s)
    until done_count=$(sql -c "SELECT COUNT(*) FROM exchange_request WHERE id >= $first AND id < $first + $requests
            AND state IN ('COMPLETED', 'FAILED')") && ((done_count == requests)); do
        (($(date +%s) - start < drain_timeout)) || { echo "round $round $mode: $done_count of $requests after ${drain_timeout}s" >&2; exit 1; }
        sleep 0.2
    done
    sql -F $'\t' -c "
        WITH r AS (SELECT * FROM exchange_request WHERE id >= $first AND id < $first + $requests)
        SELECT 'drain', $round, '$mode', COUNT(*),
               round(extract(epoch FROM max(completed_at) - min(requested_at))::numeric, 2),
               round((COUNT(*) / extract(epoch FROM max(completed_at) - min(requested_at)))::numeric, 1),
               COUNT(*) FILTER (WHERE claimed_by = 'node-a'), COUNT(*) FILTER (WHERE claimed_by = 'node-b'),
               COUNT(*) FILTER (WHERE state <> 'COMPLETED'),
               COUNT(*) FILTER (WHERE attempt <> 1),
               COUNT(*) FILTER (WHERE line_count <> (SELECT COUNT(*) FROM exchange_result_line l WHERE l.request_id = r.id)),
               COUNT(*) FILTER (WHERE (SELECT COUNT(*) FROM notice n WHERE n.about_function = 'exchange'
                                       AND n.about_key = CAST(r.id AS VARCHAR(64))) <> 1),
               '$(cut -d' ' -f1 /proc/loadavg)'
        FROM r" | tee -a "$results"
}

if [[ $what == drain || $what == both ]]; then
    echo "# drain: $requests requests per drain, $rounds rounds (one and two nodes interleaved)"
    printf '# kind\tround\tmode\trequests\tseconds\tper_s\tnode-a\tnode-b\tnot_completed\tclaimed_again\tlines_wrong\tnotices_wrong\tload1\n'
    for round in $(seq 1 "$rounds"); do
        if ((round % 2)); then order=(one two); else order=(two one); fi
        for mode in "${order[@]}"; do drain "$round" "$mode"; done
    done
    kill -CONT "${pids[node-b]}"
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# cpu_per_page TICKS OUT : a node's CPU milliseconds per page; the ticks cover the warm-up and the 16
# logins too, so the pages of the warm-up are counted at the measured rate
cpu_per_page() {
    awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$(cut -f1 <<<"$2")" -v w="$warmup" -v s="$seconds" \
        'BEGIN { printf "%.2f", 1000 * t / hz / (n * (w + s) / s) }'
}

# page_run ROUND NODE PORT : the client against one node, with the database's sessions sampled
page_run() {
    local round=$1 name=$2 node_port=$3 sampler out before
    before=$(cpu_ticks "${pids[$name]}")
    sql >"$work/sessions-$round-$name.txt" <<SQL &
CREATE TEMP TABLE samples (busy INT, waiting INT, waiting_head INT);
DO \$\$
BEGIN
    WHILE clock_timestamp() < now() + interval '$((warmup + seconds + 8)) seconds' LOOP
        PERFORM pg_stat_clear_snapshot();
        INSERT INTO samples
            SELECT COUNT(*) FILTER (WHERE state IN ('active', 'idle in transaction')),
                   COUNT(*) FILTER (WHERE wait_event_type = 'Lock'),
                   COUNT(*) FILTER (WHERE wait_event_type = 'Lock' AND query ILIKE '%usage_log_head%')
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();
        PERFORM pg_sleep(0.05);
    END LOOP;
END
\$\$;
SELECT COUNT(*) || E'\t' || round(avg(busy), 2) || E'\t' || round(avg(waiting), 2) || E'\t' || round(avg(waiting_head), 2)
       || E'\t' || round(100.0 * COUNT(*) FILTER (WHERE waiting > 0) / GREATEST(COUNT(*), 1), 1)
FROM samples WHERE busy > 0;
SQL
    sampler=$!
    out=$(java -Dclients="$clients" -Dorigin="http://127.0.0.1:$port" -cp "$root/benchmarks/exchange/target/classes:$(cat "$work/cp.txt")" \
        jp.mynaportal.exchange.benchmark.ExchangeResultLoad "http://127.0.0.1:$node_port" "$work/data/cards" \
        "$warmup" "$seconds" "${targets[@]}")
    wait "$sampler"
    printf 'page\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$out" "$(tr -d '\n' <"$work/sessions-$round-$name.txt")" \
        "$(cpu_per_page $(($(cpu_ticks "${pids[$name]}") - before)) "$out")" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

# page_setup : a finished request for each demo card (a drain of its own unless one ran), the client built
page_setup() {
    if [[ $what != both ]]; then drain 0 one >/dev/null; kill -CONT "${pids[node-b]}"; fi
    (cd "$root" && ./mvnw -q -B -o -f benchmarks/exchange/pom.xml compile dependency:build-classpath \
        -Dmdep.outputFile="$work/cp.txt" >"$work/client-build.log" 2>&1) \
        || { echo "the benchmark client did not build; see $work/client-build.log" >&2; exit 1; }
    targets=()
    for card in "${cards[@]}"; do
        request=$(sql -c "SELECT MAX(id) FROM exchange_request WHERE state = 'COMPLETED'
            AND resident_id = '$(resident_id "${card%%:*}")'")
        targets+=("$card:$request")
    done
}

if [[ $what == page || $what == both ]]; then
    page_setup
    lines=$(sql -c "SELECT string_agg(line_count::text, ',') FROM exchange_request WHERE id IN ($(printf '%s\n' "${targets[@]##*:}" | paste -sd,))")
    echo "# page: $clients clients, ${warmup}s warm-up and ${seconds}s measured per run, $rounds rounds over node-a and node-b; result lines of the 4 pages: $lines"
    printf '# page\tround\tnode\tpages\tfailed\tpages_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tdb_samples\tdb_busy\tdb_waiting_lock\tdb_waiting_usage_head\tpct_samples_with_waiter\tportal_cpu_ms_per_page\tload1\n'
    for round in $(seq 1 "$rounds"); do
        if ((round % 2)); then order=(node-a node-b); else order=(node-b node-a); fi
        for name in "${order[@]}"; do
            if [[ $name == node-a ]]; then page_run "$round" node-a "$port"; else page_run "$round" node-b $((port + 1)); fi
        done
    done
    echo "# 利用履歴 entries of result pages and lists: $(sql -c "SELECT COUNT(*) FROM usage_log WHERE action = 'EXCHANGE_VIEWED'")"
fi

# the median of a space-separated list, for the summaries' awk programs
awk_median='function median(list,   x, n, i, j, t) {
    n = split(list, x, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] + 0 < x[i] + 0) { t = x[i]; x[i] = x[j]; x[j] = t }
    return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
}'

# floor: what one node serves at all, beside the result page. Node B is stopped (SIGSTOP), so one
# portal JVM, PostgreSQL and the client share the machine. Rungs, each at CLIENTS clients: a static
# file through the default servlet (a visitor), a small JAX-RS answer (the OpenID keys; a token login
# is two JAX-RS requests), a Faces page without data (利用規約) as a visitor and
# logged in (the portal's template: header, お知らせ badge, footer), the finished result page.
# Per run: pages/s, p50/p95/p99, and node A's CPU per page (utime + stime of its process).
floor_rungs=("static file, visitor|/resources/css/portal.css|true"
    "REST GET /api/connect/jwks, visitor|/api/connect/jwks|true"
    "Faces page 利用規約, visitor|/about/terms.xhtml|true"
    "Faces page 利用規約, logged in|/about/terms.xhtml|false"
    "result page, logged in||false")
floor_run() {
    local round=$1 label=$2 page=$3 anonymous=$4 before after out node=${pids[node-a]}
    local -a page_option=()
    [[ -z $page ]] || page_option=(-Dpage="$page")
    before=$(cpu_ticks "$node")
    out=$(java -Dclients="$clients" -Dorigin="http://127.0.0.1:$port" -Danonymous="$anonymous" "${page_option[@]}" \
        -cp "$root/benchmarks/exchange/target/classes:$(cat "$work/cp.txt")" \
        jp.mynaportal.exchange.benchmark.ExchangeResultLoad "http://127.0.0.1:$port" "$work/data/cards" \
        "$warmup" "$seconds" "${targets[@]}")
    after=$(cpu_ticks "$node")
    printf 'floor\t%s\t%s\t%s\t%s\t%s\n' "$round" "$label" "$out" "$(cpu_per_page $((after - before)) "$out")" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}
if [[ $what == floor ]]; then
    page_setup
    kill -STOP "${pids[node-b]}"
    echo "# floor: $clients clients, ${warmup}s warm-up and ${seconds}s measured per run, $rounds rounds, node-b stopped"
    printf '# floor\tround\trung\tpages\tfailed\tpages_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tportal_cpu_ms_per_page\tload1\n'
    for round in $(seq 1 "$rounds"); do
        if ((round % 2)); then order=(0 1 2 3 4); else order=(4 3 2 1 0); fi
        for i in "${order[@]}"; do
            IFS='|' read -r label page anonymous <<<"${floor_rungs[$i]}"
            floor_run "$round" "$label" "$page" "$anonymous"
        done
    done
    kill -CONT "${pids[node-b]}"
    echo "# floor medians over $rounds rounds"
    awk -F'\t' '$1 == "floor" { if (!($3 in r)) rung[++rungs] = $3; r[$3] = r[$3] " " $6; p50[$3] = p50[$3] " " $7; p95[$3] = p95[$3] " " $8; c[$3] = c[$3] " " $11 }
        '"$awk_median"'
        END {
            printf "| rung | pages/s | p50 ms | p95 ms | portal CPU ms/page |\n|---|---|---|---|---|\n"
            for (i = 1; i <= rungs; i++) { k = rung[i]
                printf "| %s | %.1f | %.2f | %.2f | %.2f |\n", k, median(r[k]), median(p50[k]), median(p95[k]), median(c[k]) }
        }' "$results"
fi

if [[ $what == drain || $what == both ]]; then
    echo "# drain medians over $rounds rounds"
    awk -F'\t' '$1 == "drain" { s[$3] = s[$3] " " $5; a[$3] = a[$3] " " $7; b[$3] = b[$3] " " $8; bad[$3] += $9 + $10 + $11 + $12 }
        '"$awk_median"'
        END {
            printf "| nodes | drain seconds (median) | requests/s | node-a (median) | node-b (median) | exactly-once violations |\n|---|---|---|---|---|---|\n"
            for (m = 1; m <= 2; m++) { k = m == 1 ? "one" : "two"; if (!(k in s)) continue
                printf "| %s | %.2f | %.1f | %d | %d | %d |\n", k, median(s[k]), '"$requests"' / median(s[k]), median(a[k]), median(b[k]), bad[k] }
        }' "$results"
fi
echo "# results: $results; load $(load)"
