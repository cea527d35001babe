#!/bin/sh
# CTest packaging_unit: systemd accepts relaydesk-server.service. The unit
# names /usr/bin/relaydesk-server, which exists only once the package is
# installed, so a copy pointing at /bin/true is verified instead.
# Usage: check-unit.sh UNIT_FILE
set -eu
unit="$1"

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "FAIL: systemd-analyze is not installed (Debian: apt-get install systemd;" \
         "scripts/install-deps installs it)" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed 's|^ExecStart=/usr/bin/relaydesk-server |ExecStart=/bin/true |' "$unit" >"$work/relaydesk-server.service"
grep -q '^ExecStart=/bin/true ' "$work/relaydesk-server.service" \
    || { echo "FAIL: $unit has no ExecStart=/usr/bin/relaydesk-server" >&2; exit 1; }

echo "systemd-analyze verify $unit"
# It exits 0 on some complaints; anything it prints about the unit fails the check.
if ! output="$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$work/relaydesk-server.service" 2>&1)" \
   || printf '%s\n' "$output" | grep -q 'relaydesk-server.service'; then
    printf '%s\n' "$output" >&2
    echo "FAIL: systemd-analyze found problems in $unit" >&2
    exit 1
fi
[ -z "$output" ] || printf '%s\n' "$output"
echo "passed"
