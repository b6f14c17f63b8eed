// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small project fixtures for the editor tests: files on disk and a hand-made snapshot.
#pragma once

#include "core/model/storygraph.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"
#include "ui/preview/previewbrowser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTest>

namespace storyloom::test {

/**
 * Keeps a GUI test away from the user's own state: settings and data in
 * QStandardPaths' test locations under the test's `name`, recovery journals
 * in `journalDir`.
 */
inline void isolateGuiTest(const QString &name, const QString &journalDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("storyloom-tests"));
    QCoreApplication::setApplicationName(name);
    qputenv("STORYLOOM_RECOVERY_DIR", journalDir.toUtf8());
}

/** An entity page's editor, found by object name as a person's tools would find it. */
inline MarkdownEditor *editorOf(const QWidget *page)
{
    return page->findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"));
}

/** An entity page's preview. */
inline PreviewBrowser *previewOf(const QWidget *page)
{
    return page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"));
}

/** An entity page's notification bar (conflicts, deleted files, errors). */
inline NotificationBar *notificationBarOf(const QWidget *page)
{
    return page->findChild<NotificationBar *>(QStringLiteral("notificationBar"));
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Types `text` into `widget` key by key, as a person would; any Unicode (QTest::keyClicks only takes ASCII). */
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
        i += length - 1;
    }
}

/** A snapshot of a folder where every `*.md` at the top is one page entity (id = file name without .md). */
inline Snapshot snapshotOf(const QString &root)
{
    std::vector<Entity> entities;
    const QStringList files = QDir(root).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Entity entity;
        entity.id = QFileInfo(name).completeBaseName();
        entity.title = entity.id.toUpper();
        entity.source.path = name;
        entity.source.line = 1;
        entities.push_back(entity);
    }
    return std::make_shared<const StoryGraph>(root, QStringLiteral("Test"), ProjectFormat::Folder, std::move(entities),
        std::vector<Relation> {}, Diagnostics {});
}

} // namespace storyloom::test
