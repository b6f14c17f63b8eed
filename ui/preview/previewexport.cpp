// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewexport.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <memory>

namespace storyloom {

std::optional<QString> PreviewExport::writeHtml(
    const QString &path, const RenderResult &result, const QString &title, PreviewTheme theme)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(MarkdownRenderer::standaloneHtml(result, title, theme).toUtf8());
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

std::optional<QString> PreviewExport::writePdf(
    const QString &path, const RenderResult &result, const QString &title, const QString &baseDir)
{
    QByteArray pdf;
    // The PDF engine reads the emoji font's unscaled outlines, which leaves that
    // font's shared face at the wrong size: emoji in the panels would overlap
    // their labels until a restart. Font faces are per thread, so the PDF gets
    // its own thread.
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Storyloom"));
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        QTextDocument document;
        document.setBaseUrl(QUrl::fromLocalFile(baseDir + u'/'));
        document.setDefaultStyleSheet(MarkdownRenderer::styleSheet(PreviewTheme::Light));
        document.setHtml(result.html);
        document.print(&writer);
    }));
    thread->start();
    thread->wait();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(pdf);
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace storyloom
