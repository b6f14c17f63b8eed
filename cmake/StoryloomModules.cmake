# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Every core/ folder is a static library of its own (storyloom-<folder>), and
# the dependencies between them are the ones its CMakeLists.txt declares
# with target_link_libraries: PUBLIC when its headers include the other
# module's, PRIVATE when only its sources do. They only point down;
# `./dev deps` prints the graph and fails on a cycle.
#
# The build enforces the graph: a module's headers are reachable only
# through the include directory of its own library. At configure time each
# header listed in a module's sources is linked (a symlink, so edits need no
# reconfigure) into ${PROJECT_BINARY_DIR}/include/<folder>/core/<folder>/,
# and that folder alone is the library's include directory. The source tree
# itself is on no include path, so `#include "core/index/indexer.h"` compiles
# only in a target that links storyloom-index: an undeclared dependency, or
# one pointing up (which would close a cycle), fails to compile.
# ui/ is one library; its headers are staged the same way under
# ${PROJECT_BINARY_DIR}/include/ui/ui/<folder>/.

# storyloom_stage_headers(target root subdir sources...): links the headers
# among `sources` (relative to the calling folder) into root/subdir and makes
# root the target's PUBLIC include directory.
function(storyloom_stage_headers target root subdir)
    set(staged ${root}/${subdir})
    # Start empty: a header dropped from the list must not stay reachable.
    file(REMOVE_RECURSE ${staged})
    foreach(source ${ARGN})
        if(source MATCHES "\\.h$")
            get_filename_component(dir ${staged}/${source} DIRECTORY)
            file(MAKE_DIRECTORY ${dir})
            file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${source} ${staged}/${source} SYMBOLIC)
        endif()
    endforeach()
    target_include_directories(${target} PUBLIC ${root})
endfunction()

# storyloom_core_module(folder SOURCES files... [ALONE files...]): the library
# storyloom-<folder> of one core/ folder. Links Qt Core; the caller declares
# the modules (and libraries) it uses with target_link_libraries. ALONE:
# sources kept out of unity batches (see storyloom_unity_build).
function(storyloom_core_module folder)
    cmake_parse_arguments(ARG "" "" "SOURCES;ALONE" ${ARGN})
    set(target storyloom-${folder})
    add_library(${target} STATIC ${ARG_SOURCES})
    # AUTOGEN_ORIGIN_DEPENDS OFF: moc needs no module below built first (none generates
    # headers), so the modules' moc steps need not wait for each other.
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOGEN_ORIGIN_DEPENDS OFF)
    storyloom_stage_headers(${target} ${PROJECT_BINARY_DIR}/include/${folder} core/${folder} ${ARG_SOURCES})
    target_link_libraries(${target} PUBLIC Qt6::Core)
    storyloom_target_defaults(${target})
    # The Qt and standard headers most core files use, parsed once for all modules.
    target_precompile_headers(${target} REUSE_FROM storyloom-pch-core)
    storyloom_unity_build(${target} ALONE ${ARG_ALONE})
    # storyloom-core aggregates every module for the programs and the tests.
    set_property(GLOBAL APPEND PROPERTY STORYLOOM_CORE_MODULES ${target})
endfunction()
