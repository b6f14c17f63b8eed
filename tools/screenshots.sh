#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the screenshots in docs/screenshots/ from the bundled sample project:
# every view (editor with preview, graph, roadmap) in the light and the dark
# palette, at scale 1 and 2, and in the high-contrast palette (1280x800 device-independent pixels: 2560x1600 at scale 2).
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
# Focus mode (F11): the editor alone, in a centred column.
shot focus-light focus light 1 1280x800
shot focus-dark focus dark 1 1280x800

# Spell checking needs what a rendering cannot give: a pause after the text is shown and
# the context menu, a window of its own. So this one is the real window on an X server:
# Xvfb, openbox, xdotool and ImageMagick's import, which ./dev's packages leave out
# (apt-get install openbox xdotool imagemagick in the build root to refresh it).
if command -v Xvfb >/dev/null && command -v openbox >/dev/null && command -v xdotool >/dev/null &&
    command -v import >/dev/null; then
    rm -rf "$home"/*
    sample="$home/sample"
    cp -r resources/sample "$sample"
    story="$sample/stories/status-quo/amaras-reading-circle.md"
    # A few misspellings in prose, and the same kind of words in code and a link target, left alone.
    sed -i 's/reading in five$/readng in five/; s/^languages, and Amara/langauges, and Amara/' "$story"
    sed -i 's/^Sign-ups arrive by e-mail,/Sign-ups (`signup_recieved`) arrive by e-mail,/' "$story"
    display=:97
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
    xvfb=$!
    sleep 1
    DISPLAY=$display openbox &
    wm=$!
    DISPLAY=$display XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        LANG=C.UTF-8 LANGUAGE=en "$bin" --view editor --theme light "$sample" &
    app=$!
    window=$(DISPLAY=$display xdotool search --sync --onlyvisible --name Storyloom | head -n1)
    DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
    sleep 3
    # Quick open brings the story; Find puts the cursor on the word; the menu key opens the context menu there.
    DISPLAY=$display xdotool key ctrl+p
    sleep 0.5
    DISPLAY=$display xdotool type --delay 30 'circle outgrows'
    sleep 0.5
    DISPLAY=$display xdotool key Return
    sleep 2
    DISPLAY=$display xdotool key ctrl+f
    sleep 0.5
    DISPLAY=$display xdotool type --delay 30 langauges
    DISPLAY=$display xdotool key Return Escape
    sleep 1
    DISPLAY=$display xdotool key Menu
    sleep 1
    DISPLAY=$display import -window root "$out/spelling-light.png"
    echo "$out/spelling-light.png"
    kill "$app" "$wm" "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
else
    echo "screenshots: Xvfb, openbox, xdotool or import missing: spelling-light.png left as it is" >&2
fi

# High contrast (Settings › Colours › High contrast): every view at scale 2, as low vision
# often combines the two, and the graph at scale 1.
for view in editor graph roadmap; do
    shot "$view-high-contrast-scale2" "$view" high-contrast 2 1280x800
done
shot graph-high-contrast graph high-contrast 1 1280x800

# One graph export as its reader draws it (Graphviz): every relation kind in a line and head of its own.
if command -v dot >/dev/null; then
    "$build/bin/storyloom-cli" export --graph --format dot -o - resources/sample | dot -Tpng -Gdpi=72 -o "$out/graph-export-dot.png"
    command -v convert >/dev/null && convert "$out/graph-export-dot.png" -colors 128 "PNG8:$out/graph-export-dot.png"
    echo "$out/graph-export-dot.png"
fi
