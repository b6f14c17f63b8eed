// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/wordlist.h"

#include "core/util/logging.h"

#include <QFile>

#include <algorithm>

namespace storyloom::WordList {

QString projectFileName()
{
    return QStringLiteral("storyloom-words.txt");
}

QStringList read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcProject) << "cannot read the word list" << path << file.errorString();
        return {};
    }
    QStringList words;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            words.append(word);
    }
    return words;
}

QByteArray toBytes(QStringList words)
{
    for (QString &word : words)
        word = word.trimmed();
    words.removeAll(QString());
    // Case folding and code points only: the same order whatever the machine's locale.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    words.erase(std::unique(words.begin(), words.end()), words.end());
    QByteArray bytes;
    for (const QString &word : std::as_const(words))
        bytes += word.toUtf8() + '\n';
    return bytes;
}

QByteArray withTopLevelScalar(const QByteArray &config, const QByteArray &key, const QByteArray &value)
{
    const QByteArray line = key + ": " + value;
    QList<QByteArray> lines = config.split('\n');
    for (QByteArray &existing : lines) {
        // A top-level key starts in the first column; `key:` followed by a value, a comment or nothing.
        if (existing.startsWith(QByteArray(key + ':'))) {
            const bool crlf = existing.endsWith('\r');
            QByteArray rest = existing.mid(key.size() + 1);
            if (crlf)
                rest.chop(1);
            const qsizetype comment = rest.indexOf(" #");
            existing = line + (comment >= 0 ? rest.mid(comment) : QByteArray()) + (crlf ? "\r" : "");
            return lines.join('\n');
        }
    }
    QByteArray result = config;
    if (!result.isEmpty() && !result.endsWith('\n'))
        result += '\n';
    return result + line + '\n';
}

} // namespace storyloom::WordList
