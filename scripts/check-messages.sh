#!/usr/bin/env bash
# Rebuild the catalogues in a scratch copy and compare: any difference means someone added or
# changed a UI string without running `make messages`.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r locale "$scratch/before"
.venv/bin/python manage.py makemessages --locale nl --locale en --ignore ".venv/*" --ignore "var/*" \
  --no-obsolete --add-location file >/dev/null
status=0
for po in locale/*/LC_MESSAGES/django.po; do
  if ! diff -q -I '^"POT-Creation-Date' "$po" "$scratch/before/${po#locale/}" >/dev/null; then
    echo "Stale catalogue: $po (run 'make messages' and commit the result)" >&2
    diff -u -I '^"POT-Creation-Date' "$scratch/before/${po#locale/}" "$po" | head -40 >&2 || true
    status=1
  fi
  untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid "' || true)
  if [[ "$po" == locale/nl/* ]] && [ "$untranslated" -gt 1 ]; then
    echo "Untranslated Dutch strings in $po: $((untranslated - 1))" >&2
    status=1
  fi
  mo="${po%.po}.mo"
  msgfmt --check -o "$scratch/check.mo" "$po"
  if ! cmp -s "$scratch/check.mo" "$mo"; then
    echo "Stale compiled catalogue: $mo (run 'make messages')" >&2
    status=1
  fi
done
# Leave the working tree as it was.
rm -rf locale && cp -r "$scratch/before" locale
exit $status
