#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace Leadline::ImportExport {

// Whether the first row holds column labels. Auto decides from the first rows (HeaderDetector).
enum class HeaderMode { Auto, Present, Absent };

// Text encodings the CSV reader understands. Auto: a BOM decides, otherwise UTF-8 when the first
// 64 KiB are valid UTF-8, else Windows-1252 (see TextDecoder for what happens when later bytes disagree).
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

QString textEncodingName(TextEncoding encoding);
// "utf-8", "UTF-16LE", "windows-1252", "cp1252", "latin1"…: the encoding the name means, if any.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

// Everything a caller can choose when opening a file for import; each reader uses the fields it knows.
struct ReadOptions
{
    HeaderMode header = HeaderMode::Auto;
    // Recognises a column name. Only with it is a title above the header looked for, and the
    // header found below a title must hold such a name (HeaderDetector::preambleRows()). The
    // contact import passes its automatic mapping's: isKnownColumnName().
    std::function<bool(const QString &)> isKnownColumnName;

    // CSV
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: sniffed among , ; tab |
    // A single field may not grow beyond this many characters; it bounds memory when a quote is never closed.
    qsizetype maxFieldChars = 16 * 1024 * 1024;

    // XLSX
    QString sheetName;   // matched case-insensitively; wins over sheetIndex
    int sheetIndex = -1; // 0-based position in the workbook; -1: the first visible sheet
    // Read how many rows each visible sheet spans (XlsxReader::rowsOfSheet()), for a choice
    // among them: an entry opened per sheet, which an import has no use for.
    bool measureSheets = false;
    // Zip-bomb limits: no entry may inflate beyond maxEntryBytes, and entries above
    // ratioCheckMinBytes may not inflate more than maxCompressionRatio times their compressed size.
    qint64 maxEntryBytes = qint64(4) * 1024 * 1024 * 1024;
    qint64 maxMetadataEntryBytes = 64 * 1024 * 1024; // workbook, relationships, styles: read whole
    double maxCompressionRatio = 250.0;
    qint64 ratioCheckMinBytes = 1024 * 1024;
    // The shared-strings table is the one part of a workbook that must be held in memory (as UTF-8).
    qint64 maxSharedStringBytes = 256 * 1024 * 1024;
    qint64 maxSharedStrings = 16 * 1024 * 1024;
};

} // namespace Leadline::ImportExport
