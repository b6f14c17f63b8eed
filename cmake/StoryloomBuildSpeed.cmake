# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later

# What makes a from-scratch build fast (docs/performance.md has the figures):
# a faster linker, unity builds of the libraries, and precompiled Qt headers
# in every target, the tests sharing two of them.
include(CheckLinkerFlag)

# ---------------------------------------------------------------- linker
# Every test and program links the static libraries; mold (or lld) links them
# in a fraction of GNU ld's time. "default" keeps the compiler's own choice.
set(STORYLOOM_LINKER "auto" CACHE STRING "Linker: auto (mold, then lld, then the default), mold, lld or default")
set_property(CACHE STORYLOOM_LINKER PROPERTY STRINGS auto mold lld default)
set(_storyloom_linkers ${STORYLOOM_LINKER})
if(STORYLOOM_LINKER STREQUAL "auto")
    set(_storyloom_linkers mold lld)
endif()
if(NOT STORYLOOM_LINKER STREQUAL "default")
    foreach(_linker ${_storyloom_linkers})
        check_linker_flag(CXX "-fuse-ld=${_linker}" STORYLOOM_HAVE_LD_${_linker})
        if(STORYLOOM_HAVE_LD_${_linker})
            add_link_options("-fuse-ld=${_linker}")
            message(STATUS "Linking with ${_linker}")
            break()
        elseif(NOT STORYLOOM_LINKER STREQUAL "auto")
            message(FATAL_ERROR "STORYLOOM_LINKER=${STORYLOOM_LINKER}, but the compiler cannot link with it")
        endif()
    endforeach()
endif()

# ---------------------------------------------------------------- unity builds
# The libraries compile in batches: the Qt headers are parsed once per batch
# instead of once per file. Off, every file compiles on its own (a check that
# each one includes what it uses).
option(STORYLOOM_UNITY_BUILD "Compile the libraries as unity builds" ON)
set(STORYLOOM_UNITY_BATCH_SIZE 8 CACHE STRING "Source files per unity batch")

# storyloom_unity_build(target [ALONE files...]): batches the target's sources
# when unity builds are on. A batch is one translation unit, so two files
# defining the same name in an anonymous namespace (a local tr(), a role
# constant) cannot share one: list all but one of them as ALONE, paths
# relative to the calling folder, and they compile on their own.
function(storyloom_unity_build target)
    cmake_parse_arguments(ARG "" "" "ALONE" ${ARGN})
    if(NOT STORYLOOM_UNITY_BUILD)
        return()
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${STORYLOOM_UNITY_BATCH_SIZE})
    if(ARG_ALONE)
        set_source_files_properties(${ARG_ALONE} TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
endfunction()
