#!/usr/bin/env bash
# Prints the URL of a PostgreSQL database for the server tests and benchmarks, and nothing
# else on stdout (all chatter goes to stderr):
#   PROCURA_TEST_DATABASE_URL="$(scripts/ensure-postgres.sh)" npm run test:server
# Uses $PROCURA_TEST_DATABASE_URL when set; otherwise installs Debian's postgresql when it is
# missing (root only), and starts a throwaway cluster on 127.0.0.1:54329. A second call reuses
# the running cluster. Stop it with: pg_ctl -D "${PROCURA_PG_DIR:-/tmp/procura-pg}/data" stop
set -euo pipefail

if [[ -n "${PROCURA_TEST_DATABASE_URL:-}" ]]; then
  echo "$PROCURA_TEST_DATABASE_URL"
  exit 0
fi

PORT=54329
DB=procura_test
URL="postgresql://postgres@127.0.0.1:${PORT}/${DB}"
BASE="${PROCURA_PG_DIR:-${TMPDIR:-/tmp}/procura-pg}"
DATA="$BASE/data"
log() { echo "ensure-postgres: $*" >&2; }

find_bin() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then pg_config --bindir; return 0; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  done
  return 1
}

BIN="$(find_bin || true)"
if [[ -z "$BIN" ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing postgresql with apt-get"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    BIN="$(find_bin)"
  else
    log "no PostgreSQL server binaries, and apt-get is not usable as root: set PROCURA_TEST_DATABASE_URL"
    exit 1
  fi
fi

# As root, the cluster belongs to the postgres user (initdb refuses to run as root).
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  mkdir -p "$BASE"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$BASE"
  if [[ ! -s "$DATA/PG_VERSION" ]]; then
    log "initialising a throwaway cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
  fi
  log "starting it on 127.0.0.1:$PORT"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2
fi

if [[ "$("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]]; then
  log "creating database $DB"
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi

echo "$URL"
