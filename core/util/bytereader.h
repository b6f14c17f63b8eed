// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <cstring>
#include <type_traits>

namespace storyloom {

/**
 * Reads fixed-size numbers (host byte order) and length-prefixed byte strings
 * from a buffer the index wrote (SnapshotCodec, ParseCodec). The buffer may be
 * damaged: a read past its end, or a count larger than the rest could hold,
 * marks the reader failed and yields zeros, never a byte outside it.
 */
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_at(bytes.data())
        , m_end(bytes.data() + bytes.size())
    { }

    template<typename T> T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value {};
        if (m_end - m_at < qsizetype(sizeof value)) {
            m_failed = true;
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    /** A quint32 length, then that many bytes (a view into the buffer). */
    QByteArrayView getBytes() { return take(get<quint32>()); }
    /** The next `size` bytes (a view into the buffer). */
    QByteArrayView take(qsizetype size)
    {
        if (size < 0 || m_end - m_at < size) {
            m_failed = true;
            return {};
        }
        const QByteArrayView bytes(m_at, size);
        m_at += size;
        return bytes;
    }
    QString getText() { return QString::fromUtf8(getBytes()); }
    /** A count of items at least `minimum` bytes each: more than the rest could hold means damage. */
    quint32 getCount(qsizetype minimum)
    {
        const quint32 count = get<quint32>();
        if (qsizetype(count) * minimum > m_end - m_at)
            m_failed = true;
        return m_failed ? 0 : count;
    }
    void fail() { m_failed = true; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] bool atEnd() const { return m_at == m_end; }

private:
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
};

} // namespace storyloom
