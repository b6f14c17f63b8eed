// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectconfig.h"

namespace storyloom {

/**
 * Maps the addresses an mdBook is published at back to its pages: a link written as the
 * book's web address (`https://<owner>.github.io/<book>/vision/x.html`, or under book.toml's
 * `site-url`), an absolute path inside the book (`/vision/x.html`), or a page that moved
 * (`[output.html.redirect]`) resolves to the Markdown file mdBook made it from.
 */
class PublishedAddresses
{
public:
    explicit PublishedAddresses(const ProjectConfig &config);

    /**
     * The whole address the book is published at, with a trailing slash: book.toml's
     * `site-url` when it is one, else `https://<owner>.github.io/<book>/` from a GitHub
     * `git-repository-url`; empty when neither says (or the project is no mdBook).
     */
    [[nodiscard]] static QString siteAddress(const ProjectConfig &config);

    /**
     * The project-relative path (`src/vision/x.md`) of the page `url`, written in the file
     * `fromFile`, is published as; empty when `url` is no address of this book (or the
     * project is no mdBook). The page may not exist: the caller reports it as broken.
     */
    [[nodiscard]] QString localPath(const QString &fromFile, const QString &url) const;

private:
    /** A path inside the published book (`/vision/x.html`) to the page it is made from, redirects followed. */
    [[nodiscard]] QString pageFor(QString bookPath) const;

    bool m_enabled = false;
    QString m_base;
    /** `host/path/` prefixes (host in lower case) the book is published under. */
    QStringList m_prefixes;
    /** The site's path (`/wg-async/`): under any `*.github.io` host, and as an absolute link. */
    QString m_sitePath;
    QHash<QString, QString> m_redirects;
};

} // namespace storyloom
