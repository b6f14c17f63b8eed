// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace storyloom {

/**
 * The GUI program: parses the command line (PROJECT, --screenshot FILE,
 * --view), sets up the application (names, translations, palette), opens the
 * main window and runs the event loop. Kept out of main() so it is testable.
 */
int runApplication(int argc, char *argv[]);

} // namespace storyloom
