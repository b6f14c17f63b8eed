// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/historydialog.h"

#include "core/sync/blockdiff.h"
#include "ui/preview/markdownrenderer.h"
#include "ui/preview/previewdocument.h"
#include "ui/settings/apptheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {
struct DiffColors
{
    QColor added;
    QColor removed;
    QColor hunk;
};

/**
 * Pastel backgrounds on a light palette. On a dark one a pastel under light text
 * cannot be read: there green and red are faded into the base colour instead.
 */
DiffColors diffColors()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    if (base.lightness() >= 128)
        return { QColor(0xdc, 0xf5, 0xe3), QColor(0xfb, 0xe0, 0xe0), QColor(0x2a, 0x5d, 0xb0) };
    return { AppTheme::tint(QColor(0x2d, 0xa4, 0x4e), base, 0.3f), AppTheme::tint(QColor(0xcf, 0x22, 0x2e), base, 0.3f),
        QColor(0x79, 0xb8, 0xff) };
}

/** Colours a unified diff: additions green, removals red, hunk headers blue. */
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(u"+++") || text.startsWith(u"---") || text.startsWith(u"diff ")
            || text.startsWith(u"index "))
            format.setFontWeight(QFont::Bold);
        else if (text.startsWith(u'+'))
            format.setBackground(m_colors.added);
        else if (text.startsWith(u'-'))
            format.setBackground(m_colors.removed);
        else if (text.startsWith(u"@@"))
            format.setForeground(m_colors.hunk);
        else
            return;
        setFormat(0, int(text.size()), format);
    }

private:
    DiffColors m_colors = diffColors();
};

/** The version's text rendered as in the preview, with added blocks on green and removed ones on red, struck through.
 */
QString renderedChanges(const std::vector<DiffBlock> &blocks, const QString &before, const QString &after)
{
    // Blocks are rendered one by one: each gets the file's link reference definitions so `[Alan][]` stays a link.
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s"));
    QString references;
    for (const QString &line : QString(before + u'\n' + after).split(u'\n')) {
        if (definition.match(line).hasMatch())
            references += u'\n' + line;
    }
    const DiffColors colors = diffColors();
    // Code is highlighted for the palette the dialog shows it on (light colours on a dark one).
    RenderOptions options;
    options.theme = QGuiApplication::palette().color(QPalette::Base).lightness() >= 128 ? PreviewTheme::Light
                                                                                        : PreviewTheme::Dark;
    QString html;
    for (const DiffBlock &block : blocks) {
        const QString body = MarkdownRenderer::render(block.text + QStringLiteral("\n\n") + references, options).html;
        switch (block.change) {
        case DiffBlock::Change::Same:
            html += body;
            break;
        case DiffBlock::Change::Added:
            html
                += QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr><td bgcolor=\"%1\">%2</td></tr></table>")
                       .arg(colors.added.name(), body);
            break;
        case DiffBlock::Change::Removed:
            html += QStringLiteral(
                "<table width=\"100%\" cellpadding=\"4\"><tr><td bgcolor=\"%1\"><s>%2</s></td></tr></table>")
                        .arg(colors.removed.name(), body);
            break;
        }
    }
    return html;
}

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
    , m_rendered(new QTextBrowser(this))
    , m_text(sourcePane(this))
    , m_base(new QComboBox(this))
    , m_restore(new QPushButton(tr("&Restore This Version"), this))
{
    setWindowTitle(tr("History of %1").arg(title));
    m_commits->setObjectName(QStringLiteral("commits"));
    m_commits->setAccessibleName(tr("Versions"));
    m_rendered->setAccessibleName(tr("Rendered changes"));
    m_diff->setAccessibleName(tr("Changes"));
    m_text->setAccessibleName(tr("Text at this version"));
    m_rendered->setObjectName(QStringLiteral("renderedChanges"));
    m_diff->setObjectName(QStringLiteral("changes"));
    m_base->setObjectName(QStringLiteral("compareWith"));
    // A merge has two versions before it: by default the one on this computer's line of work.
    m_base->addItem(tr("The version before it (first parent)"), int(HistoryBase::FirstParent));
    m_base->addItem(tr("The other side of the merge (second parent)"), int(HistoryBase::SecondParent));
    m_base->addItem(tr("Both sides: only what the merge itself changed"), int(HistoryBase::Combined));
    m_base->setToolTip(tr("A merge joins two versions: choose which one its changes are shown against."));
    m_commits->setHeaderLabels({ tr("Date"), tr("Author"), tr("Change") });
    m_commits->setRootIsDecorated(false);
    m_commits->header()->setStretchLastSection(true);
    new DiffHighlighter(m_diff->document());

    auto *views = new QTabWidget(this);
    views->setAccessibleName(tr("Views of the version"));
    views->tabBar()->setAccessibleName(views->accessibleName());
    views->addTab(m_rendered, tr("Rendered Changes"));
    views->addTab(m_diff, tr("Changes"));
    views->addTab(m_text, tr("Text at This Version"));
    auto *changes = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *baseRow = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("&Compare with:"), this);
    baseLabel->setBuddy(m_base);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_base);
    baseRow->addStretch();
    changesLayout->addLayout(baseRow);
    changesLayout->addWidget(views, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_commits);
    splitter->addWidget(changes);
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
        auto *item = new QTreeWidgetItem(m_commits,
            { locale.toString(entry.date.toLocalTime(), QLocale::ShortFormat), entry.author, entry.subject });
        item->setToolTip(2, entry.commit);
        if (entry.isMerge()) {
            // Merges stand out: they join the other author's work with this computer's.
            QFont font = item->font(2);
            font.setItalic(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, font);
            item->setToolTip(2, tr("Merge %1 of %2").arg(entry.commit, entry.parents.join(QStringLiteral(", "))));
        }
    }
    m_commits->resizeColumnToContents(0);
    m_commits->resizeColumnToContents(1);
    if (m_entries.empty())
        m_diff->setPlainText(tr("This file has no committed history yet: it is committed at the next sync."));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_base, &QComboBox::currentIndexChanged, this,
        [this] { showEntry(m_commits->indexOfTopLevelItem(m_commits->currentItem())); });
    connect(m_commits, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { showEntry(item ? m_commits->indexOfTopLevelItem(item) : -1); });
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
        m_rendered->clear();
        m_text->clear();
        return;
    }
    const HistoryEntry &entry = m_entries[std::size_t(index)];
    m_base->setEnabled(entry.isMerge());
    const HistoryBase base = entry.isMerge() ? HistoryBase(m_base->currentData().toInt()) : HistoryBase::FirstParent;
    m_diff->setPlainText(m_history.diff(entry, base));
    const QString text = QString::fromUtf8(m_history.content(entry).value_or(QByteArray()));
    m_text->setPlainText(text);
    // Against the version's own parent, never the entry listed below it (on another line of work after a merge);
    // the first version is all new.
    const auto parentText = [this, &entry](HistoryBase which) {
        return QString::fromUtf8(m_history.parentContent(entry, which).value_or(QByteArray()));
    };
    const QString before = parentText(base == HistoryBase::SecondParent ? base : HistoryBase::FirstParent);
    const std::vector<DiffBlock> blocks = base == HistoryBase::Combined
        ? BlockDiff::compareMerge(before, parentText(HistoryBase::SecondParent), text)
        : BlockDiff::compare(before, text);
    m_rendered->setHtml(PreviewDocument::loadableHtml(renderedChanges(blocks, before, text)));
}

} // namespace storyloom
