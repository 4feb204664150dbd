#include "readerhelpers.h"

#include "services/importexport/importfields.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/xlsxreader.h"
#include "services/importexport/xlsxsharedstrings.h"
#include "services/importexport/xlsxsheetparser.h"
#include "services/importexport/xlsxstyles.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Leadline;
using namespace Leadline::ImportExport;
using namespace Leadline::ImportExport::Testing;

namespace {

std::unique_ptr<XlsxReader> openFixture(const QString &name, const ReadOptions &options = {})
{
    auto reader = XlsxReader::open(fixture(name), options);
    EXPECT_TRUE(reader.hasValue()) << (reader ? std::string() : reader.error().message().toStdString());
    return reader ? std::move(*reader) : nullptr;
}

const QByteArray MinimalWorkbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                   "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray MinimalRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

// Writes a workbook whose only sheet holds sheetXml, compressed by QuaZip (deflate).
QString writeWorkbook(const QTemporaryDir &dir, const QByteArray &sheetXml)
{
    const QString path = dir.filePath(QStringLiteral("made.xlsx"));
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        EXPECT_EQ(file.write(data), data.size());
        file.close();
    };
    add(QStringLiteral("xl/workbook.xml"), MinimalWorkbook);
    add(QStringLiteral("xl/_rels/workbook.xml.rels"), MinimalRels);
    add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml);
    zip.close();
    return path;
}

} // namespace

TEST(XlsxReader, ExcelStyleSharedStringsNumbersBooleans)
{
    auto reader = openFixture(QStringLiteral("shared_strings.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->sheetName(), QStringLiteral("Contacts"));
    EXPECT_TRUE(reader->hasHeaderRow());
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Email", u"Age", u"Score", u"Phone", u"Active", u"Note"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada Lovelace", u"ada@example.com", u"36", u"0.1", u"4915112345678", u"TRUE",
                                    u"Bold and plain"}));
    EXPECT_EQ(rows[1].cells, cells({u"Alan Turing", u"alan@example.com", u"41", u"1234.5678", u"4930123456", u"FALSE",
                                    u"Line\r break _x0041_"}));
    EXPECT_EQ(rows[2].cells,
              cells({u"Grace Hopper", u"grace@example.com", u"85", u"-0.00000025", u"", u"TRUE", u"ünïcödé ✓"}));
    EXPECT_EQ(rows[2].line, 4);
    EXPECT_EQ(reader->bytesRead(), reader->totalBytes());
}

TEST(XlsxReader, DatesFollowTheCellStyle)
{
    auto reader = openFixture(QStringLiteral("dates.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->usesDate1904());
    QHash<QString, QString> values;
    for (const TabularRow &row : readAll(*reader))
        values.insert(row.cells.at(0), row.cells.at(1));
    EXPECT_EQ(values.value(QStringLiteral("iso")), QStringLiteral("2024-01-31"));
    EXPECT_EQ(values.value(QStringLiteral("german")), QStringLiteral("2024-02-29"));
    EXPECT_EQ(values.value(QStringLiteral("builtin14")), QStringLiteral("2023-12-24"));
    EXPECT_EQ(values.value(QStringLiteral("us_text_month")), QStringLiteral("1999-07-04"));
    EXPECT_EQ(values.value(QStringLiteral("datetime")), QStringLiteral("2024-03-01T14:30:05"));
    EXPECT_EQ(values.value(QStringLiteral("time")), QStringLiteral("08:15:00"));
    EXPECT_EQ(values.value(QStringLiteral("elapsed")), QStringLiteral("26:03:00"));
    EXPECT_EQ(values.value(QStringLiteral("old")), QStringLiteral("1900-02-28"));
    EXPECT_EQ(values.value(QStringLiteral("quoted_days")), QStringLiteral("42"));
    EXPECT_EQ(values.value(QStringLiteral("decimal")), QStringLiteral("3.25"));
    EXPECT_EQ(values.value(QStringLiteral("percent")), QStringLiteral("0.25"));
}

TEST(XlsxReader, Date1904Workbook)
{
    auto reader = openFixture(QStringLiteral("date1904.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->usesDate1904());
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"date", u"2024-01-31"}));
    EXPECT_EQ(rows[1].cells, cells({u"datetime", u"2001-09-09T01:46:40"}));
}

TEST(XlsxReader, SparseCellsAndMissingRows)
{
    auto reader = openFixture(QStringLiteral("sparse.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->headers(), cells({u"A", u"B", u"C", u"D", u"E"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].cells, cells({u"a2", u"", u"c2", u"", u"e2"}));
    EXPECT_EQ(rows[1].cells, cells({u"", u"b3", u"", u"", u""}));
    EXPECT_EQ(rows[2].cells, cells({u"", u"", u"", u"6", u""}));
    EXPECT_EQ(rows[3].cells, cells({u"a8", u"", u"", u"", u"e8"}));
    EXPECT_EQ(rows[1].line, 3);
    EXPECT_EQ(rows[2].line, 6);
    EXPECT_EQ(rows[3].line, 8);
}

TEST(XlsxReader, AReportSheetsTitleAboveTheTableIsLeftOut)
{
    ReadOptions contactFile;
    contactFile.isKnownColumnName = isKnownColumnName;
    auto reader = openFixture(QStringLiteral("titled.xlsx"), contactFile);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Email", u"City"}));
    EXPECT_EQ(reader->headerLine(), 4);
    EXPECT_EQ(reader->preambleRows(), 2);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"bob@example.com", u"Paris"}));
    EXPECT_EQ(rows[1].line, 6);
}

// Excel writes 17 significant digits of the 15 it holds ("2.0499999999999998" for 2.05): a
// number reads as Excel shows it. Whole numbers keep every digit written.
TEST(XlsxReader, NumbersReadAsExcelShowsThem)
{
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
        "<c r=\"A1\"><v>2.0499999999999998</v></c><c r=\"B1\"><v>0.30000000000000004</v></c>"
        "<c r=\"C1\"><v>-1234.5600000000002</v></c><c r=\"D1\"><v>1.2345678901234567E-4</v></c>"
        "<c r=\"E1\"><v>4.915112345678E+12</v></c><c r=\"F1\"><v>12345678901234567890</v></c>"
        "<c r=\"G1\"><v>12.50</v></c><c r=\"H1\"><v>9.9999999999999999</v></c><c r=\"I1\"><v>1.5E+300</v></c>"
        "<c r=\"J1\"><v>1.2345678901234567E+19</v></c><c r=\"K1\"><v>12345678901234567.0</v></c>"
        "<c r=\"L1\"><v>3.0000000000000006E-11</v></c><c r=\"M1\"><v>1000000000000000.1</v></c>"
        "</row></sheetData></worksheet>";
    QTemporaryDir dir;
    auto reader = XlsxReader::open(writeWorkbook(dir, sheet), ReadOptions{});
    ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    auto row = (*reader)->next();
    ASSERT_TRUE(row.hasValue() && row->has_value()) << (row ? "" : row.error().message().toStdString());
    EXPECT_EQ((*row)->cells,
              cells({u"2.05", u"0.3", u"-1234.56", u"0.000123456789012346", u"4915112345678", u"12345678901234567890",
                     u"12.5", u"10", u"1.5e+300", u"12345678901234567000", u"12345678901234567", u"3e-11", u"1e+15"}));
}

TEST(XlsxReader, ASpaceRightOfTheTableIsNoCellOfTheRow)
{
    // A cell holding a space where the heading row has no column: not a ragged row. A value
    // there still is, as it would be lost otherwise.
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Email</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a@example.com</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Ann</t></is></c>"
        "<c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>b@example.com</t></is></c><c r=\"D3\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
        "</sheetData></worksheet>";
    QTemporaryDir dir;
    auto reader = XlsxReader::open(writeWorkbook(dir, sheet));
    ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    auto first = (*reader)->next();
    ASSERT_TRUE(first.hasValue()) << first.error().message().toStdString();
    EXPECT_EQ((*first)->cells, cells({u"a@example.com", u"Ann"}));
    EXPECT_FALSE((*reader)->next().hasValue()) << "a value right of the table is reported";
}

TEST(XlsxReader, NumbersKeepTheLeadingZerosTheirFormatShows)
{
    auto reader = openFixture(QStringLiteral("zero_padded.xlsx"));
    ASSERT_TRUE(reader);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].cells, cells({u"a@example.com", u"01234", u"00501", u"1234", u"12.5"}));
    EXPECT_EQ(XlsxStyles::zeroPaddedDigits(u"00000"), 5);
    EXPECT_EQ(XlsxStyles::zeroPaddedDigits(u"[<=99999]00000;00000-0000"), 5);
    EXPECT_EQ(XlsxStyles::zeroPaddedDigits(u"0"), 0) << "a whole number as General writes it";
    EXPECT_EQ(XlsxStyles::zeroPaddedDigits(u"0.00"), 0);
    EXPECT_EQ(XlsxStyles::zeroPaddedDigits(u"#,##0"), 0);
}

TEST(XlsxReader, SheetChoice)
{
    auto first = openFixture(QStringLiteral("multi_sheet.xlsx"));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->sheetNames(), cells({u"Lookup", u"Summary", u"Contacts"}));
    EXPECT_EQ(first->visibleSheetNames(), cells({u"Summary", u"Contacts"}));
    EXPECT_EQ(first->sheetName(), QStringLiteral("Summary")); // the hidden first sheet is passed over
    EXPECT_FALSE(first->hasHeaderRow());
    auto summary = readAll(*first);
    ASSERT_EQ(summary.size(), 1u);
    EXPECT_EQ(summary[0].cells, cells({u"Total", u"2"}));
    // How long each sheet one may choose is, as it says itself (its dimension), for the choice:
    // only when asked, as the sheets are opened for it.
    EXPECT_FALSE(first->rowsOfSheet(QStringLiteral("Contacts")).has_value());
    ReadOptions measured;
    measured.measureSheets = true;
    auto sized = openFixture(QStringLiteral("multi_sheet.xlsx"), measured);
    ASSERT_TRUE(sized);
    EXPECT_EQ(sized->rowsOfSheet(QStringLiteral("Summary")), 1);
    EXPECT_EQ(sized->rowsOfSheet(QStringLiteral("Contacts")), 3);
    EXPECT_FALSE(sized->rowsOfSheet(QStringLiteral("Lookup")).has_value()) << "hidden: not offered";
    EXPECT_EQ(readAll(*sized).size(), 1u) << "the chosen sheet still reads from its start";
    auto single = openFixture(QStringLiteral("libreoffice.xlsx"), measured);
    ASSERT_TRUE(single);
    EXPECT_FALSE(single->rowsOfSheet(single->sheetName()).has_value()) << "nothing to choose";

    ReadOptions byName;
    byName.sheetName = QStringLiteral("contacts");
    auto contacts = openFixture(QStringLiteral("multi_sheet.xlsx"), byName);
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->sheetName(), QStringLiteral("Contacts"));
    EXPECT_EQ(contacts->headers(), cells({u"Name", u"Email"}));
    const auto rows = readAll(*contacts);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"bob@example.com"}));

    ReadOptions byIndex;
    byIndex.sheetIndex = 0;
    byIndex.header = HeaderMode::Absent;
    auto hidden = openFixture(QStringLiteral("multi_sheet.xlsx"), byIndex);
    ASSERT_TRUE(hidden);
    EXPECT_EQ(hidden->sheetName(), QStringLiteral("Lookup"));
    EXPECT_EQ(readAll(*hidden).at(0).cells, cells({u"secret"}));

    ReadOptions missing;
    missing.sheetName = QStringLiteral("Nope");
    auto error = XlsxReader::open(fixture(QStringLiteral("multi_sheet.xlsx")), missing);
    ASSERT_FALSE(error.hasValue());
    EXPECT_EQ(error.error().code(), ErrorCode::NotFound);
    EXPECT_TRUE(error.error().message().contains(QStringLiteral("Lookup, Summary, Contacts")));
}

TEST(XlsxReader, InlineStringsAndCellsWithoutReferences)
{
    auto reader = openFixture(QStringLiteral("no_references.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Email", u"Count", u"Greeting", u"Ratio"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"ada@example.com", u"3", u"Hi Ada", u"#DIV/0!"}));
    // Without r attributes each cell is the one after the last: Bob's empty email is an empty <c/>.
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"", u"4", u"", u""}));
}

TEST(XlsxReader, LibreOfficeStyle)
{
    auto reader = openFixture(QStringLiteral("libreoffice.xlsx"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Email", u"Joined", u"Visits", u"Active"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"ada@example.com", u"2024-01-31", u"12", u"TRUE"}));
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"bob@example.com", u"2023-12-24", u"0", u"FALSE"}));
    EXPECT_EQ(rows[2].cells, cells({u"Zoë", u"zoe@example.org", u"1999-07-04", u"3.5", u"TRUE"}));
}

TEST(XlsxReader, FactoryOpensWorkbooksAndRejectsOtherFiles)
{
    auto reader = TabularReaderFactory::open(fixture(QStringLiteral("sparse.xlsx")));
    ASSERT_TRUE(reader.hasValue());
    EXPECT_NE(dynamic_cast<XlsxReader *>(reader->get()), nullptr);

    auto notZip = XlsxReader::open(fixture(QStringLiteral("utf8.csv")));
    ASSERT_FALSE(notZip.hasValue());
    EXPECT_TRUE(notZip.error().message().contains(QStringLiteral("not an Excel workbook")));

    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.xlsx")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto nothing = TabularReaderFactory::open(empty.fileName());
    ASSERT_FALSE(nothing.hasValue()) << "not read as an empty CSV file";
    EXPECT_EQ(nothing.error().message(), QStringLiteral("empty.xlsx is an empty file (0 bytes), not an Excel workbook."));
}

// A compound file (the .xls container) is an old workbook, unless it holds an encrypted
// package: then it is a workbook with a password, and saving it "as .xlsx" would not help.
TEST(XlsxReader, APasswordProtectedWorkbookIsCalledSo)
{
    QTemporaryDir dir;
    const auto compoundFile = [&](const QString &name, const QList<QByteArray> &entries) {
        QByteArray data("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        data.resize(512 + 4096, '\0'); // the header, then a sector or more before the directory
        for (const QByteArray &entry : entries) {
            QByteArray directoryEntry(128, '\0');
            for (qsizetype i = 0; i < entry.size(); ++i)
                directoryEntry[2 * i] = entry[i]; // UTF-16LE
            data += directoryEntry;
        }
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return file.fileName();
    };
    auto locked = TabularReaderFactory::open(
        compoundFile(QStringLiteral("locked.xlsx"), {"Root Entry", "EncryptionInfo", "EncryptedPackage"}));
    ASSERT_FALSE(locked.hasValue());
    EXPECT_TRUE(locked.error().message().startsWith(QStringLiteral("locked.xlsx is protected with a password")))
        << locked.error().message().toStdString();
    auto old = TabularReaderFactory::open(compoundFile(QStringLiteral("old.xls"), {"Root Entry", "Workbook"}));
    ASSERT_FALSE(old.hasValue());
    EXPECT_TRUE(old.error().message().contains(QStringLiteral("Excel 97-2003 workbook (.xls)")));
}

TEST(XlsxReader, RefusesZipBombs)
{
    QTemporaryDir dir;
    QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>";
    sheet += QByteArray(60 * 1024 * 1024, 'A');
    sheet += "</t></is></c></row></sheetData></worksheet>";
    const QString path = writeWorkbook(dir, sheet);
    sheet.clear();
    auto reader = XlsxReader::open(path);
    ASSERT_FALSE(reader.hasValue());
    EXPECT_TRUE(reader.error().message().contains(QStringLiteral("zip bomb")))
        << reader.error().message().toStdString();
    EXPECT_TRUE(reader.error().message().contains(QStringLiteral("times its compressed size")));
}

TEST(XlsxReader, RefusesEntriesAboveTheSizeLimit)
{
    QTemporaryDir dir;
    QByteArray sheet = "<worksheet><sheetData>";
    for (int i = 1; i <= 40000; ++i)
        sheet += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) + "\"><v>" +
                 QByteArray::number(i * 7919) + "</v></c></row>";
    sheet += "</sheetData></worksheet>";
    const QString path = writeWorkbook(dir, sheet);
    ReadOptions options;
    options.maxEntryBytes = 512 * 1024;
    auto reader = XlsxReader::open(path, options);
    ASSERT_FALSE(reader.hasValue());
    EXPECT_TRUE(reader.error().message().contains(QStringLiteral("more than the limit of 524288 bytes")))
        << reader.error().message().toStdString();

    auto unlimited = XlsxReader::open(path);
    ASSERT_TRUE(unlimited.hasValue());
    EXPECT_EQ(readAll(**unlimited).size(), 40000u);
}

TEST(XlsxReader, CapsTheSharedStringsTable)
{
    ReadOptions options;
    options.maxSharedStrings = 5;
    auto reader = XlsxReader::open(fixture(QStringLiteral("shared_strings.xlsx")), options);
    ASSERT_FALSE(reader.hasValue());
    EXPECT_TRUE(reader.error().message().contains(QStringLiteral("shared strings exceed")));
}

TEST(XlsxReader, ReportsBrokenSheetXmlWithItsPosition)
{
    QTemporaryDir dir;
    const QString path = writeWorkbook(dir, "<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row>\n"
                                            "<row r=\"2\"><c r=\"A2\"><v>2</oops></c></row></sheetData></worksheet>");
    auto reader = XlsxReader::open(path);
    ASSERT_TRUE(reader.hasValue());
    auto first = (*reader)->next();
    ASSERT_TRUE(first && first->has_value());
    auto second = (*reader)->next();
    ASSERT_FALSE(second.hasValue());
    EXPECT_TRUE(second.error().message().contains(QStringLiteral("sheet \"Data\", cell A2 (XML line 2")))
        << second.error().message().toStdString();

    // A value that cannot be read names its cell, also on a sheet written as one line.
    const QString shared = writeWorkbook(dir, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                                              "</row><row r=\"7\"><c r=\"AB7\" t=\"s\"><v>999</v></c></row>"
                                              "</sheetData></worksheet>");
    auto sharedReader = XlsxReader::open(shared);
    ASSERT_TRUE(sharedReader.hasValue());
    ASSERT_TRUE((*sharedReader)->next().hasValue());
    auto missing = (*sharedReader)->next();
    ASSERT_FALSE(missing.hasValue());
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("cell AB7 (XML line 1")))
        << missing.error().message().toStdString();

    // A row never closed: said where the next one starts, not read as if its cells were not there.
    const QString unclosed = writeWorkbook(dir, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>email</t></is></c>"
                                                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a@x.com</t></is></c></row>"
                                                "</sheetData></worksheet>");
    auto unclosedReader = XlsxReader::open(unclosed);
    if (unclosedReader) { // the header is read when the reader opens
        auto row = (*unclosedReader)->next();
        ASSERT_FALSE(row.hasValue());
        EXPECT_TRUE(row.error().message().contains(QStringLiteral("row 1, which was never closed"))) << row.error().message().toStdString();
    } else {
        EXPECT_TRUE(unclosedReader.error().message().contains(QStringLiteral("row 1, which was never closed")))
            << unclosedReader.error().message().toStdString();
    }
}

TEST(XlsxSheetParser, ResumesAtAnyByte)
{
    XlsxSharedStrings strings;
    strings.append(QStringLiteral("shared"));
    XlsxStyles styles;
    styles.setKinds({XlsxStyles::DateKind::None, XlsxStyles::DateKind::Date});
    const QByteArray xml =
        "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"urn:x\"><x:sheetData>"
        "<x:row r=\"3\"><x:c r=\"B3\" t=\"s\"><x:v>0</x:v></x:c><x:c s=\"1\"><x:v>45322</x:v></x:c>"
        "<x:c t=\"inlineStr\"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c></x:row>"
        "<x:row><x:c t=\"b\"><x:v>0</x:v></x:c><x:c><x:v>1.50</x:v></x:c><x:c><x:v>1E+3</x:v></x:c></x:row>"
        "</x:sheetData><x:junk>";
    for (qsizetype step : {qsizetype(1), qsizetype(7), xml.size()}) {
        XlsxSheetParser parser(&strings, &styles, false, QStringLiteral("test"), 1000);
        std::vector<TabularRow> rows;
        qsizetype fed = 0;
        for (;;) {
            TabularRow row;
            auto status = parser.next(&row);
            ASSERT_TRUE(status.hasValue()) << status.error().message().toStdString();
            if (*status == XlsxSheetParser::Status::End)
                break;
            if (*status == XlsxSheetParser::Status::Row) {
                rows.push_back(row);
            } else if (fed < xml.size()) {
                parser.addData(xml.mid(fed, step));
                fed += step;
            } else {
                parser.endOfData();
            }
        }
        ASSERT_EQ(rows.size(), 2u) << step;
        EXPECT_EQ(rows[0].line, 3);
        EXPECT_EQ(rows[0].cells, cells({u"", u"shared", u"2024-01-31", u"inline"}));
        EXPECT_EQ(rows[1].line, 4);
        EXPECT_EQ(rows[1].cells, cells({u"FALSE", u"1.5", u"1000"}));
    }
}

TEST(XlsxSheetParser, RejectsBadReferencesAndMissingStrings)
{
    XlsxStyles styles;
    XlsxSharedStrings strings;
    for (const char *xml : {"<worksheet><sheetData><row><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>",
                            "<worksheet><sheetData><row><c r=\"12\"><v>1</v></c></row></sheetData></worksheet>",
                            "<worksheet><sheetData><row><c t=\"s\"><v>3</v></c></row></sheetData></worksheet>"}) {
        XlsxSheetParser parser(&strings, &styles, false, QStringLiteral("test"), 1000);
        parser.addData(QByteArray(xml));
        parser.endOfData();
        TabularRow row;
        auto status = parser.next(&row);
        EXPECT_FALSE(status.hasValue()) << xml;
    }
}

TEST(XlsxStyles, ClassifiesNumberFormats)
{
    using Kind = XlsxStyles::DateKind;
    EXPECT_EQ(XlsxStyles::classify(14, {}), Kind::Date);
    EXPECT_EQ(XlsxStyles::classify(20, {}), Kind::Time);
    EXPECT_EQ(XlsxStyles::classify(22, {}), Kind::DateTime);
    EXPECT_EQ(XlsxStyles::classify(46, {}), Kind::Duration);
    EXPECT_EQ(XlsxStyles::classify(47, {}), Kind::Time);
    EXPECT_EQ(XlsxStyles::classify(2, {}), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(164, u"dd/mm/yyyy"), Kind::Date);
    EXPECT_EQ(XlsxStyles::classify(164, u"yyyy\\-mm\\-dd"), Kind::Date);
    EXPECT_EQ(XlsxStyles::classify(164, u"h:mm AM/PM"), Kind::Time);
    EXPECT_EQ(XlsxStyles::classify(164, u"[$-409]d-mmm-yy h:mm;@"), Kind::DateTime);
    EXPECT_EQ(XlsxStyles::classify(164, u"[h]:mm:ss"), Kind::Duration);
    EXPECT_EQ(XlsxStyles::classify(164, u"#,##0 \"days\""), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(164, u"[Red]0.00"), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(164, u"0.00_);\\(0.00\\)"), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(164, u"General"), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(164, u"mmm"), Kind::Date);
}

TEST(XlsxStyles, SerialNumbersToIsoText)
{
    using Kind = XlsxStyles::DateKind;
    EXPECT_EQ(XlsxStyles::formatSerial(1, Kind::Date, false), QStringLiteral("1900-01-01"));
    EXPECT_EQ(XlsxStyles::formatSerial(59, Kind::Date, false), QStringLiteral("1900-02-28"));
    EXPECT_EQ(XlsxStyles::formatSerial(60, Kind::Date, false), QStringLiteral("1900-02-29")); // Lotus 1-2-3's bug
    EXPECT_EQ(XlsxStyles::formatSerial(61, Kind::Date, false), QStringLiteral("1900-03-01"));
    EXPECT_EQ(XlsxStyles::formatSerial(45322.5, Kind::DateTime, false), QStringLiteral("2024-01-31T12:00:00"));
    EXPECT_EQ(XlsxStyles::formatSerial(0, Kind::Date, true), QStringLiteral("1904-01-01"));
    EXPECT_EQ(XlsxStyles::formatSerial(0.5000001, Kind::Time, false), QStringLiteral("12:00:00.009"));
    // East Asian built-in formats: a date, a time or both, as the serial has them.
    EXPECT_EQ(XlsxStyles::classify(31, u""), Kind::ByValue);
    EXPECT_EQ(XlsxStyles::classify(57, u""), Kind::ByValue);
    EXPECT_EQ(XlsxStyles::classify(37, u""), Kind::None);
    EXPECT_EQ(XlsxStyles::classify(31, u"0.00"), Kind::None) << "a code of the workbook's own for the id";
    EXPECT_EQ(XlsxStyles::formatSerial(45322, Kind::ByValue, false), QStringLiteral("2024-01-31"));
    EXPECT_EQ(XlsxStyles::formatSerial(0.375, Kind::ByValue, false), QStringLiteral("09:00:00"));
    EXPECT_EQ(XlsxStyles::formatSerial(45322.5, Kind::ByValue, false), QStringLiteral("2024-01-31T12:00:00"));
    EXPECT_TRUE(XlsxStyles::formatSerial(-1, Kind::Date, false).isEmpty());
    EXPECT_TRUE(XlsxStyles::formatSerial(1e12, Kind::Date, false).isEmpty());
}

TEST(XlsxSharedStrings, UnescapesOoxmlEscapes)
{
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("_x005F_x0041_")), QStringLiteral("_x0041_"));
    // A character beyond the first 65,536 is a pair of escapes; half of one stays as written.
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("a_xD83D__xDE00_b")), QStringLiteral("a\U0001F600b"));
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("A_xD800_B")), QStringLiteral("A_xD800_B"));
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("A_xDE00__x0041_")), QStringLiteral("A_xDE00_A"));
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("_xD83D__x0041_")), QStringLiteral("_xD83D_A"));
    EXPECT_EQ(XlsxSharedStrings::unescape(QStringLiteral("my_xvar_ _x12")), QStringLiteral("my_xvar_ _x12"));
}
