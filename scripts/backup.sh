#!/usr/bin/env bash
# Backups of the PostgreSQL database (pg_dump's custom format) and the uploaded files.
#
#   scripts/backup.sh backup            (make backup)   a new folder in BACKUP_DIR
#   scripts/backup.sh restore [FOLDER]  (make restore)  the newest backup, or FOLDER
#   scripts/backup.sh list                               the backups there are
#
# It reads DATABASE_URL, MEDIA_ROOT and the other settings from the environment like the site
# does; `make backup` and `make restore` run it for the `make prod` stack on this machine. BACKUP_DIR (default var/backups) is where backups go, and
# BACKUP_KEEP (default 14) how many are kept. A restore replaces the database and the files:
# it asks first, or goes ahead when RESTORE_CONFIRM=yes.
#
# With media on object storage (AWS_STORAGE_BUCKET_NAME), files are not copied here: keep them
# with the buckets' own versioning and replication (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"

if [ -z "${DATABASE_URL:-}" ]; then
  echo "Set DATABASE_URL (make backup and make restore set it for the make prod stack)." >&2
  exit 2
fi
export DATABASE_URL
MEDIA_ROOT="${MEDIA_ROOT:-$ROOT/var/media}"
BACKUP_DIR="${BACKUP_DIR:-$ROOT/var/backups}"
BACKUP_KEEP="${BACKUP_KEEP:-14}"

pg_tool() {
  # The newest PostgreSQL client on the machine (Debian keeps them per version).
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  "${bin:+$bin/}$1" "${@:2}"
}

objects_elsewhere() { [ -n "${AWS_STORAGE_BUCKET_NAME:-}" ]; }

backup() {
  local stamp folder
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  folder="$BACKUP_DIR/$stamp"
  mkdir -p "$folder.partial"
  pg_tool pg_dump --format=custom --no-owner --no-privileges --file "$folder.partial/database.dump" "$DATABASE_URL"
  if objects_elsewhere; then
    echo "media on object storage: not copied (bucket versioning keeps them)" > "$folder.partial/media.txt"
  elif [ -d "$MEDIA_ROOT" ]; then
    tar -czf "$folder.partial/media.tar.gz" -C "$MEDIA_ROOT" .
  fi
  {
    echo "made: $stamp"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "migrations: $(cd "$ROOT" && "$PY" manage.py showmigrations --plan 2>/dev/null | grep -c '\[X\]' || echo unknown)"
  } > "$folder.partial/manifest.txt"
  (cd "$folder.partial" && sha256sum database.dump $(ls media.* 2>/dev/null) > SHA256SUMS)
  mv "$folder.partial" "$folder"   # a backup is complete or not there at all
  # Keep the newest BACKUP_KEEP.
  ls -1d "$BACKUP_DIR"/*Z 2>/dev/null | sort | head -n -"$BACKUP_KEEP" | xargs -r rm -rf
  echo "Backup made: $folder ($(du -sh "$folder" | cut -f1))"
}

restore() {
  local folder="${1:-}"
  [ -n "$folder" ] || folder=$(ls -1d "$BACKUP_DIR"/*Z 2>/dev/null | sort | tail -n 1)
  if [ -z "$folder" ] || [ ! -f "$folder/database.dump" ]; then
    echo "No backup found${folder:+ in $folder}. Make one with: make backup" >&2
    exit 1
  fi
  (cd "$folder" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup in $folder is damaged." >&2; exit 1; }
  if [ "${RESTORE_CONFIRM:-}" != "yes" ]; then
    if [ -t 0 ]; then
      read -r -p "Replace the database and uploaded files with the backup $folder? Type yes: " answer
      [ "$answer" = "yes" ] || { echo "Nothing changed."; exit 1; }
    else
      echo "A restore replaces the database and files: set RESTORE_CONFIRM=yes to go ahead." >&2
      exit 1
    fi
  fi
  pg_tool pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
    --dbname "$DATABASE_URL" "$folder/database.dump"
  if [ -f "$folder/media.tar.gz" ]; then
    # The files as they were: the current folder is kept beside it until the copy is complete.
    local fresh="$MEDIA_ROOT.restoring"
    rm -rf "$fresh" && mkdir -p "$fresh"
    tar -xzf "$folder/media.tar.gz" -C "$fresh"
    if [ -d "$MEDIA_ROOT" ]; then mv "$MEDIA_ROOT" "$MEDIA_ROOT.before-restore"; fi
    mv "$fresh" "$MEDIA_ROOT"
    rm -rf "$MEDIA_ROOT.before-restore"
  fi
  # Cached pages and figures describe the old data: start a new version, here and in front.
  "$PY" manage.py shell -c "from cms.core import pagecache; pagecache.purge()" >/dev/null
  echo "Restored from $folder"
}

case "${1:-}" in
  backup) backup ;;
  restore) shift; restore "${1:-}" ;;
  list) ls -1d "$BACKUP_DIR"/*Z 2>/dev/null | sort || true ;;
  *) echo "usage: $0 backup | restore [FOLDER] | list" >&2; exit 2 ;;
esac
