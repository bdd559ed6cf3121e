#!/usr/bin/env bash
# Installs (Debian packages) and starts a local PostgreSQL for the hub's PostgreSQL test suite, and prints the admin
# connection string the tests read from CONCORD_TEST_POSTGRES. Idempotent: safe to run on a machine that has it.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

read -r version cluster < <(pg_lsclusters -h | awk 'NR==1{print $1, $2}')
if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    cluster=main
    as_root pg_createcluster "$version" "$cluster" >&2
fi
as_root pg_ctlcluster "$version" "$cluster" start >&2 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')

for _ in $(seq 1 30); do
    if as_root su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done
as_root su postgres -c "psql -p $port -qAtc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'concord_test') THEN CREATE ROLE concord_test LOGIN CREATEDB PASSWORD 'concord_test'; END IF; GRANT pg_signal_backend TO concord_test; END \\\$\\\$;\"" >&2
echo "Host=127.0.0.1;Port=${port};Username=concord_test;Password=concord_test;Database=postgres"
