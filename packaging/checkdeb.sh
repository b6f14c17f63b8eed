#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs INSIDE a fresh, minimal Debian 13 root (made by `./dev package --check`):
# installs the .deb with apt so it must pull every runtime dependency by itself,
# then uses what it installed the way a user would.
#
#   checkdeb.sh /path/to/storyloom_VERSION_amd64.deb OUTDIR
# OUTDIR receives stats.json, screenshot.png and install.log.
set -euo pipefail

deb=$1 out=$2
fail() { printf 'checkdeb: FAIL: %s\n' "$*" >&2; exit 1; }
step() { printf 'checkdeb: %s\n' "$*" >&2; }
mkdir -p "$out"

export DEBIAN_FRONTEND=noninteractive
[ ! -e /usr/bin/storyloom ] || fail "the root is not fresh: storyloom is already installed"
step "installing $(basename "$deb") with apt (no recommends)"
apt-get update -qq >"$out/install.log" 2>&1 || { tail -n 20 "$out/install.log"; fail "apt-get update"; }
apt-get install -y --no-install-recommends "$deb" >>"$out/install.log" 2>&1 ||
    { tail -n 30 "$out/install.log"; fail "apt-get install ./$(basename "$deb")"; }
grep -E '^(Setting up|Unpacking) ' "$out/install.log" | grep -c 'Setting up' | xargs printf 'checkdeb: %s packages set up\n' >&2

step "installed files"
for f in /usr/bin/storyloom /usr/bin/storyloom-cli \
         /usr/share/applications/io.github.storyloom.Storyloom.desktop \
         /usr/share/metainfo/io.github.storyloom.Storyloom.metainfo.xml \
         /usr/share/mime/packages/io.github.storyloom.Storyloom.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.storyloom.Storyloom.svg \
         /usr/share/icons/hicolor/16x16/apps/io.github.storyloom.Storyloom.png \
         /usr/share/icons/hicolor/512x512/apps/io.github.storyloom.Storyloom.png \
         /usr/share/storyloom/sample/storyloom.yml; do
    [ -s "$f" ] || fail "missing $f"
done

step "storyloom-cli --version"
version=$(storyloom-cli --version) || fail "storyloom-cli --version exited $?"
printf '  %s\n' "$version" >&2
[[ $version == *"$(dpkg-query -W -f '${Version}' storyloom)"* ]] || fail "--version does not name the package version: $version"

step "storyloom-cli stats --json on the installed sample project"
# A copy, as a user would work on it: the installed one is read-only for users.
cp -r /usr/share/storyloom/sample "$out/sample"
storyloom-cli stats --json "$out/sample" >"$out/stats.json" || fail "stats --json exited $?"
grep -Eq '"character": *4[,}[:space:]]' "$out/stats.json" ||
    fail "stats.json does not count the sample's 4 characters: $(head -c 400 "$out/stats.json")"
grep -Eq '"shiny-future": *3[,}[:space:]]' "$out/stats.json" ||
    fail "stats.json does not count the sample's 3 shiny-future stories: $(head -c 400 "$out/stats.json")"

step "storyloom --version and --screenshot (offscreen)"
export QT_QPA_PLATFORM=offscreen HOME="$out/home"
mkdir -p "$HOME"
gui_version=$(storyloom --version) || fail "storyloom --version exited $?"
printf '  %s\n' "$gui_version" >&2
[ "${gui_version#storyloom }" = "${version#storyloom-cli }" ] || fail "the two binaries disagree: '$gui_version' vs '$version'"
storyloom --screenshot "$out/screenshot.png" "$out/sample" 2>"$out/screenshot.log" ||
    { cat "$out/screenshot.log" >&2; fail "storyloom --screenshot exited $?"; }
[ "$(head -c 8 "$out/screenshot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
size=$(stat -c %s "$out/screenshot.png")
[ "$size" -gt 20000 ] || fail "the screenshot is suspiciously small ($size bytes): a blank window?"
step "OK: installed, versions agree, stats and screenshot ($size bytes) work"
