// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The file watcher reports edits, replacements, new files and folders, once per burst.
#include "core/project/filewatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}
} // namespace

class TestFileWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsChanges()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("stories/a.md")), "# A\n");
        writeFile(dir.filePath(QStringLiteral("b.md")), "# B\n");
        FileWatcher watcher;
        watcher.setQuietPeriod(50);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &FileWatcher::changed);

        // An edit in place, in a subfolder.
        writeFile(dir.filePath(QStringLiteral("stories/a.md")), "# A changed\n");
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.takeFirst().at(0).toStringList().contains(QStringLiteral("stories/a.md")));

        // A burst: every change is reported (collapsed into few signals).
        spy.clear();
        writeFile(dir.filePath(QStringLiteral("b.md")), "# B changed\n");
        writeFile(dir.filePath(QStringLiteral("stories/c.md")), "# C\n");
        writeFile(dir.filePath(QStringLiteral("new/d.md")), "# D\n");
        QStringList reported;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &signal : std::as_const(spy))
                    reported += signal.at(0).toStringList();
                spy.clear();
                return reported.contains(QStringLiteral("b.md")) && reported.contains(QStringLiteral("stories"))
                    && reported.contains(QStringLiteral("."));
            }(),
            5000);

        // Replaced by rename (how editors save), then edited again: still watched.
        spy.clear();
        writeFile(dir.filePath(QStringLiteral("b.md.tmp")), "# B saved\n");
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.md"))));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("b.md.tmp")), dir.filePath(QStringLiteral("b.md"))));
        QVERIFY(spy.wait(5000));
        spy.clear();
        writeFile(dir.filePath(QStringLiteral("b.md")), "# B again\n");
        QVERIFY(spy.wait(5000));
        // A file in the folder created during the burst above is watched too.
        spy.clear();
        writeFile(dir.filePath(QStringLiteral("new/d.md")), "# D changed\n");
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.takeFirst().at(0).toStringList().contains(QStringLiteral("new/d.md")));
    }
};

QTEST_GUILESS_MAIN(TestFileWatcher)
#include "test_filewatcher.moc"
