// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchpanel.h"

#include "core/index/indexdatabase.h"
#include "core/util/logging.h"
#include "ui/search/hitdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace storyloom {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_query->setPlaceholderText(tr("Search: words, \"phrases\", OR, NOT, prefix*"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search the project"));
    m_type->setAccessibleName(tr("Entity type"));
    m_kind->setAccessibleName(tr("Story kind"));
    m_status->setAccessibleName(tr("Search status"));
    m_results->setAccessibleName(tr("Search results"));
    m_type->addItem(tr("All types"));
    for (EntityType type : allEntityTypes)
        m_type->addItem(pluralDisplayName(type), int(type));
    m_kind->addItem(tr("Any kind"));
    m_kind->addItem(displayName(StoryKind::StatusQuo), int(StoryKind::StatusQuo));
    m_kind->addItem(displayName(StoryKind::ShinyFuture), int(StoryKind::ShinyFuture));
    m_status->setWordWrap(true);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::start);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPanel::schedule);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            m_results->setCurrentRow(0), m_results->setFocus();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_type->currentData();
        m_kind->setEnabled(!type.isValid() || EntityType(type.toInt()) == EntityType::Story);
        start();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPanel::start);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(HitDelegate::IdRole).toString(), item->data(HitDelegate::LineRole).toInt());
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(HitDelegate::IdRole).toString(), item->data(HitDelegate::LineRole).toInt());
    });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setProjectRoot(const QString &root)
{
    if (root == m_root)
        return;
    m_root = root;
    ++m_generation; // a query still running on the previous root shows nothing
    start();
}

void SearchPanel::refresh()
{
    if (!m_query->text().trimmed().isEmpty())
        start();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::setQuery(const QString &text)
{
    m_query->setText(text);
    start();
}

int SearchPanel::hitCount() const
{
    return m_results->count();
}

void SearchPanel::schedule()
{
    m_debounce->start();
}

SearchQuery SearchPanel::currentQuery() const
{
    SearchQuery query(m_query->text());
    query.prefixLastWord = true;
    query.limit = 100;
    if (m_type->currentData().isValid())
        query.types = { EntityType(m_type->currentData().toInt()) };
    if (m_kind->isEnabled() && m_kind->currentData().isValid())
        query.kind = StoryKind(m_kind->currentData().toInt());
    return query;
}

void SearchPanel::start()
{
    m_debounce->stop();
    if (m_running) {
        m_pending = true; // collapse: one more run with whatever is typed when this one ends
        return;
    }
    const SearchQuery query = currentQuery();
    if (m_root.isEmpty() || query.text.trimmed().isEmpty()) {
        show(++m_generation, {});
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    const QString root = m_root;
    QPointer<SearchPanel> self(this);
    QThreadPool::globalInstance()->start([self, root, query, generation] {
        SearchResult result;
        IndexDatabase::Opened opened = IndexDatabase::open(root);
        if (opened.database)
            result = Searcher(opened.database->connection(), root).search(query);
        else
            result.error = opened.error;
        QMetaObject::invokeMethod(
            self,
            [self, generation, result] {
                if (!self)
                    return;
                self->m_running = false;
                self->show(generation, result);
                if (self->m_pending) {
                    self->m_pending = false;
                    self->start();
                }
            },
            Qt::QueuedConnection);
    });
}

void SearchPanel::show(quint64 generation, const SearchResult &result)
{
    if (generation != m_generation) {
        qCDebug(lcUiSearch) << "a superseded search finished; its hits are dropped";
        return;
    }
    m_result = result;
    m_results->clear();
    if (!result.ok()) {
        qCWarning(lcUiSearch).noquote() << "search failed:" << result.error;
        m_status->setText(result.error);
        m_status->setStyleSheet(QStringLiteral("color: palette(highlight);"));
        Q_EMIT resultsShown();
        return;
    }
    m_status->setStyleSheet(QString());
    if (m_query->text().trimmed().isEmpty())
        m_status->setText(QString());
    else if (result.hits.isEmpty())
        m_status->setText(tr("No matches."));
    else
        m_status->setText(tr("%n match(es)", nullptr, int(result.hits.size())));
    for (const SearchHit &hit : result.hits)
        m_results->addItem(HitDelegate::makeItem(hit));
    Q_EMIT resultsShown();
}

} // namespace storyloom
