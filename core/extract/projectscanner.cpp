// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/projectscanner.h"

#include "core/extract/parsecache.h"
#include "core/util/parallel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QSet>
#include <QTimeZone>

namespace storyloom {

namespace {

struct Candidate
{
    QString path;
    qint64 size = 0;
    qint64 mtime = 0;
    std::optional<ParsedDocument> document;
    QByteArray bytes;
    QByteArray hash;
    std::optional<Diagnostic> problem;
    bool parsedNow = false;
    bool counted = false;
};

bool isHidden(QStringView relative)
{
    for (QStringView part : relative.tokenize(u'/')) {
        if (part.startsWith(u'.') || part == QLatin1StringView("node_modules"))
            return true;
    }
    return false;
}

/** Takes one file found under a content folder into the listing: every file is a link target, Markdown is read. */
void addListed(ProjectListing &result, const ProjectConfig &config, const QString &relative, qint64 size, qint64 mtime)
{
    result.allFiles.insert(relative);
    if (!relative.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        return;
    if (!config.templatesDir.isEmpty() && relative.startsWith(config.templatesDir + u'/'))
        return;
    if (relative.contains(u'\n') || relative.contains(u'\r')) {
        result.diagnostics.append(Diagnostic::warning({ relative.simplified(), 0, 0 },
            QCoreApplication::translate("storyloom", "file name contains a line break; not read")));
        return;
    }
    result.markdown.push_back({ relative, size, mtime });
}

bool skippedFolder(const ProjectConfig &config, const QString &relative)
{
    return isHidden(relative)
        || (config.format == ProjectFormat::MdBook && relative.startsWith(QLatin1String("book/")));
}

void sortListing(ProjectListing &listing)
{
    std::sort(listing.markdown.begin(), listing.markdown.end(),
        [](const ListedFile &a, const ListedFile &b) { return a.path < b.path; });
}

} // namespace

ProjectListing listProject(const QString &root, const ProjectConfig &config)
{
    ProjectListing result;
    const QDir rootDir(root);
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    QSet<QString> seen;
    const QString rootPrefix = root.endsWith(u'/') ? root : root + u'/';

    for (const QString &contentDir : config.contentDirs) {
        const QString start = contentDir == QLatin1String(".") ? root : root + u'/' + contentDir;
        // Without FollowSymlinks the iterator never descends into a linked folder: no loops, no escapes.
        QDirIterator it(start, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            // The iterator's paths start with the root it was given: cutting that off is what
            // relativeFilePath() does, without cleaning every path (a large part of a big listing).
            const QString filePath = info.filePath();
            const QString relative = filePath.startsWith(rootPrefix) ? filePath.mid(rootPrefix.size())
                                                                     : rootDir.relativeFilePath(filePath);
            if (seen.contains(relative) || skippedFolder(config, relative))
                continue;
            seen.insert(relative);
            if (info.isSymLink()) {
                const QString target = info.canonicalFilePath();
                if (target.isEmpty() || !(target == canonicalRoot || target.startsWith(canonicalRoot + u'/'))) {
                    if (relative.endsWith(QLatin1String(".md")))
                        result.diagnostics.append(Diagnostic::warning({ relative, 0, 0 },
                            QCoreApplication::translate(
                                "storyloom", "symbolic link points outside the project (or nowhere); not read")));
                    continue;
                }
            }
            // In UTC: converting every time to local time only to take its epoch back was slow.
            addListed(result, config, relative, info.size(), info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
        }
    }
    sortListing(result);
    return result;
}

ProjectListing listFiles(const std::vector<ListedFile> &files, const ProjectConfig &config)
{
    ProjectListing result;
    for (const ListedFile &file : files) {
        const bool inContent = std::any_of(config.contentDirs.cbegin(), config.contentDirs.cend(),
            [&file](const QString &dir) { return dir == QLatin1String(".") || file.path.startsWith(dir + u'/'); });
        if (inContent && !skippedFolder(config, file.path))
            addListed(result, config, file.path, file.size, file.mtime);
    }
    sortListing(result);
    return result;
}

ListingFingerprints fingerprintListing(const QString &root, const ProjectListing &listing)
{
    QCryptographicHash inputs(QCryptographicHash::Sha1);
    QCryptographicHash shape(QCryptographicHash::Sha1);
    auto add = [](QCryptographicHash &hash, const QString &path, qint64 size, qint64 mtime) {
        hash.addData(path.toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&mtime), sizeof mtime));
    };
    auto addToBoth = [&](const QString &path, qint64 size, qint64 mtime) {
        add(inputs, path, size, mtime);
        add(shape, path, size, mtime);
    };
    for (const ListedFile &file : listing.markdown) {
        add(inputs, file.path, file.size, file.mtime);
        add(shape, file.path, 0, 0);
    }
    QStringList others = listing.allFiles.values();
    std::sort(others.begin(), others.end());
    for (const QString &path : std::as_const(others))
        addToBoth(path, 0, 0);
    for (const Diagnostic &d : listing.diagnostics)
        addToBoth(d.location.path + u'\x1f' + d.message, d.location.line, d.location.column);
    for (const char *name : { "storyloom.yml", "book.toml" }) {
        const QFileInfo info(root + u'/' + QLatin1StringView(name));
        addToBoth(QLatin1StringView(name), info.exists() ? info.size() : -1,
            info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0);
    }
    return { inputs.result(), shape.result() };
}

ReadSource readSource(const QString &root, const QString &path, qint64 size, qint64 maxFileSize)
{
    if (size > maxFileSize)
        return sourceFromBytes(path, {}, size, maxFileSize);
    QFile file(root + u'/' + path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadSource result;
        result.problem = Diagnostic::error({ path, 0, 0 },
            QCoreApplication::translate("storyloom", "cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    return sourceFromBytes(path, file.read(maxFileSize + 1), size, maxFileSize);
}

ReadSource sourceFromBytes(const QString &path, QByteArray bytes, qint64 size, qint64 maxFileSize)
{
    ReadSource result;
    if (size > maxFileSize) {
        result.problem = Diagnostic::error({ path, 0, 0 },
            QCoreApplication::translate("storyloom", "file is too large to read (%1 MB; the limit is %2 MB)")
                .arg(double(size) / 1048576.0, 0, 'f', 1)
                .arg(maxFileSize / 1048576));
        return result;
    }
    if (bytes.left(8192).contains('\0')) {
        result.problem = Diagnostic::error({ path, 0, 0 },
            QCoreApplication::translate(
                "storyloom", "file looks binary (it contains NUL bytes); not read as Markdown"));
        return result;
    }
    result.bytes = std::move(bytes);
    result.hash = QCryptographicHash::hash(result.bytes, QCryptographicHash::Sha1);
    return result;
}

ScanResult scanProject(const QString &root, const ProjectConfig &config, const ScanOptions &options)
{
    ScanResult result;
    const ProjectListing listed = options.listing ? ProjectListing() : listProject(root, config);
    const ProjectListing &listing = options.listing ? *options.listing : listed;
    result.allFiles = listing.allFiles;
    result.diagnostics = listing.diagnostics;
    std::vector<Candidate> candidates;
    candidates.reserve(listing.markdown.size());
    for (const ListedFile &file : listing.markdown) {
        Candidate candidate;
        candidate.path = file.path;
        candidate.size = file.size;
        candidate.mtime = file.mtime;
        candidates.push_back(std::move(candidate));
    }

    // Stage 1 (this thread): unchanged files come from the cache.
    if (options.cache) {
        for (Candidate &c : candidates)
            c.document = options.cache->findUnchanged(c.path, c.size, c.mtime);
    }

    // Stage 2 (all cores): read and hash what the cache did not have; parse at once what it
    // cannot have (the whole project on a first build), so no file's bytes wait in memory.
    const int total = int(candidates.size());
    std::atomic_int done { 0 };
    auto report = [&] {
        const int now = ++done;
        if (options.progress && (now % 32 == 0 || now == total))
            options.progress(now, total);
    };
    auto parse = [&options](Candidate &c) {
        c.document = parseDocument(c.bytes, c.path);
        if (options.trim)
            options.trim(c.path, *c.document);
        c.parsedNow = true;
    };
    parallelFor(
        total,
        [&](int i) {
            Candidate &c = candidates[size_t(i)];
            if (c.document) {
                return;
            }
            ReadSource read
                = options.read ? options.read(c.path, c.size) : readSource(root, c.path, c.size, options.maxFileSize);
            if (read.problem) {
                c.problem = std::move(read.problem);
                return;
            }
            c.bytes = std::move(read.bytes);
            c.hash = std::move(read.hash);
            if (!options.cache || !options.cache->mayHave(c.path)) {
                parse(c);
                c.bytes.clear();
                c.counted = true;
                report();
            }
        },
        options.cancel);

    // Stage 3 (this thread): touched-but-unchanged files by hash.
    if (options.cache) {
        for (Candidate &c : candidates) {
            if (!c.document && !c.problem && !c.hash.isEmpty())
                c.document = options.cache->findByHash(c.path, c.hash);
        }
    }

    // Stage 4 (all cores): parse the rest.
    parallelFor(
        total,
        [&](int i) {
            Candidate &c = candidates[size_t(i)];
            if (!c.document && !c.problem)
                parse(c);
            c.bytes.clear();
            if (!c.counted)
                report();
        },
        options.cancel);

    QStringList present;
    for (Candidate &c : candidates) {
        if (c.problem) {
            result.diagnostics.append(*c.problem);
            continue;
        }
        if (!c.document)
            continue; // cancelled
        present.append(c.path);
        if (c.parsedNow) {
            ++result.parsed;
            if (options.cache)
                options.cache->store(c.path, c.size, c.mtime, c.hash, *c.document);
        } else {
            ++result.reused;
        }
        result.files.push_back({ c.path, c.size, c.mtime, std::move(*c.document) });
    }
    if (options.cache && !(options.cancel && options.cancel->load()))
        options.cache->retainOnly(present);
    return result;
}

} // namespace storyloom
