#!/bin/sh
# Runs one test program inside a private D-Bus session with a fresh, unlocked
# gnome-keyring (the Secret Service), and a fresh HOME, so keychain code is
# exercised for real without touching the developer's own keyring.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_RUNTIME_DIR="$home/runtime"
export XDG_DATA_HOME="$home/data"
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
dbus-run-session -- sh -c '
    echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # Wait until the Secret Service is on the bus.
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; do
        i=$((i + 1))
        [ "$i" -gt 100 ] && { echo "with-keyring: the Secret Service did not start" >&2; exit 1; }
        sleep 0.05
    done
    "$@"
' sh "$@"
