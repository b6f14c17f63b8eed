// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewbrowser.h"

#include "ui/preview/urlpolicy.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

namespace storyloom {

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(MarkdownRenderer::styleSheet(m_theme));
    document()->setDocumentMargin(12);
    // Updates patch the document in place (PreviewDocument::patch): nothing to undo.
    document()->setUndoRedoEnabled(false);
}

void PreviewBrowser::setBaseDirectory(const QString &dir)
{
    m_baseDir = dir;
    document()->setBaseUrl(QUrl::fromLocalFile(dir + u'/'));
}

void PreviewBrowser::setTheme(PreviewTheme theme)
{
    m_theme = theme;
    document()->setDefaultStyleSheet(MarkdownRenderer::styleSheet(theme));
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme == PreviewTheme::Dark ? QColor(0x0d, 0x11, 0x17) : QColor(Qt::white));
    pal.setColor(QPalette::Text, theme == PreviewTheme::Dark ? QColor(0xe6, 0xed, 0xf3) : QColor(0x1f, 0x23, 0x28));
    setPalette(pal);
}

PreviewDocumentStyle PreviewBrowser::documentStyle() const
{
    return { document()->defaultStyleSheet(), document()->defaultFont(), document()->baseUrl() };
}

void PreviewBrowser::showResult(const RenderResult &result, const PreparedDocument &prepared)
{
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    if (m_updates > 0 && prepared.document && prepared.style == documentStyle()
        && PreviewDocument::patch(*document(), *prepared.document)) {
        ++m_patched;
    } else {
        // Laying out while the HTML loads costs seconds on long tables: load, then lay out once.
        document()->setLayoutEnabled(false);
        setHtml(PreviewDocument::loadableHtml(result.html));
        document()->setLayoutEnabled(true);
    }
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
    m_anchorY.clear();
    ++m_updates;
}

void PreviewBrowser::collectAnchorPositions()
{
    m_anchorY.clear();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(u'L'))
                    continue;
                bool ok = false;
                const int line = QStringView(name).mid(1).toInt(&ok);
                if (ok)
                    m_anchorY.emplace_back(line, layout->blockBoundingRect(block).top());
            }
        }
    }
    std::sort(m_anchorY.begin(), m_anchorY.end());
}

void PreviewBrowser::scrollToSourceLine(double line)
{
    if (m_anchorY.empty())
        collectAnchorPositions();
    if (m_anchorY.empty())
        return;
    // The last anchor at or before the line, interpolated towards the next one.
    auto next = std::upper_bound(m_anchorY.begin(), m_anchorY.end(), line,
        [](double value, const std::pair<int, qreal> &anchor) { return value < anchor.first; });
    qreal y = 0;
    if (next == m_anchorY.begin()) {
        y = 0;
    } else {
        const auto &[lineBefore, yBefore] = *(next - 1);
        y = yBefore;
        if (next != m_anchorY.end() && next->first > lineBefore)
            y += (next->second - yBefore) * qreal(line - lineBefore) / qreal(next->first - lineBefore);
    }
    verticalScrollBar()->setValue(qRound(y));
}

std::optional<double> PreviewBrowser::sourceLineAtTop()
{
    if (m_anchorY.empty())
        collectAnchorPositions();
    if (m_anchorY.empty())
        return std::nullopt;
    const qreal top = verticalScrollBar()->value();
    // The last anchor at or above the top, interpolated towards the next one below it.
    const std::pair<int, qreal> *before = nullptr;
    const std::pair<int, qreal> *after = nullptr;
    for (const auto &anchor : m_anchorY) {
        if (anchor.second <= top) {
            if (!before || anchor.second >= before->second)
                before = &anchor;
        } else if (!after || anchor.second < after->second) {
            after = &anchor;
        }
    }
    if (!before)
        return 1.0;
    if (!after || after->first <= before->first || after->second <= before->second)
        return double(before->first);
    return before->first + (after->first - before->first) * (top - before->second) / (after->second - before->second);
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextBrowser::loadResource(type, name);
    const UrlPolicy policy(m_projectRoot);
    QString path;
    if (name.isLocalFile())
        path = name.toLocalFile();
    else if (name.scheme().isEmpty())
        path = QDir(m_baseDir).absoluteFilePath(name.path());
    else if (name.scheme() == QLatin1String("data"))
        return QTextBrowser::loadResource(type, name);
    else
        return {}; // never the network
    if (!m_projectRoot.isEmpty() && !policy.isInsideProject(QFileInfo(path).absoluteFilePath()))
        return {};
    return QTextBrowser::loadResource(type, QUrl::fromLocalFile(path));
}

} // namespace storyloom
