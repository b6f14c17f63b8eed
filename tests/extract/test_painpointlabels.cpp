// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pain points of the wg-async status-quo stories against the hand-labelled morals items
// (tests/extract/data/wg-async-painpoints.tsv, see the README beside it).
#include "core/extract/projectloader.h"
#include "core/parse/parseddocument.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {

/** The fixture's normalisation: case-folded, runs of anything but letters and digits one space. */
QString normalised(const QString &text)
{
    QString folded = text.toCaseFolded();
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised(text).toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

/** The text of the list item or paragraph that starts at `line`, empty when none does. */
QString textAt(const ParsedDocument &document, int line)
{
    for (const ListItem &item : document.listItems) {
        if (item.line == line)
            return item.text;
    }
    for (const Paragraph &paragraph : document.paragraphs) {
        if (paragraph.line == line)
            return QString::fromUtf8(paragraph.text);
    }
    return {};
}

struct Label
{
    QString path;
    int line = 0;
    QString hash;
    bool pain = false;
};

QList<Label> readLabels(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QList<Label> labels;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QStringList columns = QString::fromUtf8(raw).split(u'\t');
        if (columns.size() < 4)
            continue;
        labels.append({ columns.at(0), columns.at(1).toInt(), columns.at(2), columns.at(3) == QLatin1String("pain") });
    }
    return labels;
}

} // namespace

class TestPainPointLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Label> m_labels;
    Snapshot m_graph;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(storyloom::test::copyCorpus(m_dir.path()));
        m_labels = readLabels(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/wg-async-painpoints.tsv"));
        QVERIFY(m_labels.size() >= 60);
        m_graph = ProjectLoader::load(m_dir.path());
        QVERIFY(m_graph);
    }

    /** Each label still names the text it was decided on: a moved corpus fails here, not in the figures. */
    void labelsMatchTheCorpus()
    {
        QHash<QString, ParsedDocument> parsed;
        QStringList moved;
        for (const Label &label : std::as_const(m_labels)) {
            if (!parsed.contains(label.path)) {
                QFile file(m_dir.path() + u'/' + label.path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(label.path));
                parsed.insert(label.path, parseDocument(file.readAll(), label.path));
            }
            const QString hash = hashOf(textAt(parsed.value(label.path), label.line));
            if (hash != label.hash)
                moved
                    << QStringLiteral("%1:%2 (%3, labelled %4)").arg(label.path).arg(label.line).arg(hash, label.hash);
        }
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(QStringLiteral(", "))));
    }

    /** Extraction against the labels: every exposes relation of a labelled story counts at its line. */
    void precisionAndRecall()
    {
        QHash<QString, bool> labelled; // "path:line" -> pain
        QSet<QString> files;
        for (const Label &label : std::as_const(m_labels)) {
            labelled.insert(QStringLiteral("%1:%2").arg(label.path).arg(label.line), label.pain);
            files.insert(label.path);
        }
        int extracted = 0, truePositives = 0;
        QStringList wrong;
        for (const Relation &r : m_graph->relations()) {
            if (r.kind != RelationKind::Exposes || !r.inferred() || !files.contains(r.source.path))
                continue;
            ++extracted;
            const QString key = QStringLiteral("%1:%2").arg(r.source.path).arg(r.source.line);
            if (labelled.value(key, false))
                ++truePositives;
            else
                wrong << key;
        }
        const int pains = int(std::count(labelled.cbegin(), labelled.cend(), true));
        const double precision = extracted ? double(truePositives) / extracted : 0;
        const double recall = pains ? double(truePositives) / pains : 0;
        qInfo("pain points: %d extracted, %d labelled, %d both; precision %.3f, recall %.3f", extracted, pains,
            truePositives, precision, recall);
        if (!wrong.isEmpty())
            qInfo("extracted but not labelled a pain point: %s", qPrintable(wrong.join(QStringLiteral(", "))));
        QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.9, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestPainPointLabels)
#include "test_painpointlabels.moc"
