// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"
#include "core/model/types.h"

#include <QFlags>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace YAML {
class Node;
}

namespace storyloom {

/** What can be drawn from a file beyond its front matter; a rule names them (`extract: [morals]`). */
enum class Extractor : quint8 {
    /** Pain points from the morals section of a story. */
    Morals = 1 << 0,
    /** Goals and initiatives from the roadmap's overview table. */
    OverviewTable = 1 << 1,
    /** A goal's attributes from its metadata table. */
    MetadataTable = 1 << 2,
    /** Values from the sections of a values page. */
    ValuesFromSections = 1 << 3,
    /** The values a character prioritises, from its page. */
    CharacterPriorities = 1 << 4,
};
Q_DECLARE_FLAGS(Extractors, Extractor)
Q_DECLARE_OPERATORS_FOR_FLAGS(Extractors)

/** Every extractor, in the order rules list them. */
inline constexpr Extractor allExtractors[] { Extractor::Morals, Extractor::OverviewTable, Extractor::MetadataTable,
    Extractor::ValuesFromSections, Extractor::CharacterPriorities };
/** The name rules give an extractor (`overview-table`). */
[[nodiscard]] QString toString(Extractor extractor);
/** The extractor a rule names, or nothing when no extractor has that name. */
[[nodiscard]] std::optional<Extractor> extractorFromString(QStringView name);

/** What the rules say one file is. */
struct Classification
{
    std::optional<EntityType> type;
    StoryKind kind = StoryKind::None;
    bool isTemplate = false;
    /** Extractors to run on the file. */
    Extractors extract;
};

/**
 * What a rule may look at in a page beyond its path and first heading: the shape of its
 * content and its place in the book's table of contents.
 */
struct PageShape
{
    /** The page has a goal's metadata table: an owner row naming someone and a state row with a known state. */
    bool goalMetadataTable = false;
    /** The type of the page's SUMMARY.md parent; nothing when it has none or it is not known yet. */
    std::optional<EntityType> summaryParent;
};

/** Which way a typed relation points: from the link's source to its target, or back. */
enum class RelationDirection { Forward, Reverse };

/** What the relation-typing table makes of a link or reference between two entities. */
struct TypedRelation
{
    RelationKind kind = RelationKind::Links;
    RelationDirection direction = RelationDirection::Forward;
};

/** One end of a relation-typing row: an entity type and, for stories, a kind (None: any kind). */
struct RelationEnd
{
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
};

/**
 * Type rules as data: path globs and heading patterns mapped to entity types,
 * loaded from YAML (the built-in `resources/rules/default.yml`, then a
 * project's own `rules:` in storyloom.yml, which are tried first).
 */
class RuleSet
{
public:
    struct Rule
    {
        QRegularExpression glob;
        /** Text every path the glob matches contains (see requiredText()): most files fail this test, far cheaper than
         * the pattern. */
        QString globText;
        QRegularExpression heading;
        std::optional<EntityType> type;
        StoryKind kind = StoryKind::None;
        bool isTemplate = false;
        Extractors extract;
        /** `shape: goal-metadata-table`: only pages with a goal's metadata table (PageShape::goalMetadataTable). */
        bool needsGoalMetadataTable = false;
        /** `summary_parent: TYPE`: only pages whose SUMMARY.md parent is of that type. */
        std::optional<EntityType> summaryParent;
    };

    /** A row of the relation-typing table: a link from `from` to `to` is a `kind` relation, pointing `direction`. */
    struct RelationTyping
    {
        RelationEnd from;
        RelationEnd to;
        TypedRelation relation;
    };

    /** A state and the words or emoji that mark it on a goal page or roadmap row. */
    struct StateMarkers
    {
        GoalState state = GoalState::Unknown;
        QStringList markers;
    };

    /** The built-in rules shipped in the resources. */
    [[nodiscard]] static RuleSet builtIn();
    struct Loaded;
    /**
     * Reads rules from YAML text (a document with `rules:`; other keys
     * override the lists below). Problems become diagnostics at `path`.
     */
    [[nodiscard]] static Loaded fromYaml(const QByteArray &yaml, const QString &path);

    /** Puts another rule set's rules before these (project rules win) and takes its non-empty lists. */
    void prepend(const RuleSet &other);

    /**
     * What the first matching rules make of the page at `path`. A rule asking for a shape
     * (`shape:`, `summary_parent:`) matches only a page `shape` says has it.
     */
    [[nodiscard]] Classification classify(
        const QString &path, const QString &firstHeading, const PageShape &shape = {}) const;
    /**
     * The extractors a rule that asks for a SUMMARY parent could add to the page at `path`:
     * what may be run on it once its parent's type is known.
     */
    [[nodiscard]] Extractors summaryParentExtractors(const QString &path, const QString &firstHeading) const;
    /**
     * A hash of everything the rules say (the rules, the typing table, the markers, the
     * section names and patterns): two rule sets with equal keys make the same graph of the same files.
     */
    [[nodiscard]] QByteArray fingerprint() const;
    [[nodiscard]] const QStringList &titlePrefixes() const { return m_titlePrefixes; }
    [[nodiscard]] const QString &moralsHeading() const { return m_moralsHeading; }
    /** The FAQ heading of a shiny-future story under which it names the status-quo stories it retells. */
    [[nodiscard]] const QString &retellsHeading() const { return m_retellsHeading; }
    /** Patterns of morals items that are no pain points (questions to the reader, remarks about the story). */
    [[nodiscard]] const QStringList &moralsRemarks() const { return m_moralsRemarks; }
    /**
     * Patterns of headings whose sections (with the sections below them) do not tell a story:
     * a character linked there is only mentioned, not featured (FAQ answers comparing characters).
     */
    [[nodiscard]] const QStringList &mentionSections() const { return m_mentionSections; }
    [[nodiscard]] const QStringList &ownerRows() const { return m_ownerRows; }
    [[nodiscard]] const QStringList &stateRows() const { return m_stateRows; }
    /**
     * Names of a page's metadata lines (`- Feature Name: async_await` before its text) that
     * give its title when its first heading is one many pages of its folder share.
     */
    [[nodiscard]] const QStringList &titleFields() const { return m_titleFields; }
    /**
     * Types a link or front-matter reference by its two ends: the first row of the
     * relation-typing table that matches them; `links`, forward, when none does.
     */
    [[nodiscard]] TypedRelation typeRelation(RelationEnd from, RelationEnd to) const;
    [[nodiscard]] const QList<RelationTyping> &relationTypes() const { return m_relationTypes; }
    /**
     * The state a marker in `text` stands for (an emoji anywhere, a word or words as whole
     * words, any case); an emoji beats a word, and among either the longest marker found wins ("not accepted"
     * over "accepted").
     * Unknown when the text has none.
     */
    [[nodiscard]] GoalState stateFromMarker(QStringView text) const;

    /** `*` within a folder, `**` across folders, `?` one character; matched against the whole relative path. */
    [[nodiscard]] static QRegularExpression globToRegex(const QString &glob);
    /** The longest run of plain characters in `glob`: every path it matches contains it. */
    [[nodiscard]] static QString requiredText(const QString &glob);

private:
    static void readRelationTypes(const YAML::Node &rows, const QString &path, Loaded &loaded);
    static void readStateMarkers(const YAML::Node &map, const QString &path, Loaded &loaded);

    QList<Rule> m_rules;
    QStringList m_titlePrefixes;
    QString m_moralsHeading;
    QString m_retellsHeading;
    QStringList m_moralsRemarks;
    QStringList m_mentionSections;
    QStringList m_ownerRows;
    QStringList m_stateRows;
    QStringList m_titleFields;
    QList<RelationTyping> m_relationTypes;
    QList<StateMarkers> m_stateMarkers;
};

/** Rules read from YAML, with what was wrong in them. */
struct RuleSet::Loaded
{
    RuleSet rules;
    Diagnostics diagnostics;
};

} // namespace storyloom
