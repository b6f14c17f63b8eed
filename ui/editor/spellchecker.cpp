// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/spellchecker.h"

#include "core/extract/projectconfig.h"
#include "core/project/wordlist.h"
#include "core/project/writer.h"
#include "core/util/logging.h"
#include "core/util/projectkey.h"

#include <Sonnet/Speller>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace storyloom {

namespace {
QHash<QString, std::weak_ptr<SpellChecker>> &registry()
{
    static QHash<QString, std::weak_ptr<SpellChecker>> checkers;
    return checkers;
}

QString switchKey(const QString &root)
{
    return QStringLiteral("spelling/%1/enabled").arg(projectKey(root));
}

QString languageKey(const QString &root)
{
    return QStringLiteral("spelling/%1/language").arg(projectKey(root));
}

QString configPath(const QString &root)
{
    return root + QStringLiteral("/storyloom.yml");
}

QSet<QString> toSet(const QStringList &words)
{
    return QSet<QString>(words.begin(), words.end());
}

/** The letter runs of an entity's title ("Zoë Okafor" gives Zoë and Okafor). */
QStringList nameWords(const QString &title)
{
    QStringList words;
    QString word;
    for (const QChar c : title) {
        if (c.isLetter() || ((c == u'\'' || c == u'’') && !word.isEmpty())) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}
} // namespace

std::shared_ptr<SpellChecker> SpellChecker::forProject(const QString &root)
{
    const QString key = QDir::cleanPath(QDir(root).absolutePath());
    if (std::shared_ptr<SpellChecker> existing = registry().value(key).lock())
        return existing;
    std::shared_ptr<SpellChecker> checker(new SpellChecker(key));
    registry().insert(key, checker);
    return checker;
}

SpellChecker::SpellChecker(const QString &root)
    : m_root(root)
    , m_names({ QStringLiteral("Storyloom") })
{
    reload();
}

SpellChecker::~SpellChecker()
{
    // The entry may already name a newer checker of the same folder.
    if (auto it = registry().find(m_root); it != registry().end() && it->expired())
        registry().erase(it);
}

QMap<QString, QString> SpellChecker::availableDictionaries()
{
    QMap<QString, QString> byCode;
    const QMap<QString, QString> byName = Sonnet::Speller().availableDictionaries();
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        byCode.insert(it.value(), it.key());
    return byCode;
}

QString SpellChecker::resolveLanguage(const QString &wanted, const QStringList &available)
{
    QString code = wanted.trimmed();
    code.replace(u'-', u'_');
    code = code.section(u'.', 0, 0); // "de_DE.UTF-8"
    if (code.isEmpty())
        return {};
    for (const QString &candidate : available) {
        if (candidate.compare(code, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    const QString language = code.section(u'_', 0, 0).toLower();
    const QString mainCountry
        = language == QLatin1String("en") ? QStringLiteral("en_US") : QString(language + u'_' + language.toUpper());
    for (const QString &preferred : { mainCountry, language }) {
        if (available.contains(preferred))
            return preferred;
    }
    QStringList others;
    for (const QString &candidate : available) {
        if (candidate.startsWith(language + u'_'))
            others.append(candidate);
    }
    others.sort();
    return others.value(0);
}

bool SpellChecker::reload()
{
    // Every page asks on every snapshot: the files are read again only when one of them changed.
    QString stamp = QSettings().value(switchKey(m_root), true).toString() + u'|'
        + QSettings().value(languageKey(m_root)).toString();
    const QStringList read = { configPath(m_root), m_root + QStringLiteral("/book.toml"),
        m_root + u'/' + WordList::projectFileName(), personalListPath() };
    for (const QString &path : read) {
        const QFileInfo info(path);
        stamp += QStringLiteral("|%1:%2").arg(info.lastModified().toMSecsSinceEpoch()).arg(info.size());
    }
    if (stamp == m_stamp)
        return false;
    m_stamp = stamp;
    const ProjectConfig config = readProjectConfig(m_root);
    QString wanted = config.language;
    if (wanted.isEmpty())
        wanted = QSettings().value(languageKey(m_root)).toString();
    if (wanted.isEmpty()) {
        wanted = QLocale().name();
        if (wanted == QLatin1String("C") || wanted.isEmpty())
            wanted = QStringLiteral("en_US");
    }
    bool changed = false;
    const QString language = resolveLanguage(wanted, availableDictionaries().keys());
    if (language.isEmpty() && m_language.isEmpty() && !m_speller)
        qCInfo(lcUiEditor) << "no spelling dictionary for" << wanted << "in" << m_root;
    if (language != m_language || (!language.isEmpty() && !m_speller)) {
        m_language = language;
        m_speller.reset();
        if (!language.isEmpty()) {
            m_speller = std::make_unique<Sonnet::Speller>(language);
            if (!m_speller->isValid()) {
                qCWarning(lcUiEditor) << "the spelling dictionary" << language << "does not load";
                m_speller.reset();
            }
        }
        m_cache.clear();
        changed = true;
    }
    const QSet<QString> project = toSet(WordList::read(m_root + u'/' + WordList::projectFileName()));
    const QSet<QString> personal = toSet(WordList::read(personalListPath()));
    if (project != m_projectWords || personal != m_personalWords) {
        m_projectWords = project;
        m_personalWords = personal;
        changed = true;
    }
    const bool on = QSettings().value(switchKey(m_root), true).toBool();
    if (on != m_switchedOn) {
        m_switchedOn = on;
        changed = true;
    }
    return changed;
}

bool SpellChecker::isActive() const
{
    return m_switchedOn && m_speller;
}

void SpellChecker::setSwitchedOn(bool on)
{
    if (on == m_switchedOn)
        return;
    m_switchedOn = on;
    QSettings().setValue(switchKey(m_root), on);
    Q_EMIT changed();
}

bool SpellChecker::chooseLanguage(const QString &code)
{
    // A storyloom.yml is the project's own settings, shared with co-authors; an mdBook takes one beside
    // book.toml without changing. A plain folder stays one: the choice is kept in the user's settings.
    const bool ownConfig
        = QFileInfo::exists(configPath(m_root)) || QFileInfo::exists(m_root + QStringLiteral("/book.toml"));
    if (ownConfig) {
        QFile file(configPath(m_root));
        QByteArray bytes;
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcUiEditor) << "cannot read" << file.fileName() << file.errorString();
                return false;
            }
            bytes = file.readAll();
        }
        const WriteResult result = Writer::writeFile(
            m_root, QStringLiteral("storyloom.yml"), WordList::withTopLevelScalar(bytes, "language", code.toUtf8()));
        if (!result.ok) {
            qCWarning(lcUiEditor) << "cannot write the language to storyloom.yml:" << result.error;
            return false;
        }
    } else {
        QSettings().setValue(languageKey(m_root), code);
    }
    if (reload())
        Q_EMIT changed();
    return true;
}

bool SpellChecker::isKnown(const QString &word) const
{
    const auto knows = [this](const QString &w) {
        return m_names.contains(w) || m_projectWords.contains(w) || m_personalWords.contains(w)
            || m_ignored.contains(w);
    };
    if (knows(word))
        return true;
    // "Amara's": a known name with the possessive.
    if (word.size() > 2 && (word.endsWith(QLatin1String("'s")) || word.endsWith(u"’s")) && isKnown(word.chopped(2)))
        return true;
    // "Harbour" at the start of a sentence is the list's "harbour".
    return word.size() > 1 && word.front().isUpper() && knows(word.front().toLower() + word.mid(1));
}

SpellChecker::Verdict SpellChecker::cachedVerdict(const QString &word) const
{
    if (!isActive() || isKnown(word))
        return Verdict::Correct;
    const auto it = m_cache.constFind(word);
    if (it == m_cache.cend())
        return Verdict::Unchecked;
    return *it ? Verdict::Correct : Verdict::Misspelled;
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!isActive() || isKnown(word))
        return true;
    const auto it = m_cache.constFind(word);
    if (it != m_cache.cend())
        return *it;
    QString asTyped = word;
    asTyped.replace(u'’', u'\''); // the dictionaries spell "don't" with the plain apostrophe
    const bool correct = m_speller->isCorrect(asTyped);
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    return m_speller ? m_speller->suggest(word) : QStringList();
}

bool SpellChecker::addToProject(const QString &word)
{
    QStringList words = WordList::read(m_root + u'/' + WordList::projectFileName());
    words.append(word);
    const WriteResult result = Writer::writeFile(m_root, WordList::projectFileName(), WordList::toBytes(words));
    if (!result.ok) {
        qCWarning(lcUiEditor) << "cannot write the project's word list:" << result.error;
        return false;
    }
    m_projectWords.insert(word);
    Q_EMIT changed();
    return true;
}

QString SpellChecker::personalListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/words.txt");
}

bool SpellChecker::addToPersonal(const QString &word)
{
    QStringList words = WordList::read(personalListPath());
    words.append(word);
    QDir().mkpath(QFileInfo(personalListPath()).absolutePath());
    QSaveFile file(personalListPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(WordList::toBytes(words)) < 0 || !file.commit()) {
        qCWarning(lcUiEditor) << "cannot write the personal word list" << file.fileName() << file.errorString();
        return false;
    }
    m_personalWords.insert(word);
    Q_EMIT changed();
    return true;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
    Q_EMIT changed();
}

void SpellChecker::setSnapshot(const Snapshot &snapshot)
{
    bool differs = reload();
    if (snapshot && snapshot != m_graph.lock()) {
        m_graph = snapshot;
        QSet<QString> names = { QStringLiteral("Storyloom") };
        for (const Entity &entity : snapshot->entities()) {
            if (entity.type == EntityType::Character || entity.type == EntityType::Value
                || entity.type == EntityType::Goal) {
                for (const QString &word : nameWords(entity.title))
                    names.insert(word);
            }
        }
        if (names != m_names) {
            m_names = names;
            differs = true;
        }
    }
    if (differs)
        Q_EMIT changed();
}

} // namespace storyloom
