#!/usr/bin/env bash
# Runs every test of the portal: unit tests, ArchUnit rules, Arquillian container tests on
# Payara Micro (H2 and PostgreSQL), the PC/SC tests through pcscd + vpcd (javax.smartcardio, and
# OpenSC's own tools against the virtual card), browser tests in
# Debian's Chromium, and the EAR on Payara Server.
#
# On a fresh Debian machine as root it installs and starts what the tests need (chromium,
# chromium-driver, a Japanese font, pcscd, vsmartcard-vpcd, opensc, PostgreSQL where none runs). Elsewhere it says
# exactly what is missing and stops. Extra arguments go to Maven (e.g. -Dit.test=SomeIT).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=127.0.0.1
PG_PORT=5432
missing=()

is_root() { [ "$(id -u)" -eq 0 ]; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
pg_up() { (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; }

install_packages() {
    local wanted=("$@") absent=()
    for p in "${wanted[@]}"; do have_pkg "$p" || absent+=("$p"); done
    [ ${#absent[@]} -eq 0 ] && return 0
    if is_root && command -v apt-get >/dev/null; then
        echo "Installing ${absent[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${absent[@]}" >/dev/null
    else
        missing+=("Debian packages: ${absent[*]} (sudo apt-get install ${absent[*]})")
    fi
}

start_postgres() {
    pg_up && return 0
    if ! command -v pg_ctlcluster >/dev/null; then
        install_packages postgresql
    fi
    if ! command -v pg_ctlcluster >/dev/null; then
        missing+=("a PostgreSQL server on $PG_HOST:$PG_PORT (user postgres, no password, database test)")
        return 0
    fi
    if ! is_root; then
        missing+=("a running PostgreSQL on $PG_HOST:$PG_PORT (start it: sudo pg_ctlcluster <version> main start)")
        return 0
    fi
    local version hba
    version=$(ls /etc/postgresql | sort -n | tail -1)
    hba=/etc/postgresql/$version/main/pg_hba.conf
    # the tests connect as postgres over TCP without a password, like the CI machine's server
    if ! grep -q "^host all all 127.0.0.1/32 trust" "$hba"; then
        sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
    su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='test'\" | grep -q 1 || createdb test"
}

install_packages chromium chromium-driver fonts-ipafont-gothic pcscd vsmartcard-vpcd opensc
start_postgres
command -v java >/dev/null || missing+=("Java 17 (sudo apt-get install openjdk-17-jdk-headless)")

if [ ${#missing[@]} -gt 0 ]; then
    echo "Cannot run the tests; missing:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
fi

card-jca-connector/scripts/start-pcsc.sh >/dev/null

# two threads: the card stack and the persistence module (neither needs the other) build side by side
exec ./mvnw -B -T 2 install "$@"
