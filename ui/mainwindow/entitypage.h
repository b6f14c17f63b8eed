// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/project/projectedit.h"
#include "ui/editor/markdowneditor.h"
#include "ui/preview/markdownrenderer.h"
#include "ui/preview/previewdocument.h"

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTimer;
class QUrl;

namespace storyloom {

class BufferKeeper;
class FindBar;
class MarkdownEditor;
class NotificationBar;
class OutlineView;
class PreviewBrowser;
class PreviewScheduler;
class PropertiesPanel;
class SpellChecker;

/**
 * One open entity: the Markdown editor beside its live preview, with the
 * outline, find bar, and the bar that speaks up when the file changes on
 * disk. The tab the project tree, search, graph and links open into. It
 * edits the entity's whole file (an entity inside a file opens at its line).
 */
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(const Snapshot &snapshot, const QString &entityId, QWidget *parent = nullptr);
    ~EntityPage() override;

    [[nodiscard]] QString entityId() const { return m_entityId; }
    /** The absolute path of the file being edited. */
    [[nodiscard]] QString filePath() const { return m_filePath; }
    void setSnapshot(const Snapshot &snapshot);
    /** Puts the cursor on a 1-based line of the file (0 keeps it). */
    void goToLine(int line);
    [[nodiscard]] int cursorPosition() const;
    void setCursorPosition(int position);

    /** The side panels the page can show beside the editor. */
    enum class SidePanel { Properties, Outline };

    /** The quick fixes for the problem at the cursor, in a small menu under it (Ctrl+.). */
    void showQuickFixes();

    /** Saves now (File > Save); false when it could not or must not. */
    bool save();
    /** Opens the find bar (Edit > Find) with the field focused. */
    void find();
    /** Opens the find bar with its replace field (Edit > Replace). */
    void replace();
    /** Asks for a line number and moves the cursor there (Edit > Go to Line). */
    void askGoToLine();
    /** Shows the side panel, or hides the side when that panel is already showing. */
    void toggleSidePanel(SidePanel panel);
    void setPreviewShown(bool shown);
    [[nodiscard]] bool isPreviewShown() const;
    [[nodiscard]] bool isModified() const;
    /** The entity's title in the latest snapshot (the file's name when the entity is gone): its tab's text. */
    [[nodiscard]] QString title() const;
    /** Applies the editor settings (theme, line numbers, wrap, autosave, preview). */
    void applySettings();
    /**
     * Focus mode on this page (look.on) or off: the editor alone in a centred column, the
     * toolbar, side panel, preview and footer hidden, and a slim bar below with the words
     * written this session, the story's word target and `tools` (the window's toggles).
     * Leaving shows what was shown before.
     */
    void setFocusMode(const FocusLook &look, const QList<QAction *> &tools = {});
    /** Words added since the page opened (never below zero). */
    [[nodiscard]] int sessionWords() const { return std::max(0, m_words - m_wordsAtOpen); }

    [[nodiscard]] BufferKeeper *keeper() const { return m_keeper; }
    /** The page's text editor: the window's Edit menu and the focus after opening act on it. */
    [[nodiscard]] MarkdownEditor *editor() const { return m_editor; }
    /** Word count and reading time of the text ("1,234 words · 6 min read"), for the status bar. */
    [[nodiscard]] QString statistics() const { return m_statistics; }
    /** The last preview rendered (for exports). */
    [[nodiscard]] const RenderResult &lastRender() const { return m_lastRender; }
    /** What a click on this preview URL does: opens an entity, the browser, or is refused. Public for tests. */
    void followLink(const QUrl &url);
    void exportHtml();
    void exportPdf();

Q_SIGNALS:
    /** A link in the preview names another entity. */
    void openEntityRequested(const QString &id, int line);
    /** Transient text for the window's status bar (link targets on hover, saves). */
    void statusMessage(const QString &message);
    void modificationChanged(bool modified);
    /** The entity's title changed in a new snapshot (its heading or front matter was edited and saved). */
    void titleChanged(const QString &title);
    /** The word count or reading time changed (a pause after typing). */
    void statisticsChanged(const QString &statistics);
    /** A quick fix that writes other files (a new page): the window applies it as one project-level step. */
    void projectEditRequested(const storyloom::ProjectEdit &edit);
    /** The preview was shown or hidden (its button, View > Preview, the settings). */
    void previewShownChanged(bool shown);

private:
    void createActions();
    /** The check's problems of this file, underlined in the editor. */
    void updateProblems();
    void onTextChanged();
    void onRendered(const RenderResult &result, const PreparedDocument &document);
    void updateFooter();
    void updateFocusBar();
    void createFocusBar(const QList<QAction *> &tools);
    /** Editor scrolled: the preview follows, by source line. */
    void syncPreviewScroll();
    /** Preview scrolled: the editor follows, by source line. */
    void syncEditorScroll();
    [[nodiscard]] int headingLine(const QString &file, const QString &fragment) const;

    QString m_entityId;
    Snapshot m_snapshot;
    QString m_filePath;
    QString m_root;
    MarkdownEditor *m_editor;
    PreviewBrowser *m_preview;
    PreviewScheduler *m_scheduler;
    OutlineView *m_outline;
    PropertiesPanel *m_properties;
    QTabWidget *m_side;
    NotificationBar *m_bar;
    FindBar *m_findBar;
    BufferKeeper *m_keeper = nullptr;
    QSplitter *m_splitter;
    QLabel *m_positionLabel;
    QLabel *m_wordsLabel;
    QToolBar *m_toolbar = nullptr;
    QTimer *m_footerTimer;
    std::shared_ptr<SpellChecker> m_spelling;
    QWidget *m_focusBar = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QSpinBox *m_targetBox = nullptr;
    /** What focus mode hid, shown again when it ends. */
    bool m_sideWasShown = false;
    bool m_previewWasShown = false;
    int m_words = 0;
    int m_wordsAtOpen = 0;
    QAction *m_previewAction = nullptr;
    RenderResult m_lastRender;
    QString m_statistics;
    QString m_title;
    bool m_livePreview = true;
    bool m_scrollSync = true;
    /** Set while one side is scrolled to follow the other, so that the follower does not lead back. */
    bool m_followingScroll = false;
    bool m_longLines = false;
};

} // namespace storyloom
