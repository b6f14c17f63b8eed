// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/**
 * GitHub-style `:shortcode:` emoji, for the names vision documents use most
 * (the roadmap states, reactions). Unknown names, and Rust paths such as
 * `std::future::Future`, are left alone.
 */
class Emoji
{
public:
    [[nodiscard]] static QString replaceShortcodes(const QString &text);
};

} // namespace storyloom
