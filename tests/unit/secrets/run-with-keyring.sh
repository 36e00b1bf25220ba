#!/bin/sh
# Runs one command (the keychain test) against a real Secret Service: a private D-Bus session
# bus with gnome-keyring, both started here and gone afterwards. HOME, XDG_DATA_HOME and
# XDG_RUNTIME_DIR point into a throw-away directory so the keyring file never touches the real
# user's keyring, and it works as root in CI with no prior session and no display.
#
# Usage: run-with-keyring.sh <test binary> [arguments...]
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 <command> [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; run packaging/install-deps.sh" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/leaselink-keyring.XXXXXX")
chmod 700 "$scratch"
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"
trap 'rm -rf "$scratch"' EXIT INT TERM

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/runtime"
# No display: nothing may try to autolaunch a bus or show an unlock prompt.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- sh -c '
    # --unlock reads the password of the (new) login keyring from stdin and makes it the
    # unlocked default collection, so no prompt is ever needed.
    printf %s leaselink-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' sh "$@" || status=$?
exit "$status"
