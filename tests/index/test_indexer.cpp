// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index on the real wg-async vision doc (a copy): reopen without
// re-parsing, changed / touched / added / removed files, search ranking.
#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexer.h"
#include "core/index/indexparsecache.h"
#include "core/index/indexschema.h"
#include "core/index/searchbuilder.h"
#include "core/index/searcher.h"
#include "core/index/snapshotcodec.h"
#include "core/project/project.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {

SearchResult search(const QString &root, const QString &text)
{
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    return opened.database ? Searcher(opened.database->connection(), root).search(SearchQuery(text)) : SearchResult {};
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

/** Replaces the first `before` in the file by `after`; false when it is not there. */
[[nodiscard]] bool replaceIn(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype at = bytes.indexOf(before);
    if (at < 0)
        return false;
    bytes.replace(at, before.size(), after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/** The rows of `sql` (`columns` wide) on the project's index, one line each, sorted: to compare two indexes. */
QStringList rows(const QString &root, const char *sql, int columns)
{
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    QStringList result;
    if (!opened.database)
        return result;
    SqliteStatement statement = opened.database->connection().prepare(sql);
    while (statement.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << statement.text(i);
        result << fields.join(u'|');
    }
    result.sort();
    return result;
}

/** A copy of wg-async in `dir`, indexed once: its root, or nothing when either failed. */
QString indexedCorpusCopy(const QTemporaryDir &dir)
{
    if (!storyloom::test::copyCorpus(dir.path()) || !Indexer::refresh(dir.path()).error.isEmpty())
        return {};
    return dir.path();
}

/** Runs `sql` on the project's index (to damage or age it): how many files the index held, or -1. */
int alterIndex(const QString &root, const char *sql)
{
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    if (!opened.database)
        return -1;
    SqliteConnection &c = opened.database->connection();
    const int files = int(c.queryInt("SELECT COUNT(*) FROM files").value_or(-1));
    return c.exec(sql) ? files : -1;
}

/** Takes Alan's cache story's search rows out of the index, as FTS5 takes rows out, and its fingerprint. */
constexpr const char *forgetRowsOf
    = "INSERT INTO search(search, rowid, title, headings, body) SELECT 'delete', rowid, title, headings, body FROM "
      "documents"
      " WHERE path = 'src/vision/submitted_stories/status_quo/alan_builds_a_cache.md';"
      " DELETE FROM documents WHERE path = 'src/vision/submitted_stories/status_quo/alan_builds_a_cache.md';"
      " DELETE FROM fingerprints WHERE path = 'src/vision/submitted_stories/status_quo/alan_builds_a_cache.md';";

/** Retitles Alan's cache story in SUMMARY.md, which rewrites its search rows without reading its file. */
[[nodiscard]] bool retitleCacheStory(const QString &root)
{
    return replaceIn(root + QStringLiteral("/src/SUMMARY.md"),
        "[Alan tries to cache requests, which doesn't always happen]", "[Alan caches quuxly]");
}

/** Indexes a copy of `root` from scratch: the rows of each query must be those `root`'s index holds. */
void sameRowsAsAFreshBuild(const QString &root, std::initializer_list<std::pair<const char *, int>> queries)
{
    QTemporaryDir other;
    const QString copy = other.path() + QStringLiteral("/wg-async");
    QVERIFY(storyloom::test::copyTree(root, copy));
    QVERIFY(Indexer::refresh(copy).error.isEmpty());
    for (const auto &[sql, columns] : queries) {
        const QStringList ours = rows(root, sql, columns);
        QVERIFY2(!ours.isEmpty(), sql);
        QCOMPARE(ours, rows(copy, sql, columns));
    }
}

/** Every field of every entity, relation and diagnostic, in order (entity bodies are not kept by the index). */
void sameGraph(const StoryGraph &a, const StoryGraph &b)
{
    QCOMPARE(a.title(), b.title());
    QVERIFY(a.format() == b.format());
    QCOMPARE(a.entities().size(), b.entities().size());
    for (size_t i = 0; i < a.entities().size(); ++i) {
        const Entity &x = a.entities()[i];
        const Entity &y = b.entities()[i];
        QVERIFY2(x.id == y.id && x.type == y.type && x.kind == y.kind && x.title == y.title && x.source == y.source
                && x.ownFile == y.ownFile && x.state == y.state && x.progress == y.progress && x.owners == y.owners
                && x.parent == y.parent && x.attributeOrigin == y.attributeOrigin
                && x.attributeSource == y.attributeSource && x.progressWidth == y.progressWidth && x.order == y.order
                && x.frontMatter == y.frontMatter,
            qPrintable(QStringLiteral("entity %1 (%2)").arg(i).arg(x.id)));
    }
    QCOMPARE(a.relations().size(), b.relations().size());
    for (size_t i = 0; i < a.relations().size(); ++i) {
        const Relation &x = a.relations()[i];
        const Relation &y = b.relations()[i];
        QVERIFY2(x.from == y.from && x.to == y.to && x.kind == y.kind && x.source == y.source
                && x.provenance == y.provenance && x.context == y.context && x.chain == y.chain,
            qPrintable(QStringLiteral("relation %1").arg(i)));
    }
    QCOMPARE(a.diagnostics().size(), b.diagnostics().size());
    for (qsizetype i = 0; i < a.diagnostics().size(); ++i) {
        const Diagnostic &x = a.diagnostics().at(i);
        const Diagnostic &y = b.diagnostics().at(i);
        QVERIFY2(x.severity == y.severity && x.location == y.location && x.message == y.message,
            qPrintable(QStringLiteral("diagnostic %1").arg(i)));
    }
}

/** FTS5's own check of the project's search index against the text of its rows. */
void searchIndexMatchesItsText(const QString &root)
{
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    QVERIFY(opened.database);
    SqliteConnection &c = opened.database->connection();
    QVERIFY2(c.exec("INSERT INTO search(search) VALUES('integrity-check')"), qPrintable(c.lastError()));
}

/** Every term of the project's search index with how many rows and places hold it, sorted. */
QStringList searchTerms(const QString &root)
{
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    QStringList result;
    if (!opened.database
        || !opened.database->connection().exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search, 'row')"))
        return result;
    SqliteStatement statement = opened.database->connection().prepare("SELECT term, doc, cnt FROM temp.terms");
    while (statement.next())
        result << statement.text(0) + u'|' + statement.text(1) + u'|' + statement.text(2);
    result.sort();
    return result;
}

/** The hits of each query, in rank order, as path:line. */
QStringList hitsOf(const QString &root, const QStringList &queries)
{
    QStringList result;
    for (const QString &query : queries) {
        const SearchResult found = search(root, query);
        result << query + u':' + QString::number(found.hits.size());
        for (const SearchHit &hit : found.hits)
            result << hit.path + u':' + QString::number(hit.line);
    }
    return result;
}

/** Checks a first build's search index against its rows, then against the one FTS5 builds from them itself. */
void searchIndexMatchesItsRows(const QString &root)
{
    const QStringList queries { QStringLiteral("async"), QStringLiteral("Barbara"), QStringLiteral("MonsterMesh"),
        QStringLiteral("runtime*"), QStringLiteral("\"async fn\""), QStringLiteral("cafe") };
    const QStringList terms = searchTerms(root);
    const QStringList hits = hitsOf(root, queries);
    QVERIFY(terms.size() > 1000);
    QVERIFY(hits.size() > 100);
    searchIndexMatchesItsText(root);
    QVERIFY(alterIndex(root, "INSERT INTO search(search) VALUES('rebuild')") > 0);
    QCOMPARE(searchTerms(root), terms);
    QCOMPARE(hitsOf(root, queries), hits);
}

} // namespace

class TestIndexer : public QObject
{
    Q_OBJECT
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid() && m_project.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        m_root = m_project.path() + QStringLiteral("/wg-async");
        QVERIFY(storyloom::test::copyCorpus(m_root));
    }

    void coldThenReopen()
    {
        QVERIFY(!Indexer::loadCached(m_root).snapshot); // never indexed
        const IndexRefresh cold = Indexer::refresh(m_root);
        QVERIFY2(cold.error.isEmpty(), qPrintable(cold.error));
        QVERIFY(cold.snapshot);
        QVERIFY(cold.filesRead > 100);
        QCOMPARE(cold.filesSkipped, 0);
        QVERIFY(!IndexDatabase::pathFor(m_root).startsWith(m_root)); // never inside the content folder
        m_files = cold.filesRead;

        // Reopen: the snapshot comes from the index as it was.
        const CachedSnapshot cached = Indexer::loadCached(m_root);
        QVERIFY(cached.snapshot);
        QCOMPARE(cached.snapshot->entities().size(), cold.snapshot->entities().size());
        QCOMPARE(cached.snapshot->relations().size(), cold.snapshot->relations().size());
        QCOMPARE(cached.snapshot->diagnostics().size(), cold.snapshot->diagnostics().size());
        sameGraph(*cached.snapshot, *cold.snapshot);
        // That came from the blob the index keeps; a damaged or cut blob decodes to nothing.
        {
            IndexDatabase::Opened opened = IndexDatabase::open(m_root);
            QVERIFY(opened.database);
            SqliteStatement blob
                = opened.database->connection().prepare("SELECT data FROM snapshot_parts ORDER BY part");
            QByteArray bytes;
            while (blob.next())
                bytes += blob.blob(0);
            QCOMPARE(bytes, SnapshotCodec::encode(*cold.snapshot));
            const Snapshot decoded = SnapshotCodec::decode(bytes, m_root);
            QVERIFY(decoded);
            sameGraph(*decoded, *cold.snapshot);
            QCOMPARE(decoded->rootPath(), m_root);
            QVERIFY(!SnapshotCodec::decode(bytes.left(bytes.size() - 1), m_root));
            QVERIFY(!SnapshotCodec::decode(bytes.left(bytes.size() / 2), m_root));
            QVERIFY(!SnapshotCodec::decode(QByteArray(bytes).replace(0, 4, "XXXX"), m_root));
            QVERIFY(!SnapshotCodec::decode(QByteArray(bytes + "tail"), m_root));
        }
        // The rows give the same graph as the blob (they are read when the blob is missing or damaged;
        // two connections read the relations in halves).
        {
            IndexDatabase::Opened opened = IndexDatabase::open(m_root);
            QVERIFY(opened.database);
            SqliteConnection &c = opened.database->connection();
            QVERIFY(c.exec("BEGIN IMMEDIATE; UPDATE snapshot_parts SET data = x'534c4731ffff'; COMMIT;"));
            sameGraph(*GraphTables(*opened.database).load(m_root), *cold.snapshot);
            QVERIFY(c.exec("BEGIN IMMEDIATE; DELETE FROM snapshot_parts; COMMIT;"));
            sameGraph(*GraphTables(*opened.database).load(m_root), *cold.snapshot);
        }
        QVERIFY(Indexer::refresh(m_root).graphKept); // nothing changed: no rewrite…
        sameGraph(*Indexer::loadCached(m_root).snapshot, *cold.snapshot); // …and still a right answer

        // Nothing changed: nothing is parsed again and no text is rewritten.
        const IndexRefresh warm = Indexer::refresh(m_root);
        QCOMPARE(warm.filesRead, 0);
        QCOMPARE(warm.filesSkipped, m_files);
        QCOMPARE(warm.searchFilesWritten, 0);
        QCOMPARE(warm.snapshot->entities().size(), cold.snapshot->entities().size());
    }

    void largeGraphsAreWrittenInPieces()
    {
        // 4,000 relations with 400-character sentences: about 2 MB, so more than one piece.
        std::vector<Entity> entities(2);
        entities[0].id = QStringLiteral("a");
        entities[1].id = QStringLiteral("b");
        entities[1].frontMatter.insert(QStringLiteral("title"), QStringLiteral("Bé"));
        entities[1].progress = 0.5;
        std::vector<Relation> relations;
        for (int i = 0; i < 4000; ++i)
            relations.push_back({ RelationKind::Links, QStringLiteral("a"), QStringLiteral("b"),
                { QStringLiteral("a.md"), i, 1 }, Provenance(i % 3), QString(400, QChar(u'x' + i % 3)),
                i % 3 == 2 ? QStringList { QStringLiteral("a"), QStringLiteral("links"), QStringLiteral("b") }
                           : QStringList() });
        const StoryGraph graph(m_root, QStringLiteral("Big"), ProjectFormat::Native, entities, relations,
            { Diagnostic::warning({ QStringLiteral("a.md"), 3, 4 }, QStringLiteral("ünïcode")) });
        QList<QByteArray> pieces;
        QVERIFY(SnapshotCodec::encode(graph, [&pieces](QByteArrayView piece) {
            pieces.append(piece.toByteArray());
            return true;
        }));
        QVERIFY(pieces.size() >= 2);
        const QByteArray whole = pieces.join();
        QCOMPARE(whole, SnapshotCodec::encode(graph));
        const Snapshot decoded = SnapshotCodec::decode(whole, m_root);
        QVERIFY(decoded);
        sameGraph(*decoded, graph);
        // A sink that fails stops the encoding.
        int calls = 0;
        QVERIFY(!SnapshotCodec::encode(graph, [&calls](QByteArrayView) { return ++calls > 1 ? false : true; }));
    }

    void changesArePickedUp()
    {
        const QString alan = m_root + QStringLiteral("/src/vision/characters/alan.md");
        // Touched but not changed: skipped by hash.
        QFile touched(alan);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        IndexRefresh refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 0);
        QCOMPARE(refresh.filesSkipped, m_files);

        // Changed: read again, and searchable at the right line.
        QVERIFY(search(m_root, QStringLiteral("zanzibarquux")).hits.isEmpty());
        QFile file(alan);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int lines = int(file.readAll().count('\n'));
        file.close();
        append(alan, "\nAlan also keeps a zanzibarquux in his garden.\n");
        refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 1);
        QCOMPARE(refresh.filesSkipped, m_files - 1);
        QVERIFY(refresh.searchFilesWritten >= 1);
        SearchResult found = search(m_root, QStringLiteral("zanzibarquux"));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(found.hits.first().path, QStringLiteral("src/vision/characters/alan.md"));
        QCOMPARE(found.hits.first().line, lines + 2);

        // Added and removed.
        QFile added(m_root + QStringLiteral("/src/vision/characters/zoe.md"));
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.write("# Zoe\n\nZoe maintains a quuxfrobnicator.\n");
        added.close();
        refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 1);
        QCOMPARE(search(m_root, QStringLiteral("quuxfrobnicator")).hits.size(), 1);
        QVERIFY(QFile::remove(added.fileName()));
        refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 0);
        QCOMPARE(refresh.filesRemoved, 1);
        QVERIFY(search(m_root, QStringLiteral("quuxfrobnicator")).hits.isEmpty());
        QCOMPARE(Indexer::loadCached(m_root).snapshot->entities().size(), refresh.snapshot->entities().size());
    }

    void unchangedInputsKeepTheSnapshotAndNewFilesAreSeen()
    {
        // A link to a file that is not there is a warning…
        const QString alan = m_root + QStringLiteral("/src/vision/characters/alan.md");
        append(alan, "\nA diagram: [queues](queues-diagram.svg).\n");
        IndexRefresh refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 1);
        auto broken = [](const Snapshot &snapshot) {
            return std::count_if(snapshot->diagnostics().cbegin(), snapshot->diagnostics().cend(),
                [](const Diagnostic &d) { return d.message.contains(QStringLiteral("queues-diagram.svg")); });
        };
        QCOMPARE(broken(refresh.snapshot), 1);
        // …nothing changed: the stored snapshot is the answer, diagnostics included…
        refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 0);
        QCOMPARE(refresh.filesSkipped, m_files);
        QCOMPARE(broken(refresh.snapshot), 1);
        // …and adding the target (not Markdown, so nothing is parsed) clears it.
        QVERIFY(
            storyloom::test::writeFile(m_root, QStringLiteral("src/vision/characters/queues-diagram.svg"), "<svg/>"));
        refresh = Indexer::refresh(m_root);
        QCOMPARE(refresh.filesRead, 0);
        QCOMPARE(broken(refresh.snapshot), 0);
        QCOMPARE(broken(Indexer::loadCached(m_root).snapshot), 0);
    }

    void cachedSnapshotIsNotReadTwice()
    {
        // The GUI shows loadCached()'s snapshot at once; when nothing changed, the refresh
        // after it hands back that very snapshot instead of reading the index again…
        QVERIFY(Indexer::refresh(m_root).error.isEmpty());
        const CachedSnapshot cached = Indexer::loadCached(m_root);
        QVERIFY(cached.snapshot && !cached.graphFingerprint.isEmpty());
        const IndexRefresh same = Indexer::refresh(m_root, { .load = {}, .verify = false, .cached = &cached });
        QCOMPARE(same.filesRead, 0);
        QVERIFY(same.snapshot == cached.snapshot);
        // …but not one the index no longer holds.
        CachedSnapshot stale = cached;
        stale.graphFingerprint = QStringLiteral("an older graph");
        const IndexRefresh reread = Indexer::refresh(m_root, { .load = {}, .verify = false, .cached = &stale });
        QVERIFY(reread.snapshot && reread.snapshot != cached.snapshot);
        QCOMPARE(reread.snapshot->entities().size(), cached.snapshot->entities().size());
    }

    void proseEditsKeepTheGraph()
    {
        IndexRefresh refresh = Indexer::refresh(m_root);
        QVERIFY2(refresh.error.isEmpty() && !refresh.graphFingerprint.isEmpty(), qPrintable(refresh.error));
        // What the GUI passes on to its next refresh: the snapshot it shows and its graph.
        const CachedSnapshot current { refresh.snapshot, refresh.graphFingerprint, {} };
        const QString story
            = m_root + QStringLiteral("/src/vision/submitted_stories/status_quo/alan_builds_a_cache.md");
        QVERIFY(replaceIn(story, "Alan writes up some code", "Alan writes up some zorblefrump code"));

        refresh = Indexer::refresh(m_root, { .load = {}, .verify = false, .cached = &current });
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(refresh.graphKept);
        QCOMPARE(refresh.filesRead, 1);
        QCOMPARE(refresh.searchFilesWritten, 1);
        QVERIFY(refresh.snapshot == current.snapshot); // the views keep what they built
        QCOMPARE(refresh.graphFingerprint, current.graphFingerprint);
        const SearchResult found = search(m_root, QStringLiteral("zorblefrump"));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(
            found.hits.first().path, QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));
        QFile edited(story);
        QVERIFY(edited.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = edited.readAll().split('\n');
        const auto at = std::find_if(
            lines.cbegin(), lines.cend(), [](const QByteArray &line) { return line.contains("zorblefrump"); });
        QCOMPARE(found.hits.first().line, int(at - lines.cbegin()) + 1);

        // The index is what a build from scratch of the same files gives.
        QTemporaryDir other;
        const QString copy = other.path() + QStringLiteral("/wg-async");
        QVERIFY(storyloom::test::copyTree(m_root, copy));
        const IndexRefresh scratch = Indexer::refresh(copy);
        QVERIFY2(scratch.error.isEmpty(), qPrintable(scratch.error));
        QVERIFY(!scratch.graphKept);
        QCOMPARE(scratch.graphFingerprint, refresh.graphFingerprint);
        const std::pair<const char *, int> tables[] = {
            { "SELECT entity, path, line, title, headings, body FROM documents", 6 },
            { "SELECT path, value FROM fingerprints", 2 },
            { "SELECT path, size, hex(hash) FROM files", 3 },
            { "SELECT documents.entity, documents.line FROM search JOIN documents ON documents.rowid = search.rowid"
              " WHERE search MATCH 'zorblefrump OR cache'",
                2 },
        };
        for (const auto &[sql, columns] : tables) {
            const QStringList ours = rows(m_root, sql, columns);
            QVERIFY2(!ours.isEmpty(), sql);
            QCOMPARE(ours, rows(copy, sql, columns));
        }
        QCOMPARE(Indexer::loadCached(m_root).graphFingerprint, current.graphFingerprint);
    }

    void unreadFilesKeepTheirTextWhenTheirRowsChange()
    {
        // Retitling a chapter in SUMMARY.md rewrites that chapter's search rows, though its own
        // file is not read again: its cached parse has no body, the index has to supply it.
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        QVERIFY(retitleCacheStory(root));
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QCOMPARE(refresh.filesRead, 1);
        QCOMPARE(refresh.searchFilesWritten, 1); // the chapter's rows, with their new title
        const SearchResult found = search(root, QStringLiteral("quuxly"));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(
            found.hits.first().path, QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));

        sameRowsAsAFreshBuild(root,
            { { "SELECT entity, path, line, title, headings, body FROM documents", 6 },
                { "SELECT path, value FROM fingerprints", 2 } });
        searchIndexMatchesItsText(root);
    }

    void textComesFromTheFileWhenNoRowHasIt()
    {
        // The index keeps a file's text only in its search rows. A file whose parse comes from the
        // cache and that had no rows (taken out here, as FTS5 takes rows out) gets its text from
        // the file when its rows are written.
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        const int files = alterIndex(root, forgetRowsOf);
        QVERIFY(files > 100);
        QVERIFY(retitleCacheStory(root));
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(refresh.notice.isEmpty());
        QCOMPARE(refresh.filesRead, 1); // SUMMARY.md
        const SearchResult found = search(root, QStringLiteral("quuxly"));
        QCOMPARE(found.hits.size(), 1);
        sameRowsAsAFreshBuild(root,
            { { "SELECT entity, path, line, title, headings, body FROM documents", 6 },
                { "SELECT path, value FROM fingerprints", 2 } });
        searchIndexMatchesItsText(root);
    }

    void lostTextIsRebuiltFromTheFiles()
    {
        // No row has the text, and the file no longer holds what its cached parse was made from
        // (edited in place, size and time kept): rows written from it would be wrong, so the
        // write fails as damage and the index is built again from the files.
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        const int files = alterIndex(root, forgetRowsOf);
        QVERIFY(files > 100);
        QFile story(root + QStringLiteral("/src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));
        const QDateTime modified = QFileInfo(story).lastModified();
        QVERIFY(replaceIn(story.fileName(), "Alan writes up some code", "Alan writes up some kode"));
        QVERIFY(story.open(QIODevice::ReadWrite));
        QVERIFY(story.setFileTime(modified, QFileDevice::FileModificationTime));
        story.close();
        QVERIFY(retitleCacheStory(root));
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(!refresh.notice.isEmpty());
        QCOMPARE(refresh.filesRead, files);
        QCOMPARE(search(root, QStringLiteral("kode")).hits.size(), 1);
        sameRowsAsAFreshBuild(root, { { "SELECT entity, path, line, title, headings, body FROM documents", 6 } });
    }

    void otherSchemaVersionsAreSetAsideAndRebuilt()
    {
        // The index only caches the files: one of another schema version is not converted but
        // moved aside and built anew, and the project loads as before.
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        const QString before = rows(root, "SELECT COUNT(*) FROM entities", 1).value(0);
        const QByteArray olderSchema = "ALTER TABLE files ADD COLUMN body BLOB; PRAGMA user_version = "
            + QByteArray::number(IndexSchema::version - 1);
        const int files = alterIndex(root, olderSchema.constData());
        QVERIFY(files > 100);
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY2(!refresh.notice.isEmpty(), "the rebuild must be reported");
        QVERIFY(QFile::exists(IndexDatabase::pathFor(root) + QStringLiteral(".broken")));
        QCOMPARE(refresh.filesRead, files);
        QVERIFY(refresh.snapshot);
        QCOMPARE(QString::number(refresh.snapshot->entities().size()), before);
        QCOMPARE(rows(root, "PRAGMA user_version", 1), QStringList { QString::number(IndexSchema::version) });
        QCOMPARE(rows(root, "SELECT COUNT(*) FROM pragma_table_info('files') WHERE name = 'body'", 1),
            QStringList { QStringLiteral("0") });
        const CachedSnapshot cached = Indexer::loadCached(root);
        QVERIFY(cached.notice.isEmpty());
        QVERIFY(cached.snapshot);
        QCOMPARE(cached.snapshot->entities().size(), refresh.snapshot->entities().size());
        QVERIFY(!search(root, QStringLiteral("executor")).hits.isEmpty());
    }

    void cachedParsesKeepTheBodyApart()
    {
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        IndexDatabase::Opened opened = IndexDatabase::open(root);
        QVERIFY(opened.database);
        const QString path = QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md");
        SqliteStatement row = opened.database->connection().prepare("SELECT parsed FROM files WHERE path = ?1");
        row.bind(1, path);
        QVERIFY(row.next());
        const std::optional<ParsedDocument> cached = IndexParseCache::deserialise(row.blob(0));
        QVERIFY(cached);
        QVERIFY(cached->body.isEmpty());
        QVERIFY(bodyLeftOut(cached->body, cached->bodyDigest));
        QFile file(root + u'/' + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParsedDocument fresh = parseDocument(file.readAll(), path);
        QCOMPARE(cached->bodyDigest, fresh.bodyDigest);
        QCOMPARE(cached->links.size(), fresh.links.size());
        // The text is kept in the file's own search row (the first: its morals have rows of their own).
        SqliteStatement text
            = opened.database->connection().prepare("SELECT body FROM documents WHERE path = ?1 ORDER BY rowid");
        text.bind(1, path);
        QVERIFY(text.next());
        QCOMPARE(text.blob(0), fresh.body);

        // The page whose sections become values keeps its body: the graph reads it.
        row.reset();
        row.bind(1, QStringLiteral("src/vision/how_it_feels.md"));
        QVERIFY(row.next());
        const std::optional<ParsedDocument> values = IndexParseCache::deserialise(row.blob(0));
        QVERIFY(values && values->bodyRead);
        QVERIFY(!values->body.isEmpty());
    }

    void structuralEditsRebuildTheGraph()
    {
        IndexRefresh refresh = Indexer::refresh(m_root);
        const CachedSnapshot current { refresh.snapshot, refresh.graphFingerprint, {} };
        const QString path = QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md");
        const Entity *story = current.snapshot->entityForPath(path);
        const Entity *barbara = current.snapshot->entityForPath(QStringLiteral("src/vision/characters/barbara.md"));
        QVERIFY(story && barbara);
        auto linksToBarbara = [storyId = story->id, barbaraId = barbara->id](const Snapshot &snapshot) {
            for (const Relation *r : snapshot->outgoing(storyId)) {
                if (r->to == barbaraId)
                    return true;
            }
            return false;
        };
        QVERIFY(!linksToBarbara(current.snapshot));
        // A link is part of the graph: the prose around it changed too, but the graph is built again.
        QVERIFY(replaceIn(m_root + u'/' + path, "Alan writes up some",
            "Alan asks [Barbara](../../characters/barbara.md) and writes up some"));
        refresh = Indexer::refresh(m_root, { .load = {}, .verify = false, .cached = &current });
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(!refresh.graphKept);
        QVERIFY(refresh.snapshot != current.snapshot);
        QVERIFY(refresh.graphFingerprint != current.graphFingerprint);
        QVERIFY(linksToBarbara(refresh.snapshot));
        QVERIFY(linksToBarbara(Indexer::loadCached(m_root).snapshot));
        // So is a heading (an entity's title may come from it).
        const CachedSnapshot linked { refresh.snapshot, refresh.graphFingerprint, {} };
        QVERIFY(replaceIn(m_root + u'/' + path, "## The story", "## The story so far"));
        refresh = Indexer::refresh(m_root, { .load = {}, .verify = false, .cached = &linked });
        QVERIFY(!refresh.graphKept);
        QCOMPARE(search(m_root, QStringLiteral("\"story so far\"")).hits.size(), 1);
    }

    void refreshesAddOneTextSegment()
    {
        // FTS5 writes the terms it holds in memory out as a segment when rowids stop rising or a
        // statement opens a savepoint. A refresh of many files that wrote them in no order left a
        // segment per file or so, and FTS5 spent seconds merging them on the next writes: a
        // refresh now adds one.
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        auto segments = [&root] {
            IndexDatabase::Opened opened = IndexDatabase::open(root);
            return opened.database
                ? opened.database->connection().queryInt("SELECT COUNT(DISTINCT segid) FROM search_idx").value_or(-1)
                : -1;
        };
        QStringList stories;
        QDirIterator it(root + QStringLiteral("/src/vision/submitted_stories/status_quo"), { QStringLiteral("*.md") });
        while (it.hasNext())
            stories << it.next();
        stories.sort();
        QVERIFY(stories.size() >= 30);
        stories = stories.mid(0, 30);
        // Prose only (the graph is kept), then a link in each (the graph is built again).
        for (const QByteArray &added : { QByteArray("\nA quiet sentence about wibblequark.\n"),
                 QByteArray("\nSee [Barbara](../../characters/barbara.md).\n") }) {
            const qint64 before = segments();
            QVERIFY(before > 0);
            for (const QString &story : std::as_const(stories))
                append(story, added);
            const IndexRefresh refresh = Indexer::refresh(root);
            QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
            QCOMPARE(refresh.filesRead, 30);
            QVERIFY2(segments() <= before + 1,
                qPrintable(QStringLiteral("%1 segments, %2 before").arg(segments()).arg(before)));
        }
        QCOMPARE(search(root, QStringLiteral("wibblequark")).hits.size(), 30);
    }

    void linkEditsWriteOnlyTheNewRelation()
    {
        QTemporaryDir dir;
        const QString root = indexedCorpusCopy(dir);
        QVERIFY(!root.isEmpty());
        const QStringList relationsBefore = rows(root, "SELECT rowid FROM relations ORDER BY rowid", 1);
        {
            // Count the rows each table loses (and the relations it gains) from now on.
            IndexDatabase::Opened opened = IndexDatabase::open(root);
            QVERIFY(opened.database);
            QVERIFY(opened.database->connection().exec("CREATE TABLE test_deleted(name TEXT NOT NULL);"
                                                       "CREATE TRIGGER test_entities AFTER DELETE ON entities BEGIN "
                                                       "INSERT INTO test_deleted VALUES('entities'); END;"
                                                       "CREATE TRIGGER test_attributes AFTER DELETE ON attributes "
                                                       "BEGIN INSERT INTO test_deleted VALUES('attributes'); END;"
                                                       "CREATE TRIGGER test_relations AFTER DELETE ON relations BEGIN "
                                                       "INSERT INTO test_deleted VALUES('relations'); END;"
                                                       "CREATE TRIGGER test_new_relations AFTER INSERT ON relations "
                                                       "BEGIN INSERT INTO test_deleted VALUES('relations+'); END;"));
        }
        append(root + QStringLiteral("/src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"),
            "\nSee also [Barbara](../../characters/barbara.md).\n");
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(!refresh.graphKept);
        QVERIFY(refresh.snapshot);
        IndexDatabase::Opened opened = IndexDatabase::open(root);
        QVERIFY(opened.database);
        SqliteConnection &c = opened.database->connection();
        // One link, one new relation: the other rows stay where they are (all of them were rewritten before).
        QCOMPARE(c.queryInt("SELECT COUNT(*) FROM test_deleted WHERE name = 'relations+'").value_or(-1), 1);
        QCOMPARE(c.queryInt("SELECT COUNT(*) FROM test_deleted WHERE name = 'relations'").value_or(-1), 0);
        QCOMPARE(c.queryInt("SELECT COUNT(*) FROM test_deleted WHERE name = 'entities'").value_or(-1), 0);
        QCOMPARE(c.queryInt("SELECT COUNT(*) FROM test_deleted WHERE name = 'attributes'").value_or(-1), 0);
        QCOMPARE(relationsBefore.size() + 1, rows(root, "SELECT rowid FROM relations ORDER BY rowid", 1).size());
        // In rowid order, the rows are a fresh build's.
        sameRowsAsAFreshBuild(root,
            { { "SELECT kind, source, target, path, line, col, provenance, context, chain FROM relations ORDER BY "
                "rowid",
                9 } });
        // The rows, kept and rewritten, are the new graph.
        QVERIFY(c.exec("DELETE FROM snapshot_parts"));
        const Snapshot fromRows = GraphTables(*opened.database).load(root);
        QVERIFY(fromRows);
        sameGraph(*fromRows, *refresh.snapshot);
    }

    void loadsSayWhatTheyDoAfterReading()
    {
        // A first build spends seconds after the last file is read: the window is told why.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyCorpus(dir.path()));
        Project project;
        QList<LoadStage> stages;
        int progressAfterStages = 0;
        QList<Snapshot> shown;
        int stagesBeforeShown = -1;
        connect(&project, &Project::loadStage, this, [&stages](LoadStage stage) { stages.append(stage); });
        connect(
            &project, &Project::loadProgress, this, [&](int, int) { progressAfterStages += stages.isEmpty() ? 0 : 1; });
        connect(&project, &Project::snapshotChanged, this, [&](const Snapshot &snapshot) {
            shown.append(snapshot);
            stagesBeforeShown = int(stages.size());
        });
        project.open(dir.path());
        QTRY_VERIFY(!project.isLoading() && project.snapshot());
        QTRY_COMPARE(stages.size(), 2);
        QVERIFY(stages.at(0) == LoadStage::Linking);
        QVERIFY(stages.at(1) == LoadStage::Indexing);
        QCOMPARE(progressAfterStages, 0);
        // The graph is shown once, when the load is done.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(stagesBeforeShown, 2);
        QCOMPARE(shown.first(), project.snapshot());
        // Nothing changed: the index answers, without building or writing anything.
        stages.clear();
        project.reload();
        QTRY_VERIFY(!project.isLoading());
        QTest::qWait(50);
        QVERIFY(stages.isEmpty());
    }

    void anotherMoralsHeadingParsesAgain()
    {
        // Cached parses keep only the morals section's paragraphs: with another heading named
        // in storyloom.yml, every file must be parsed again, or the new morals are missing.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("storyloom.yml"), "title: Morals\n"));
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("stories/late.md"),
            "---\ntype: story\nkind: status-quo\n---\n# Late again\n\nThe bus was late.\n\n"
            "## Morals of the story\n\nTimetables lie.\n\n## Lessons\n\nLeave early.\n"));
        QVERIFY(storyloom::test::writeFile(
            dir.path(), QStringLiteral("characters/ana.md"), "---\ntype: character\n---\n# Ana\n\nAna rides buses.\n"));
        auto painPoints = [](const Snapshot &snapshot) {
            QStringList titles;
            for (const Entity *e : snapshot->entitiesOfType(EntityType::PainPoint))
                titles << e->title;
            return titles;
        };
        IndexRefresh refresh = Indexer::refresh(dir.path());
        QVERIFY(refresh.snapshot);
        QCOMPARE(painPoints(refresh.snapshot), QStringList { QStringLiteral("Timetables lie.") });

        QVERIFY(storyloom::test::writeFile(
            dir.path(), QStringLiteral("storyloom.yml"), "title: Morals\nmorals_heading: lessons\n"));
        refresh = Indexer::refresh(dir.path());
        QVERIFY(refresh.snapshot);
        QCOMPARE(refresh.filesRead, 2);
        QCOMPARE(painPoints(refresh.snapshot), QStringList { QStringLiteral("Leave early.") });
        // And the parses cached for it serve the next change as usual.
        append(dir.path() + QStringLiteral("/characters/ana.md"), "\nShe reads on the way.\n");
        refresh = Indexer::refresh(dir.path());
        QCOMPARE(refresh.filesRead, 1);
        QCOMPARE(painPoints(refresh.snapshot ? refresh.snapshot : Indexer::loadCached(dir.path()).snapshot),
            QStringList { QStringLiteral("Leave early.") });
    }

    void rulesThatReadABodyParseAgain()
    {
        // A cached parse keeps its body only when the rules, as they were, read it: a page the
        // rules now turn into values must be parsed again, or its values come out empty.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("storyloom.yml"), "title: Values\n"));
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("pages/what-we-want.md"),
            "# What we want\n\n## Speed\n\nPages load at once.\n\n## Calm\n\nNothing shouts.\n"));
        IndexRefresh refresh = Indexer::refresh(dir.path());
        QVERIFY(refresh.snapshot);
        QVERIFY(refresh.snapshot->entitiesOfType(EntityType::Value).empty());

        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("storyloom.yml"),
            "title: Values\nrules:\n  - glob: \"pages/what-we-want.md\"\n    type: page\n"
            "    extract: [values-from-sections]\n"));
        refresh = Indexer::refresh(dir.path());
        QVERIFY2(refresh.error.isEmpty() && refresh.snapshot, qPrintable(refresh.error));
        QCOMPARE(refresh.filesRead, 1);
        const auto values = refresh.snapshot->entitiesOfType(EntityType::Value);
        QCOMPARE(values.size(), size_t(2));
        QCOMPARE(values.front()->title, QStringLiteral("Speed"));
        const SearchResult found = search(dir.path(), QStringLiteral("shouts"));
        QVERIFY(std::any_of(found.hits.cbegin(), found.hits.cend(),
            [](const SearchHit &hit) { return hit.entityId.endsWith(QLatin1String("#calm")); }));
    }

    void searchRowsHoldEachEntitysHeadings()
    {
        // The loader hands each entity the headings of its own body: a page all of them, a value
        // those of its section.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("storyloom.yml"),
            "title: Values\nrules:\n  - glob: \"pages/what-we-want.md\"\n    type: page\n"
            "    extract: [values-from-sections]\n"));
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("pages/what-we-want.md"),
            "# What we want\n\n## Speed\n\n### Fast pages\n\nPages load at once.\n\n## Calm\n\nNothing shouts.\n"
            "```\n# not a heading\n```\n"));
        const IndexRefresh refresh = Indexer::refresh(dir.path());
        QVERIFY2(refresh.error.isEmpty() && refresh.snapshot, qPrintable(refresh.error));
        QCOMPARE(rows(dir.path(), "SELECT entity, headings FROM documents", 2),
            (QStringList { QStringLiteral("pages/what-we-want#calm|Calm"),
                QStringLiteral("pages/what-we-want#speed|Speed\nFast pages"),
                QStringLiteral("pages/what-we-want|What we want\nSpeed\nFast pages\nCalm") }));
    }

    void damageFoundWhileReadingIsRepaired()
    {
        // Without the full check (the CLI's default), damage shows up when the refresh reads
        // the pages: the index is moved aside and rebuilt, and the answer is still right.
        QVERIFY(Indexer::refresh(m_root).error.isEmpty());
        const QString path = IndexDatabase::pathFor(m_root);
        {
            IndexDatabase::Opened opened = IndexDatabase::open(m_root);
            QVERIFY(opened.database->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 offset = 4096; offset < size; offset += 4096) {
            file.seek(offset + 8);
            file.write(QByteArray(64, '\x5a'));
        }
        file.close();
        const IndexRefresh refresh = Indexer::refresh(m_root, { .load = {}, .verify = false });
        QVERIFY2(!refresh.notice.isEmpty(), "the repair must be reported");
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QCOMPARE(refresh.filesRead, m_files);
        QVERIFY(QFile::exists(path + QStringLiteral(".broken")));
        QCOMPARE(search(m_root, QStringLiteral("zanzibarquux")).hits.size(), 1);
        QCOMPARE(Indexer::loadCached(m_root).snapshot->entities().size(), refresh.snapshot->entities().size());
    }

    void firstBuildsFillTheSearchIndexApart()
    {
        // A first build fills the search index in a scratch file beside the index, on a thread of
        // its own (SearchBuilder). One left by a crash is replaced, and none stays afterwards.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyCorpus(dir.path()));
        const QString root = dir.path();
        const QString scratch = SearchBuilder::scratchPathFor(IndexDatabase::pathFor(root));
        QVERIFY(QDir().mkpath(QFileInfo(scratch).absolutePath()));
        QFile leftover(scratch);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        QVERIFY(leftover.write("not a database, half written when the last build was killed") > 0);
        leftover.close();
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(refresh.searchFilesWritten > 100);
        QVERIFY(!QFileInfo::exists(scratch));
        searchIndexMatchesItsRows(root);
    }

    void firstBuildsWithoutAScratchFileFillTheIndexThemselves()
    {
        // The scratch file cannot be made (a folder is in its place): the build fills the search
        // index on its own connection, as a refresh does.
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyCorpus(dir.path()));
        const QString root = dir.path();
        const QString scratch = SearchBuilder::scratchPathFor(IndexDatabase::pathFor(root));
        QVERIFY(QDir().mkpath(scratch));
        const IndexRefresh refresh = Indexer::refresh(root);
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QVERIFY(refresh.searchFilesWritten > 100);
        searchIndexMatchesItsRows(root);
        QVERIFY(QDir().rmdir(scratch));
    }

    void searchRanking()
    {
        // "MonsterMesh" is a project's title and is mentioned in many stories: the project ranks first.
        const SearchResult result = search(m_root, QStringLiteral("MonsterMesh"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.hits.size() > 3);
        QCOMPARE(result.hits.first().path, QStringLiteral("src/vision/projects/MonsterMesh.md"));
        for (const SearchHit &hit : result.hits) {
            QVERIFY(!hit.highlights.isEmpty());
            QVERIFY(hit.line >= 1);
        }
        // Every hit's line really holds the word (or its title does).
        for (const SearchHit &hit : result.hits) {
            QFile file(m_root + QLatin1Char('/') + hit.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().split('\n');
            QVERIFY(hit.line <= lines.size());
            QVERIFY2(lines[hit.line - 1].toLower().contains("monstermesh")
                    || hit.title.contains(QStringLiteral("MonsterMesh")),
                qPrintable(hit.path));
        }
        // A syntax error is an error value.
        QVERIFY(search(m_root, QStringLiteral("\"unbalanced")).syntaxError);
    }

    void damagedIndexIsRebuilt()
    {
        const QString path = IndexDatabase::pathFor(m_root);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3));
        file.close();
        QFile::remove(path + QStringLiteral("-wal"));
        const IndexRefresh refresh = Indexer::refresh(m_root);
        QVERIFY(!refresh.notice.isEmpty());
        QVERIFY2(refresh.error.isEmpty(), qPrintable(refresh.error));
        QCOMPARE(refresh.filesRead, m_files);
        QVERIFY(Indexer::loadCached(m_root).snapshot);
        QCOMPARE(search(m_root, QStringLiteral("zanzibarquux")).hits.size(), 1);
    }

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_project;
    QString m_root;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestIndexer)
#include "test_indexer.moc"
