// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/recoveryjournal.h"

#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace storyloom {

namespace {
// File layout: one line of compact JSON (the metadata), a newline, then the buffer's bytes untouched.
constexpr auto suffix = QLatin1StringView(".journal");
} // namespace

RecoveryJournal::RecoveryJournal(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{ }

QString RecoveryJournal::defaultDirectory()
{
    // An override for tests and for people who keep recovery data elsewhere.
    const QString overridden = qEnvironmentVariable("STORYLOOM_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::entryPath(const QString &filePath) const
{
    const QByteArray key
        = QCryptographicHash::hash(QDir::cleanPath(filePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + u'/' + QString::fromLatin1(key.left(20)) + suffix;
}

bool RecoveryJournal::write(const JournalEntry &entry)
{
    if (!QDir().mkpath(m_directory)) {
        m_lastError = QStringLiteral("cannot create %1").arg(m_directory);
        qCWarning(lcJournal).noquote() << "journal not written:" << m_lastError;
        return false;
    }
    const QJsonObject meta { { QStringLiteral("file"), QDir::cleanPath(entry.filePath) },
        { QStringLiteral("project"), entry.projectRoot },
        { QStringLiteral("written"),
            (entry.written.isValid() ? entry.written : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs) },
        { QStringLiteral("size"), qint64(entry.contents.size()) } };
    QSaveFile file(entryPath(entry.filePath));
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = file.errorString();
        qCWarning(lcJournal).noquote() << "journal not written:" << file.fileName() << m_lastError;
        return false;
    }
    file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    file.write("\n", 1);
    file.write(entry.contents);
    if (!file.commit()) {
        m_lastError = file.errorString();
        qCWarning(lcJournal).noquote() << "journal not written:" << file.fileName() << m_lastError;
        return false;
    }
    return true;
}

void RecoveryJournal::discard(const QString &filePath)
{
    QFile::remove(entryPath(filePath));
}

std::optional<JournalEntry> RecoveryJournal::read(const QString &journalFile)
{
    QFile file(journalFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = file.readAll();
    const qsizetype newline = all.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(all.left(newline)).object();
    JournalEntry entry;
    entry.filePath = meta.value(QStringLiteral("file")).toString();
    entry.projectRoot = meta.value(QStringLiteral("project")).toString();
    entry.written = QDateTime::fromString(meta.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    entry.contents = all.mid(newline + 1);
    if (entry.filePath.isEmpty() || meta.value(QStringLiteral("size")).toInteger(-1) != entry.contents.size())
        return std::nullopt; // not ours, or torn (QSaveFile makes that unlikely)
    return entry;
}

std::optional<JournalEntry> RecoveryJournal::entry(const QString &filePath) const
{
    return read(entryPath(filePath));
}

QList<JournalEntry> RecoveryJournal::entries(const QString &projectRoot) const
{
    QList<JournalEntry> result;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({ QStringLiteral("*") + suffix }, QDir::Files);
    for (const QString &name : names) {
        std::optional<JournalEntry> entry = read(dir.filePath(name));
        if (!entry)
            continue;
        if (!projectRoot.isEmpty() && QDir::cleanPath(entry->projectRoot) != QDir::cleanPath(projectRoot))
            continue;
        result.append(*entry);
    }
    std::sort(result.begin(), result.end(),
        [](const JournalEntry &a, const JournalEntry &b) { return a.written < b.written; });
    return result;
}

} // namespace storyloom
