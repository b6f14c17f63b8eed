// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QMenu;

namespace storyloom {

/**
 * The Help menu (Keyboard Shortcuts, the language, About Storyloom, About
 * Qt), owned by the window, for it to put last in its menu bar.
 */
[[nodiscard]] QMenu *createHelpMenu(QMainWindow *window);

} // namespace storyloom
