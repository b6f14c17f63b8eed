// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/announcer.h"

#include "core/util/logging.h"

#include <QAccessible>
#include <QWidget>

namespace storyloom {

void Announcer::announce(QWidget *source, const QString &message, Urgency urgency)
{
    if (!source || message.isEmpty()) {
        qCDebug(lcUiMainWindow) << "nothing to announce from" << source;
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(source, message);
    event.setPoliteness(urgency == Urgency::Assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                                      : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    // Before Qt 6.8 there is no announcement: the source's changed name is the closest a reader reads.
    Q_UNUSED(urgency);
    source->setAccessibleName(message);
    QAccessibleEvent event(source, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
#endif
}

} // namespace storyloom
