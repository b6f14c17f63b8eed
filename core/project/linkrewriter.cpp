// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/linkrewriter.h"

#include "core/util/text.h"

#include <QDir>
#include <QRegularExpression>

#include <functional>

namespace storyloom {

namespace {
/** Where one link's target stands in a file: bytes [start, start + length), without angle brackets. */
struct TargetSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool angled = false;
};

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
        return TargetSpan { i + 1, close - i - 1, true };
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
    return TargetSpan { start, i - start, false };
}

/** Every link target of a Markdown file outside fenced code, in file order (offsets into `bytes`). */
QList<TargetSpan> linkTargets(const QByteArray &bytes)
{
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*)"));
    QList<TargetSpan> spans;
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
            lineStart = lineEnd + 1;
            continue;
        }
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            qsizetype run = 0;
            while (run < trimmed.size() && trimmed.at(run) == trimmed.at(0))
                ++run;
            fence = trimmed.left(run);
            lineStart = lineEnd + 1;
            continue;
        }
        const QRegularExpressionMatch match = definition.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            const qsizetype at = match.captured(0).toUtf8().size();
            if (const auto span = inlineTarget(line + ' ', at); span && span->start < line.size())
                spans.append({ lineStart + span->start, span->length, span->angled });
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
                    spans.append({ lineStart + span->start, span->length, span->angled });
                    i = span->start + span->length - 1;
                }
            }
        }
        lineStart = lineEnd + 1;
    }
    return spans;
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
