// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/graphbuilder.h"

#include "core/extract/moralsextractor.h"
#include "core/extract/painpointmerger.h"
#include "core/extract/relationderiver.h"
#include "core/extract/roadmaptable.h"
#include "core/parse/summaryreader.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>
#include <limits>

namespace storyloom {

namespace {
QString firstSentence(const QString &text)
{
    QString sentence = text.simplified();
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i) {
        if ((sentence.at(i) == u'.' || sentence.at(i) == u'!' || sentence.at(i) == u'?')
            && sentence.at(i + 1) == u' ') {
            sentence = sentence.left(i + 1);
            break;
        }
    }
    if (sentence.size() > 140)
        sentence = sentence.left(139) + u'…';
    return sentence;
}

/** A file's path relative to the folder ids start from (see ProjectConfig::idBase()). */
QString relativeToBase(const ProjectConfig &config, const QString &path)
{
    return config.idBase().isEmpty() ? path : path.mid(config.idBase().size() + 1);
}

/** The state a cell or title names: a marker of the rules first, else the cell's own words. */
GoalState stateOfText(const RuleSet &rules, const QString &text)
{
    const GoalState marked = rules.stateFromMarker(text);
    return marked != GoalState::Unknown ? marked : goalStateFromCell(text);
}

/** What the rules make of a file, by its place, first heading and shape (its SUMMARY parent's type once known). */
Classification classifyFile(const ProjectConfig &config, const QString &relative, const ParsedDocument &document,
    std::optional<EntityType> summaryParent = std::nullopt)
{
    PageShape shape;
    shape.summaryParent = summaryParent;
    if (!document.tables.isEmpty()) {
        const std::optional<MetadataTable> table
            = readMetadataTable(document, config.rules.ownerRows(), config.rules.stateRows());
        shape.goalMetadataTable
            = table && !table->owners.isEmpty() && stateOfText(config.rules, table->stateText) != GoalState::Unknown;
    }
    return config.rules.classify(relative, stripLeadingSymbols(document.firstHeading), shape);
}

/** The words containsWholeWord() finds in `text`, case-folded. */
QSet<QString> foldedWords(const QString &text)
{
    const QStringList words = foldedWordList(text);
    return QSet<QString>(words.cbegin(), words.cend());
}

QString firstWords(const QString &text, int count)
{
    return text.simplified().section(u' ', 0, count - 1);
}
/**
 * The texts of `document`'s headings on lines first to last, the lines an entity's body
 * comes from: the search rows take them from here rather than parse the body again.
 */
QStringList headingTexts(const ParsedDocument &document, int first = 0, int last = std::numeric_limits<int>::max())
{
    QStringList texts;
    for (const Heading &heading : document.headings) {
        if (heading.line >= first && heading.line <= last)
            texts.append(heading.text);
    }
    return texts;
}

/** The last line of a body of `markdown` that starts on line `first`. */
int lastLine(int first, const QByteArray &markdown)
{
    return first + int(markdown.count('\n'));
}

} // namespace

GraphBuilder::GraphBuilder(QString root, const ProjectConfig &config)
    : m_root(std::move(root))
    , m_config(config)
    , m_published(config)
    , m_morals(config.rules.moralsHeading(), config.rules.moralsRemarks())
{
    for (const QString &pattern : config.rules.mentionSections()) {
        QRegularExpression section(pattern, QRegularExpression::CaseInsensitiveOption);
        if (section.isValid())
            m_mentionSections.append(section);
    }
}

QList<bool> GraphBuilder::mentionHeadings(const ParsedDocument &document) const
{
    QList<bool> mention(document.headings.size(), false);
    for (int h = 0; h < document.headings.size(); ++h) {
        const Heading &heading = document.headings.at(h);
        mention[h] = std::any_of(m_mentionSections.cbegin(), m_mentionSections.cend(),
            [&](const QRegularExpression &section) { return section.match(heading.text).hasMatch(); });
        // A section below a mention section is one too.
        for (int up = h - 1; up >= 0 && !mention.at(h); --up) {
            if (document.headings.at(up).level < heading.level) {
                mention[h] = mention.at(up);
                break;
            }
        }
    }
    return mention;
}

void GraphBuilder::warn(SourceLocation where, const QString &message)
{
    m_scan.diagnostics.append(Diagnostic::warning(std::move(where), message));
}

void GraphBuilder::error(SourceLocation where, const QString &message)
{
    m_scan.diagnostics.append(Diagnostic::error(std::move(where), message));
}

QString GraphBuilder::uniqueId(const QString &wanted)
{
    QString id = wanted.isEmpty() ? QStringLiteral("untitled") : wanted;
    for (int n = 2; m_byId.contains(id); ++n)
        id = wanted + u'-' + QString::number(n);
    return id;
}

int GraphBuilder::addEntity(Entity entity)
{
    const int index = int(m_entities.size());
    m_byId.insert(entity.id, index);
    if (entity.ownFile)
        m_byPath.insert(entity.source.path, index);
    m_entities.push_back(std::move(entity));
    return index;
}

void GraphBuilder::addRelation(RelationKind kind, const QString &from, const QString &to, SourceLocation where,
    Provenance provenance, const QString &context, QStringList chain)
{
    if (from == to || from.isEmpty() || to.isEmpty())
        return;
    RelationKey key { kind, from, to };
    if (!m_rejected.isEmpty() && m_rejected.contains(key))
        return;
    // One lookup: the set grows only by a relation not seen before.
    const qsizetype known = m_relationKeys.size();
    m_relationKeys.insert(std::move(key));
    if (m_relationKeys.size() == known)
        return;
    m_relations.push_back({ kind, from, to, std::move(where), provenance, context, std::move(chain) });
}

void GraphBuilder::addTypedRelation(
    const Entity &from, const Entity &to, SourceLocation where, Provenance provenance, const QString &context)
{
    addTypedRelation(m_config.rules.typeRelation({ from.type, from.kind }, { to.type, to.kind }), from, to,
        std::move(where), provenance, context);
}

void GraphBuilder::addTypedRelation(TypedRelation typed, const Entity &from, const Entity &to, SourceLocation where,
    Provenance provenance, const QString &context)
{
    if (typed.direction == RelationDirection::Reverse)
        addRelation(typed.kind, to.id, from.id, std::move(where), provenance, context);
    else
        addRelation(typed.kind, from.id, to.id, std::move(where), provenance, context);
}

GoalState GraphBuilder::stateOf(const QString &text) const
{
    return stateOfText(m_config.rules, text);
}

std::optional<int> GraphBuilder::resolveReference(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (auto it = m_byId.constFind(wanted); it != m_byId.cend())
        return *it;
    // Entities are only ever appended, their ids and titles set before: the lookups take in
    // the new ones. What was resolved before may resolve otherwise now.
    if (m_referenceIndexSize != m_entities.size()) {
        m_resolved.clear();
        for (int i = int(m_referenceIndexSize); i < int(m_entities.size()); ++i)
            m_byTitle.insert(
                m_entities[size_t(i)].title.toCaseFolded(), i); // later entities do not replace earlier ones
        m_referenceIndexSize = m_entities.size();
    }
    // The same names come back file after file (every story of a character names it).
    if (auto it = m_resolved.constFind(wanted); it != m_resolved.cend())
        return *it;
    auto first = [](const QMultiHash<QString, int> &hash, const QString &key) -> std::optional<int> {
        const QList<int> hits = hash.values(key);
        if (hits.isEmpty())
            return std::nullopt;
        return *std::min_element(hits.begin(), hits.end());
    };
    std::optional<int> hit = first(m_byTitle, wanted.toCaseFolded());
    if (!hit) {
        // Most references name a title: slugs and id segments are indexed only once one does not.
        for (int i = int(m_slugIndexSize); i < int(m_entities.size()); ++i) {
            const Entity &e = m_entities[size_t(i)];
            m_bySlug.insert(slugify(e.title), i);
            m_bySegment.insert(e.id.section(u'/', -1), i);
        }
        m_slugIndexSize = m_entities.size();
        const QString slug = slugify(wanted);
        hit = first(m_bySlug, slug);
        if (!hit)
            hit = first(m_bySegment, slug);
    }
    m_resolved.insert(wanted, hit);
    return hit;
}

QString GraphBuilder::sharedHeadingKey(const QString &path, const ParsedDocument &document)
{
    return QFileInfo(path).path() + u'\x1f' + stripLeadingSymbols(document.firstHeading).toCaseFolded();
}

void GraphBuilder::countSharedHeadings()
{
    for (const SourceFile &file : m_scan.files) {
        if (!file.document.firstHeading.isEmpty())
            ++m_headingCount[sharedHeadingKey(file.path, file.document)];
    }
}

QString GraphBuilder::titleField(const ParsedDocument &document) const
{
    // Metadata lines stand before the text: before the first heading or right under it.
    for (const ListItem &item : document.listItems) {
        if (item.heading > 0)
            break;
        if (item.parent >= 0)
            continue;
        const QString text = item.text.simplified();
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0 || !m_config.rules.titleFields().contains(text.left(colon).trimmed().toLower()))
            continue;
        QString value = text.mid(colon + 1).remove(u'`').trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString GraphBuilder::titleFor(const FileEntry &file) const
{
    const ParsedDocument &doc = file.source->document;
    const QString fmTitle = doc.frontMatter.string(QStringLiteral("title")).trimmed();
    if (!fmTitle.isEmpty())
        return fmTitle;
    if (auto it = m_summaryTitle.constFind(file.source->path);
        it != m_summaryTitle.cend() && !stripLeadingSymbols(*it).isEmpty())
        return stripLeadingSymbols(*it);
    QString title = stripLeadingSymbols(doc.firstHeading);
    for (const QString &prefix : m_config.rules.titlePrefixes()) {
        if (title.startsWith(prefix, Qt::CaseInsensitive)) {
            title = title.mid(prefix.size()).trimmed();
            break;
        }
    }
    // A heading many pages of the folder begin with (`# Summary`) names a section, not the page.
    const bool shared
        = !title.isEmpty() && m_headingCount.value(sharedHeadingKey(file.source->path, doc)) >= sharedHeadingPages;
    if (!title.isEmpty() && !shared)
        return title;
    if (const QString field = titleField(doc); !field.isEmpty())
        return field;
    QString stem = QFileInfo(file.source->path).completeBaseName();
    // A number that orders the files (`0001-private-fields`) tells nothing of the page.
    static const QRegularExpression ordinal(QStringLiteral("^\\d+[-_ .]+(?=\\D)"));
    stem.remove(ordinal);
    stem.replace(u'_', u' ').replace(u'-', u' ');
    if (!stem.isEmpty())
        stem[0] = stem[0].toUpper();
    return stem.isEmpty() ? title : stem;
}

Snapshot GraphBuilder::build(ScanResult scan)
{
    m_scan = std::move(scan);
    if (m_config.format == ProjectFormat::MdBook) {
        const QString summaryPath = m_config.idBase() + QStringLiteral("/SUMMARY.md");
        bool summaryRead = false;
        QSet<QString> published;
        for (const SourceFile &file : m_scan.files) {
            if (file.path != summaryPath)
                continue;
            summaryRead = true;
            for (const QString &page : summaryPages(file.document))
                published.insert(m_config.idBase() + u'/' + page);
            // The page each entry is nested under: the last entry before it that is less deep.
            QList<QString> open;
            for (const SummaryEntry &entry : readSummary(file.document)) {
                const QString path = m_config.idBase() + u'/' + entry.path;
                m_summaryOrder.insert(path, entry.order);
                m_summaryTitle.insert(path, entry.title);
                m_summaryLine.insert(path, { summaryPath, entry.line, 1 });
                if (entry.depth > 0 && !open.isEmpty() && !m_summaryParent.contains(path))
                    m_summaryParent.insert(path, open.at(std::min<qsizetype>(entry.depth, open.size()) - 1));
                open.resize(std::min<qsizetype>(open.size(), entry.depth));
                open.append(path);
            }
        }
        // mdBook publishes only what SUMMARY.md lists: a page left out is written for nobody.
        for (const SourceFile &file : m_scan.files) {
            if (summaryRead && file.path != summaryPath && file.path.startsWith(m_config.idBase() + u'/')
                && file.path.endsWith(QLatin1String(".md")) && !published.contains(file.path))
                warn({ file.path, 1, 1 }, tr("not published: SUMMARY.md does not list this page"));
        }
    }
    // Nearly every relation comes from a link, a list item or a front-matter key: reserving
    // that many spares the vector's doubling, a large part of a big project's peak memory.
    size_t expectedRelations = 0;
    for (const SourceFile &file : m_scan.files)
        expectedRelations += size_t(
            file.document.links.size() + file.document.listItems.size() + file.document.frontMatter.keys.size());
    m_relations.reserve(expectedRelations);
    m_relationKeys.reserve(qsizetype(expectedRelations));
    createFileEntities();
    for (FileEntry &file : m_files)
        applyFrontMatter(file);
    // Values first: character priorities and front matter point at them.
    for (const FileEntry &file : m_files) {
        if (file.classification.extract.testFlag(Extractor::ValuesFromSections))
            extractValues(file);
    }
    for (const FileEntry &file : m_files) {
        if (file.classification.extract.testFlag(Extractor::OverviewTable))
            extractOverviewTable(file);
    }
    applySummaryStructure();
    linkChaptersAndFolders();
    for (const FileEntry &file : m_files) {
        const Extractors extract = file.classification.extract;
        if (extract.testFlag(Extractor::MetadataTable))
            extractMetadataTable(file);
        readStateMarkers(file);
        if (extract.testFlag(Extractor::CharacterPriorities))
            extractCharacterPriorities(file);
        if (extract.testFlag(Extractor::Morals) || m_entities[size_t(file.entity)].kind == StoryKind::StatusQuo)
            extractMorals(file);
    }
    addPainPoints();
    // Front matter references are resolved once every entity exists.
    for (const FileEntry &file : m_files) {
        const FrontMatter &fm = file.source->document.frontMatter;
        if (!fm.present)
            continue;
        const Entity &e = m_entities[size_t(file.entity)];
        const QString path = file.source->path;
        auto refs = [&](const QString &key, auto makeRelation) {
            for (const QString &reference : fm.list(key)) {
                const std::optional<int> target = resolveReference(reference);
                const SourceLocation where { path, fm.keyLines.value(key, 1), 1 };
                if (!target) {
                    warn(where, tr("'%1' names '%2', which is no entity of this project").arg(key, reference));
                    continue;
                }
                makeRelation(m_entities[size_t(*target)], where);
            }
        };
        // Every reference key is typed by its two ends, as links are (the relation-typing table).
        for (const QString &key :
            { QStringLiteral("characters"), QStringLiteral("values"), QStringLiteral("pain_points"),
                QStringLiteral("goals"), QStringLiteral("stories"), QStringLiteral("project") })
            refs(key,
                [&](const Entity &t, const SourceLocation &w) { addTypedRelation(e, t, w, Provenance::Declared); });
        if (fm.values.contains(QStringLiteral("parent"))) {
            const QString reference = fm.string(QStringLiteral("parent"));
            const SourceLocation where { path, fm.keyLines.value(QStringLiteral("parent"), 1), 1 };
            if (const std::optional<int> target = resolveReference(reference)) {
                Entity &self = m_entities[size_t(file.entity)];
                self.parent = m_entities[size_t(*target)].id;
                m_parentOrigin.insert(self.id, { where, Provenance::Declared });
            } else if (!reference.isEmpty()) {
                warn(where, tr("parent '%1' is no entity of this project").arg(reference));
            }
        }
    }
    for (const FileEntry &file : m_files) {
        linkFromMarkdown(file);
        extractRetoldStories(file);
    }
    inferCharactersFromTitles();
    applyConfiguredRelations();
    dropMentionsOfFeatured();
    deriveRelations();
    breakParentCycles();
    addParentRelations();

    return std::make_shared<const StoryGraph>(m_root, m_config.title, m_config.format, std::move(m_entities),
        std::move(m_relations), m_config.diagnostics + m_scan.diagnostics);
}

QByteArray GraphBuilder::documentFingerprint(
    const QString &path, const ParsedDocument &document, const ProjectConfig &config)
{
    QByteArray digest = structureFingerprint(document,
        MoralsExtractor::headingIndex(document, config.rules.moralsHeading()), readsBody(path, document, config));
    // The paragraphs of a shiny-future story's retelling section name the stories it retells.
    const int retells = MoralsExtractor::headingIndex(document, config.rules.retellsHeading());
    if (retells < 0)
        return digest;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(digest);
    for (const Paragraph &paragraph : document.paragraphs) {
        if (paragraph.heading == retells) {
            hash.addData(paragraph.text);
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

bool GraphBuilder::readsBody(const QString &path, const ParsedDocument &document, const ProjectConfig &config)
{
    // The same classification createFileEntities() makes (a front-matter type changes the type, not the extractions).
    const QString relative = relativeToBase(config, path);
    const Classification classification = classifyFile(config, relative, document);
    // A rule asking for the SUMMARY parent's type may add an extractor once that is known.
    const Extractors extract = classification.extract
        | config.rules.summaryParentExtractors(relative, stripLeadingSymbols(document.firstHeading));
    return extract.testFlag(Extractor::ValuesFromSections);
}

QString GraphBuilder::trimKey(const ProjectConfig &config)
{
    return QStringLiteral("extractor:%5 morals:%1 retells:%4 base:%2 rules:%3")
        .arg(config.rules.moralsHeading(), config.idBase(), QString::fromLatin1(config.rules.fingerprint().toHex()),
            config.rules.retellsHeading(), QString::number(extractorVersion));
}

void GraphBuilder::trim(const QString &path, ParsedDocument &document, const ProjectConfig &config)
{
    const int retells = MoralsExtractor::headingIndex(document, config.rules.retellsHeading());
    if (retells < 0) {
        keepParagraphsOf(document, MoralsExtractor::headingIndex(document, config.rules.moralsHeading()));
    } else {
        // The morals and the retelling section: the only paragraphs build() reads.
        const int morals = MoralsExtractor::headingIndex(document, config.rules.moralsHeading());
        document.paragraphs.removeIf([&](const Paragraph &paragraph) {
            return paragraph.heading < 0 || (paragraph.heading != morals && paragraph.heading != retells);
        });
        document.paragraphs.squeeze();
    }
    document.bodyRead = readsBody(path, document, config);
}

void GraphBuilder::createFileEntities()
{
    countSharedHeadings();
    int pathOrder = 0;
    for (const SourceFile &file : m_scan.files) {
        m_scan.diagnostics += file.document.diagnostics;
        const QString relative = relativeToBase(m_config, file.path);
        if (m_config.format == ProjectFormat::MdBook && relative == QLatin1String("SUMMARY.md"))
            continue;
        FileEntry entry;
        entry.source = &file;
        entry.classification = classifyFile(m_config, relative, file.document);
        const FrontMatter &fm = file.document.frontMatter;
        if (fm.values.contains(QStringLiteral("type"))) {
            const QString typeName = fm.string(QStringLiteral("type"));
            if (typeName == QLatin1String("template")) {
                m_morals.addTemplate(file.document);
                continue;
            } else if (auto type = entityTypeFromString(typeName)) {
                entry.typedByFrontMatter = true;
                entry.classification.type = type;
                entry.classification.isTemplate = false;
                if (*type != EntityType::Story)
                    entry.classification.kind = StoryKind::None;
            } else {
                error({ file.path, fm.keyLines.value(QStringLiteral("type"), 1), 1 },
                    tr("unknown type '%1' (expected character, value, story, pain-point, goal, project or page)")
                        .arg(typeName));
            }
        }
        if (entry.classification.isTemplate) {
            m_morals.addTemplate(file.document);
            continue;
        }
        Entity e;
        e.type = entry.classification.type.value_or(EntityType::Page);
        e.kind = e.type == EntityType::Story ? entry.classification.kind : StoryKind::None;
        if (fm.values.contains(QStringLiteral("kind"))) {
            if (auto kind = storyKindFromString(fm.string(QStringLiteral("kind"))); kind && e.type == EntityType::Story)
                e.kind = *kind;
            else
                warn({ file.path, fm.keyLines.value(QStringLiteral("kind"), 1), 1 },
                    tr("'kind' must be status-quo or shiny-future, on a story"));
        }
        if (e.type == EntityType::Story && e.kind == StoryKind::None)
            e.kind = StoryKind::StatusQuo;
        const QString wantedId = fm.string(QStringLiteral("id")).trimmed();
        QString baseId = wantedId.isEmpty() ? slugify(relative.chopped(3)) : wantedId;
        if (m_byId.contains(baseId))
            error({ file.path, wantedId.isEmpty() ? 1 : fm.keyLines.value(QStringLiteral("id"), 1), 1 },
                tr("duplicate id '%1' (also used by %2); this entity is renamed")
                    .arg(baseId, m_entities[size_t(m_byId.value(baseId))].source.path));
        e.id = uniqueId(baseId);
        e.source = { file.path, 1, 1 };
        e.body = file.document.body;
        e.bodyDigest = file.document.bodyDigest;
        e.headings = headingTexts(file.document);
        e.frontMatter = fm.values;
        e.order = m_summaryOrder.value(file.path, 100000 + pathOrder++);
        entry.entity = int(m_entities.size());
        m_files.push_back(entry);
        e.title = titleFor(m_files.back());
        addEntity(std::move(e));
    }
}

void GraphBuilder::applyFrontMatter(FileEntry &file)
{
    const FrontMatter &fm = file.source->document.frontMatter;
    if (!fm.present)
        return;
    Entity &e = m_entities[size_t(file.entity)];
    for (const QString &key : fm.keys) {
        if (!knownFrontMatterKeys().contains(key))
            warn({ file.source->path, fm.keyLines.value(key, 1), 1 }, tr("unknown front matter key '%1'").arg(key));
    }
    if (fm.values.contains(QStringLiteral("state"))) {
        const QString text = fm.string(QStringLiteral("state"));
        e.state = stateOf(text);
        if (e.state == GoalState::Unknown)
            warn({ file.source->path, fm.keyLines.value(QStringLiteral("state"), 1), 1 },
                tr("unknown state '%1' (expected done, in-progress, help-wanted, paused, proposed, accepted or "
                   "not-accepted)")
                    .arg(text));
        e.attributeOrigin = AttributeOrigin::FrontMatter;
    }
    if (fm.values.contains(QStringLiteral("progress"))) {
        bool ok = false;
        double progress = fm.values.value(QStringLiteral("progress")).toString().remove(u'%').toDouble(&ok);
        if (ok && progress > 1 && progress <= 100)
            progress /= 100;
        if (!ok || progress < 0 || progress > 1)
            warn({ file.source->path, fm.keyLines.value(QStringLiteral("progress"), 1), 1 },
                tr("'progress' must be a number from 0 to 1"));
        else
            e.progress = progress;
        e.attributeOrigin = AttributeOrigin::FrontMatter;
    }
    if (fm.values.contains(QStringLiteral("owners"))) {
        e.owners = fm.list(QStringLiteral("owners"));
        e.attributeOrigin = AttributeOrigin::FrontMatter;
    }
}

void GraphBuilder::linkChaptersAndFolders()
{
    // A `foo.md` beside a `foo/` folder: the pages inside are its chapters
    // (stories) or its initiatives (goals).
    for (const FileEntry &file : m_files) {
        Entity &child = m_entities[size_t(file.entity)];
        const QString folder = QFileInfo(child.source.path).path();
        const auto parentIt = m_byPath.constFind(folder + QStringLiteral(".md"));
        if (parentIt == m_byPath.cend() || !child.parent.isEmpty())
            continue;
        const Entity &owner = m_entities[size_t(*parentIt)];
        if (owner.type == EntityType::Story && child.type == EntityType::Page) {
            child.parent = owner.id;
            m_parentOrigin.insert(child.id, { { child.source.path, 1, 1 }, Provenance::Extracted });
        } else if (owner.type == EntityType::Goal && child.type == EntityType::Goal) {
            child.parent = owner.id;
            m_parentOrigin.insert(child.id, { { child.source.path, 1, 1 }, Provenance::Extracted });
        }
    }
}

/**
 * A row that links elsewhere (an initiative's own site) may still have a page in
 * the book: that page is the goal, not a second one. Same title anywhere, or, for
 * a page in the folder of the row's parent (`tooling.md` -> `tooling/console.md`),
 * a title or file name that begins or ends the row's title ("Tokio console").
 */
int GraphBuilder::goalPageForRow(const OverviewRow &row, const QString &parentId) const
{
    const QString wanted = slugify(row.title);
    auto isFree = [](const Entity &e) {
        return e.ownFile && e.type == EntityType::Goal && e.attributeOrigin != AttributeOrigin::OverviewTable;
    };
    for (int i = 0; i < int(m_entities.size()); ++i) {
        if (isFree(m_entities[size_t(i)]) && slugify(m_entities[size_t(i)].title) == wanted)
            return i;
    }
    const auto parent = m_byId.constFind(parentId);
    if (parent == m_byId.cend() || !m_entities[size_t(*parent)].ownFile)
        return -1;
    QString folder = m_entities[size_t(*parent)].source.path;
    folder = folder.left(folder.lastIndexOf(u'.')) + u'/';
    auto framesRow = [&](QString part) {
        part.replace(u'_', u'-');
        return !part.isEmpty() && (wanted.startsWith(part + u'-') || wanted.endsWith(u'-' + part));
    };
    int found = -1;
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &candidate = m_entities[size_t(i)];
        const QString &path = candidate.source.path;
        if (!isFree(candidate) || !path.startsWith(folder) || path.indexOf(u'/', folder.size()) >= 0)
            continue;
        const QString stem = path.mid(folder.size()).section(u'.', 0, 0);
        if (framesRow(slugify(candidate.title)) || framesRow(slugify(stem))) {
            if (found >= 0)
                return -1; // two pages could be meant: keep the row on its own
            found = i;
        }
    }
    return found;
}

void GraphBuilder::extractOverviewTable(const FileEntry &file)
{
    const std::optional<OverviewTable> table = readOverviewTable(file.source->document);
    if (!table)
        return;
    const QString path = file.source->path;
    const QString pageId = m_entities[size_t(file.entity)].id;
    QString currentGoal;
    int row = 0;
    for (const OverviewRow &entry : table->rows) {
        const SourceLocation where { path, entry.line, 1 };
        int index = -1;
        const QString target = resolveRelativeLink(path, entry.url);
        if (!target.isEmpty()) {
            if (auto it = m_byPath.constFind(target); it != m_byPath.cend())
                index = *it;
        }
        if (index < 0)
            index = goalPageForRow(entry, entry.depth > 0 ? currentGoal : pageId);
        if (index < 0) {
            Entity goal;
            goal.id = uniqueId(pageId + u'#'
                + slugify(entry.depth > 0 && !currentGoal.isEmpty() ? currentGoal.section(u'#', -1) + u' ' + entry.title
                                                                    : entry.title));
            goal.title = entry.title;
            goal.source = where;
            goal.ownFile = false;
            index = addEntity(std::move(goal));
        }
        Entity &goal = m_entities[size_t(index)];
        goal.type = EntityType::Goal;
        goal.kind = StoryKind::None;
        goal.state = stateOf(entry.stateText);
        goal.progress = entry.progress ? std::optional<double>(entry.progress->progress) : std::nullopt;
        goal.progressWidth = entry.progress ? entry.progress->width : 0;
        goal.owners = entry.owners;
        goal.attributeOrigin = AttributeOrigin::OverviewTable;
        goal.attributeSource = where;
        goal.order = row++;
        if (entry.depth == 0) {
            currentGoal = goal.id;
            goal.parent.clear();
            m_parentOrigin.remove(goal.id);
        } else if (!currentGoal.isEmpty()) {
            goal.parent = currentGoal;
            m_parentOrigin.insert(goal.id, { where, Provenance::Declared });
        }
    }
}

void GraphBuilder::extractMetadataTable(const FileEntry &file)
{
    Entity &e = m_entities[size_t(file.entity)];
    if (e.attributeOrigin != AttributeOrigin::None)
        return;
    const std::optional<MetadataTable> table
        = readMetadataTable(file.source->document, m_config.rules.ownerRows(), m_config.rules.stateRows());
    if (!table)
        return;
    e.owners = table->owners;
    e.state = stateOf(table->stateText);
    e.attributeOrigin = AttributeOrigin::MetadataTable;
    e.attributeSource = { file.source->path, table->line, 1 };
}

void GraphBuilder::extractValues(const FileEntry &file)
{
    const ParsedDocument &doc = file.source->document;
    const QString pageId = m_entities[size_t(file.entity)].id;
    const QStringList bodyLines = QString::fromUtf8(doc.body).split(u'\n');
    const int offset = doc.frontMatter.lineCount;
    for (int i = 0; i < doc.headings.size(); ++i) {
        const Heading &heading = doc.headings.at(i);
        if (heading.level != 2)
            continue;
        QString title = heading.text.section(u':', 0, 0).trimmed();
        title.remove(u'"');
        if (title.isEmpty())
            continue;
        int end = int(bodyLines.size()) + offset;
        for (int j = i + 1; j < doc.headings.size(); ++j) {
            if (doc.headings.at(j).level <= 2) {
                end = doc.headings.at(j).line;
                break;
            }
        }
        Entity value;
        value.type = EntityType::Value;
        value.id = uniqueId(pageId + u'#' + heading.anchor);
        value.title = title;
        value.source = { file.source->path, heading.line, 1 };
        value.ownFile = false;
        value.body = bodyLines.mid(heading.line - offset - 1, end - heading.line).join(u'\n').trimmed().toUtf8();
        value.headings = headingTexts(doc, heading.line, end - 1);
        value.order = i;
        addEntity(std::move(value));
    }
}

void GraphBuilder::extractCharacterPriorities(const FileEntry &file)
{
    const ParsedDocument &doc = file.source->document;
    const QString path = file.source->path;
    static const QString marker = QStringLiteral("top priority");
    for (int i = 0; i < doc.listItems.size(); ++i) {
        const ListItem &item = doc.listItems.at(i);
        const Entity *character = nullptr;
        for (const Link &link : item.links) {
            if (auto it = m_byPath.constFind(resolveRelativeLink(path, link.url));
                it != m_byPath.cend() && m_entities[size_t(*it)].type == EntityType::Character) {
                character = &m_entities[size_t(*it)];
                break;
            }
        }
        if (!character)
            continue;
        const QString characterId = character->id;
        for (int j = i + 1; j < doc.listItems.size(); ++j) {
            const ListItem &child = doc.listItems.at(j);
            if (child.parent != i || !child.text.trimmed().startsWith(marker, Qt::CaseInsensitive))
                continue;
            QString phrase = child.text.section(u':', 1).trimmed();
            for (const QString &stop :
                { QStringLiteral(" -- "), QStringLiteral(" — "), QStringLiteral(" – "), QStringLiteral(" - ") }) {
                if (phrase.contains(stop))
                    phrase = phrase.section(stop, 0, 0);
            }
            phrase.replace(QStringLiteral(" and "), QStringLiteral(","));
            for (const QString &rawTerm : phrase.split(u',', Qt::SkipEmptyParts)) {
                const QString term = rawTerm.trimmed();
                if (term.isEmpty())
                    continue;
                std::optional<int> match;
                for (int v = 0; v < int(m_entities.size()) && !match; ++v) {
                    const Entity &value = m_entities[size_t(v)];
                    if (value.type != EntityType::Value)
                        continue;
                    for (const QString &word : term.split(u' ', Qt::SkipEmptyParts)) {
                        for (const QString &valueWord : value.title.split(u' ', Qt::SkipEmptyParts)) {
                            if (word.size() >= 4 && sameStem(word, valueWord))
                                match = v;
                        }
                    }
                }
                if (!match) {
                    Entity value;
                    value.type = EntityType::Value;
                    value.id = uniqueId(m_entities[size_t(file.entity)].id + QStringLiteral("#value-") + slugify(term));
                    value.title = term.left(1).toUpper() + term.mid(1);
                    value.source = { path, child.line, 1 };
                    value.ownFile = false;
                    value.body = child.markdown;
                    value.headings = headingTexts(doc, child.line, lastLine(child.line, child.markdown));
                    value.order = 1000 + j;
                    match = addEntity(std::move(value));
                }
                addRelation(RelationKind::Prioritises, characterId, m_entities[size_t(*match)].id,
                    { path, child.line, 1 }, Provenance::Extracted, child.text);
            }
        }
    }
}

void GraphBuilder::extractMorals(const FileEntry &file)
{
    const QList<Moral> morals = m_morals.extract(file.source->document);
    for (int i = 0; i < morals.size(); ++i)
        m_pendingMorals.push_back({ file.entity, i, morals.at(i),
            headingTexts(
                file.source->document, morals.at(i).line, lastLine(morals.at(i).line, morals.at(i).markdown)) });
}

void GraphBuilder::addPainPoints()
{
    QStringList texts;
    texts.reserve(qsizetype(m_pendingMorals.size()));
    for (const PendingMoral &pending : m_pendingMorals)
        texts.append(pending.moral.text);
    // The same pain point told by several stories is one entity with the id its first story gives it:
    // a change to any later story leaves the id alone.
    const QList<int> leaders = PainPointMerger().leaders(texts);
    std::vector<int> entityOf(m_pendingMorals.size(), -1);
    QHash<int, QSet<int>> storiesOf; // leading moral -> stories exposing its entity
    for (size_t i = 0; i < m_pendingMorals.size(); ++i) {
        const PendingMoral &pending = m_pendingMorals[i];
        const Moral &moral = pending.moral;
        const Entity &story = m_entities[size_t(pending.story)];
        const QString storyId = story.id;
        const SourceLocation where { story.source.path, moral.line, 1 };
        const int leader = leaders.at(qsizetype(i));
        if (leader != int(i) && entityOf[size_t(leader)] >= 0 && !storiesOf[leader].contains(pending.story)) {
            storiesOf[leader].insert(pending.story);
            addRelation(RelationKind::Exposes, storyId, m_entities[size_t(entityOf[size_t(leader)])].id, where,
                Provenance::Extracted, firstSentence(moral.text));
            continue;
        }
        Entity pain;
        pain.type = EntityType::PainPoint;
        pain.id = uniqueId(storyId + u'#' + slugify(firstWords(moral.text, 6)));
        pain.title = firstSentence(moral.text);
        pain.source = where;
        pain.ownFile = false;
        pain.body = moral.markdown;
        pain.headings = pending.headings;
        pain.order = story.order * 100 + pending.index;
        const QString painId = pain.id;
        const int index = addEntity(std::move(pain));
        // A story repeating itself keeps both items apart; the first one leads for later stories.
        if (leader == int(i) || entityOf[size_t(leader)] < 0) {
            entityOf[size_t(leader)] = index;
            storiesOf[leader].insert(pending.story);
        }
        addRelation(RelationKind::Exposes, storyId, painId, where, Provenance::Extracted, firstSentence(moral.text));
    }
    m_pendingMorals.clear();
}

void GraphBuilder::linkFromMarkdown(const FileEntry &file)
{
    const QString path = file.source->path;
    // The same link on the same line is reported once (a file may repeat one bad link 100,000 times).
    QSet<QString> reported;
    auto warnOnce = [&](const SourceLocation &where, const QString &url, const QString &message) {
        if (!reported.contains(QString::number(where.line) + u'\x1f' + url)) {
            reported.insert(QString::number(where.line) + u'\x1f' + url);
            warn(where, message);
        }
    };
    QList<bool> mentionHeadings; // computed for the first link to a character
    for (const Link &link : file.source->document.links) {
        QString target = resolveRelativeLink(path, link.url);
        // The book's web address, an absolute path in the book or a page that moved: the page it is published from.
        if (target.isEmpty() || !m_byPath.contains(target)) {
            if (const QString published = m_published.localPath(path, link.url);
                !published.isEmpty() && (target.isEmpty() || m_byPath.contains(published)))
                target = published;
        }
        if (target.isEmpty())
            continue;
        const SourceLocation where { path, link.line, 1 };
        if (target == QLatin1String("..") || target.startsWith(QLatin1String("../"))) {
            warnOnce(where, link.url, tr("link '%1' leaves the project; it is not followed").arg(link.url));
            continue;
        }
        if (auto it = m_byPath.constFind(target); it != m_byPath.cend()) {
            const Entity &from = m_entities[size_t(file.entity)];
            const Entity &to = m_entities[size_t(*it)];
            TypedRelation typed = m_config.rules.typeRelation({ from.type, from.kind }, { to.type, to.kind });
            // The table types the ends; a link in a section that tells no story (an FAQ answer) only mentions.
            if (typed.kind == RelationKind::Features && link.heading >= 0) {
                if (mentionHeadings.isEmpty())
                    mentionHeadings = this->mentionHeadings(file.source->document);
                if (mentionHeadings.value(link.heading))
                    typed.kind = RelationKind::Mentions;
            }
            addTypedRelation(typed, from, to, where, Provenance::Declared, link.context);
            continue;
        }
        if (m_scan.allFiles.contains(target) || m_scan.allFiles.contains(target + QStringLiteral("/README.md"))
            || m_scan.allFiles.contains(target + QStringLiteral("/index.md")))
            continue;
        warnOnce(where, link.url, tr("broken link: '%1' (no file %2 in the project)").arg(link.url, target));
    }
}

void GraphBuilder::inferCharactersFromTitles()
{
    struct Name
    {
        QString text;
        QString id;
        /** Case-folded, when the name is one word of letters and digits (else it is searched for). */
        QString word;
    };
    std::vector<Name> names;
    for (const Entity &e : m_entities) {
        if (e.type != EntityType::Character || e.title.isEmpty())
            continue;
        const QString name = e.title.section(u' ', 0, 0);
        if (name.size() < 2)
            continue;
        const bool oneWord = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        names.push_back({ name, e.id, oneWord ? name.toCaseFolded() : QString() });
    }
    if (names.empty())
        return;
    // Each title split into its words once: searching every title for every name grows with
    // names times titles.
    for (const Entity &story : m_entities) {
        if (story.type != EntityType::Story)
            continue;
        const QSet<QString> words = foldedWords(story.title);
        for (const Name &name : names) {
            if (name.word.isEmpty() ? containsWholeWord(story.title, name.text) : words.contains(name.word))
                addRelation(RelationKind::Features, story.id, name.id, { story.source.path, story.source.line, 1 },
                    Provenance::Extracted, story.title);
        }
    }
}

void GraphBuilder::applySummaryStructure()
{
    if (m_summaryParent.isEmpty())
        return;
    // In SUMMARY order, so a page two levels under a goal is typed after its parent.
    std::vector<FileEntry *> ordered;
    for (FileEntry &file : m_files) {
        if (m_summaryParent.contains(file.source->path))
            ordered.push_back(&file);
    }
    std::sort(ordered.begin(), ordered.end(), [this](const FileEntry *a, const FileEntry *b) {
        return m_entities[size_t(a->entity)].order < m_entities[size_t(b->entity)].order;
    });
    for (FileEntry *file : ordered) {
        Entity &child = m_entities[size_t(file->entity)];
        const auto parentIt = m_byPath.constFind(m_summaryParent.value(child.source.path));
        if (parentIt == m_byPath.cend())
            continue;
        const Entity &parent = m_entities[size_t(*parentIt)];
        // With its parent's type known, `summary_parent:` rules may match: the rules classify the page again,
        // unless its front matter says what it is.
        if (!file->typedByFrontMatter && child.attributeOrigin != AttributeOrigin::OverviewTable) {
            const Classification nested = classifyFile(
                m_config, relativeToBase(m_config, file->source->path), file->source->document, parent.type);
            if (!nested.isTemplate
                && (nested.type != file->classification.type || nested.kind != file->classification.kind)) {
                file->classification = nested;
                child.type = nested.type.value_or(EntityType::Page);
                child.kind = child.type == EntityType::Story
                    ? (nested.kind == StoryKind::None ? StoryKind::StatusQuo : nested.kind)
                    : StoryKind::None;
            }
        }
        if (parent.type == EntityType::Goal && child.type == EntityType::Goal && child.parent.isEmpty()) {
            child.parent = parent.id;
            m_parentOrigin.insert(child.id, { m_summaryLine.value(child.source.path), Provenance::Declared });
        }
    }
}

void GraphBuilder::readStateMarkers(const FileEntry &file)
{
    // Only goal pages carry state markers: elsewhere the same emoji mean other things.
    Entity &e = m_entities[size_t(file.entity)];
    if (e.type != EntityType::Goal || e.state != GoalState::Unknown)
        return;
    if (const auto it = m_summaryTitle.constFind(file.source->path); it != m_summaryTitle.cend())
        e.state = m_config.rules.stateFromMarker(*it);
    if (e.state == GoalState::Unknown)
        e.state = m_config.rules.stateFromMarker(file.source->document.firstHeading);
}

void GraphBuilder::extractRetoldStories(const FileEntry &file)
{
    const Entity &story = m_entities[size_t(file.entity)];
    if (story.type != EntityType::Story || story.kind != StoryKind::ShinyFuture)
        return;
    const ParsedDocument &doc = file.source->document;
    const int heading = MoralsExtractor::headingIndex(doc, m_config.rules.retellsHeading());
    if (heading < 0)
        return;
    // Links there are typed like every link; a story named by its bare title is found by the title.
    auto byTitle = [&](const QString &text, int line) {
        QString title = text.simplified();
        while (!title.isEmpty() && (title.back() == u'.' || title.back() == u'*' || title.back() == u'_'))
            title.chop(1);
        while (!title.isEmpty() && (title.front() == u'*' || title.front() == u'_'))
            title.remove(0, 1);
        if (title.isEmpty() || title.size() > 200)
            return;
        const std::optional<int> target = resolveReference(title);
        if (!target)
            return;
        const Entity &told = m_entities[size_t(*target)];
        if (told.type == EntityType::Story && told.kind == StoryKind::StatusQuo)
            addRelation(RelationKind::Retells, story.id, told.id, { file.source->path, line, 1 }, Provenance::Extracted,
                text.simplified());
    };
    for (const ListItem &item : doc.listItems) {
        if (item.heading == heading && item.links.isEmpty())
            byTitle(item.text, item.line);
    }
    for (const Paragraph &paragraph : doc.paragraphs) {
        if (paragraph.heading == heading)
            byTitle(QString::fromUtf8(paragraph.text), paragraph.line);
    }
}

void GraphBuilder::applyConfiguredRelations()
{
    for (const ConfiguredRelation &entry : m_config.relations) {
        const std::optional<int> from = resolveReference(entry.source);
        const std::optional<int> to = resolveReference(entry.target);
        if (!from || !to) {
            warn(entry.where,
                tr("relation names '%1', which is no entity of this project").arg(from ? entry.target : entry.source));
            continue;
        }
        const QString fromId = m_entities[size_t(*from)].id;
        const QString toId = m_entities[size_t(*to)].id;
        if (entry.decision == RelationDecision::Accepted) {
            addRelation(entry.kind, fromId, toId, entry.where, Provenance::Declared);
            continue;
        }
        reject({ entry.kind, fromId, toId });
    }
    // A native page lists the relations from it the user rejected in its front matter.
    for (const FileEntry &file : m_files) {
        const FrontMatter &fm = file.source->document.frontMatter;
        if (!fm.present || !fm.values.contains(rejectedRelationsKey()))
            continue;
        const SourceLocation where { file.source->path, fm.keyLines.value(rejectedRelationsKey(), 1), 1 };
        for (const QString &text : fm.list(rejectedRelationsKey())) {
            const std::optional<std::pair<RelationKind, QString>> entry = readRejectedEntry(text);
            const std::optional<int> to = entry ? resolveReference(entry->second) : std::nullopt;
            if (!to) {
                warn(where, tr("'%1' is no rejected relation (KIND TARGET) of this project").arg(text));
                continue;
            }
            reject({ entry->first, m_entities[size_t(file.entity)].id, m_entities[size_t(*to)].id });
        }
    }
}

void GraphBuilder::reject(const RelationKey &key)
{
    // A rejected relation stays gone: what is there goes, and nothing found later adds it again.
    m_rejected.insert(key);
    m_relationKeys.remove(key);
    std::erase_if(
        m_relations, [&](const Relation &r) { return r.kind == key.kind && r.from == key.from && r.to == key.to; });
}

void GraphBuilder::deriveRelations()
{
    for (Relation &r : RelationDeriver::derive(m_entities, m_relations))
        addRelation(r.kind, r.from, r.to, std::move(r.source), Provenance::Derived, r.context, std::move(r.chain));
}

void GraphBuilder::dropMentionsOfFeatured()
{
    std::erase_if(m_relations, [this](const Relation &r) {
        if (r.kind != RelationKind::Mentions
            || !m_relationKeys.contains(RelationKey { RelationKind::Features, r.from, r.to }))
            return false;
        m_relationKeys.remove(RelationKey { r.kind, r.from, r.to });
        return true;
    });
}

void GraphBuilder::breakParentCycles()
{
    for (Entity &e : m_entities) {
        QSet<QString> seen { e.id };
        QString current = e.parent;
        while (!current.isEmpty()) {
            if (seen.contains(current)) {
                error(m_parentOrigin.value(e.id).where.path.isEmpty() ? e.source : m_parentOrigin.value(e.id).where,
                    tr("'%1' is its own ancestor (parent cycle); its parent is ignored").arg(e.title));
                e.parent.clear();
                break;
            }
            seen.insert(current);
            const auto it = m_byId.constFind(current);
            current = it == m_byId.cend() ? QString() : m_entities[size_t(*it)].parent;
        }
    }
}

void GraphBuilder::addParentRelations()
{
    for (const Entity &e : m_entities) {
        if (e.parent.isEmpty())
            continue;
        const ParentOrigin origin = m_parentOrigin.value(e.id, { e.source, Provenance::Extracted });
        addRelation(RelationKind::PartOf, e.id, e.parent, origin.where, origin.provenance);
    }
}

} // namespace storyloom
