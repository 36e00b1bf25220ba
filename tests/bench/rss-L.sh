#!/usr/bin/env bash
# LeaseLink's own peak RSS on dataset L, without the lab in the process (leaselink-bench runs the
# lab in-process, so its peak RSS is lab + LeaseLink): leaselink-lab runs in its own process and
# leaselink-cli imports every server, then runs sync --all twice (initial, no-op), each under
# /usr/bin/time. The lab's tokens travel in environment variables only and are never printed.
# Usage: tests/bench/rss-L.sh [BUILD_DIR]   (default build/default)
set -euo pipefail
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
bin=${1:-build/default}
data=$(mktemp -d)
lab_json=$(mktemp)
"$bin/lab/app/leaselink-lab" --dataset L --https --psu-script 2.x --loopback-hostnames --json >"$lab_json" 2>/dev/null &
lab_pid=$!
trap 'kill "$lab_pid" 2>/dev/null || true; rm -rf "$lab_json" "$data"' EXIT
for _ in $(seq 1 600); do [ -s "$lab_json" ] && break; sleep 0.2; done
lab_field() { python3 -c "import json,sys; d=json.load(open('$lab_json')); print($1)"; }
cli() { "$bin/app/leaselink-cli" --data-dir "$data" "$@"; }
export LEASELINK_NETBOX_TOKEN
LEASELINK_NETBOX_TOKEN=$(lab_field "d['netbox']['token']")
cli netbox set "$(lab_field "d['netbox']['url']")" --no-token --trust-fingerprint "$(lab_field "d['netbox']['fingerprint_sha256']")" >/dev/null
count=$(lab_field "len(d['psu'])")
for i in $(seq 0 $((count - 1))); do
  name=$(lab_field "d['psu'][$i]['name']"); url=$(lab_field "d['psu'][$i]['url']")
  export "LEASELINK_PSU_TOKEN_$(echo "$name" | tr 'a-z-' 'A-Z_')=$(lab_field "d['psu'][$i]['writer_token']")"
  hostport=${url#https://}
  cli servers add "$name" --hostname "${hostport%%:*}" --port "${url##*:}" --no-token --trust-fingerprint "$(lab_field "d['psu'][$i]['fingerprint_sha256']")" >/dev/null
done
cli settings set sync_ip_addresses true >/dev/null
for i in $(seq 0 $((count - 1))); do
  /usr/bin/time -a -o "$data/figures" -f "import $(lab_field "d['psu'][$i]['name']"): %e s wall, peak RSS %M KiB" "$bin/app/leaselink-cli" --data-dir "$data" import "$(lab_field "d['psu'][$i]['name']")" >/dev/null 2>&1 || true
done
/usr/bin/time -a -o "$data/figures" -f "sync --all (initial): %e s wall, peak RSS %M KiB" "$bin/app/leaselink-cli" --data-dir "$data" sync --all >/dev/null 2>&1 || true
/usr/bin/time -a -o "$data/figures" -f "sync --all (no-op): %e s wall, peak RSS %M KiB" "$bin/app/leaselink-cli" --data-dir "$data" sync --all >/dev/null 2>&1 || true
cat "$data/figures"
echo "leaselink-lab (separate process): peak RSS $(awk '/VmHWM/ {print $2}' "/proc/$lab_pid/status") KiB"
