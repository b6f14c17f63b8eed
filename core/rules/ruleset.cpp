// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/ruleset.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <yaml-cpp/yaml.h>

namespace storyloom {

namespace {
QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

/** Reads `type` or `type/kind` (`story/shiny-future`); nullopt when it names no type. */
std::optional<RelationEnd> relationEnd(const QString &text)
{
    const std::optional<EntityType> type = entityTypeFromString(text.section(u'/', 0, 0).trimmed());
    if (!type)
        return std::nullopt;
    RelationEnd end { *type, StoryKind::None };
    if (text.contains(u'/')) {
        const std::optional<StoryKind> kind = storyKindFromString(text.section(u'/', 1).trimmed());
        if (!kind)
            return std::nullopt;
        end.kind = *kind;
    }
    return end;
}

bool endMatches(const RelationEnd &pattern, EntityType type, StoryKind kind)
{
    return pattern.type == type && (pattern.kind == StoryKind::None || pattern.kind == kind);
}

QStringList strings(const YAML::Node &node)
{
    QStringList result;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            result.append(str(item));
    } else if (node && node.IsScalar()) {
        result.append(str(node));
    }
    return result;
}
} // namespace

QString toString(Extractor extractor)
{
    switch (extractor) {
    case Extractor::Morals:
        return QStringLiteral("morals");
    case Extractor::OverviewTable:
        return QStringLiteral("overview-table");
    case Extractor::MetadataTable:
        return QStringLiteral("metadata-table");
    case Extractor::ValuesFromSections:
        return QStringLiteral("values-from-sections");
    case Extractor::CharacterPriorities:
        return QStringLiteral("character-priorities");
    }
    return {};
}

std::optional<Extractor> extractorFromString(QStringView name)
{
    for (const Extractor extractor : allExtractors) {
        if (name == toString(extractor))
            return extractor;
    }
    return std::nullopt;
}

QRegularExpression RuleSet::globToRegex(const QString &glob)
{
    QString pattern = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            if (i + 2 < glob.size() && glob.at(i + 2) == u'/') {
                pattern += QStringLiteral("(?:.*/)?");
                i += 2;
            } else {
                pattern += QStringLiteral(".*");
                ++i;
            }
        } else if (c == u'*') {
            pattern += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    pattern += u'$';
    return QRegularExpression(pattern);
}

QString RuleSet::requiredText(const QString &glob)
{
    QString longest;
    QString run;
    auto endRun = [&] {
        if (run.size() > longest.size())
            longest = run;
        run.clear();
    };
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            endRun();
            ++i;
            if (i + 1 < glob.size() && glob.at(i + 1) == u'/')
                ++i; // "**/" may match nothing at all, its slash included
        } else if (c == u'*' || c == u'?') {
            endRun();
        } else {
            run += c;
        }
    }
    endRun();
    return longest;
}

RuleSet RuleSet::builtIn()
{
    QFile file(QStringLiteral(":/storyloom/rules/default.yml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("storyloom: the built-in rules are missing from the resources");
    Loaded loaded = fromYaml(file.readAll(), QStringLiteral(":/storyloom/rules/default.yml"));
    if (!loaded.diagnostics.isEmpty())
        qFatal("storyloom: the built-in rules do not parse: %s", qPrintable(loaded.diagnostics.first().format()));
    return loaded.rules;
}

void RuleSet::readRelationTypes(const YAML::Node &rows, const QString &path, Loaded &loaded)
{
    if (!rows)
        return;
    auto complain = [&](const YAML::Node &node, const QString &message) {
        loaded.diagnostics.append(
            Diagnostic::error({ path, int(node.Mark().line) + 1, int(node.Mark().column) + 1 }, message));
    };
    if (!rows.IsSequence()) {
        complain(rows, QCoreApplication::translate("storyloom", "'relation_types' must be a list"));
        return;
    }
    for (const YAML::Node &node : rows) {
        if (!node.IsMap()) {
            complain(node,
                QCoreApplication::translate("storyloom", "a relation type must be a mapping (from:, to:, kind:)"));
            continue;
        }
        const std::optional<RelationEnd> from = relationEnd(str(node["from"]));
        const std::optional<RelationEnd> to = relationEnd(str(node["to"]));
        const std::optional<RelationKind> kind = relationKindFromString(str(node["kind"]));
        if (!from || !to) {
            complain(node,
                QCoreApplication::translate("storyloom", "unknown entity type in relation type '%1 -> %2'")
                    .arg(str(node["from"]), str(node["to"])));
            continue;
        }
        if (!kind) {
            complain(
                node, QCoreApplication::translate("storyloom", "unknown relation kind '%1'").arg(str(node["kind"])));
            continue;
        }
        const bool reverse = node["reverse"] && node["reverse"].IsScalar() && node["reverse"].as<bool>(false);
        loaded.rules.m_relationTypes.append(
            { *from, *to, { *kind, reverse ? RelationDirection::Reverse : RelationDirection::Forward } });
    }
}

void RuleSet::readStateMarkers(const YAML::Node &map, const QString &path, Loaded &loaded)
{
    if (!map)
        return;
    if (!map.IsMap()) {
        loaded.diagnostics.append(Diagnostic::error({ path, int(map.Mark().line) + 1, int(map.Mark().column) + 1 },
            QCoreApplication::translate("storyloom", "'state_markers' must map states to their markers")));
        return;
    }
    for (const auto &pair : map) {
        const QString name = str(pair.first);
        const std::optional<GoalState> state = goalStateFromString(name);
        if (!state) {
            loaded.diagnostics.append(
                Diagnostic::error({ path, int(pair.first.Mark().line) + 1, int(pair.first.Mark().column) + 1 },
                    QCoreApplication::translate("storyloom", "unknown state '%1' in state_markers").arg(name)));
            continue;
        }
        loaded.rules.m_stateMarkers.append({ *state, strings(pair.second) });
    }
}

RuleSet::Loaded RuleSet::fromYaml(const QByteArray &yaml, const QString &path)
{
    Loaded loaded;
    RuleSet &set = loaded.rules;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return loaded;
        const YAML::Node rules = root["rules"];
        if (rules && !rules.IsSequence()) {
            loaded.diagnostics.append(
                Diagnostic::error({ path, int(rules.Mark().line) + 1, int(rules.Mark().column) + 1 },
                    QCoreApplication::translate("storyloom", "'rules' must be a list of rules")));
        } else if (rules) {
            for (const YAML::Node &node : rules) {
                const SourceLocation where { path, int(node.Mark().line) + 1, int(node.Mark().column) + 1 };
                if (!node.IsMap()) {
                    loaded.diagnostics.append(Diagnostic::error(where,
                        QCoreApplication::translate("storyloom", "a rule must be a mapping (glob:, type:, ...)")));
                    continue;
                }
                Rule rule;
                if (node["glob"]) {
                    rule.glob = globToRegex(str(node["glob"]));
                    rule.globText = requiredText(str(node["glob"]));
                }
                if (node["heading"]) {
                    rule.heading = QRegularExpression(str(node["heading"]), QRegularExpression::CaseInsensitiveOption);
                    if (!rule.heading.isValid()) {
                        loaded.diagnostics.append(Diagnostic::error(where,
                            QCoreApplication::translate("storyloom", "invalid heading pattern: %1")
                                .arg(rule.heading.errorString())));
                        continue;
                    }
                }
                if (const YAML::Node shape = node["shape"]) {
                    if (str(shape) != QLatin1String("goal-metadata-table")) {
                        loaded.diagnostics.append(Diagnostic::error(where,
                            QCoreApplication::translate(
                                "storyloom", "unknown shape '%1' (expected goal-metadata-table)")
                                .arg(str(shape))));
                        continue;
                    }
                    rule.needsGoalMetadataTable = true;
                }
                if (const YAML::Node parent = node["summary_parent"]) {
                    rule.summaryParent = entityTypeFromString(str(parent));
                    if (!rule.summaryParent) {
                        loaded.diagnostics.append(Diagnostic::error(where,
                            QCoreApplication::translate("storyloom", "unknown entity type '%1'").arg(str(parent))));
                        continue;
                    }
                }
                if (!node["glob"] && !node["heading"] && !rule.needsGoalMetadataTable && !rule.summaryParent) {
                    loaded.diagnostics.append(Diagnostic::error(where,
                        QCoreApplication::translate(
                            "storyloom", "a rule needs a 'glob', a 'heading', a 'shape' or a 'summary_parent'")));
                    continue;
                }
                if (node["type"]) {
                    rule.type = entityTypeFromString(str(node["type"]));
                    if (!rule.type) {
                        loaded.diagnostics.append(Diagnostic::error(where,
                            QCoreApplication::translate("storyloom", "unknown entity type '%1'")
                                .arg(str(node["type"]))));
                        continue;
                    }
                }
                if (node["kind"])
                    rule.kind = storyKindFromString(str(node["kind"])).value_or(StoryKind::None);
                rule.isTemplate = node["template"] && node["template"].as<bool>(false);
                const YAML::Node extract = node["extract"];
                const auto addExtractor = [&](const YAML::Node &item) {
                    const QString name = str(item);
                    if (const std::optional<Extractor> extractor = extractorFromString(name)) {
                        rule.extract |= *extractor;
                        return;
                    }
                    QStringList known;
                    for (const Extractor each : allExtractors)
                        known.append(toString(each));
                    loaded.diagnostics.append(
                        Diagnostic::error({ path, int(item.Mark().line) + 1, int(item.Mark().column) + 1 },
                            QCoreApplication::translate("storyloom", "unknown extractor '%1' (expected one of: %2)")
                                .arg(name, known.join(QStringLiteral(", ")))));
                };
                if (extract && extract.IsSequence()) {
                    for (const YAML::Node &item : extract)
                        addExtractor(item);
                } else if (extract) {
                    addExtractor(extract);
                }
                set.m_rules.append(rule);
            }
        }
        readRelationTypes(root["relation_types"], path, loaded);
        readStateMarkers(root["state_markers"], path, loaded);
        set.m_titlePrefixes = strings(root["title_prefixes"]);
        set.m_moralsHeading = str(root["morals_heading"]);
        set.m_retellsHeading = str(root["retells_heading"]);
        for (const char *key : { "morals_remarks", "mention_sections" }) {
            const QStringList patterns = strings(root[key]);
            for (const QString &pattern : patterns) {
                const QRegularExpression regex(pattern);
                if (!regex.isValid())
                    loaded.diagnostics.append(Diagnostic::error({ path, int(root[key].Mark().line) + 1, 1 },
                        QCoreApplication::translate("storyloom", "invalid pattern in '%1': %2")
                            .arg(QLatin1StringView(key), regex.errorString())));
            }
        }
        set.m_moralsRemarks = strings(root["morals_remarks"]);
        set.m_mentionSections = strings(root["mention_sections"]);
        set.m_ownerRows = strings(root["owner_rows"]);
        set.m_stateRows = strings(root["state_rows"]);
        set.m_titleFields = strings(root["title_fields"]);
    } catch (const YAML::Exception &e) {
        loaded.diagnostics.append(Diagnostic::error({ path, e.mark.line + 1, e.mark.column + 1 },
            QCoreApplication::translate("storyloom", "invalid YAML: %1").arg(QString::fromStdString(e.msg))));
    }
    return loaded;
}

void RuleSet::prepend(const RuleSet &other)
{
    m_rules = other.m_rules + m_rules;
    if (!other.m_titlePrefixes.isEmpty())
        m_titlePrefixes = other.m_titlePrefixes + m_titlePrefixes;
    if (!other.m_moralsHeading.isEmpty())
        m_moralsHeading = other.m_moralsHeading;
    if (!other.m_retellsHeading.isEmpty())
        m_retellsHeading = other.m_retellsHeading;
    if (!other.m_moralsRemarks.isEmpty())
        m_moralsRemarks = other.m_moralsRemarks + m_moralsRemarks;
    if (!other.m_mentionSections.isEmpty())
        m_mentionSections = other.m_mentionSections;
    if (!other.m_ownerRows.isEmpty())
        m_ownerRows = other.m_ownerRows;
    if (!other.m_stateRows.isEmpty())
        m_stateRows = other.m_stateRows;
    if (!other.m_titleFields.isEmpty())
        m_titleFields = other.m_titleFields;
    m_relationTypes = other.m_relationTypes + m_relationTypes;
    m_stateMarkers = other.m_stateMarkers + m_stateMarkers;
}

TypedRelation RuleSet::typeRelation(RelationEnd from, RelationEnd to) const
{
    for (const RelationTyping &row : m_relationTypes) {
        if (endMatches(row.from, from.type, from.kind) && endMatches(row.to, to.type, to.kind))
            return row.relation;
    }
    return {};
}

GoalState RuleSet::stateFromMarker(QStringView text) const
{
    GoalState best = GoalState::Unknown;
    // An emoji is a marker someone set on purpose and beats any word ("🦀 paused" is in progress, as the
    // roadmap editor writes it when only the emoji changes); among markers of one kind the longest wins.
    std::pair<bool, qsizetype> bestRank { false, 0 };
    for (const StateMarkers &entry : m_stateMarkers) {
        for (const QString &marker : entry.markers) {
            // Words are whole words ("done" is not in "abandoned"); emoji are found anywhere.
            const bool word = marker.front().isLetter();
            const std::pair<bool, qsizetype> rank { !word, marker.size() };
            if (rank <= bestRank)
                continue;
            if (word ? containsWholeWord(text.toString(), marker) : text.contains(marker)) {
                best = entry.state;
                bestRank = rank;
            }
        }
    }
    return best;
}

QByteArray RuleSet::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QStringList &fields) {
        hash.addData(fields.join(u'\x1f').toUtf8());
        hash.addData("\x1e");
    };
    for (const Rule &rule : m_rules)
        add({ QStringLiteral("rule"), rule.glob.pattern(), rule.heading.pattern(),
            rule.type ? toString(*rule.type) : QString(), toString(rule.kind),
            rule.isTemplate ? QStringLiteral("template") : QString(), QString::number(rule.extract.toInt()),
            rule.needsGoalMetadataTable ? QStringLiteral("goal-metadata-table") : QString(),
            rule.summaryParent ? toString(*rule.summaryParent) : QString() });
    // Everything else the graph is built with: a changed marker or typing row changes the graph as much.
    add(QStringList { QStringLiteral("title_prefixes") } + m_titlePrefixes);
    add({ QStringLiteral("headings"), m_moralsHeading, m_retellsHeading });
    add(QStringList { QStringLiteral("morals_remarks") } + m_moralsRemarks);
    add(QStringList { QStringLiteral("mention_sections") } + m_mentionSections);
    add(QStringList { QStringLiteral("owner_rows") } + m_ownerRows);
    add(QStringList { QStringLiteral("state_rows") } + m_stateRows);
    add(QStringList { QStringLiteral("title_fields") } + m_titleFields);
    for (const RelationTyping &row : m_relationTypes)
        add({ QStringLiteral("relation_type"), toString(row.from.type), toString(row.from.kind), toString(row.to.type),
            toString(row.to.kind), toString(row.relation.kind),
            QString::number(int(row.relation.direction == RelationDirection::Reverse)) });
    for (const StateMarkers &entry : m_stateMarkers)
        add(QStringList { QStringLiteral("state_markers"), toString(entry.state) } + entry.markers);
    return hash.result();
}

namespace {
/** Whether `rule` matches a page by its path and first heading (what it asks of its shape aside). */
bool matchesPlace(const RuleSet::Rule &rule, const QString &path, const QString &firstHeading)
{
    if (!rule.globText.isEmpty() && !path.contains(rule.globText))
        return false;
    if (rule.glob.isValid() && !rule.glob.pattern().isEmpty() && !rule.glob.match(path).hasMatch())
        return false;
    return rule.heading.pattern().isEmpty() || rule.heading.match(firstHeading).hasMatch();
}
} // namespace

Extractors RuleSet::summaryParentExtractors(const QString &path, const QString &firstHeading) const
{
    Extractors extract;
    for (const Rule &rule : m_rules) {
        if (rule.summaryParent && matchesPlace(rule, path, firstHeading))
            extract |= rule.extract;
    }
    return extract;
}

Classification RuleSet::classify(const QString &path, const QString &firstHeading, const PageShape &shape) const
{
    Classification result;
    for (const Rule &rule : m_rules) {
        if (!matchesPlace(rule, path, firstHeading))
            continue;
        if ((rule.needsGoalMetadataTable && !shape.goalMetadataTable)
            || (rule.summaryParent && rule.summaryParent != shape.summaryParent))
            continue;
        if (rule.isTemplate) {
            result.isTemplate = true;
            return result;
        }
        if (!result.type && rule.type) {
            result.type = rule.type;
            result.kind = rule.kind;
        }
        result.extract |= rule.extract;
    }
    return result;
}

} // namespace storyloom
