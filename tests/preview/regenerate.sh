#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rewrites tests/preview/reference/*.html from tests/preview/input/*.md with the
# preview pipeline, exactly as tst_markdownrenderer renders them (the same
# output as `storyloom-cli render tests/preview/input NAME.md`).
# Usage: ./dev exec tests/preview/regenerate.sh [BUILD_DIR]   (default: build)
# Review the diff before committing: a reference change is a behaviour change.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$here/../.." && pwd)/${1:-build}"
cmake --build "$build" --target tst_markdownrenderer
STORYLOOM_REGENERATE=1 QT_QPA_PLATFORM=offscreen "$build/bin/tst_markdownrenderer" referenceOutputs
git -C "$here" status --short -- reference
