// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>
#include <QRegularExpression>
#include <memory>

namespace storyloom {

namespace {

using namespace KSyntaxHighlighting;

/** The per-thread highlighting state: one Repository and the definitions already looked up. */
struct ThreadHighlighting
{
    Repository repository;
    QHash<QString, Definition> definitions;
    Theme themes[2];
};

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
    }
    return *state;
}

/** Fence info strings as authors write them, mapped to KSyntaxHighlighting names. */
QString canonicalLanguage(const QString &info)
{
    QString word = info.trimmed();
    const qsizetype cut = word.indexOf(QRegularExpression(QStringLiteral("[\\s,={]")));
    if (cut >= 0)
        word.truncate(cut);
    word = word.toLower();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("rust"), QStringLiteral("Rust")},
        {QStringLiteral("rs"), QStringLiteral("Rust")},
        // rustdoc attributes on an unlabeled block: still Rust.
        {QStringLiteral("ignore"), QStringLiteral("Rust")},
        {QStringLiteral("no_run"), QStringLiteral("Rust")},
        {QStringLiteral("should_panic"), QStringLiteral("Rust")},
        {QStringLiteral("compile_fail"), QStringLiteral("Rust")},
        {QStringLiteral("toml"), QStringLiteral("TOML")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("csharp"), QStringLiteral("C#")},
        {QStringLiteral("cs"), QStringLiteral("C#")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("javascript"), QStringLiteral("JavaScript")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("go"), QStringLiteral("Go")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("markdown"), QStringLiteral("Markdown")},
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
        case '<': out += QLatin1StringView("&lt;"); break;
        case '>': out += QLatin1StringView("&gt;"); break;
        case '&': out += QLatin1StringView("&amp;"); break;
        case '"': out += QLatin1StringView("&quot;"); break;
        default: out += c;
        }
    }
}

QString colorName(QRgb rgb)
{
    return QColor(rgb).name();
}

/** Collects highlightLine()'s formats into HTML spans. */
class HtmlCollector : public AbstractHighlighter
{
public:
    explicit HtmlCollector(QString &out)
        : m_out(out)
    {
    }

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
        const Theme &th = theme();
        if (format.isDefaultTextStyle(th) || piece.trimmed().isEmpty()) {
            appendEscaped(m_out, piece);
            return;
        }
        m_out += QLatin1StringView("<span style=\"");
        if (format.hasTextColor(th))
            m_out += QLatin1StringView("color:") + format.textColor(th).name() + u';';
        if (format.hasBackgroundColor(th))
            m_out += QLatin1StringView("background-color:") + format.backgroundColor(th).name() + u';';
        if (format.isBold(th))
            m_out += QLatin1StringView("font-weight:bold;");
        if (format.isItalic(th))
            m_out += QLatin1StringView("font-style:italic;");
        m_out += QLatin1StringView("\">");
        appendEscaped(m_out, piece);
        m_out += QLatin1StringView("</span>");
    }

private:
    QString &m_out;
    QStringView m_line;
    qsizetype m_done = 0;
};

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

QString CodeHighlighter::toHtml(const QString &code, const QString &language, PreviewTheme theme, int firstLine)
{
    ThreadHighlighting &state = threadHighlighting();
    const Theme &th = state.themes[theme == PreviewTheme::Dark ? 1 : 0];
    QString out;
    out.reserve(code.size() * 2 + 128);
    out += QLatin1StringView("<pre class=\"code\" style=\"background-color:") + backgroundColor(theme)
        + QLatin1StringView(";color:")
        + colorName(th.textColor(Theme::Normal)) + QLatin1StringView("\">");
    if (firstLine > 0)
        out += QStringLiteral("<a name=\"L%1\"></a>").arg(firstLine);
    out += QLatin1StringView("<code>");
    QStringView body(code);
    if (body.endsWith(u'\n'))
        body.chop(1);
    const Definition definition = definitionFor(state, language);
    if (definition.isValid()) {
        HtmlCollector collector(out);
        collector.setTheme(th);
        collector.setDefinition(definition);
        collector.highlight(body);
    } else {
        appendEscaped(out, body);
    }
    out += QLatin1StringView("</code></pre>\n");
    return out;
}

} // namespace storyloom
