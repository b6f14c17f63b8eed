// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphfilterpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storyloom {

namespace {

template<typename Enum> QSet<Enum> checked(const QHash<Enum, QCheckBox *> &boxes)
{
    QSet<Enum> set;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (it.value()->isChecked())
            set.insert(it.key());
    }
    return set.size() == boxes.size() ? QSet<Enum>() : set; // all checked means no filter
}

template<typename Enum> void check(const QHash<Enum, QCheckBox *> &boxes, const QSet<Enum> &set)
{
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        it.value()->setChecked(set.isEmpty() || set.contains(it.key()));
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setLayout(new QGridLayout);
    box->layout()->setContentsMargins(6, 4, 6, 4);
    return box;
}

} // namespace

GraphFilterPanel::GraphFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_character(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_hideOrphans(new QCheckBox(tr("Hide orphans"), this))
    , m_local(new QCheckBox(tr("Local graph of the selection"), this))
    , m_depth(new QSpinBox(this))
    , m_localLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_text->setPlaceholderText(tr("Filter by title…"));
    m_text->setAccessibleName(tr("Filter by title"));
    m_depth->setAccessibleName(tr("Depth of the local graph"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text);

    const auto addBox = [this](QGroupBox *box, int i, const QString &label) {
        auto *check = new QCheckBox(label, box);
        check->setChecked(true);
        static_cast<QGridLayout *>(box->layout())->addWidget(check, i / 2, i % 2);
        connect(check, &QCheckBox::toggled, this, &GraphFilterPanel::emitChanged);
        return check;
    };
    QGroupBox *types = group(tr("Entities"), this);
    int i = 0;
    for (EntityType type : allEntityTypes)
        m_types.insert(type, addBox(types, i++, pluralDisplayName(type)));
    m_kinds.insert(StoryKind::StatusQuo, addBox(types, i++, displayName(StoryKind::StatusQuo)));
    m_kinds.insert(StoryKind::ShinyFuture, addBox(types, i++, displayName(StoryKind::ShinyFuture)));
    layout->addWidget(types);

    QGroupBox *relations = group(tr("Relations"), this);
    i = 0;
    for (RelationKind kind : allRelationKinds)
        m_relations.insert(kind, addBox(relations, i++, displayName(kind)));
    layout->addWidget(relations);

    QGroupBox *states = group(tr("Goal states"), this);
    i = 0;
    for (GoalState state : allGoalStates)
        m_states.insert(state, addBox(states, i++, stateEmoji(state) + u' ' + displayName(state)));
    m_states.insert(GoalState::Unknown, addBox(states, i++, displayName(GoalState::Unknown)));
    layout->addWidget(states);

    auto *form = new QFormLayout;
    form->addRow(tr("Character:"), m_character);
    layout->addLayout(form);
    layout->addWidget(m_hideOrphans);
    auto *local = new QHBoxLayout;
    local->addWidget(m_local);
    m_depth->setRange(1, 3);
    m_depth->setPrefix(tr("depth "));
    local->addWidget(m_depth);
    layout->addLayout(local);
    m_localLabel->setWordWrap(true);
    m_localLabel->setEnabled(false);
    layout->addWidget(m_localLabel);
    layout->addStretch(1);

    connect(m_text, &QLineEdit::textChanged, this, &GraphFilterPanel::emitChanged);
    connect(m_character, &QComboBox::currentIndexChanged, this, &GraphFilterPanel::emitChanged);
    connect(m_hideOrphans, &QCheckBox::toggled, this, &GraphFilterPanel::emitChanged);
    connect(m_depth, &QSpinBox::valueChanged, this, &GraphFilterPanel::emitChanged);
    connect(m_local, &QCheckBox::toggled, this, [this](bool on) {
        m_localRoot = on ? m_selection : QString();
        if (on && m_localRoot.isEmpty()) {
            const QSignalBlocker blocker(m_local);
            m_local->setChecked(false);
        }
        updateLocalLabel();
        emitChanged();
    });
    updateLocalLabel();
}

void GraphFilterPanel::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const QString current = m_character->currentData().toString();
    m_updating = true;
    m_character->clear();
    m_character->addItem(tr("Anyone"), QString());
    if (snapshot) {
        for (const Entity *e : snapshot->entitiesOfType(EntityType::Character))
            m_character->addItem(e->title, e->id);
    }
    m_character->setCurrentIndex(std::max(0, m_character->findData(current)));
    m_updating = false;
    updateLocalLabel();
}

void GraphFilterPanel::setFilter(const GraphFilter &filter)
{
    m_updating = true;
    check(m_types, filter.types);
    check(m_kinds, filter.storyKinds);
    check(m_relations, filter.relationKinds);
    check(m_states, filter.goalStates);
    m_text->setText(filter.text);
    int index = m_character->findData(filter.character);
    if (index < 0 && !filter.character.isEmpty()) {
        m_character->addItem(filter.character, filter.character);
        index = m_character->count() - 1;
    }
    m_character->setCurrentIndex(std::max(0, index));
    m_hideOrphans->setChecked(filter.hideOrphans);
    m_localRoot = filter.localRoot;
    m_local->setChecked(!filter.localRoot.isEmpty());
    m_depth->setValue(filter.localDepth);
    m_updating = false;
    updateLocalLabel();
}

GraphFilter GraphFilterPanel::filter() const
{
    GraphFilter filter;
    filter.types = checked(m_types);
    filter.storyKinds = checked(m_kinds);
    if (!filter.storyKinds.isEmpty())
        filter.storyKinds.insert(StoryKind::None); // chapters and stories without a kind follow the Stories box
    filter.relationKinds = checked(m_relations);
    filter.goalStates = checked(m_states);
    filter.text = m_text->text().trimmed();
    filter.character = m_character->currentData().toString();
    filter.hideOrphans = m_hideOrphans->isChecked();
    filter.localRoot = m_local->isChecked() ? m_localRoot : QString();
    filter.localDepth = m_depth->value();
    return filter;
}

void GraphFilterPanel::setSelection(const QString &id)
{
    m_selection = id;
}

void GraphFilterPanel::emitChanged()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

void GraphFilterPanel::updateLocalLabel()
{
    const Entity *root = m_snapshot && !m_localRoot.isEmpty() ? m_snapshot->entity(m_localRoot) : nullptr;
    m_localLabel->setText(root ? tr("Around “%1”").arg(root->title) : tr("Select an entity, then switch this on."));
}

} // namespace storyloom
