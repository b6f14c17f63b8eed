// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QObject>

class QAction;
class QMenu;

namespace storyloom {

class MainWindow;
struct EntityTemplate;

/**
 * The editor's part of the main window: File > New from templates,
 * Settings, restoring the open tabs and cursor positions of a project
 * (QSettings, per project), and offering to recover buffers a crash left in
 * the journal. Installed once per window; it only uses MainWindow's public API,
 * and the window puts its menu and action into File.
 */
class EditorSession : public QObject
{
    Q_OBJECT
public:
    explicit EditorSession(MainWindow *window);

    /** Remembers the project's open entity tabs and cursor positions. */
    void saveTabs();
    /** Reopens what saveTabs() remembered for the current project. */
    void restoreTabs();
    /** Creates a new entity file from a template and opens it once the project has reloaded. */
    void createEntity(const EntityTemplate &entityTemplate);

    [[nodiscard]] static QString settingsKey(const QString &projectRoot);

    /** File › New: one entry per template. */
    [[nodiscard]] QMenu *newMenu() const { return m_newMenu; }
    /** File › Settings…. */
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSnapshotChanged(const Snapshot &snapshot);
    void offerRecovery();
    MainWindow *m_window;
    QMenu *m_newMenu;
    QAction *m_settingsAction;
    QString m_loadedRoot;
    QString m_pendingOpenPath;
};

} // namespace storyloom
