// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storygraph.h"

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace storyloom {

/**
 * One open entity: its source beside its preview. The tab the project tree,
 * search, graph and links open into.
 */
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(const Snapshot &snapshot, const QString &entityId, QWidget *parent = nullptr);

    [[nodiscard]] QString entityId() const { return m_entityId; }
    void setSnapshot(const Snapshot &snapshot);
    /** Puts the cursor on a 1-based line of the file (0 keeps it). */
    void goToLine(int line);

private:
    QString m_entityId;
    Snapshot m_snapshot;
    QPlainTextEdit *m_source;
    QTextBrowser *m_preview;
};

} // namespace storyloom
