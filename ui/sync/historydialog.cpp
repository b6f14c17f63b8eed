// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/historydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {
/** Colours a unified diff: additions green, removals red, hunk headers blue. */
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(u"+++") || text.startsWith(u"---") || text.startsWith(u"diff ") || text.startsWith(u"index "))
            format.setFontWeight(QFont::Bold);
        else if (text.startsWith(u'+'))
            format.setBackground(QColor(0xd8, 0xf5, 0xd8));
        else if (text.startsWith(u'-'))
            format.setBackground(QColor(0xfb, 0xdc, 0xdc));
        else if (text.startsWith(u"@@"))
            format.setForeground(QColor(0x2a, 0x5d, 0xb0));
        else
            return;
        setFormat(0, int(text.size()), format);
    }
};

QPlainTextEdit *sourcePane(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}
} // namespace

HistoryDialog::HistoryDialog(const QString &file, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_history(file)
    , m_file(file)
    , m_commits(new QTreeWidget(this))
    , m_diff(sourcePane(this))
    , m_text(sourcePane(this))
    , m_restore(new QPushButton(tr("&Restore This Version"), this))
{
    setWindowTitle(tr("History of %1").arg(title));
    m_commits->setHeaderLabels({tr("Date"), tr("Author"), tr("Change")});
    m_commits->setRootIsDecorated(false);
    m_commits->header()->setStretchLastSection(true);
    new DiffHighlighter(m_diff->document());

    auto *views = new QTabWidget(this);
    views->addTab(m_diff, tr("Changes"));
    views->addTab(m_text, tr("Text at This Version"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_commits);
    splitter->addWidget(views);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 720);

    m_entries = m_history.entries();
    const QLocale locale;
    for (const HistoryEntry &entry : m_entries) {
        auto *item = new QTreeWidgetItem(m_commits, {locale.toString(entry.date.toLocalTime(), QLocale::ShortFormat), entry.author, entry.subject});
        item->setToolTip(2, entry.commit);
    }
    m_commits->resizeColumnToContents(0);
    m_commits->resizeColumnToContents(1);
    if (m_entries.empty())
        m_diff->setPlainText(tr("This file has no committed history yet: it is committed at the next sync."));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commits, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showEntry(item ? m_commits->indexOfTopLevelItem(item) : -1);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int index = m_commits->indexOfTopLevelItem(m_commits->currentItem());
        if (index < 0)
            return;
        const SyncError error = m_history.restore(m_entries[std::size_t(index)]);
        if (error.isError()) {
            QMessageBox::warning(this, tr("Restore"), error.fullText());
            return;
        }
        Q_EMIT restored(m_file);
        accept();
    });
    if (!m_entries.empty())
        m_commits->setCurrentItem(m_commits->topLevelItem(0));
    else
        m_restore->setEnabled(false);
}

void HistoryDialog::showEntry(int index)
{
    m_restore->setEnabled(index > 0); // the newest version is what the file already holds
    if (index < 0) {
        m_diff->clear();
        m_text->clear();
        return;
    }
    const HistoryEntry &entry = m_entries[std::size_t(index)];
    m_diff->setPlainText(m_history.diff(entry));
    m_text->setPlainText(QString::fromUtf8(m_history.content(entry).value_or(QByteArray())));
}

} // namespace storyloom
