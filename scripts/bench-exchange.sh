#!/usr/bin/env bash
# やりとり履歴 benchmark on PostgreSQL (docs/PERFORMANCE.md, "やりとり履歴"):
#   1. the load generator: RECORDS exchange records for RESIDENTS residents, spread over 7 years,
#      written by the database itself (generate_series) into the tables of V90__exchange.sql;
#   2. building one resident's one-year result exactly as ExchangeJobs does (the count, then the
#      INSERT ... SELECT into exchange_result_line), SAMPLES times for random residents, timed in the
#      database with clock_timestamp(); prints the median and the p95 in milliseconds;
#   3. reading one page (20 lines, newest first) of a finished result, as the result screen does.
# Usage: scripts/bench-exchange.sh [RECORDS] [RESIDENTS] [SAMPLES]
# Needs psql and a PostgreSQL at $PGHOST (default 127.0.0.1) as $PGUSER (default postgres).
set -euo pipefail
RECORDS=${1:-10000000}
RESIDENTS=${2:-100000}
SAMPLES=${3:-200}
DB=${BENCH_DB:-mynaportal_exchange_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")/.." && pwd)

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
psql -q -d "$DB" -f "$here/persistence/src/main/resources/db/migration/V90__exchange.sql"

echo "loading $RECORDS records for $RESIDENTS residents"
start=$(date +%s)
psql -q -d "$DB" <<SQL
INSERT INTO exchange_record (id, resident_id, exchanged_at, requester_code, requester_name, provider_code,
    provider_name, procedure_name, information_name, outcome, recorded_by, recorded_at)
SELECT g,
       'bench-' || (g % $RESIDENTS),
       now() - (random() * interval '7 years'),
       (ARRAY['lg-131016','nenkin','kyoukaikenpo','nta'])[1 + g % 4],
       (ARRAY['千代田区','日本年金機構','全国健康保険協会（協会けんぽ）','国税庁'])[1 + g % 4],
       (ARRAY['nta','lg-131016','nenkin','lg-131105'])[1 + (g / 4) % 4],
       (ARRAY['国税庁','千代田区','日本年金機構','目黒区'])[1 + (g / 4) % 4],
       (ARRAY['児童手当法による児童手当の支給に関する事務','国民年金法による年金である給付の支給に関する事務',
              '健康保険法による保険給付の支給に関する事務'])[1 + g % 3],
       (ARRAY['地方税関係情報（課税・所得情報）','住民票関係情報','年金給付関係情報','所得情報（国税関係情報）'])[1 + g % 4],
       CASE WHEN g % 10 = 0 THEN 'NO_DATA' ELSE 'PROVIDED' END,
       'bench', now()
FROM generate_series(1, $RECORDS) AS g;
ANALYZE exchange_record;
SQL
echo "loaded in $(( $(date +%s) - start )) s"

psql -q -d "$DB" -t -A <<SQL
CREATE TEMP TABLE timings (what TEXT, ms DOUBLE PRECISION);
DO \$\$
DECLARE
    t0 TIMESTAMPTZ; resident TEXT; req BIGINT; n BIGINT; dummy RECORD;
BEGIN
    FOR i IN 1..$SAMPLES LOOP
        resident := 'bench-' || floor(random() * $RESIDENTS)::int;
        req := 1000000 + i;
        INSERT INTO exchange_request (id, resident_id, period_from, period_to, state, requested_at, attempt)
            VALUES (req, resident, current_date - 365, current_date, 'BUILDING', now(), 1);
        t0 := clock_timestamp();
        SELECT COUNT(*) INTO n FROM exchange_record
            WHERE resident_id = resident AND exchanged_at >= now() - interval '1 year' AND exchanged_at < now();
        INSERT INTO exchange_result_line (request_id, record_id, exchanged_at, requester_code, requester_name,
                provider_code, provider_name, procedure_name, information_name, outcome)
            SELECT req, id, exchanged_at, requester_code, requester_name, provider_code, provider_name,
                   procedure_name, information_name, outcome FROM exchange_record
            WHERE resident_id = resident AND exchanged_at >= now() - interval '1 year' AND exchanged_at < now();
        UPDATE exchange_request SET state = 'COMPLETED', line_count = n WHERE id = req AND attempt = 1;
        INSERT INTO timings VALUES ('build', extract(epoch FROM clock_timestamp() - t0) * 1000);
        t0 := clock_timestamp();
        FOR dummy IN SELECT * FROM exchange_result_line WHERE request_id = req
                ORDER BY exchanged_at DESC, record_id DESC LIMIT 20 LOOP
        END LOOP;
        SELECT COUNT(*) INTO n FROM exchange_result_line WHERE request_id = req;
        INSERT INTO timings VALUES ('page', extract(epoch FROM clock_timestamp() - t0) * 1000);
    END LOOP;
END
\$\$;
SELECT what || ': median ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2)
       || ' ms, p95 ' || round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2)
       || ' ms over ' || COUNT(*) || ' samples'
FROM timings GROUP BY what ORDER BY what;
SQL
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
