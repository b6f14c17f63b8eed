// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/diagnostic.h"

namespace storyloom {

QString SourceLocation::toString() const
{
    return QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column);
}

QString Diagnostic::format() const
{
    const char *word = severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
    const QString what = QLatin1StringView(word) + QStringLiteral(": ") + message;
    return location.path.isEmpty() ? what : location.toString() + QStringLiteral(": ") + what;
}

Diagnostic Diagnostic::error(SourceLocation where, QString message)
{
    return { Severity::Error, std::move(where), std::move(message) };
}

Diagnostic Diagnostic::warning(SourceLocation where, QString message)
{
    return { Severity::Warning, std::move(where), std::move(message) };
}

} // namespace storyloom
