#!/bin/sh
# Installs the Debian packages the app and its tests need, if any are missing.
# Called by the Makefile before the virtual environment is made; does nothing when all are there.
# Each line is a group of alternatives (names differ between Debian releases).
set -eu

GROUPS_FILE="$(dirname "$0")/debian-packages.txt"
PYTHON="${PYTHON:-python3}"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; skipping"; exit 0; }

missing=""
while read -r line; do
    case "$line" in ''|'#'*) continue ;; esac
    found=no
    for pkg in $line; do installed "$pkg" && found=yes && break; done
    [ "$found" = yes ] || missing="$missing|$line"
done < "$GROUPS_FILE"
# A Python without ensurepip (Debian's own python3) needs its venv package.
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing="$missing|python$version-venv python3-venv"
fi
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: missing Debian packages and no root rights; install: $(echo "$missing" | tr '|' ' ')" >&2
    exit 1
fi
echo "system-deps: installing Debian packages the app needs"
$SUDO apt-get update -qq
pick=""
IFS='|'
for group in $missing; do
    [ -n "$group" ] || continue
    IFS=' '
    chosen=""
    for pkg in $group; do
        if apt-cache show "$pkg" >/dev/null 2>&1; then chosen="$pkg"; break; fi
    done
    [ -n "$chosen" ] && pick="$pick $chosen" || echo "system-deps: none of '$group' is available" >&2
    IFS='|'
done
IFS=' '
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $pick
