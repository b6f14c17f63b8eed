# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The version comes from project(); the commit is added when building from a
# checkout so bug reports name exactly what was built.
set(STORYLOOM_GIT_COMMIT "")
find_program(GIT_EXECUTABLE git)
if(GIT_EXECUTABLE AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -c safe.directory=* rev-parse --short=10 HEAD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE STORYLOOM_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
configure_file("${PROJECT_SOURCE_DIR}/core/version.h.in" "${PROJECT_BINARY_DIR}/generated/storyloom/version.h" @ONLY)
