#include "services/importexport/textdecoder.h"

#include <cstring>

namespace Leadline::ImportExport {

namespace {

// Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot start one.
int sequenceLength(uchar b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

bool allAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (uchar(data[i]) >= 0x80)
            return false;
    }
    return true;
}

// Bytes at the end of a chunk that begin a sequence completed only by the next chunk.
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar b = uchar(bytes[n - back]);
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte: look further back for its lead
        const int length = sequenceLength(b);
        return length > back ? back : 0;
    }
    return 0;
}

struct UsageCount
{
    qsizetype validSequences = 0; // multi-byte ones
    qsizetype invalidBytes = 0;
};

// How much of bytes is real UTF-8 beyond ASCII, and how much is not UTF-8.
UsageCount countUtf8Usage(QByteArrayView bytes, bool complete)
{
    UsageCount usage;
    while (!bytes.isEmpty()) {
        const qsizetype bad = TextDecoder::firstInvalidUtf8(bytes, complete);
        const QByteArrayView valid = bad < 0 ? bytes : bytes.first(bad);
        for (const char c : valid)
            usage.validSequences += (uchar(c) & 0xC0) == 0xC0; // lead bytes of valid sequences
        if (bad < 0)
            break;
        ++usage.invalidBytes;
        bytes = bytes.sliced(bad + 1);
    }
    return usage;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes, bool complete)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(p[i]);
        if (length == 0)
            return i;
        if (i + length > n) {
            // Truncated: valid so far only if every byte present is a fitting continuation byte.
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return i;
            }
            if (length >= 3 && i + 1 < n) {
                const uchar b0 = p[i], b1 = p[i + 1];
                if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F) || (b0 == 0xF0 && b1 < 0x90) ||
                    (b0 == 0xF4 && b1 > 0x8F))
                    return i;
            }
            return complete ? i : -1;
        }
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        const uchar b0 = p[i], b1 = p[i + 1];
        // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F) || (b0 == 0xF0 && b1 < 0x90) ||
            (b0 == 0xF4 && b1 > 0x8F))
            return i;
        i += length;
    }
    return -1;
}

TextDecoder::Detection TextDecoder::detect(QByteArrayView sample, bool complete)
{
    const auto *p = reinterpret_cast<const uchar *>(sample.data());
    const qsizetype n = sample.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return {TextEncoding::Utf8, 3};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {TextEncoding::Utf16LE, 2};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {TextEncoding::Utf16BE, 2};

    // UTF-16 without a BOM: text made of Latin characters has a zero in every other byte.
    if (n >= 4) {
        qsizetype evenZero = 0, oddZero = 0;
        const qsizetype pairs = std::min<qsizetype>(n / 2, 4096);
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZero += p[2 * i] == 0;
            oddZero += p[2 * i + 1] == 0;
        }
        if (oddZero * 10 >= pairs * 9 && evenZero == 0)
            return {TextEncoding::Utf16LE, 0};
        if (evenZero * 10 >= pairs * 9 && oddZero == 0)
            return {TextEncoding::Utf16BE, 0};
    }

    const qsizetype invalid = firstInvalidUtf8(sample, complete);
    if (invalid < 0)
        return {TextEncoding::Utf8, 0};
    // A sample that is mostly real UTF-8 with a stray byte (one row pasted from a Windows-1252
    // file) is UTF-8: read as Windows-1252 every other name would turn into "JÃ¼rgen" without a
    // word. The decoder stops at the stray byte and says where it is, as it does when the byte
    // comes later. Windows-1252 text seldom holds a valid UTF-8 pair ("Ã©"), and never as many
    // as its own accented letters: a tie (one "Jürgen", one stray "é") is UTF-8.
    const UsageCount usage = countUtf8Usage(sample, complete);
    if (usage.validSequences >= usage.invalidBytes)
        return {TextEncoding::Utf8, 0, true};
    return {TextEncoding::Windows1252, 0};
}

TextDecoder::TextDecoder(TextEncoding encoding, bool sniffed)
    : m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
    , m_sniffed(sniffed)
    , m_windows1252("windows-1252", QStringConverter::Flag::Stateless)
{}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (hasError())
        return {};
    switch (m_encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return decodeUtf16(bytes);
    case TextEncoding::Windows1252:
        return decodeWindows1252(bytes);
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return decodeUtf8(bytes);
}

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QByteArray chunk = m_carry + bytes.toByteArray();
    m_carry.clear();
    m_offset += chunk.size();
    if (m_windows1252.isValid())
        return m_windows1252.decode(chunk);
    // Without ICU: Latin-1 plus the 0x80-0x9F block where Windows-1252 differs.
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(chunk.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const uchar b = uchar(chunk[i]);
        out[i] = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString TextDecoder::decodeUtf8(QByteArrayView bytes)
{
    QByteArray owned;
    QByteArrayView chunk = bytes;
    if (!m_carry.isEmpty()) {
        owned = m_carry + bytes.toByteArray();
        m_carry.clear();
        chunk = owned;
    }
    const qsizetype tail = incompleteTail(chunk);
    const QByteArrayView body = chunk.first(chunk.size() - tail);
    const bool ascii = allAscii(body.data(), body.size());

    QString text;
    if (ascii) {
        text = QString::fromLatin1(body);
    } else {
        const qsizetype bad = firstInvalidUtf8(body, true);
        if (bad >= 0) {
            if (m_sniffed && !m_sawNonAscii && allAscii(body.data(), bad)) {
                // Nothing but ASCII so far: reading the whole stream as Windows-1252 changes no earlier text.
                m_encoding = TextEncoding::Windows1252;
                m_switched = true;
                m_carry.clear();
                return decodeWindows1252(chunk);
            }
            m_errorOffset = m_offset + bad;
            text = QString::fromUtf8(body.first(bad));
            m_offset += bad;
            return text;
        }
        m_sawNonAscii = true;
        text = QString::fromUtf8(body);
    }
    m_offset += body.size();
    m_carry = chunk.last(tail).toByteArray();
    return text;
}

QString TextDecoder::decodeUtf16(QByteArrayView bytes)
{
    QByteArray chunk = m_carry + bytes.toByteArray();
    m_carry.clear();
    const bool little = m_encoding == TextEncoding::Utf16LE;
    qsizetype units = chunk.size() / 2;
    const auto *p = reinterpret_cast<const uchar *>(chunk.constData());
    auto unitAt = [&](qsizetype i) -> char16_t {
        return little ? char16_t(p[2 * i] | (p[2 * i + 1] << 8)) : char16_t((p[2 * i] << 8) | p[2 * i + 1]);
    };
    // A high surrogate at the very end waits for its partner in the next chunk.
    if (units > 0 && QChar::isHighSurrogate(unitAt(units - 1)))
        --units;

    QString text(units, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = unitAt(i);
        bool valid = true;
        if (QChar::isHighSurrogate(u))
            valid = i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1));
        else if (QChar::isLowSurrogate(u))
            valid = i > 0 && QChar::isHighSurrogate(unitAt(i - 1));
        if (!valid) {
            m_errorOffset = m_offset + 2 * i;
            m_offset += 2 * i;
            text.truncate(i);
            return text;
        }
        out[i] = QChar(u);
    }
    m_offset += 2 * units;
    m_carry = chunk.mid(2 * units);
    return text;
}

void TextDecoder::finish()
{
    if (!hasError() && !m_carry.isEmpty())
        m_errorOffset = m_offset;
}

} // namespace Leadline::ImportExport
