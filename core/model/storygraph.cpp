// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/storygraph.h"

#include <algorithm>

namespace storyloom {

StoryGraph::StoryGraph(QString rootPath, QString title, ProjectFormat format, std::vector<Entity> entities,
    std::vector<Relation> relations, Diagnostics diagnostics)
    : m_rootPath(std::move(rootPath))
    , m_title(std::move(title))
    , m_format(format)
    , m_entities(std::move(entities))
    , m_relations(std::move(relations))
    , m_diagnostics(std::move(diagnostics))
{
    m_byId.reserve(qsizetype(m_entities.size()));
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &e = m_entities[size_t(i)];
        m_byId.insert(e.id, i);
        if (e.ownFile)
            m_byPath.insert(e.source.path, i);
    }
    m_outgoing = adjacency(&Relation::from);
    m_incoming = adjacency(&Relation::to);
}

StoryGraph::Adjacency StoryGraph::adjacency(QString Relation::*end) const
{
    Adjacency result;
    result.start.assign(m_entities.size() + 1, 0);
    std::vector<int> endOf(m_relations.size(), -1);
    for (size_t i = 0; i < m_relations.size(); ++i) {
        const QString &id = m_relations[i].*end;
        const auto it = m_byId.constFind(id);
        if (it == m_byId.cend()) {
            result.dangling[id].push_back(int(i));
            continue;
        }
        endOf[i] = *it;
        ++result.start[size_t(*it) + 1];
    }
    for (size_t e = 1; e < result.start.size(); ++e)
        result.start[e] += result.start[e - 1];
    result.index.resize(size_t(result.start.back()));
    std::vector<int> next(result.start.begin(), result.start.end() - 1);
    for (size_t i = 0; i < m_relations.size(); ++i) {
        if (endOf[i] >= 0)
            result.index[size_t(next[size_t(endOf[i])]++)] = int(i);
    }
    return result;
}

std::vector<const Relation *> StoryGraph::ends(const Adjacency &adjacency, const QString &id) const
{
    std::vector<const Relation *> result;
    if (const auto it = m_byId.constFind(id); it != m_byId.cend()) {
        const size_t entity = size_t(*it);
        for (int k = adjacency.start[entity]; k < adjacency.start[entity + 1]; ++k)
            result.push_back(&m_relations[size_t(adjacency.index[size_t(k)])]);
    } else if (const auto dangling = adjacency.dangling.constFind(id); dangling != adjacency.dangling.cend()) {
        for (int i : *dangling)
            result.push_back(&m_relations[size_t(i)]);
    }
    return result;
}

const Entity *StoryGraph::entity(const QString &id) const
{
    auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entities[size_t(*it)];
}

const Entity *StoryGraph::entityForPath(const QString &path) const
{
    auto it = m_byPath.constFind(path);
    return it == m_byPath.cend() ? nullptr : &m_entities[size_t(*it)];
}

std::vector<const Entity *> StoryGraph::entitiesInFile(const QString &path) const
{
    std::vector<const Entity *> result;
    if (const Entity *own = entityForPath(path))
        result.push_back(own);
    for (const Entity &e : m_entities) {
        if (!e.ownFile && e.source.path == path)
            result.push_back(&e);
    }
    return result;
}

std::vector<const Entity *> StoryGraph::entitiesOfType(EntityType type) const
{
    std::vector<const Entity *> result;
    for (const Entity &e : m_entities) {
        if (e.type == type)
            result.push_back(&e);
    }
    return result;
}

std::vector<const Relation *> StoryGraph::outgoing(const QString &id) const
{
    return ends(m_outgoing, id);
}

std::vector<const Relation *> StoryGraph::incoming(const QString &id) const
{
    return ends(m_incoming, id);
}

std::vector<const Entity *> StoryGraph::children(const QString &id) const
{
    std::vector<const Entity *> result;
    for (const Entity &e : m_entities) {
        if (e.type == EntityType::Goal && e.parent == id)
            result.push_back(&e);
    }
    std::stable_sort(result.begin(), result.end(), [](auto *a, auto *b) { return a->order < b->order; });
    return result;
}

int StoryGraph::count(EntityType type) const
{
    return int(std::count_if(m_entities.begin(), m_entities.end(), [type](const Entity &e) { return e.type == type; }));
}

int StoryGraph::count(StoryKind kind) const
{
    return int(std::count_if(m_entities.begin(), m_entities.end(),
        [kind](const Entity &e) { return e.type == EntityType::Story && e.kind == kind; }));
}

int StoryGraph::count(RelationKind kind) const
{
    return int(
        std::count_if(m_relations.begin(), m_relations.end(), [kind](const Relation &r) { return r.kind == kind; }));
}

int StoryGraph::errorCount() const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

int StoryGraph::warningCount() const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Warning; }));
}

} // namespace storyloom
