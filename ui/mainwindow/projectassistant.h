// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QObject>

class QAction;
class QPushButton;

namespace storyloom {

class MainWindow;

/**
 * Offers "Describe this project" (DescribeProjectDialog) when a project opens with
 * few typed pages (under a fifth of them): a button in the status bar, and always
 * File › Describe This Project…. Writes the rules the user confirms to the
 * project's storyloom.yml and loads the project again.
 */
class ProjectAssistant : public QObject
{
    Q_OBJECT
public:
    explicit ProjectAssistant(MainWindow *window);

    /** File › Describe This Project…. */
    [[nodiscard]] QAction *action() const { return m_action; }
    /** Opens the assistant on the project as it is. */
    void describe();

private:
    void onSnapshot(const Snapshot &snapshot);

    MainWindow *m_window;
    QAction *m_action;
    QPushButton *m_offer;
    /** The project the offer was last weighed for: once per opening, not on every reload. */
    QString m_weighed;
};

} // namespace storyloom
