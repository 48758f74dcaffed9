#!/bin/sh
# The macOS disk image: the .app PyInstaller made and a link to /Applications to drag it onto.
# Usage: sh packaging/macos/make-dmg.sh "dist/Briefing Pack Assembler.app" dist/NAME.dmg "VOLUME NAME"
# (packaging/build.py runs it as its last step on macOS).
set -eu

app=$1
out=$2
volume=${3:-Briefing Pack Assembler}

if [ ! -d "$app" ]; then
    echo "make-dmg: no app at $app" >&2
    exit 1
fi

stage=$(mktemp -d "${TMPDIR:-/tmp}/briefing-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"

rm -f "$out"
# UDZO: zlib-compressed, read-only; the format every supported macOS opens.
hdiutil create -volname "$volume" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "make-dmg: wrote $out"
