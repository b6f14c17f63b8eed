// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/referencecompleter.h"

#include "core/index/fuzzymatcher.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>

#include <algorithm>
#include <limits>

namespace storyloom {

namespace {
constexpr int ReferenceRole = Qt::UserRole + 1;
constexpr int MaxItems = 50;
} // namespace

ReferenceCompleter::ReferenceCompleter(QLineEdit *line, EntityType type, Field field)
    : QObject(line)
    , m_line(line)
    , m_type(type)
    , m_field(field)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    // The rows are ranked here; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(line);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(line->objectName() + QStringLiteral("Completions"));
    // Keys reach the popup while it is open (and the field, when sent to it): both take Return and Tab here, before
    // the field would finish editing with the half-typed name or Tab would move on.
    m_completer->popup()->installEventFilter(this);
    line->installEventFilter(this);
    connect(line, &QLineEdit::textEdited, this, &ReferenceCompleter::update);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            if (index.isValid())
                insert(index.data(ReferenceRole).toString());
        });
}

void ReferenceCompleter::setSnapshot(const Snapshot &snapshot)
{
    if (snapshot == m_snapshot)
        return;
    m_resolver.reset();
    m_snapshot = snapshot;
}

bool ReferenceCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_completer->popup()->isVisible())
        return QObject::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Tab)
        return QObject::eventFilter(watched, event);
    const QModelIndex current = m_completer->popup()->currentIndex();
    m_completer->popup()->hide();
    if (current.isValid())
        insert(current.data(ReferenceRole).toString());
    return true;
}

QString ReferenceCompleter::typedPart() const
{
    const QString text = m_line->text().left(m_line->cursorPosition());
    return (m_field == Field::List ? text.section(u',', -1) : text).trimmed();
}

void ReferenceCompleter::update()
{
    m_model->clear();
    if (!m_snapshot)
        return;
    if (!m_resolver)
        m_resolver.emplace(*m_snapshot);
    const QString typed = typedPart();
    const FuzzyMatcher matcher(typed);
    struct Ranked
    {
        const Entity *entity;
        int score;
    };
    std::vector<Ranked> ranked;
    for (const Entity *e : m_snapshot->entitiesOfType(m_type)) {
        if (typed.isEmpty()) {
            ranked.push_back({ e, 0 });
            continue;
        }
        const std::optional<FuzzyMatcher::Match> title = matcher.match(e->title);
        const std::optional<FuzzyMatcher::Match> id = matcher.match(e->id.section(u'/', -1));
        if (title || id) {
            constexpr int none = std::numeric_limits<int>::min();
            // Titles win ties, as in quick open.
            ranked.push_back({ e, std::max(title ? title->score + 2 : none, id ? id->score : none) });
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    if (ranked.size() > size_t(MaxItems))
        ranked.resize(size_t(MaxItems));
    if (ranked.empty()) {
        m_completer->popup()->hide();
        return;
    }
    int widest = 0;
    const QFontMetrics metrics = m_completer->popup()->fontMetrics();
    for (const Ranked &r : ranked) {
        const QString reference = m_resolver->referenceFor(*r.entity);
        // The title tells items apart; the reference is what lands in the field.
        auto *item = new QStandardItem(
            reference == r.entity->title ? reference : QStringLiteral("%1  —  %2").arg(r.entity->title, reference));
        item->setData(reference, ReferenceRole);
        item->setToolTip(r.entity->id);
        m_model->appendRow(item);
        widest = std::max(widest, metrics.horizontalAdvance(item->text()));
    }
    QRect rect = m_line->rect();
    const int scrollBar = m_completer->popup()->verticalScrollBar()->sizeHint().width();
    rect.setWidth(std::clamp(widest + scrollBar + 4 * metrics.averageCharWidth(), m_line->width(),
        std::max(m_line->width(), 100 * metrics.averageCharWidth())));
    m_completer->complete(rect);
    // Return and Tab take the best match at once.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void ReferenceCompleter::insert(const QString &reference)
{
    const QString text = m_line->text();
    const int cursor = m_line->cursorPosition();
    QString head;
    QString tail;
    if (m_field == Field::List) {
        const qsizetype comma = text.left(cursor).lastIndexOf(u',');
        head = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        const qsizetype next = text.indexOf(u',', cursor);
        tail = next < 0 ? QString() : text.mid(next);
    }
    m_line->setText(head + reference + tail);
    m_line->setCursorPosition(int(head.size() + reference.size()));
    Q_EMIT inserted();
}

} // namespace storyloom
