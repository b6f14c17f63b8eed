// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/frontmatter.h"

#include "core/parse/simpleyaml.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace storyloom {

namespace {

// Aliases let a few lines of YAML describe billions of nodes; front matter is
// small, so anything past this many nodes is refused instead of expanded.
constexpr int maxYamlNodes = 20000;
constexpr int maxYamlDepth = 64;

struct Block
{
    qsizetype yamlStart = 0;
    qsizetype yamlEnd = 0;
    qsizetype blockEnd = 0;
    int lineCount = 0;
};

/** Which end of the front matter a line would be: only a closing one may also be `...`. */
enum class Delimiter { Opening, Closing };

bool isDelimiterLine(const QByteArray &file, qsizetype start, qsizetype end, Delimiter delimiter)
{
    QByteArray line = file.mid(start, end - start);
    if (line.endsWith('\r'))
        line.chop(1);
    line = line.trimmed();
    return line == "---" || (delimiter == Delimiter::Closing && line == "...");
}

std::optional<Block> findBlock(const QByteArray &file)
{
    if (!file.startsWith("---"))
        return std::nullopt;
    qsizetype firstEnd = file.indexOf('\n');
    if (firstEnd < 0 || !isDelimiterLine(file, 0, firstEnd, Delimiter::Opening))
        return std::nullopt;
    int lines = 1;
    qsizetype pos = firstEnd + 1;
    while (pos <= file.size()) {
        qsizetype end = file.indexOf('\n', pos);
        const qsizetype lineEnd = end < 0 ? file.size() : end;
        ++lines;
        if (isDelimiterLine(file, pos, lineEnd, Delimiter::Closing))
            return Block { firstEnd + 1, pos, end < 0 ? file.size() : end + 1, lines };
        if (end < 0)
            break;
        pos = end + 1;
    }
    return std::nullopt;
}

struct Converter
{
    int nodes = 0;
    bool tooLarge = false;

    QVariant convert(const YAML::Node &node, int depth)
    {
        if (++nodes > maxYamlNodes || depth > maxYamlDepth) {
            tooLarge = true;
            return {};
        }
        switch (node.Type()) {
        case YAML::NodeType::Scalar: {
            const QString text = QString::fromStdString(node.Scalar());
            if (node.Tag() == "!")
                return text; // quoted scalar: always a string
            return plainYamlScalar(text);
        }
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const YAML::Node &child : node) {
                list.append(convert(child, depth + 1));
                if (tooLarge)
                    return {};
            }
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            for (const auto &pair : node) {
                map.insert(QString::fromStdString(pair.first.as<std::string>("")), convert(pair.second, depth + 1));
                if (tooLarge)
                    return {};
            }
            return map;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return {};
        }
        return {};
    }
};

// Top-level keys stand at column 0 as `key:`; their continuation lines are
// indented, list items (`- x`) or comments/blank lines before the next key.
struct KeySpan
{
    QString key;
    int line = 0; // 1-based, in the file
    qsizetype start = 0;
    qsizetype end = 0; // one past the last byte of the value's last line
};

QList<KeySpan> topLevelKeys(const QByteArray &file, const Block &block)
{
    QList<KeySpan> spans;
    qsizetype pos = block.yamlStart;
    int line = 2;
    while (pos < block.yamlEnd) {
        qsizetype end = file.indexOf('\n', pos);
        if (end < 0 || end > block.yamlEnd)
            end = block.yamlEnd;
        const qsizetype next = end < block.yamlEnd ? end + 1 : block.yamlEnd;
        const QByteArray text = file.mid(pos, end - pos);
        const bool continuation = text.isEmpty() || text.startsWith(' ') || text.startsWith('\t')
            || text.startsWith('-') || text.startsWith('#') || text.trimmed().isEmpty();
        if (!continuation) {
            const qsizetype colon = text.indexOf(':');
            if (colon > 0) {
                QByteArray key = text.left(colon).trimmed();
                if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith('\'') && key.endsWith('\'')))
                    key = key.mid(1, key.size() - 2);
                spans.append({ QString::fromUtf8(key), line, pos, next });
            }
        } else if (!spans.isEmpty() && !text.trimmed().startsWith('#') && !text.trimmed().isEmpty()) {
            spans.last().end = next;
        }
        pos = next;
        ++line;
    }
    return spans;
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || text != text.trimmed())
        return true;
    static const QString special = QStringLiteral(":#[]{},&*!|>'\"%@`");
    for (QChar c : text) {
        if (special.contains(c) && c != u':')
            return true;
    }
    if (text.contains(QLatin1String(": ")) || text.endsWith(u':') || text.startsWith(u'-') || text.startsWith(u'?'))
        return true;
    bool isNumber = false;
    text.toDouble(&isNumber);
    static const QStringList keywords = { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("~") };
    return isNumber || keywords.contains(text.toLower());
}

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'"', QLatin1String("\\\""))
        .replace(u'\n', QLatin1String("\\n"));
    return '"' + escaped.toUtf8() + '"';
}

QByteArray scalar(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong)
        return QByteArray::number(value.toDouble(), 'g', 6);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? "true" : "false";
    const QString text = value.toString();
    return needsQuotes(text) ? quoted(text) : text.toUtf8();
}

QByteArray lineEnding(const QByteArray &file)
{
    const qsizetype newline = file.indexOf('\n');
    return newline > 0 && file.at(newline - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

} // namespace

QString FrontMatter::string(const QString &key) const
{
    const QVariant value = values.value(key);
    if (value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

QStringList FrontMatter::list(const QString &key) const
{
    // Asked for keys a file mostly lacks, for every file of a project: no copy until one is there.
    const auto found = values.constFind(key);
    if (found == values.cend() || !found->isValid() || found->isNull())
        return {};
    const QVariant &value = *found;
    QStringList result;
    if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList &items = get<QVariantList>(value);
        result.reserve(items.size());
        for (const QVariant &item : items) {
            const QString text = (item.typeId() == QMetaType::QString ? get<QString>(item) : item.toString()).trimmed();
            if (!text.isEmpty())
                result.append(text);
        }
        return result;
    }
    for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

FrontMatterExtent frontMatterExtent(const QByteArray &file)
{
    const std::optional<Block> block = findBlock(file);
    return block ? FrontMatterExtent { block->blockEnd, block->lineCount } : FrontMatterExtent {};
}

FrontMatter parseFrontMatter(const QByteArray &file, const QString &path, YamlReader reader)
{
    FrontMatter result;
    const std::optional<Block> block = findBlock(file);
    if (!block) {
        if (file.startsWith("---\n") || file.startsWith("---\r\n")) {
            result.error = Diagnostic::error({ path, 1, 1 },
                QCoreApplication::translate(
                    "storyloom", "front matter starts with '---' but never ends (no closing '---' line)"));
        }
        return result;
    }
    result.present = true;
    result.blockLength = block->blockEnd;
    result.lineCount = block->lineCount;
    for (const KeySpan &span : topLevelKeys(file, *block))
        result.keyLines.insert(span.key, span.line);

    const QByteArrayView text = QByteArrayView(file).sliced(block->yamlStart, block->yamlEnd - block->yamlStart);
    if (reader == YamlReader::Fastest) {
        if (std::optional<YamlEntries> entries = readSimpleYaml(text)) {
            result.keys = std::move(entries->keys);
            result.values = std::move(entries->values);
            return result;
        }
    }
    const std::string yaml(text.data(), size_t(text.size()));
    try {
        const YAML::Node root = YAML::Load(yaml);
        if (root.IsNull())
            return result;
        if (!root.IsMap()) {
            result.error = Diagnostic::error({ path, 2, 1 },
                QCoreApplication::translate("storyloom", "front matter must be a mapping of keys to values"));
            return result;
        }
        Converter converter;
        for (const auto &pair : root) {
            const QString key = QString::fromStdString(pair.first.as<std::string>(""));
            const QVariant value = converter.convert(pair.second, 1);
            if (converter.tooLarge) {
                result.error = Diagnostic::error({ path, result.keyLines.value(key, 2), 1 },
                    QCoreApplication::translate("storyloom",
                        "front matter value of '%1' is too large or too deeply nested (more than %2 nodes after "
                        "expanding aliases)")
                        .arg(key)
                        .arg(maxYamlNodes));
                result.values.clear();
                result.keys.clear();
                return result;
            }
            result.keys.append(key);
            result.values.insert(key, value);
        }
    } catch (const YAML::Exception &e) {
        // The YAML block starts on the file's second line.
        const int line = e.mark.line >= 0 ? e.mark.line + 2 : 2;
        const int column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
        result.error = Diagnostic::error({ path, line, column },
            QCoreApplication::translate("storyloom", "invalid YAML in front matter: %1")
                .arg(QString::fromStdString(e.msg)));
        result.keys.clear();
        result.values.clear();
    }
    return result;
}

QByteArray yamlScalarOrList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        QByteArrayList items;
        for (const QVariant &item : value.toList())
            items.append(scalar(item));
        return '[' + items.join(", ") + ']';
    }
    return scalar(value);
}

QByteArray setFrontMatterValue(const QByteArray &file, const QString &key, const QVariant &value)
{
    const QByteArray eol = lineEnding(file);
    const QByteArray keyText = needsQuotes(key) ? quoted(key) : key.toUtf8();
    const QByteArray line = keyText + ": " + yamlScalarOrList(value) + eol;
    const std::optional<Block> block = findBlock(file);
    if (!block)
        return "---" + eol + line + "---" + eol + file;
    for (const KeySpan &span : topLevelKeys(file, *block)) {
        if (span.key == key) {
            QByteArray result = file;
            QByteArray replacement = line;
            // Keep the original line ending of a key that ends the block without one.
            if (!file.mid(span.start, span.end - span.start).endsWith('\n'))
                replacement.chop(eol.size());
            result.replace(span.start, span.end - span.start, replacement);
            return result;
        }
    }
    QByteArray result = file;
    QByteArray insertion = line;
    if (block->yamlEnd > block->yamlStart && file.at(block->yamlEnd - 1) != '\n')
        insertion.prepend(eol);
    result.insert(block->yamlEnd, insertion);
    return result;
}

QByteArray removeFrontMatterKey(const QByteArray &file, const QString &key)
{
    const std::optional<Block> block = findBlock(file);
    if (!block)
        return file;
    for (const KeySpan &span : topLevelKeys(file, *block)) {
        if (span.key == key) {
            QByteArray result = file;
            result.remove(span.start, span.end - span.start);
            return result;
        }
    }
    return file;
}

} // namespace storyloom
