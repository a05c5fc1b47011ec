#!/usr/bin/env bash
# あなたの情報 benchmark on PostgreSQL (docs/PERFORMANCE.md, "あなたの情報"):
#   1. creates a database of its own and starts the portal on it (the Payara Micro deliverable as
#      bin/portal starts it: its JVM and Micro options, the hardening pre-boot file; the demo profile
#      for the demo residents' cards, records and the demo agencies' keys);
#   2. seeds RESIDENTS residents with RECORDS records each (and their values) and a link code of
#      千代田区 (lg-131016) for each, written by the database itself (generate_series);
#   3. uploads BATCHES batches of 1,000 new 予防接種 records through PUT /api/agency/selfinfo/records,
#      signed as lg-131016 (AgencyRequestSigner), then the same records corrected; records/s; with
#      STREAMS=N, from N concurrent streams of BATCHES batches each (aggregate records/s);
#   4. fetches the results page (3 分野詳細: 税・所得, 年金, 世帯情報; 確認対象日 2023-09-01) with 16
#      logged-in sessions (token login with the demo cards), REQUESTS requests after WARMUP;
#      median, p95, p99;
#   5. prints EXPLAIN ANALYZE of the as-of query, stops the portal and drops the database.
# Usage: scripts/bench-selfinfo.sh [RESIDENTS] [RECORDS] [BATCHES] [REQUESTS] [WARMUP]
#   defaults 1000000 20 20 3200 800; REQUESTS=0 skips the page phase (4.).
#   Builds nothing: run ./mvnw -o -q -B package -DskipTests first.
# Needs psql, javac and a PostgreSQL at 127.0.0.1:5432 (user postgres, trust). Environment:
# BENCH_DB (default mynaportal_selfinfo_bench_selfinfobench), BENCH_PORT (default 18093),
# KEEP_DB=1 keeps the database (and prints its name), STARTUP_TIMEOUT (s, default 900),
# BENCH_JFR=FILE records the (first) upload with Java Flight Recorder (settings=profile) into FILE,
# STREAMS=N uploads from N concurrent streams (default 1; a list "1 2 4 2" runs one upload each, in
# that order, on the same portal; after each, the rows written are counted against those sent).
set -euo pipefail
RESIDENTS=${1:-1000000}
RECORDS=${2:-20}
BATCHES=${3:-20}
REQUESTS=${4:-3200}
WARMUP=${5:-800}
DB=${BENCH_DB:-mynaportal_selfinfo_bench_selfinfobench}
port=${BENCH_PORT:-18093}
startup_timeout=${STARTUP_TIMEOUT:-900}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
root=$(cd "$(dirname "$0")/.." && pwd)
micro="$root/ear/target/micro"
for file in payara-micro.jar mynaportal-card.rar mynaportal.war; do
    [[ -f "$micro/$file" ]] || { echo "$micro/$file is missing: ./mvnw -o -q -B package -DskipTests" >&2; exit 2; }
done
# shellcheck source=../bin/portal-options.sh
source "$root/bin/portal-options.sh"

base="http://127.0.0.1:$port"
origin="http://127.0.0.1:$port"
if curl -s -o /dev/null --max-time 5 "$base/"; then
    echo "something answers on port $port already (another run?); set BENCH_PORT" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mynaportal-bench-selfinfo.XXXXXX")
mkdir "$work/micro" "$work/data" "$work/lib" "$work/classes"
cp "$micro/payara-micro.jar" "$micro/mynaportal-card.rar" "$micro/mynaportal.war" "$work/micro/"
load() { cut -d' ' -f1-3 /proc/loadavg; }
step() { echo "== $(date -u +%H:%M:%S) (load $(load)) $*"; }
# CPU seconds used so far by the portal's JVM and by the database's server processes of this
# database: the work a phase costs, which the shared machine's load does not change as much as the
# wall time
ticks=$(getconf CLK_TCK)
cpu_of() { awk -v t="$ticks" '{ s += ($14 + $15) / t } END { printf "%.1f", s }' "$@" 2>/dev/null || echo 0; }
cpu() {
    local backends
    backends=$(psql -At -d "$DB" -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()" \
        | sed 's|.*|/proc/&/stat|')
    # shellcheck disable=SC2086
    echo "portal $(cpu_of "/proc/$server_pid/stat") s, database $(cpu_of $backends) s"
}

server_pid=""
finish() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 120); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    if [[ "${KEEP_DB:-}" == 1 ]]; then
        echo "kept database $DB"
    else
        psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    fi
    echo "server log: $work/server.log"
    rm -rf "$work/micro" "$work/data" "$work/lib" "$work/classes"
}
trap finish EXIT
trap 'exit 130' INT TERM

step "database $DB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

step "starting the portal on $base"
(
    cd "$work"
    unset MYNAPORTAL_DB_URL MYNAPORTAL_DB_USER MYNAPORTAL_DB_PASSWORD MYNAPORTAL_DATA_DIR
    exec java "${PORTAL_JVM_OPTIONS[@]}" -Dmynaportal.profile=demo -Dmynaportal.data.dir="$work/data" \
        -Dmynaportal.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dmynaportal.db.user=postgres \
        -Dmynaportal.auth.origin="$origin" \
        -jar "$work/micro/payara-micro.jar" --nocluster --port "$port" \
        --prebootcommandfile "$root/ear/src/main/micro/pre-boot-commands.asadmin" "${PORTAL_MICRO_OPTIONS[@]}" \
        --deploy "$work/micro/mynaportal-card.rar" --deploy "$work/micro/mynaportal.war"
) >"$work/server.log" 2>&1 &
server_pid=$!
start=$(date +%s)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/" || true)" == 200 ]]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the portal stopped before answering; see $work/server.log" >&2; exit 1; }
    (($(date +%s) - start < startup_timeout)) || { echo "no 200 within ${startup_timeout}s; see $work/server.log" >&2; exit 1; }
    sleep 1
done
step "the portal answered after $(($(date +%s) - start)) s"

# Ids far above what the sequences hand out (EclipseLink allocates from the sequences, which stay
# where the demo left them), so the portal's own writes never meet a seeded id.
step "seeding $RESIDENTS residents x $RECORDS records"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -d "$DB" <<SQL
-- the load itself checks no foreign keys (every key below is made to exist); the schema keeps them.
-- The two secondary keys of selfinfo_record are built once after the load (as V82 defines them)
-- rather than row by row.
SET session_replication_role = replica;
DROP INDEX selfinfo_record_resident;
ALTER TABLE selfinfo_record DROP CONSTRAINT selfinfo_record_version;
INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at)
SELECT 'bench-' || g, '試験 太郎' || g, '東京都千代田区霞が関' || (g % 100), date '1950-01-01' + (g % 20000), '131016', now()
FROM generate_series(1, $RESIDENTS) AS g;
INSERT INTO agency_link (id, agency_code, resident_id, link_code, created_at)
SELECT 1000000000000 + g, 'lg-131016', 'bench-' || g, 'bl-' || md5(g::text), now()
FROM generate_series(1, $RESIDENTS) AS g;
-- a resident's records lie together, as an agency's batches would write them; ten 分野詳細 of
-- five 分野 from their agencies, each in periods of three years from 2016 (the last one open)
CREATE TEMP TABLE bench_item (n INTEGER, item_code VARCHAR(40), agency_code VARCHAR(16));
INSERT INTO bench_item VALUES (0, 'tax_income', 'lg-131016'), (1, 'pension', 'nenkin'), (2, 'household', 'lg-131016'),
    (3, 'health_card', 'kyoukaikenpo'), (4, 'medical_cost', 'kyoukaikenpo'), (5, 'vaccination', 'lg-131016'),
    (6, 'pension_other', 'nenkin'), (7, 'child_allowance', 'lg-131016'), (8, 'long_term_care', 'lg-131016'),
    (9, 'health_checkup', 'kyoukaikenpo');
INSERT INTO selfinfo_record (id, resident_id, item_code, agency_code, agency_record_id, version, valid_from,
    valid_to, recorded_at, superseded_at)
SELECT 1000000000000 + (r - 1) * $RECORDS + k, 'bench-' || r, i.item_code, i.agency_code,
       'bench-' || r || '-' || k, 1,
       date '2016-04-01' + make_interval(years => 3 * (k / 10)),
       CASE WHEN k / 10 < ($RECORDS - 1) / 10 THEN date '2016-04-01' + make_interval(years => 3 * (k / 10 + 1)) END,
       now(), NULL
FROM generate_series(1, $RESIDENTS) AS r, generate_series(0, $RECORDS - 1) AS k
JOIN bench_item i ON i.n = k % 10;
-- every required attribute of the record's 分野詳細, typed
INSERT INTO selfinfo_value (record_id, attribute, text_value, integer_value, decimal_value, date_value, boolean_value)
SELECT r.id, a.name,
       CASE WHEN a.data_type = 'TEXT' THEN 'ベンチ' || (r.id % 1000) END,
       CASE WHEN a.data_type IN ('INTEGER', 'AMOUNT') THEN r.id % 1000000 END,
       CASE WHEN a.data_type = 'DECIMAL' THEN (r.id % 1000) / 10.0 END,
       CASE WHEN a.data_type = 'DATE' THEN r.valid_from END,
       CASE WHEN a.data_type = 'BOOLEAN' THEN TRUE END
FROM selfinfo_record r JOIN selfinfo_attribute a ON a.item_code = r.item_code AND a.required
WHERE r.id > 1000000000000;
RESET session_replication_role;
SET maintenance_work_mem = '512MB';
CREATE INDEX selfinfo_record_resident ON selfinfo_record (resident_id, item_code, valid_from);
ALTER TABLE selfinfo_record ADD CONSTRAINT selfinfo_record_version UNIQUE (agency_code, agency_record_id, version);
ANALYZE resident; ANALYZE agency_link; ANALYZE selfinfo_record; ANALYZE selfinfo_value;
SQL
step "seeded in $(($(date +%s) - start)) s: $(psql -At -d "$DB" -c "SELECT (SELECT count(*) FROM selfinfo_record) || ' records, ' || (SELECT count(*) FROM selfinfo_value) || ' values, ' || pg_size_pretty(pg_database_size(current_database()))")"

step "compiling the client"
(cd "$work/lib" && jar xf "$work/micro/mynaportal.war" WEB-INF/lib && unzip -q -o "$work/micro/mynaportal-card.rar" '*.jar' -d rar)
# the card adapter's JCA interfaces come from the container, so from the local Maven repository here
resource_api=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/jakarta/resource/jakarta.resource-api" -name 'jakarta.resource-api-*.jar' | sort -V | tail -1)
[[ -n "$resource_api" ]] || { echo "jakarta.resource-api is not in the local Maven repository" >&2; exit 2; }
cp="$work/lib/WEB-INF/lib/*:$work/lib/rar/*:$resource_api"
javac -nowarn -d "$work/classes" -cp "$cp" \
    "$root/benchmarks/selfinfo/src/main/java/jp/mynaportal/selfinfo/benchmark/SelfInfoLoad.java"
client() { java -cp "$work/classes:$cp" jp.mynaportal.selfinfo.benchmark.SelfInfoLoad "$@"; }

# STREAMS concurrent uploaders (each its own thread, connection, batches and records); a list such
# as "1 2 4 1 2 4" runs one upload per entry on the same portal and database, in that order
streams_list=${STREAMS:-1}
max_streams=1
for n in $streams_list; do ((n > max_streams)) && max_streams=$n; done
psql -At -d "$DB" -c "SELECT link_code FROM agency_link WHERE agency_code = 'lg-131016' AND resident_id LIKE 'bench-%'
    ORDER BY random() LIMIT $((max_streams * BATCHES * 1000))" >"$work/links.txt"
# what the upload did to the tables (rows written, index scans): each row is one statement unless
# the portal batches its writes
table_stats() {
    psql -At -F ' ' -d "$DB" -c "SELECT relname, n_tup_ins, n_tup_upd, coalesce(idx_scan, 0), seq_scan FROM pg_stat_user_tables
        WHERE relname IN ('selfinfo_record', 'selfinfo_value', 'agency_link') ORDER BY relname"
}
# the portal's and the database's CPU seconds, as two numbers
cpu_numbers() { cpu | awk '{ print $2, $5 }'; }
entry=0
for streams in $streams_list; do
    entry=$((entry + 1))
    records=$((streams * BATCHES * 1000))
    step "upload $entry: $streams stream(s) x $BATCHES batches of 1,000 new records, then the same corrected"
    psql -q -d "$DB" -c "SELECT pg_stat_reset()" >/dev/null
    step "CPU before: $(cpu)"
    read -r portal_before db_before < <(cpu_numbers)
    if [[ -n "${BENCH_JFR:-}" ]]; then
        jcmd "$server_pid" JFR.start name=upload settings=profile >/dev/null
    fi
    run="$(date +%s)s$entry"  # the uploaded record ids are bench-$run-0, bench-$run-1, …
    client upload "$base" "$work/data/agency/lg-131016" lg-131016 "$work/links.txt" "$BATCHES" 1000 "$run" "$streams"
    if [[ -n "${BENCH_JFR:-}" ]]; then
        jcmd "$server_pid" JFR.stop name=upload filename="$BENCH_JFR" >/dev/null
        echo "flight recording of the upload: $BENCH_JFR"
        BENCH_JFR=""
    fi
    read -r portal_after db_after < <(cpu_numbers)
    step "CPU after: $(cpu)"
    awk -v pa="$portal_after" -v pb="$portal_before" -v da="$db_after" -v db="$db_before" \
        -v n="$((2 * records))" -v s="$streams" 'BEGIN { printf "RESULT CPU %d stream(s): portal %.3f ms a record (%.1f s), database %.3f ms a record (%.1f s); %d records, new and corrected\n", s, (pa - pb) * 1000 / n, pa - pb, (da - db) * 1000 / n, da - db, n }'
    sleep 1  # the statistics collector reports at most every 500 ms
    echo "tables after the upload (name, rows inserted, rows updated, index scans, sequential scans):"
    table_stats
    # every record sent is there once as version 1 (superseded) and once as version 2 (current), each
    # with the 4 values it was sent with
    counts=$(psql -At -F ' ' -d "$DB" -c "SELECT count(*) FILTER (WHERE r.version = 1 AND r.superseded_at IS NOT NULL),
            count(*) FILTER (WHERE r.version = 2 AND r.superseded_at IS NULL), count(*),
            (SELECT count(*) FROM selfinfo_value v JOIN selfinfo_record x ON x.id = v.record_id
             WHERE x.agency_code = 'lg-131016' AND x.agency_record_id LIKE 'bench-$run-%')
        FROM selfinfo_record r WHERE r.agency_code = 'lg-131016' AND r.agency_record_id LIKE 'bench-$run-%'")
    expected="$records $records $((2 * records)) $((8 * records))"
    if [[ "$counts" == "$expected" ]]; then
        echo "RESULT rows $streams stream(s): as sent (superseded v1, current v2, records, values: $counts)"
    else
        echo "RESULT rows $streams stream(s): WRONG: superseded v1, current v2, records, values are $counts, expected $expected" >&2
        exit 1
    fi
done

# the plans of the upload's two look-ups per batch, as the portal sends them (500 values an IN list)
codes=$(head -500 "$work/links.txt" | sed "s/.*/'&'/" | paste -sd, -)
step "EXPLAIN ANALYZE of the link-code look-up (500 codes among $RESIDENTS links)"
psql -A -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT link_code, resident_id FROM agency_link
    WHERE agency_code = 'lg-131016' AND link_code IN ($codes)" | grep -v '^ *Index Cond\|^ *Filter'
ids=$(seq 0 $((BATCHES * 1000 < 500 ? BATCHES * 1000 - 1 : 499)) | sed "s/.*/'bench-$run-&'/" | paste -sd, -)
if ((BATCHES > 0)); then
    step "EXPLAIN ANALYZE of the current-version look-up (500 uploaded record ids)"
    psql -A -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT r.id, v.attribute FROM selfinfo_record r
        LEFT JOIN selfinfo_value v ON v.record_id = r.id WHERE r.agency_code = 'lg-131016'
        AND r.superseded_at IS NULL AND r.agency_record_id IN ($ids) ORDER BY r.id" \
        | grep -v '^ *Index Cond\|^ *Filter\|^ *Recheck Cond'
fi

path="/selfinfo/index.xhtml?step=results&closed=true&field=tax&field=pension&field=household&item=tax_income&item=pension&item=household&asOf=2023-09-01"
step "CPU after the uploads: $(cpu)"
if ((REQUESTS > 0)); then
    step "results page: $REQUESTS requests at 16 sessions after $WARMUP warm-up: $path"
    # what the database's busy connections wait for, sampled twice a second during the page phase
    (
        while sleep 0.5; do
            psql -At -d "$DB" -c "SELECT coalesce(wait_event_type || ':' || wait_event, 'on CPU') FROM pg_stat_activity
                WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()" 2>/dev/null || true
        done
    ) >"$work/waits.txt" &
    sampler=$!
    client page "$base" "$work/data/cards" "$origin" "$path" "$REQUESTS" "$WARMUP" || echo "the page phase failed"
    kill "$sampler" 2>/dev/null || true
    echo "busy database connections during the page phase, by what they waited for (samples):"
    sort "$work/waits.txt" | uniq -c | sort -rn | head -8
    step "page done; CPU after the pages (warm-up included): $(cpu)"
fi

resident=$(psql -At -d "$DB" -c "SELECT resident_id FROM selfinfo_record WHERE resident_id NOT LIKE 'bench-%' LIMIT 1")
step "EXPLAIN ANALYZE of the as-of query (a demo resident, the page's 3 分野詳細)"
psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM selfinfo_record WHERE resident_id = '$resident'
    AND item_code IN ('tax_income', 'pension', 'household') AND superseded_at IS NULL
    AND valid_from <= date '2023-09-01' AND (valid_to IS NULL OR valid_to > date '2023-09-01')
    ORDER BY item_code, agency_code, valid_from DESC, id"
step "EXPLAIN ANALYZE of the as-of query (a seeded resident among the $RESIDENTS)"
psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM selfinfo_record WHERE resident_id = 'bench-$((RESIDENTS / 2))'
    AND item_code IN ('tax_income', 'pension', 'household') AND superseded_at IS NULL
    AND valid_from <= date '2023-09-01' AND (valid_to IS NULL OR valid_to > date '2023-09-01')
    ORDER BY item_code, agency_code, valid_from DESC, id"
step "done"
