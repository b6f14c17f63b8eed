// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace storyloom {

/** A place in the content folder: a path relative to the project root, 1-based line and column (0 = unknown). */
struct SourceLocation
{
    QString path;
    int line = 0;
    int column = 0;

    /** `path:line:col`, the form compilers use, so editors and terminals can jump to it. */
    [[nodiscard]] QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

/**
 * Core's one error type: a severity, where it happened and a message. A
 * problem found in the content has its place; an error of a step that has
 * none (a Git run, an index write) is a specialisation that adds the code
 * the program branches on (SyncError, IndexError) and leaves the place empty.
 * Errors are values, collected and shown, never thrown across module borders.
 */
struct Diagnostic
{
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;

    /**
     * `path:line:col: error: message`, the machine-readable form (never translated keywords);
     * `error: message` without a place.
     */
    [[nodiscard]] QString format() const;
    [[nodiscard]] static Diagnostic error(SourceLocation where, QString message);
    [[nodiscard]] static Diagnostic warning(SourceLocation where, QString message);
};

using Diagnostics = QList<Diagnostic>;

} // namespace storyloom
