// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/linkrewriter.h"

#include "core/util/text.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace storyloom {

namespace {
/** Where one link's target stands in a file: bytes [start, start + length), without angle brackets. */
struct TargetSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool angled = false;
    /** An inline link's whole `[text](target "title")` and its text, -1 when unknown. */
    qsizetype linkStart = -1;
    qsizetype linkEnd = -1;
    qsizetype textStart = -1;
    qsizetype textEnd = -1;
    bool image = false;
    /** A reference definition's line (its line break included) and label. */
    bool definition = false;
    qsizetype lineStart = 0;
    qsizetype lineEnd = 0;
    QString label;
};

TargetSpan spanOf(qsizetype start, qsizetype length, bool angled)
{
    TargetSpan span;
    span.start = start;
    span.length = length;
    span.angled = angled;
    return span;
}

/** Calls `visit` with each line outside fenced code (its offset in `bytes` and its text without the break). */
void forEachProseLine(
    const QByteArray &bytes, const std::function<void(qsizetype, qsizetype, const QByteArray &)> &visit)
{
    QByteArray fence;
    qsizetype lineStart = 0;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        QByteArray line = bytes.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence) && trimmed.count(fence.at(0)) == trimmed.size())
                fence.clear();
        } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            qsizetype run = 0;
            while (run < trimmed.size() && trimmed.at(run) == trimmed.at(0))
                ++run;
            fence = trimmed.left(run);
        } else {
            visit(lineStart, std::min(lineEnd + 1, bytes.size()), line);
        }
        lineStart = lineEnd + 1;
    }
}

/** The `[` that opens the link text closing at `close` (a `]`), or -1. */
qsizetype openingBracket(const QByteArray &line, qsizetype close)
{
    int depth = 0;
    for (qsizetype k = close - 1; k >= 0; --k) {
        const bool escaped = k > 0 && line.at(k - 1) == '\\';
        if (escaped)
            continue;
        if (line.at(k) == ']') {
            ++depth;
        } else if (line.at(k) == '[') {
            if (depth == 0)
                return k;
            --depth;
        }
    }
    return -1;
}

/** The end (past the `)`) of an inline link whose target ends at `at`: an optional title, then `)`; -1 when none. */
qsizetype inlineLinkEnd(const QByteArray &line, qsizetype at)
{
    qsizetype i = at;
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
        ++i;
    if (i < line.size() && (line.at(i) == '"' || line.at(i) == '\'')) {
        const qsizetype close = line.indexOf(line.at(i), i + 1);
        if (close < 0)
            return -1;
        i = close + 1;
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
    }
    return i < line.size() && line.at(i) == ')' ? i + 1 : -1;
}

/** The end of the code span opening at `at` (a run of backticks), or -1 when it never closes on the line. */
qsizetype codeSpanEnd(const QByteArray &line, qsizetype at)
{
    qsizetype run = 0;
    while (at + run < line.size() && line.at(at + run) == '`')
        ++run;
    const QByteArray fence(run, '`');
    qsizetype from = at + run;
    while ((from = line.indexOf(fence, from)) >= 0) {
        qsizetype end = from + run;
        if (end >= line.size() || line.at(end) != '`')
            return end;
        while (end < line.size() && line.at(end) == '`')
            ++end;
        from = end;
    }
    return -1;
}

/** The target after `(` at `at`: angle-bracketed, or up to a space or the `)` that balances. */
std::optional<TargetSpan> inlineTarget(const QByteArray &line, qsizetype at)
{
    qsizetype i = at;
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
        ++i;
    if (i < line.size() && line.at(i) == '<') {
        const qsizetype close = line.indexOf('>', i + 1);
        if (close < 0)
            return std::nullopt;
        return spanOf(i + 1, close - i - 1, true);
    }
    const qsizetype start = i;
    int depth = 0;
    for (; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\\' && i + 1 < line.size()) {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth == 0)
                break;
            --depth;
        } else if (c == ' ' || c == '\t') {
            break;
        }
    }
    if (i == start)
        return std::nullopt;
    return spanOf(start, i - start, false);
}

/** Every link target of a Markdown file outside fenced code, in file order (offsets into `bytes`). */
QList<TargetSpan> linkTargets(const QByteArray &bytes)
{
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*)"));
    QList<TargetSpan> spans;
    forEachProseLine(bytes, [&](qsizetype lineStart, qsizetype lineEnd, const QByteArray &line) {
        const QRegularExpressionMatch match = definition.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            const qsizetype at = match.captured(0).toUtf8().size();
            if (const auto span = inlineTarget(line + ' ', at); span && span->start < line.size()) {
                TargetSpan found = spanOf(lineStart + span->start, span->length, span->angled);
                found.definition = true;
                found.lineStart = lineStart;
                found.lineEnd = lineEnd;
                found.label = match.captured(1);
                spans.append(found);
            }
        }
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            if (line.at(i) == '`') {
                const qsizetype end = codeSpanEnd(line, i);
                if (end < 0)
                    break;
                i = end - 1;
            } else if (line.at(i) == '\\') {
                ++i;
            } else if (line.at(i) == ']' && line.at(i + 1) == '(') {
                if (const auto span = inlineTarget(line, i + 2)) {
                    TargetSpan found = spanOf(lineStart + span->start, span->length, span->angled);
                    const qsizetype open = openingBracket(line, i);
                    const qsizetype end = inlineLinkEnd(line, span->start + span->length + (span->angled ? 1 : 0));
                    if (open >= 0 && end >= 0) {
                        found.linkStart = lineStart + open;
                        found.linkEnd = lineStart + end;
                        found.textStart = lineStart + open + 1;
                        found.textEnd = lineStart + i;
                        found.image = open > 0 && line.at(open - 1) == '!';
                    }
                    spans.append(found);
                    i = span->start + span->length - 1;
                }
            }
        }
    });
    return spans;
}

/** A reference label as Markdown matches it: case and runs of white space do not count. */
QString normalizedLabel(const QString &label)
{
    return label.simplified().toCaseFolded();
}

/**
 * A new target for a link that read `old` and is to reach `target` (a path from the root) from
 * `fromFile`: written as `old` was (`./`, `.html`, its `#anchor` and `?query`).
 */
QString restyled(const QString &old, const QString &fromFile, const QString &target, bool angled)
{
    const qsizetype cut = old.indexOf(QRegularExpression(QStringLiteral("[#?]")));
    const QString path = cut < 0 ? old : old.left(cut);
    const QString suffix = cut < 0 ? QString() : old.mid(cut);
    QString link = path.startsWith(u'/') ? u'/' + target : LinkRewriter::relativeLink(fromFile, target);
    if (path.endsWith(QLatin1String(".html")) && link.endsWith(QLatin1String(".md")))
        link = link.chopped(3) + QStringLiteral(".html");
    if (path.startsWith(QLatin1String("./")) && !link.startsWith(QLatin1String("../")))
        link.prepend(QStringLiteral("./"));
    if (!angled)
        link.replace(u' ', QStringLiteral("%20"))
            .replace(u'(', QStringLiteral("%28"))
            .replace(u')', QStringLiteral("%29"));
    return link + suffix;
}

/** `bytes` with each link target that `change` maps to a new text replaced, back to front so offsets hold. */
QByteArray rewriteTargets(
    const QByteArray &bytes, const std::function<std::optional<QString>(const QString &, bool)> &change)
{
    QByteArray result = bytes;
    const QList<TargetSpan> spans = linkTargets(bytes);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        const QString old = QString::fromUtf8(bytes.mid(it->start, it->length));
        if (const std::optional<QString> replacement = change(old, it->angled); replacement && *replacement != old)
            result.replace(it->start, it->length, replacement->toUtf8());
    }
    return result;
}
} // namespace

QString LinkRewriter::relativeLink(const QString &fromFile, const QString &target)
{
    return QDir(QStringLiteral("/") + folderOf(fromFile)).relativeFilePath(QStringLiteral("/") + target);
}

bool LinkRewriter::linksTo(const QByteArray &bytes, const QString &filePath, const QString &target)
{
    // Every link to the page spells its file name (or its .html twin): most files fail this at once.
    const QString stem = target.section(u'/', -1).chopped(target.endsWith(QLatin1String(".md")) ? 3 : 0);
    if (!bytes.contains(stem.toUtf8()))
        return false;
    for (const TargetSpan &span : linkTargets(bytes)) {
        if (resolveRelativeLink(filePath, QString::fromUtf8(bytes.mid(span.start, span.length))) == target)
            return true;
    }
    return false;
}

QByteArray LinkRewriter::retarget(
    const QByteArray &bytes, const QString &filePath, const QString &oldTarget, const QString &newTarget)
{
    if (!linksTo(bytes, filePath, oldTarget))
        return bytes;
    return rewriteTargets(bytes, [&](const QString &old, bool angled) -> std::optional<QString> {
        if (resolveRelativeLink(filePath, old) != oldTarget)
            return std::nullopt;
        return restyled(old, filePath, newTarget, angled);
    });
}

QByteArray LinkRewriter::unlink(const QByteArray &bytes, const QString &filePath, const QString &target)
{
    if (!linksTo(bytes, filePath, target))
        return bytes;
    struct Edit
    {
        qsizetype start;
        qsizetype length;
        QByteArray text;
    };
    QList<Edit> edits;
    QSet<QString> labels;
    for (const TargetSpan &span : linkTargets(bytes)) {
        if (resolveRelativeLink(filePath, QString::fromUtf8(bytes.mid(span.start, span.length))) != target)
            continue;
        if (span.definition) {
            edits.append({ span.lineStart, span.lineEnd - span.lineStart, {} });
            labels.insert(normalizedLabel(span.label));
        } else if (span.linkStart >= 0 && !span.image) {
            edits.append({ span.linkStart, span.linkEnd - span.linkStart,
                bytes.mid(span.textStart, span.textEnd - span.textStart) });
        }
    }
    // Uses of a removed definition: `[text][label]`, `[label][]` and `[label]` read as their text.
    if (!labels.isEmpty()) {
        static const QRegularExpression reference(
            QStringLiteral(R"(\[((?:[^\]\\\n]|\\.)+)\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?![(:\[]))"));
        forEachProseLine(bytes, [&](qsizetype lineStart, qsizetype, const QByteArray &line) {
            const QString text = QString::fromUtf8(line);
            for (QRegularExpressionMatchIterator it = reference.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString label = match.captured(2).isEmpty() ? match.captured(1) : match.captured(2);
                if (!labels.contains(normalizedLabel(label)))
                    continue;
                const qsizetype start = lineStart + text.left(match.capturedStart(0)).toUtf8().size();
                if (start > lineStart && bytes.at(start - 1) == '!')
                    continue;
                edits.append({ start, match.captured(0).toUtf8().size(), match.captured(1).toUtf8() });
            }
        });
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    QByteArray result = bytes;
    qsizetype limit = bytes.size();
    for (const Edit &edit : std::as_const(edits)) {
        if (edit.start + edit.length > limit)
            continue; // overlaps one already made (a definition line is never a use)
        result.replace(edit.start, edit.length, edit.text);
        limit = edit.start;
    }
    return result;
}

QByteArray LinkRewriter::rebase(const QByteArray &bytes, const QString &oldPath, const QString &newPath)
{
    return rewriteTargets(bytes, [&](const QString &old, bool angled) -> std::optional<QString> {
        if (old.startsWith(u'/') || old.startsWith(u'#'))
            return std::nullopt;
        QString target = resolveRelativeLink(oldPath, old);
        if (target.isEmpty() || target == QLatin1String("..") || target.startsWith(QLatin1String("../")))
            return std::nullopt;
        if (target == oldPath)
            target = newPath;
        // A link that still reaches its page from the new place keeps every byte.
        if (resolveRelativeLink(newPath, old) == target)
            return std::nullopt;
        return restyled(old, newPath, target, angled);
    });
}

} // namespace storyloom
