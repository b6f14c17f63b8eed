// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace storyloom {

/**
 * When git or ssh started this binary as its password helper (GIT_ASKPASS /
 * SSH_ASKPASS with STORYLOOM_ASKPASS=1, the prompt as the only argument),
 * asks the user in a small dialog, prints the answer for git and returns the
 * exit code. Returns nothing for a normal start.
 */
[[nodiscard]] std::optional<int> runAskPassIfRequested(int argc, char *argv[]);

} // namespace storyloom
