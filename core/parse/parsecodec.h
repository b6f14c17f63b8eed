// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/parseddocument.h"

#include <QByteArray>
#include <optional>

namespace storyloom {

/**
 * A parse as bytes and back, for the index's parse cache. A graph-changing
 * refresh of a large project decodes every cached parse, so the format is
 * plain: fixed-size numbers in host byte order (the bytes never leave this
 * machine's cache) and UTF-8 strings with their length, read straight from
 * the buffer. QDataStream spent most of such a decode in its device layer and
 * in QVariant's type machinery for the front matter.
 */
class ParseCodec
{
public:
    /** The parse's bytes, its body left out unless `withBody`. */
    [[nodiscard]] static QByteArray encode(const ParsedDocument &document, bool withBody);
    /**
     * The parse `encode()` wrote, or nothing when the bytes are of another
     * format (an older Storyloom's) or damaged: any read past the end, an
     * impossible count or nesting fails the whole decode, never reads outside
     * `bytes`.
     */
    [[nodiscard]] static std::optional<ParsedDocument> decode(QByteArrayView bytes);
};

} // namespace storyloom
