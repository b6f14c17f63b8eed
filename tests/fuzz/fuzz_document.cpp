// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front matter + Markdown parse of one file (parseDocument), then entity
// extraction from it (GraphBuilder over a one-file mdBook project, the file
// placed where the built-in rules classify it as a story, character, value
// list, roadmap or goal): ids are unique, relations join entities that exist,
// no goal is its own ancestor, the parse round-trips through the cache, and
// the fast front matter reader agrees with yaml-cpp.
#include "fuzzcommon.h"

#include "core/extract/graphbuilder.h"
#include "core/parse/frontmatter.h"
#include "core/parse/parsecodec.h"
#include "core/parse/parseddocument.h"

#include <QSet>

using namespace storyloom;

namespace {
// Where the file is placed; the input's size picks one, so every byte stays content.
const QStringList &placements()
{
    static const QStringList paths {
        QStringLiteral("src/vision/status_quo/alan_started_trusting.md"),
        QStringLiteral("src/vision/shiny_future/barbara_wants.md"),
        QStringLiteral("src/vision/characters/alan.md"),
        QStringLiteral("src/vision/how_it_feels.md"),
        QStringLiteral("src/vision/roadmap.md"),
        QStringLiteral("src/vision/roadmap/async_fn.md"),
        QStringLiteral("src/vision/projects/tokio.md"),
        QStringLiteral("src/welcome.md"),
    };
    return paths;
}

void checkGraph(const StoryGraph &graph)
{
    QSet<QString> ids;
    for (const Entity &entity : graph.entities()) {
        fuzz::require(!entity.id.isEmpty(), "every entity has an id");
        fuzz::require(!ids.contains(entity.id), "entity ids are unique");
        ids.insert(entity.id);
    }
    for (const Relation &relation : graph.relations()) {
        fuzz::require(ids.contains(relation.from) && ids.contains(relation.to), "relations join entities that exist");
        fuzz::require(relation.from != relation.to, "no relation joins an entity to itself");
    }
    for (const Entity &entity : graph.entities()) {
        QSet<QString> seen { entity.id };
        for (const Entity *up = graph.entity(entity.parent); up; up = graph.entity(up->parent)) {
            fuzz::require(!seen.contains(up->id), "no entity is its own ancestor");
            seen.insert(up->id);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = placements().at(qsizetype(size % size_t(placements().size())));
    const ParsedDocument document = parseDocument(bytes, path);
    for (const Link &link : document.links)
        fuzz::require(link.line >= 0, "link lines are never negative");
    for (const Diagnostic &d : document.diagnostics)
        fuzz::require(d.location.path == path, "diagnostics name the file");

    // The index caches parses (ParseCodec): what is written must read back, and digest as the fresh parse.
    const std::optional<ParsedDocument> again = ParseCodec::decode(ParseCodec::encode(document, true));
    fuzz::require(again.has_value(), "a cached parse decodes");
    fuzz::require(again->body == document.body && again->links.size() == document.links.size(), "a parse round-trips");
    fuzz::require(structureFingerprint(*again, -1, true) == structureFingerprint(document, -1, true),
        "a cached parse digests as the fresh one");

    // The fast front matter reader answers as yaml-cpp does, or leaves the text to it.
    const FrontMatter full = parseFrontMatter(bytes, path, YamlReader::YamlCpp);
    fuzz::require(document.frontMatter.keys == full.keys, "both YAML readers find the same keys");
    fuzz::require(
        document.frontMatter.error.has_value() == full.error.has_value(), "both YAML readers refuse the same text");
    for (const QString &key : full.keys) {
        const QVariant fast = document.frontMatter.values.value(key);
        const QVariant slow = full.values.value(key);
        fuzz::require(fast.typeId() == slow.typeId() && fast == slow, "both YAML readers read the same values");
    }

    // Entity extraction, as the loader does it for a one-file project.
    ProjectConfig config;
    config.format = ProjectFormat::MdBook;
    config.contentDirs = { QStringLiteral("src") };
    config.rules = RuleSet::builtIn();
    ScanResult scan;
    scan.allFiles = { path, QStringLiteral("src/SUMMARY.md"), QStringLiteral("src/vision/characters/barbara.md") };
    scan.files.push_back(SourceFile { path, qint64(size), 0, document });
    const Snapshot graph = GraphBuilder(QStringLiteral("/home/ana/vision"), config).build(std::move(scan));
    fuzz::require(graph != nullptr, "extraction gives a graph");
    checkGraph(*graph);
    return 0;
}
