// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pipeline (Markdown to HTML with highlighting and the URL
// policy): no script, no remote image, no javascript: link, whatever the input.
#include "fuzzcommon.h"

#include "ui/preview/markdownrenderer.h"

#include <QRegularExpression>

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    RenderOptions options;
    options.projectRoot = QStringLiteral("/home/ana/vision");
    options.fileDir = QStringLiteral("/home/ana/vision/src");
    const RenderResult result = MarkdownRenderer::render(text, options);
    static constexpr char pattern[]
        = R"((<\s*script|src\s*=\s*["']?\s*(https?:|//)|href\s*=\s*["']?\s*(javascript:|vbscript:)))";
    static const QRegularExpression unsafe(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
    fuzz::require(!unsafe.match(result.html).hasMatch(), "the preview HTML is safe");
    for (qsizetype i = 1; i < result.anchorLines.size(); ++i)
        fuzz::require(result.anchorLines[i - 1] <= result.anchorLines[i], "anchor lines ascend");
    return 0;
}
