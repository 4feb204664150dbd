#pragma once

#include "services/importexport/tabularwriter.h"

#include <QCoreApplication>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Leadline::ImportExport {

class XlsxWriterLibrary;

struct SpreadsheetWriteOptions
{
    QString sheetName = QStringLiteral("Contacts");
    bool boldFirstRow = true; // the header row
    // Columns of UTC timestamps as stored ("2026-01-02T03:04:05.678Z"): below the header they
    // are date cells a spreadsheet sorts and filters as dates, shown "2026-01-02 03:04:05" (UTC,
    // to the millisecond inside). A cell of another form stays text.
    QList<int> timestampColumns;
};

// Writes one-sheet .xlsx files through libxlsxwriter in constant-memory mode (each row goes to a temp
// file as it is written). Every cell is written as a string, never as a formula, so formula-looking
// text stays inert. Excel's limits (1,048,576 rows, 16,384 columns, 32,767 characters a cell) come back
// as errors. The workbook is built under a temporary name and renamed into place by finish().
// Not thread-safe; owns the workbook.
class SpreadsheetWriter final : public TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::SpreadsheetWriter)
public:
    static Expected<std::unique_ptr<SpreadsheetWriter>> open(const QString &path,
                                                             const SpreadsheetWriteOptions &options = {});
    ~SpreadsheetWriter() override;

    Result writeRow(const QStringList &cells) override;
    Result finish() override;
    qint64 rowsWritten() const override { return m_rows; }

private:
    SpreadsheetWriter() = default;
    Error libraryError(int code, const QString &where) const;

    const XlsxWriterLibrary *m_library = nullptr;
    QString m_path;
    QString m_partialPath;
    QByteArray m_tempDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_timestamp = nullptr;
    QList<bool> m_isTimestampColumn;
    SpreadsheetWriteOptions m_options;
    qint64 m_rows = 0;
    bool m_finished = false;
};

} // namespace Leadline::ImportExport
