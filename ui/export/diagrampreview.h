// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

namespace storyloom {

/**
 * Shows a diagram scaled to fit, exactly as PNG and PDF export paint it.
 * setDiagram() lays the diagram out on a worker thread; requests that overlap
 * collapse to the latest, and the picture swaps in when its layout is done.
 */
class DiagramPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramPreview(QWidget *parent = nullptr);
    ~DiagramPreview() override;

    /** Lays out `diagram` in the background and shows it when ready. */
    void setDiagram(Diagram diagram);
    /** The last laid-out diagram (what is on screen). */
    [[nodiscard]] const Diagram &diagram() const { return m_diagram; }
    [[nodiscard]] bool isLayingOut() const { return m_running; }
    [[nodiscard]] QSize sizeHint() const override { return { 640, 420 }; }

Q_SIGNALS:
    /** A new layout is on screen. */
    void diagramReady();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void start(Diagram diagram);
    void finish(const Diagram &diagram);

    Diagram m_diagram;
    bool m_running = false;
    std::optional<Diagram> m_next;
    /** Shared with workers so a late result is dropped after the widget is gone. */
    std::shared_ptr<std::atomic_bool> m_alive;
};

} // namespace storyloom
