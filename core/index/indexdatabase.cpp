// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexdatabase.h"

#include "core/util/logging.h"
#include "core/util/projectkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QStandardPaths>

#include <sqlite3.h>

namespace storyloom {

namespace {

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // a new, empty database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

IndexError IndexError::make(int code, QString message)
{
    IndexError error;
    error.code = code;
    error.message = std::move(message);
    return error;
}

bool IndexError::note(bool step, const SqliteConnection &connection)
{
    // Statements after a failed one may succeed and clear SQLite's error: keep the first.
    if (!step && !isSet()) {
        code = connection.lastErrorCode();
        message = connection.lastError();
        if (code == SQLITE_OK)
            code = SQLITE_ERROR;
    }
    return step;
}

QString IndexDatabase::pathFor(const QString &projectRoot)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");
    return folder + QLatin1Char('/') + QFileInfo(projectRoot).fileName() + QLatin1Char('-') + projectKey(projectRoot)
        + QStringLiteral(".sqlite");
}

IndexDatabase::Opened IndexDatabase::open(const QString &projectRoot, Verify verify)
{
    return openFile(pathFor(projectRoot), verify);
}

void IndexDatabase::moveAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".broken");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(aside + suffix);
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            QFile::remove(path + suffix);
    }
}

IndexDatabase::Opened IndexDatabase::openFile(const QString &path, Verify verify)
{
    Opened result;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Two attempts: as found, then (after moving a bad file aside) new.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString problem;
        if (QFileInfo::exists(path) && !hasSqliteHeader(path))
            problem = QCoreApplication::translate("IndexDatabase", "the index was not a database");
        std::unique_ptr<IndexDatabase> db(new IndexDatabase);
        db->m_path = path;
        SqliteConnection &c = db->m_connection;
        if (problem.isEmpty() && !c.open(path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs)) {
            if (!isCorruptionCode(c.lastErrorCode())) {
                result.error = QCoreApplication::translate("IndexDatabase", "cannot open the index %1: %2")
                                   .arg(path, c.lastError());
                return result;
            }
            problem = c.lastError();
        }
        std::optional<qint64> version;
        if (problem.isEmpty()) {
            version = c.queryInt("PRAGMA user_version");
            if (!version)
                problem = c.lastError();
            else if (*version != 0 && *version != IndexSchema::version)
                // Older or newer: the files are all it holds, so it is built anew rather than converted.
                problem = QCoreApplication::translate(
                    "IndexDatabase", "the index was written by another version of Storyloom (schema %1)")
                              .arg(*version);
            else if (verify == Verify::Yes) {
                SqliteStatement check = c.prepare("PRAGMA quick_check(1)");
                if (!check.next() || check.text(0) != QLatin1StringView("ok"))
                    problem = QCoreApplication::translate("IndexDatabase", "the index failed its integrity check");
            }
        }
        if (problem.isEmpty()) {
            if (version == 0)
                IndexSchema::prepareNewFile(c);
            db->setConnectionDefaults();
            if (version == 0 && !IndexSchema::create(c)) {
                if (!isCorruptionCode(c.lastErrorCode())) {
                    result.error = QCoreApplication::translate("IndexDatabase", "cannot prepare the index %1: %2")
                                       .arg(path, c.lastError());
                    return result;
                }
                problem = c.lastError();
            }
        }
        if (problem.isEmpty()) {
            result.database = std::move(db);
            return result;
        }
        db.reset();
        moveAside(path);
        result.notice = QCoreApplication::translate("IndexDatabase", "The index was rebuilt (%1).").arg(problem);
    }
    result.error = QCoreApplication::translate("IndexDatabase", "cannot create the index %1").arg(path);
    return result;
}

IndexDatabase::~IndexDatabase() = default;

void IndexDatabase::setConnectionDefaults()
{
    // WAL lets readers (the GUI, other windows) go on while one writer works.
    m_connection.exec("PRAGMA journal_mode = WAL");
    m_connection.exec("PRAGMA synchronous = NORMAL");
    m_connection.exec("PRAGMA foreign_keys = OFF");
}

QString IndexDatabase::meta(MetaKey key) const
{
    return IndexSchema::meta(m_connection, key);
}

bool IndexDatabase::setMeta(MetaKey key, const QString &value)
{
    SqliteStatement statement = m_connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    return statement.bind(1, QString::fromLatin1(metaKeyName(key))).bind(2, value).exec();
}

bool IndexDatabase::hasSnapshot() const
{
    return meta(MetaKey::Complete) == QLatin1StringView("1");
}

bool IndexDatabase::setJournal(Journal journal)
{
    const bool on = journal == Journal::Rollback;
    SqliteStatement mode = m_connection.prepare(on ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL");
    const bool switched = mode.next() && mode.text(0) == QLatin1StringView(on ? "delete" : "wal");
    mode.reset();
    // Back to WAL still unsynced: the switch itself would wait for the disk as long as the commit did.
    if (switched || !on)
        m_connection.exec(on ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = NORMAL");
    return switched;
}

bool IndexDatabase::begin()
{
    return m_connection.exec("BEGIN IMMEDIATE");
}

bool IndexDatabase::commit()
{
    if (!m_connection.exec("COMMIT")) {
        qCWarning(lcIndex) << "cannot commit to the index" << m_path << ':' << m_connection.lastError();
        rollback();
        return false;
    }
    if (m_reopenAfterCommit) {
        // Tables written behind SQLite's back (SearchBuilder): a new connection reads them afresh.
        // The commit stands either way: a connection that could not be opened fails later calls.
        m_reopenAfterCommit = false;
        m_connection.close();
        if (m_connection.open(m_path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs))
            setConnectionDefaults();
        else
            qCWarning(lcIndex) << "cannot reopen the index" << m_path << "after a commit:" << m_connection.lastError();
    }
    return true;
}

void IndexDatabase::rollback()
{
    m_reopenAfterCommit = false;
    m_connection.exec("ROLLBACK");
}

bool IndexDatabase::inTransaction() const
{
    return m_connection.isOpen() && sqlite3_get_autocommit(m_connection.handle()) == 0;
}

} // namespace storyloom
