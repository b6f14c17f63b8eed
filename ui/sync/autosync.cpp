// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/autosync.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace storyloom {

namespace {
const QString everyKey = QStringLiteral("sync/autoEveryMinutes");
const QString idleKey = QStringLiteral("sync/autoIdleMinutes");
constexpr int minute = 60 * 1000;
} // namespace

AutoSync::AutoSync(QObject *parent)
    : QObject(parent)
    , m_every(new QTimer(this))
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_every, &QTimer::timeout, this, &AutoSync::turn);
    connect(m_idle, &QTimer::timeout, this, &AutoSync::turn);
    reload();
}

AutoSync::~AutoSync()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int AutoSync::everyMinutes()
{
    return qMax(0, QSettings().value(everyKey, 0).toInt());
}

int AutoSync::idleMinutes()
{
    return qMax(0, QSettings().value(idleKey, 0).toInt());
}

void AutoSync::setMinutes(int every, int idle)
{
    QSettings settings;
    settings.setValue(everyKey, qMax(0, every));
    settings.setValue(idleKey, qMax(0, idle));
}

void AutoSync::reload()
{
    setIntervals(everyMinutes() * minute, idleMinutes() * minute);
}

void AutoSync::setIntervals(int everyMs, int idleMs)
{
    m_every->stop();
    m_idle->stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    if (everyMs > 0) {
        m_every->setInterval(everyMs);
        m_every->start();
    }
    if (idleMs > 0) {
        m_idle->setInterval(idleMs);
        m_idle->start();
        // Any key or mouse input in the app restarts the idle count.
        if (QCoreApplication::instance())
            QCoreApplication::instance()->installEventFilter(this);
    }
}

bool AutoSync::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle->interval() > 0)
            m_idle->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoSync::turn()
{
    if (m_canSync && !m_canSync()) {
        // Not an error to show: a sync is running, or there is nothing to sync yet.
        qCInfo(lcUiSync) << "automatic sync turn skipped: the project cannot sync now";
        return;
    }
    Q_EMIT due();
}

} // namespace storyloom
