// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roadmap/roadmapmodel.h"

#include "core/roadmap/roadmapdiagram.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace storyloom {

namespace {
/**
 * The state cell's colours. The diagram's pastel fills glare on a dark palette:
 * there the fill is the state's stroke colour faded into the base, and the text
 * takes the pastel.
 */
struct StateCellColors
{
    QColor fill;
    QColor text;
};

StateCellColors stateCellColors(GoalState state)
{
    const DiagramColors colors = stateColors(state);
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return { QColor(colors.fill), QColor(colors.text) };
    const QColor stroke(colors.stroke);
    const double a = 0.35;
    const QColor fill = QColor::fromRgbF(float(stroke.redF() * a + base.redF() * (1 - a)),
        float(stroke.greenF() * a + base.greenF() * (1 - a)), float(stroke.blueF() * a + base.blueF() * (1 - a)));
    return { fill, QColor(colors.fill) };
}
} // namespace

RoadmapModel::RoadmapModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void RoadmapModel::setSnapshot(const Snapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_items.clear();
    m_roots.clear();
    if (m_snapshot) {
        std::vector<int> stack; // item index per depth
        for (const RoadmapRow &row : roadmapRows(*m_snapshot)) {
            Item item;
            item.goal = row.goal;
            stack.resize(std::size_t(row.depth));
            item.parent = stack.empty() ? -1 : stack.back();
            for (const Relation *relation : m_snapshot->outgoing(row.goal->id)) {
                const Entity *target = m_snapshot->entity(relation->to);
                if (!target)
                    continue;
                if (relation->kind == RelationKind::Addresses && target->type == EntityType::PainPoint
                    && !item.painPoints.contains(target->id))
                    item.painPoints << target->id;
                else if (relation->kind == RelationKind::Realises && target->type == EntityType::Story
                    && !item.stories.contains(target->id))
                    item.stories << target->id;
            }
            const int index = int(m_items.size());
            if (item.parent < 0) {
                item.row = int(m_roots.size());
                m_roots.push_back(index);
            } else {
                item.row = int(m_items[std::size_t(item.parent)].children.size());
                m_items[std::size_t(item.parent)].children.push_back(index);
            }
            m_items.push_back(item);
            stack.push_back(index);
        }
    }
    endResetModel();
}

QStringList RoadmapModel::owners() const
{
    QSet<QString> all;
    for (const Item &item : m_items) {
        for (const QString &owner : item.goal->owners)
            all.insert(owner);
    }
    QStringList sorted(all.begin(), all.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QModelIndex RoadmapModel::indexForId(const QString &id, int column) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].goal->id == id)
            return createIndex(m_items[i].row, column, quintptr(i));
    }
    return {};
}

const RoadmapModel::Item *RoadmapModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return nullptr;
    return &m_items[index.internalId()];
}

QModelIndex RoadmapModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> &rows = parent.isValid() ? m_items[parent.internalId()].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (std::size_t(row) >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows[std::size_t(row)]));
}

QModelIndex RoadmapModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0)
        return {};
    return createIndex(m_items[std::size_t(item->parent)].row, 0, quintptr(item->parent));
}

int RoadmapModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item *item = itemAt(parent);
    return item ? int(item->children.size()) : 0;
}

int RoadmapModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QStringList RoadmapModel::titles(const QStringList &ids) const
{
    QStringList result;
    for (const QString &id : ids) {
        const Entity *entity = m_snapshot->entity(id);
        result << (entity ? entity->title : id);
    }
    return result;
}

QVariant RoadmapModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    const Entity &goal = *item->goal;
    switch (role) {
    case IdRole:
        return goal.id;
    case StateRole:
        return int(goal.state);
    case ProgressRole:
        return goal.progress ? QVariant(*goal.progress) : QVariant();
    case OwnersRole:
        return goal.owners;
    case LinkIdsRole:
        return index.column() == PainPoints ? item->painPoints
            : index.column() == Stories     ? item->stories
                                            : QStringList();
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (column) {
        case Deliverable:
            return role == SortRole ? QVariant(goal.order) : QVariant(goal.title);
        case State:
            if (role == Qt::EditRole || role == SortRole)
                return int(goal.state);
            return goal.state == GoalState::Unknown ? QString()
                                                    : stateEmoji(goal.state) + u' ' + displayName(goal.state);
        case Progress:
            if (role != Qt::DisplayRole)
                return goal.progress ? QVariant(*goal.progress) : QVariant(-1.0);
            return goal.progress ? QStringLiteral("%1%").arg(std::lround(*goal.progress * 100)) : QString();
        case Owners:
            return goal.owners.join(QStringLiteral(", "));
        case PainPoints:
            return role == SortRole ? QVariant(item->painPoints.size())
                                    : QVariant(titles(item->painPoints).join(QStringLiteral(" · ")));
        case Stories:
            return role == SortRole ? QVariant(item->stories.size())
                                    : QVariant(titles(item->stories).join(QStringLiteral(" · ")));
        default:
            break;
        }
    }
    // Screen readers: the state in words (not the emoji's name), the progress as a percentage.
    if (role == Qt::AccessibleTextRole) {
        if (column == State)
            return goal.state == GoalState::Unknown ? tr("No state") : displayName(goal.state);
        if (column == Progress)
            return goal.progress ? tr("%1 percent").arg(std::lround(*goal.progress * 100)) : tr("No progress");
    }
    if (role == Qt::AccessibleDescriptionRole && (column == State || column == Progress))
        return headerData(column, Qt::Horizontal, Qt::DisplayRole);
    if (role == Qt::BackgroundRole && column == State && goal.state != GoalState::Unknown)
        return stateCellColors(goal.state).fill;
    if (role == Qt::ForegroundRole && column == State)
        return stateCellColors(goal.state).text;
    if (role == Qt::ForegroundRole && (column == PainPoints || column == Stories))
        return QGuiApplication::palette().color(QPalette::Link); // they open like links
    if (role == Qt::ToolTipRole) {
        if (column == PainPoints || column == Stories)
            return titles(column == PainPoints ? item->painPoints : item->stories).join(u'\n');
        if (column == Deliverable)
            return goal.attributeSource.path.isEmpty() ? goal.source.toString() : goal.attributeSource.toString();
    }
    return {};
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deliverable:
        return tr("Deliverable");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Owners:
        return tr("Owners");
    case PainPoints:
        return tr("Pain points addressed");
    case Stories:
        return tr("Stories realised");
    default:
        return {};
    }
}

Qt::ItemFlags RoadmapModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.column() == State || index.column() == Progress || index.column() == Owners)
        flags |= Qt::ItemIsEditable;
    // A page's metadata table has rows for state and owners only.
    const Item *item = itemAt(index);
    if (index.column() == Progress && item && item->goal->attributeOrigin == AttributeOrigin::MetadataTable)
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

bool RoadmapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Item *item = itemAt(index);
    if (!item || role != Qt::EditRole)
        return false;
    GoalEdit edit;
    switch (index.column()) {
    case State:
        if (GoalState(value.toInt()) == item->goal->state)
            return false;
        edit.state = GoalState(value.toInt());
        break;
    case Progress: {
        const double progress = std::clamp(value.toDouble(), 0.0, 1.0);
        if (item->goal->progress && std::abs(*item->goal->progress - progress) < 1e-9)
            return false;
        edit.progress = progress;
        break;
    }
    case Owners: {
        QStringList owners;
        for (const QString &owner : value.toString().split(u',', Qt::SkipEmptyParts))
            owners << owner.trimmed();
        owners.removeAll(QString());
        if (owners == item->goal->owners)
            return false;
        edit.owners = owners;
        break;
    }
    default:
        return false;
    }
    Q_EMIT editRequested(item->goal->id, edit);
    return true;
}

} // namespace storyloom
