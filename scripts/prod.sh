#!/usr/bin/env bash
# A production-like stack on this machine, on loopback: PostgreSQL, Redis and Varnish from
# Debian's packages, gunicorn with the production settings behind Varnish, WhiteNoise for static
# files, and the django-tasks database worker. `scripts/prod.sh start` (make prod) and `scripts/prod.sh stop`
# (make prod-stop). Everything it makes lives in var/prod/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="$ROOT/var/prod"
PROD_PORT=${PROD_PORT:-8001}          # Varnish, the address people use
APP_PORT=${PROD_APP_PORT:-8011}       # gunicorn behind it (uncached, for benchmarks)
PG_PORT=${PROD_PG_PORT:-54341}
REDIS_PORT=${PROD_REDIS_PORT:-63791}
PY="$ROOT/.venv/bin/python"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi
}

ensure_packages() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

environment() {
  mkdir -p "$STATE"
  [ -s "$STATE/secret-key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" > "$STATE/secret-key"
  export DJANGO_SETTINGS_MODULE=cms.settings.production
  export SECRET_KEY="$(cat "$STATE/secret-key")"
  export DATABASE_URL="postgres://postgres@127.0.0.1:${PG_PORT}/lerenenwerken"
  export REDIS_URL="redis://127.0.0.1:${REDIS_PORT}/0"
  export ALLOWED_HOSTS="127.0.0.1,localhost,.localhost"
  export WAGTAILADMIN_BASE_URL="http://127.0.0.1:${PROD_PORT}"
  export TASKS_BACKEND="django_tasks_db.DatabaseBackend"
  export EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend"
  export MEDIA_ROOT="$STATE/media"
  export STATIC_ROOT="$STATE/static"
  export SERVE_MEDIA=true
  # Varnish in front adds the visitor's address to X-Forwarded-For and is told about changes.
  export TRUSTED_PROXY_COUNT=1
  export FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:${PROD_PORT}"
  # Plain HTTP on loopback: no HTTPS redirect, no HSTS, cookies without the Secure flag.
  export SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 SECURE_COOKIES=false
}

start_postgres() {
  local bin; bin=$(pg_bin)
  if [ ! -d "$STATE/pg/data" ]; then
    mkdir -p "$STATE/pg"; chown postgres: "$STATE/pg" 2>/dev/null || true
    as_postgres "$bin/initdb" -D "$STATE/pg/data" -A trust -U postgres >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" -l "$STATE/pg/server.log" -w \
      -o "-h 127.0.0.1 -p ${PG_PORT} -k $STATE/pg" start >/dev/null
  fi
  as_postgres "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='lerenenwerken'" | grep -q 1 \
    || as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres lerenenwerken
}

start_redis() {
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" \
      --dir "$STATE" --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" --maxmemory 256mb \
      --maxmemory-policy allkeys-lru
  fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start() {
  ensure_packages
  make --no-print-directory install system-packages
  environment
  start_postgres
  start_redis
  "$PY" manage.py migrate --noinput
  "$PY" manage.py createcachetable
  "$PY" manage.py collectstatic --noinput --verbosity 0
  if ! "$PY" manage.py shell -c "from cms.home.models import HomePage; raise SystemExit(0 if HomePage.objects.exists() else 1)"; then
    PORT="$PROD_PORT" "$PY" manage.py load_demo_content --allow-production
  fi
  local workers=$(( $(nproc) * 2 + 1 ))
  # The site's own log lines (JSON, with the request id) go to stdout: var/prod/app.log.
  if ! running "$STATE/gunicorn.pid"; then
    # scripts/gunicorn.conf.py: the site is loaded and warmed once, then shared by the workers.
    nohup "$ROOT/.venv/bin/gunicorn" cms.wsgi -c "$ROOT/scripts/gunicorn.conf.py" --bind "127.0.0.1:${APP_PORT}" \
      --workers "$workers" --timeout 30 --max-requests 2000 --max-requests-jitter 200 \
      --pid "$STATE/gunicorn.pid" --access-logfile "$STATE/access.log" \
      --access-logformat '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms %({x-request-id}o)s' \
      > "$STATE/app.log" 2>&1 &
  fi
  if ! running "$STATE/worker.pid"; then
    # The only worker on this machine is not running: whatever it left "running" died with it.
    "$PY" manage.py requeue_stale_tasks --older-than 0
    nohup "$PY" manage.py db_worker > "$STATE/worker.log" 2>&1 &
    echo $! > "$STATE/worker.pid"
  fi
  # The scheduled jobs (cms/core/schedule.py): publishing, the daily job, retention, search.
  if ! running "$STATE/scheduler.pid"; then
    nohup "$PY" manage.py run_schedule > "$STATE/scheduler.log" 2>&1 &
    echo $! > "$STATE/scheduler.pid"
  fi
  bash scripts/varnish.sh start "$PROD_PORT" "$APP_PORT" "$STATE" >/dev/null
  # Ready when /readyz says the database, cache, task queue and storage answer.
  local ready=""
  for _ in $(seq 1 100); do
    if ready=$(curl -fsS "http://127.0.0.1:${PROD_PORT}/readyz" 2>/dev/null); then break; fi
    ready=""
    sleep 0.2
  done
  if [ -z "$ready" ]; then
    echo "The stack did not become ready: $(curl -sS "http://127.0.0.1:${PROD_PORT}/readyz" 2>&1)" >&2
    echo "See var/prod/app.log." >&2
    exit 1
  fi
  echo ""
  echo "Production-like stack: http://127.0.0.1:${PROD_PORT}/ (Varnish) in front of $workers gunicorn workers on :$APP_PORT"
  echo "PostgreSQL :$PG_PORT, Redis :$REDIS_PORT"
  echo "Scheduled jobs: .venv/bin/python manage.py run_schedule --list (log: var/prod/scheduler.log)"
  echo "Logs in var/prod/ (app.log: the site's JSON lines). Stop it with: make prod-stop"
}

stop() {
  bash scripts/varnish.sh stop "$STATE"
  for name in gunicorn worker scheduler; do
    if running "$STATE/$name.pid"; then kill "$(cat "$STATE/$name.pid")"; fi
    rm -f "$STATE/$name.pid"
  done
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  local bin; bin=$(pg_bin)
  if [ -n "$bin" ] && [ -f "$STATE/pg/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$STATE/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  echo "Stopped."
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  # Run a Python script or a management command against the running stack.
  python) shift; environment; exec "$PY" "$@" ;;
  manage) shift; environment; exec "$PY" manage.py "$@" ;;
  # Take PostgreSQL away and bring it back, for the fault checks (scripts/check-prod.sh).
  db-stop) as_postgres "$(pg_bin)/pg_ctl" -D "$STATE/pg/data" -m fast -w stop >/dev/null ;;
  db-start) environment; start_postgres ;;
  # Backups of its database and files (scripts/backup.sh): make backup, make restore.
  backup|restore) environment; exec bash scripts/backup.sh "$@" ;;
  *) echo "usage: $0 start|stop|backup|restore [FOLDER]|python SCRIPT [ARGS]|manage COMMAND" >&2; exit 2 ;;
esac
