#!/usr/bin/env bash
# The README's screenshots: runs `leaselink --demo` under Xvfb with LEASELINK_SCREENSHOTS_DIR set,
# so the demo drives itself the way an admin would (the welcome with the lab's fingerprints, the
# certificate trust dialog ticked and trusted, Import from Server for every server, Sync All with
# Preview and Apply) and saves a PNG of each step and of the main views into docs/screenshots/.
# Usage: bash packaging/screenshots.sh [BUILD_DIR]   (default build/default; needs xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/default}/app/leaselink
out=docs/screenshots
[ -x "$bin" ] || { echo "no $bin: build the leaselink target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# A fixed style, font size and light palette so that the pictures do not depend on the desktop
# the script runs on; a private config folder keeps the admin's window state out of them.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME="$config" QT_QPA_PLATFORMTHEME='' QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 \
  QT_LOGGING_RULES="leaselink.*.info=false;leaselink.*.debug=false" LEASELINK_SCREENSHOTS_DIR="$out" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --demo
# Keep each picture small for the repository (lossless; optipng when available).
if command -v optipng >/dev/null; then
  optipng -quiet -o2 "$out"/*.png
fi
ls -l "$out"
