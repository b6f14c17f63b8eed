// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/**
 * What the preview may do with a URL found in Markdown. The preview never
 * fetches anything from the network and never follows script or file URLs
 * that leave the project, whatever the author wrote.
 */
class UrlPolicy
{
public:
    enum class Kind {
        Fragment, ///< `#heading` inside the same page
        Relative, ///< a path relative to the file (another entity, an image)
        Web, ///< http, https, mailto: opened in the desktop browser on click only
        LocalFile, ///< a file: URL inside the project
        InlineImage, ///< data:image/png|gif|jpeg|webp
        Refused, ///< javascript:, vbscript:, file: outside the project, anything else
    };

    /** `projectRoot` is the absolute project folder (empty: every file: URL is refused). */
    explicit UrlPolicy(QString projectRoot = {});

    [[nodiscard]] Kind classify(const QString &url) const;
    /** True when a link with this URL may stay a link. */
    [[nodiscard]] bool allowsLink(const QString &url) const;
    /**
     * The same for a link in a file in `fileDir`: a relative link must also
     * resolve inside the project (`../../../etc/passwd` is refused).
     */
    [[nodiscard]] bool allowsLink(const QString &url, const QString &fileDir) const;
    /** True for image sources the preview may load (local to the project or inline data). */
    [[nodiscard]] bool allowsImage(const QString &url, const QString &fileDir) const;
    /** True when `absolutePath` lies inside the project folder. */
    [[nodiscard]] bool isInsideProject(const QString &absolutePath) const;

private:
    QString m_root;
};

} // namespace storyloom
