// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/storygraph.h"

#include <algorithm>
#include <thread>

namespace storyloom {

StoryGraph::StoryGraph(QString rootPath, QString title, ProjectLayout layout, std::vector<Entity> entities,
                       std::vector<Relation> relations, Diagnostics diagnostics)
    : m_rootPath(std::move(rootPath))
    , m_title(std::move(title))
    , m_layout(layout)
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
    // QMultiHash::values() returns the most recent insertion first: insert in
    // reverse so lookups come back in file order. With many relations the two
    // lookups fill on two threads (a large part of reopening a big project).
    auto fillIncoming = [this] {
        for (int i = int(m_relations.size()) - 1; i >= 0; --i)
            m_incoming.insert(m_relations[size_t(i)].to, i);
    };
    std::thread incoming;
    if (m_relations.size() > 20000)
        incoming = std::thread(fillIncoming);
    else
        fillIncoming();
    for (int i = int(m_relations.size()) - 1; i >= 0; --i)
        m_outgoing.insert(m_relations[size_t(i)].from, i);
    if (incoming.joinable())
        incoming.join();
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
    std::vector<const Relation *> result;
    for (auto it = m_outgoing.constFind(id); it != m_outgoing.cend() && it.key() == id; ++it)
        result.push_back(&m_relations[size_t(*it)]);
    return result;
}

std::vector<const Relation *> StoryGraph::incoming(const QString &id) const
{
    std::vector<const Relation *> result;
    for (auto it = m_incoming.constFind(id); it != m_incoming.cend() && it.key() == id; ++it)
        result.push_back(&m_relations[size_t(*it)]);
    return result;
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
    return int(std::count_if(m_relations.begin(), m_relations.end(), [kind](const Relation &r) { return r.kind == kind; }));
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
