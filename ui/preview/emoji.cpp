// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/emoji.h"

#include <QHash>

namespace storyloom {

namespace {
const QHash<QString, QString> &shortcodes()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("crab"), QStringLiteral("🦀")},
        {QStringLiteral("white_check_mark"), QStringLiteral("✅")},
        {QStringLiteral("heavy_check_mark"), QStringLiteral("✔️")},
        {QStringLiteral("hand"), QStringLiteral("✋")},
        {QStringLiteral("raised_hand"), QStringLiteral("✋")},
        {QStringLiteral("zzz"), QStringLiteral("💤")},
        {QStringLiteral("sparkles"), QStringLiteral("✨")},
        {QStringLiteral("tada"), QStringLiteral("🎉")},
        {QStringLiteral("rocket"), QStringLiteral("🚀")},
        {QStringLiteral("warning"), QStringLiteral("⚠️")},
        {QStringLiteral("bulb"), QStringLiteral("💡")},
        {QStringLiteral("memo"), QStringLiteral("📝")},
        {QStringLiteral("construction"), QStringLiteral("🚧")},
        {QStringLiteral("x"), QStringLiteral("❌")},
        {QStringLiteral("heart"), QStringLiteral("❤️")},
        {QStringLiteral("smile"), QStringLiteral("😄")},
        {QStringLiteral("thinking"), QStringLiteral("🤔")},
        {QStringLiteral("eyes"), QStringLiteral("👀")},
        {QStringLiteral("+1"), QStringLiteral("👍")},
        {QStringLiteral("thumbsup"), QStringLiteral("👍")},
        {QStringLiteral("-1"), QStringLiteral("👎")},
        {QStringLiteral("thumbsdown"), QStringLiteral("👎")},
        {QStringLiteral("star"), QStringLiteral("⭐")},
        {QStringLiteral("fire"), QStringLiteral("🔥")},
        {QStringLiteral("bug"), QStringLiteral("🐛")},
        {QStringLiteral("question"), QStringLiteral("❓")},
        {QStringLiteral("exclamation"), QStringLiteral("❗")},
        {QStringLiteral("books"), QStringLiteral("📚")},
        {QStringLiteral("wave"), QStringLiteral("👋")},
    };
    return table;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'+' || c == u'-';
}
} // namespace

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
