#!/bin/sh
# CTest packaging_desktop_file: the installed .desktop file passes
# desktop-file-validate with nothing to say, and is named for the app id.
# Usage: check-desktop-file.sh FILE APP_ID
set -eu
file="$1"
app_id="$2"

if ! command -v desktop-file-validate >/dev/null 2>&1; then
    echo "FAIL: desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils;" \
         "scripts/install-deps installs it)" >&2
    exit 1
fi
if [ "$(basename "$file")" != "$app_id.desktop" ]; then
    echo "FAIL: $file is not named $app_id.desktop" >&2
    exit 1
fi
grep -qx "Icon=$app_id" "$file" || { echo "FAIL: $file does not use the icon $app_id" >&2; exit 1; }

echo "desktop-file-validate $file"
# It exits 0 on warnings and hints; any of them fails the check too.
if ! output="$(desktop-file-validate "$file" 2>&1)" || [ -n "$output" ]; then
    echo "$output" >&2
    echo "FAIL: desktop-file-validate found problems in $file" >&2
    exit 1
fi
echo "passed: no errors, warnings or hints"
