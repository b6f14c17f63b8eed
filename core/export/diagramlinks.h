// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

namespace storyloom {

/** Where an exported diagram lands, for its links to the nodes' pages. */
struct DiagramLinkTarget
{
    /** The project's root folder (absolute). */
    QString projectRoot;
    /** The file being written (absolute, or relative to the working folder). */
    QString outputFile;
    /** The content folder relative to the root (`src` for an mdBook, else empty). */
    QString contentDir;
    /** The published book's address with a trailing slash (`https://o.github.io/book/`), empty when unknown. */
    QString siteAddress;
};

/**
 * Rewrites the nodes' links (project-relative page paths) for where the
 * export is saved: relative to the exported file when it is inside the
 * project, else the page's published address (`.md` → `.html`, README →
 * index, as mdBook publishes), else no link, so no link in an export points
 * nowhere.
 */
class DiagramLinks
{
public:
    static void apply(Diagram &diagram, const DiagramLinkTarget &target);
    /** The link for one project-relative page path; empty for none. */
    [[nodiscard]] static QString link(const QString &page, const DiagramLinkTarget &target);
};

} // namespace storyloom
