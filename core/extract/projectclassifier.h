// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectconfig.h"
#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <QMap>
#include <vector>

namespace storyloom {

/** What a guess about a folder's pages rests on. */
enum class GuessBasis {
    /** No guess: nothing says what the pages are. */
    Nothing,
    /** Most pages are typed already (by front matter or the rules). */
    Typed,
    /** Most pages have a goal's metadata table (owners, a state). */
    Tables,
    /** Most pages' first headings say what they are ("Status quo story: …"). */
    Headings,
    /** The folder's name (`characters`, `goals`, `2024`…). */
    Name,
    /** Most pages link a character: stories. */
    Links,
};

/** What one folder of a project holds and what its pages probably are. */
struct FolderGuess
{
    /** Relative to the folder entity ids start from (ProjectConfig::idBase()); empty for that folder itself. */
    QString folder;
    int pages = 0;
    /** Pages the project types already (anything but a page). */
    int typed = 0;
    /** How many of its pages are of each type now (pages included). */
    QMap<EntityType, int> current;
    /** Up to three titles of its pages, in the project's order. */
    QStringList samples;
    /** The guessed type; nothing when there is no guess. */
    std::optional<EntityType> type;
    StoryKind kind = StoryKind::None;
    GuessBasis basis = GuessBasis::Nothing;
};

/**
 * Guesses what the pages of each folder of a project are, from the folders'
 * names, the pages' first headings, their metadata tables and the links
 * between them, and writes the guesses as rules for storyloom.yml (what
 * `storyloom-cli classify` prints, and the "Describe this project" assistant
 * offers to confirm). Reads the pages' files for their tables.
 */
class ProjectClassifier
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::ProjectClassifier)

public:
    /** One guess per folder holding pages, in path order. */
    [[nodiscard]] static std::vector<FolderGuess> guess(const StoryGraph &graph, const ProjectConfig &config);
    /**
     * The guesses as a storyloom.yml `rules:` list, each folder's pages, samples and basis in
     * a comment above its rule; folders without a guess only as a comment.
     */
    [[nodiscard]] static QString toRulesYaml(const std::vector<FolderGuess> &guesses);
    /**
     * A storyloom.yml's text (`existing`, empty for none) with the guesses' rules added to its
     * `rules:` list (made when it has none) and nothing else changed; nothing when its list
     * cannot take them (written `rules: [...]` on one line).
     */
    [[nodiscard]] static std::optional<QByteArray> withRules(
        const QByteArray &existing, const std::vector<FolderGuess> &guesses);
    /** Translated words for a basis ("metadata tables"). */
    [[nodiscard]] static QString displayName(GuessBasis basis);
};

} // namespace storyloom
