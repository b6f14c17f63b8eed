#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# checkcontents.sh BUILD_DIR VERSION: builds the .deb with cpack when the build
# folder has none, then checks its name, control fields and file list.
set -euo pipefail
build=$1 version=$2
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

deb="$build/storyloom_${version}_amd64.deb"
if [ ! -f "$deb" ] || [ "$build/bin/storyloom" -nt "$deb" ] || [ "$build/bin/storyloom-cli" -nt "$deb" ]; then
    (cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack"; }
fi
[ -f "$deb" ] || fail "cpack did not write $deb (found: $(ls "$build"/*.deb 2>/dev/null))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = storyloom ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
printf 'Depends: %s\n' "$depends"
# The package names in Depends, one a line (alternatives "a | b" count as both).
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//' | sed '/^$/d')
has_dep() { grep -qxF "$1" <<<"$dep_names"; }
# Every library the binaries link must come from a package named in Depends
# (dpkg-shlibdeps' work, checked against the ELF files themselves).
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
for binary in "$unpacked"/usr/bin/*; do
    for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        path=$(ldconfig -p | awk -v s="$soname" '$1 == s { print $NF; exit }')
        [ -n "$path" ] || fail "$(basename "$binary") needs $soname, which this system does not have"
        owner=$(dpkg -S "$(realpath "$path")" 2>/dev/null | head -n1 | cut -d: -f1) ||
            owner=$(dpkg -S "$path" 2>/dev/null | head -n1 | cut -d: -f1) || true
        [ -n "$owner" ] || fail "no package owns $path ($soname)"
        has_dep "$owner" || fail "$(basename "$binary") links $soname from $owner, which Depends does not name"
    done
done
# What is loaded at run time, which shlibdeps cannot see.
for pkg in libqt6sql6-sqlite git libqt6core6t64 libqt6widgets6 sonnet6-plugins hunspell-en-us; do
    has_dep "$pkg" || fail "Depends lacks $pkg"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/storyloom ./usr/bin/storyloom-cli \
         ./usr/share/applications/io.github.storyloom.Storyloom.desktop \
         ./usr/share/metainfo/io.github.storyloom.Storyloom.metainfo.xml \
         ./usr/share/mime/packages/io.github.storyloom.Storyloom.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.storyloom.Storyloom.svg \
         ./usr/share/storyloom/sample/storyloom.yml \
         ./usr/share/storyloom/sample/stories/status-quo/jurgen-loses-his-place.md; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/io.github.storyloom.Storyloom.png" <<<"$contents" ||
        fail "the package lacks the ${size}px icon"
done
# Nothing from the build or the tests leaks in.
if grep -E '/(test_|storyloom-rendericon)|\.a$|/include/' <<<"$contents"; then fail "build or test files in the package"; fi
printf 'OK: %s (%s files)\n' "$(basename "$deb")" "$(wc -l <<<"$contents")"
