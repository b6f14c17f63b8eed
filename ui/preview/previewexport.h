// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preview/markdownrenderer.h"

#include <optional>

namespace storyloom {

/** Writing one entity's preview to a file people can send around. */
class PreviewExport
{
public:
    /** A standalone HTML page (style sheet inline), written atomically. Nothing on success, else why not. */
    [[nodiscard]] static std::optional<QString> writeHtml(
        const QString &path, const RenderResult &result, const QString &title, PreviewTheme theme);
    /** A PDF laid out by QTextDocument (A4, images relative to `baseDir`). Needs a QGuiApplication. */
    [[nodiscard]] static std::optional<QString> writePdf(
        const QString &path, const RenderResult &result, const QString &title, const QString &baseDir);
};

} // namespace storyloom
