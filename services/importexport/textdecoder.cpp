#include "services/importexport/textdecoder.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

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

    // UTF-16 without a BOM: text and markup in Latin letters has a zero in every other byte, and
    // text in other scripts still in its delimiters, digits and addresses. UTF-8 and Windows-1252
    // text has none; a character such as U+4E00 or U+0100 puts one on the other side.
    if (n >= 4) {
        qsizetype evenZero = 0, oddZero = 0;
        const qsizetype pairs = std::min<qsizetype>(n / 2, 4096);
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZero += p[2 * i] == 0;
            oddZero += p[2 * i + 1] == 0;
        }
        if ((evenZero + oddZero) * 5 >= pairs) { // a fifth of the pairs or more
            if (oddZero > 4 * evenZero)
                return {TextEncoding::Utf16LE, 0};
            if (evenZero > 4 * oddZero)
                return {TextEncoding::Utf16BE, 0};
        }
    }

    const qsizetype invalid = firstInvalidUtf8(sample, complete);
    if (invalid < 0)
        return {TextEncoding::Utf8, 0};
    // A sample that is mostly real UTF-8 with a stray byte (one row pasted from a Windows-1252
    // file) is UTF-8. Windows-1252 text seldom holds a valid UTF-8 pair ("Ã©"), and never as
    // many as its own accented letters: a tie (one "Jürgen", one stray "é") is UTF-8. (Either
    // way a file is decoded mixed unless its encoding was chosen: this only names it.)
    const UsageCount usage = countUtf8Usage(sample, complete);
    if (usage.validSequences >= usage.invalidBytes)
        return {TextEncoding::Utf8, 0, true};
    return {TextEncoding::Windows1252, 0};
}

TextDecoder::TextDecoder(TextEncoding encoding, bool mixed)
    : m_encoding(encoding == TextEncoding::Auto || mixed ? TextEncoding::Utf8 : encoding)
    , m_mixed(mixed)
    , m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom)
    , m_windows1252("windows-1252", QStringConverter::Flag::Stateless)
{}

TextEncoding TextDecoder::encoding() const
{
    if (m_mixed)
        return m_windows1252Bytes > m_utf8Sequences ? TextEncoding::Windows1252 : TextEncoding::Utf8;
    return m_encoding;
}

QString TextDecoder::readingNote() const
{
    if (m_windows1252Bytes == 0 || m_utf8Sequences == 0)
        return {};
    if (m_windows1252Bytes > m_utf8Sequences) // a Windows-1252 file with a few UTF-8 pairs: too rare to list
        return QCoreApplication::translate(
            "Leadline::ImportExport::TextDecoder",
            "The file is in Windows-1252 but holds some text in UTF-8 (such as “Ã©” for é), which was read as "
            "UTF-8. Check accented letters in its contacts.");
    QStringList lines;
    for (const qint64 line : m_windows1252Lines)
        lines << QLocale().toString(line);
    QString where = lines.join(QStringLiteral(", "));
    if (m_windows1252LineCount > m_windows1252Lines.size()) {
        const qint64 more = m_windows1252LineCount - m_windows1252Lines.size();
        const int count = more > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(more);
        where = QCoreApplication::translate("Leadline::ImportExport::TextDecoder", "%1 and %Ln more", nullptr, count)
                    .arg(where);
    }
    if (m_windows1252LineCount == 1)
        return QCoreApplication::translate(
                   "Leadline::ImportExport::TextDecoder",
                   "Line %1 of the file is not in UTF-8 like the rest; it was read as Windows-1252, the encoding it "
                   "most likely comes from (the byte E9 as é). Check the contact of that row.")
            .arg(where);
    return QCoreApplication::translate(
               "Leadline::ImportExport::TextDecoder",
               "Some lines of the file are not in UTF-8 like the rest (lines %1); they were read as Windows-1252, "
               "the encoding they most likely come from (the byte E9 as é). Check the contacts of those rows.")
        .arg(where);
}

qint64 TextDecoder::lineNumber() const
{
    return 1 + (m_lineFeeds > 0 ? m_lineFeeds : m_carriageReturns);
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (hasError())
        return {};
    if (m_mixed)
        return decodeMixed(bytes);
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
    return windows1252Text(chunk);
}

QChar TextDecoder::windows1252Char(uchar b)
{
    // Latin-1 plus the 0x80-0x9F block where Windows-1252 differs (the same as ICU's table).
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    return (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
}

QString TextDecoder::windows1252Text(QByteArrayView chunk)
{
    QString text(chunk.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < chunk.size(); ++i)
        out[i] = windows1252Char(uchar(chunk[i]));
    return text;
}

void TextDecoder::noteWindows1252Line(qint64 line)
{
    if (line == m_lastWindows1252Line)
        return;
    m_lastWindows1252Line = line;
    ++m_windows1252LineCount;
    if (m_windows1252Lines.size() < 5)
        m_windows1252Lines << line;
}

QByteArrayView TextDecoder::afterCarry(QByteArrayView bytes, QByteArray &owned)
{
    if (m_carry.isEmpty())
        return bytes;
    owned = std::exchange(m_carry, QByteArray()) + bytes.toByteArray();
    return owned;
}

QString TextDecoder::decodeMixed(QByteArrayView bytes)
{
    QByteArray owned;
    const QByteArrayView chunk = afterCarry(bytes, owned);
    const qsizetype tail = incompleteTail(chunk);
    QByteArrayView body = chunk.first(chunk.size() - tail);
    m_carry = chunk.last(tail).toByteArray();
    m_offset += body.size();

    QString text;
    if (allAscii(body.data(), body.size())) {
        text = QString::fromLatin1(body);
    } else {
        // Written in place: UTF-16 never takes more units than the UTF-8 bytes it comes from.
        text.resize(body.size());
        QChar *out = text.data();
        qsizetype done = 0; // of body, decoded
        // Line breaks before the byte decoded, counted as far as the last one read as Windows-1252.
        qsizetype counted = 0;
        qint64 feeds = m_lineFeeds, returns = m_carriageReturns;
        const auto lineAt = [&](qsizetype pos) {
            const QByteArrayView span = body.sliced(counted, pos - counted);
            feeds += std::count(span.begin(), span.end(), '\n');
            returns += std::count(span.begin(), span.end(), '\r');
            counted = pos;
            return 1 + (feeds > 0 ? feeds : returns);
        };
        qint64 leads = 0;
        while (done < body.size()) {
            const QByteArrayView rest = body.sliced(done);
            const qsizetype bad = firstInvalidUtf8(rest, true);
            const QByteArrayView valid = bad < 0 ? rest : rest.first(bad);
            for (const char c : valid)
                leads += (uchar(c) & 0xC0) == 0xC0; // lead bytes of valid sequences
            out = m_utf8.appendToBuffer(out, valid);
            if (bad < 0)
                break;
            ++m_windows1252Bytes;
            *out++ = windows1252Char(uchar(rest[bad]));
            noteWindows1252Line(lineAt(done + bad));
            done += bad + 1;
        }
        m_utf8Sequences += leads;
        text.truncate(out - text.constData());
    }
    m_lineFeeds += std::count(body.begin(), body.end(), '\n');
    if (m_lineFeeds == 0)
        m_carriageReturns += std::count(body.begin(), body.end(), '\r');
    return text;
}

QString TextDecoder::decodeUtf8(QByteArrayView bytes)
{
    QByteArray owned;
    const QByteArrayView chunk = afterCarry(bytes, owned);
    const qsizetype tail = incompleteTail(chunk);
    const QByteArrayView body = chunk.first(chunk.size() - tail);
    const bool ascii = allAscii(body.data(), body.size());

    QString text;
    if (ascii) {
        text = QString::fromLatin1(body);
    } else {
        const qsizetype bad = firstInvalidUtf8(body, true);
        if (bad >= 0) {
            m_errorOffset = m_offset + bad;
            text = QString::fromUtf8(body.first(bad));
            m_offset += bad;
            return text;
        }
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

QString TextDecoder::finish()
{
    if (hasError() || m_carry.isEmpty())
        return {};
    if (!m_mixed) {
        m_errorOffset = m_offset;
        return {};
    }
    // The start of a sequence the file ends in: not UTF-8 after all (its bytes are no line breaks).
    const QByteArray rest = std::exchange(m_carry, QByteArray());
    m_offset += rest.size();
    m_windows1252Bytes += rest.size();
    noteWindows1252Line(lineNumber());
    return windows1252Text(rest);
}

} // namespace Leadline::ImportExport
