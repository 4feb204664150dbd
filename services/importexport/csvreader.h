#pragma once

#include "services/importexport/tabularreader.h"
#include "services/importexport/textdecoder.h"

#include <memory>

class QIODevice;

namespace Leadline::ImportExport {

// Streams RFC 4180 CSV/TSV: quoted delimiters, doubled quotes, line breaks inside quotes, CRLF/LF/CR
// line ends. Reads the device in 1 MiB chunks; memory stays bounded by the chunk plus the longest
// field (ReadOptions::maxFieldChars). Lenient where Excel is: a quote inside an unquoted field and text
// after a closing quote are kept literally.
// A quote that is never closed would swallow the rest of the file into one field, or the rows up
// to the next quote: a quoted field that runs over a line break and then never closes, grows too
// long, or is followed by text after its closing quote (the next field's opening quote, taken for
// its end), is taken for a broken quote. Its line is left out (an error the reader continues
// after, with the line's cells) and reading goes on with the next line. (Each such quote is read
// up to the next quote in the file, which opens the next one: the file is read about twice at most.)
// Not thread-safe; owns the file it opens by path.
class CsvReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::CsvReader)
public:
    static Expected<std::unique_ptr<CsvReader>> open(const QString &path, const ReadOptions &options = {});
    // device: open for reading, borrowed. sourceName: how errors name the input.
    static Expected<std::unique_ptr<CsvReader>> open(QIODevice *device, const QString &sourceName,
                                                     const ReadOptions &options = {});
    ~CsvReader() override;

    QChar delimiter() const { return m_delimiter; }
    // The encoding in use; for a file read mixed, the one most of its text so far is in (see TextDecoder).
    TextEncoding encoding() const { return m_decoder ? m_decoder->encoding() : TextEncoding::Utf8; }
    QString readingNote() const override { return m_decoder ? m_decoder->readingNote() : QString(); }

    // Read ahead in blocks, counted as far as the rows handed out reach into the current
    // block: an import estimates the file's rows from it after its first rows.
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_totalBytes; }

protected:
    Expected<std::optional<TabularRow>> readRecord() override;

private:
    CsvReader(QIODevice *device, std::unique_ptr<QIODevice> owned, const QString &sourceName,
              const ReadOptions &options);
    Result init();
    Result refill();
    Error errorAt(qint64 line, qint64 column, const QString &what) const;
    qint64 columnAt(qsizetype pos) const { return m_textBase + pos - m_lineStart + 1; }
    void newLine(qsizetype posAfter)
    {
        ++m_line;
        m_lineStart = m_textBase + posAfter;
    }

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    // Where to read on from when the quoted field that ran over a line break turns out broken.
    struct Rewind
    {
        qint64 textPos = 0; // absolute character offset just after the line break
        qint64 line = 0;    // the line that starts there
        bool skipLineFeed = false;
        qint64 quoteLine = 0, quoteColumn = 0; // where the field opened
        TabularRow opening;                    // the record's cells up to the line break
    };
    // Leaves the line where the broken quote opened out and rewinds to the line after it.
    Expected<std::optional<TabularRow>> leaveOutBrokenQuote(const QString &why);

    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device;
    ReadOptions m_options;
    std::unique_ptr<TextDecoder> m_decoder;
    QChar m_delimiter;
    QByteArray m_raw;
    QString m_text; // decoded, not yet parsed text starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_textBase = 0; // characters before m_text
    qint64 m_line = 1;
    qint64 m_lineStart = 0;      // character offset where m_line starts
    bool m_skipLineFeed = false; // a CR ended the last chunk: an LF right after belongs to it
    bool m_inputDone = false;
    qint64 m_bytesRead = 0;
    qint64 m_textBytes = 0; // the bytes m_text was decoded from
    qsizetype m_bomLength = 0;
    qint64 m_totalBytes = 0;
    QStringList m_cells;
    QString m_field;
    std::optional<Rewind> m_rewind; // while a quoted field runs over lines; refill() keeps the text from there
    int m_brokenQuotes = 0;
};

} // namespace Leadline::ImportExport
