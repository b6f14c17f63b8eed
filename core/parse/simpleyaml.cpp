// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/simpleyaml.h"

namespace storyloom {

namespace {

// More values than front matter has are left to yaml-cpp, with its limits.
constexpr int maxNodes = 1000;

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isKeyText(QByteArrayView key)
{
    if (key.isEmpty() || !(isAsciiAlnum(key.front()) || key.front() == '_'))
        return false;
    for (const char c : key) {
        if (!(isAsciiAlnum(c) || c == '_' || c == '-'))
            return false;
    }
    // yaml-cpp reads these as null, not as text.
    return key != "null" && key != "Null" && key != "NULL";
}

/**
 * Whether every character of the text means the same to YAML wherever it stands: no control
 * character but the line feed (and a carriage return before one), none of the characters YAML
 * 1.1 also reads as a line break (NEL, the line and paragraph separators, C1 controls), no byte
 * order mark. A lone carriage return would end a comment line that the reader skips whole.
 */
bool hasOnlyPlainCharacters(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n')
            continue;
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            continue;
        if (c < 0x20 || c == 0x7f)
            return false;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text.at(i + 1)) < 0xa0)
            return false;
        if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text.at(i + 1)) == 0x80
            && (static_cast<unsigned char>(text.at(i + 2)) == 0xa8
                || static_cast<unsigned char>(text.at(i + 2)) == 0xa9))
            return false;
        if (c == 0xef && i + 2 < text.size() && static_cast<unsigned char>(text.at(i + 1)) == 0xbb
            && static_cast<unsigned char>(text.at(i + 2)) == 0xbf)
            return false;
    }
    return true;
}

/** Where a scalar stands: a mapping's value, or an item of a `[a, b]` flow list. */
enum class ScalarPlace { Value, FlowItem };

/**
 * Whether `text` (trimmed, of plain characters) is a plain scalar whose meaning is its bytes in
 * every YAML context: no indicator first, nothing that starts a comment or a mapping. A flow
 * item also refuses what ends or nests one, and what yaml-cpp refuses in one.
 */
bool isPlainText(QByteArrayView text, ScalarPlace place)
{
    if (text.isEmpty())
        return false;
    const auto first = static_cast<unsigned char>(text.front());
    const bool signedNumber
        = (first == '-' || first == '+') && text.size() > 1 && (isAsciiAlnum(text.at(1)) || text.at(1) == '.');
    if (!(isAsciiAlnum(char(first)) || first == '_' || first == '(' || first == '.' || first == '/' || first >= 0x80
            || signedNumber))
        return false;
    for (const char c : text) {
        if (c == '#' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}')
            return false;
        // yaml-cpp refuses a `?` anywhere in a flow item ("unknown token").
        if (place == ScalarPlace::FlowItem && (c == ',' || c == '?'))
            return false;
    }
    return true;
}

bool isNullText(QByteArrayView text)
{
    return text == "~" || text == "null" || text == "Null" || text == "NULL";
}

QVariant plainValue(QByteArrayView text)
{
    return isNullText(text) ? QVariant() : plainYamlScalar(QString::fromUtf8(text));
}

/** A one-line flow list of plain scalars, or nullopt for anything richer (or longer than front matter). */
std::optional<QVariantList> flowList(QByteArrayView text)
{
    QByteArrayView inner = text.sliced(1, text.size() - 2).trimmed();
    QVariantList items;
    if (inner.isEmpty())
        return items;
    while (true) {
        const qsizetype comma = inner.indexOf(',');
        const QByteArrayView item = (comma < 0 ? inner : inner.first(comma)).trimmed();
        if (!(isPlainText(item, ScalarPlace::FlowItem) || isNullText(item)) || items.size() >= maxNodes)
            return std::nullopt;
        items.append(plainValue(item));
        if (comma < 0)
            return items;
        inner = inner.sliced(comma + 1);
    }
}

} // namespace

QVariant plainYamlScalar(const QString &text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok && !text.isEmpty() && (text.front().isDigit() || text.front() == u'-' || text.front() == u'.'))
        return number;
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    return text;
}

std::optional<YamlEntries> readSimpleYaml(QByteArrayView yaml)
{
    if (!yaml.isValidUtf8() || !hasOnlyPlainCharacters(yaml))
        return std::nullopt;
    YamlEntries entries;
    int nodes = 0;
    while (!yaml.isEmpty()) {
        const qsizetype newline = yaml.indexOf('\n');
        QByteArrayView line = newline < 0 ? yaml : yaml.first(newline);
        yaml = newline < 0 ? QByteArrayView() : yaml.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        // After hasOnlyPlainCharacters() the only blank left in a line is the space: trimmed() trims spaces.
        const QByteArrayView content = line.trimmed();
        if (content.isEmpty() || content.front() == '#')
            continue; // a blank line or a comment line
        // Outside quotes (which go to yaml-cpp), a space and `#` start a comment.
        if (const qsizetype comment = line.indexOf(" #"); comment >= 0)
            line = line.first(comment);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isKeyText(line.first(colon)))
            return std::nullopt;
        const QByteArrayView rest = line.sliced(colon + 1);
        if (!rest.isEmpty() && rest.front() != ' ')
            return std::nullopt; // `key:value` is one scalar, not a pair
        const QString key = QString::fromLatin1(line.first(colon));
        if (entries.values.contains(key) || ++nodes > maxNodes)
            return std::nullopt;
        const QByteArrayView value = rest.trimmed();
        QVariant converted;
        if (value.isEmpty()) {
            // `key:` alone is null
        } else if (value.front() == '[' && value.back() == ']') {
            std::optional<QVariantList> list = flowList(value);
            nodes += list ? int(list->size()) : 0;
            if (!list || nodes > maxNodes)
                return std::nullopt;
            converted = std::move(*list);
        } else if (isPlainText(value, ScalarPlace::Value) || isNullText(value)) {
            converted = plainValue(value);
        } else {
            return std::nullopt;
        }
        entries.keys.append(key);
        entries.values.insert(key, converted);
    }
    return entries;
}

} // namespace storyloom
