# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The version comes from project(); the commit is added when building from a
# checkout so bug reports name exactly what was built. The commit is read at
# build time (target storyloom-version), not only when CMake runs: otherwise
# `--version` would name a stale commit after every `git commit` + build.
find_program(GIT_EXECUTABLE git)
set(STORYLOOM_VERSION_HEADER "${PROJECT_BINARY_DIR}/generated/storyloom/version.h")
set(_storyloom_version_args
    -DSTORYLOOM_SOURCE_DIR=${PROJECT_SOURCE_DIR}
    -DSTORYLOOM_VERSION_OUT=${STORYLOOM_VERSION_HEADER}
    -DPROJECT_VERSION=${PROJECT_VERSION}
    -DGIT_EXECUTABLE=${GIT_EXECUTABLE})
# Once now, so the header exists for the first build and for IDEs.
execute_process(COMMAND ${CMAKE_COMMAND} ${_storyloom_version_args} -P ${PROJECT_SOURCE_DIR}/cmake/StoryloomWriteVersion.cmake)
# And on every build; the header is rewritten only when it changes.
add_custom_target(storyloom-version
    COMMAND ${CMAKE_COMMAND} ${_storyloom_version_args} -P ${PROJECT_SOURCE_DIR}/cmake/StoryloomWriteVersion.cmake
    BYPRODUCTS ${STORYLOOM_VERSION_HEADER}
    VERBATIM)
