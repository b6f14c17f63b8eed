// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every fuzz target over its checked-in corpus (tests/fuzz/corpus/<target>/):
// the seeds and every input a fuzzer ever found, so a fixed bug stays fixed in
// ordinary (non-clang) builds too. A property violation aborts, which fails the test.
#include <QDir>
#include <QTest>

#include <cstdint>

#define STORYLOOM_FUZZ_TARGET(name)                                                                                    \
    extern "C" int fuzzOne_##name(const uint8_t *data, size_t size);                                                   \
    extern "C" int fuzzInit_##name(int *argc, char ***argv);
STORYLOOM_FUZZ_TARGET(document)
STORYLOOM_FUZZ_TARGET(summary)
STORYLOOM_FUZZ_TARGET(roadmaptables)
STORYLOOM_FUZZ_TARGET(links)
STORYLOOM_FUZZ_TARGET(porcelain)
STORYLOOM_FUZZ_TARGET(rules)
STORYLOOM_FUZZ_TARGET(preview)
STORYLOOM_FUZZ_TARGET(config)
#undef STORYLOOM_FUZZ_TARGET

namespace {
using FuzzOne = int (*)(const uint8_t *, size_t);

struct Target
{
    const char *name;
    FuzzOne run;
};

const Target kTargets[] = {
    { "document", fuzzOne_document },
    { "summary", fuzzOne_summary },
    { "roadmaptables", fuzzOne_roadmaptables },
    { "links", fuzzOne_links },
    { "porcelain", fuzzOne_porcelain },
    { "rules", fuzzOne_rules },
    { "preview", fuzzOne_preview },
    { "config", fuzzOne_config },
};
} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        int index = 0;
        for (const Target &target : kTargets) {
            const QDir dir(QStringLiteral(STORYLOOM_FUZZ_CORPUS_DIR) + u'/' + QLatin1String(target.name));
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            QVERIFY2(!files.isEmpty(), target.name);
            for (const QString &file : files)
                QTest::addRow("%s/%s", target.name, qPrintable(file)) << index << dir.filePath(file);
            ++index;
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(kTargets[target].run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "fuzzreplay.moc"
