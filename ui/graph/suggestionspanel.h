// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/relationsuggester.h"
#include "core/model/storygraph.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace storyloom {

class Project;

/**
 * Relations the text suggests (RelationSuggester), one row each, with the two texts side by
 * side. The user goes through them with the keyboard: A accepts, R rejects, S or Down skips;
 * a verdict is written as content (RelationDecisions) and the project reloads. Computed off
 * the GUI thread, and only while the panel is shown.
 */
class SuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionsPanel(Project *project, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Verdict { Accept, Reject };

    /** Marks the suggestions out of date and recomputes them when the panel is shown. */
    void invalidate();
    void compute();
    void showResults(quint64 generation, const Snapshot &graph, const std::vector<Suggestion> &suggestions);
    void showCurrent();
    void decide(Verdict verdict);
    void skip();
    [[nodiscard]] const Suggestion *current() const;

    Project *m_project;
    Snapshot m_graph;
    std::vector<Suggestion> m_suggestions;
    bool m_stale = true;
    quint64 m_generation = 0;
    /** The row to make current once the list is computed again (after a verdict). */
    int m_keepRow = 0;
    QLabel *m_status;
    QListWidget *m_list;
    QLabel *m_subjectTitle;
    QLabel *m_candidateTitle;
    QTextBrowser *m_subject;
    QTextBrowser *m_candidate;
    QLabel *m_terms;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_skip;
};

} // namespace storyloom
