// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexer.h"

#include "index/indexdatabase.h"
#include "index/indexparsecache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace storyloom {

CachedSnapshot Indexer::loadCached(const QString &rootPath)
{
    CachedSnapshot result;
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    result.notice = opened.notice;
    if (!opened.database)
        return result;
    result.snapshot = opened.database->loadSnapshot(root);
    if (!result.snapshot && opened.database->lastErrorWasCorruption()) {
        const QString path = opened.database->path();
        opened.database.reset();
        IndexDatabase::moveAside(path);
        result.notice = QCoreApplication::translate("Indexer", "The index was damaged; it is being rebuilt.");
    }
    return result;
}

IndexRefresh Indexer::refresh(const QString &rootPath, const LoadOptions &options, bool verify)
{
    QElapsedTimer timer;
    timer.start();
    IndexRefresh result;
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    auto loadWithoutIndex = [&] {
        const LoadResult load = ProjectLoader::run(root, options);
        result.snapshot = load.snapshot;
        result.filesRead = load.filesParsed;
        result.cancelled = options.cancel && options.cancel->load();
        result.milliseconds = timer.elapsed();
        return result;
    };

    IndexDatabase::Opened opened = IndexDatabase::open(root, verify);
    result.notice = opened.notice;
    if (!opened.database) {
        result.error = opened.error;
        return loadWithoutIndex();
    }
    IndexDatabase &db = *opened.database;
    if (!db.begin()) {
        result.error = QCoreApplication::translate("Indexer", "the index is busy or read-only (%1); it was not updated")
                           .arg(db.connection().lastError());
        return loadWithoutIndex();
    }
    IndexParseCache cache(db);
    LoadOptions withCache = options;
    withCache.cache = &cache;
    const LoadResult load = ProjectLoader::run(root, withCache);
    result.snapshot = load.snapshot;
    result.filesRead = cache.filesRead();
    result.filesSkipped = cache.filesSkipped();
    result.filesRemoved = cache.filesRemoved();
    if ((options.cancel && options.cancel->load()) || !load.snapshot) {
        db.rollback();
        result.cancelled = true;
        result.milliseconds = timer.elapsed();
        return result;
    }
    const IndexWriteResult written = db.write(*load.snapshot);
    if (!written.ok || !cache.ok()) {
        result.error = written.error.isEmpty() ? db.connection().lastError() : written.error;
        db.rollback();
    } else if (!db.commit()) {
        result.error = db.connection().lastError();
    } else {
        result.documentsWritten = written.documentsWritten;
    }
    result.milliseconds = timer.elapsed();
    return result;
}

} // namespace storyloom
