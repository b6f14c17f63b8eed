# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Run as a script (cmake -P) on every build by the storyloom-version target,
# and once at configure time: writes storyloom/version.h with the project
# version and the checkout's current commit. configure_file() leaves the file
# untouched when nothing changed, so a build with the same commit recompiles
# nothing, and a new commit recompiles only the few files that show it.
#
# Inputs: STORYLOOM_SOURCE_DIR, STORYLOOM_VERSION_OUT, PROJECT_VERSION, GIT_EXECUTABLE.
set(STORYLOOM_GIT_COMMIT "")
if(GIT_EXECUTABLE AND EXISTS "${STORYLOOM_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -c safe.directory=* rev-parse --short=10 HEAD
        WORKING_DIRECTORY "${STORYLOOM_SOURCE_DIR}"
        OUTPUT_VARIABLE STORYLOOM_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
configure_file("${STORYLOOM_SOURCE_DIR}/core/version.h.in" "${STORYLOOM_VERSION_OUT}" @ONLY)
