// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QCache>
#include <QColor>
#include <QHash>
#include <memory>

namespace storyloom {

namespace {

using namespace KSyntaxHighlighting;

/**
 * The per-thread highlighting state: one Repository, the definitions already
 * looked up, the span attribute text of each format, and the highlighted blocks.
 */
struct ThreadHighlighting
{
    Repository repository;
    QHash<QString, Definition> definitions;
    Theme themes[2];
    /** The `<pre ...>` start tag per theme. */
    QByteArray preTags[2];
    /** (theme << 16 | format id) -> `<span style="...">`, or a null string for the default style. */
    QHash<quint32, QString> spanTags;
    /** (theme, info string, code) -> the highlighted inside of `<code>`, UTF-8. */
    QCache<QByteArray, QByteArray> blocks { CodeHighlighter::cacheBytes };
    qint64 highlighted = 0;
};

QString colorName(QRgb rgb)
{
    return QColor(rgb).name();
}

ThreadHighlighting &threadHighlighting()
{
    thread_local std::unique_ptr<ThreadHighlighting> state;
    if (!state) {
        state = std::make_unique<ThreadHighlighting>();
        state->themes[0] = state->repository.theme(CodeHighlighter::themeName(PreviewTheme::Light));
        if (!state->themes[0].isValid())
            state->themes[0] = state->repository.defaultTheme(Repository::LightTheme);
        state->themes[1] = state->repository.theme(CodeHighlighter::themeName(PreviewTheme::Dark));
        if (!state->themes[1].isValid())
            state->themes[1] = state->repository.defaultTheme(Repository::DarkTheme);
        for (int i = 0; i < 2; ++i) {
            // The light theme's editor background is the page's white: tint it so code stands out.
            const QString background
                = i == 0 ? QStringLiteral("#f6f8fa") : colorName(state->themes[1].editorColor(Theme::BackgroundColor));
            state->preTags[i] = (QLatin1StringView("<pre class=\"code\" style=\"background-color:") + background
                + QLatin1StringView(";color:") + colorName(state->themes[i].textColor(Theme::Normal))
                + QLatin1StringView("\">"))
                                    .toUtf8();
        }
    }
    return *state;
}

/** Fence info strings as authors write them, mapped to KSyntaxHighlighting names. */
QString canonicalLanguage(const QString &info)
{
    QString word = info.trimmed();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isSpace() || c == u',' || c == u'=' || c == u'{') {
            word.truncate(i);
            break;
        }
    }
    word = word.toLower();
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("rust"), QStringLiteral("Rust") },
        { QStringLiteral("rs"), QStringLiteral("Rust") },
        // rustdoc attributes on an unlabeled block: still Rust.
        { QStringLiteral("ignore"), QStringLiteral("Rust") },
        { QStringLiteral("no_run"), QStringLiteral("Rust") },
        { QStringLiteral("should_panic"), QStringLiteral("Rust") },
        { QStringLiteral("compile_fail"), QStringLiteral("Rust") },
        { QStringLiteral("toml"), QStringLiteral("TOML") },
        { QStringLiteral("console"), QStringLiteral("Bash") },
        { QStringLiteral("shell"), QStringLiteral("Bash") },
        { QStringLiteral("sh"), QStringLiteral("Bash") },
        { QStringLiteral("bash"), QStringLiteral("Bash") },
        { QStringLiteral("csharp"), QStringLiteral("C#") },
        { QStringLiteral("cs"), QStringLiteral("C#") },
        { QStringLiteral("cpp"), QStringLiteral("C++") },
        { QStringLiteral("c++"), QStringLiteral("C++") },
        { QStringLiteral("js"), QStringLiteral("JavaScript") },
        { QStringLiteral("javascript"), QStringLiteral("JavaScript") },
        { QStringLiteral("ts"), QStringLiteral("TypeScript") },
        { QStringLiteral("py"), QStringLiteral("Python") },
        { QStringLiteral("python"), QStringLiteral("Python") },
        { QStringLiteral("go"), QStringLiteral("Go") },
        { QStringLiteral("yaml"), QStringLiteral("YAML") },
        { QStringLiteral("yml"), QStringLiteral("YAML") },
        { QStringLiteral("json"), QStringLiteral("JSON") },
        { QStringLiteral("md"), QStringLiteral("Markdown") },
        { QStringLiteral("markdown"), QStringLiteral("Markdown") },
    };
    return aliases.value(word, word);
}

Definition definitionFor(ThreadHighlighting &state, const QString &info)
{
    const QString name = canonicalLanguage(info);
    if (name.isEmpty() || name == QLatin1String("text") || name == QLatin1String("notrust")
        || name == QLatin1String("plain"))
        return {};
    auto it = state.definitions.constFind(name);
    if (it != state.definitions.cend())
        return *it;
    Definition definition = state.repository.definitionForName(name);
    if (!definition.isValid())
        definition = state.repository.definitionForFileName(QStringLiteral("code.") + name);
    state.definitions.insert(name, definition);
    return definition;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1StringView("&lt;");
            break;
        case '>':
            out += QLatin1StringView("&gt;");
            break;
        case '&':
            out += QLatin1StringView("&amp;");
            break;
        case '"':
            out += QLatin1StringView("&quot;");
            break;
        default:
            out += c;
        }
    }
}

/** The same escaping on UTF-8 bytes (the four characters are ASCII, so multi-byte sequences pass through). */
void appendEscaped(QByteArray &out, QByteArrayView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text[i]) {
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '&':
            entity = "&amp;";
            break;
        case '"':
            entity = "&quot;";
            break;
        default:
            continue;
        }
        out.append(text.sliced(run, i - run));
        out.append(entity);
        run = i + 1;
    }
    out.append(text.sliced(run));
}

/** Collects highlightLine()'s formats into HTML spans. */
class HtmlCollector : public AbstractHighlighter
{
public:
    HtmlCollector(ThreadHighlighting &state, int themeIndex, QString &out)
        : m_state(state)
        , m_themeKey(quint32(themeIndex) << 16)
        , m_out(out)
    { }

    void highlight(QStringView code)
    {
        State state;
        qsizetype start = 0;
        while (start <= code.size()) {
            qsizetype end = code.indexOf(u'\n', start);
            const bool last = end < 0;
            if (last)
                end = code.size();
            m_line = code.mid(start, end - start);
            m_done = 0;
            state = highlightLine(m_line, state);
            if (m_done < m_line.size())
                appendEscaped(m_out, m_line.mid(m_done));
            if (last)
                break;
            m_out += u'\n';
            start = end + 1;
        }
    }

protected:
    void applyFormat(int offset, int length, const Format &format) override
    {
        if (offset > m_done)
            appendEscaped(m_out, m_line.mid(m_done, offset - m_done));
        const QStringView piece = m_line.mid(offset, length);
        m_done = offset + length;
        const QString &tag = spanTag(format);
        if (tag.isNull() || piece.trimmed().isEmpty()) {
            appendEscaped(m_out, piece);
            return;
        }
        m_out += tag;
        appendEscaped(m_out, piece);
        m_out += QLatin1StringView("</span>");
    }

private:
    /** The span start tag of a format in this theme, built on first use; null for the default style. */
    const QString &spanTag(const Format &format)
    {
        const quint32 key = m_themeKey | format.id();
        auto it = m_state.spanTags.constFind(key);
        if (it != m_state.spanTags.cend())
            return *it;
        const Theme &th = theme();
        QString tag;
        if (!format.isDefaultTextStyle(th)) {
            tag = QStringLiteral("<span style=\"");
            if (format.hasTextColor(th))
                tag += QLatin1StringView("color:") + format.textColor(th).name() + u';';
            if (format.hasBackgroundColor(th))
                tag += QLatin1StringView("background-color:") + format.backgroundColor(th).name() + u';';
            if (format.isBold(th))
                tag += QLatin1StringView("font-weight:bold;");
            if (format.isItalic(th))
                tag += QLatin1StringView("font-style:italic;");
            tag += QLatin1StringView("\">");
        }
        return *m_state.spanTags.insert(key, tag);
    }

    ThreadHighlighting &m_state;
    quint32 m_themeKey;
    QString &m_out;
    QStringView m_line;
    qsizetype m_done = 0;
};

/** The inside of `<code>` for a block with an info string: from the cache, else highlighted and cached. */
QByteArray highlightedBody(ThreadHighlighting &state, QByteArrayView code, QByteArrayView info, int themeIndex)
{
    QByteArray key;
    key.reserve(info.size() + code.size() + 2);
    key.append(char('0' + themeIndex)).append(info).append('\0').append(code);
    if (const QByteArray *cached = state.blocks.object(key))
        return *cached;
    ++state.highlighted;
    QByteArray body;
    const Definition definition = definitionFor(state, QString::fromUtf8(info));
    if (definition.isValid()) {
        QString out;
        out.reserve(code.size() * 2);
        HtmlCollector collector(state, themeIndex, out);
        collector.setTheme(state.themes[themeIndex]);
        collector.setDefinition(definition);
        collector.highlight(QString::fromUtf8(code));
        body = out.toUtf8();
    } else {
        body.reserve(code.size() + code.size() / 8);
        appendEscaped(body, code);
    }
    const qsizetype cost = key.size() + body.size();
    if (cost <= CodeHighlighter::cacheBytes / 4)
        state.blocks.insert(key, new QByteArray(body), cost);
    return body;
}

} // namespace

QString CodeHighlighter::themeName(PreviewTheme theme)
{
    return theme == PreviewTheme::Dark ? QStringLiteral("Breeze Dark") : QStringLiteral("GitHub Light");
}

QString CodeHighlighter::backgroundColor(PreviewTheme theme)
{
    // The light theme's editor background is the page's white: tint it so code stands out.
    if (theme == PreviewTheme::Light)
        return QStringLiteral("#f6f8fa");
    return colorName(threadHighlighting().themes[1].editorColor(Theme::BackgroundColor));
}

void CodeHighlighter::clearCache()
{
    threadHighlighting().blocks.clear();
}

qint64 CodeHighlighter::highlightedBlocks()
{
    return threadHighlighting().highlighted;
}

QByteArray CodeHighlighter::toHtmlUtf8(QByteArrayView code, QByteArrayView language, PreviewTheme theme, int firstLine)
{
    ThreadHighlighting &state = threadHighlighting();
    const int themeIndex = theme == PreviewTheme::Dark ? 1 : 0;
    if (code.endsWith('\n'))
        code.chop(1);
    language = language.trimmed();
    QByteArray out;
    out.reserve(code.size() + code.size() / 4 + 128);
    out.append(state.preTags[themeIndex]);
    if (firstLine > 0)
        out.append("<a name=\"L").append(QByteArray::number(firstLine)).append("\"></a>");
    out.append("<code>");
    if (language.isEmpty())
        appendEscaped(out, code);
    else
        out.append(highlightedBody(state, code, language, themeIndex));
    out.append("</code></pre>\n");
    return out;
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language, PreviewTheme theme, int firstLine)
{
    return QString::fromUtf8(toHtmlUtf8(code.toUtf8(), language.toUtf8(), theme, firstLine));
}

} // namespace storyloom
