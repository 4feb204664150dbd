#pragma once

#include "services/importexport/readoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace Leadline::ImportExport {

// Turns a byte stream into text chunk by chunk and finds exactly where the bytes stop making sense.
//
// Auto-detection looks at a sample: a BOM wins; otherwise UTF-16 when every other byte is zero,
// UTF-8 when the sample is valid UTF-8 or mostly real UTF-8 with stray bytes (which then stop
// decoding where they are), and Windows-1252 otherwise. If a later chunk of a file
// sniffed as UTF-8 holds an invalid sequence, the decoder switches to Windows-1252 only while
// everything decoded so far was plain ASCII (both readings agree on it, so no earlier row changes);
// once real UTF-8 has been seen, the file is inconsistent and decoding stops with an error at that
// byte instead of producing replacement characters.
// Not thread-safe; one decoder per stream.
class TextDecoder
{
public:
    struct Detection
    {
        TextEncoding encoding = TextEncoding::Utf8;
        qsizetype bomLength = 0;
        bool strayBytes = false; // UTF-8 with bytes that are not
    };
    // complete: the sample is the whole file (an incomplete sequence at its end is then invalid).
    static Detection detect(QByteArrayView sample, bool complete);
    // Offset of the first byte that is not valid UTF-8, or -1. An incomplete sequence at the end
    // counts as invalid only if complete is set.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool complete);

    // sniffed: the encoding came from detect(), so the ASCII-only switch described above is allowed.
    TextDecoder(TextEncoding encoding, bool sniffed);

    // Decodes the next bytes (carrying incomplete sequences over to the next call). After an invalid
    // sequence it returns the text before it, hasError() turns true and later calls return nothing.
    QString decode(QByteArrayView bytes);
    // End of input: an incomplete trailing sequence becomes an error.
    void finish();

    TextEncoding encoding() const { return m_encoding; }
    bool switchedToWindows1252() const { return m_switched; }
    bool sawNonAscii() const { return m_sawNonAscii; } // valid UTF-8 beyond ASCII, so far
    bool hasError() const { return m_errorOffset >= 0; }
    qint64 errorByteOffset() const { return m_errorOffset; } // from the first byte given to decode()
    qint64 bytesDecoded() const { return m_offset; }

private:
    QString decodeUtf8(QByteArrayView bytes);
    QString decodeUtf16(QByteArrayView bytes);
    QString decodeWindows1252(QByteArrayView bytes);

    TextEncoding m_encoding;
    bool m_sniffed;
    bool m_switched = false;
    bool m_sawNonAscii = false;
    QByteArray m_carry;  // bytes of a sequence split across chunks
    qint64 m_offset = 0; // bytes consumed before m_carry
    qint64 m_errorOffset = -1;
    QStringDecoder m_windows1252;
};

} // namespace Leadline::ImportExport
