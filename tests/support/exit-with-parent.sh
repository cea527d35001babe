#!/bin/sh
# CTest exit_with_parent: a relaydesk-server started by a process that then
# dies (as a crashed suite does) ends with it when RELAYDESK_EXIT_WITH_PARENT
# is set, and keeps running when it is not (so the check below can fail).
# Usage: exit-with-parent.sh SERVER_BINARY
set -u
server="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Starts the server from a parent shell that is then killed with SIGKILL;
# prints whether the server outlived its parent.
outlives() {
    data="$work/$1"
    mkdir -p "$data"
    sh -c '"$1" --port 0 --data-dir "$2" >"$2/log" 2>&1 & echo $! >"$2/pid"; wait' sh "$server" "$data" &
    parent=$!
    i=0
    until grep -q "listening on port" "$data/log" 2>/dev/null; do
        i=$((i + 1))
        if [ "$i" -gt 150 ]; then echo "FAIL: the server did not start" >&2; cat "$data/log" >&2; exit 1; fi
        sleep 0.1
    done
    pid="$(cat "$data/pid")"
    kill -9 "$parent"
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 30 ]; do i=$((i + 1)); sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid"
        echo yes
    else
        echo no
    fi
}

RELAYDESK_EXIT_WITH_PARENT=1
export RELAYDESK_EXIT_WITH_PARENT
[ "$(outlives asked)" = no ] || { echo "FAIL: the server outlived its parent although asked not to" >&2; exit 1; }
unset RELAYDESK_EXIT_WITH_PARENT
[ "$(outlives unasked)" = yes ] || { echo "FAIL: without the variable the server should outlive its parent" >&2; exit 1; }
echo "PASS: the server ends with its parent when asked, and only then"
