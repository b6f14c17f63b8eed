// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/logging.h"

namespace storyloom {

Q_LOGGING_CATEGORY(lcAnalysis, "storyloom.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "storyloom.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExtract, "storyloom.extract", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "storyloom.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "storyloom.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndex, "storyloom.index", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJournal, "storyloom.journal", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLayout, "storyloom.layout", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "storyloom.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcParse, "storyloom.parse", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "storyloom.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRoadmap, "storyloom.roadmap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRules, "storyloom.rules", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "storyloom.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUtil, "storyloom.util", QtWarningMsg)

Q_LOGGING_CATEGORY(lcUiEditor, "storyloom.ui.editor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiExport, "storyloom.ui.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiGraph, "storyloom.ui.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiMainWindow, "storyloom.ui.mainwindow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiPreview, "storyloom.ui.preview", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiRoadmap, "storyloom.ui.roadmap", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiSearch, "storyloom.ui.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiSettings, "storyloom.ui.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUiSync, "storyloom.ui.sync", QtWarningMsg)

} // namespace storyloom
