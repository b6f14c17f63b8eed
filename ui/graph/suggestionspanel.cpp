// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/suggestionspanel.h"

#include "core/extract/projectloader.h"
#include "core/project/project.h"
#include "core/project/relationdecisions.h"
#include "core/util/logging.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>

namespace storyloom {

namespace {
/** Suggestions below this score are noise to a reader. */
constexpr double shownMinScore = 0.1;
constexpr int candidatesShown = 3;

/** The entity's own text; its title is above it already. */
QString markdownOf(const Entity &entity)
{
    return entity.body.isEmpty() ? entity.title : QString::fromUtf8(entity.body);
}
} // namespace

SuggestionsPanel::SuggestionsPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_subjectTitle(new QLabel(this))
    , m_candidateTitle(new QLabel(this))
    , m_subject(new QTextBrowser(this))
    , m_candidate(new QTextBrowser(this))
    , m_terms(new QLabel(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_skip(new QPushButton(tr("&Skip"), this))
{
    m_status->setObjectName(QStringLiteral("suggestionsStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setToolTip(tr("A: accept · R: reject · S or Down: skip"));
    m_list->setAccessibleName(tr("Suggested relations"));
    m_list->setAccessibleDescription(m_list->toolTip());
    m_subject->setObjectName(QStringLiteral("suggestionSubject"));
    m_candidate->setObjectName(QStringLiteral("suggestionCandidate"));
    m_subject->setAccessibleName(tr("The page the relation starts from"));
    m_candidate->setAccessibleName(tr("The page the relation would lead to"));
    m_terms->setObjectName(QStringLiteral("suggestionTerms"));
    m_terms->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestion"));
    m_skip->setObjectName(QStringLiteral("skipSuggestion"));
    m_accept->setToolTip(tr("Keep this relation (A)"));
    m_reject->setToolTip(tr("Never suggest this relation again (R)"));
    m_skip->setToolTip(tr("Decide later (S or Down)"));
    // The buttons leave the keyboard on the list.
    for (QPushButton *button : { m_accept, m_reject, m_skip })
        button->setFocusPolicy(Qt::NoFocus);
    m_list->installEventFilter(this);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    for (auto [title, text] :
        { std::pair { m_subjectTitle, m_subject }, std::pair { m_candidateTitle, m_candidate } }) {
        auto *side = new QWidget(sides);
        auto *layout = new QVBoxLayout(side);
        layout->setContentsMargins(0, 0, 0, 0);
        title->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(text, 1);
        text->setOpenLinks(false);
        text->setFocusPolicy(Qt::NoFocus);
        sides->addWidget(side);
    }
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_list);
    vertical->addWidget(sides);
    vertical->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_terms);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SuggestionsPanel::showCurrent);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(Verdict::Accept); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(Verdict::Reject); });
    connect(m_skip, &QPushButton::clicked, this, &SuggestionsPanel::skip);
    connect(m_project, &Project::opened, this, [this] {
        m_keepRow = 0;
        m_graph.reset();
        m_suggestions.clear();
        m_list->clear();
        invalidate();
    });
    connect(m_project, &Project::snapshotChanged, this, &SuggestionsPanel::invalidate);
    showCurrent();
}

void SuggestionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

bool SuggestionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_A:
            decide(Verdict::Accept);
            return true;
        case Qt::Key_R:
            decide(Verdict::Reject);
            return true;
        case Qt::Key_S:
            skip();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SuggestionsPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        compute();
}

void SuggestionsPanel::compute()
{
    const QString root = m_project->rootPath();
    if (root.isEmpty() || !m_project->snapshot())
        return;
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Looking for suggestions…"));
    QPointer<SuggestionsPanel> self(this);
    // The project's snapshot comes from the index without the texts: the ranking reads the files.
    QThreadPool::globalInstance()->start([self, root, generation] {
        const Snapshot graph = ProjectLoader::load(root);
        std::vector<Suggestion> suggestions;
        if (graph) {
            SuggestOptions options;
            options.minScore = shownMinScore;
            options.limit = candidatesShown;
            options.rejected = RelationDecisions(graph).rejected();
            suggestions = RelationSuggester::suggest(*graph, options);
        }
        QMetaObject::invokeMethod(
            self,
            [self, generation, graph, suggestions = std::move(suggestions)] {
                if (self)
                    self->showResults(generation, graph, suggestions);
            },
            Qt::QueuedConnection);
    });
}

void SuggestionsPanel::showResults(
    quint64 generation, const Snapshot &graph, const std::vector<Suggestion> &suggestions)
{
    if (generation != m_generation)
        return; // a later computation is on its way
    m_graph = graph;
    m_suggestions = suggestions;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Suggestion &s : m_suggestions) {
        const Entity *subject = m_graph->entity(s.subject);
        const Entity *candidate = m_graph->entity(s.candidate);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 → %3")
                .arg(QString::number(s.score, 'f', 2), subject->title.left(80), candidate->title));
        item->setToolTip(QStringLiteral("%1\n→ %2").arg(subject->title, candidate->title));
        m_list->addItem(item);
    }
    m_status->setText(m_suggestions.empty()
            ? tr("No suggestions: every pain point the text ties to a goal is linked or decided.")
            : tr("%n suggestion(s). A accepts, R rejects, S or Down skips.", nullptr, int(m_suggestions.size())));
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(m_keepRow, m_list->count() - 1));
    showCurrent();
}

const Suggestion *SuggestionsPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_suggestions.size()) && m_graph ? &m_suggestions[size_t(row)] : nullptr;
}

void SuggestionsPanel::showCurrent()
{
    const Suggestion *s = current();
    for (QPushButton *button : { m_accept, m_reject, m_skip })
        button->setEnabled(s);
    if (!s) {
        m_subjectTitle->clear();
        m_candidateTitle->clear();
        m_subject->clear();
        m_candidate->clear();
        m_terms->clear();
        return;
    }
    const Entity *subject = m_graph->entity(s->subject);
    const Entity *candidate = m_graph->entity(s->candidate);
    m_subjectTitle->setText(QStringLiteral("<b>%1</b>: %2")
            .arg(displayName(subject->type).toHtmlEscaped(), subject->title.toHtmlEscaped()));
    m_candidateTitle->setText(QStringLiteral("<b>%1</b> (%2): %3")
            .arg(displayName(candidate->type).toHtmlEscaped(), displayName(s->kind).toHtmlEscaped(),
                candidate->title.toHtmlEscaped()));
    m_subject->setMarkdown(markdownOf(*subject));
    m_candidate->setMarkdown(markdownOf(*candidate));
    m_terms->setText(tr("Shared words: %1").arg(s->terms.join(QStringLiteral(", "))));
}

void SuggestionsPanel::decide(Verdict verdict)
{
    const Suggestion *s = current();
    if (!s)
        return;
    const RelationDecisions decisions(m_graph);
    const WriteResult result = verdict == Verdict::Accept ? decisions.accept(s->kind, s->from, s->to)
                                                          : decisions.reject(s->kind, s->from, s->to);
    if (!result.ok) {
        qCWarning(lcUiGraph).noquote() << "a suggestion's verdict was not written:" << result.error;
        m_status->setText(tr("Not saved: %1").arg(result.error));
        return;
    }
    // Gone from the list at once; the reload brings the rest up to date.
    const int row = m_list->currentRow();
    m_suggestions.erase(m_suggestions.begin() + row);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    }
    m_keepRow = row;
    showCurrent();
    m_status->setText(verdict == Verdict::Accept ? tr("Accepted: written to %1").arg(result.path)
                                                 : tr("Rejected: written to %1").arg(result.path));
    m_project->reload();
}

void SuggestionsPanel::skip()
{
    if (m_list->currentRow() + 1 < m_list->count())
        m_list->setCurrentRow(m_list->currentRow() + 1);
    m_keepRow = m_list->currentRow();
}

} // namespace storyloom
