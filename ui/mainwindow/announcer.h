// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace storyloom {

/**
 * Says a status change out loud through the screen reader: a sync that
 * finished or stopped on conflicts, new errors in the open page. Status bar
 * text alone is silent to assistive technology.
 */
class Announcer
{
public:
    enum class Urgency {
        /** Read when the screen reader is idle. */
        Polite,
        /** Interrupts what is being read: failures and conflicts. */
        Assertive
    };

    /** Announces `message` on behalf of `source` (the widget the change shows in). */
    static void announce(QWidget *source, const QString &message, Urgency urgency = Urgency::Polite);
};

} // namespace storyloom
