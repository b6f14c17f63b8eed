// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/searcher.h"

#include "core/index/sqliteconnection.h"

#include <QCoreApplication>
#include <QFile>

namespace storyloom {

namespace {

constexpr QChar startMark(u'\x02');
// The shortest last word type-ahead makes a prefix of: the length of the index's prefix index
// (IndexSchema). A shorter prefix would be answered by a scan of the terms.
constexpr qsizetype minimumPrefix = 3;
constexpr QChar endMark(u'\x03');

/** Characters FTS5 accepts in a bare word. */
bool isBarewordChar(QChar c)
{
    return c.unicode() > 127 || c.isLetterOrNumber() || c == QLatin1Char('_') || c == QChar(u'\x1a');
}

bool isOperator(QStringView token)
{
    return token == u"AND" || token == u"OR" || token == u"NOT" || token == u"NEAR";
}

/** A token FTS5 reads as meant: a word, a prefix, a column filter, an operator. */
bool isPlainToken(QStringView token)
{
    if (isOperator(token) || token == u"+")
        return true;
    if (token.startsWith(QLatin1Char('^')))
        token = token.mid(1);
    if (const qsizetype colon = token.indexOf(QLatin1Char(':')); colon > 0)
        token = token.mid(colon + 1);
    if (token.endsWith(QLatin1Char('*')))
        token.chop(1);
    if (token.isEmpty())
        return false;
    return std::all_of(token.begin(), token.end(), isBarewordChar);
}

} // namespace

Searcher::Searcher(const SqliteConnection &connection, QString projectRoot)
    : m_connection(connection)
    , m_root(std::move(projectRoot))
{ }

QString Searcher::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toLower());
    }
    return result;
}

QString Searcher::normaliseQuery(const QString &text, bool prefixLastWord)
{
    QString out;
    const qsizetype n = text.size();
    qsizetype lastWordEnd = -1;
    QStringView lastWord;
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            // Copy a quoted phrase ("" inside is a quote); an unterminated one stays as typed.
            qsizetype j = i + 1;
            while (j < n) {
                if (text[j] == QLatin1Char('"')) {
                    if (j + 1 < n && text[j + 1] == QLatin1Char('"')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += QStringView(text).mid(i, std::min(j + 1, n) - i);
            i = j + 1;
            lastWordEnd = -1;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
            out += c;
            ++i;
            if (!c.isSpace())
                lastWordEnd = -1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !text[j].isSpace() && text[j] != QLatin1Char('(') && text[j] != QLatin1Char(')')
            && text[j] != QLatin1Char('"') && text[j] != QLatin1Char(','))
            ++j;
        const QStringView token = QStringView(text).mid(i, j - i);
        if (isPlainToken(token)) {
            out += token;
            lastWord = token;
        } else {
            QStringView word = token;
            const bool prefix = word.endsWith(QLatin1Char('*'));
            if (prefix)
                word.chop(1);
            out += QLatin1Char('"') + word.toString().replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
            if (prefix)
                out += QLatin1Char('*');
            lastWord = {};
        }
        lastWordEnd = out.size();
        i = j;
    }
    if (prefixLastWord && lastWordEnd == out.size() && !lastWord.isEmpty() && !isOperator(lastWord)
        && !lastWord.endsWith(QLatin1Char('*')) && lastWord.size() >= minimumPrefix
        && !lastWord.contains(QLatin1Char(':')))
        out += QLatin1Char('*');
    return out;
}

QStringList Searcher::queryTerms(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !isOperator(word))
            terms.append(fold(word));
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(':')) {
            word.clear(); // a column filter's name
            continue;
        }
        if (isBarewordChar(c))
            word += c;
        else
            flush();
    }
    flush();
    terms.removeDuplicates();
    return terms;
}

int Searcher::matchLine(const QString &path, int fromLine, const QStringList &terms) const
{
    QFile file(m_root + QLatin1Char('/') + path);
    if (terms.isEmpty() || !file.open(QIODevice::ReadOnly))
        return fromLine;
    const QString text = QString::fromUtf8(file.readAll());
    int line = 1;
    for (QStringView row : QStringView(text).split(QLatin1Char('\n'))) {
        if (line >= fromLine) {
            // Most lines are ASCII: there folding is lower-casing, and the Unicode
            // normalisation fold() does cost more than the search itself.
            const bool ascii = std::all_of(row.begin(), row.end(), [](QChar c) { return c.unicode() < 128; });
            const QString folded = ascii ? QString() : fold(row.toString());
            for (const QString &term : terms) {
                if (ascii ? row.contains(term, Qt::CaseInsensitive) : folded.contains(term))
                    return line;
            }
        }
        ++line;
    }
    return fromLine;
}

SearchResult Searcher::search(const SearchQuery &query) const
{
    SearchResult result;
    const QString match = normaliseQuery(query.text.trimmed(), query.prefixLastWord);
    if (match.trimmed().isEmpty())
        return result;

    // Without filters, rank inside FTS5 and join only the rows kept: joining every match
    // before sorting cost more than the ranking itself on common words.
    const bool filtered = !query.types.isEmpty() || query.kind;
    QByteArray sql = filtered
        ? QByteArray(
              "SELECT d.rowid, d.entity, d.title, e.type, e.kind, d.path, d.line, bm25(search, 10.0, 4.0, 1.0) AS score"
              " FROM search JOIN documents d ON d.rowid = search.rowid JOIN entities e ON e.id = d.entity"
              " WHERE search MATCH ?1")
        : QByteArray("SELECT d.rowid, d.entity, d.title, e.type, e.kind, d.path, d.line, ranked.score"
                     " FROM (SELECT rowid, bm25(search, 10.0, 4.0, 1.0) AS score FROM search WHERE search MATCH ?1"
                     " ORDER BY score LIMIT ?2) AS ranked"
                     " JOIN documents d ON d.rowid = ranked.rowid JOIN entities e ON e.id = d.entity");
    if (!query.types.isEmpty()) {
        QStringList names;
        for (EntityType type : query.types)
            names.append(QLatin1Char('\'') + toString(type) + QLatin1Char('\''));
        sql += " AND e.type IN (" + names.join(QLatin1Char(',')).toUtf8() + ')';
    }
    if (query.kind)
        sql += " AND e.kind = '" + toString(*query.kind).toUtf8() + '\'';
    sql += filtered ? " ORDER BY score LIMIT ?2" : " ORDER BY ranked.score, d.rowid";

    SqliteStatement rows = m_connection.prepare(sql.constData());
    rows.bind(1, match).bind(2, qint64(std::max(1, query.limit)));
    QList<qint64> rowids;
    while (rows.next()) {
        SearchHit hit;
        rowids.append(rows.int64(0));
        hit.entityId = rows.text(1);
        hit.title = rows.text(2);
        hit.type = entityTypeFromString(rows.text(3)).value_or(EntityType::Page);
        hit.kind = storyKindFromString(rows.text(4)).value_or(StoryKind::None);
        hit.path = rows.text(5);
        hit.line = int(rows.int64(6));
        hit.score = rows.real(7);
        result.hits.append(std::move(hit));
    }
    if (rows.failed()) {
        QString message = m_connection.lastError();
        result.hits.clear();
        if (message.startsWith(QLatin1StringView("fts5:")) || message.contains(QLatin1StringView("syntax error"))
            || message.contains(QLatin1StringView("unterminated"))
            || message.contains(QLatin1StringView("no such column"))) {
            if (message.startsWith(QLatin1StringView("fts5: ")))
                message = message.mid(6);
            result.syntaxError = true;
            result.error
                = QCoreApplication::translate("Searcher", "invalid search query “%1”: %2").arg(query.text, message);
        } else {
            result.error = QCoreApplication::translate("Searcher", "search failed: %1").arg(message);
        }
        return result;
    }

    // Snippets only for the hits kept (computing them for every match is the slow part).
    SqliteStatement snippet = m_connection.prepare(
        "SELECT snippet(search, -1, char(2), char(3), '…', 16) FROM search WHERE search MATCH ?1 AND rowid = ?2");
    const QStringList terms = queryTerms(match);
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        SearchHit &hit = result.hits[i];
        snippet.bind(1, match).bind(2, rowids[i]);
        if (snippet.next()) {
            const QString marked = snippet.text(0);
            int start = -1;
            for (QChar c : marked) {
                if (c == startMark) {
                    start = int(hit.snippet.size());
                } else if (c == endMark) {
                    if (start >= 0)
                        hit.highlights.append({ start, int(hit.snippet.size()) - start });
                    start = -1;
                } else {
                    hit.snippet += (c == QLatin1Char('\n') || c == QLatin1Char('\t')) ? QLatin1Char(' ') : c;
                }
            }
        }
        snippet.reset();
        hit.line = matchLine(hit.path, std::max(1, hit.line), terms);
    }
    return result;
}

} // namespace storyloom
