// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/exportrunner.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace storyloom {

std::optional<QString> ExportRunner::run(QWidget *parent, const QString &path, const Job &job)
{
    ExportResult result;
    // Layout and painting of a big graph take seconds: off the GUI thread, with a
    // busy indicator once it takes long enough to notice.
    std::unique_ptr<QThread> thread(QThread::create([&result, &job] { result = job(); }));
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    progress.reset();

    if (result.error)
        return result.error->message;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

void ExportRunner::announce(QStatusBar *bar, const QString &path)
{
    // One notice at a time: a second export replaces the first.
    delete bar->findChild<QLabel *>(QStringLiteral("exportNotice"), Qt::FindDirectChildrenOnly);
    const QFileInfo info(path);
    auto *notice = new QLabel(bar);
    notice->setObjectName(QStringLiteral("exportNotice"));
    notice->setTextFormat(Qt::RichText);
    notice->setText(tr("Exported to %1 · %2")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded),
                         QDir::toNativeSeparators(info.absoluteFilePath()).toHtmlEscaped()),
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(QUrl::fromLocalFile(info.absolutePath()).toString(QUrl::FullyEncoded),
                        tr("Open Folder").toHtmlEscaped())));
    notice->setToolTip(tr("Open the exported file or the folder it is in"));
    QObject::connect(
        notice, &QLabel::linkActivated, notice, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    bar->clearMessage();
    bar->addWidget(notice, 1);
    notice->show();
    QTimer::singleShot(30000, notice, &QObject::deleteLater);
}

} // namespace storyloom
