#include "services/importexport/spreadsheetwriter.h"

#include "services/storage/databasefiles.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

#include "services/importexport/xlsxwriterlibrary.h"

namespace Leadline::ImportExport {

namespace {
constexpr qint64 MaxRows = 1048576;

// Text that reads like an OOXML character escape ("_x0041_") is one to Excel, which shows "A":
// its underscore is escaped in turn ("_x005F_x0041_"), as Excel itself writes such text.
// libxlsxwriter escapes only the control characters it writes that way.
QString escapeLiteralEscapes(const QString &cell)
{
    if (!cell.contains(QLatin1String("_x"), Qt::CaseInsensitive))
        return cell;
    static const QRegularExpression escapeLike(QStringLiteral("_(?=[xX][0-9A-Fa-f]{4}_)"));
    QString escaped = cell;
    escaped.replace(escapeLike, QStringLiteral("_x005F_"));
    return escaped;
}
constexpr qsizetype MaxColumns = 16384;
constexpr qsizetype MaxCellChars = 32767;

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil): a million rows of two timestamps each, no QDateTime parsing for them.
qint64 daysSinceEpoch(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// "2026-01-02T03:04:05Z" or "2026-01-02T03:04:05.678Z" as Excel's serial number of days
// since 1899-12-30 (dates from 1900-03-01 on, as Excel counts them); nothing for any other text.
std::optional<double> excelSerialOf(const QString &cell)
{
    if ((cell.size() != 20 && cell.size() != 24) || cell.back() != u'Z' || cell.at(10) != u'T')
        return std::nullopt;
    const auto digits = [&cell](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = cell.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    const int ms = cell.size() == 24 ? digits(20, 3) : 0;
    if (cell.at(4) != u'-' || cell.at(7) != u'-' || cell.at(13) != u':' || cell.at(16) != u':' ||
        (cell.size() == 24 && cell.at(19) != u'.') || year < 1900 || ms < 0 || !QDate::isValid(year, month, day) ||
        hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || (year == 1900 && month < 3))
        return std::nullopt;
    constexpr qint64 kExcelEpochToUnixEpoch = 25569; // days from 1899-12-30 to 1970-01-01
    const qint64 msOfDay = ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + ms;
    return double(daysSinceEpoch(year, month, day) + kExcelEpochToUnixEpoch) + double(msOfDay) / 86400000.0;
}
} // namespace

SpreadsheetWriter::~SpreadsheetWriter()
{
    if (m_workbook) {
        m_library->prepareThisThread();
        m_library->workbookFree(m_workbook); // discards everything: no half-written file
        QFile::remove(m_partialPath);
    }
}

Error SpreadsheetWriter::libraryError(int code, const QString &where) const
{
    return Error(ErrorCode::Io, tr("Could not write %1 (%2): %3")
                                    .arg(QFileInfo(m_path).fileName(), where,
                                         QString::fromUtf8(m_library->strerror(lxw_error(code)))));
}

Expected<std::unique_ptr<SpreadsheetWriter>> SpreadsheetWriter::open(const QString &path,
                                                                     const SpreadsheetWriteOptions &options)
{
    const QString partialPath = path + QStringLiteral(".part"); // where it is made, then renamed
    for (const QString &written : {path, partialPath})
        if (Result allowed = Storage::DatabaseFiles::refuse(written); !allowed)
            return allowed.error();
    // libxlsxwriter creates the file only when the workbook is closed, after every row: a
    // folder it cannot write to is found out here instead, before the rows, as a CSV export is.
    {
        QFile probe(partialPath);
        if (!probe.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io, tr("Could not create %1: %2").arg(path, probe.errorString()));
        probe.close();
        probe.remove();
    }
    auto library = XlsxWriterLibrary::instance();
    if (!library)
        return library.error();
    std::unique_ptr<SpreadsheetWriter> writer(new SpreadsheetWriter);
    writer->m_library = *library;
    writer->m_path = path;
    writer->m_partialPath = partialPath;
    writer->m_options = options;
    writer->m_tempDir = QDir::tempPath().toUtf8();

    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_TRUE;
    workbookOptions.tmpdir = writer->m_tempDir.data();
    workbookOptions.use_zip64 = LXW_TRUE;
    writer->m_workbook =
        writer->m_library->workbookNewOpt(writer->m_partialPath.toUtf8().constData(), &workbookOptions);
    if (!writer->m_workbook)
        return Error(ErrorCode::Io, tr("Could not create %1.").arg(path));
    QString sheetName = options.sheetName.left(31);
    writer->m_sheet = writer->m_library->workbookAddWorksheet(writer->m_workbook, sheetName.toUtf8().constData());
    if (!writer->m_sheet)
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" cannot be used as a sheet name.").arg(options.sheetName));
    if (options.boldFirstRow) {
        writer->m_bold = writer->m_library->workbookAddFormat(writer->m_workbook);
        writer->m_library->formatSetBold(writer->m_bold);
    }
    if (!options.timestampColumns.isEmpty()) {
        writer->m_timestamp = writer->m_library->workbookAddFormat(writer->m_workbook);
        writer->m_library->formatSetNumFormat(writer->m_timestamp, "yyyy-mm-dd hh:mm:ss");
        for (const int column : options.timestampColumns) {
            if (column < 0 || column >= MaxColumns)
                continue;
            if (writer->m_isTimestampColumn.size() <= column)
                writer->m_isTimestampColumn.resize(column + 1, false);
            writer->m_isTimestampColumn[column] = true;
            // Wide enough for the date and time: a narrower date cell shows "########".
            writer->m_library->worksheetSetColumn(writer->m_sheet, lxw_col_t(column), lxw_col_t(column), 19, nullptr);
        }
    }
    return writer;
}

Result SpreadsheetWriter::writeRow(const QStringList &cells)
{
    if (m_finished || !m_workbook)
        return Error(ErrorCode::InvalidArgument, tr("%1 is already complete.").arg(QFileInfo(m_path).fileName()));
    if (m_rows >= MaxRows)
        return Error(ErrorCode::InvalidArgument,
                     tr("An .xlsx sheet holds at most %1 rows; export to CSV for more.").arg(MaxRows));
    if (cells.size() > MaxColumns)
        return Error(ErrorCode::InvalidArgument, tr("An .xlsx sheet holds at most %1 columns.").arg(MaxColumns));
    m_library->prepareThisThread();
    lxw_format *format = (m_rows == 0 && m_bold) ? m_bold : nullptr;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (cells.at(column).isEmpty())
            continue;
        const QString cell = escapeLiteralEscapes(cells.at(column)); // what Excel counts
        if (cell.size() > MaxCellChars)
            return Error(ErrorCode::InvalidArgument,
                         tr("Row %1, column %2 has %3 characters; an .xlsx cell holds at most %4.")
                             .arg(m_rows + 1)
                             .arg(column + 1)
                             .arg(cell.size())
                             .arg(MaxCellChars));
        if (m_rows > 0 && column < m_isTimestampColumn.size() && m_isTimestampColumn.at(column))
            if (const std::optional<double> serial = excelSerialOf(cell)) {
                const lxw_error status = m_library->worksheetWriteNumber(m_sheet, lxw_row_t(m_rows), lxw_col_t(column),
                                                                         *serial, m_timestamp);
                if (status != LXW_NO_ERROR)
                    return libraryError(status, tr("row %1, column %2").arg(m_rows + 1).arg(column + 1));
                continue;
            }
        // Otherwise a string cell: text such as "=HYPERLINK(...)" must never become a formula.
        const lxw_error status = m_library->worksheetWriteString(
            m_sheet, lxw_row_t(m_rows), lxw_col_t(column), cell.toUtf8().constData(), format);
        if (status != LXW_NO_ERROR)
            return libraryError(status, tr("row %1, column %2").arg(m_rows + 1).arg(column + 1));
    }
    ++m_rows;
    return {};
}

Result SpreadsheetWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    lxw_workbook *workbook = m_workbook;
    m_workbook = nullptr;
    m_library->prepareThisThread(); // should it not be the thread that opened
    const lxw_error status = m_library->workbookClose(workbook);
    if (status != LXW_NO_ERROR) {
        QFile::remove(m_partialPath);
        return libraryError(status, tr("saving"));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partialPath, m_path)) {
        QFile::remove(m_partialPath);
        return Error(ErrorCode::Io, tr("Could not save %1.").arg(m_path));
    }
    return {};
}

} // namespace Leadline::ImportExport
