// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views (views/NAME.yml): the file format and its errors, positions that
// stay put across sessions and edits, and storyloom-cli export --view/--tour:
// SVG with a dark scheme and links that resolve where it lands, Mermaid within
// Mermaid's limits, a PDF deck with one titled page per view.
#include "core/export/savedview.h"
#include "core/export/viewdiagram.h"
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLineF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

QString sampleProject()
{
    return QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The `href`s of an SVG's nodes. */
QStringList svgLinks(const QByteArray &svg)
{
    QStringList links;
    static const QRegularExpression href(QStringLiteral("<a href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        links << it.next().captured(1);
    return links;
}

/** A synthetic mdBook (tools/genproject.py) at `root`, published at `siteUrl` when given. */
bool generateBook(const QString &root, int stories, const QString &siteUrl = {})
{
    const test::ProcessResult run = test::runProcess(u"python3"_s,
        { QStringLiteral(STORYLOOM_SOURCE_DIR "/tools/genproject.py"), u"--stories"_s, QString::number(stories),
            u"--seed"_s, u"1"_s, u"--out"_s, root, u"--mdbook"_s },
        {}, 600000);
    if (run.exitCode != 0) {
        qWarning() << run.errText();
        return false;
    }
    if (siteUrl.isEmpty())
        return true;
    QFile toml(root + u"/book.toml"_s);
    return toml.open(QIODevice::Append) && toml.write("site-url = \"" + siteUrl.toUtf8() + "\"\n") > 0;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        SavedView view;
        view.name = u"pains"_s;
        view.title = u"Pain points: Amara"_s;
        view.mode = ViewMode::FreeGraph;
        view.filter.types = { EntityType::Character, EntityType::PainPoint };
        view.filter.text = u"library: a#b"_s;
        view.filter.hideOrphans = true;
        view.focus = u"characters/amara"_s;
        view.depth = 2;
        view.direction = FocusDirection::Downstream;
        view.unfolded = { u"group:2:amara"_s, u"group:3:x y"_s };
        view.positions = { { u"characters/amara"_s, QPointF(12.5, -3) }, { u"pain-points/slow"_s, QPointF(400, 80) } };
        view.pinned = { u"characters/amara"_s };
        view.zoom = 1.5;
        const QByteArray yaml = SavedViews::toYaml(view);
        const auto read = SavedViews::fromYaml(yaml, u"/p/views/pains.yml"_s);
        QVERIFY2(std::holds_alternative<SavedView>(read), yaml.constData());
        const SavedView back = std::get<SavedView>(read);
        QCOMPARE(back.name, view.name);
        QCOMPARE(back.title, view.title);
        QVERIFY(back.mode == view.mode);
        QCOMPARE(back.filter, view.filter);
        QCOMPARE(back.focus, view.focus);
        QCOMPARE(back.depth, view.depth);
        QCOMPARE(back.direction, view.direction);
        QCOMPARE(back.unfolded, view.unfolded);
        QCOMPARE(back.positions, view.positions);
        QCOMPARE(back.pinned, view.pinned);
        QCOMPARE(back.zoom, view.zoom);
        // Stable text: the same view writes the same bytes (positions sorted by id).
        QCOMPARE(SavedViews::toYaml(back), yaml);
    }

    void badFilesNameTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown mode") << u"bad-mode.yml"_s << 3 << u"sideways"_s;
        QTest::newRow("unclosed list") << u"bad-syntax.yml"_s << 4 << QString();
        QTest::newRow("short position") << u"bad-position.yml"_s << 5 << u"[x, y]"_s;
    }

    void badFilesNameTheLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, words);
        const QString path = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/views/") + file;
        const auto read = SavedViews::read(path);
        QVERIFY(std::holds_alternative<Diagnostic>(read));
        const Diagnostic problem = std::get<Diagnostic>(read);
        QCOMPARE(problem.location.path, path);
        QCOMPARE(problem.location.line, line);
        QVERIFY2(problem.message.contains(words), qPrintable(problem.message));

        // The command line says the same, as file:line.
        QTemporaryDir dir;
        QVERIFY(test::copyTree(sampleProject(), dir.path()));
        QVERIFY(test::writeFile(dir.path(), u"views/broken.yml"_s, readAll(path)));
        const test::ProcessResult run
            = test::runCli({ u"export"_s, u"--view"_s, u"broken"_s, u"-o"_s, dir.filePath(u"out.svg"_s), dir.path() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"views/broken.yml:%1:"_s.arg(line)), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(dir.filePath(u"out.svg"_s)));
    }

    void positionsStayPut()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(sampleProject(), dir.path()));
        Snapshot graph = ProjectLoader::load(dir.path());
        QVERIFY(graph);
        SavedView view;
        view.name = u"free"_s;
        view.mode = ViewMode::FreeGraph;
        const ViewDiagramResult first = ViewDiagram::build(*graph, view);
        QVERIFY(first.error.isEmpty());
        QCOMPARE(first.placed, int(graph->entities().size()));
        view.positions = first.positions;
        const QString path = SavedViews::pathFor(dir.path(), view.name);
        QVERIFY(!SavedViews::write(path, view));

        // Another session: the file alone gives the same places.
        const auto read = SavedViews::read(path);
        QVERIFY(std::holds_alternative<SavedView>(read));
        const SavedView saved = std::get<SavedView>(read);
        const ViewDiagramResult again = ViewDiagram::build(*graph, saved);
        QCOMPARE(again.placed, 0);
        for (auto it = first.positions.cbegin(); it != first.positions.cend(); ++it)
            QVERIFY(QLineF(again.positions.value(it.key()), it.value()).length() < 0.075);

        // An edit adds a character: only it is placed, everyone else stays.
        QVERIFY(test::writeFile(dir.path(), u"characters/wilhelmina.md"_s,
            "---\ntype: character\ntitle: Wilhelmina\nvalues: [community]\n---\n\n# Wilhelmina\n\nWilhelmina runs the "
            "repair café.\n"));
        graph = ProjectLoader::load(dir.path());
        QVERIFY(graph);
        const ViewDiagramResult edited = ViewDiagram::build(*graph, saved);
        QCOMPARE(edited.placed, 1);
        QString added;
        for (auto it = edited.positions.cbegin(); it != edited.positions.cend(); ++it) {
            if (!saved.positions.contains(it.key()))
                added = it.key();
            else
                QVERIFY(QLineF(it.value(), saved.positions.value(it.key())).length() < 1e-9);
        }
        QVERIFY(!added.isEmpty());
        const DiagramNode *newNode = edited.diagram.node(added);
        QVERIFY(newNode);
        for (const DiagramNode &node : edited.diagram.nodes) {
            if (node.id != added)
                QVERIFY2(!node.rect.intersects(newNode->rect), qPrintable(node.id));
        }
    }

    void svgFollowsTheSchemeAndLinksWhereItLands()
    {
        QTemporaryDir dir, elsewhere;
        QVERIFY(generateBook(dir.path(), 30, u"https://example.org/vision/"_s));
        SavedView view;
        view.title = u"The whole map"_s;
        QVERIFY(!SavedViews::write(SavedViews::pathFor(dir.path(), u"map"_s), view));

        // Saved inside the project: links relative to the file, to pages that exist.
        const QString inside = dir.filePath(u"exports/map.svg"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"exports"_s)));
        test::ProcessResult run = test::runCli({ u"export"_s, u"--view"_s, u"map"_s, u"-o"_s, inside, dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QByteArray svg = readAll(inside);
        QVERIFY(svg.contains("@media (prefers-color-scheme: dark)"));
        QVERIFY(svg.contains("class=\"background\""));
        QVERIFY(svg.contains("The whole map"));
        QStringList links = svgLinks(svg);
        QVERIFY(links.size() >= 10);
        for (const QString &link : std::as_const(links)) {
            QVERIFY2(link.startsWith(u"../src/"_s), qPrintable(link));
            QVERIFY2(QFile::exists(dir.filePath(u"exports/"_s + QUrl::fromPercentEncoding(link.toUtf8()))),
                qPrintable(link));
        }

        // Saved elsewhere: the book's published pages.
        const QString outside = elsewhere.filePath(u"map.svg"_s);
        run = test::runCli({ u"export"_s, u"--view"_s, u"map"_s, u"-o"_s, outside, dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        links = svgLinks(readAll(outside));
        QVERIFY(links.size() >= 10);
        for (const QString &link : std::as_const(links)) {
            QVERIFY2(link.startsWith(u"https://example.org/vision/"_s) && link.endsWith(u".html"_s), qPrintable(link));
            QVERIFY(!link.contains(u"/src/"_s));
        }

        // Neither: no links at all rather than broken ones (the sample is no book).
        QTemporaryDir sample;
        QVERIFY(test::copyTree(sampleProject(), sample.path()));
        QVERIFY(!SavedViews::write(SavedViews::pathFor(sample.path(), u"map"_s), view));
        run = test::runCli({ u"export"_s, u"--view"_s, u"map"_s, u"-o"_s, outside, sample.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(svgLinks(readAll(outside)).isEmpty());
    }

    void storyMapViewMatchesItsGoldenFile()
    {
        // The sample's story map focused on one pain point, saved inside the project:
        // dark-scheme style, faded boxes out of focus, links relative to the picture.
        QTemporaryDir dir;
        QVERIFY(test::copyTree(sampleProject(), dir.path()));
        QVERIFY(test::writeFile(dir.path(), u"views/holds.yml"_s,
            readAll(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/views/holds.yml"))));
        QVERIFY(QDir().mkpath(dir.filePath(u"exports"_s)));
        const QString svg = dir.filePath(u"exports/holds.svg"_s);
        const test::ProcessResult run
            = test::runCli({ u"export"_s, u"--view"_s, u"holds"_s, u"-o"_s, svg, dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QByteArray produced = readAll(svg);
        const QString reference = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/reference/sample-view.svg");
        if (test::regeneratingReferences()) {
            QFile out(reference);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(produced) == produced.size());
            return;
        }
        QCOMPARE(QString::fromUtf8(produced), QString::fromUtf8(readAll(reference)));
    }

    void tourIsAPdfDeck()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
        QTemporaryDir dir;
        QVERIFY(test::copyTree(sampleProject(), dir.path()));
        SavedView map;
        map.title = u"First stop the story map"_s;
        QVERIFY(!SavedViews::write(SavedViews::pathFor(dir.path(), u"map"_s), map));
        SavedView pains;
        pains.title = u"Second stop the pain points"_s;
        pains.mode = ViewMode::FreeGraph;
        pains.filter.types = { EntityType::PainPoint, EntityType::Goal };
        QVERIFY(!SavedViews::write(SavedViews::pathFor(dir.path(), u"pains"_s), pains));
        SavedView third = map;
        third.title = u"Third stop the map again"_s;
        QVERIFY(!SavedViews::write(SavedViews::pathFor(dir.path(), u"again"_s), third));
        QVERIFY(test::writeFile(dir.path(), u"tour.yml"_s, "title: A walk through\nviews: [map, pains, again]\n"));

        const QString deck = dir.filePath(u"deck.pdf"_s);
        const test::ProcessResult run
            = test::runCli({ u"export"_s, u"--tour"_s, dir.filePath(u"tour.yml"_s), u"-o"_s, deck, dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const test::ProcessResult info = test::runProcess(pdfinfo, { deck });
        QVERIFY2(info.outText().contains(QRegularExpression(u"Pages:\\s+3\\b"_s)), qPrintable(info.outText()));
        QVERIFY(info.outText().contains(u"A walk through"_s));
        const test::ProcessResult text = test::runProcess(pdftotext, { deck, u"-"_s });
        const QStringList pages = text.outText().split(u'\f');
        QVERIFY(pages.size() >= 3);
        QVERIFY2(pages[0].contains(u"First stop the story map"_s), qPrintable(pages[0].left(200)));
        QVERIFY(pages[1].contains(u"Second stop the pain points"_s));
        QVERIFY(pages[2].contains(u"Third stop the map again"_s));

        // A tour naming a view that does not exist says which.
        QVERIFY(test::writeFile(dir.path(), u"tour.yml"_s, "title: Lost\nviews: [map, nowhere]\n"));
        const test::ProcessResult lost
            = test::runCli({ u"export"_s, u"--tour"_s, dir.filePath(u"tour.yml"_s), u"-o"_s, deck, dir.path() });
        QCOMPARE(lost.exitCode, 1);
        QVERIFY(lost.errText().contains(u"nowhere"_s));
    }

    void mermaidStaysWithinItsLimits()
    {
        QTemporaryDir dir;
        QVERIFY(generateBook(dir.path(), 10000));
        // Every entity has its place in the view (a grid), so the export lays nothing out.
        const Snapshot graph = ProjectLoader::load(dir.path());
        QVERIFY(graph);
        SavedView view;
        view.title = u"Everything"_s;
        view.mode = ViewMode::FreeGraph;
        int i = 0;
        for (const Entity &e : graph->entities()) {
            view.positions.insert(e.id, QPointF((i % 100) * 200.0, (i / 100) * 40.0));
            ++i;
        }
        QVERIFY(!SavedViews::write(SavedViews::pathFor(dir.path(), u"all"_s), view));
        const QString output = dir.filePath(u"all.mmd"_s);
        const test::ProcessResult run
            = test::runCli({ u"export"_s, u"--view"_s, u"all"_s, u"-o"_s, output, dir.path() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(u"Mermaid"_s), qPrintable(run.errText()));
        const QStringList files = QDir(dir.path()).entryList({ u"all*.mmd"_s }, QDir::Files);
        QVERIFY2(files.size() > 1, qPrintable(files.join(u", "_s)));
        static const QRegularExpression edge(
            QStringLiteral("^\\s+(n_\\w+) (-->|-\\.->|---|-\\.-)(\\|\"[^\"]*\"\\|)? (n_\\w+)$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression node(
            QStringLiteral("^\\s+(n_\\w+)[(\\[]\""), QRegularExpression::MultilineOption);
        for (const QString &name : files) {
            const QString text = QString::fromUtf8(readAll(dir.filePath(name)));
            QVERIFY2(text.size() <= 50000, qPrintable(name));
            QVERIFY(text.startsWith(u"%% "_s) && text.contains(u"Mermaid's limits"_s));
            QVERIFY(text.contains(u"\nflowchart LR\n"_s));
            QSet<QString> defined;
            for (auto it = node.globalMatch(text); it.hasNext();)
                defined << it.next().captured(1);
            int edges = 0;
            for (auto it = edge.globalMatch(text); it.hasNext(); ++edges) {
                const QRegularExpressionMatch m = it.next();
                QVERIFY2(defined.contains(m.captured(1)) && defined.contains(m.captured(4)), qPrintable(m.captured()));
            }
            QVERIFY2(edges <= 500, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_savedviews.moc"
