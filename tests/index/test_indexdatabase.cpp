// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index database on hand-made snapshots: round trip, incremental text
// updates, ranking, query errors, and recovery from damaged files.
#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexschema.h"
#include "core/index/positiontables.h"
#include "core/index/searchbuilder.h"
#include "core/index/searcher.h"
#include "core/index/snapshotcodec.h"
#include "core/index/snapshotwriter.h"
#include "core/model/entityfields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace storyloom;

namespace {

Entity makeEntity(const QString &id, EntityType type, const QString &title, const QString &body, const QString &path)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.title = title;
    e.body = body.toUtf8();
    e.source = { path, 1, 1 };
    return e;
}

StoryGraph makeGraph(const QString &root, const QString &extraBody = {})
{
    std::vector<Entity> entities;
    entities.push_back(makeEntity(QStringLiteral("characters/barbara"), EntityType::Character,
        QStringLiteral("Barbara"), QStringLiteral("# Barbara\n\nBarbara writes embedded firmware.\n"),
        QStringLiteral("characters/barbara.md")));
    Entity story = makeEntity(QStringLiteral("stories/barbara-wants-async"), EntityType::Story,
        QStringLiteral("Barbara wants async traits"),
        QStringLiteral("# Barbara wants async traits\n\n## The story\n\nShe tries to write an interface.\nThe compiler "
                       "says no. Café crème.\n")
            + extraBody,
        QStringLiteral("stories/barbara-wants-async.md"));
    story.kind = StoryKind::StatusQuo;
    story.frontMatter.insert(QStringLiteral("characters"), QStringList { QStringLiteral("barbara") });
    entities.push_back(story);
    Entity shiny
        = makeEntity(QStringLiteral("stories/smooth"), EntityType::Story, QStringLiteral("Everything is smooth"),
            QStringLiteral("# Everything is smooth\n\nInterfaces just work, even async traits and closures.\n"),
            QStringLiteral("stories/smooth.md"));
    shiny.kind = StoryKind::ShinyFuture;
    entities.push_back(shiny);
    Entity goal = makeEntity(QStringLiteral("roadmap/traits"), EntityType::Goal, QStringLiteral("Async fn in traits"),
        QStringLiteral("Make async fn in traits work.\n"), QStringLiteral("roadmap.md"));
    goal.state = GoalState::InProgress;
    goal.progress = 0.5;
    goal.owners = { QStringLiteral("nikomatsakis"), QStringLiteral("tmandry") };
    goal.ownFile = false;
    goal.source.line = 7;
    entities.push_back(goal);
    std::vector<Relation> relations;
    relations.push_back({ RelationKind::Features, QStringLiteral("stories/barbara-wants-async"),
        QStringLiteral("characters/barbara"), { QStringLiteral("stories/barbara-wants-async.md"), 3, 1 },
        Provenance::Declared, QStringLiteral("Barbara writes code.") });
    Diagnostics diagnostics { Diagnostic::warning(
        { QStringLiteral("roadmap.md"), 2, 1 }, QStringLiteral("unknown key")) };
    return StoryGraph(root, QStringLiteral("Test vision"), ProjectFormat::Native, std::move(entities),
        std::move(relations), std::move(diagnostics));
}

/**
 * An entity whose every field the index keeps is set to something else than a new Entity's
 * (entityFieldsAreKept() checks that): a field a store forgets then comes back changed.
 */
Entity everyField()
{
    Entity e;
    e.id = QStringLiteral("roadmap/everything");
    e.type = EntityType::Goal;
    e.kind = StoryKind::ShinyFuture;
    e.title = QStringLiteral("Everything at once");
    e.source = { QStringLiteral("roadmap/everything.md"), 12, 3 };
    e.ownFile = false;
    e.state = GoalState::HelpWanted;
    e.progress = 0.25;
    e.owners = { QStringLiteral("nikomatsakis"), QStringLiteral("tmandry") };
    e.parent = QStringLiteral("roadmap/parent");
    e.attributeOrigin = AttributeOrigin::MetadataTable;
    e.attributeSource = { QStringLiteral("roadmap/other.md"), 40, 2 };
    e.progressWidth = 7;
    e.order = 42;
    e.frontMatter.insert(QStringLiteral("title"), QStringLiteral("Everything at once"));
    e.frontMatter.insert(QStringLiteral("owners"), QStringList { QStringLiteral("nikomatsakis") });
    return e;
}

/** How many fields visitEntityFields() visits. */
int visitedFieldCount()
{
    const Entity entity;
    int count = 0;
    visitEntityFields(entity, [&count](const EntityField &, const auto &) { ++count; });
    return count;
}

/** `entity` with its field number `index` (in visitEntityFields() order) as a new Entity has it; its column name. */
QString resetField(Entity &entity, int index)
{
    const Entity defaults;
    QString column;
    int n = 0;
    visitEntityFields(entity, [&](const EntityField &field, auto &value) {
        if (n++ != index)
            return;
        column = QString::fromLatin1(field.column);
        int m = 0;
        visitEntityFields(defaults, [&](const EntityField &, const auto &fallback) {
            if constexpr (std::is_same_v<std::decay_t<decltype(fallback)>, std::decay_t<decltype(value)>>) {
                if (m == index)
                    value = fallback;
            }
            ++m;
        });
    });
    return column;
}

StoryGraph graphOf(const QString &root, const Entity &entity)
{
    return StoryGraph(root, QStringLiteral("Fields"), ProjectFormat::Native, { entity }, {}, {});
}

} // namespace

class TestIndexDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("index-%1.sqlite").arg(++m_counter));
    }

    void roundTrip()
    {
        auto opened = IndexDatabase::openFile(m_path, IndexDatabase::Verify::Yes);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.notice.isEmpty());
        QVERIFY(!opened.database->hasSnapshot());
        QVERIFY(!GraphTables(*opened.database).load(m_dir.path()));
        const StoryGraph graph = makeGraph(m_dir.path());
        const IndexWriteResult written = SnapshotWriter::write(*opened.database, graph);
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(written.searchFilesWritten, 4);

        const Snapshot loaded = GraphTables(*opened.database).load(m_dir.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->title(), QStringLiteral("Test vision"));
        QVERIFY(loaded->format() == ProjectFormat::Native);
        QCOMPARE(loaded->entities().size(), graph.entities().size());
        for (size_t i = 0; i < graph.entities().size(); ++i) {
            const Entity &a = graph.entities()[i];
            const Entity &b = loaded->entities()[i];
            QCOMPARE(b.id, a.id);
            QVERIFY(b.type == a.type);
            QVERIFY(b.kind == a.kind);
            QCOMPARE(b.title, a.title);
            QVERIFY(b.body.isEmpty()); // bodies live only in the search rows
            QVERIFY(b.source == a.source);
            QCOMPARE(b.ownFile, a.ownFile);
            QVERIFY(b.state == a.state);
            QVERIFY(b.progress == a.progress);
            QCOMPARE(b.owners, a.owners);
            QCOMPARE(b.frontMatter, a.frontMatter);
        }
        QCOMPARE(loaded->relations().size(), size_t(1));
        QCOMPARE(loaded->relations().front().context, QStringLiteral("Barbara writes code."));
        QCOMPARE(loaded->incoming(QStringLiteral("characters/barbara")).size(), size_t(1));
        QCOMPARE(loaded->diagnostics().size(), 1);
        QCOMPARE(loaded->warningCount(), 1);

        // Nothing changed: no text is rewritten.
        QCOMPARE(SnapshotWriter::write(*opened.database, graph).searchFilesWritten, 0);
        // One file changed: only its text is.
        const IndexWriteResult again = SnapshotWriter::write(
            *opened.database, makeGraph(m_dir.path(), QStringLiteral("A new paragraph about lifetimes.\n")));
        QVERIFY(again.ok);
        QCOMPARE(again.searchFilesWritten, 1);
        Searcher searcher(opened.database->connection(), m_dir.path());
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("lifetimes"))).hits.size(), 1);
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("firmware"))).hits.size(), 1);
    }

    void entityFieldsAreKept()
    {
        // Every field visitEntityFields() lists reaches the graph's fingerprint, the snapshot blob
        // and the entity rows, and comes back from both: one the list forgot comes back as a
        // new Entity has it, and the entity then differs.
        const Entity full = everyField();
        const StoryGraph graph = graphOf(m_dir.path(), full);
        const QString fullPrint = GraphTables::prints(graph).entities;
        for (int i = 0; i < visitedFieldCount(); ++i) {
            Entity reset = full;
            const QString column = resetField(reset, i);
            QVERIFY2(!(reset == full), qPrintable(QStringLiteral("everyField() leaves '%1' as it is").arg(column)));
            QVERIFY2(GraphTables::prints(graphOf(m_dir.path(), reset)).entities != fullPrint,
                qPrintable(QStringLiteral("the fingerprint misses '%1'").arg(column)));
        }

        const Snapshot decoded = SnapshotCodec::decode(SnapshotCodec::encode(graph), m_dir.path());
        QVERIFY(decoded);
        QCOMPARE(decoded->entities().size(), size_t(1));
        QVERIFY(decoded->entities().front() == full);

        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(SnapshotWriter::write(*opened.database, graph).ok);
        // Without the blob, the graph is read from its rows.
        QVERIFY(opened.database->connection().exec("DELETE FROM snapshot_parts"));
        const Snapshot fromRows = GraphTables(*opened.database).load(m_dir.path());
        QVERIFY(fromRows);
        QCOMPARE(fromRows->entities().size(), size_t(1));
        QVERIFY(fromRows->entities().front() == full);
    }

    void graphRewrittenOnlyWhenItChanged()
    {
        // write() skips the entity and relation rows when they are what the index holds:
        // every kind of change must still reach the next snapshot.
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
        Snapshot loaded = GraphTables(*opened.database).load(m_dir.path());
        QVERIFY(loaded);
        QCOMPARE(loaded->entities().size(), size_t(4));
        QCOMPARE(loaded->relations().size(), size_t(1));

        auto rewrite = [&](const std::function<void(std::vector<Entity> &, std::vector<Relation> &)> &change) {
            const StoryGraph base = makeGraph(m_dir.path());
            std::vector<Entity> entities = base.entities();
            std::vector<Relation> relations = base.relations();
            change(entities, relations);
            const StoryGraph changed(m_dir.path(), base.title(), base.format(), std::move(entities),
                std::move(relations), base.diagnostics());
            QVERIFY(SnapshotWriter::write(*opened.database, changed).ok);
            loaded = GraphTables(*opened.database).load(m_dir.path());
            QVERIFY(loaded);
        };
        rewrite([](std::vector<Entity> &, std::vector<Relation> &relations) {
            relations.front().context = QStringLiteral("Another sentence.");
        });
        QCOMPARE(loaded->relations().front().context, QStringLiteral("Another sentence."));
        rewrite([](std::vector<Entity> &entities, std::vector<Relation> &) { entities[3].state = GoalState::Done; });
        QVERIFY(loaded->entities()[3].state == GoalState::Done);
        QCOMPARE(loaded->relations().front().context, QStringLiteral("Barbara writes code."));
        rewrite([](std::vector<Entity> &entities, std::vector<Relation> &) {
            entities[1].frontMatter.insert(QStringLiteral("characters"), QStringList { QStringLiteral("grace") });
        });
        QCOMPARE(loaded->entities()[1].frontMatter.value(QStringLiteral("characters")).toStringList(),
            QStringList { QStringLiteral("grace") });
        rewrite([](std::vector<Entity> &, std::vector<Relation> &relations) { relations.clear(); });
        QVERIFY(loaded->relations().empty());
    }

    void searchRanksTitleAboveBody()
    {
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
        Searcher searcher(opened.database->connection(), m_dir.path());

        // "async traits" is in two titles (a story and a goal) and in one body only (the shiny story):
        // both title hits rank above the body hit.
        const SearchResult result = searcher.search(SearchQuery(QStringLiteral("async traits")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.hits.size(), 3);
        QCOMPARE(result.hits.last().entityId, QStringLiteral("stories/smooth"));
        QVERIFY(result.hits[0].score < result.hits[2].score);
        // "interface" is only in bodies, "firmware" only in Barbara's: the hit line is the matching line.
        const SearchResult firmware = searcher.search(SearchQuery(QStringLiteral("firmware")));
        QCOMPARE(firmware.hits.size(), 1);
        QCOMPARE(firmware.hits.first().entityId, QStringLiteral("characters/barbara"));
        QVERIFY(!result.hits.first().highlights.isEmpty());
        for (const auto &[start, length] : result.hits.first().highlights)
            QVERIFY(Searcher::fold(result.hits.first().snippet.mid(start, length)).startsWith(u"async")
                || Searcher::fold(result.hits.first().snippet.mid(start, length)).startsWith(u"trait"));

        // Filters.
        SearchQuery shinyOnly { QStringLiteral("async") };
        shinyOnly.kind = StoryKind::ShinyFuture;
        const SearchResult shiny = searcher.search(shinyOnly);
        QCOMPARE(shiny.hits.size(), 1);
        QCOMPARE(shiny.hits.first().entityId, QStringLiteral("stories/smooth"));
        SearchQuery goalsOnly { QStringLiteral("async") };
        goalsOnly.types = { EntityType::Goal };
        QCOMPARE(searcher.search(goalsOnly).hits.size(), 1);

        // Diacritics are folded; prefixes match.
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("cafe"))).hits.size(), 1);
        SearchQuery typeAhead { QStringLiteral("firmw") };
        typeAhead.prefixLastWord = true;
        QCOMPARE(searcher.search(typeAhead).hits.size(), 1);
        // Punctuation inside a word is a phrase, not an error.
        const SearchResult hyphen = searcher.search(SearchQuery(QStringLiteral("async-traits")));
        QVERIFY2(hyphen.ok(), qPrintable(hyphen.error));
        QVERIFY(!hyphen.hits.isEmpty());
    }

    void syntaxErrorsAreValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"async traits");
        QTest::newRow("lone NEAR(") << QStringLiteral("NEAR(");
        QTest::newRow("dangling AND") << QStringLiteral("async AND");
        QTest::newRow("unknown column") << QStringLiteral("nosuchcolumn:async");
    }

    void syntaxErrorsAreValues()
    {
        QFETCH(QString, query);
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
        const SearchResult result = Searcher(opened.database->connection(), m_dir.path()).search(SearchQuery(query));
        QVERIFY(!result.ok());
        QVERIFY(result.syntaxError);
        QVERIFY(result.hits.isEmpty());
        // The connection still works afterwards.
        QVERIFY(
            Searcher(opened.database->connection(), m_dir.path()).search(SearchQuery(QStringLiteral("barbara"))).ok());
    }

    void normalisesQueries()
    {
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("async-await rust")), QStringLiteral("\"async-await\" rust"));
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("don't")), QStringLiteral("\"don't\""));
        QCOMPARE(
            Searcher::normaliseQuery(QStringLiteral("NEAR(a b) OR title:c*")), QStringLiteral("NEAR(a b) OR title:c*"));
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("\"one two")), QStringLiteral("\"one two"));
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("barb"), true), QStringLiteral("barb*"));
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("rust asy"), true), QStringLiteral("rust asy*"));
        // Two letters are a word: the index keeps prefixes of three.
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("rust as"), true), QStringLiteral("rust as"));
        QCOMPARE(Searcher::normaliseQuery(QStringLiteral("a OR"), true), QStringLiteral("a OR"));
        QCOMPARE(Searcher::queryTerms(QStringLiteral("title:Café OR \"b-c\"")),
            (QStringList { QStringLiteral("cafe"), QStringLiteral("b"), QStringLiteral("c") }));
    }

    void headingsAreSearchable()
    {
        // The headings column holds the parse's headings: an underlined one too, not a `#` line
        // inside fenced code.
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        const QString extra = QStringLiteral(
            "## Wakers and pollers ##\n```\n# fencedword\n```\n#nope\n\nUnderlined heading\n------------------\n");
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path(), extra)).ok);
        const Searcher searcher(opened.database->connection(), m_dir.path());
        const SearchResult wakers = searcher.search(SearchQuery(QStringLiteral("headings:pollers")));
        QVERIFY2(wakers.ok(), qPrintable(wakers.error));
        QCOMPARE(wakers.hits.size(), 1);
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("headings:fencedword"))).hits.size(), 0);
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("headings:nope"))).hits.size(), 0);
        QCOMPARE(searcher.search(SearchQuery(QStringLiteral("fencedword"))).hits.size(), 1);
        SqliteStatement row = opened.database->connection().prepare(
            "SELECT headings FROM documents WHERE entity = 'stories/barbara-wants-async'");
        QVERIFY(row.next());
        QCOMPARE(row.text(0),
            QStringLiteral("Barbara wants async traits\nThe story\nWakers and pollers\nUnderlined heading"));
    }

    void searchRowsTakeTheLoadersHeadings()
    {
        // Headings the loader gives are taken as they are: the body is not parsed again.
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        Entity page = makeEntity(QStringLiteral("pages/given"), EntityType::Page, QStringLiteral("Given"),
            QStringLiteral("# In the body\n\nText.\n"), QStringLiteral("pages/given.md"));
        page.headings = QStringList { QStringLiteral("From the loader"), QString(), QStringLiteral("And another") };
        QVERIFY(SnapshotWriter::write(*opened.database, graphOf(m_dir.path(), page)).ok);
        SqliteStatement row
            = opened.database->connection().prepare("SELECT headings FROM documents WHERE entity = 'pages/given'");
        QVERIFY(row.next());
        QCOMPARE(row.text(0), QStringLiteral("From the loader\nAnd another"));
    }

    void aFailedReopenIsLogged()
    {
        // After a build apart (SearchBuilder) the connection is opened anew: when that fails,
        // the commit stands and the index's category says why.
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        IndexDatabase &database = *opened.database;
        QVERIFY(database.begin());
        QVERIFY(database.setMeta(MetaKey::Title, QStringLiteral("Reopened")));
        database.reopenAfterCommit();
        // A folder where the file was: the new connection cannot open it.
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QDir().mkpath(m_path));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot reopen the index")));
        QVERIFY(database.commit());
    }

    void positions()
    {
        auto opened = IndexDatabase::openFile(m_path);
        QHash<QString, QPointF> positions { { QStringLiteral("a"), { 1.5, 2 } }, { QStringLiteral("b"), { -3, 4 } } };
        QVERIFY(PositionTables(*opened.database).savePositions(QStringLiteral("graph"), positions));
        QCOMPARE(PositionTables(*opened.database).loadPositions(QStringLiteral("graph")), positions);
        QVERIFY(PositionTables(*opened.database).loadPositions(QStringLiteral("other")).isEmpty());
        QVERIFY(PositionTables(*opened.database)
                .savePositions(QStringLiteral("graph"), { { QStringLiteral("c"), { 0, 0 } } }));
        QCOMPARE(PositionTables(*opened.database).loadPositions(QStringLiteral("graph")).size(), 1);
    }

    void layoutsKeepPinsAndPrune()
    {
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY(opened.database);
        StoredLayout layout { { { QStringLiteral("a"), { 1.5, 2 } }, { QStringLiteral("b"), { -3, 4 } } },
            { QStringLiteral("b") } };
        QVERIFY(PositionTables(*opened.database).saveLayout(QStringLiteral("view-0"), layout, 3));
        QVERIFY(PositionTables(*opened.database).loadLayout(QStringLiteral("view-0")) == layout);
        // Only the three most recently saved views stay.
        for (int i = 1; i <= 3; ++i)
            QVERIFY(PositionTables(*opened.database).saveLayout(QStringLiteral("view-%1").arg(i), layout, 3));
        QVERIFY(PositionTables(*opened.database).loadLayout(QStringLiteral("view-0")).positions.isEmpty());
        QVERIFY(PositionTables(*opened.database).loadLayout(QStringLiteral("view-1")) == layout);
        // Saving again makes a view recent: view-1 survives the next one, view-2 goes.
        QVERIFY(PositionTables(*opened.database).saveLayout(QStringLiteral("view-1"), layout, 3));
        QVERIFY(PositionTables(*opened.database).saveLayout(QStringLiteral("view-4"), layout, 3));
        QVERIFY(!PositionTables(*opened.database).loadLayout(QStringLiteral("view-1")).positions.isEmpty());
        QVERIFY(PositionTables(*opened.database).loadLayout(QStringLiteral("view-2")).positions.isEmpty());
        QCOMPARE(opened.database->connection().queryInt("SELECT COUNT(*) FROM layouts").value_or(-1), 3);
    }

    void newFilesHaveLargePagesOlderOnesKeepTheirs()
    {
        // A database made now: 16 KB pages, and FTS5 leaves that fill one.
        {
            auto opened = IndexDatabase::openFile(m_path);
            QVERIFY2(opened.database, qPrintable(opened.error));
            SqliteConnection &c = opened.database->connection();
            QCOMPARE(c.queryInt("PRAGMA page_size").value_or(-1), 16384);
            QCOMPARE(c.queryInt("SELECT v FROM search_config WHERE k = 'pgsz'").value_or(-1), 16000);
            QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
            const SearchResult found = Searcher(c, m_dir.path()).search(SearchQuery(QStringLiteral("Barb*")));
            QVERIFY2(found.ok(), qPrintable(found.error));
            QVERIFY(!found.hits.isEmpty());
        }
        // One an earlier Storyloom made, on SQLite's default pages, keeps them and FTS5's leaves.
        const QString older = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            SqliteConnection c;
            QVERIFY(c.open(older, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs));
            QVERIFY(c.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL"));
            QVERIFY(IndexSchema::create(c));
        }
        auto opened = IndexDatabase::openFile(older);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.notice.isEmpty());
        SqliteConnection &c = opened.database->connection();
        QCOMPARE(c.queryInt("PRAGMA page_size").value_or(-1), 4096);
        QCOMPARE(c.queryInt("SELECT COUNT(*) FROM search_config WHERE k = 'pgsz'").value_or(-1), 0);
        QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path())).ok);
        QVERIFY(GraphTables(*opened.database).load(m_dir.path()));
        const SearchResult found = Searcher(c, m_dir.path()).search(SearchQuery(QStringLiteral("Barb*")));
        QVERIFY2(found.ok(), qPrintable(found.error));
        QVERIFY(!found.hits.isEmpty());
    }

    void searchBuilderFillsAnEmptyIndex()
    {
        // A scratch file left by a killed build is replaced; the built index comes into the
        // index's own table in its transaction, and the scratch file goes.
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        SqliteConnection &c = opened.database->connection();
        const QString scratch = SearchBuilder::scratchPathFor(m_path);
        QFile leftover(scratch);
        QVERIFY(leftover.open(QIODevice::WriteOnly) && leftover.write("half a page") > 0);
        leftover.close();
        std::vector<SearchRow> rows;
        for (qint64 i = 1; i <= 300; ++i)
            rows.push_back({ i, QStringLiteral("Story %1").arg(i), QStringLiteral("The story\nWhy"),
                QByteArray("Barbara waits for the executor, café number ") + QByteArray::number(i)
                    + (i % 3 ? "" : " quuxword") });
        QVERIFY(opened.database->begin());
        SqliteStatement addDoc = c.prepare("INSERT INTO documents(rowid, entity, path, line, title, headings, body) "
                                           "VALUES(?1, ?2, ?3, 1, ?4, ?5, ?6)");
        {
            SearchBuilder builder(c, m_path, rows);
            QVERIFY(builder.started());
            QCOMPARE(builder.rows().size(), rows.size());
            for (const SearchRow &row : builder.rows()) {
                const QString id = QStringLiteral("stories/%1").arg(row.rowid);
                QVERIFY(addDoc.bind(1, row.rowid)
                        .bind(2, id)
                        .bind(3, id + QStringLiteral(".md"))
                        .bind(4, row.title)
                        .bind(5, row.headings)
                        .bindText(6, row.body)
                        .exec());
                addDoc.reset();
            }
            const QString built = builder.finish();
            QVERIFY2(built.isEmpty(), qPrintable(built));
            const QString error = builder.adoptInto(c);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(!QFileInfo::exists(scratch));
        QVERIFY(c.exec("COMMIT"));
        SqliteConnection reader;
        QVERIFY(reader.open(m_path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs));
        QVERIFY2(reader.exec("INSERT INTO search(search) VALUES('integrity-check')"), qPrintable(reader.lastError()));
        QCOMPARE(reader.queryInt("SELECT COUNT(*) FROM search WHERE search MATCH 'quuxword'").value_or(-1), 100);
        QCOMPARE(
            reader.queryInt("SELECT COUNT(*) FROM search WHERE search MATCH 'cafe AND barbara'").value_or(-1), 300);
        QCOMPARE(reader.queryInt("SELECT rowid FROM search WHERE search MATCH 'title:\"story 42\"'").value_or(-1), 42);
        // Ranking reads the rows' sizes too.
        const std::optional<qint64> best
            = reader.queryInt("SELECT rowid FROM search WHERE search MATCH 'quuxword' ORDER BY rank LIMIT 1");
        QVERIFY2(best && *best % 3 == 0, qPrintable(reader.lastError()));

        // A folder where the scratch file goes: nothing can be built there, and the builder says so.
        QVERIFY(QDir().mkpath(scratch));
        SearchBuilder blocked(c, m_path, rows);
        QVERIFY(!blocked.started());
        QCOMPARE(blocked.takeRows().size(), rows.size());
        QVERIFY(QDir().rmdir(scratch));
    }

    void firstWritesBuildTheSearchIndexApartOrThemselves_data()
    {
        QTest::addColumn<QString>("obstacle");
        QTest::addColumn<bool>("apart");
        QTest::newRow("nothing in the way") << QString() << true;
        QTest::newRow("a leftover scratch file") << QStringLiteral("file") << true;
        QTest::newRow("a folder where the scratch file goes") << QStringLiteral("folder") << false;
        QTest::newRow("the scratch build fails") << QStringLiteral("setting") << false;
    }

    void firstWritesBuildTheSearchIndexApartOrThemselves()
    {
        // Whatever stops the search index being built apart, the write fills it itself, and
        // the index answers the same.
        QFETCH(QString, obstacle);
        QFETCH(bool, apart);
        auto opened = IndexDatabase::openFile(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        SqliteConnection &c = opened.database->connection();
        const QString scratch = SearchBuilder::scratchPathFor(m_path);
        if (obstacle == QLatin1String("file")) {
            QFile leftover(scratch);
            QVERIFY(leftover.open(QIODevice::WriteOnly) && leftover.write("half a page") > 0);
        } else if (obstacle == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(scratch));
        } else if (obstacle == QLatin1String("setting")) {
            // FTS5 reads past a setting it does not know, but refuses to be given one: the
            // scratch table, which is given the index's settings, cannot be made.
            QVERIFY(c.exec("INSERT INTO search_config(k, v) VALUES('storyloom-unknown', 1)"));
        }
        const IndexWriteResult written = SnapshotWriter::write(*opened.database, makeGraph(m_dir.path()));
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(written.searchBuiltApart, apart);
        QCOMPARE(written.searchFilesWritten, 4);
        QCOMPARE(QFileInfo(scratch).isDir(), obstacle == QLatin1String("folder"));
        QVERIFY(!QFileInfo(scratch).isFile());
        // On the same connection (opened anew after a build apart), then on another.
        QVERIFY2(c.exec("INSERT INTO search(search) VALUES('integrity-check')"), qPrintable(c.lastError()));
        const SearchResult found = Searcher(c, m_dir.path()).search(SearchQuery(QStringLiteral("cafe")));
        QVERIFY2(found.ok(), qPrintable(found.error));
        QCOMPARE(found.hits.size(), 1);
        QCOMPARE(found.hits.first().entityId, QStringLiteral("stories/barbara-wants-async"));
        // A later refresh writes into the search index through the same connection.
        QVERIFY(SnapshotWriter::write(
            *opened.database, makeGraph(m_dir.path(), QStringLiteral("Closures and lifetimes.\n")))
                .ok);
        QCOMPARE(Searcher(c, m_dir.path()).search(SearchQuery(QStringLiteral("lifetimes"))).hits.size(), 1);
        SqliteConnection other;
        QVERIFY(other.open(m_path, SqliteConnection::Mode::ReadWrite, IndexSchema::busyTimeoutMs));
        QVERIFY2(other.exec("INSERT INTO search(search) VALUES('integrity-check')"), qPrintable(other.lastError()));
        if (obstacle == QLatin1String("folder"))
            QVERIFY(QDir().rmdir(scratch));
    }

    void damagedDatabasesAreRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("corrupt pages") << QStringLiteral("pages");
        QTest::newRow("newer version") << QStringLiteral("newer");
    }

    void damagedDatabasesAreRebuilt()
    {
        QFETCH(QString, damage);
        {
            auto opened = IndexDatabase::openFile(m_path);
            QString filler;
            for (int i = 0; i < 400; ++i)
                filler += QStringLiteral("Filler sentence number %1 about executors and wakers.\n").arg(i);
            QVERIFY(SnapshotWriter::write(*opened.database, makeGraph(m_dir.path(), filler)).ok);
            QVERIFY(opened.database->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (damage == u"newer")
                QVERIFY(opened.database->connection().exec("PRAGMA user_version = 99"));
        }
        QFile file(m_path);
        const qint64 size = file.size();
        QVERIFY(size > 16384);
        if (damage == u"garbage") {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("this is not a database at all, just some text that happens to be here");
        } else if (damage == u"truncated") {
            QVERIFY(file.resize(size / 2));
        } else if (damage == u"pages") {
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 offset = 4096; offset < size; offset += 4096) {
                file.seek(offset + 8);
                file.write(QByteArray(64, '\x5a'));
            }
        }
        file.close();

        auto reopened = IndexDatabase::openFile(m_path, IndexDatabase::Verify::Yes);
        QVERIFY2(reopened.database, qPrintable(reopened.error));
        QVERIFY2(!reopened.notice.isEmpty(), "a damaged index must be reported");
        QVERIFY(QFile::exists(m_path + QStringLiteral(".broken")));
        QVERIFY(!reopened.database->hasSnapshot());
        QCOMPARE(
            reopened.database->connection().queryInt("PRAGMA user_version").value_or(-1), qint64(IndexSchema::version));
        QVERIFY(SnapshotWriter::write(*reopened.database, makeGraph(m_dir.path())).ok);
        QVERIFY(GraphTables(*reopened.database).load(m_dir.path()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestIndexDatabase)
#include "test_indexdatabase.moc"
