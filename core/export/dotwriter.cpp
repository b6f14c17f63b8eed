// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/dotwriter.h"

#include <QTextStream>

namespace storyloom {

namespace {
QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString nodeLabel(const DiagramNode &node)
{
    QString label = QStringLiteral("<");
    for (qsizetype i = 0; i < node.label.size(); ++i) {
        if (i > 0)
            label += QStringLiteral("<br/>");
        label += i == 0 ? QStringLiteral("<b>%1</b>").arg(html(node.label.at(i))) : html(node.label.at(i));
        if (i == 0 && node.progress)
            label += QStringLiteral("<br/>%1 %2%")
                         .arg(progressBarText(*node.progress))
                         .arg(std::lround(*node.progress * 100));
    }
    return label + u'>';
}

QString graphLabel(const Diagram &diagram)
{
    QString label = QStringLiteral("<<table border=\"0\" cellspacing=\"4\">");
    if (!diagram.title.isEmpty())
        label += QStringLiteral(
            "<tr><td colspan=\"%1\" align=\"left\"><font point-size=\"%2\"><b>%3</b></font></td></tr>")
                     .arg(std::max<std::size_t>(1, diagram.legend.size() * 2))
                     .arg(diagramstyle::titleFontSize)
                     .arg(html(diagram.title));
    if (!diagram.legend.empty()) {
        label += QStringLiteral("<tr>");
        for (const DiagramLegendEntry &entry : diagram.legend)
            label += QStringLiteral("<td border=\"1\" color=\"%1\" bgcolor=\"%2\" width=\"12\" height=\"12\"></td><td "
                                    "align=\"left\">%3</td>")
                         .arg(entry.colors.stroke, entry.colors.fill, html(entry.label));
        label += QStringLiteral("</tr>");
    }
    return label + QStringLiteral("</table>>");
}

QString styleName(DiagramEdgeStyle style)
{
    switch (style) {
    case DiagramEdgeStyle::Solid:
        return QStringLiteral("solid");
    case DiagramEdgeStyle::Dashed:
        return QStringLiteral("dashed");
    case DiagramEdgeStyle::Dotted:
        return QStringLiteral("dotted");
    }
    return QStringLiteral("solid");
}
} // namespace

QString DotWriter::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + escaped + u'"';
}

QString DotWriter::write(const Diagram &diagram)
{
    QString text;
    QTextStream out(&text);
    const QString font = QStringLiteral("DejaVu Sans");
    out << "digraph " << quoted(diagram.title.isEmpty() ? QStringLiteral("diagram") : diagram.title) << " {\n";
    out << "  graph [rankdir=" << (diagram.direction == DiagramDirection::LeftToRight ? "LR" : "TB")
        << ", fontname=" << quoted(font) << ", labelloc=t, labeljust=l, nodesep=0.2, ranksep=0.8";
    if (!diagram.title.isEmpty() || !diagram.legend.empty())
        out << ", label=" << graphLabel(diagram);
    out << "];\n";
    out << "  node [shape=box, style=\"rounded,filled\", fontname=" << quoted(font)
        << ", fontsize=" << diagramstyle::fontSize << ", margin=\"0.12,0.06\"];\n";
    out << "  edge [arrowsize=0.7];\n";
    for (const DiagramNode &node : diagram.nodes) {
        out << "  " << quoted(node.id) << " [label=" << nodeLabel(node) << ", fillcolor=" << quoted(node.colors.fill)
            << ", color=" << quoted(node.colors.stroke) << ", fontcolor=" << quoted(node.colors.text);
        if (!node.rounded)
            out << ", style=filled";
        if (!node.styleClass.isEmpty())
            out << ", class=" << quoted(node.styleClass);
        if (!node.href.isEmpty())
            out << ", URL=" << quoted(node.href) << ", target=\"_top\"";
        out << ", tooltip=" << quoted(node.label.value(0));
        out << "];\n";
    }
    for (const DiagramEdge &edge : diagram.edges) {
        // Graphviz ranks along the written direction: a reversed edge is written
        // backwards and drawn with its arrowhead at the tail (dir=back).
        const QString &tail = edge.reversedRank ? edge.to : edge.from;
        const QString &head = edge.reversedRank ? edge.from : edge.to;
        out << "  " << quoted(tail) << " -> " << quoted(head) << " [color=" << quoted(edge.color);
        if (edge.dotLine) {
            // Graphviz has no dash patterns: the kind's own line, pen width and head.
            out << ", style=" << edge.dotLine->style << ", penwidth=" << edge.dotLine->penWidth
                << ", arrowhead=" << edge.dotLine->arrowhead;
            if (edge.reversedRank)
                out << ", arrowtail=" << edge.dotLine->arrowhead;
        } else if (edge.style != DiagramEdgeStyle::Solid) {
            out << ", style=" << styleName(edge.style);
        }
        if (edge.reversedRank)
            out << ", dir=back";
        if (!edge.label.isEmpty())
            out << ", label=" << quoted(edge.label);
        out << "];\n";
    }
    out << "}\n";
    out.flush();
    return text;
}

} // namespace storyloom
