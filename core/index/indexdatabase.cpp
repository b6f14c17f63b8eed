// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexdatabase.h"

#include "core/index/indexschema.h"
#include "core/index/relationrows.h"
#include "core/index/searchbuilder.h"
#include "core/index/snapshotcodec.h"
#include "core/index/snapshotreader.h"
#include "core/parse/frontmatter.h"
#include "core/parse/parseddocument.h"
#include "core/util/parallel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QStandardPaths>

#include <future>

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

QString attributeText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QLatin1Char('\n'));
    return value.toString();
}

/** Adds one search row to a file's fingerprint (see fingerprint()); `body` is bodyDigestOf() the row's body. */
size_t addToFingerprint(size_t hash, const QString &id, const QString &title, int line, quint64 body)
{
    return qHashMulti(hash, id, title, line, body);
}

/** The digest of an entity's body, also when the body itself was left out (see Entity::bodyDigest). */
quint64 bodyDigest(const Entity &e)
{
    return e.bodyDigest != 0 ? e.bodyDigest : bodyDigestOf(e.body);
}

/** Changes whenever anything the search rows of a file hold changes. */
qint64 fingerprint(const std::vector<const Entity *> &entities)
{
    size_t hash = 0;
    for (const Entity *e : entities)
        hash = addToFingerprint(hash, e->id, e->title, e->source.line, bodyDigest(*e));
    return qint64(hash);
}

/** Takes a row's terms out of the search index (it needs the row's old text: the table's content is external). */
SqliteStatement prepareUnindex(const SqliteConnection &c)
{
    return c.prepare("INSERT INTO search(search, rowid, title, headings, body) VALUES('delete', ?1, ?2, ?3, ?4)");
}

/** Puts a row's terms into the search index. */
SqliteStatement prepareIndex(const SqliteConnection &c)
{
    return c.prepare("INSERT INTO search(rowid, title, headings, body) VALUES(?1, ?2, ?3, ?4)");
}

} // namespace

QString markdownHeadings(QByteArrayView body)
{
    QByteArray headings;
    bool inFence = false;
    for (qsizetype start = 0; start <= body.size();) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView trimmed = body.sliced(start, end - start).trimmed();
        start = end + 1;
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence || !trimmed.startsWith('#'))
            continue;
        qsizetype level = 0;
        while (level < trimmed.size() && trimmed[level] == '#')
            ++level;
        if (level > 6 || (level < trimmed.size() && trimmed[level] != ' ' && trimmed[level] != '\t'))
            continue;
        QByteArrayView text = trimmed.sliced(level).trimmed();
        while (text.endsWith('#'))
            text.chop(1);
        text = text.trimmed();
        if (!text.isEmpty()) {
            if (!headings.isEmpty())
                headings += '\n';
            headings += text;
        }
    }
    return QString::fromUtf8(headings);
}

/**
 * Fingerprints of what the graph's rows hold, by table: the entities with their attributes,
 * the relations, the diagnostics, and all of them with the graph's title and layout. A write
 * rewrites only the tables whose fingerprint changed (a link added changes the relations).
 */
struct IndexDatabase::GraphPrints
{
    QString entities;
    QString relations;
    QString diagnostics;
    QString whole;
    /** Each relation's RelationRows::print(), which the relations' fingerprint is made of. */
    std::vector<quint64> relationPrints;
};

IndexDatabase::GraphPrints IndexDatabase::graphPrints(const StoryGraph &graph)
{
    // Also the counts: two graphs that differ only by an entry's place still differ.
    size_t entities = qHash(graph.entities().size());
    size_t relations = qHash(graph.relations().size());
    size_t diagnostics = qHash(graph.diagnostics().size());
    std::vector<quint64> relationPrints;
    // Each on a core of its own: every refresh hashes them all.
    parallelFor(3, [&](int part) {
        if (part == 0) {
            for (const Entity &e : graph.entities()) {
                entities = qHashMulti(entities, e.id, int(e.type), int(e.kind), e.title, e.source.path, e.source.line,
                    e.source.column, e.ownFile, int(e.state), e.progress.has_value(), e.progress.value_or(0.0),
                    e.parent);
                entities = qHashMulti(entities, int(e.attributeOrigin), e.attributeSource.path, e.attributeSource.line,
                    e.attributeSource.column, e.progressWidth, e.order, e.owners);
                for (auto it = e.frontMatter.cbegin(); it != e.frontMatter.cend(); ++it)
                    entities = qHashMulti(entities, it.key(), it.value().typeId(), attributeText(it.value()));
            }
        } else if (part == 1) {
            relationPrints.reserve(graph.relations().size());
            for (const Relation &r : graph.relations()) {
                relationPrints.push_back(RelationRows::print(r));
                relations = qHashMulti(relations, relationPrints.back());
            }
        } else {
            for (const Diagnostic &d : graph.diagnostics())
                diagnostics = qHashMulti(
                    diagnostics, int(d.severity), d.location.path, d.location.line, d.location.column, d.message);
        }
    });
    const size_t whole = qHashMulti(0, graph.title(), int(graph.format()), entities, relations, diagnostics);
    auto hex = [](size_t hash) { return QString::number(quint64(hash), 16); };
    return { hex(entities), hex(relations), hex(diagnostics), hex(whole), std::move(relationPrints) };
}

QString IndexDatabase::pathFor(const QString &projectRoot)
{
    const QFileInfo info(projectRoot);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");
    return folder + QLatin1Char('/') + info.fileName() + QLatin1Char('-') + QString::fromLatin1(key)
        + QStringLiteral(".sqlite");
}

IndexDatabase::Opened IndexDatabase::open(const QString &projectRoot, bool verify)
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

IndexDatabase::Opened IndexDatabase::openFile(const QString &path, bool verify)
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
        if (problem.isEmpty()
            && !db->m_connection.open(path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs)) {
            if (!isCorruptionCode(db->m_connection.lastErrorCode())) {
                result.error = QCoreApplication::translate("IndexDatabase", "cannot open the index %1: %2")
                                   .arg(path, db->m_connection.lastError());
                return result;
            }
            problem = db->m_connection.lastError();
        }
        std::optional<qint64> version;
        if (problem.isEmpty()) {
            version = db->m_connection.queryInt("PRAGMA user_version");
            if (!version)
                problem = db->m_connection.lastError();
            else if (*version > IndexSchema::latest)
                problem = QCoreApplication::translate(
                    "IndexDatabase", "the index was written by a newer Storyloom (schema %1)")
                              .arg(*version);
            else if (verify) {
                SqliteStatement check = db->m_connection.prepare("PRAGMA quick_check(1)");
                if (!check.next() || check.text(0) != QLatin1StringView("ok"))
                    problem = QCoreApplication::translate("IndexDatabase", "the index failed its integrity check");
            }
        }
        if (problem.isEmpty()) {
            if (version == 0)
                IndexSchema::prepareNewFile(db->m_connection);
            db->setConnectionDefaults();
            if (!db->migrate()) {
                const int code = db->m_connection.lastErrorCode();
                if (!isCorruptionCode(code)) {
                    result.error = QCoreApplication::translate("IndexDatabase", "cannot prepare the index %1: %2")
                                       .arg(path, db->m_connection.lastError());
                    return result;
                }
                problem = db->m_connection.lastError();
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

bool IndexDatabase::migrate()
{
    const int version = int(m_connection.queryInt("PRAGMA user_version").value_or(0));
    if (version == IndexSchema::latest)
        return true;
    return IndexSchema::migrate(m_connection, version);
}

bool IndexDatabase::hasSnapshot() const
{
    return IndexSchema::meta(m_connection, "complete") == QLatin1StringView("1");
}

Snapshot IndexDatabase::loadSnapshot(const QString &rootPath) const
{
    SnapshotReader::Result read = SnapshotReader::read(m_connection, m_path, rootPath);
    m_corrupt = read.corrupt;
    return std::move(read.snapshot);
}

QHash<QString, FileRecord> IndexDatabase::files() const
{
    QHash<QString, FileRecord> result;
    SqliteStatement rows = m_connection.prepare("SELECT path, size, mtime, hash FROM files");
    while (rows.next()) {
        FileRecord record { rows.text(0), rows.int64(1), rows.int64(2), rows.blob(3) };
        result.insert(record.path, record);
    }
    return result;
}

IndexWriteResult IndexDatabase::write(const StoryGraph &graph)
{
    IndexWriteResult result;
    SqliteConnection &c = m_connection;
    const bool ownTransaction = !inTransaction();
    if (ownTransaction && !begin()) {
        result.error = c.lastError();
        return result;
    }
    m_writeError = {};
    // The graph's rows (unless the index holds that graph already: a refresh with nothing
    // changed then writes nothing), before the searchable text, whose pending terms FTS5
    // keeps in memory until the commit.
    const GraphPrints prints = graphPrints(graph);
    std::optional<int> documents;
    if (!hasSnapshot() && !c.queryInt("SELECT 1 FROM documents LIMIT 1")) {
        // A first build: the search index fills on a thread of its own (SearchBuilder) while this
        // connection writes the documents' and the graph's rows, then comes in with them.
        std::unique_ptr<SearchBuilder> search;
        documents = writeDocuments(graph, &search);
        if (documents && !writeGraph(graph, prints))
            documents.reset();
        if (documents && search) {
            // A build or copy that failed (the scratch file's disk filled, say, or this SQLite
            // refuses writes to FTS5's tables) leaves the rows to this connection, as in a refresh.
            QString failed = search->finish();
            if (failed.isEmpty())
                failed = search->adoptInto(c);
            if (failed.isEmpty()) {
                m_reopenAfterCommit = true;
                result.searchBuiltApart = true;
            } else if (!indexSearchRows(search->rows())) {
                documents.reset();
            }
        }
    } else if (hasSnapshot() && IndexSchema::meta(c, "graph") == prints.whole) {
        documents = writeDocuments(graph, nullptr);
    } else {
        // The graph's blob is encoded on another core while this one writes the rows that
        // changed (a refresh's are few; the blob is the whole graph).
        std::future<std::optional<SnapshotPieces>> encoding = std::async(std::launch::async, [&graph] {
            SnapshotPieces pieces;
            const bool done = SnapshotCodec::encode(graph, [&pieces](QByteArrayView piece) {
                pieces.push_back(piece.toByteArray());
                return true;
            });
            return done ? std::optional(std::move(pieces)) : std::nullopt;
        });
        documents = writeGraph(graph, prints, &encoding) ? writeDocuments(graph, nullptr) : std::nullopt;
    }
    if (!documents) {
        result.error = m_writeError.message;
        result.errorCode = m_writeError.code;
        if (ownTransaction)
            rollback();
        return result;
    }
    if (ownTransaction && !commit()) {
        result.error = c.lastError();
        return result;
    }
    result.searchFilesWritten = *documents;
    result.ok = true;
    return result;
}

bool IndexDatabase::noteFailure(bool step)
{
    // Statements after a failed one may succeed and clear SQLite's error: keep the first.
    if (!step && m_writeError.code == SQLITE_OK)
        m_writeError = { m_connection.lastErrorCode(), m_connection.lastError() };
    return step;
}

std::optional<int> IndexDatabase::writeDocuments(const StoryGraph &graph, std::unique_ptr<SearchBuilder> *apart)
{
    SqliteConnection &c = m_connection;
    bool ok = true;
    auto check = [this, &ok](bool step) { ok = ok && noteFailure(step); };
    // Searchable text, per file, only where it changed.
    QHash<QString, std::vector<const Entity *>> byPath;
    for (const Entity &e : graph.entities())
        byPath[e.source.path].push_back(&e);
    QHash<QString, qint64> stored;
    {
        SqliteStatement rows = c.prepare("SELECT path, value FROM fingerprints");
        while (rows.next())
            stored.insert(rows.text(0), rows.int64(1));
    }
    // Which files' rows go (the file is gone, or its entities changed), and which are written.
    QStringList gone;
    QStringList removed;
    std::vector<std::pair<QString, qint64>> rewritten;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!byPath.contains(it.key())) {
            gone.append(it.key());
            removed.append(it.key());
        }
    }
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        const qint64 print = fingerprint(it.value());
        const auto old = stored.constFind(it.key());
        if (old != stored.cend() && *old == print)
            continue;
        if (old != stored.cend())
            removed.append(it.key());
        rewritten.emplace_back(it.key(), print);
    }

    // FTS5 keeps new terms in memory only while rowids rise: a lower one makes it write them out
    // as a segment of its own, which it later merges. So the old rows' terms go out in rowid
    // order, then the new rows (whose rowids are higher) come in: one segment for the whole
    // write. Interleaved per file, in no order, every file became a segment, and the first
    // refresh of 100 files after a first build spent seconds merging them.
    // Only the rowids are held: a refresh that rewrites every file would hold all their text.
    // But a file whose parse came from the cache has no text in the graph (the cache leaves it
    // out): its old rows' text is kept for its new rows (else the file itself gives it, below).
    std::vector<qint64> oldRows;
    QSet<QString> textWanted;
    for (const auto &[path, print] : rewritten) {
        for (const Entity *e : byPath.value(path)) {
            if (bodyLeftOut(e->body, e->bodyDigest))
                textWanted.insert(path);
        }
    }
    QHash<qint64, QString> wantedRows;
    SqliteStatement rowsOf = c.prepare("SELECT rowid FROM documents WHERE path = ?1");
    for (const QString &path : std::as_const(removed)) {
        rowsOf.bind(1, path);
        while (rowsOf.next()) {
            oldRows.push_back(rowsOf.int64(0));
            if (textWanted.contains(path))
                wantedRows.insert(oldRows.back(), path);
        }
        check(!rowsOf.failed());
        rowsOf.reset();
    }
    std::sort(oldRows.begin(), oldRows.end());
    // One row at a time with VALUES: a statement that may need a savepoint (INSERT ... SELECT)
    // also makes FTS5 write out what it holds.
    SqliteStatement readRow = c.prepare("SELECT title, headings, body FROM documents WHERE rowid = ?1");
    SqliteStatement unindex = prepareUnindex(c);
    QHash<QString, QList<QByteArray>> oldTexts;
    for (const qint64 rowid : oldRows) {
        if (!ok)
            break;
        readRow.bind(1, rowid);
        check(readRow.next());
        if (ok)
            check(unindex.bind(1, rowid)
                    .bind(2, readRow.text(0))
                    .bind(3, readRow.text(1))
                    .bindText(4, readRow.utf8(2))
                    .exec());
        if (ok && wantedRows.contains(rowid))
            oldTexts[wantedRows.value(rowid)].append(readRow.blob(2));
        readRow.reset();
    }
    // New rows take rowids above every old one, even one about to go (SQLite would reuse the
    // highest), and the old rows leave the table after them: a statement that may need a
    // savepoint (that DELETE) comes after every write to FTS5.
    qint64 rowid = c.queryInt("SELECT COALESCE(MAX(rowid), 0) FROM documents").value_or(0);
    SqliteStatement addDoc = c.prepare(
        "INSERT INTO documents(rowid, entity, path, line, title, headings, body) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto bodyOf = [&](const Entity &e) -> QByteArray {
        if (!bodyLeftOut(e.body, e.bodyDigest))
            return e.body;
        for (const QByteArray &text : oldTexts.value(e.source.path)) {
            if (bodyDigestOf(text) == e.bodyDigest)
                return text;
        }
        // Only a whole file's entity has its text left out: the text is the file after its front matter.
        QFile file(graph.rootPath() + u'/' + e.source.path);
        QByteArray body;
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            body = bytes.mid(parseFrontMatter(bytes).blockLength);
        }
        if (bodyDigestOf(body) != e.bodyDigest && ok) {
            // The file changed since it was read, or the cache lost what its parse promised: only
            // a build from the files can mend that.
            m_writeError = { SQLITE_CORRUPT, QStringLiteral("the index holds no text for %1").arg(e.source.path) };
            ok = false;
        }
        return body;
    };
    std::vector<const Entity *> entities;
    std::vector<SearchRow> rows;
    for (const auto &[path, print] : rewritten) {
        for (const Entity *e : byPath.value(path)) {
            if (!ok)
                break;
            const QByteArray body = bodyOf(*e);
            entities.push_back(e);
            rows.push_back({ ++rowid, e->title, markdownHeadings(body), body });
        }
    }
    // A builder that could not start (its scratch file could not be made) leaves the rows here.
    if (apart && ok && oldRows.empty() && !rows.empty()) {
        auto builder = std::make_unique<SearchBuilder>(c, m_path, std::move(rows));
        if (builder->started())
            *apart = std::move(builder);
        else
            rows = builder->takeRows();
    }
    const bool searchApart = apart && *apart;
    const std::vector<SearchRow> &toWrite = searchApart ? (*apart)->rows() : rows;
    for (size_t i = 0; i < toWrite.size() && ok; ++i) {
        const Entity &e = *entities[i];
        const SearchRow &row = toWrite[i];
        check(addDoc.bind(1, row.rowid)
                .bind(2, e.id)
                .bind(3, e.source.path)
                .bind(4, e.source.line)
                .bind(5, row.title)
                .bind(6, row.headings)
                .bindText(7, row.body)
                .exec());
    }
    if (!searchApart)
        check(ok && indexSearchRows(toWrite));
    SqliteStatement dropDoc = c.prepare("DELETE FROM documents WHERE rowid = ?1");
    for (const qint64 old : oldRows)
        check(ok && dropDoc.bind(1, old).exec());

    SqliteStatement dropPrint = c.prepare("DELETE FROM fingerprints WHERE path = ?1");
    for (const QString &path : std::as_const(gone))
        check(dropPrint.bind(1, path).exec());
    SqliteStatement setPrint = c.prepare("INSERT OR REPLACE INTO fingerprints(path, value) VALUES(?1, ?2)");
    for (const auto &[path, print] : rewritten)
        check(setPrint.bind(1, path).bind(2, print).exec());
    const int written = int(rewritten.size());

    if (!ok)
        return std::nullopt;
    return written;
}

bool IndexDatabase::indexSearchRows(const std::vector<SearchRow> &rows)
{
    SqliteStatement add = prepareIndex(m_connection);
    for (const SearchRow &row : rows) {
        if (!noteFailure(add.bind(1, row.rowid).bind(2, row.title).bind(3, row.headings).bindText(4, row.body).exec()))
            return false;
    }
    return true;
}

bool IndexDatabase::writeGraph(
    const StoryGraph &graph, const GraphPrints &prints, std::future<std::optional<SnapshotPieces>> *encoding)
{
    SqliteConnection &c = m_connection;
    bool ok = true;
    auto check = [this, &ok](bool step) { ok = ok && noteFailure(step); };
    // Only the tables whose rows changed: an edit of links leaves every entity and attribute
    // row alone.
    const bool complete = hasSnapshot();
    auto changed
        = [&](const char *key, const QString &print) { return !complete || IndexSchema::meta(c, key) != print; };
    const bool entitiesChanged = changed("graph-entities", prints.entities);
    const bool relationsChanged = changed("graph-relations", prints.relations);
    const bool diagnosticsChanged = changed("graph-diagnostics", prints.diagnostics);
    if (entitiesChanged) {
        check(c.exec("DELETE FROM entities; DELETE FROM attributes;"));
        SqliteStatement addEntity = c.prepare(
            "INSERT OR REPLACE INTO entities(id, seq, type, kind, title, path, line, col, own_file, state, progress, "
            "parent,"
            " attribute_origin, attribute_path, attribute_line, attribute_col, progress_width, ord, extra)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
        SqliteStatement addAttribute
            = c.prepare("INSERT INTO attributes(entity, key, value, seq) VALUES(?1, ?2, ?3, ?4)");
        int seq = 0;
        for (const Entity &e : graph.entities()) {
            if (!ok)
                break;
            addEntity.bind(1, e.id)
                .bind(2, seq++)
                .bind(3, toString(e.type))
                .bind(4, toString(e.kind))
                .bind(5, e.title)
                .bind(6, e.source.path)
                .bind(7, e.source.line)
                .bind(8, e.source.column)
                .bind(9, e.ownFile ? 1 : 0)
                .bind(10, toString(e.state))
                .bind(12, e.parent)
                .bind(13, int(e.attributeOrigin))
                .bind(14, e.attributeSource.path)
                .bind(15, e.attributeSource.line)
                .bind(16, e.attributeSource.column)
                .bind(17, e.progressWidth)
                .bind(18, e.order)
                .bind(19, IndexSchema::encodeEntityExtra(e));
            if (e.progress)
                addEntity.bind(11, *e.progress);
            else
                addEntity.bindNull(11);
            check(addEntity.exec());
            int attributeSeq = 0;
            for (auto it = e.frontMatter.cbegin(); it != e.frontMatter.cend(); ++it)
                check(addAttribute.bind(1, e.id)
                        .bind(2, it.key())
                        .bind(3, attributeText(it.value()))
                        .bind(4, attributeSeq++)
                        .exec());
            for (const QString &owner : e.owners)
                check(addAttribute.bind(1, e.id)
                        .bind(2, QStringLiteral("owner"))
                        .bind(3, owner)
                        .bind(4, attributeSeq++)
                        .exec());
        }
    }
    if (relationsChanged && ok)
        check(RelationRows::write(c, graph.relations(), prints.relationPrints, complete));
    if (diagnosticsChanged) {
        check(c.exec("DELETE FROM diagnostics;"));
        SqliteStatement addDiagnostic = c.prepare(
            "INSERT INTO diagnostics(seq, severity, path, line, col, message) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        int seq = 0;
        for (const Diagnostic &d : graph.diagnostics()) {
            if (!ok)
                break;
            check(addDiagnostic.bind(1, seq++)
                    .bind(2, int(d.severity))
                    .bind(3, d.location.path)
                    .bind(4, d.location.line)
                    .bind(5, d.location.column)
                    .bind(6, d.message)
                    .exec());
        }
    }
    SqliteStatement setMeta = c.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    check(setMeta.bind(1, QStringLiteral("title")).bind(2, graph.title()).exec());
    check(setMeta.bind(1, QStringLiteral("layout")).bind(2, QString::number(int(graph.format()))).exec());
    check(setMeta.bind(1, QStringLiteral("complete")).bind(2, QStringLiteral("1")).exec());
    check(setMeta.bind(1, QStringLiteral("graph")).bind(2, prints.whole).exec());
    check(setMeta.bind(1, QStringLiteral("graph-entities")).bind(2, prints.entities).exec());
    check(setMeta.bind(1, QStringLiteral("graph-relations")).bind(2, prints.relations).exec());
    check(setMeta.bind(1, QStringLiteral("graph-diagnostics")).bind(2, prints.diagnostics).exec());
    // The whole graph as one blob for a fast reopen (see SnapshotReader), stored in pieces. A
    // first build stores them as they are encoded: held whole, they came on top of peak memory.
    // A refresh holds them (encoded on another core meanwhile): its peak is far below a first
    // build's.
    check(c.exec("DELETE FROM snapshot_parts"));
    SqliteStatement addPart = c.prepare("INSERT INTO snapshot_parts(part, data) VALUES(?1, ?2)");
    int part = 0;
    auto addPiece = [&](QByteArrayView piece) { return addPart.bind(1, part++).bindBlobInPlace(2, piece).exec(); };
    if (encoding) {
        const std::optional<SnapshotPieces> pieces = encoding->get();
        if (!pieces && ok) {
            m_writeError = { SQLITE_ERROR, QStringLiteral("the graph could not be encoded") };
            ok = false;
        }
        for (const QByteArray &piece : pieces.value_or(SnapshotPieces()))
            check(ok && addPiece(piece));
    } else {
        check(ok && SnapshotCodec::encode(graph, addPiece));
    }

    return ok;
}

QHash<QString, QString> IndexDatabase::fileEntities() const
{
    QHash<QString, QString> result;
    SqliteStatement rows = m_connection.prepare("SELECT path, id FROM entities WHERE own_file = 1");
    while (rows.next())
        result.insert(rows.text(0), rows.text(1));
    return result;
}

bool IndexDatabase::replaceBodies(const std::vector<BodyEdit> &edits)
{
    SqliteConnection &c = m_connection;
    struct Row
    {
        qint64 rowid = 0;
        QString entity;
        int line = 0;
        QString title;
        QString headings;
        QByteArray body;
    };
    struct Change
    {
        Row old;
        QString headings;
        const QByteArray *body = nullptr;
        qint64 print = 0;
    };
    std::vector<Change> changes;
    changes.reserve(edits.size());
    SqliteStatement read
        = c.prepare("SELECT rowid, entity, line, title, headings, body FROM documents WHERE path = ?1 ORDER BY rowid");
    for (const BodyEdit &edit : edits) {
        std::vector<Row> rows;
        read.bind(1, edit.path);
        while (read.next())
            rows.push_back(
                { read.int64(0), read.text(1), int(read.int64(2)), read.text(3), read.text(4), read.blob(5) });
        if (read.failed())
            return false;
        read.reset();
        // The fingerprint covers the file's rows in the order write() inserted them (rowid order).
        size_t hash = 0;
        const Row *target = nullptr;
        for (const Row &row : rows) {
            const bool edited = row.entity == edit.entity && !target;
            if (edited)
                target = &row;
            hash = addToFingerprint(hash, row.entity, row.title, row.line, bodyDigestOf(edited ? edit.body : row.body));
        }
        if (!target)
            return false;
        changes.push_back({ *target, markdownHeadings(edit.body), &edit.body, qint64(hash) });
    }
    // FTS5 keeps new terms in memory only while rowids rise: a lower one makes it write them
    // out as a segment of their own (and a write of the rowid just written, but for its delete).
    // In rowid order, each row's old terms out and new ones in, the whole edit is one segment.
    std::vector<const Change *> byRowid;
    for (const Change &change : changes)
        byRowid.push_back(&change);
    std::sort(
        byRowid.begin(), byRowid.end(), [](const Change *a, const Change *b) { return a->old.rowid < b->old.rowid; });
    SqliteStatement unindex = prepareUnindex(c);
    SqliteStatement index = prepareIndex(c);
    for (const Change *change : byRowid) {
        const Row &old = change->old;
        if (!unindex.bind(1, old.rowid).bind(2, old.title).bind(3, old.headings).bindText(4, old.body).exec()
            || !index.bind(1, old.rowid).bind(2, old.title).bind(3, change->headings).bindText(4, *change->body).exec())
            return false;
    }
    SqliteStatement update = c.prepare("UPDATE documents SET headings = ?2, body = ?3 WHERE rowid = ?1");
    for (const Change &change : changes) {
        if (!update.bind(1, change.old.rowid).bind(2, change.headings).bindText(3, *change.body).exec())
            return false;
    }
    SqliteStatement setPrint = c.prepare("INSERT OR REPLACE INTO fingerprints(path, value) VALUES(?1, ?2)");
    for (size_t i = 0; i < edits.size(); ++i) {
        if (!setPrint.bind(1, edits[i].path).bind(2, changes[i].print).exec())
            return false;
    }
    return true;
}

bool IndexDatabase::forgetParses()
{
    return m_connection.exec("DELETE FROM files; DELETE FROM meta WHERE key IN ('inputs', 'shape');");
}

QString IndexDatabase::meta(const QString &key) const
{
    return IndexSchema::meta(m_connection, key.toUtf8().constData());
}

bool IndexDatabase::setMeta(const QString &key, const QString &value)
{
    SqliteStatement statement = m_connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    return statement.bind(1, key).bind(2, value).exec();
}

bool IndexDatabase::setRollbackJournal(bool on)
{
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
        rollback();
        return false;
    }
    if (m_reopenAfterCommit) {
        // The search index was written behind FTS5's back (SearchBuilder): a new connection reads it afresh.
        // The commit stands either way: a connection that could not be opened fails later calls.
        m_reopenAfterCommit = false;
        m_connection.close();
        if (m_connection.open(m_path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs))
            setConnectionDefaults();
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

QHash<QString, QPointF> IndexDatabase::loadPositions(const QString &view) const
{
    return loadLayout(view).positions;
}

bool IndexDatabase::savePositions(const QString &view, const QHash<QString, QPointF> &positions)
{
    return saveLayout(view, { positions, {} });
}

StoredLayout IndexDatabase::loadLayout(const QString &view) const
{
    StoredLayout result;
    SqliteStatement rows = m_connection.prepare("SELECT entity, x, y, pinned FROM positions WHERE view = ?1");
    rows.bind(1, view);
    while (rows.next()) {
        result.positions.insert(rows.text(0), QPointF(rows.real(1), rows.real(2)));
        if (rows.int64(3) != 0)
            result.pinned.insert(rows.text(0));
    }
    return result;
}

bool IndexDatabase::saveLayout(const QString &view, const StoredLayout &layout, int keepViews)
{
    SqliteConnection &c = m_connection;
    const bool ownTransaction = !inTransaction();
    if (ownTransaction && !begin())
        return false;
    SqliteStatement clear = c.prepare("DELETE FROM positions WHERE view = ?1");
    bool ok = clear.bind(1, view).exec();
    SqliteStatement add = c.prepare("INSERT INTO positions(view, entity, x, y, pinned) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (auto it = layout.positions.cbegin(); ok && it != layout.positions.cend(); ++it) {
        ok = add.bind(1, view)
                 .bind(2, it.key())
                 .bind(3, it.value().x())
                 .bind(4, it.value().y())
                 .bind(5, layout.pinned.contains(it.key()) ? 1 : 0)
                 .exec();
    }
    SqliteStatement use = c.prepare(
        "INSERT OR REPLACE INTO layouts(view, used) VALUES(?1, (SELECT COALESCE(MAX(used), 0) + 1 FROM layouts))");
    ok = ok && use.bind(1, view).exec();
    // Forget the views used longest ago.
    SqliteStatement stale = c.prepare("SELECT view FROM layouts ORDER BY used DESC LIMIT -1 OFFSET ?1");
    stale.bind(1, std::max(keepViews, 1));
    QStringList forget;
    while (ok && stale.next())
        forget << stale.text(0);
    ok = ok && !stale.failed();
    SqliteStatement dropView = c.prepare("DELETE FROM layouts WHERE view = ?1");
    for (const QString &old : std::as_const(forget))
        ok = ok && clear.bind(1, old).exec() && dropView.bind(1, old).exec();
    if (!ownTransaction)
        return ok;
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

} // namespace storyloom
