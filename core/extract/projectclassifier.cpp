// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/projectclassifier.h"

#include "core/extract/roadmaptable.h"
#include "core/parse/parseddocument.h"
#include "core/util/logging.h"
#include "core/util/text.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace storyloom {

namespace {

/** How many sample titles a folder shows. */
constexpr int sampleCount = 3;

struct TypeGuess
{
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
};

/** What a folder's name says its pages are (`characters`, `status_quo`, `goals`, `2024`…). */
std::optional<TypeGuess> fromName(const QString &folder)
{
    const QString name = folder.section(u'/', -1).toLower().replace(u'-', u'_').replace(u' ', u'_');
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d([_h]\\d)?$"));
    static const QStringList characters { QStringLiteral("characters"), QStringLiteral("cast"),
        QStringLiteral("personas"), QStringLiteral("people") };
    static const QStringList statusQuo { QStringLiteral("status_quo"), QStringLiteral("statusquo"),
        QStringLiteral("stories"), QStringLiteral("problems"), QStringLiteral("today") };
    static const QStringList shinyFuture { QStringLiteral("shiny_future"), QStringLiteral("shinyfuture"),
        QStringLiteral("future"), QStringLiteral("futures") };
    static const QStringList goals { QStringLiteral("roadmap"), QStringLiteral("goals"), QStringLiteral("initiatives"),
        QStringLiteral("objectives"), QStringLiteral("milestones"), QStringLiteral("deliverables") };
    static const QStringList values { QStringLiteral("values"), QStringLiteral("principles") };
    if (characters.contains(name))
        return TypeGuess { EntityType::Character, StoryKind::None };
    if (statusQuo.contains(name))
        return TypeGuess { EntityType::Story, StoryKind::StatusQuo };
    if (shinyFuture.contains(name))
        return TypeGuess { EntityType::Story, StoryKind::ShinyFuture };
    if (goals.contains(name) || year.match(name).hasMatch())
        return TypeGuess { EntityType::Goal, StoryKind::None };
    if (values.contains(name))
        return TypeGuess { EntityType::Value, StoryKind::None };
    if (name == QLatin1String("projects"))
        return TypeGuess { EntityType::Project, StoryKind::None };
    return std::nullopt;
}

/** What a page's first heading says it is ("😱 Status quo stories: …"). */
std::optional<TypeGuess> fromHeading(const QString &heading)
{
    const QString text = stripLeadingSymbols(heading).toLower();
    if (text.startsWith(QLatin1String("status quo")))
        return TypeGuess { EntityType::Story, StoryKind::StatusQuo };
    if (text.startsWith(QLatin1String("shiny future")))
        return TypeGuess { EntityType::Story, StoryKind::ShinyFuture };
    return std::nullopt;
}

/** More than half, or all of one. */
bool most(int count, int of)
{
    return count > 0 && 2 * count > of;
}

} // namespace

std::vector<FolderGuess> ProjectClassifier::guess(const StoryGraph &graph, const ProjectConfig &config)
{
    const QString base = config.idBase();
    QMap<QString, std::vector<const Entity *>> byFolder;
    for (const Entity &e : graph.entities()) {
        if (!e.ownFile)
            continue;
        QString relative = e.source.path;
        if (!base.isEmpty()) {
            if (!relative.startsWith(base + u'/'))
                continue;
            relative = relative.mid(base.size() + 1);
        }
        const QString folder = relative.contains(u'/') ? relative.section(u'/', 0, -2) : QString();
        byFolder[folder].push_back(&e);
    }
    std::vector<FolderGuess> guesses;
    for (auto it = byFolder.begin(); it != byFolder.end(); ++it) {
        std::vector<const Entity *> &pages = it.value();
        std::stable_sort(
            pages.begin(), pages.end(), [](const Entity *a, const Entity *b) { return a->order < b->order; });
        FolderGuess guess;
        guess.folder = it.key();
        guess.pages = int(pages.size());
        QMap<std::pair<int, int>, int> typedAs;
        int tables = 0;
        int linking = 0;
        QMap<std::pair<int, int>, int> headed;
        for (const Entity *page : pages) {
            ++guess.current[page->type];
            if (guess.samples.size() < sampleCount)
                guess.samples.append(page->title);
            if (page->type != EntityType::Page) {
                ++guess.typed;
                ++typedAs[{ int(page->type), int(page->kind) }];
            }
            QFile file(graph.rootPath() + u'/' + page->source.path);
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcExtract) << "cannot read" << file.fileName() << file.errorString();
                continue;
            }
            const ParsedDocument document = parseDocument(file.readAll(), page->source.path);
            const std::optional<MetadataTable> table
                = readMetadataTable(document, config.rules.ownerRows(), config.rules.stateRows());
            tables += table && (!table->owners.isEmpty() || !table->stateText.trimmed().isEmpty());
            if (const std::optional<TypeGuess> heading = fromHeading(document.firstHeading))
                ++headed[{ int(heading->type), int(heading->kind) }];
            const std::vector<const Relation *> out = graph.outgoing(page->id);
            linking += std::any_of(out.cbegin(), out.cend(), [&](const Relation *r) {
                const Entity *to = graph.entity(r->to);
                return to && to->type == EntityType::Character;
            });
        }
        auto take = [&](const QMap<std::pair<int, int>, int> &counts, GuessBasis basis) {
            for (auto count = counts.cbegin(); count != counts.cend(); ++count) {
                if (most(count.value(), guess.pages)) {
                    guess.type = EntityType(count.key().first);
                    guess.kind = StoryKind(count.key().second);
                    guess.basis = basis;
                    return true;
                }
            }
            return false;
        };
        // What the project says already, then what the pages say, then what the folder's name says.
        if (!take(typedAs, GuessBasis::Typed) && !take(headed, GuessBasis::Headings)) {
            if (most(tables, guess.pages)) {
                guess.type = EntityType::Goal;
                guess.basis = GuessBasis::Tables;
            } else if (const std::optional<TypeGuess> named = fromName(guess.folder)) {
                guess.type = named->type;
                guess.kind = named->kind;
                guess.basis = GuessBasis::Name;
            } else if (most(linking, guess.pages)) {
                guess.type = EntityType::Story;
                guess.kind = StoryKind::StatusQuo;
                guess.basis = GuessBasis::Links;
            }
        }
        guesses.push_back(std::move(guess));
    }
    return guesses;
}

std::optional<QByteArray> ProjectClassifier::withRules(
    const QByteArray &existing, const std::vector<FolderGuess> &guesses)
{
    const QString yaml = toRulesYaml(guesses);
    if (existing.trimmed().isEmpty())
        return yaml.toUtf8();
    // The rule lines alone (after "rules:"), indented two spaces.
    QStringList rules = yaml.section(QStringLiteral("\nrules:\n"), 1).split(u'\n', Qt::SkipEmptyParts);
    rules.removeIf([](const QString &line) { return line.trimmed() == QLatin1String("[]"); });
    QStringList lines = QString::fromUtf8(existing).split(u'\n');
    const bool finalNewline = lines.last().isEmpty();
    if (finalNewline)
        lines.removeLast();
    static const QRegularExpression rulesKey(QStringLiteral("^rules:\\s*(#.*)?$"));
    const qsizetype at = lines.indexOf(rulesKey);
    if (at < 0) {
        if (lines.indexOf(QRegularExpression(QStringLiteral("rules:.*"))) >= 0)
            return std::nullopt; // a flow list: `rules: [...]`
        lines.append(QStringLiteral("rules:"));
        lines += rules;
    } else {
        // Match the indentation of the list's own items; the new rules come first (they are tried first).
        QString indent = QStringLiteral("  ");
        for (qsizetype i = at + 1; i < lines.size(); ++i) {
            const QString trimmed = lines.at(i).trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            if (trimmed.startsWith(u'-'))
                indent = lines.at(i).left(lines.at(i).indexOf(u'-'));
            break;
        }
        for (QString &line : rules)
            line = indent + line.mid(2);
        for (qsizetype i = 0; i < rules.size(); ++i)
            lines.insert(at + 1 + i, rules.at(i));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString ProjectClassifier::displayName(GuessBasis basis)
{
    switch (basis) {
    case GuessBasis::Nothing:
        return tr("no guess");
    case GuessBasis::Typed:
        return tr("typed already");
    case GuessBasis::Tables:
        return tr("metadata tables");
    case GuessBasis::Headings:
        return tr("first headings");
    case GuessBasis::Name:
        return tr("the folder's name");
    case GuessBasis::Links:
        return tr("links to characters");
    }
    return {};
}

QString ProjectClassifier::toRulesYaml(const std::vector<FolderGuess> &guesses)
{
    QString yaml = QStringLiteral("# ")
        + tr("Rules guessed by storyloom-cli classify: check each, then keep those you agree with in storyloom.yml.")
        + QStringLiteral("\nrules:\n");
    bool any = false;
    for (const FolderGuess &guess : guesses) {
        QStringList samples;
        for (const QString &title : guess.samples)
            samples.append(u'"' + title.simplified() + u'"');
        const QString folder = guess.folder.isEmpty() ? QStringLiteral(".") : guess.folder;
        const QString line = guess.basis == GuessBasis::Nothing
            ? tr("%1: %n page(s), %2 typed, no guess; e.g. %3", nullptr, guess.pages)
                  .arg(folder, QString::number(guess.typed), samples.join(QStringLiteral(", ")))
            : tr("%1: %n page(s), %2 typed, guessed from %3; e.g. %4", nullptr, guess.pages)
                  .arg(folder, QString::number(guess.typed), displayName(guess.basis),
                      samples.join(QStringLiteral(", ")));
        yaml += QStringLiteral("  # ") + line + u'\n';
        if (!guess.type)
            continue;
        any = true;
        const QString glob = guess.folder.isEmpty() ? QStringLiteral("*.md") : guess.folder + QStringLiteral("/*.md");
        yaml += QStringLiteral("  - glob: \"%1\"\n    type: %2\n").arg(glob, toString(*guess.type));
        if (*guess.type == EntityType::Story && guess.kind != StoryKind::None)
            yaml += QStringLiteral("    kind: %1\n").arg(toString(guess.kind));
        if (*guess.type == EntityType::Story && guess.kind == StoryKind::StatusQuo)
            yaml += QStringLiteral("    extract: [morals]\n");
        else if (*guess.type == EntityType::Goal)
            yaml += QStringLiteral("    extract: [metadata-table]\n");
    }
    if (!any)
        yaml += QStringLiteral("  []\n");
    return yaml;
}

} // namespace storyloom
