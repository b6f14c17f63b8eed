#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the screenshots in docs/screenshots/ from the bundled sample project:
# every view (editor with preview, graph, roadmap) in the light and the dark
# palette, at scale 1 and 2 (1280x800 device-independent pixels: 2560x1600 at scale 2).
#
#   ./dev exec tools/screenshots.sh [BUILD_DIR]     (default: build)
#
# Each run uses fresh settings and data folders, so nothing from the user's
# own Storyloom leaks into the pictures. Look at every PNG afterwards.

set -euo pipefail

build=${1:-build}
out=docs/screenshots
bin="$build/bin/storyloom"
[ -x "$bin" ] || { echo "screenshots: no $bin (build first)" >&2; exit 1; }
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

shot() { # NAME VIEW THEME SCALE SIZE
    local name=$1 view=$2 theme=$3 scale=$4 size=$5
    rm -rf "$home"/*
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" LANG=C.UTF-8 LANGUAGE=en \
        "$bin" --screenshot "$out/$name.png" --view "$view" --theme "$theme" --size "$size"
    echo "$out/$name.png"
}

for view in editor graph roadmap; do
    for theme in light dark; do
        shot "$view-$theme" "$view" "$theme" 1 1280x800
        shot "$view-$theme-scale2" "$view" "$theme" 2 1280x800
    done
done
