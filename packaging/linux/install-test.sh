#!/bin/bash
# CTest packaging_install: builds the two .deb packages from this build tree,
# installs them on this machine, runs what they installed (the app offscreen,
# the server as its own user on a loopback port), then purges them and checks
# nothing of theirs is left. Needs root and dpkg; fails (never skips) without.
#
# Usage: install-test.sh BUILD_DIR VERSION APP_ID WITH_KEYRING CPACK
set -euo pipefail

build="$1"
version="$2"
app_id="$3"
with_keyring="$4"
cpack="$5"
packages=(relaydesk relaydesk-server)
started=$SECONDS

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    echo "== $* (at $((SECONDS - started)) s)"
}

[ "$(id -u)" -eq 0 ] \
    || fail "this test installs packages with dpkg, so it must run as root (CI does). Run it as root, or leave it out: ctest -E packaging_install"
command -v dpkg >/dev/null || fail "dpkg is missing: this test needs a Debian-family system"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing: apt-get install dpkg-dev (scripts/install-deps installs it)"
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    if [ -n "$status" ] && [ "${status##* }" != "not-installed" ]; then
        fail "$package is already on this machine ($status); this test would replace and purge it." \
             "Remove it first: dpkg --purge ${packages[*]}"
    fi
done

work="$(mktemp -d)"
chmod 755 "$work"
installed=0
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$installed" -eq 1 ]; then
        dpkg --purge "${packages[@]}" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# --- Build the packages -------------------------------------------------------
# Stripped and gzip-compressed, without -dbgsym packages: the same contents and
# control data as a release, in a fraction of the time.
step "cpack -G DEB from $build"
cpack_started=$SECONDS
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" \
        -D CPACK_DEBIAN_DEBUGINFO_PACKAGE=OFF -D CPACK_STRIP_FILES=ON \
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the packages"
fi
cpack_seconds=$((SECONDS - cpack_started))
client_deb="$(ls "$work"/packages/relaydesk_"$version"-*.deb)"
server_deb="$(ls "$work"/packages/relaydesk-server_"$version"-*.deb)"
for deb in "$client_deb" "$server_deb"; do
    echo "-- $(basename "$deb")"
    dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
done
dpkg-deb --field "$client_deb" Depends | grep -q 'libqt6widgets6' \
    || fail "relaydesk's Depends lacks the Qt libraries: dpkg-shlibdeps did not run"
dpkg-deb --field "$server_deb" Depends | grep -q 'libqt6sql6-sqlite' \
    || fail "relaydesk-server does not depend on Qt's SQLite driver"
if dpkg-deb --contents "$client_deb" | grep -q 'relaydesk-server'; then
    fail "the relaydesk package holds server files"
fi
if dpkg-deb --contents "$server_deb" | grep -q 'usr/bin/relaydesk$'; then
    fail "the relaydesk-server package holds the app"
fi

# --- Install ------------------------------------------------------------------
step "dpkg -i"
installed=1
if ! dpkg -i "$client_deb" "$server_deb" >"$work/dpkg-install.log" 2>&1; then
    cat "$work/dpkg-install.log" >&2
    fail "dpkg -i failed (a missing dependency is named above; scripts/install-deps installs them)"
fi
dpkg -L "${packages[@]}" | sort -u >"$work/files"

expect_file() {
    [ -f "$1" ] || fail "$1 was not installed"
}
[ -x /usr/bin/relaydesk ] || fail "/usr/bin/relaydesk was not installed"
[ -x /usr/bin/relaydesk-server ] || fail "/usr/bin/relaydesk-server was not installed"
expect_file "/usr/share/applications/$app_id.desktop"
expect_file "/usr/share/metainfo/$app_id.metainfo.xml"
expect_file "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    icon="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    expect_file "$icon"
    file "$icon" | grep -q "PNG image data, $size x $size" || fail "$icon is not a ${size}x${size} PNG"
done
expect_file /usr/lib/systemd/system/relaydesk-server.service
expect_file /usr/lib/sysusers.d/relaydesk-server.conf
expect_file /etc/relaydesk-server/server.ini
dpkg-query -W -f='${Conffiles}' relaydesk-server | grep -q '/etc/relaydesk-server/server.ini' \
    || fail "server.ini is not a conffile: dpkg would overwrite the admin's changes on upgrade"
getent passwd relaydesk >/dev/null || fail "the postinst did not create the relaydesk user"
[ "$(stat -c '%U:%G %a' /var/lib/relaydesk-server)" = "relaydesk:relaydesk 750" ] \
    || fail "/var/lib/relaydesk-server is $(stat -c '%U:%G %a' /var/lib/relaydesk-server), not relaydesk:relaydesk 750"

# --- The installed app --------------------------------------------------------
step "/usr/bin/relaydesk --version"
mkdir -m 700 "$work/home" "$work/runtime"
app_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
         QT_QPA_PLATFORM=offscreen RELAYDESK_NO_DIALOGS=1)
reported="$("${app_env[@]}" /usr/bin/relaydesk --version 2>"$work/version.err")" \
    || { cat "$work/version.err" >&2; fail "relaydesk --version failed"; }
echo "$reported"
[ "$reported" = "relaydesk $version" ] || fail "relaydesk --version said \"$reported\", not \"relaydesk $version\""

step "/usr/bin/relaydesk offscreen with a fresh profile (--screenshot)"
# Its own D-Bus session and keyring, so the history key goes to a real keychain.
if ! timeout 120 "${app_env[@]}" sh "$with_keyring" /usr/bin/relaydesk --profile "$work/profile" \
        --screenshot "$work/window.png" >"$work/app.log" 2>&1; then
    cat "$work/app.log" >&2
    fail "the installed app did not start, show its window and quit"
fi
file "$work/window.png" | grep -q 'PNG image data' || fail "the app's screenshot is not a PNG"
file "$work/window.png"
[ -f "$work/profile/history.db" ] || fail "the app made no encrypted history in its profile"

# --- The installed server -----------------------------------------------------
# As the service would run it: its own user, the packaged config, its data in
# /var/lib/relaydesk-server. Port 0: a free loopback port, printed on start.
as_service=(env -i PATH=/usr/bin:/bin HOME=/var/lib/relaydesk-server
            setpriv --reuid=relaydesk --regid=relaydesk --init-groups --)
step "relaydesk-server --add-agent as the relaydesk user"
printf 'install-test-password-1\n' | "${as_service[@]}" /usr/bin/relaydesk-server \
    --config /etc/relaydesk-server/server.ini \
    --add-agent install-test@relaydesk.local --workspace "Install test" --role admin >"$work/add-agent.log" 2>&1 \
    || { cat "$work/add-agent.log" >&2; fail "relaydesk-server --add-agent failed"; }

step "relaydesk-server on a loopback port"
"${as_service[@]}" /usr/bin/relaydesk-server --config /etc/relaydesk-server/server.ini --port 0 \
    >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do
    port="$(sed -n 's/^relaydesk-server listening on port \([0-9]*\).*/\1/p' "$work/server.out")"
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$port" ] || { cat "$work/server.out" "$work/server.err" >&2; fail "the installed server did not start"; }
echo "listening on 127.0.0.1:$port"

# One HTTP request over bash's /dev/tcp (no curl needed); prints the status
# line and the body. The server keeps the connection open, so the body is read
# by its Content-Length.
http() {
    local LC_ALL=C method="$1" path="$2" body="${3:-}" line status length=0 reply=""
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\nContent-Length: %s\r\n\r\n%s' \
        "$method" "$path" "$port" "${#body}" "$body" >&3
    IFS= read -r -t 10 status <&3 || status="(no answer)"
    while IFS= read -r -t 10 line <&3; do
        line="${line%$'\r'}"
        [ -z "$line" ] && break
        case "${line,,}" in content-length:*) length="${line#*:}"; length="${length// /}" ;; esac
    done
    if [ "$length" -gt 0 ]; then
        IFS= read -r -t 10 -N "$length" reply <&3 || true
    fi
    exec 3<&-
    printf '%s\n%s\n' "${status%$'\r'}" "$reply"
}
health="$(http GET /v1/health)"
echo "$health" | tail -n 1
echo "$health" | head -n 1 | grep -q ' 200 ' || fail "GET /v1/health did not answer 200: $health"
echo "$health" | grep -q '"status": *"ok"' || fail "GET /v1/health did not say ok: $health"
echo "$health" | grep -q "\"version\": *\"$version\"" || fail "the server is not version $version: $health"
signin="$(http POST /v1/auth/sign-in '{"email":"install-test@relaydesk.local","password":"install-test-password-1"}')"
echo "$signin" | head -n 1 | grep -q ' 200 ' || fail "signing in the agent added as the relaydesk user failed: $signin"
echo "signed in as install-test@relaydesk.local"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
strangers="$(find /var/lib/relaydesk-server ! -user relaydesk)"
[ -z "$strangers" ] || fail "files in /var/lib/relaydesk-server not owned by relaydesk: $strangers"

# --- Purge --------------------------------------------------------------------
step "dpkg --purge"
dpkg --purge "${packages[@]}" >"$work/dpkg-purge.log" 2>&1 \
    || { cat "$work/dpkg-purge.log" >&2; fail "dpkg --purge failed"; }
installed=0
for package in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    [ -z "$status" ] || [ "${status##* }" = "not-installed" ] || fail "$package is still known to dpkg: $status"
done
left=""
while read -r path; do
    # Shared directories (/usr/bin, /usr/share/icons/…) stay, their files must not.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        left="$left $path"
    fi
done <"$work/files"
for path in /etc/relaydesk-server /var/lib/relaydesk-server /usr/lib/systemd/system/relaydesk-server.service; do
    [ ! -e "$path" ] || left="$left $path"
done
[ -z "$left" ] || fail "left behind after purge:$left"
if getent passwd relaydesk >/dev/null; then
    echo "the relaydesk system user stays after purge (Debian practice; deluser --system relaydesk removes it)"
fi

echo "packaging_install: passed in $((SECONDS - started)) s (cpack $cpack_seconds s)"
