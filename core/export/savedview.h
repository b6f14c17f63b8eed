// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/analysis/storyfocus.h"
#include "core/model/diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QStringList>
#include <optional>
#include <variant>

namespace storyloom {

/** What a saved view shows: the layered story map, the free-form graph, or the coverage matrix. */
enum class ViewMode { StoryMap, FreeGraph, Matrix };

[[nodiscard]] QString toString(ViewMode mode);
[[nodiscard]] std::optional<ViewMode> viewModeFromString(QStringView name);

/**
 * A view of the Graph tab kept as a small YAML file at the project's root
 * (`views/NAME.yml`, outside an mdBook's `src/`, so never published):
 * mode, filters, focus, unfolded groups, node positions and zoom, with
 * entities named by their stable ids. The GUI opens it; `storyloom-cli export
 * --view NAME` draws the same picture.
 */
struct SavedView
{
    /** The file's base name (`NAME` of `views/NAME.yml`). */
    QString name;
    /** Shown as the export's title (the name when empty). */
    QString title;
    ViewMode mode = ViewMode::StoryMap;
    GraphFilter filter;
    /** The focused entity (empty: none), how far and which way its focus reaches. */
    QString focus;
    int depth = 1;
    FocusDirection direction = FocusDirection::Both;
    /** Story map groups the reader unfolded. */
    QStringList unfolded;
    /** Free graph: node centres, by entity id; nodes not listed are placed next to their neighbours. */
    QHash<QString, QPointF> positions;
    /** Free graph: the nodes the reader dragged (kept on a re-layout). */
    QStringList pinned;
    double zoom = 1.0;

    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? name : title; }
};

/** An ordered list of saved views, exported as one PDF deck (`export --tour FILE.yml`). */
struct ViewTour
{
    QString title;
    QStringList views;
};

/** Reads and writes saved views and tours; errors name the file and line. */
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::SavedViews)
public:
    /** `views`, under the project's root. */
    [[nodiscard]] static QString folderName();
    /** The file of view `name` in the project at `root`. */
    [[nodiscard]] static QString pathFor(const QString &root, const QString &name);
    /** The names of the project's saved views, sorted. */
    [[nodiscard]] static QStringList list(const QString &root);
    /** True for a name that makes a plain file name (letters, digits, `-`, `_`, `.`, spaces; not starting with `.`). */
    [[nodiscard]] static bool isValidName(const QString &name);

    /** The YAML text of a view (stable key order, positions sorted by id, so the file diffs well). */
    [[nodiscard]] static QByteArray toYaml(const SavedView &view);
    /** Parses `yaml`, read from `path` (for messages); the view's name is the file's base name. */
    [[nodiscard]] static std::variant<SavedView, Diagnostic> fromYaml(const QByteArray &yaml, const QString &path);
    [[nodiscard]] static std::variant<SavedView, Diagnostic> read(const QString &path);
    /** Writes atomically, creating the folder; the error message or nothing. */
    [[nodiscard]] static std::optional<QString> write(const QString &path, const SavedView &view);

    [[nodiscard]] static std::variant<ViewTour, Diagnostic> readTour(const QString &path);
};

} // namespace storyloom
