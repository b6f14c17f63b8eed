// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

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
    /** The same on UTF-8 text (the preview's tree walk): nothing when no shortcode was replaced. */
    [[nodiscard]] static std::optional<QByteArray> replaceShortcodes(QByteArrayView utf8);
};

} // namespace storyloom
