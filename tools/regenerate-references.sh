#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rewrites every reference file the tests compare against, from the current code:
#   tests/preview/reference/*.html  the preview of tests/preview/input/*.md (tst_markdownrenderer)
#   tests/export/reference/*        the sample roadmap's, coverage matrix's and a saved view's exports (test_exportgolden, test_exportpictures, test_savedviews)
#   tests/history/data/expected/*   the diff, digest and log of the scripted repository (test_visionhistory)
# With STORYLOOM_REGENERATE set, those tests write what they produce instead of
# comparing it; this script is the one way to set it.
# Usage: tools/regenerate-references.sh [BUILD_DIR]   (default: $STORYLOOM_BUILD_DIR or build)
# Review the diff before committing: a reference change is a behaviour change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-${STORYLOOM_BUILD_DIR:-build}}
STORYLOOM_BUILD_DIR="$build" ./dev build default --target tst_markdownrenderer test_exportgolden test_savedviews test_exportpictures test_visionhistory storyloom-cli
for test in "tst_markdownrenderer referenceOutputs" "test_exportgolden textFormats" "test_exportgolden matrixExports" "test_savedviews storyMapViewMatchesItsGoldenFile" "test_exportpictures pictures" \
    "test_visionhistory diffFollowsRenames diffOverTheWholeHistory markdownDigest logCounts"; do
    # shellcheck disable=SC2086 # program and test function
    ./dev exec env STORYLOOM_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build"/bin/$test >/dev/null
done
git status --short -- tests/preview/reference tests/export/reference tests/history/data/expected
