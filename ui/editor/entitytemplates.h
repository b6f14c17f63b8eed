// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace storyloom {

/** One kind of entity File > New can create. */
struct EntityTemplate
{
    /** File name of the template (`status-quo-story.md`), looked up in the project, then bundled. */
    QString fileName;
    /** Menu text, translated. */
    QString label;
    /** Sub-folder new files of this kind are suggested in (`characters`). */
    QString folder;
};

/**
 * The entity templates: the project's own (`templates/` at the root or in
 * the content folder) win over the ones bundled with Storyloom.
 */
class EntityTemplates
{
public:
    [[nodiscard]] static QList<EntityTemplate> all();
    /** The template's text for `projectRoot`, with the bundle's licence lines left out. */
    [[nodiscard]] static QString text(
        const EntityTemplate &entityTemplate, const QString &projectRoot, const QString &contentDir);
    /** The template filled in: `{{title}}`, `{{id}}` and `{{date}}` replaced. */
    [[nodiscard]] static QString instantiate(const QString &templateText, const QString &title);
    /** A file name for a title: lower case, dashes, `.md`. */
    [[nodiscard]] static QString fileNameFor(const QString &title);
};

} // namespace storyloom
