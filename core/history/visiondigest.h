// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/visiondiff.h"

#include <QCoreApplication>

namespace storyloom {

/**
 * A Markdown digest of what changed between two revisions, for a monthly
 * update post: goals that changed state (with their owners), new stories and
 * pain points, pain points newly addressed, and those still open. Each entry
 * links to its page by its path in the project.
 */
class VisionDigest
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::VisionDigest)

public:
    /** `fromLabel` and `toLabel` name the revisions in the heading. */
    [[nodiscard]] static QString write(
        const VisionChanges &changes, const StoryGraph &after, const QString &fromLabel, const QString &toLabel);
};

} // namespace storyloom
