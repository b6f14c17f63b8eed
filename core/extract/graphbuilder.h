// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/moralsextractor.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectscanner.h"
#include "core/extract/publishedaddresses.h"
#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringMatcher>

namespace storyloom {

struct OverviewRow;

/**
 * Turns parsed files into a StoryGraph: classifies each file by front matter
 * and rules, gives entities ids and titles, and runs the extractions (front
 * matter relations, links typed by their ends, chapters, the roadmap overview
 * table, metadata tables, values, character priorities, morals, character
 * names in titles). Pure: the same files always give the same graph.
 */
class GraphBuilder
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::GraphBuilder)

public:
    GraphBuilder(QString root, const ProjectConfig &config);
    [[nodiscard]] Snapshot build(ScanResult scan);

    /**
     * What build() reads from the file at `path`, hashed: two parses of that
     * file with the same digest give the same graph but for the body of the
     * file's own entity (text only the search index keeps). The body and the
     * paragraphs count where an extraction reads them: sections that become
     * values, paragraphs under a morals heading that become pain points.
     */
    [[nodiscard]] static QByteArray documentFingerprint(
        const QString &path, const ParsedDocument &document, const ProjectConfig &config);
    /** True when build() reads the body of the file at `path` beyond passing it on (its sections become values). */
    [[nodiscard]] static bool readsBody(
        const QString &path, const ParsedDocument &document, const ProjectConfig &config);
    /**
     * Drops from a fresh parse what build() never reads with `config`: the paragraphs
     * outside a morals section (most of a file's text), and marks whether the body is
     * read (ParsedDocument::bodyRead) for the file at `path`. Done as each file is parsed,
     * so a load holds, and the index caches, only what the graph is built from.
     */
    static void trim(const QString &path, ParsedDocument &document, const ProjectConfig &config);
    /**
     * The version of what build() makes of the same files and rules. Raise it with every
     * change to an extraction: an index built by an older build is then extracted anew.
     */
    static constexpr int extractorVersion = 2;
    /**
     * What trim() and build() depend on beyond the files: the extractor version, everything
     * the rules say (RuleSet::fingerprint()), the content folder paths are taken from. The
     * index keeps it: parses and graphs made under another key are made again.
     */
    [[nodiscard]] static QString trimKey(const ProjectConfig &config);

private:
    struct FileEntry
    {
        const SourceFile *source = nullptr;
        Classification classification;
        int entity = -1;
        /** Its front matter says its type: no rule changes it. */
        bool typedByFrontMatter = false;
    };

    void createFileEntities();
    void applyFrontMatter(FileEntry &file);
    void linkChaptersAndFolders();
    void extractOverviewTable(const FileEntry &file);
    [[nodiscard]] int goalPageForRow(const OverviewRow &row, const QString &parentId) const;
    void extractMetadataTable(const FileEntry &file);
    void extractValues(const FileEntry &file);
    void extractCharacterPriorities(const FileEntry &file);
    void extractMorals(const FileEntry &file);
    /** Turns the morals of every story into pain points, one for those several stories share. */
    void addPainPoints();
    void linkFromMarkdown(const FileEntry &file);
    void extractRetoldStories(const FileEntry &file);
    void applySummaryStructure();
    void readStateMarkers(const FileEntry &file);
    void applyConfiguredRelations();
    void deriveRelations();
    [[nodiscard]] GoalState stateOf(const QString &text) const;
    /** Adds the relation the typing table makes of a link or reference from `from` to `to`. */
    void addTypedRelation(
        const Entity &from, const Entity &to, SourceLocation where, Provenance provenance, const QString &context = {});
    /** Adds a relation of a kind the caller chose from the typing table (and narrowed, say to `mentions`). */
    void addTypedRelation(TypedRelation typed, const Entity &from, const Entity &to, SourceLocation where,
        Provenance provenance, const QString &context);
    void inferCharactersFromTitles();
    /** A story that features a character does not also mention them. */
    void dropMentionsOfFeatured();
    /** For each heading of `document`, whether its section is one of the rules' mention sections. */
    [[nodiscard]] QList<bool> mentionHeadings(const ParsedDocument &document) const;
    void addParentRelations();
    void breakParentCycles();

    /** How many pages of a folder begin with the same heading for it to name no page (`# Summary`). */
    static constexpr int sharedHeadingPages = 3;
    /** A page's folder and first heading, the key of m_headingCount. */
    [[nodiscard]] static QString sharedHeadingKey(const QString &path, const ParsedDocument &document);
    void countSharedHeadings();
    /** The value of the first metadata line the rules name (`- Feature Name: async_await`); empty when none. */
    [[nodiscard]] QString titleField(const ParsedDocument &document) const;
    QString titleFor(const FileEntry &file) const;
    QString uniqueId(const QString &wanted);
    int addEntity(Entity entity);
    Entity *entityAt(int index) { return &m_entities[size_t(index)]; }
    std::optional<int> resolveReference(const QString &reference) const;
    void addRelation(RelationKind kind, const QString &from, const QString &to, SourceLocation where,
        Provenance provenance, const QString &context = {}, QStringList chain = {});
    void warn(SourceLocation where, const QString &message);
    void error(SourceLocation where, const QString &message);

    QString m_root;
    const ProjectConfig &m_config;
    ScanResult m_scan;
    std::vector<FileEntry> m_files;
    std::vector<Entity> m_entities;
    std::vector<Relation> m_relations;
    /** A relation's identity for de-duplication; its strings share the entity ids' data (no copy). */
    struct RelationKey
    {
        RelationKind kind;
        QString from;
        QString to;
        friend bool operator==(const RelationKey &, const RelationKey &) = default;
        friend size_t qHash(const RelationKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.kind), key.from, key.to);
        }
    };
    QSet<RelationKey> m_relationKeys;
    /** Takes a relation away for good: whatever finds it later does not add it again. */
    void reject(const RelationKey &key);
    /** Relations the user rejected (storyloom.yml, a page's `rejected:`): never added, whatever finds them. */
    QSet<RelationKey> m_rejected;
    PublishedAddresses m_published;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byPath;
    // Lookups for references by title, title slug and last id segment (see resolveReference).
    mutable QMultiHash<QString, int> m_byTitle;
    mutable QMultiHash<QString, int> m_bySlug;
    mutable QMultiHash<QString, int> m_bySegment;
    mutable size_t m_referenceIndexSize = 0;
    mutable size_t m_slugIndexSize = 0;
    /** References already resolved against the reference index as it is. */
    mutable QHash<QString, std::optional<int>> m_resolved;
    MoralsExtractor m_morals;
    QList<QRegularExpression> m_mentionSections;
    struct PendingMoral
    {
        int story = -1;
        /** Its place among its story's morals. */
        int index = 0;
        Moral moral;
        /** The texts of the headings inside the moral, for its pain point's search row. */
        QStringList headings;
    };
    std::vector<PendingMoral> m_pendingMorals;
    /** How many pages begin with each heading, by folder (see sharedHeadingKey()). */
    QHash<QString, int> m_headingCount;
    QHash<QString, int> m_summaryOrder;
    QHash<QString, QString> m_summaryTitle;
    /** A page's SUMMARY parent page (paths from the project root). */
    QHash<QString, QString> m_summaryParent;
    /** The SUMMARY.md file and line each page is listed at. */
    QHash<QString, SourceLocation> m_summaryLine;
    struct ParentOrigin
    {
        SourceLocation where;
        Provenance provenance = Provenance::Declared;
    };
    QHash<QString, ParentOrigin> m_parentOrigin;
};

} // namespace storyloom
