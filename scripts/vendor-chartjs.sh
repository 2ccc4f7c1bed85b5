#!/usr/bin/env bash
# Fetch Chart.js from the npm registry into static/vendor/chartjs/, so the admin's charts are
# served from our own static files (no CDN). Run by hand when upgrading; the result is committed.
# The source-map comment is dropped: the map is not shipped, and the manifest storage would
# otherwise look for it during collectstatic.
set -euo pipefail
VERSION="${1:-4.6.1}"
TARGET="$(cd "$(dirname "$0")/.." && pwd)/static/vendor/chartjs"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "chart.js@${VERSION}" >/dev/null && tar xzf chart.js-*.tgz)
mkdir -p "$TARGET"
grep -v '^//# sourceMappingURL=' "$WORK/package/dist/chart.umd.min.js" > "$TARGET/chart.umd.min.js"
cp "$WORK/package/LICENSE.md" "$TARGET/LICENSE.md"
echo "$VERSION" > "$TARGET/VERSION"
echo "Chart.js $VERSION is in $TARGET"
