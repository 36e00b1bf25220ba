#!/usr/bin/env bash
# The README's first command: installs the dependencies, builds LeaseLink and runs its main job
# on the built-in lab. It starts leaselink-lab (dataset M over HTTPS: a failover pair and a
# standalone DHCP server, each on its own loopback address, 60 scopes, ~10,000 leases, and a
# NetBox), points a fresh demo cache at it with leaselink-cli (trusting each lab certificate by
# its fingerprint, exactly as an admin would), runs Test Connection, imports every server,
# previews the sync (--dry-run), syncs everything, syncs again (nothing left to do), shows the
# status, then starts the desktop demo (`leaselink --demo`: its own in-process lab, certificates
# to trust on the first connection) when a display is available. Lab tokens travel in
# environment variables only; nothing is written to your keychain, and the demo cache lives in
# build/demo-data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
jobs=$(nproc)

echo "== build =="
cmake --preset default >/dev/null
cmake --build --preset default -j"$jobs" --target leaselink leaselink-cli leaselink-lab

bin=build/default
data=build/demo-data
lab_json=$(mktemp)
rm -rf "$data"

"$bin/lab/app/leaselink-lab" --dataset M --https --psu-script 2.x --loopback-hostnames \
  --json >"$lab_json" &
lab_pid=$!
trap 'kill "$lab_pid" 2>/dev/null || true; rm -f "$lab_json"' EXIT
for _ in $(seq 1 100); do
  [ -s "$lab_json" ] && break
  kill -0 "$lab_pid" 2>/dev/null || { echo "leaselink-lab did not start" >&2; exit 1; }
  sleep 0.2
done
[ -s "$lab_json" ] || { echo "leaselink-lab did not report its endpoints" >&2; exit 1; }

# One line per service: kind name url port fingerprint token-variable token
lab_field() { python3 -c "import json,sys; d=json.load(open('$lab_json')); print($1)"; }
cli() { "$bin/app/leaselink-cli" --data-dir "$data" "$@"; }

echo "== configure the demo cache from the lab =="
netbox_url=$(lab_field "d['netbox']['url']")
export LEASELINK_NETBOX_TOKEN
LEASELINK_NETBOX_TOKEN=$(lab_field "d['netbox']['token']")
cli netbox set "$netbox_url" --no-token \
  --trust-fingerprint "$(lab_field "d['netbox']['fingerprint_sha256']")" >/dev/null

count=$(lab_field "len(d['psu'])")
for i in $(seq 0 $((count - 1))); do
  name=$(lab_field "d['psu'][$i]['name']")
  url=$(lab_field "d['psu'][$i]['url']")
  variable="LEASELINK_PSU_TOKEN_$(echo "$name" | tr 'a-z-' 'A-Z_')"
  export "$variable=$(lab_field "d['psu'][$i]['writer_token']")"
  hostport=${url#https://}
  cli servers add "$name" --hostname "${hostport%%:*}" --port "${url##*:}" --no-token \
    --description "Lab server $name" \
    --trust-fingerprint "$(lab_field "d['psu'][$i]['fingerprint_sha256']")" >/dev/null
done

echo "== Test Connection =="
status=0
for i in $(seq 0 $((count - 1))); do
  cli servers test-connection "$(lab_field "d['psu'][$i]['name']")" || status=1
done
cli netbox test || true   # the dhcp_client_id custom field is created by the first sync
cli servers list

echo "== Import from Server =="
for i in $(seq 0 $((count - 1))); do
  cli import "$(lab_field "d['psu'][$i]['name']")" || status=1
done

echo "== Sync: preview (nothing is written) =="
cli settings set sync_ip_addresses true >/dev/null
cli sync --all --dry-run | tail -n 5 || status=1
echo "== Sync =="
cli sync --all | tail -n 3 || status=1
echo "== Sync again: nothing left to do =="
cli sync --all | tail -n 3 || status=1
cli status || true

# The desktop demo: its own lab in-process and a throw-away data folder whose certificates are
# NOT trusted yet, so the first connection shows the real trust dialog (compare the fingerprints
# it prints). The command-line lab above stops first.
kill "$lab_pid" 2>/dev/null || true
wait "$lab_pid" 2>/dev/null || true
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname -s)" != Linux ]; then
  echo "== LeaseLink desktop demo (quit LeaseLink to stop its lab) =="
  "$bin/app/leaselink" --demo || status=1
  echo "The cache of the command-line demo stays in $data; open it with:"
  echo "  $bin/app/leaselink --data-dir $data"
else
  echo "No display: skipping the LeaseLink window. On a desktop run:"
  echo "  $bin/app/leaselink --demo"
  echo "or open the cache of the command-line demo (its lab has stopped):"
  echo "  $bin/app/leaselink --data-dir $data"
fi
exit "$status"
