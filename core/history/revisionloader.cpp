// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/revisionloader.h"

#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"
#include "core/extract/projectscanner.h"
#include "core/parse/parseddocument.h"
#include "core/util/logging.h"
#include "core/util/projectkey.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace storyloom {

namespace {
/** What readProjectConfig() reads; never larger than this (as in the folder). */
constexpr qint64 maxConfigSize = 1024 * 1024;
const QStringList configNames = { QStringLiteral("book.toml"), QStringLiteral("storyloom.yml") };
} // namespace

RevisionLoader::RevisionLoader(const QString &projectRoot)
    : m_root(QFileInfo(projectRoot).absoluteFilePath())
    , m_git(m_root)
{ }

QString RevisionLoader::parsesFile(const QString &projectRoot)
{
    // Beside the index: the cache folder, named like the index's file (never the content folder).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/history");
    return folder + u'/' + QFileInfo(projectRoot).fileName() + u'-' + projectKey(projectRoot)
        + QStringLiteral(".parses");
}

Snapshot RevisionLoader::load(const QString &commit, HistoryError *error, const std::atomic_bool *cancel)
{
    const std::optional<RevisionTree> tree = m_git.tree(commit, error);
    if (!tree)
        return nullptr;
    return load(*tree, error, cancel);
}

std::optional<QHash<QByteArray, QByteArray>> RevisionLoader::fetch(const QList<QByteArray> &ids, HistoryError *error)
{
    QHash<QByteArray, QByteArray> found;
    QList<QByteArray> missing;
    for (const QByteArray &id : ids) {
        if (auto it = m_configBlobs.constFind(id); it != m_configBlobs.cend())
            found.insert(id, *it);
        else if (auto ahead = m_prefetched.constFind(id); ahead != m_prefetched.cend())
            found.insert(id, *ahead);
        else
            missing.append(id);
    }
    std::optional<QHash<QByteArray, QByteArray>> read = m_git.blobs(missing, error);
    if (!read)
        return std::nullopt;
    found.insert(*read);
    return found;
}

QByteArray RevisionLoader::configKey(const QHash<QString, const TreeEntry *> &byPath)
{
    QByteArray key;
    for (const QString &name : configNames) {
        const TreeEntry *entry = byPath.value(name);
        key += (entry ? entry->blob : QByteArray()) + ':';
    }
    return key;
}

const ProjectConfig *RevisionLoader::configOf(const QHash<QString, const TreeEntry *> &byPath, HistoryError *error)
{
    // readProjectConfig() reads the configuration files and whether an mdBook's SUMMARY.md exists;
    // the same of those give the same configuration (reading it compiles every rule: not per revision).
    const QByteArray identity
        = configKey(byPath) + (byPath.contains(QStringLiteral("src/SUMMARY.md")) ? "summary" : "");
    if (const auto known = m_configs.find(identity); known != m_configs.end())
        return &known->second;
    QList<QByteArray> ids;
    for (const QString &name : configNames) {
        if (const TreeEntry *entry = byPath.value(name); entry && entry->size <= maxConfigSize)
            ids.append(entry->blob);
    }
    const std::optional<QHash<QByteArray, QByteArray>> bytes = fetch(ids, error);
    if (!bytes)
        return nullptr;
    for (auto blob = bytes->cbegin(); blob != bytes->cend(); ++blob)
        m_configBlobs.insert(blob.key(), *blob);
    ConfigFiles files;
    files.exists = [&byPath](const QString &name) { return byPath.contains(name); };
    files.read = [&byPath, &bytes](const QString &name) {
        const TreeEntry *entry = byPath.value(name);
        return entry ? bytes->value(entry->blob) : QByteArray();
    };
    return &m_configs.emplace(identity, readProjectConfig(m_root, files)).first->second;
}

Snapshot RevisionLoader::load(const RevisionTree &tree, HistoryError *error, const std::atomic_bool *cancel)
{
    // Read on the first load only: a log whose rows are all kept loads nothing.
    if (!m_cacheOpened) {
        m_cache.open(parsesFile(m_root));
        m_cacheOpened = true;
    }
    QHash<QString, const TreeEntry *> byPath;
    QHash<QString, QByteArray> blobs;
    for (const TreeEntry &entry : tree) {
        byPath.insert(entry.path, &entry);
        blobs.insert(entry.path, entry.blob);
    }

    // One read for the configuration and every Markdown blob whose parse is not kept (the
    // configuration says which of them are content; those outside are few).
    m_cache.setRevision(std::move(blobs), configKey(byPath));
    LoadOptions options;
    QList<QByteArray> wanted;
    for (const TreeEntry &entry : tree) {
        const bool config = configNames.contains(entry.path) && entry.size <= maxConfigSize;
        const bool markdown = entry.path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            && entry.size <= options.maxFileSize && !m_cache.ready(entry.path);
        if (config || markdown)
            wanted.append(entry.blob);
    }
    std::optional<QHash<QByteArray, QByteArray>> bytes = fetch(wanted, error);
    if (!bytes)
        return nullptr;
    for (const QString &name : configNames) {
        if (const TreeEntry *entry = byPath.value(name); entry && bytes->contains(entry->blob))
            m_configBlobs.insert(entry->blob, bytes->value(entry->blob));
    }
    const ProjectConfig *configured = configOf(byPath, error);
    if (!configured)
        return nullptr;
    const ProjectConfig &config = *configured;

    std::vector<ListedFile> listed;
    listed.reserve(tree.size());
    for (const TreeEntry &entry : tree)
        listed.push_back({ entry.path, entry.size, 0 });
    const ProjectListing listing = listFiles(listed, config);

    if (cancel && cancel->load()) {
        if (error)
            *error = HistoryError::make(HistoryError::Code::Cancelled);
        return nullptr;
    }

    options.cancel = cancel;
    options.cache = &m_cache;
    options.listing = &listing;
    options.config = &config;
    const qint64 maxFileSize = options.maxFileSize;
    options.read = [&byPath, &bytes, maxFileSize](const QString &path, qint64 size) {
        const TreeEntry *entry = byPath.value(path);
        const auto blob = entry ? bytes->constFind(entry->blob) : bytes->cend();
        if (size <= maxFileSize && blob == bytes->cend()) {
            ReadSource missing;
            missing.problem = Diagnostic::error({ path, 0, 0 },
                tr("cannot read the file: its object is missing from the repository (a partial clone?)"));
            return missing;
        }
        return sourceFromBytes(path, size <= maxFileSize ? *blob : QByteArray(), size, maxFileSize);
    };
    LoadResult result = ProjectLoader::run(m_root, options);
    if (cancel && cancel->load()) {
        if (error)
            *error = HistoryError::make(HistoryError::Code::Cancelled);
        return nullptr;
    }
    m_parsed += result.filesParsed;
    m_reused += result.filesReused;
    qCDebug(lcHistory) << "revision loaded:" << result.filesParsed << "parsed," << result.filesReused << "reused,"
                       << result.milliseconds << "ms";
    return result.snapshot;
}

} // namespace storyloom

namespace storyloom {

std::optional<ParsedDocument> RevisionLoader::parseOf(
    const TreeEntry &entry, const QByteArray &configKey, const ProjectConfig &config, HistoryError *error)
{
    const qint64 maxFileSize = LoadOptions().maxFileSize;
    if (entry.size > maxFileSize)
        return std::nullopt;
    m_cache.setRevision({ { entry.path, entry.blob } }, configKey);
    if (std::optional<ParsedDocument> kept = m_cache.findUnchanged(entry.path, entry.size, 0))
        return kept;
    const std::optional<QHash<QByteArray, QByteArray>> bytes = fetch({ entry.blob }, error);
    if (!bytes || !bytes->contains(entry.blob))
        return std::nullopt;
    const ReadSource source = sourceFromBytes(entry.path, bytes->value(entry.blob), entry.size, maxFileSize);
    if (source.problem)
        return std::nullopt;
    // As the scan parses it (ProjectLoader), so the next load takes this parse as its own.
    ParsedDocument document = parseDocument(source.bytes, entry.path);
    GraphBuilder::trim(entry.path, document, config);
    m_cache.store(entry.path, entry.size, 0, source.hash, document);
    ++m_parsed;
    return document;
}

bool RevisionLoader::sameGraph(
    const RevisionTree &before, const RevisionTree &after, const QStringList &changed, HistoryError *error)
{
    if (!m_cacheOpened) {
        m_cache.open(parsesFile(m_root));
        m_cacheOpened = true;
    }
    if (before.size() != after.size())
        return false;
    QHash<QString, const TreeEntry *> was;
    QHash<QString, const TreeEntry *> now;
    for (const TreeEntry &entry : before)
        was.insert(entry.path, &entry);
    for (const TreeEntry &entry : after)
        now.insert(entry.path, &entry);
    const QByteArray key = configKey(now);
    if (configKey(was) != key)
        return false;
    const ProjectConfig *config = configOf(now, error);
    if (!config)
        return false;
    for (const QString &path : changed) {
        const TreeEntry *old = was.value(path);
        const TreeEntry *current = now.value(path);
        if (!old || !current)
            return false;
        // Only a file's existence matters to the graph unless the scan parses it (Markdown).
        if (!path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
            continue;
        const std::optional<ParsedDocument> oldParse = parseOf(*old, key, *config, error);
        const std::optional<ParsedDocument> newParse = parseOf(*current, key, *config, error);
        // The rule the index's prose-only edits follow (TextEdits): the same digest, the same graph but for the text.
        if (!oldParse || !newParse
            || GraphBuilder::documentFingerprint(path, *oldParse, *config)
                != GraphBuilder::documentFingerprint(path, *newParse, *config))
            return false;
    }
    return true;
}

} // namespace storyloom
