#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# LeakSanitizer over the CLI on a copy of wg-async (issue 11): check, stats,
# list, index and render under the asan build. Exits non-zero on the first
# leak, error report or crash. Run it inside the build environment:
#   ./dev build asan --target storyloom-cli && ./dev exec bash tests/sanitizers/lsan-cli.sh build-asan
set -euo pipefail
build=${1:-build-asan}
checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$checkout/$build/bin/storyloom-cli"
corpus="${STORYLOOM_CORPUS_DIR:-$checkout/../shared/corpus/wg-async}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/wg-async"
chmod -R u+w "$work/wg-async"
export XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$checkout/tests/sanitizers/lsan.supp:print_suppressions=0"
project="$work/wg-async"
run() {
    local status=0
    "$cli" "$@" >"$work/out" 2>"$work/err" || status=$?
    # check exits 1 when the project has problems; every other command must exit 0.
    if [ "$status" -gt 1 ] || { [ "$1" != check ] && [ "$status" -ne 0 ]; } || grep -q -e 'ERROR: LeakSanitizer' -e 'ERROR: AddressSanitizer' -e 'runtime error:' "$work/err"; then
        echo "FAIL: storyloom-cli $* (exit $status)"; cat "$work/err"; exit 1
    fi
    echo "ok: storyloom-cli $* (exit $status, $(wc -c <"$work/out") bytes out)"
}
run check "$project"
run stats "$project"
run list "$project"
run index "$project"
run render --standalone "$project" vision/status_quo
run render "$project" vision/roadmap
