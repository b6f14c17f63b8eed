// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

namespace storyloom {

/** Node positions of one graph view state, and which nodes the user pinned. */
struct CachedLayout
{
    QHash<QString, QPointF> positions;
    QSet<QString> pinned;
};

/**
 * Remembers graph layouts per project and per filter so the graph reopens as
 * it was. Stored as JSON under the user's cache folder (never in the content
 * folder), keyed by the project path; disposable like every cache.
 */
class LayoutCache
{
public:
    /** `directory` empty: QStandardPaths::CacheLocation/graph-layouts. */
    explicit LayoutCache(QString directory = {});

    [[nodiscard]] CachedLayout load(const QString &projectPath, const QString &viewKey) const;
    /** Writes atomically; returns false (and keeps the old file) when it cannot. */
    bool save(const QString &projectPath, const QString &viewKey, const CachedLayout &layout) const;
    [[nodiscard]] QString fileFor(const QString &projectPath) const;

private:
    QString m_directory;
};

} // namespace storyloom
