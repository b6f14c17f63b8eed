// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/searcher.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace storyloom {

/**
 * Project-wide full-text search (Ctrl+Shift+F): ranked hits with the
 * matched words highlighted, filters by entity type and story kind; a click
 * opens the entity at the matching line. Queries run on the thread pool with
 * their own database connection; while one runs, newer keystrokes collapse
 * into one follow-up query.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    /** The project whose index is searched (empty: nothing to search). */
    void setProjectRoot(const QString &root);
    /** Runs the current query again (the index changed). */
    void refresh();
    /** Focuses the query field with its text selected. */
    void focusQuery();
    void setQuery(const QString &text);

    [[nodiscard]] int hitCount() const;
    /** The last result shown (tests). */
    [[nodiscard]] const SearchResult &lastResult() const { return m_result; }
    [[nodiscard]] bool isSearching() const { return m_running; }

Q_SIGNALS:
    void openRequested(const QString &entityId, int line);
    /** A result arrived (after a query or a refresh). */
    void resultsShown();

private:
    void schedule();
    void start();
    void show(quint64 generation, const SearchResult &result);
    [[nodiscard]] SearchQuery currentQuery() const;

    QLineEdit *m_query;
    QComboBox *m_type;
    QComboBox *m_kind;
    QLabel *m_status;
    QListWidget *m_results;
    QTimer *m_debounce;
    QString m_root;
    SearchResult m_result;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace storyloom
