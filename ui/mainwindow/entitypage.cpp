// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/entitypage.h"

#include "core/parse/parseddocument.h"
#include "core/project/quickfixes.h"
#include "core/util/projectkey.h"
#include "core/util/text.h"
#include "ui/editor/bufferkeeper.h"
#include "ui/editor/findbar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"
#include "ui/editor/outlineview.h"
#include "ui/editor/propertiespanel.h"
#include "ui/editor/spellchecker.h"
#include "ui/preview/previewbrowser.h"
#include "ui/preview/previewexport.h"
#include "ui/preview/previewscheduler.h"
#include "ui/preview/urlpolicy.h"
#include "ui/settings/apptheme.h"
#include "ui/settings/editorsettings.h"
#include "ui/sync/conflictbanner.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace storyloom {

EntityPage::EntityPage(const Snapshot &snapshot, const QString &entityId, QWidget *parent)
    : QWidget(parent)
    , m_entityId(entityId)
    , m_snapshot(snapshot)
    , m_editor(new MarkdownEditor(this))
    , m_preview(new PreviewBrowser(this))
    , m_scheduler(new PreviewScheduler(this))
    , m_outline(new OutlineView(this))
    , m_properties(new PropertiesPanel(m_editor, this))
    , m_side(new QTabWidget(this))
    , m_bar(new NotificationBar(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_positionLabel(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_footerTimer(new QTimer(this))
{
    // Named for findChild (tests, accessibility tools).
    m_editor->setObjectName(QStringLiteral("markdownEditor"));
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    m_properties->setObjectName(QStringLiteral("propertiesPanel"));
    m_bar->setObjectName(QStringLiteral("notificationBar"));
    m_findBar->setObjectName(QStringLiteral("findBar"));
    const Entity *entity = snapshot ? snapshot->entity(entityId) : nullptr;
    m_root = snapshot ? QDir(snapshot->rootPath()).absolutePath() : QString();
    if (entity)
        m_filePath = QDir(m_root).absoluteFilePath(entity->source.path);
    const QString fileDir = QFileInfo(m_filePath).absolutePath();

    m_editor->setAccessibleName(entity ? tr("Markdown source of %1").arg(entity->title) : tr("Markdown source"));
    m_preview->setAccessibleName(tr("Preview"));
    m_side->setAccessibleName(tr("Page panels"));
    m_side->tabBar()->setAccessibleName(m_side->accessibleName());
    m_properties->setAccessibleName(tr("Properties"));
    m_positionLabel->setAccessibleName(tr("Cursor position"));
    m_wordsLabel->setAccessibleName(tr("Word count"));
    m_side->addTab(m_properties, tr("Properties"));
    m_side->addTab(m_outline, tr("Outline"));
    m_splitter->addWidget(m_side);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 240, 600, 600 });
    m_side->hide();

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 0, 6, 2);
    footer->addWidget(m_positionLabel);
    footer->addStretch();
    footer->addWidget(m_wordsLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createActions();
    updateProblems();
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(footer);

    RenderOptions options;
    options.projectRoot = m_root;
    options.fileDir = fileDir;
    m_scheduler->setOptions(options);
    m_preview->setProjectRoot(m_root);
    m_preview->setBaseDirectory(fileDir);
    m_scheduler->setDocumentStyle(m_preview->documentStyle());

    m_footerTimer->setSingleShot(true);
    m_footerTimer->setInterval(300);
    connect(m_footerTimer, &QTimer::timeout, this, &EntityPage::updateFooter);
    connect(m_scheduler, &PreviewScheduler::rendered, this, &EntityPage::onRendered);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &EntityPage::onTextChanged);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &EntityPage::modificationChanged);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_editor->textCursor();
        m_positionLabel->setText(
            tr("Line %1, column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &EntityPage::syncPreviewScroll);
    connect(m_preview->verticalScrollBar(), &QScrollBar::valueChanged, this, &EntityPage::syncEditorScroll);
    connect(m_outline, &OutlineView::lineActivated, this, [this](int line) {
        goToLine(line);
        m_editor->setFocus();
    });
    connect(m_preview, &QTextBrowser::anchorClicked, this, &EntityPage::followLink);
    connect(m_preview, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
        [this](const QUrl &url) { Q_EMIT statusMessage(url.isEmpty() ? QString() : url.toString()); });
    connect(EditorSettingsNotifier::instance(), &EditorSettingsNotifier::changed, this, &EntityPage::applySettings);

    if (!m_filePath.isEmpty()) {
        // Before the text arrives, so that it is highlighted once, with the project's words known.
        m_spelling = SpellChecker::forProject(m_root);
        m_spelling->setSnapshot(snapshot);
        m_editor->setSpellChecker(m_spelling);
        m_keeper = new BufferKeeper(m_editor, m_bar, m_filePath, m_root, this);
        connect(m_keeper, &BufferKeeper::statusMessage, this, &EntityPage::statusMessage);
        const OpenedText opened = m_keeper->open();
        if (opened.large || opened.longLines)
            m_editor->setHighlightingEnabled(false);
        m_longLines = opened.longLines;
        m_livePreview = !opened.large;
        new ConflictBanner(m_editor, m_bar, m_keeper, this);
    } else {
        m_bar->present(
            NotificationBar::Level::Error, tr("The entity “%1” is not in the project any more.").arg(entityId));
        m_editor->setReadOnly(true);
    }
    applySettings();
    setSnapshot(snapshot);
    if (m_livePreview)
        m_scheduler->renderNow(m_editor->toPlainText());
    m_outline->setText(m_editor->toPlainText());
    updateFooter();
    m_wordsAtOpen = m_words;
}

EntityPage::~EntityPage()
{
    if (m_keeper)
        m_keeper->flush();
}

void EntityPage::createActions()
{
    // Buttons only: the keys belong to the window's menus (File, Edit, View), which act on the
    // current page, so that they work wherever the focus is and no two tabs claim the same key.
    auto *toolbar = new QToolBar(this);
    m_toolbar = toolbar;
    toolbar->setAccessibleName(tr("Page tools"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("Save"), this, [this] { save(); });
    toolbar->addAction(tr("Find"), this, &EntityPage::find);
    toolbar->addAction(tr("Replace"), this, &EntityPage::replace);
    toolbar->addAction(tr("Go to Line"), this, &EntityPage::askGoToLine);
    toolbar->addSeparator();
    toolbar->addAction(tr("Properties"), this, [this] { toggleSidePanel(SidePanel::Properties); });
    toolbar->addAction(tr("Outline"), this, [this] { toggleSidePanel(SidePanel::Outline); });
    m_previewAction = toolbar->addAction(tr("Preview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    connect(m_previewAction, &QAction::toggled, this, &EntityPage::setPreviewShown);
    toolbar->addSeparator();
    toolbar->addAction(tr("Export HTML…"), this, &EntityPage::exportHtml);
    toolbar->addAction(tr("Export PDF…"), this, &EntityPage::exportPdf);
    layout()->addWidget(toolbar);
    // On the editor alone: the fixes are for the problem under the text cursor.
    auto *quickFix = new QAction(tr("Quick Fix…"), m_editor);
    quickFix->setObjectName(QStringLiteral("quickFixAction"));
    quickFix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    quickFix->setShortcutContext(Qt::WidgetShortcut);
    connect(quickFix, &QAction::triggered, this, &EntityPage::showQuickFixes);
    m_editor->addAction(quickFix);
}

void EntityPage::updateProblems()
{
    QList<EditorProblem> problems;
    if (m_snapshot) {
        const QString relative = QDir(m_root).relativeFilePath(m_filePath);
        for (const Diagnostic &d : m_snapshot->diagnostics()) {
            if (d.location.path == relative && d.location.line > 0)
                problems.append({ d.location.line, d.message, d.severity == Diagnostic::Severity::Error });
        }
    }
    m_editor->setProblems(problems);
}

void EntityPage::showQuickFixes()
{
    const int line = m_editor->textCursor().blockNumber() + 1;
    const QList<QuickFix> fixes
        = QuickFixes(m_snapshot).forLine(QDir(m_root).relativeFilePath(m_filePath), m_editor->toPlainText(), line);
    auto *menu = new QMenu(m_editor);
    menu->setObjectName(QStringLiteral("quickFixMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QuickFix &fix : fixes) {
        menu->addAction(fix.title, this, [this, fix] {
            if (fix.projectEdit.isValid()) {
                Q_EMIT projectEditRequested(fix.projectEdit);
                return;
            }
            // One edit block: one Ctrl+Z takes the whole fix back.
            QTextCursor cursor(m_editor->document());
            cursor.beginEditBlock();
            for (auto it = fix.replacements.crbegin(); it != fix.replacements.crend(); ++it) {
                cursor.setPosition(int(it->start));
                cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
                cursor.insertText(it->text);
            }
            cursor.endEditBlock();
        });
    }
    if (fixes.isEmpty()) {
        QAction *none = menu->addAction(
            m_editor->problemsAt(line).isEmpty() ? tr("No problem on this line") : tr("No quick fix for this problem"));
        none->setEnabled(false);
    }
    menu->popup(m_editor->viewport()->mapToGlobal(m_editor->cursorRect().bottomLeft()));
    // The best fix is ready for Enter.
    menu->setActiveAction(menu->actions().constFirst());
}

void EntityPage::find()
{
    m_findBar->activate(FindMode::Find);
}

void EntityPage::replace()
{
    m_findBar->activate(FindMode::FindAndReplace);
}

void EntityPage::askGoToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), m_editor->textCursor().blockNumber() + 1,
        1, m_editor->blockCount(), 1, &ok);
    activateWindow(); // back from the dialog: typing goes on in the editor
    if (!ok)
        return;
    goToLine(line);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void EntityPage::toggleSidePanel(SidePanel panel)
{
    QWidget *tab = panel == SidePanel::Properties ? static_cast<QWidget *>(m_properties) : m_outline;
    const bool showing = !m_side->isHidden() && m_side->currentWidget() == tab;
    m_side->setCurrentWidget(tab);
    m_side->setVisible(!showing);
}

void EntityPage::setPreviewShown(bool shown)
{
    if (shown == isPreviewShown())
        return;
    m_preview->setVisible(shown);
    {
        const QSignalBlocker blocker(m_previewAction);
        m_previewAction->setChecked(shown);
    }
    Q_EMIT previewShownChanged(shown);
}

bool EntityPage::isPreviewShown() const
{
    return !m_preview->isHidden();
}

void EntityPage::applySettings()
{
    const EditorSettings settings = EditorSettings::load();
    // The window's theme, which `--theme` may set for one run; the settings' otherwise.
    m_editor->setLook(AppTheme::current() == EditorSettings::Theme::HighContrast ? MarkdownEditor::Look::HighContrast
            : settings.dark()                                                    ? MarkdownEditor::Look::Dark
                                                                                 : MarkdownEditor::Look::Light);
    m_editor->setLineNumbersVisible(settings.lineNumbers);
    // Wrapping a very long line costs seconds per edit: such files never wrap.
    m_editor->setLineWrapMode(settings.softWrap && !m_longLines ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    if (m_keeper)
        m_keeper->setAutosave(settings.autosave, settings.autosaveDelayMs);
    setPreviewShown(settings.previewVisible);
    m_scrollSync = settings.scrollSync;
    const PreviewTheme theme = settings.dark() ? PreviewTheme::Dark : PreviewTheme::Light;
    if (theme != m_scheduler->options().theme) {
        RenderOptions options = m_scheduler->options();
        options.theme = theme;
        m_scheduler->setOptions(options);
        m_preview->setTheme(theme);
        m_scheduler->setDocumentStyle(m_preview->documentStyle());
        if (m_livePreview)
            m_scheduler->renderNow(m_editor->toPlainText());
    }
}

void EntityPage::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    QList<LinkTarget> targets;
    for (const Entity &entity : snapshot->entities()) {
        if (entity.ownFile && !entity.title.isEmpty())
            targets.append({ entity.title, QDir(m_root).absoluteFilePath(entity.source.path) });
    }
    m_editor->setLinkTargets(targets, QFileInfo(m_filePath).absolutePath());
    m_properties->setSnapshot(snapshot);
    updateProblems();
    if (m_spelling)
        m_spelling->setSnapshot(snapshot);
    if (const QString now = title(); now != m_title) {
        m_title = now;
        Q_EMIT titleChanged(now);
    }
}

void EntityPage::goToLine(int line)
{
    m_editor->goToLine(line);
}

int EntityPage::cursorPosition() const
{
    return m_editor->textCursor().position();
}

void EntityPage::setCursorPosition(int position)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::clamp(position, 0, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

bool EntityPage::save()
{
    return m_keeper && m_keeper->save();
}

bool EntityPage::isModified() const
{
    return m_editor->document()->isModified();
}

void EntityPage::onTextChanged()
{
    if (m_livePreview)
        m_scheduler->request(m_editor->toPlainText());
    m_footerTimer->start();
}

void EntityPage::onRendered(const RenderResult &result, const PreparedDocument &document)
{
    m_lastRender = result;
    {
        // Loading the HTML moves the preview's scroll bar: that is not the reader scrolling.
        const QScopedValueRollback following(m_followingScroll, true);
        m_preview->showResult(result, document);
    }
    // The preview's font can change under it (a font or zoom change): renders to come follow.
    if (const PreviewDocumentStyle style = m_preview->documentStyle(); style != m_scheduler->documentStyle())
        m_scheduler->setDocumentStyle(style);
    syncPreviewScroll();
}

void EntityPage::syncPreviewScroll()
{
    if (m_followingScroll || !m_scrollSync || !m_preview->isVisible())
        return;
    const QScopedValueRollback following(m_followingScroll, true);
    const QScrollBar *bar = m_editor->verticalScrollBar();
    if (bar->value() == 0)
        m_preview->verticalScrollBar()->setValue(0);
    else if (bar->value() == bar->maximum())
        m_preview->verticalScrollBar()->setValue(m_preview->verticalScrollBar()->maximum());
    else
        m_preview->scrollToSourceLine(m_editor->topLine());
}

void EntityPage::syncEditorScroll()
{
    if (m_followingScroll || !m_scrollSync || !m_preview->isVisible())
        return;
    const QScopedValueRollback following(m_followingScroll, true);
    QScrollBar *bar = m_preview->verticalScrollBar();
    if (bar->value() == 0) {
        m_editor->verticalScrollBar()->setValue(0);
    } else if (bar->value() == bar->maximum()) {
        m_editor->verticalScrollBar()->setValue(m_editor->verticalScrollBar()->maximum());
    } else if (const std::optional<double> line = m_preview->sourceLineAtTop()) {
        m_editor->scrollToLine(*line);
    }
}

void EntityPage::updateFooter()
{
    const QString text = m_editor->toPlainText();
    const int words = wordCount(text);
    m_words = words;
    const int minutes = std::max(1, int(std::ceil(words / 230.0)));
    const QString statistics
        = tr("%n word(s)", nullptr, words) + QStringLiteral(" · ") + tr("%n min read", nullptr, minutes);
    m_wordsLabel->setText(statistics);
    if (statistics != m_statistics) {
        m_statistics = statistics;
        Q_EMIT statisticsChanged(statistics);
    }
    m_outline->setText(text);
    m_properties->refresh();
    updateFocusBar();
}

void EntityPage::setFocusMode(const FocusLook &look, const QList<QAction *> &tools)
{
    const bool entering = look.on && !m_editor->focusLook().on;
    const bool leaving = !look.on && m_editor->focusLook().on;
    if (entering) {
        m_sideWasShown = !m_side->isHidden();
        m_previewWasShown = isPreviewShown();
        m_side->hide();
        m_preview->hide();
        if (!m_focusBar)
            createFocusBar(tools);
    }
    m_toolbar->setVisible(!look.on);
    m_positionLabel->setVisible(!look.on);
    m_wordsLabel->setVisible(!look.on);
    if (m_focusBar)
        m_focusBar->setVisible(look.on);
    if (leaving) {
        m_side->setVisible(m_sideWasShown);
        m_preview->setVisible(m_previewWasShown);
    }
    m_editor->setFocusLook(look);
    updateFocusBar();
}

void EntityPage::createFocusBar(const QList<QAction *> &tools)
{
    m_focusBar = new QWidget(this);
    m_focusBar->setObjectName(QStringLiteral("focusBar"));
    auto *row = new QHBoxLayout(m_focusBar);
    row->setContentsMargins(12, 2, 12, 4);
    m_sessionLabel = new QLabel(m_focusBar);
    m_sessionLabel->setObjectName(QStringLiteral("sessionWords"));
    m_targetBox = new QSpinBox(m_focusBar);
    m_targetBox->setObjectName(QStringLiteral("wordTarget"));
    m_targetBox->setRange(0, 1000000);
    m_targetBox->setSingleStep(100);
    m_targetBox->setSpecialValueText(tr("No target"));
    m_targetBox->setPrefix(tr("Target: "));
    m_targetBox->setSuffix(tr(" words"));
    m_targetBox->setToolTip(tr("Words to write in this story in one session"));
    // The target belongs to the story, and to this user: kept in the settings, not the project.
    const QString key
        = QStringLiteral("focus/targets/%1/%2").arg(projectKey(m_root), QDir(m_root).relativeFilePath(m_filePath));
    m_targetBox->setValue(QSettings().value(key, 0).toInt());
    connect(m_targetBox, &QSpinBox::valueChanged, this, [this, key](int value) {
        if (value > 0)
            QSettings().setValue(key, value);
        else
            QSettings().remove(key);
        updateFocusBar();
    });
    row->addWidget(m_sessionLabel);
    row->addWidget(m_targetBox);
    row->addStretch();
    for (QAction *tool : tools) {
        auto *button = new QToolButton(m_focusBar);
        button->setDefaultAction(tool);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    // Below the find bar, where the footer was.
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, m_focusBar);
}

void EntityPage::updateFocusBar()
{
    if (!m_sessionLabel)
        return;
    const int written = sessionWords();
    const int target = m_targetBox->value();
    m_sessionLabel->setText(target > 0 ? tr("%1 of %n word(s) this session", nullptr, target).arg(written)
                                       : tr("%n word(s) this session", nullptr, written));
}

QString EntityPage::title() const
{
    const Entity *entity = m_snapshot ? m_snapshot->entity(m_entityId) : nullptr;
    return entity ? entity->title : QFileInfo(m_filePath).completeBaseName();
}

int EntityPage::headingLine(const QString &file, const QString &fragment) const
{
    QFile source(file);
    if (fragment.isEmpty() || !source.open(QIODevice::ReadOnly))
        return 0;
    // The anchors the preview gives, repeats numbered; case ignored, as a GitHub link lower-cases them.
    QSet<QString> taken;
    for (const Heading &heading : fileHeadings(source.readAll())) {
        if (uniqueAnchor(heading.anchor, taken).compare(fragment, Qt::CaseInsensitive) == 0)
            return heading.line;
    }
    return 0;
}

void EntityPage::followLink(const QUrl &url)
{
    const QString text = url.toString();
    const UrlPolicy policy(m_root);
    switch (policy.classify(text)) {
    case UrlPolicy::Kind::Fragment:
        if (!url.fragment().isEmpty())
            m_preview->scrollToAnchor(url.fragment());
        return;
    case UrlPolicy::Kind::Web:
        QDesktopServices::openUrl(url);
        return;
    case UrlPolicy::Kind::Relative:
    case UrlPolicy::Kind::LocalFile: {
        const QString target = url.isLocalFile()
            ? url.toLocalFile()
            : QDir::cleanPath(QDir(QFileInfo(m_filePath).absolutePath()).absoluteFilePath(url.path()));
        const QString relative = QDir(m_root).relativeFilePath(target);
        const Entity *entity = m_snapshot ? m_snapshot->entityForPath(relative) : nullptr;
        if (entity && policy.isInsideProject(target)) {
            Q_EMIT openEntityRequested(entity->id, headingLine(target, url.fragment()));
            return;
        }
        if (QFileInfo(target).isFile() && policy.isInsideProject(target)
            && !target.endsWith(QLatin1StringView(".md"))) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(target));
            return;
        }
        Q_EMIT statusMessage(tr("No entity at %1").arg(relative));
        return;
    }
    case UrlPolicy::Kind::InlineImage:
    case UrlPolicy::Kind::Refused:
        break;
    }
    Q_EMIT statusMessage(tr("Refused to open %1").arg(text));
}

void EntityPage::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as HTML"),
        QFileInfo(m_filePath).completeBaseName() + QStringLiteral(".html"), tr("HTML pages (*.html)"));
    if (path.isEmpty())
        return;
    const std::optional<QString> error
        = PreviewExport::writeHtml(path, m_lastRender, title(), m_scheduler->options().theme);
    Q_EMIT statusMessage(error ? tr("Export failed: %1").arg(*error) : tr("Exported %1").arg(path));
}

void EntityPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"),
        QFileInfo(m_filePath).completeBaseName() + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const std::optional<QString> error
        = PreviewExport::writePdf(path, m_lastRender, title(), QFileInfo(m_filePath).absolutePath());
    Q_EMIT statusMessage(error ? tr("Export failed: %1").arg(*error) : tr("Exported %1").arg(path));
}

} // namespace storyloom
