// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/mermaidwriter.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTextStream>

namespace storyloom {

namespace {
/** A class name for `classDef`: the safe identifier without its node prefix. */
QString classIdentifier(const QString &name)
{
    QSet<QString> none;
    return MermaidWriter::safeId(name, none).mid(2);
}
} // namespace

QString MermaidWriter::safeId(const QString &id, QSet<QString> &taken)
{
    QString safe = QStringLiteral("n_");
    bool lastWasUnderscore = true;
    for (QChar c : id) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            safe += c.toLower();
            lastWasUnderscore = false;
        } else if (!lastWasUnderscore) {
            safe += u'_';
            lastWasUnderscore = true;
        }
        if (safe.size() >= 48)
            break;
    }
    while (safe.endsWith(u'_') && safe.size() > 2)
        safe.chop(1);
    QString unique = safe;
    for (int n = 2; taken.contains(unique); ++n)
        unique = safe + u'_' + QString::number(n);
    taken.insert(unique);
    return unique;
}

QString MermaidWriter::escapeLabel(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'#':
            escaped += QStringLiteral("#35;");
            break;
        case u'"':
            escaped += QStringLiteral("#quot;");
            break;
        case u'<':
            escaped += QStringLiteral("#lt;");
            break;
        case u'>':
            escaped += QStringLiteral("#gt;");
            break;
        case u'&':
            escaped += QStringLiteral("#amp;");
            break;
        case u'\n':
            escaped += u' ';
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString MermaidWriter::write(const Diagram &diagram)
{
    QString text;
    QTextStream out(&text);
    if (!diagram.title.isEmpty())
        out << "%% " << QString(diagram.title).replace(u'\n', u' ') << '\n';
    out << "flowchart " << (diagram.direction == DiagramDirection::LeftToRight ? "LR" : "TB") << '\n';

    QSet<QString> taken;
    QHash<QString, QString> ids;
    QMap<QString, QStringList> classes; // class -> node ids, sorted for stable output
    QMap<QString, DiagramColors> classColors;
    for (const DiagramNode &node : diagram.nodes) {
        const QString id = safeId(node.id, taken);
        ids.insert(node.id, id);
        QStringList lines;
        for (qsizetype i = 0; i < node.label.size(); ++i) {
            lines << escapeLabel(node.label.at(i));
            if (i == 0 && node.progress)
                lines << QStringLiteral("%1 %2%")
                             .arg(progressBarText(*node.progress))
                             .arg(std::lround(*node.progress * 100));
        }
        const char *open = node.rounded ? "(\"" : "[\"";
        const char *close = node.rounded ? "\")" : "\"]";
        out << "    " << id << open << lines.join(QStringLiteral("<br/>")) << close << '\n';
        if (!node.styleClass.isEmpty()) {
            const QString cls = classIdentifier(node.styleClass);
            classes[cls].append(id);
            classColors.insert(cls, node.colors);
        }
    }
    // Links by their dash pattern (`linkStyle` numbers links in the order written).
    QMap<QString, QStringList> dashedLinks;
    int link = 0;
    for (const DiagramEdge &edge : diagram.edges) {
        const QString from = ids.value(edge.from), to = ids.value(edge.to);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const bool plain = edge.style == DiagramEdgeStyle::Solid || !edge.dashes.isEmpty();
        // A derived relation ends in a hollow circle: its mark besides the dashes.
        const char *arrow = edge.hollowArrow ? "--o" : plain ? "-->" : "-.->";
        // Mermaid ranks along the written direction, like Graphviz: a reversed
        // edge is written parent first, as an open link.
        if (edge.reversedRank)
            arrow = plain ? "---" : "-.-";
        out << "    " << (edge.reversedRank ? to : from) << ' ' << arrow;
        if (!edge.label.isEmpty())
            out << "|\"" << escapeLabel(edge.label) << "\"|";
        out << ' ' << (edge.reversedRank ? from : to) << '\n';
        if (!edge.dashes.isEmpty()) {
            // In pixels of Mermaid's 2 px link stroke, as the view's pattern is in pen widths.
            QStringList lengths;
            for (const double length : edge.dashes)
                lengths << QString::number(length * 2.0);
            dashedLinks[lengths.join(u' ')].append(QString::number(link));
        }
        ++link;
    }
    for (auto it = dashedLinks.cbegin(); it != dashedLinks.cend(); ++it)
        out << "    linkStyle " << it->join(u',') << " stroke-dasharray:" << it.key() << '\n';
    for (auto it = classColors.cbegin(); it != classColors.cend(); ++it)
        out << "    classDef " << it.key() << " fill:" << it->fill << ",stroke:" << it->stroke << ",color:" << it->text
            << '\n';
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        out << "    class " << it->join(u',') << ' ' << it.key() << '\n';
    for (const DiagramNode &node : diagram.nodes) {
        if (node.href.isEmpty())
            continue;
        QString href = node.href;
        QString tip = node.label.value(0);
        out << "    click " << ids.value(node.id) << " \"" << href.replace(u'"', QStringLiteral("%22")) << "\" \""
            << tip.replace(u'"', u'\'') << "\"\n";
    }
    out.flush();
    return text;
}

namespace {
/** A copy of the node `id` into `part` (once). */
void takeNode(
    const QHash<QString, const DiagramNode *> &nodes, Diagram &part, QSet<QString> &present, const QString &id)
{
    if (present.contains(id))
        return;
    if (const DiagramNode *node = nodes.value(id)) {
        part.nodes.push_back(*node);
        present.insert(id);
    }
}

/** A rough upper bound of the text a node and an edge add (its lines, class and click). */
qsizetype nodeCost(const DiagramNode &node)
{
    qsizetype cost = 120 + node.id.size() * 3 + node.href.size();
    for (const QString &line : node.label)
        cost += line.size() * 2 + 8;
    return cost;
}

qsizetype edgeCost(const DiagramEdge &edge)
{
    return 40 + (edge.from.size() + edge.to.size()) + edge.label.size() * 2;
}
} // namespace

QStringList MermaidWriter::writeParts(const Diagram &diagram, const MermaidLimits &limits)
{
    const QString whole = write(diagram);
    if (whole.size() <= limits.maxTextSize && qsizetype(diagram.edges.size()) <= limits.maxEdges)
        return { whole };

    // Greedy parts with room to spare: the costs overestimate, so each text stays within the limit.
    const qsizetype budget = qsizetype(limits.maxTextSize) * 3 / 4;
    const size_t edgeBudget = size_t(std::max(1, limits.maxEdges - 10));
    QHash<QString, const DiagramNode *> nodes;
    for (const DiagramNode &node : diagram.nodes)
        nodes.insert(node.id, &node);
    std::vector<Diagram> parts;
    Diagram part;
    QSet<QString> present;
    qsizetype cost = 0;
    const auto flush = [&] {
        if (part.nodes.empty())
            return;
        parts.push_back(std::move(part));
        part = Diagram();
        present.clear();
        cost = 0;
    };
    QSet<QString> linked;
    for (const DiagramEdge &edge : diagram.edges) {
        qsizetype added = edgeCost(edge);
        for (const QString &id : { edge.from, edge.to }) {
            if (!present.contains(id))
                if (const DiagramNode *node = nodes.value(id))
                    added += nodeCost(*node);
        }
        if (!part.nodes.empty() && (cost + added > budget || part.edges.size() >= edgeBudget))
            flush();
        takeNode(nodes, part, present, edge.from);
        takeNode(nodes, part, present, edge.to);
        part.edges.push_back(edge);
        linked << edge.from << edge.to;
        cost += added;
    }
    for (const DiagramNode &node : diagram.nodes) {
        if (linked.contains(node.id))
            continue;
        if (!part.nodes.empty() && cost + nodeCost(node) > budget)
            flush();
        takeNode(nodes, part, present, node.id);
        cost += nodeCost(node);
    }
    flush();

    QStringList texts;
    for (size_t i = 0; i < parts.size(); ++i) {
        Diagram &p = parts[i];
        p.direction = diagram.direction;
        p.title = tr("%1 (part %2 of %3)").arg(diagram.title).arg(i + 1).arg(parts.size());
        const QString note = QStringLiteral("%% ")
            + tr("Split into %1 diagrams to stay within Mermaid's limits (maxTextSize %2 characters, maxEdges %3).")
                  .arg(parts.size())
                  .arg(limits.maxTextSize)
                  .arg(limits.maxEdges)
            + u'\n';
        texts << note + write(p);
    }
    return texts;
}

} // namespace storyloom
