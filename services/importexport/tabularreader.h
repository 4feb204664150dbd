#pragma once

#include "services/core/expected.h"
#include "services/importexport/readoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <deque>
#include <optional>
#include <utility>

namespace Leadline::ImportExport {

struct TabularRow
{
    QStringList cells; // exactly TabularReader::columnCount() cells
    qint64 line = 0;   // 1-based: the CSV line where the record starts, or the XLSX sheet row number
};

// A streaming source of rows (CSV or one XLSX sheet) that never holds the whole file in memory.
// Not thread-safe: use a reader from one thread at a time. The reader owns the file it opened by path;
// a device passed in by the caller is borrowed and must outlive the reader.
class TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::TabularReader)
public:
    virtual ~TabularReader();
    TabularReader(const TabularReader &) = delete;
    TabularReader &operator=(const TabularReader &) = delete;

    // The next data row, std::nullopt at the end, or an Error. Rows whose cells are all empty are
    // skipped. A row with the wrong number of cells, or a record the file's structure broke (a CSV
    // quote never closed), comes back as an Error naming its line; the reader then canContinue()
    // with the following row. Any other error ends the reader: next() repeats it.
    Expected<std::optional<TabularRow>> next();
    bool canContinue() const { return !m_fatal.has_value(); }
    // The row the last error that the reader can continue after was about, with its line and
    // cells as read: once, for a report of rejected rows.
    std::optional<TabularRow> takeRowInError() { return std::exchange(m_rowInError, std::nullopt); }

    // Column labels: the header row's cells (empty ones named "Column N"), or "Column 1..N" without one.
    const QStringList &headers() const { return m_headers; }
    bool hasHeaderRow() const { return m_hasHeaderRow; }
    qint64 headerLine() const { return m_headerLine; } // 0 without a header row
    // Rows above the header that were left out as a title or note (HeaderDetector::preambleRows()).
    int preambleRows() const { return m_preambleRows; }
    int columnCount() const { return int(m_headers.size()); }
    qint64 rowsRead() const { return m_rowsRead; } // data rows handed out or reported so far
    // The cells of the first data rows, read ahead to find the header and not handed out yet (up
    // to 20, as read: a row may have another number of cells than there are headers).
    QList<QStringList> aheadRows() const;

    // Progress in bytes of the underlying stream; totalBytes() is 0 when unknown.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;

    const QString &sourceName() const { return m_sourceName; }
    // What a user should know about how the rows read so far were read (text in two encodings),
    // in words; empty when nothing.
    virtual QString readingNote() const { return {}; }

protected:
    enum class WidthRule {
        Exact,    // CSV: every record must have the header's cell count (or more, empty ones)
        PadShort, // XLSX: trailing empty cells are simply absent; extra cells must be empty
    };
    TabularReader(QString sourceName, const ReadOptions &options, WidthRule widthRule);

    // The next raw record from the file; std::nullopt at the end. Errors from here are fatal,
    // but for those made by leftOut().
    virtual Expected<std::optional<TabularRow>> readRecord() = 0;
    // For readRecord(): a record the file's structure broke (a quote never closed), left out while
    // reading goes on after it. Reported as a ragged row is: error, then the row as read.
    Error leftOut(TabularRow row, Error error)
    {
        m_leftOut = std::move(row);
        return error;
    }

    // Reads the first records to decide on the header and the width; subclasses call it once at open.
    Result start();

private:
    Expected<std::optional<TabularRow>> readNonEmptyRecord();
    Expected<std::optional<TabularRow>> shape(TabularRow row);

    QString m_sourceName;
    HeaderMode m_headerMode;
    std::function<bool(const QString &)> m_isKnownColumnName;
    WidthRule m_widthRule;
    QStringList m_headers;
    qsizetype m_labelledWidth = 0; // the header row's cells up to its last label
    bool m_hasHeaderRow = false;
    qint64 m_headerLine = 0;
    int m_preambleRows = 0;
    qint64 m_rowsRead = 0;
    struct SampledRecord
    {
        TabularRow row;
        std::optional<Error> leftOut; // the record was left out for this (leftOut())
    };
    std::deque<SampledRecord> m_sample;
    std::optional<TabularRow> m_leftOut;
    std::deque<SampledRecord> m_leftOutFirst; // while start() looks for the header
    std::optional<Error> m_deferredError; // hit while sampling, reported after the sampled rows
    std::optional<Error> m_fatal;
    std::optional<TabularRow> m_rowInError;
    bool m_ended = false;
};

} // namespace Leadline::ImportExport
