// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"

#include <QString>

namespace storyloom {

/**
 * A failed history query: a Diagnostic (an error with no place in the
 * content) whose message is a translated sentence for the user, with a code
 * the program branches on. The CLI exits 1 on each.
 */
struct HistoryError : Diagnostic
{
    enum class Code { None, GitMissing, NotRepository, NoCommits, UnknownRevision, GitFailed, Cancelled };

    Code code = Code::None;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    [[nodiscard]] static HistoryError make(Code code, QString message = {})
    {
        HistoryError error;
        error.code = code;
        error.message = std::move(message);
        return error;
    }
};

} // namespace storyloom
