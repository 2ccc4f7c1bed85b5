#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback, installing Debian's package when missing.
# Source this file, then call start_postgres; CI_DATABASE_URL points at the server.

PG_PORT=${PG_PORT:-54329}
PG_DIR=${PG_DIR:-/tmp/lenw-postgres}
CI_DATABASE_URL="postgres://postgres@127.0.0.1:${PG_PORT}/lerenenwerken"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi
}

start_postgres() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    echo "Installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin
  bin=$(pg_bin)
  stop_postgres
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  chown postgres: "$PG_DIR" 2>/dev/null || true
  as_postgres "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p ${PG_PORT} -k ${PG_DIR} -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres lerenenwerken
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') runs on 127.0.0.1:${PG_PORT}"
}

stop_postgres() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
