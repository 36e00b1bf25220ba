#!/usr/bin/env bash
# Builds the .deb from an existing build directory (default build/default, which run-tests.sh has
# just built: no second build), then checks it the way a user would meet it:
#   1. the package metadata: name, version from project(VERSION), declared dependencies, and that
#      every dependency is satisfied on this machine;
#   2. its contents: both executables, the desktop entry, metainfo, icon and notices, and nothing
#      from the lab or the tests;
#   3. the installed files, unpacked with dpkg -x into a scratch root: no missing libraries,
#      `--version` of both executables, leaselink-cli on a fresh cache (the SQLite driver), the
#      window starting offscreen, and `leaselink --demo` when this build supports it;
#   4. the installed desktop entry and metainfo with desktop-file-validate and appstreamcli.
# Nothing is installed on the machine and nothing outside the scratch root is written.
# Usage: packaging/check-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
app_id=io.github.leaselink.LeaseLink

fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
ok() { echo "  ok  $*"; }

[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build (run packaging/run-tests.sh)"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== check-package: leaselink $version =="
rm -f "$build"/packages/leaselink_*.deb
if ! (cd "$build" && cpack -G DEB >"$scratch/cpack.log" 2>&1); then
  cat "$scratch/cpack.log" >&2
  fail "cpack -G DEB"
fi
deb=$(ls "$build"/packages/leaselink_"$version"_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no leaselink_${version}_*.deb in $build/packages"
ok "built $deb ($(du -h "$deb" | cut -f1))"

# 1. Metadata and dependencies.
[ "$(dpkg-deb -f "$deb" Package)" = leaselink ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "  Depends: $depends"
for required in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
                libqt6sql6-sqlite libqt6keychain1 libqcoro6core0 libqcoro6network0 \
                qt6-qpa-plugins libqt6svg6; do
  grep -Eq "(^|[ ,|])$required([ ,]|$)" <<<"$depends" || fail "Depends does not name $required"
done
ok "declares the Qt, QtKeychain and QCoro libraries and the Qt plugins it loads"

# Each comma-separated entry is satisfied when one of its alternatives is installed at a version
# meeting its constraint.
satisfied() {
  local alternative name op wanted installed
  IFS='|' read -ra alternatives <<<"$1"
  for alternative in "${alternatives[@]}"; do
    read -r name op wanted <<<"$(sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))? *$/\1 \3 \4/' <<<"$alternative")"
    installed=$(dpkg-query -W -f='${Status} ${Version}' "${name%%:*}" 2>/dev/null |
                sed -n 's/^install ok installed //p')
    [ -n "$installed" ] || continue
    case "$op" in
      "") return 0 ;;
      ">=") dpkg --compare-versions "$installed" ge "$wanted" && return 0 ;;
      "<=") dpkg --compare-versions "$installed" le "$wanted" && return 0 ;;
      ">>") dpkg --compare-versions "$installed" gt "$wanted" && return 0 ;;
      "<<") dpkg --compare-versions "$installed" lt "$wanted" && return 0 ;;
      "=") dpkg --compare-versions "$installed" eq "$wanted" && return 0 ;;
    esac
  done
  return 1
}
IFS=',' read -ra entries <<<"$depends"
for entry in "${entries[@]}"; do
  satisfied "$entry" || fail "dependency not satisfied on this machine: $entry"
done
ok "all ${#entries[@]} dependencies are satisfied on this machine"

# 2. Contents.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$scratch/contents"
for path in /usr/bin/leaselink /usr/bin/leaselink-cli \
            "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            /usr/share/doc/leaselink/LICENSE /usr/share/doc/leaselink/THIRD-PARTY-NOTICES.txt; do
  grep -qx "$path" "$scratch/contents" || fail "the package lacks $path"
done
if grep -E '^/usr/bin/.' "$scratch/contents" | grep -Evx '/usr/bin/leaselink(-cli)?'; then
  fail "the package installs other executables (above)"
fi
if grep -E 'leaselink-lab|/lab/|/tst_|/tests?/' "$scratch/contents"; then
  fail "the package carries lab or test files (above)"
fi
ok "contains the executables, desktop entry, metainfo, icon and notices, and nothing else in bin"

# 3. The installed files, run from a scratch root with a scratch home.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset LEASELINK_DATA_DIR LEASELINK_CONFIG
for exe in leaselink leaselink-cli; do
  if ldd "$root/usr/bin/$exe" | grep 'not found'; then fail "$exe: missing libraries (above)"; fi
done
ok "every library the executables link is found"

out=$("$root/usr/bin/leaselink-cli" --version) || fail "leaselink-cli --version exited $?"
[ "$out" = "leaselink-cli $version" ] || fail "leaselink-cli --version printed '$out'"
ok "leaselink-cli --version: $out"
out=$("$root/usr/bin/leaselink" --version) || fail "leaselink --version exited $?"
[ "$out" = "LeaseLink $version" ] || fail "leaselink --version printed '$out'"
ok "leaselink --version: $out"

"$root/usr/bin/leaselink-cli" --data-dir "$scratch/data" settings show >"$scratch/settings.txt" ||
  fail "leaselink-cli settings show on a fresh cache exited $?"
ok "leaselink-cli created and read a fresh cache ($(wc -l <"$scratch/settings.txt") settings lines)"

# The window has no exit of its own: still running after a few seconds counts as started.
run_for() {
  local seconds=$1; shift
  local status=0
  timeout "$seconds" "$@" >"$scratch/gui.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 124 ]; then
    cat "$scratch/gui.log" >&2
    return "$status"
  fi
}
run_for 5 "$root/usr/bin/leaselink" --data-dir "$scratch/data" ||
  fail "leaselink exited $? while starting offscreen"
ok "leaselink starts offscreen on that cache"

help=$("$root/usr/bin/leaselink" --help) || fail "leaselink --help exited $?"
if grep -q -- '--demo' <<<"$help"; then
  run_for 30 "$root/usr/bin/leaselink" --demo || fail "leaselink --demo exited $?"
  ok "leaselink --demo runs offscreen"
else
  echo "  --  leaselink --demo: not offered by this build (leaselink --help), skipped"
fi

# 4. The installed desktop integration files.
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
  fail "desktop-file-validate"
ok "desktop-file-validate $app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$scratch/as.log" 2>&1 ||
  { cat "$scratch/as.log" >&2; fail "appstreamcli validate"; }
ok "appstreamcli validate --no-net $app_id.metainfo.xml"
echo "== check-package: passed =="
