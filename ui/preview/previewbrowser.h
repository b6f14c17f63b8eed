// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preview/markdownrenderer.h"
#include "ui/preview/previewdocument.h"

#include <QTextBrowser>
#include <optional>
#include <vector>

namespace storyloom {

/**
 * The preview pane: shows a RenderResult without losing the scroll
 * position, scrolls to a source line (scroll sync), and only ever loads
 * local images inside the project (remote ones never; the renderer already
 * replaced them with placeholders, this is the second lock).
 */
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewBrowser(QWidget *parent = nullptr);

    void setProjectRoot(const QString &root) { m_projectRoot = root; }
    /** The folder relative images resolve from. */
    void setBaseDirectory(const QString &dir);
    void setTheme(PreviewTheme theme);
    /** What a document built ahead must be made with to be patched into this one. */
    [[nodiscard]] PreviewDocumentStyle documentStyle() const;
    /**
     * Shows `result`, keeping the scroll position. With `prepared` (the same
     * HTML, imported ahead with documentStyle()), only the blocks that changed
     * are replaced, so only they are laid out and painted again (typing);
     * else, or when that cannot be done, the content is reloaded whole.
     */
    void showResult(const RenderResult &result, const PreparedDocument &prepared = {});
    /** Scrolls so the block written at `line` (1-based file line, fractions between anchors) is at the top. */
    void scrollToSourceLine(double line);
    /** The source line shown at the top of the viewport (the inverse of scrollToSourceLine), none before a render. */
    [[nodiscard]] std::optional<double> sourceLineAtTop();
    /** How many times content was shown (tests wait on it). */
    [[nodiscard]] int updateCount() const { return m_updates; }
    /** How many of those replaced only the changed blocks (tests check that typing does). */
    [[nodiscard]] int patchedUpdates() const { return m_patched; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void collectAnchorPositions();

    QString m_projectRoot;
    QString m_baseDir;
    PreviewTheme m_theme = PreviewTheme::Light;
    /** (source line, y in document coordinates), ascending by line. */
    std::vector<std::pair<int, qreal>> m_anchorY;
    int m_updates = 0;
    int m_patched = 0;
};

} // namespace storyloom
