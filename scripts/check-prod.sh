#!/usr/bin/env bash
# Checks of a running `make prod` stack, as an operations team would make them (CI runs this):
# pages through Varnish, health and readiness (PostgreSQL stopped and started again), the request
# id, a backup and restore round trip, and a scheduled job that ran by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="http://127.0.0.1:${PROD_PORT:-8001}"
PROD="bash scripts/prod.sh"
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "-- Pages, static files and the API through Varnish and gunicorn"
curl -fsS -o /dev/null "$BASE/nl/"
curl -fsS -o /dev/null "$BASE/en/"
curl -fsS -o /dev/null "$BASE$(curl -fsS "$BASE/nl/" | grep -o '/static/css/site[^"]*' | head -1)"
curl -fsS "$BASE/api/taalakkoord/progress/" | grep -q '"target"'
# The second anonymous view of the home page comes from the front cache.
curl -fsS -o /dev/null -D - "$BASE/nl/" | grep -qi '^X-Front-Cache: hit' || fail "no front-cache hit"

echo "-- Health, readiness and the request id"
curl -fsS "$BASE/healthz" | grep -q '"ok"'
curl -fsS "$BASE/readyz" | grep -q '"status": "ok"'
curl -fsS -o /dev/null -D - "$BASE/nl/" -H 'X-Request-ID: ci-check-0001' | grep -qi '^X-Request-ID: ci-check-0001' \
  || fail "the request id did not come back"

echo "-- PostgreSQL stopped: /readyz 503 naming the database; started: 200 again"
$PROD db-stop
status=$(curl -s -o /tmp/readyz.json -w '%{http_code}' "$BASE/readyz")
[ "$status" = 503 ] || fail "readyz answered $status with PostgreSQL stopped"
grep -q '"database": "unavailable"' /tmp/readyz.json || fail "readyz did not name the database: $(cat /tmp/readyz.json)"
curl -fsS "$BASE/healthz" >/dev/null || fail "healthz failed while only the database was away"
$PROD db-start
for _ in $(seq 1 50); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz"); [ "$status" = 200 ] && break; sleep 0.2
done
[ "$status" = 200 ] || fail "readyz did not recover after PostgreSQL came back ($status)"
grep -q 'Database unreachable' var/prod/app.log || fail "no log line when the database went away"

echo "-- Backup and restore round trip"
count() { $PROD manage shell -c "from cms.news.models import NewsPage; print(NewsPage.objects.count())" 2>/dev/null | tail -1; }
before=$(count)
file=$(cd var/prod/media && find original_images -type f | sort | head -1)
[ -n "$file" ] || fail "no uploaded image in var/prod/media to check"
make --no-print-directory backup
$PROD manage shell -c "from cms.news.models import NewsPage; NewsPage.objects.first().delete()" >/dev/null 2>&1
rm "var/prod/media/$file"
[ "$(count)" = $((before - 1)) ] || fail "the news item was not deleted"
RESTORE_CONFIRM=yes make --no-print-directory restore
[ "$(count)" = "$before" ] || fail "restore gave $(count) news items instead of $before"
[ -f "var/prod/media/$file" ] || fail "restore did not bring back $file"
curl -fsS -o /dev/null "$BASE/nl/" || fail "the site does not answer after the restore"

echo "-- The scheduler ran a job by itself"
for _ in $(seq 1 75); do
  grep -q 'Job publish_scheduled finished' var/prod/scheduler.log && break; sleep 1
done
grep -q 'Job publish_scheduled finished' var/prod/scheduler.log || fail "no scheduled job ran: $(tail -5 var/prod/scheduler.log)"
echo "make prod checks passed."
