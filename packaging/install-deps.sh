#!/usr/bin/env bash
# Installs every Debian 12 / Ubuntu package that LeaseLink's build, tests and demo need.
# Idempotent and non-interactive: packages already present are left alone, and the package
# lists are refreshed only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qtkeychain-qt6-dev qcoro-qt6-dev
  qt6-qpa-plugins libgl-dev
  openssl ca-certificates curl python3 python3-jsonschema
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth
  time  # tests/bench/rss-L.sh measures leaselink-cli's peak RSS with GNU time
  nodejs npm  # the PowerShell parser that checks psu/ scripts (tests/psu)
  dpkg-dev fakeroot file appstream desktop-file-utils  # the .deb and its checks (check-package.sh)
  clang-16 libclang-rt-16-dev  # the libFuzzer build of tests/fuzz (clang 14 cannot compile std::expected)
)

missing=()
for p in "${packages[@]}"; do
  # NodeSource's nodejs package bundles npm and conflicts with Debian's npm package.
  if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
