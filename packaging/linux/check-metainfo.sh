#!/bin/sh
# CTest packaging_metainfo: the AppStream metainfo passes
# `appstreamcli validate --pedantic --no-net`, names the .desktop file of the
# same id, and lists the project's version as its newest release.
# Usage: check-metainfo.sh FILE APP_ID VERSION
set -eu
file="$1"
app_id="$2"
version="$3"

if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "FAIL: appstreamcli is not installed (Debian: apt-get install appstream;" \
         "scripts/install-deps installs it)" >&2
    exit 1
fi
if [ "$(basename "$file")" != "$app_id.metainfo.xml" ]; then
    echo "FAIL: $file is not named $app_id.metainfo.xml" >&2
    exit 1
fi
grep -q "<id>$app_id</id>" "$file" || { echo "FAIL: the component id is not $app_id" >&2; exit 1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$file" \
    || { echo "FAIL: the launchable is not $app_id.desktop" >&2; exit 1; }
newest="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$file" | head -n 1)"
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> is \"$newest\", the project's version is $version:" \
         "add a <release> to packaging/linux/relaydesk.metainfo.xml.in" >&2
    exit 1
fi

echo "appstreamcli validate --pedantic --no-net $file"
appstreamcli validate --pedantic --no-net --no-color "$file"
