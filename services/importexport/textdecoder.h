#pragma once

#include "services/importexport/readoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace Leadline::ImportExport {

// Turns a byte stream into text chunk by chunk and finds exactly where the bytes stop making sense.
//
// Auto-detection looks at a sample: a BOM wins; otherwise UTF-16 when (nearly) every other byte
// is zero, and UTF-8 or Windows-1252 otherwise. Files of the last two are decoded "mixed": every
// valid UTF-8 sequence as UTF-8, every other byte as Windows-1252. A Windows-1252 file reads the
// same either way (its accented letters are single bytes, almost never valid UTF-8 sequences: only
// an "Ã©" already garbled reads as "é"), and so does a UTF-8 file; a file that mixes them (rows
// pasted from one into the other, wherever they are) reads right in every row, where one encoding
// for the whole file would turn either "René" or every "Jürgen" into garbage. The decoder counts
// both kinds and the first lines with bytes read as Windows-1252, for a note (readingNote()) that
// names the rows to check when the rest of the file is UTF-8.
// An encoding chosen by hand is strict: decoding stops with an error at the first byte it cannot read.
// Not thread-safe; one decoder per stream.
class TextDecoder
{
public:
    struct Detection
    {
        TextEncoding encoding = TextEncoding::Utf8;
        qsizetype bomLength = 0;
        bool strayBytes = false; // UTF-8 with bytes that are not (names the sample; mixed decoding reads both)
        // UTF-8 or Windows-1252: decode mixed (see above) when the encoding was not chosen by hand.
        bool mixable() const { return encoding == TextEncoding::Utf8 || encoding == TextEncoding::Windows1252; }
    };
    // complete: the sample is the whole file (an incomplete sequence at its end is then invalid).
    static Detection detect(QByteArrayView sample, bool complete);
    // Offset of the first byte that is not valid UTF-8, or -1. An incomplete sequence at the end
    // counts as invalid only if complete is set.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool complete);

    // mixed: UTF-8 with other bytes read as Windows-1252 (see above); encoding is then ignored.
    TextDecoder(TextEncoding encoding, bool mixed);

    // Decodes the next bytes (carrying incomplete sequences over to the next call). After an invalid
    // sequence it returns the text before it, hasError() turns true and later calls return nothing.
    QString decode(QByteArrayView bytes);
    // End of input: returns what was held back for the next call. An incomplete trailing sequence
    // becomes an error (or, mixed, Windows-1252 text).
    QString finish();

    // Mixed: UTF-8 unless bytes read as Windows-1252 outnumber the UTF-8 sequences.
    TextEncoding encoding() const;
    // Mixed, when the text held both kinds: which lines held the fewer kind, in words; else empty.
    QString readingNote() const;
    bool hasError() const { return m_errorOffset >= 0; }
    qint64 errorByteOffset() const { return m_errorOffset; } // from the first byte given to decode()
    qint64 bytesDecoded() const { return m_offset; }

private:
    // The bytes carried over from the last call and these (owned holds them when there are such).
    QByteArrayView afterCarry(QByteArrayView bytes, QByteArray &owned);
    QString decodeUtf8(QByteArrayView bytes);
    QString decodeMixed(QByteArrayView bytes);
    QString decodeUtf16(QByteArrayView bytes);
    QString decodeWindows1252(QByteArrayView bytes);
    QString windows1252Text(QByteArrayView bytes);
    static QChar windows1252Char(uchar byte);
    // The line decoding has reached, for the notes: line feeds, or carriage returns in a file
    // without any, so far.
    qint64 lineNumber() const;
    void noteWindows1252Line(qint64 line);

    TextEncoding m_encoding;
    bool m_mixed;
    // Mixed: what was read so far, and where the bytes that are not UTF-8 were.
    qint64 m_utf8Sequences = 0;
    qint64 m_windows1252Bytes = 0;
    qint64 m_lineFeeds = 0;
    qint64 m_carriageReturns = 0;
    qint64 m_windows1252LineCount = 0;
    QList<qint64> m_windows1252Lines; // the first few
    qint64 m_lastWindows1252Line = 0;
    QByteArray m_carry;  // bytes of a sequence split across chunks
    qint64 m_offset = 0; // bytes consumed before m_carry
    qint64 m_errorOffset = -1;
    QStringDecoder m_utf8; // stateless (decodeMixed() hands it whole sequences), keeps a BOM as text
    QStringDecoder m_windows1252;
};

} // namespace Leadline::ImportExport
