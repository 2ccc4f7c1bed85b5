#!/usr/bin/env bash
# Start or stop the Varnish front cache (Debian's package) on loopback, in front of the site.
#   scripts/varnish.sh start LISTEN_PORT APP_PORT STATE_DIR   (installs varnish when missing)
#   scripts/varnish.sh stop STATE_DIR
# The configuration is scripts/varnish.vcl with the site's address filled in; 64 MiB of memory.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  start)
    listen=$2 app=$3 state=$4
    if ! command -v varnishd >/dev/null 2>&1 && [ ! -x /usr/sbin/varnishd ]; then
      echo "Installing Debian packages: varnish"
      sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
      DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends varnish >/dev/null
    fi
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    if [ -f "$state/varnish.pid" ] && kill -0 "$(cat "$state/varnish.pid")" 2>/dev/null; then
      exit 0
    fi
    sed -e "s/@APP_HOST@/127.0.0.1/" -e "s/@APP_PORT@/$app/" scripts/varnish.vcl > "$state/varnish.vcl"
    /usr/sbin/varnishd -a "127.0.0.1:$listen" -f "$state/varnish.vcl" -s malloc,64m \
      -n "$state/varnish" -P "$state/varnish.pid" -T none -j none \
      -p default_grace=0s -p ban_lurker_sleep=0.1
    for _ in $(seq 1 50); do
      [ -f "$state/varnish.pid" ] && break
      sleep 0.1
    done
    ;;
  stop)
    state=$2
    if [ -f "$state/varnish.pid" ]; then
      pid=$(cat "$state/varnish.pid")
      kill "$pid" 2>/dev/null || true
      # Gone, and its port free, before a new one starts.
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      rm -f "$state/varnish.pid"
    fi
    ;;
  *)
    echo "usage: $0 start LISTEN_PORT APP_PORT STATE_DIR | stop STATE_DIR" >&2
    exit 2
    ;;
esac
