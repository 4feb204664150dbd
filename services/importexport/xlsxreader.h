#pragma once

#include "services/importexport/tabularreader.h"
#include "services/importexport/xlsxsharedstrings.h"
#include "services/importexport/xlsxsheetparser.h"
#include "services/importexport/xlsxstyles.h"

#include <QHash>

#include <memory>

class QIODevice;
class QuaZip;

namespace Leadline::ImportExport {

class ZipEntryStream;

// Streams one sheet of an .xlsx workbook straight from the zip entry (no extraction): reads the
// workbook's sheet list, the shared strings and the date styles up front, then the sheet XML in
// 256 KiB chunks. Zip-bomb limits and the shared-strings cap come from ReadOptions.
// Not thread-safe; owns the archive it opens by path, borrows a device passed in.
class XlsxReader final : public TabularReader
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::XlsxReader)
public:
    static Expected<std::unique_ptr<XlsxReader>> open(const QString &path, const ReadOptions &options = {});
    // device: open for reading and seekable, borrowed. sourceName: how errors name the input.
    static Expected<std::unique_ptr<XlsxReader>> open(QIODevice *device, const QString &sourceName,
                                                      const ReadOptions &options = {});
    ~XlsxReader() override;

    const QStringList &sheetNames() const { return m_sheetNames; } // in workbook order, hidden ones too
    // The sheets Excel shows as tabs: what a user picks from (hidden ones hold lookups and the like).
    const QStringList &visibleSheetNames() const { return m_visibleSheetNames; }
    const QString &sheetName() const { return m_sheetName; }
    // How many rows a visible sheet spans, header included, as the sheet says of itself (its
    // dimension, which Excel and LibreOffice write): for choosing among several sheets. Unknown
    // for a sheet that does not say, for a workbook of one visible sheet, and unless
    // ReadOptions::measureSheets asked for it.
    std::optional<qint64> rowsOfSheet(const QString &name) const;
    bool usesDate1904() const { return m_date1904; }

    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

protected:
    Expected<std::optional<TabularRow>> readRecord() override;

private:
    XlsxReader(std::unique_ptr<QuaZip> zip, const QString &sourceName, const ReadOptions &options);
    Result init();
    Expected<QByteArray> readPart(const QString &entry);
    Expected<QHash<QString, QString>> readRelationships(const QString &partPath);
    // The last row of a sheet's dimension ("A1:J1001": 1001), read from the start of its part.
    std::optional<qint64> dimensionRows(const QString &sheetPath);

    std::unique_ptr<QuaZip> m_zip;
    ReadOptions m_options;
    QStringList m_sheetNames;
    QStringList m_visibleSheetNames;
    QString m_sheetName;
    QHash<QString, qint64> m_sheetRows; // rowsOfSheet()
    bool m_date1904 = false;
    XlsxSharedStrings m_strings;
    XlsxStyles m_styles;
    std::unique_ptr<ZipEntryStream> m_sheet;
    std::unique_ptr<XlsxSheetParser> m_parser;
};

} // namespace Leadline::ImportExport
