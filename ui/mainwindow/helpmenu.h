// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QMenu;

namespace storyloom {

/**
 * Adds the Help menu (Keyboard Shortcuts, About Storyloom, About Qt) to the
 * window's menu bar. Call it after every other menu so Help stays last.
 */
QMenu *addHelpMenu(QMainWindow *window);

} // namespace storyloom
