#pragma once

#include "services/importexport/tabularwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

class QIODevice;
class QSaveFile;

namespace Leadline::ImportExport {

// The CSV separator a spreadsheet of this locale reads: Excel splits on the list separator of
// the system's regional settings, a semicolon where the comma is the decimal point (German,
// French, Spanish…), so a comma file opens there as one column.
QChar csvDelimiterFor(const QLocale &locale);

struct CsvWriteOptions
{
    bool byteOrderMark = false; // Excel needs it to read UTF-8 instead of the ANSI code page
    QChar delimiter = QLatin1Char(',');
    bool neutraliseFormulas = true; // see FormulaGuard
    bool cellsAsRead = false;       // the cells are a file's text, not values (FormulaGuard::neutraliseAsRead())
};

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends, quoting only fields that need it. Output is
// buffered and, for a path, written to a temporary file renamed into place by finish().
// Not thread-safe; owns the file it opens by path, borrows a device passed in.
class CsvWriter final : public TabularWriter
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::CsvWriter)
public:
    static Expected<std::unique_ptr<CsvWriter>> open(const QString &path, const CsvWriteOptions &options = {});
    static Expected<std::unique_ptr<CsvWriter>> open(QIODevice *device, const QString &name,
                                                     const CsvWriteOptions &options = {});
    ~CsvWriter() override;

    Result writeRow(const QStringList &cells) override;
    // Hands what is buffered to the device (a file opened by path appears at finish() only).
    Result flush();
    // Forgets what is buffered and not handed to the device yet.
    void discardBuffered() { m_buffer.clear(); }
    Result finish() override;
    qint64 rowsWritten() const override { return m_rows; }

private:
    CsvWriter(QIODevice *device, std::unique_ptr<QSaveFile> file, QString name, const CsvWriteOptions &options);

    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device;
    QString m_name;
    CsvWriteOptions m_options;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_finished = false;
};

} // namespace Leadline::ImportExport
