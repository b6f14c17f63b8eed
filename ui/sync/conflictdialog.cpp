// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/conflictdialog.h"

#include "core/sync/conflictresolver.h"
#include "core/sync/worddiff.h"
#include "ui/settings/apptheme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

namespace storyloom {

namespace {
QPlainTextEdit *textPane(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

/** One step of the author's choices, undone and redone by the dialog's undo stack. */
class ChoiceCommand : public QUndoCommand
{
public:
    ChoiceCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

/** A side's lines as rich text, the words that differ from the other side on `mark`. */
QString markedHtml(const QString &text, const QList<TextRange> &changed, const QColor &mark)
{
    QString shown = text;
    if (shown.endsWith(u'\n'))
        shown.chop(1);
    if (shown.endsWith(u'\r'))
        shown.chop(1);
    const auto escaped = [](QStringView part) {
        return part.toString()
            .toHtmlEscaped()
            .replace(QStringLiteral("\r\n"), QStringLiteral("<br>"))
            .replace(u'\n', QStringLiteral("<br>"));
    };
    QString html;
    qsizetype at = 0;
    for (const TextRange &range : changed) {
        const qsizetype start = std::min(range.start, shown.size());
        const qsizetype end = std::min(range.start + range.length, shown.size());
        if (start >= end)
            continue;
        html += escaped(QStringView(shown).sliced(at, start - at));
        html += QStringLiteral("<span style=\"background-color:%1\">").arg(mark.name())
            + escaped(QStringView(shown).sliced(start, end - start)) + QStringLiteral("</span>");
        at = end;
    }
    html += escaped(QStringView(shown).sliced(at));
    if (shown.isEmpty())
        html = QStringLiteral("<i>%1</i>").arg(ConflictDialog::tr("(nothing: this side removed these lines)"));
    return QStringLiteral("<div style=\"white-space:pre-wrap\">%1</div>").arg(html);
}

/** Backgrounds for the words each side changed, readable on the palette in use. */
std::pair<QColor, QColor> markColors()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    if (base.lightness() >= 128)
        return { QColor(0xcf, 0xe2, 0xff), QColor(0xff, 0xe5, 0xa8) };
    return { AppTheme::tint(QColor(0x2f, 0x81, 0xf7), base, 0.45f),
        AppTheme::tint(QColor(0xd2, 0x99, 0x22), base, 0.45f) };
}
} // namespace

ConflictDialog::ConflictDialog(const QString &topLevel, QWidget *parent)
    : QDialog(parent)
    , m_topLevel(topLevel)
    , m_resolver(std::make_unique<ConflictResolver>(topLevel))
    , m_paths(new QListWidget(this))
    , m_views(new QTabWidget(this))
    , m_changes(new QWidget(this))
    , m_changesLayout(new QVBoxLayout(m_changes))
    , m_ours(textPane(this))
    , m_theirs(textPane(this))
    , m_merged(textPane(this))
    , m_message(new QLabel(this))
    , m_takeOurs(new QPushButton(tr("Whole File: &Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Whole File: &Theirs"), this))
    , m_saveMerged(new QPushButton(tr("&Save Resolution"), this))
    , m_finish(new QPushButton(tr("&Finish Sync"), this))
    , m_abort(new QPushButton(tr("&Abort Sync"), this))
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Resolve Conflicts"));
    m_paths->setObjectName(QStringLiteral("paths"));
    m_paths->setAccessibleName(tr("Conflicted files"));
    m_views->setAccessibleName(tr("Views of the conflict"));
    m_views->tabBar()->setAccessibleName(m_views->accessibleName());
    m_ours->setAccessibleName(tr("Yours (this computer)"));
    m_theirs->setAccessibleName(tr("Theirs (the remote)"));
    m_merged->setAccessibleName(tr("Result"));
    m_message->setAccessibleName(tr("Conflict status"));
    m_ours->setObjectName(QStringLiteral("ours"));
    m_theirs->setObjectName(QStringLiteral("theirs"));
    m_merged->setObjectName(QStringLiteral("merged"));
    m_changes->setObjectName(QStringLiteral("changes"));
    m_takeOurs->setObjectName(QStringLiteral("wholeFileMine"));
    m_takeTheirs->setObjectName(QStringLiteral("wholeFileTheirs"));
    m_saveMerged->setObjectName(QStringLiteral("saveResolution"));
    m_paths->setTextElideMode(Qt::ElideLeft);
    m_message->setWordWrap(true);
    m_merged->setToolTip(tr("The file as it will be saved. Changes not decided yet still show both versions."));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_changes);
    auto *result = new QSplitter(Qt::Vertical, this);
    result->addWidget(scroll);
    result->addWidget(titled(tr("Result"), m_merged));
    result->setStretchFactor(0, 3);
    result->setStretchFactor(1, 1);
    auto *whole = new QSplitter(Qt::Horizontal, this);
    whole->addWidget(titled(tr("Yours (this computer)"), m_ours));
    whole->addWidget(titled(tr("Theirs (the remote)"), m_theirs));
    m_views->addTab(result, tr("Changes"));
    m_views->addTab(whole, tr("Whole Files"));
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_paths);
    main->addWidget(m_views);
    main->setStretchFactor(1, 4);
    main->setSizes({ 260, 1040 });

    auto *undo = new QPushButton(tr("&Undo Choice"), this);
    undo->setObjectName(QStringLiteral("undoChoice"));
    undo->setEnabled(false);
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    addAction(undoAction);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(redoAction);

    auto *actions = new QHBoxLayout;
    actions->addWidget(undo);
    actions->addWidget(m_saveMerged);
    actions->addSpacing(12);
    actions->addWidget(m_takeOurs);
    actions->addWidget(m_takeTheirs);
    actions->addStretch();
    actions->addWidget(m_abort);
    actions->addWidget(m_finish);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);
    layout->addLayout(actions);
    resize(1300, 760);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_paths, &QListWidget::currentTextChanged, this, &ConflictDialog::showPath);
    const auto takeWhole = [this](ConflictChoice choice) {
        const QString path = currentPath();
        if (m_buffers.contains(path) && m_text) {
            // The open editor gets the whole side as one edit, undoable there.
            m_choices.fill(choice);
            saveResolution();
        } else if (choice == ConflictChoice::Mine) {
            act([this, path] { return !m_resolver->takeOurs(path).isError(); });
        } else {
            act([this, path] { return !m_resolver->takeTheirs(path).isError(); });
        }
    };
    connect(m_takeOurs, &QPushButton::clicked, this, [takeWhole] { takeWhole(ConflictChoice::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [takeWhole] { takeWhole(ConflictChoice::Theirs); });
    connect(m_saveMerged, &QPushButton::clicked, this, &ConflictDialog::saveResolution);
    connect(m_abort, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Abort Sync"),
            tr("Go back to your version of every file, as it was before this sync? Your own changes stay committed on "
               "this computer; "
               "the other side's changes are merged at the next sync."));
        if (answer != QMessageBox::Yes)
            return;
        const SyncError error = m_resolver->abort();
        Q_EMIT filesChanged();
        if (error.isError()) {
            m_message->setText(error.fullText());
            return;
        }
        accept();
    });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        const SyncError error = m_resolver->finish();
        if (error.isError()) {
            m_message->setText(error.fullText());
            return;
        }
        Q_EMIT filesChanged();
        Q_EMIT finishRequested();
        accept();
    });
    reload();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::openBuffer(const QString &path, const QString &text)
{
    m_buffers.insert(path, text);
    reload();
    const QList<QListWidgetItem *> items = m_paths->findItems(path, Qt::MatchExactly);
    if (!items.isEmpty())
        m_paths->setCurrentItem(items.first());
}

QString ConflictDialog::currentPath() const
{
    return m_paths->currentItem() ? m_paths->currentItem()->text() : QString();
}

void ConflictDialog::act(const std::function<bool()> &action)
{
    if (currentPath().isEmpty())
        return;
    if (!action())
        m_message->setText(tr("Could not resolve %1; see the repository in a terminal.").arg(currentPath()));
    Q_EMIT filesChanged();
    reload();
}

void ConflictDialog::reload()
{
    const QString current = currentPath();
    QStringList paths = m_resolver->conflictedPaths();
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it) {
        if (!paths.contains(it.key()))
            paths.append(it.key());
    }
    {
        // One showPath() below, not one per row change on the way.
        const QSignalBlocker blocker(m_paths);
        m_paths->clear();
        m_paths->addItems(paths);
        if (!paths.isEmpty())
            m_paths->setCurrentRow(int(std::max<qsizetype>(paths.indexOf(current), 0)));
    }
    const bool merging = m_resolver->isMerging();
    if (paths.isEmpty()) {
        m_message->setText(merging ? tr("Every conflict is resolved. Finish the sync to commit the merge and push it.")
                                   : tr("There is no unfinished sync."));
        m_text.reset();
        m_choices.clear();
        m_undo->clear();
        m_ours->clear();
        m_theirs->clear();
        m_merged->clear();
        showChoices();
    } else {
        m_message->setText(
            tr("%n file(s) were changed both here and on the remote. Both versions are kept until you choose.", nullptr,
                int(paths.size())));
        showPath(currentPath());
    }
    for (QPushButton *button : { m_takeOurs, m_takeTheirs })
        button->setEnabled(!paths.isEmpty());
    m_finish->setEnabled(merging && m_resolver->conflictedPaths().isEmpty());
    m_abort->setEnabled(merging);
}

void ConflictDialog::showPath(const QString &path)
{
    if (path.isEmpty())
        return;
    const ConflictVersions v = m_resolver->versions(path);
    const auto buffer = m_buffers.constFind(path);
    const QString source = buffer != m_buffers.cend() ? *buffer : QString::fromUtf8(v.working.value_or(QByteArray()));
    m_text.emplace(source);
    m_choices = QList<ConflictChoice>(m_text->conflictCount(), ConflictChoice::Undecided);
    m_undo->clear();
    // Outside a merge (markers committed, or the merge finished elsewhere) the sides come from the markers.
    const QString deleted = tr("(deleted on this side)");
    const bool staged = v.ours || v.theirs;
    m_ours->setPlainText(v.ours ? QString::fromUtf8(*v.ours)
            : staged            ? deleted
                                : m_text->resolved(QList<ConflictChoice>(m_choices.size(), ConflictChoice::Mine)));
    m_theirs->setPlainText(v.theirs ? QString::fromUtf8(*v.theirs)
            : staged                ? deleted
                     : m_text->resolved(QList<ConflictChoice>(m_choices.size(), ConflictChoice::Theirs)));

    while (QLayoutItem *item = m_changesLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Gone at once for finding and showing; deleted later, as a click of its own may be running.
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
    int index = 0;
    for (const ConflictChunk &chunk : m_text->chunks()) {
        if (!chunk.conflict)
            continue;
        QWidget *card = changeCard(index++, chunk);
        m_changesLayout->addWidget(card);
        card->show(); // now, not on the layout's queued show: the choices can be clicked right away
    }
    if (index == 0) {
        auto *none = new QLabel(
            tr("This file has no conflict markers to choose between: take one whole file, yours or theirs."),
            m_changes);
        none->setWordWrap(true);
        m_changesLayout->addWidget(none);
        m_views->setCurrentIndex(1);
    } else {
        m_views->setCurrentIndex(0);
    }
    m_changesLayout->addStretch();
    showChoices();
}

QWidget *ConflictDialog::changeCard(int index, const ConflictChunk &chunk)
{
    auto *card = new QFrame(m_changes);
    card->setObjectName(QStringLiteral("change%1").arg(index + 1));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *title
        = new QLabel(tr("Change %1 of %2 · line %3").arg(index + 1).arg(m_text->conflictCount()).arg(chunk.line), card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    const WordChanges changes = WordDiff::compare(chunk.ours, chunk.theirs);
    const auto [mineColor, theirsColor] = markColors();
    auto *sides = new QHBoxLayout;
    const auto side = [card, sides](const QString &name, const QString &caption, const QString &html) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(caption, card);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *text = new QLabel(html, card);
        text->setObjectName(name);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        column->addWidget(label);
        column->addWidget(text, 1);
        sides->addLayout(column, 1);
    };
    side(QStringLiteral("mine"), chunk.oursLabel.isEmpty() ? tr("Yours") : tr("Yours (%1)").arg(chunk.oursLabel),
        markedHtml(chunk.ours, changes.before, mineColor));
    side(QStringLiteral("theirs"),
        chunk.theirsLabel.isEmpty() ? tr("Theirs") : tr("Theirs (%1)").arg(chunk.theirsLabel),
        markedHtml(chunk.theirs, changes.after, theirsColor));
    layout->addLayout(sides);

    auto *buttons = new QHBoxLayout;
    const auto choice = [this, card, buttons, index](const QString &name, const QString &text, ConflictChoice value) {
        auto *button = new QPushButton(text, card);
        button->setObjectName(name);
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, index, value] { setChoice(index, value); });
        buttons->addWidget(button);
    };
    choice(QStringLiteral("takeMine"), tr("Take Mine"), ConflictChoice::Mine);
    choice(QStringLiteral("takeTheirs"), tr("Take Theirs"), ConflictChoice::Theirs);
    choice(QStringLiteral("takeBoth"), tr("Take Both"), ConflictChoice::Both);
    buttons->addStretch();
    layout->addLayout(buttons);
    return card;
}

void ConflictDialog::setChoice(int change, ConflictChoice choice)
{
    if (change < 0 || change >= m_choices.size())
        return;
    const ConflictChoice before = m_choices[change];
    if (before == choice) {
        showChoices(); // a click on the chosen button leaves it chosen
        return;
    }
    m_undo->push(new ChoiceCommand(
        tr("Choice for change %1").arg(change + 1),
        [this, change, choice] {
            m_choices[change] = choice;
            showChoices();
        },
        [this, change, before] {
            m_choices[change] = before;
            showChoices();
        }));
}

void ConflictDialog::showChoices()
{
    int undecided = 0;
    for (int i = 0; i < m_choices.size(); ++i) {
        undecided += m_choices[i] == ConflictChoice::Undecided ? 1 : 0;
        auto *card = m_changes->findChild<QFrame *>(QStringLiteral("change%1").arg(i + 1));
        if (!card)
            continue;
        const std::pair<const char *, ConflictChoice> buttons[] = { { "takeMine", ConflictChoice::Mine },
            { "takeTheirs", ConflictChoice::Theirs }, { "takeBoth", ConflictChoice::Both } };
        for (const auto &[name, value] : buttons) {
            if (auto *button = card->findChild<QPushButton *>(QString::fromLatin1(name)))
                button->setChecked(m_choices[i] == value);
        }
    }
    if (m_text) {
        const int position = m_merged->verticalScrollBar()->value();
        m_merged->setPlainText(m_text->resolved(m_choices));
        m_merged->verticalScrollBar()->setValue(position);
    }
    const bool hasChanges = m_text && m_text->conflictCount() > 0;
    m_saveMerged->setEnabled(hasChanges && undecided == 0);
    m_saveMerged->setToolTip(undecided > 0 ? tr("%n change(s) still to decide.", nullptr, undecided) : QString());
}

void ConflictDialog::saveResolution()
{
    const QString path = currentPath();
    if (path.isEmpty() || !m_text || m_choices.contains(ConflictChoice::Undecided))
        return;
    const QString text = m_text->resolved(m_choices);
    if (m_buffers.contains(path)) {
        m_buffers.remove(path);
        Q_EMIT bufferResolved(path, text);
        // The editor saved it: what is on disk now is the resolution.
        act([this, path] {
            return !m_resolver->conflictedPaths().contains(path) || !m_resolver->markResolved(path).isError();
        });
        return;
    }
    act([this, path, text] { return !m_resolver->writeMerged(path, text.toUtf8()).isError(); });
}

} // namespace storyloom
