// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace storyloom::cli {

/**
 * The translation context of the subcommands' messages: `CliText::tr()` files
 * them under `storyloom::cli` for lupdate and looks them up under the same
 * name at run time (a free tr() in a namespace would leave lupdate guessing).
 */
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::cli)
};

} // namespace storyloom::cli
