// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

namespace storyloom::cli {

/**
 * Prints the gap analysis of `graph` (`check --gaps`): one gap a line as
 * `path:line: gap: kind: title: detail (evidence)`, ranked (GapAnalysis::findAll()), or
 * one JSON object. Returns the exit code.
 */
int reportGaps(const StoryGraph &graph, bool json);

} // namespace storyloom::cli
