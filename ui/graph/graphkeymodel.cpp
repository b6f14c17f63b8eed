// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphkeymodel.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <cmath>

namespace storyloom {

GraphKeyModel::GraphKeyModel(QGraphicsView *view)
    : QObject(view)
    , m_view(view)
{ }

GraphKeyModel *GraphKeyModel::of(const QObject *view)
{
    return view ? view->findChild<GraphKeyModel *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString GraphKeyModel::neighbourTowards(const QString &from, QPointF direction) const
{
    const QRectF start = sceneRect(from);
    if (start.isNull())
        return {};
    QString best;
    double bestScore = 0;
    for (const QString &id : walkTargets(from)) {
        const QRectF target = sceneRect(id);
        if (target.isNull())
            continue;
        const QPointF d = target.center() - start.center();
        const double length = std::hypot(d.x(), d.y());
        if (length <= 0)
            continue;
        // Within about 70 degrees of the arrow's direction; nearer and straighter wins.
        const double cosine = QPointF::dotProduct(d / length, direction);
        if (cosine < 0.3)
            continue;
        const double score = cosine * 1000.0 / (1.0 + length);
        if (score > bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

QString GraphKeyModel::mostConnected() const
{
    QString start;
    qsizetype most = -1;
    for (int i = 0; i < count(); ++i) {
        const QString id = idAt(i);
        const qsizetype degree = walkTargets(id).size();
        if (degree > most) {
            most = degree;
            start = id;
        }
    }
    return start;
}

QString GraphKeyModel::describeEntity(const QString &typeName, const QList<GraphRelationEntry> &relations)
{
    int out = 0;
    int in = 0;
    for (const GraphRelationEntry &entry : relations)
        ++(entry.outgoing ? out : in);
    //: The graph's focused entity for screen readers: its type, then how many relations go out and come in.
    return QCoreApplication::translate("storyloom::GraphAccessible", "%1; links to %2, linked from %3")
        .arg(typeName, QCoreApplication::translate("storyloom::GraphAccessible", "%n entity(s)", nullptr, out),
            QCoreApplication::translate("storyloom::GraphAccessible", "%n entity(s)", nullptr, in));
}

} // namespace storyloom
