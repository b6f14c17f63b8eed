// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/*
 * Storyloom's logging categories, one per core folder and one per ui area,
 * all named here so the list in docs/glossary.md has one source. Warnings
 * show by default; QT_LOGGING_RULES="storyloom.sync.debug=true" shows the rest.
 * A failure the user is not told about (a skipped turn, a cache that could not
 * be written, a reopen that failed) still leaves a line in its module's category.
 */
namespace storyloom {

// core/
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis) // storyloom.analysis
Q_DECLARE_LOGGING_CATEGORY(lcExport) // storyloom.export
Q_DECLARE_LOGGING_CATEGORY(lcExtract) // storyloom.extract
Q_DECLARE_LOGGING_CATEGORY(lcHistory) // storyloom.history
Q_DECLARE_LOGGING_CATEGORY(lcI18n) // storyloom.i18n
Q_DECLARE_LOGGING_CATEGORY(lcIndex) // storyloom.index
Q_DECLARE_LOGGING_CATEGORY(lcJournal) // storyloom.journal
Q_DECLARE_LOGGING_CATEGORY(lcLayout) // storyloom.layout
Q_DECLARE_LOGGING_CATEGORY(lcModel) // storyloom.model
Q_DECLARE_LOGGING_CATEGORY(lcParse) // storyloom.parse
Q_DECLARE_LOGGING_CATEGORY(lcProject) // storyloom.project
Q_DECLARE_LOGGING_CATEGORY(lcRoadmap) // storyloom.roadmap
Q_DECLARE_LOGGING_CATEGORY(lcRules) // storyloom.rules
Q_DECLARE_LOGGING_CATEGORY(lcSync) // storyloom.sync
Q_DECLARE_LOGGING_CATEGORY(lcUtil) // storyloom.util

// ui/
Q_DECLARE_LOGGING_CATEGORY(lcUiEditor) // storyloom.ui.editor
Q_DECLARE_LOGGING_CATEGORY(lcUiExport) // storyloom.ui.export
Q_DECLARE_LOGGING_CATEGORY(lcUiGraph) // storyloom.ui.graph
Q_DECLARE_LOGGING_CATEGORY(lcUiMainWindow) // storyloom.ui.mainwindow
Q_DECLARE_LOGGING_CATEGORY(lcUiPreview) // storyloom.ui.preview
Q_DECLARE_LOGGING_CATEGORY(lcUiRoadmap) // storyloom.ui.roadmap
Q_DECLARE_LOGGING_CATEGORY(lcUiSearch) // storyloom.ui.search
Q_DECLARE_LOGGING_CATEGORY(lcUiSettings) // storyloom.ui.settings
Q_DECLARE_LOGGING_CATEGORY(lcUiSync) // storyloom.ui.sync

} // namespace storyloom
