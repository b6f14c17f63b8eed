#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the golden files in tests/export/reference/ from the current
# writers. Review the diff before committing it: a change here is a change in
# what users get.
#   usage: tests/export/update-references.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/../.."
build=${1:-${STORYLOOM_BUILD_DIR:-build}}
./dev exec cmake --build "$build" --target test_exportgolden storyloom-cli
./dev exec env STORYLOOM_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen "$build/bin/test_exportgolden" textFormats
./dev exec cmake --build "$build" --target test_exportpictures
./dev exec env STORYLOOM_UPDATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen "$build/bin/test_exportpictures" pictures
git status --short tests/export/reference
