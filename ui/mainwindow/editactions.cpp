// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/editactions.h"

#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecthistory.h"
#include "ui/roadmap/roadmapview.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QUndoStack>

namespace storyloom {

namespace {
[[nodiscard]] bool isReadOnly(const QWidget *text)
{
    return text->property("readOnly").toBool();
}

[[nodiscard]] QTextDocument *documentOf(QWidget *text)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(text))
        return plain->document();
    if (auto *rich = qobject_cast<QTextEdit *>(text))
        return rich->document();
    return nullptr;
}

[[nodiscard]] bool canUndo(QWidget *text)
{
    if (auto *line = qobject_cast<QLineEdit *>(text))
        return line->isUndoAvailable();
    const QTextDocument *document = documentOf(text);
    return document && document->isUndoAvailable();
}

[[nodiscard]] bool canRedo(QWidget *text)
{
    if (auto *line = qobject_cast<QLineEdit *>(text))
        return line->isRedoAvailable();
    const QTextDocument *document = documentOf(text);
    return document && document->isRedoAvailable();
}
} // namespace

EditActions::EditActions(MainWindow *window, DocumentTabs *tabs, RoadmapView *roadmap)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_roadmap(roadmap)
{
    setObjectName(QStringLiteral("editActions"));
    auto add
        = [this](QList<QAction *> &menu, const QString &name, const QString &text, const QList<QKeySequence> &keys) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              action->setShortcuts(keys);
              menu.append(action);
              return action;
          };
    auto addSeparator = [this](QList<QAction *> &menu) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        menu.append(separator);
    };
    m_save
        = add(m_fileActions, QStringLiteral("saveAction"), tr("Sa&ve"), QKeySequence::keyBindings(QKeySequence::Save));
    connect(m_save, &QAction::triggered, this, [this] {
        if (EntityPage *page = currentPage())
            page->save();
    });
    m_saveAll = add(m_fileActions, QStringLiteral("saveAllAction"), tr("Save &All"), {});
    connect(m_saveAll, &QAction::triggered, m_tabs, &DocumentTabs::saveAll);

    m_undo
        = add(m_editActions, QStringLiteral("undoAction"), tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo));
    connect(m_undo, &QAction::triggered, this, [this] { run(Command::Undo); });
    m_redo
        = add(m_editActions, QStringLiteral("redoAction"), tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo));
    connect(m_redo, &QAction::triggered, this, [this] { run(Command::Redo); });
    addSeparator(m_editActions);
    m_cut = add(m_editActions, QStringLiteral("cutAction"), tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut));
    connect(m_cut, &QAction::triggered, this, [this] { run(Command::Cut); });
    m_copy
        = add(m_editActions, QStringLiteral("copyAction"), tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy));
    connect(m_copy, &QAction::triggered, this, [this] { run(Command::Copy); });
    m_paste = add(
        m_editActions, QStringLiteral("pasteAction"), tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste));
    connect(m_paste, &QAction::triggered, this, [this] { run(Command::Paste); });
    addSeparator(m_editActions);

    // The page's own commands, on the current page.
    auto onPage = [this](QAction *action, auto slot) {
        connect(action, &QAction::triggered, this, [this, slot] {
            if (EntityPage *page = currentPage())
                slot(page);
        });
        m_pageActions.append(action);
    };
    onPage(
        add(m_editActions, QStringLiteral("findAction"), tr("&Find…"), QKeySequence::keyBindings(QKeySequence::Find)),
        [](EntityPage *page) { page->find(); });
    onPage(add(m_editActions, QStringLiteral("replaceAction"), tr("R&eplace…"), { QKeySequence(Qt::CTRL | Qt::Key_H) }),
        [](EntityPage *page) { page->replace(); });
    onPage(add(m_editActions, QStringLiteral("goToLineAction"), tr("&Go to Line…"),
               { QKeySequence(Qt::CTRL | Qt::Key_L) }),
        [](EntityPage *page) { page->askGoToLine(); });
    m_pageActions.append(m_save);

    onPage(add(m_viewActions, QStringLiteral("propertiesAction"), tr("&Properties"),
               { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I) }),
        [](EntityPage *page) { page->toggleSidePanel(EntityPage::SidePanel::Properties); });
    onPage(add(m_viewActions, QStringLiteral("outlineAction"), tr("&Outline"),
               { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) }),
        [](EntityPage *page) { page->toggleSidePanel(EntityPage::SidePanel::Outline); });
    m_preview = add(m_viewActions, QStringLiteral("previewAction"), tr("Pre&view"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    m_preview->setCheckable(true);
    onPage(m_preview, [this](EntityPage *page) { page->setPreviewShown(m_preview->isChecked()); });

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && !qobject_cast<QMenuBar *>(now) && !qobject_cast<QMenu *>(now))
            m_lastFocus = now;
        refresh();
    });
    connect(m_tabs, &DocumentTabs::currentPageChanged, this, &EditActions::followCurrentPage);
    if (QUndoStack *stack = m_roadmap ? m_roadmap->undoStack() : nullptr) {
        connect(stack, &QUndoStack::indexChanged, this, &EditActions::refresh);
        connect(stack, &QUndoStack::canUndoChanged, this, &EditActions::refresh);
        connect(stack, &QUndoStack::canRedoChanged, this, &EditActions::refresh);
    }
    followCurrentPage();
}

EntityPage *EditActions::currentPage() const
{
    return m_tabs->currentPage();
}

QWidget *EditActions::workingWidget() const
{
    QWidget *focus = QApplication::focusWidget();
    // Alt and a menu's letter give the menu bar the focus meanwhile: the user still works where they were.
    if (qobject_cast<QMenuBar *>(focus) || qobject_cast<QMenu *>(focus))
        return m_lastFocus;
    return focus;
}

QWidget *EditActions::focusedText() const
{
    QWidget *focus = workingWidget();
    if (!focus || focus->window() != m_window)
        return nullptr;
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QTextEdit *>(focus))
        return focus;
    return nullptr;
}

QUndoStack *EditActions::focusedStack() const
{
    const QWidget *focus = workingWidget();
    if (!m_roadmap || !focus || (focus != m_roadmap && !m_roadmap->isAncestorOf(focus)))
        return nullptr;
    return m_roadmap->undoStack();
}

void EditActions::setProjectHistory(ProjectHistory *history, QWidget *owner)
{
    m_history = history;
    m_historyOwner = owner;
    QUndoStack *stack = history->stack();
    connect(stack, &QUndoStack::indexChanged, this, &EditActions::refresh);
    connect(stack, &QUndoStack::cleanChanged, this, &EditActions::refresh);
    refresh();
}

ProjectHistory *EditActions::focusedHistory() const
{
    const QWidget *focus = workingWidget();
    if (!m_history || !m_historyOwner || !focus || (focus != m_historyOwner && !m_historyOwner->isAncestorOf(focus)))
        return nullptr;
    return m_history;
}

void EditActions::run(Command command)
{
    QWidget *text = focusedText();
    QUndoStack *stack = text ? nullptr : focusedStack();
    // The project tree: rename, move, trash and new pages, each file they touched as one step.
    if (ProjectHistory *history = text || stack ? nullptr : focusedHistory()) {
        if (command == Command::Undo)
            history->undo();
        else if (command == Command::Redo)
            history->redo();
        refresh();
        return;
    }
    // Elsewhere on a page (its preview, its panels): the page's editor.
    if (!text && !stack) {
        const QWidget *focus = workingWidget();
        if (EntityPage *page = currentPage(); page && focus && page->isAncestorOf(focus))
            text = page->editor();
    }
    switch (command) {
    case Command::Undo:
        if (stack)
            stack->undo();
        else if (text)
            QMetaObject::invokeMethod(text, "undo");
        break;
    case Command::Redo:
        if (stack)
            stack->redo();
        else if (text)
            QMetaObject::invokeMethod(text, "redo");
        break;
    case Command::Cut:
        if (text)
            QMetaObject::invokeMethod(text, "cut");
        break;
    case Command::Copy:
        if (text)
            QMetaObject::invokeMethod(text, "copy");
        break;
    case Command::Paste:
        if (text)
            QMetaObject::invokeMethod(text, "paste");
        break;
    }
    refresh();
}

void EditActions::followCurrentPage()
{
    EntityPage *page = currentPage();
    if (page != m_followed) {
        if (m_followed) {
            disconnect(m_followed, nullptr, this, nullptr);
            disconnect(m_followed->editor(), nullptr, this, nullptr);
        }
        m_followed = page;
        if (page) {
            connect(page, &EntityPage::previewShownChanged, this, &EditActions::refresh);
            connect(page->editor(), &QPlainTextEdit::undoAvailable, this, &EditActions::refresh);
            connect(page->editor(), &QPlainTextEdit::redoAvailable, this, &EditActions::refresh);
        }
    }
    refresh();
}

void EditActions::refresh()
{
    EntityPage *page = currentPage();
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(page != nullptr);
    m_preview->setChecked(page && page->isPreviewShown());

    QWidget *text = focusedText();
    QUndoStack *stack = text ? nullptr : focusedStack();
    if (ProjectHistory *history = text || stack ? nullptr : focusedHistory())
        stack = history->stack();
    if (!text && !stack && page) {
        const QWidget *focus = workingWidget();
        if (focus && page->isAncestorOf(focus))
            text = page->editor();
    }
    const bool editable = text && !isReadOnly(text);
    m_undo->setEnabled(stack ? stack->canUndo() : editable && canUndo(text));
    m_redo->setEnabled(stack ? stack->canRedo() : editable && canRedo(text));
    // "Undo Edit Fundamentals": what the roadmap's stack would undo.
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_cut->setEnabled(editable);
    m_copy->setEnabled(text != nullptr);
    m_paste->setEnabled(editable);
}

} // namespace storyloom
