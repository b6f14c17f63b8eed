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

} // namespace storyloom
