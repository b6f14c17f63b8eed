// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/diagrampreview.h"

#include "core/export/diagramlayout.h"
#include "ui/export/diagrampainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

namespace storyloom {

DiagramPreview::DiagramPreview(QWidget *parent)
    : QWidget(parent)
    , m_alive(std::make_shared<std::atomic_bool>(true))
{
    setMinimumSize(240, 160);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

DiagramPreview::~DiagramPreview()
{
    *m_alive = false;
}

void DiagramPreview::setDiagram(Diagram diagram)
{
    if (m_running) {
        // Collapse: only the latest request is laid out after the running one.
        m_next = std::move(diagram);
        return;
    }
    start(std::move(diagram));
}

void DiagramPreview::start(Diagram diagram)
{
    m_running = true;
    QPointer<DiagramPreview> self(this);
    QThreadPool::globalInstance()->start([self, diagram = std::move(diagram), alive = m_alive]() mutable {
        if (*alive)
            layoutDiagram(diagram);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, diagram = std::move(diagram)] {
                if (self)
                    self->finish(diagram);
            },
            Qt::QueuedConnection);
    });
}

void DiagramPreview::finish(const Diagram &diagram)
{
    m_running = false;
    if (m_next) {
        Diagram next = std::move(*m_next);
        m_next.reset();
        start(std::move(next));
        return;
    }
    m_diagram = diagram;
    update();
    Q_EMIT diagramReady();
}

void DiagramPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_diagram.laidOut) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Laying out…"));
        return;
    }
    const QSizeF size = diagramFrame(m_diagram).size;
    if (size.isEmpty())
        return;
    const double scale = std::min({ width() / size.width(), height() / size.height(), 2.0 });
    painter.translate((width() - size.width() * scale) / 2, (height() - size.height() * scale) / 2);
    painter.scale(scale, scale);
    DiagramPainter::paint(painter, m_diagram);
}

} // namespace storyloom
