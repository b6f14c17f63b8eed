// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preview/markdownrenderer.h"
#include "ui/preview/previewdocument.h"

#include <QElapsedTimer>
#include <QObject>
#include <optional>

class QTimer;

namespace storyloom {

/**
 * Decides when and where the preview renders while someone types: after a
 * short pause (at most `delay` ms after the last keystroke), on the GUI
 * thread when the last render took less than a frame, else on the thread
 * pool. A render is the HTML and, with a document style set, its imported
 * QTextDocument (most of the cost of showing it). Requests that arrive while
 * a render runs collapse into one more render of the latest text; a result
 * older than the one shown is never shown.
 */
class PreviewScheduler : public QObject
{
    Q_OBJECT
public:
    /**
     * The pause: long enough that a burst of keys (a paste, a held key) makes
     * one render, short enough that the preview follows a typist within the
     * keystroke-p95 target, render and layout included (`./dev bench gui`).
     */
    static constexpr int delay = 20;
    static constexpr qint64 frameNs = 8'000'000;

    explicit PreviewScheduler(QObject *parent = nullptr);

    void setOptions(const RenderOptions &options) { m_options = options; }
    [[nodiscard]] const RenderOptions &options() const { return m_options; }
    /** Renders from now on also import their HTML into a document of this style (PreviewBrowser::documentStyle()). */
    void setDocumentStyle(const std::optional<PreviewDocumentStyle> &style) { m_style = style; }
    [[nodiscard]] const std::optional<PreviewDocumentStyle> &documentStyle() const { return m_style; }
    /** The text changed: render it after the pause. */
    void request(const QString &text);
    /** Render right away (opening a file, switching theme). */
    void renderNow(const QString &text);
    /** Renders so far on a worker thread (tests check that big files go there). */
    [[nodiscard]] int threadedRenders() const { return m_threaded; }

Q_SIGNALS:
    /** A render is ready; `document` is empty without a document style. */
    void rendered(const storyloom::RenderResult &result, const storyloom::PreparedDocument &document);

private:
    void start();

    RenderOptions m_options;
    std::optional<PreviewDocumentStyle> m_style;
    QTimer *m_timer;
    QString m_text;
    qint64 m_lastNs = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_dirty = false;
    int m_threaded = 0;
};

} // namespace storyloom
