// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/documentfile.h"

#include "core/project/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStringDecoder>
#include <QTimer>

namespace storyloom {

DocumentFile::DocumentFile(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_root(QFileInfo(m_path).absolutePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_checkTimer(new QTimer(this))
{
    // Editors and git replace files in several steps: look once things settle.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &DocumentFile::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_checkTimer, qOverload<>(&QTimer::start));
}

void DocumentFile::setProjectRoot(const QString &root)
{
    m_root = root.isEmpty() ? QFileInfo(m_path).absolutePath() : QDir::cleanPath(QDir(root).absolutePath());
}

QString DocumentFile::decode(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

OpenedText DocumentFile::open()
{
    OpenedText result;
    QFile file(m_path);
    const QFileInfo info(m_path);
    if (info.size() > refuseLimit) {
        result.error
            = QCoreApplication::translate("storyloom::DocumentFile", "%1 is %2 MB; Storyloom opens files up to %3 MB.")
                  .arg(info.fileName())
                  .arg(info.size() / (1024 * 1024))
                  .arg(refuseLimit / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("storyloom::DocumentFile", "Cannot open %1: %2")
                           .arg(m_path, file.errorString());
        return result;
    }
    m_known = file.readAll();
    m_knownExists = true;
    m_bom = m_known.startsWith("\xEF\xBB\xBF");
    m_crlf = m_known.contains("\r\n");
    QStringDecoder decoder(QStringDecoder::Utf8);
    result.text = decoder.decode(m_known);
    result.invalidUtf8 = decoder.hasError();
    if (m_crlf)
        result.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.large = m_known.size() > largeFileLimit;
    qsizetype lineStart = 0;
    while (lineStart < result.text.size()) {
        qsizetype end = result.text.indexOf(u'\n', lineStart);
        if (end < 0)
            end = result.text.size();
        if (end - lineStart > longLineLimit) {
            result.longLines = true;
            break;
        }
        lineStart = end + 1;
    }
    watch();
    return result;
}

QByteArray DocumentFile::encode(const QString &text) const
{
    QString out = text;
    if (m_crlf)
        out.replace(u'\n', QStringLiteral("\r\n"));
    QByteArray bytes = out.toUtf8();
    if (m_bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

std::optional<QString> DocumentFile::save(const QString &text)
{
    // Never overwrite what another program wrote since we last looked.
    if (m_knownExists && existsOnDisk() && readDisk() != m_known) {
        check();
        return QCoreApplication::translate("storyloom::DocumentFile", "%1 was changed by another program")
            .arg(QFileInfo(m_path).fileName());
    }
    const QByteArray bytes = encode(text);
    const WriteResult written = Writer::writeFile(m_root, QDir(m_root).relativeFilePath(m_path), bytes);
    if (!written.ok)
        return written.error;
    m_known = bytes;
    m_knownExists = true;
    watch(); // the rename replaced the inode the watcher followed
    return std::nullopt;
}

QByteArray DocumentFile::readDisk() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool DocumentFile::existsOnDisk() const
{
    return QFileInfo::exists(m_path);
}

void DocumentFile::acceptDiskState()
{
    m_knownExists = existsOnDisk();
    m_known = m_knownExists ? readDisk() : QByteArray();
}

void DocumentFile::watch()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void DocumentFile::check()
{
    watch();
    if (!existsOnDisk()) {
        if (m_knownExists) {
            m_knownExists = false;
            Q_EMIT removedFromDisk();
        }
        return;
    }
    const QByteArray bytes = readDisk();
    if (m_knownExists && bytes == m_known)
        return;
    m_knownExists = true;
    m_known = bytes;
    Q_EMIT changedOnDisk(bytes);
}

} // namespace storyloom
