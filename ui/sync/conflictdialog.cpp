// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/conflictdialog.h"

#include "sync/conflictresolver.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace storyloom {

namespace {
QPlainTextEdit *textPane(QWidget *parent, bool readOnly)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(readOnly);
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
} // namespace

ConflictDialog::ConflictDialog(const QString &topLevel, QWidget *parent)
    : QDialog(parent)
    , m_resolver(std::make_unique<ConflictResolver>(topLevel))
    , m_paths(new QListWidget(this))
    , m_ours(textPane(this, true))
    , m_theirs(textPane(this, true))
    , m_merged(textPane(this, false))
    , m_message(new QLabel(this))
    , m_takeOurs(new QPushButton(tr("Take &Yours"), this))
    , m_takeTheirs(new QPushButton(tr("Take &Theirs"), this))
    , m_saveMerged(new QPushButton(tr("&Save Merge"), this))
    , m_finish(new QPushButton(tr("&Finish Sync"), this))
    , m_abort(new QPushButton(tr("&Abort Sync"), this))
{
    setWindowTitle(tr("Resolve Conflicts"));
    m_ours->setObjectName(QStringLiteral("ours"));
    m_theirs->setObjectName(QStringLiteral("theirs"));
    m_merged->setObjectName(QStringLiteral("merged"));
    m_paths->setTextElideMode(Qt::ElideLeft);
    m_message->setWordWrap(true);
    m_merged->setToolTip(
        tr("Edit the merge here: remove the <<<<<<< ======= >>>>>>> lines and keep what should stay."));

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(tr("Yours (this computer)"), m_ours));
    sides->addWidget(titled(tr("Theirs (the remote)"), m_theirs));
    sides->addWidget(titled(tr("Merge (editable)"), m_merged));
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_paths);
    main->addWidget(sides);
    main->setStretchFactor(1, 4);
    main->setSizes({ 260, 1040 });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_takeOurs);
    actions->addWidget(m_takeTheirs);
    actions->addWidget(m_saveMerged);
    actions->addStretch();
    actions->addWidget(m_abort);
    actions->addWidget(m_finish);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);
    layout->addLayout(actions);
    resize(1300, 700);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paths, &QListWidget::currentTextChanged, this, &ConflictDialog::showPath);
    connect(m_takeOurs, &QPushButton::clicked, this,
        [this] { act([this] { return !m_resolver->takeOurs(currentPath()).isError(); }); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
        [this] { act([this] { return !m_resolver->takeTheirs(currentPath()).isError(); }); });
    connect(m_saveMerged, &QPushButton::clicked, this, [this] {
        const QString text = m_merged->toPlainText();
        if (text.contains(QStringLiteral("\n=======\n")) || text.startsWith(QStringLiteral("<<<<<<< "))) {
            const auto answer = QMessageBox::question(
                this, tr("Conflict markers left"), tr("The merge still contains conflict markers. Save it like this?"));
            if (answer != QMessageBox::Yes)
                return;
        }
        act([this, text] { return !m_resolver->writeMerged(currentPath(), text.toUtf8()).isError(); });
    });
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
    const QStringList paths = m_resolver->conflictedPaths();
    m_paths->clear();
    m_paths->addItems(paths);
    const bool merging = m_resolver->isMerging();
    if (paths.isEmpty()) {
        m_message->setText(merging ? tr("Every conflict is resolved. Finish the sync to commit the merge and push it.")
                                   : tr("There is no unfinished sync."));
        m_ours->clear();
        m_theirs->clear();
        m_merged->clear();
    } else {
        m_message->setText(
            tr("%n file(s) were changed both here and on the remote. Both versions are kept until you choose.", nullptr,
                int(paths.size())));
        m_paths->setCurrentRow(0);
    }
    for (QPushButton *button : { m_takeOurs, m_takeTheirs, m_saveMerged })
        button->setEnabled(!paths.isEmpty());
    m_finish->setEnabled(merging && paths.isEmpty());
    m_abort->setEnabled(merging);
}

void ConflictDialog::showPath(const QString &path)
{
    if (path.isEmpty())
        return;
    const ConflictVersions v = m_resolver->versions(path);
    const QString deleted = tr("(deleted on this side)");
    m_ours->setPlainText(v.ours ? QString::fromUtf8(*v.ours) : deleted);
    m_theirs->setPlainText(v.theirs ? QString::fromUtf8(*v.theirs) : deleted);
    m_merged->setPlainText(v.working ? QString::fromUtf8(*v.working) : QString());
    // Start where the sides differ.
    const qsizetype marker = m_merged->toPlainText().indexOf(QStringLiteral("<<<<<<< "));
    if (marker >= 0) {
        QTextCursor cursor = m_merged->textCursor();
        cursor.setPosition(int(marker));
        m_merged->setTextCursor(cursor);
        m_merged->centerCursor();
        const int line = cursor.blockNumber();
        for (QPlainTextEdit *side : { m_ours, m_theirs }) {
            QTextCursor at(side->document()->findBlockByNumber(line));
            side->setTextCursor(at);
            side->centerCursor();
        }
    }
}

} // namespace storyloom
