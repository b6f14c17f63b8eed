// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translations are complete and current: lupdate run over today's
// sources (into a temporary copy of each .ts file) finds nothing new,
// nothing unfinished and nothing obsolete; placeholders survive translation;
// and the embedded .qm files are loaded and used at run time.

#include "core/analysis/gapanalysis.h"
#include "core/extract/projectloader.h"
#include "core/i18n/translations.h"
#include "core/project/pageplanner.h"
#include "core/project/writer.h"
#include "core/roadmap/roadmapeditor.h"
#include "core/sync/commitmessage.h"
#include "core/sync/syncerror.h"
#include "core/sync/syncsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "", "unfinished", "vanished" or "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "translation"_L1 && current.numerus)
            messages.append(current); // numerus forms are complete at </translation>
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message { context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {} };
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
                messages.append(current);
            }
        } else if (name == "numerusform"_L1) {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:n|L?\\d{1,2})"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QString where(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source.left(80));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"storyloom-test-translations"_s);
        QSettings().clear();
    }

    void lupdateFindsNothingToDo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        QTest::newRow("English plurals") << u"en"_s;
    }

    void lupdateFindsNothingToDo()
    {
        QFETCH(QString, language);
        const QString source = QStringLiteral(STORYLOOM_SOURCE_DIR);
        QTemporaryDir temp;
        const QString ts = temp.filePath(u"storyloom_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(u"%1/translations/storyloom_%2.ts"_s.arg(source, language), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        // The same scan as the update_translations target, but keeping what vanished so it shows up here.
        // Headers are included by layer ("core/sync/x.h"): lupdate finds them from the source root.
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(STORYLOOM_LUPDATE),
            QStringList { u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s, u"-I"_s, source, u"core"_s, u"ui"_s,
                u"app"_s, u"-ts"_s, ts }
                + (language == u"en"_s ? QStringList { u"-pluralonly"_s } : QStringList {}));
        QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));
        // lupdate guesses a context from the enclosing class or namespace when a tr() has none of its
        // own, and says so; the run-time lookup then uses another name and the text stays English.
        QVERIFY2(!log.contains(u"lacks Q_OBJECT"_s), qPrintable(log));

        QString tsLanguage;
        const QList<Message> messages = readTs(ts, &tsLanguage);
        QCOMPARE(tsLanguage, language);
        // The English file holds only the texts with plural forms.
        QVERIFY(messages.size() > (language == u"en"_s ? 10 : 50));
        QStringList problems;
        for (const Message &message : messages) {
            if (message.type == "unfinished"_L1) {
                problems.append(u"untranslated (new or unfinished): "_s + where(message));
                continue;
            }
            if (message.type == "vanished"_L1 || message.type == "obsolete"_L1) {
                problems.append(u"obsolete (no longer in the sources): "_s + where(message));
                continue;
            }
            // German and French both have two plural forms.
            if (message.numerus && message.translations.size() != 2)
                problems.append(u"needs 2 plural forms: "_s + where(message));
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                    problems.append(u"empty translation: "_s + where(message));
                // %n may be left out of a singular form ("one file"), never anything else.
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                if (message.numerus) {
                    expected.removeAll(u"%n"_s);
                    actual.removeAll(u"%n"_s);
                }
                if (expected != actual)
                    problems.append(
                        u"placeholders %1 became %2: "_s.arg(expected.join(u' '), actual.join(u' ')) + where(message));
                // Mnemonics: a menu text keeps exactly one '&' accelerator.
                if (message.source.count(u'&') == 1 && !message.source.contains(u"&&"_s)
                    && translation.count(u'&') != 1)
                    problems.append(u"mnemonic lost: "_s + where(message));
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1 problem(s) in storyloom_%2.ts after lupdate; run "
                       "`cmake --build BUILD --target update_translations` and translate:\n"_s.arg(problems.size())
                           .arg(language)
                + problems.join(u'\n')));
    }

    void bundledLanguages()
    {
        const QStringList languages = Translations::available();
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(u"fr"_s));
        QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Translations::nativeName(u"fr"_s), u"Français"_s);
    }

    void installsTheRequestedLanguage()
    {
        QCOMPARE(Translations::install(QCoreApplication::instance(), u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::HelpMenu", "&Help"), u"&Hilfe"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::MainWindow", "%n warning(s)", nullptr, 3), u"3 Warnungen"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::MainWindow", "%n warning(s)", nullptr, 1), u"1 Warnung"_s);

        QCOMPARE(Translations::install(QCoreApplication::instance(), u"fr_CA"_s), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::HelpMenu", "&Help"), u"&Aide"_s);
        QCOMPARE(
            QCoreApplication::translate("storyloom::MainWindow", "%n warning(s)", nullptr, 2), u"2 avertissements"_s);

        // English is the source language: the sources' text, with proper plural forms.
        QCOMPARE(Translations::install(QCoreApplication::instance(), u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::HelpMenu", "&Help"), u"&Help"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::MainWindow", "%n warning(s)", nullptr, 1), u"1 warning"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::MainWindow", "%n warning(s)", nullptr, 4), u"4 warnings"_s);
        // So does a language Storyloom has no translation for.
        QCOMPARE(Translations::install(QCoreApplication::instance(), u"fi"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::EntityPage", "%n word(s)", nullptr, 1), u"1 word"_s);
        QVERIFY(!Translations::available().contains(u"en"_s));
    }

    void cliSubcommandsSpeakTheLanguage()
    {
        // The subcommands' tr() lives in namespace storyloom::cli: the context lupdate extracts
        // and the one looked up at run time must agree (they did not: the German text existed
        // in the .ts files and never showed).
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { u"sync"_s, u"--help"_s });
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAll());
        QVERIFY2(out.contains(u"die Commit-Nachricht"_s), qPrintable(out));
    }

    void coreMessagesSpeakTheLanguage()
    {
        // Each of these once came through a file-local tr() whose context differed from the one
        // lupdate filed the message under: the German text was in the .ts files and never showed.
        QCOMPARE(Translations::install(QCoreApplication::instance(), u"de"_s), u"de"_s);
        const auto restore = qScopeGuard([] { Translations::install(QCoreApplication::instance(), u"en"_s); });

        // SyncError: a struct's static member.
        QVERIFY2(SyncError::make(SyncError::Code::GitMissing).message.startsWith(u"Git ist nicht installiert"_s),
            qPrintable(SyncError::make(SyncError::Code::GitMissing).message));
        // SyncSession: a free function beside the class.
        QCOMPARE(displayName(SyncStep::Fetch), u"Abrufen"_s);
        // CommitMessage: a free function (the verb) and a member.
        const std::vector<ChangedFile> changes { { ChangedFile::Kind::Added, u"notes.txt"_s, {} } };
        const QString message = CommitMessage::build(
            changes, {}, [](const QString &, bool) { return std::optional<QByteArray>(QByteArray("plain text\n")); });
        QVERIFY2(message.contains(u"hinzufügen"_s, Qt::CaseInsensitive), qPrintable(message));
        // GapAnalysis: static members.
        QCOMPARE(GapAnalysis::displayName(GapKind::UnheldValue), u"Werte, die niemand vertritt"_s);

        // GraphBuilder: a diagnostic of a real load.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : { u"storyloom.yml"_s, u"alan.md"_s })
            QVERIFY(QFile::copy(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/project/") + name, dir.filePath(name)));
        const Snapshot snapshot = ProjectLoader::load(dir.path());
        QVERIFY(snapshot);
        QStringList messages;
        for (const Diagnostic &d : snapshot->diagnostics())
            messages.append(d.message);
        QVERIFY2(messages.join(u'\n').contains(u"defekter Link"_s), qPrintable(messages.join(u'\n')));

        // Writer: a free function's refusal, through the public call.
        const WriteResult refused = Writer(snapshot).writeFile(u"../outside.md"_s, "text\n");
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"verweigert"_s), qPrintable(refused.error));
        // PagePlanner and RoadmapEditor: members and a free function.
        QVERIFY2(PagePlanner(snapshot).plan(EntityType::Page, StoryKind::None, QString()).error.contains(u"Titel"_s),
            qPrintable(PagePlanner(snapshot).plan(EntityType::Page, StoryKind::None, QString()).error));
        const EditPlan edit = RoadmapEditor::plan(*snapshot, u"alan"_s, {});
        QVERIFY(edit.error);
        QVERIFY2(edit.error->message.contains(u"kein Ziel"_s), qPrintable(edit.error->message));
    }

    void settingsOverrideTheSystemLocale()
    {
        QVERIFY(Translations::languageOverride().isEmpty());
        Translations::setLanguageOverride(u"de"_s);
        QCOMPARE(Translations::languageOverride(), u"de"_s);
        QCOMPARE(Translations::install(QCoreApplication::instance()), u"de"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::ShortcutsDialog", "Keyboard Shortcuts"), u"Tastenkürzel"_s);
        Translations::setLanguageOverride(QString());
        QVERIFY(Translations::languageOverride().isEmpty());
        Translations::install(QCoreApplication::instance(), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
