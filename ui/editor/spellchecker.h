// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <memory>

namespace Sonnet {
class Speller;
}

namespace storyloom {

/**
 * Spell checking for one project, shared by its open pages: KDE Sonnet's speller
 * (Hunspell dictionaries) in the project's language, plus the words it knows
 * itself: the names of its characters, values and goals, its word list
 * (storyloom-words.txt at the root, shared through Git), the user's personal list
 * (in the data folder) and words ignored in this session. Verdicts are cached, so
 * a word is looked up in the dictionary once.
 *
 * The language is storyloom.yml's `language:`, else book.toml's, else the user
 * interface's; the on/off switch is the user's, per project (QSettings).
 */
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    /** The checker of the project at `root`: made on first use, gone when no page holds it any more. */
    [[nodiscard]] static std::shared_ptr<SpellChecker> forProject(const QString &root);
    ~SpellChecker() override;

    /** The dictionaries installed: language code ("de_DE") by its readable name ("German (Germany)"). */
    [[nodiscard]] static QMap<QString, QString> availableDictionaries();
    /**
     * `wanted` (a code as storyloom.yml or book.toml write it: "de", "en-GB", "fr_CA", a
     * locale name) as the code of one of the `available` dictionaries: the same one, else
     * the language's main country ("de_DE", "fr_FR"; "en_US" for English), else the
     * language alone, else any country of it. Empty when none fits.
     */
    [[nodiscard]] static QString resolveLanguage(const QString &wanted, const QStringList &available);

    /** True when words are checked: switched on, with a dictionary for the language. */
    [[nodiscard]] bool isActive() const;
    /** The user's switch for this project (View › Check Spelling). */
    [[nodiscard]] bool isSwitchedOn() const { return m_switchedOn; }
    void setSwitchedOn(bool on);
    /** The dictionary in use ("en_US"), empty when none is installed for the language. */
    [[nodiscard]] QString language() const { return m_language; }
    /** Makes `code` the project's language: written as `language:` into storyloom.yml. */
    bool chooseLanguage(const QString &code);

    enum class Verdict { Correct, Misspelled, Unchecked };
    /** What is known of `word` without asking the dictionary (Unchecked: not looked up yet). */
    [[nodiscard]] Verdict cachedVerdict(const QString &word) const;
    /** Looks `word` up (once; later calls read the cache). */
    [[nodiscard]] bool isCorrect(const QString &word);
    [[nodiscard]] QStringList suggestions(const QString &word) const;
    /** Adds `word` to the project's word list file (sorted). */
    bool addToProject(const QString &word);
    /** Adds `word` to the user's personal word list, for every project. */
    bool addToPersonal(const QString &word);
    /** Accepts `word` until the project closes. */
    void ignore(const QString &word);
    /** The project's names become known words; its word list and language are read again when they changed. */
    void setSnapshot(const Snapshot &snapshot);

    /** The personal word list's path (in the user's data folder). */
    [[nodiscard]] static QString personalListPath();

Q_SIGNALS:
    /** Verdicts may have changed (language, lists, the switch): editors underline again. */
    void changed();

private:
    explicit SpellChecker(const QString &root);
    /** Reads the language, the lists and the switch; true when anything changed. */
    bool reload();
    [[nodiscard]] bool isKnown(const QString &word) const;

    QString m_root;
    /** The modification times and sizes of the files reload() reads, when it last read them. */
    QString m_stamp;
    std::unique_ptr<Sonnet::Speller> m_speller;
    QString m_language;
    bool m_switchedOn = true;
    std::weak_ptr<const StoryGraph> m_graph;
    QSet<QString> m_names;
    QSet<QString> m_projectWords;
    QSet<QString> m_personalWords;
    QSet<QString> m_ignored;
    QHash<QString, bool> m_cache;
};

} // namespace storyloom
