// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/layoutcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace storyloom {

namespace {
constexpr qsizetype maxViewsPerProject = 24;
}

LayoutCache::LayoutCache(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/graph-layouts")
                      : std::move(directory))
{
}

QString LayoutCache::fileFor(const QString &projectPath) const
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(projectPath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + u'/' + QString::fromLatin1(hash.left(20)) + QStringLiteral(".json");
}

CachedLayout LayoutCache::load(const QString &projectPath, const QString &viewKey) const
{
    CachedLayout layout;
    QFile file(fileFor(projectPath));
    if (!file.open(QIODevice::ReadOnly))
        return layout;
    const QJsonObject view = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("views")).toObject().value(viewKey).toObject();
    const QJsonObject positions = view.value(QStringLiteral("positions")).toObject();
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (xy.size() == 2)
            layout.positions.insert(it.key(), QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    for (const QJsonValue &id : view.value(QStringLiteral("pinned")).toArray())
        layout.pinned.insert(id.toString());
    return layout;
}

bool LayoutCache::save(const QString &projectPath, const QString &viewKey, const CachedLayout &layout) const
{
    const QString path = fileFor(projectPath);
    QJsonObject root;
    {
        QFile old(path);
        if (old.open(QIODevice::ReadOnly))
            root = QJsonDocument::fromJson(old.readAll()).object();
    }
    QJsonObject views = root.value(QStringLiteral("views")).toObject();
    QJsonArray order = root.value(QStringLiteral("order")).toArray();
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        if (order.at(i).toString() == viewKey)
            order.removeAt(i);
    }
    order.append(viewKey);
    while (order.size() > maxViewsPerProject) {
        views.remove(order.first().toString());
        order.removeFirst();
    }
    QJsonObject positions;
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it)
        positions.insert(it.key(), QJsonArray{qRound(it->x() * 10) / 10.0, qRound(it->y() * 10) / 10.0});
    QJsonArray pinned;
    for (const QString &id : layout.pinned)
        pinned.append(id);
    views.insert(viewKey, QJsonObject{{QStringLiteral("positions"), positions}, {QStringLiteral("pinned"), pinned}});
    root.insert(QStringLiteral("project"), projectPath);
    root.insert(QStringLiteral("views"), views);
    root.insert(QStringLiteral("order"), order);

    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace storyloom
