#!/usr/bin/env bash
# Install the Debian packages the project needs when they are missing: Chromium for the
# browser tests, gettext for the translation catalogues, Pango for WeasyPrint's PDFs, and
# zbar and poppler-utils to decode the certificate's QR code from its PDF in the browser test,
# Java for the Nu Html Checker that validates every page the accessibility sweep receives, and
# Varnish, the front cache of `make prod`, which tests/cms/test_front_cache.py starts.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
ldconfig -p 2>/dev/null | grep -q "libpangoft2-1.0.so.0" || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep -q "libzbar.so.0" || missing+=(libzbar0)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -x /usr/sbin/varnishd ] || missing+=(varnish)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
