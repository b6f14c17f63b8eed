// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: a Qt application object (some Qt calls
// want one) and a check that aborts so libFuzzer records the input.
#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace storyloom::fuzz {

/** Makes the one QCoreApplication the process needs; call from LLVMFuzzerInitialize. */
inline void initialiseQt(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
}

/** A property the target promises: when it fails, libFuzzer keeps the input as a crash. */
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

} // namespace storyloom::fuzz
