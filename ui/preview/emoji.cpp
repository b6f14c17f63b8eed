// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/emoji.h"

#include <QHash>

namespace storyloom {

namespace {
const QHash<QString, QString> &shortcodes()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("crab"), QStringLiteral("🦀") },
        { QStringLiteral("white_check_mark"), QStringLiteral("✅") },
        { QStringLiteral("heavy_check_mark"), QStringLiteral("✔️") },
        { QStringLiteral("hand"), QStringLiteral("✋") },
        { QStringLiteral("raised_hand"), QStringLiteral("✋") },
        { QStringLiteral("zzz"), QStringLiteral("💤") },
        { QStringLiteral("sparkles"), QStringLiteral("✨") },
        { QStringLiteral("tada"), QStringLiteral("🎉") },
        { QStringLiteral("rocket"), QStringLiteral("🚀") },
        { QStringLiteral("warning"), QStringLiteral("⚠️") },
        { QStringLiteral("bulb"), QStringLiteral("💡") },
        { QStringLiteral("memo"), QStringLiteral("📝") },
        { QStringLiteral("construction"), QStringLiteral("🚧") },
        { QStringLiteral("x"), QStringLiteral("❌") },
        { QStringLiteral("heart"), QStringLiteral("❤️") },
        { QStringLiteral("smile"), QStringLiteral("😄") },
        { QStringLiteral("thinking"), QStringLiteral("🤔") },
        { QStringLiteral("eyes"), QStringLiteral("👀") },
        { QStringLiteral("+1"), QStringLiteral("👍") },
        { QStringLiteral("thumbsup"), QStringLiteral("👍") },
        { QStringLiteral("-1"), QStringLiteral("👎") },
        { QStringLiteral("thumbsdown"), QStringLiteral("👎") },
        { QStringLiteral("star"), QStringLiteral("⭐") },
        { QStringLiteral("fire"), QStringLiteral("🔥") },
        { QStringLiteral("bug"), QStringLiteral("🐛") },
        { QStringLiteral("question"), QStringLiteral("❓") },
        { QStringLiteral("exclamation"), QStringLiteral("❗") },
        { QStringLiteral("books"), QStringLiteral("📚") },
        { QStringLiteral("wave"), QStringLiteral("👋") },
    };
    return table;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'+' || c == u'-';
}
/** Shortcode names are ASCII: a byte outside ASCII ends a name (as a non-ASCII letter never matches one). */
bool isNameByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+'
        || c == '-';
}
} // namespace

std::optional<QByteArray> Emoji::replaceShortcodes(QByteArrayView text)
{
    std::optional<QByteArray> out;
    qsizetype copied = 0;
    qsizetype i = text.indexOf(':');
    while (i >= 0 && i < text.size()) {
        if (i == 0 || text[i - 1] != ':') {
            qsizetype end = i + 1;
            while (end < text.size() && isNameByte(text[end]))
                ++end;
            const bool closed = end < text.size() && end > i + 1 && text[end] == ':';
            const bool followedByColon = closed && end + 1 < text.size() && text[end + 1] == ':';
            if (closed && !followedByColon) {
                const auto it = shortcodes().constFind(QString::fromLatin1(text.sliced(i + 1, end - i - 1)));
                if (it != shortcodes().cend()) {
                    if (!out)
                        out.emplace().reserve(text.size() + 8);
                    out->append(text.sliced(copied, i - copied)).append(it->toUtf8());
                    copied = end + 1;
                    i = text.indexOf(':', end + 1);
                    continue;
                }
            }
        }
        i = text.indexOf(':', i + 1);
    }
    if (out)
        out->append(text.sliced(copied));
    return out;
}

QString Emoji::replaceShortcodes(const QString &text)
{
    if (!text.contains(u':'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u':' && (i == 0 || text.at(i - 1) != u':')) {
            qsizetype end = i + 1;
            while (end < text.size() && isNameChar(text.at(end)))
                ++end;
            const bool closed = end < text.size() && end > i + 1 && text.at(end) == u':';
            const bool followedByColon = closed && end + 1 < text.size() && text.at(end + 1) == u':';
            if (closed && !followedByColon) {
                const auto it = shortcodes().constFind(text.mid(i + 1, end - i - 1));
                if (it != shortcodes().cend()) {
                    out += *it;
                    i = end + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace storyloom
