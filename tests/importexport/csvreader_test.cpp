#include "readerhelpers.h"

#include "services/importexport/csvreader.h"
#include "services/importexport/delimitersniffer.h"
#include "services/importexport/headerdetector.h"
#include "services/importexport/importfields.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/textdecoder.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Leadline;
using namespace Leadline::ImportExport;
using namespace Leadline::ImportExport::Testing;

namespace {

std::unique_ptr<CsvReader> openFixture(const QString &name, const ReadOptions &options = {})
{
    auto reader = CsvReader::open(fixture(name), options);
    EXPECT_TRUE(reader.hasValue()) << (reader ? std::string() : reader.error().message().toStdString());
    return reader ? std::move(*reader) : nullptr;
}

void expectPeople(CsvReader &reader)
{
    EXPECT_TRUE(reader.hasHeaderRow());
    EXPECT_EQ(reader.headers(), cells({u"First name", u"Last name", u"Email", u"City"}));
    const auto rows = readAll(reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, cells({u"Jürgen", u"Müller", u"juergen@example.com", u"Köln"}));
    EXPECT_EQ(rows[1].cells, cells({u"Zoë", u"Ćwik", u"zoe@example.org", u"Łódź"}));
    EXPECT_EQ(rows[2].cells, cells({u"Ana", u"Núñez", u"ana@example.net", u"São Paulo"}));
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[2].line, 4);
    EXPECT_EQ(reader.bytesRead(), reader.totalBytes());
}

} // namespace

TEST(CsvReader, Utf8WithoutBom)
{
    auto reader = openFixture(QStringLiteral("utf8.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf8);
    EXPECT_EQ(reader->delimiter(), QLatin1Char(','));
    expectPeople(*reader);
}

TEST(CsvReader, Utf8WithBomAndCrLf)
{
    auto reader = openFixture(QStringLiteral("utf8_bom.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf8);
    expectPeople(*reader);
}

TEST(CsvReader, Utf16LittleEndianWithBom)
{
    auto reader = openFixture(QStringLiteral("utf16le_bom.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf16LE);
    EXPECT_EQ(reader->delimiter(), QLatin1Char('\t'));
    expectPeople(*reader);
}

TEST(CsvReader, Utf16BigEndianWithBom)
{
    auto reader = openFixture(QStringLiteral("utf16be_bom.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf16BE);
    expectPeople(*reader);
}

TEST(CsvReader, Windows1252Fallback)
{
    auto reader = openFixture(QStringLiteral("windows1252.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->encoding(), TextEncoding::Windows1252);
    EXPECT_EQ(reader->delimiter(), QLatin1Char(';'));
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Betrag", u"Stadt"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells, cells({u"Jürgen Müller", u"12,50 €", u"Köln"}));
    EXPECT_EQ(rows[1].cells, cells({u"Françoise Øster", u"€ 3", u"Zürich"}));
    EXPECT_EQ(rows[2].cells, cells({u"Dan „Quote“ Smith", u"–", u"Straße"}));
}

TEST(CsvReader, SniffsSemicolonTabAndPipe)
{
    auto semicolon = openFixture(QStringLiteral("semicolon.csv"));
    ASSERT_TRUE(semicolon);
    EXPECT_EQ(semicolon->delimiter(), QLatin1Char(';'));
    auto rows = readAll(*semicolon);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"Acme, Inc.", u"1.234,56"}));

    auto tab = openFixture(QStringLiteral("tab.tsv"));
    ASSERT_TRUE(tab);
    EXPECT_EQ(tab->delimiter(), QLatin1Char('\t'));
    rows = readAll(*tab);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"bob@example.com", u"semi; colon"}));

    auto pipe = openFixture(QStringLiteral("pipe.csv"));
    ASSERT_TRUE(pipe);
    EXPECT_EQ(pipe->delimiter(), QLatin1Char('|'));
    rows = readAll(*pipe);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"bob@example.com", u"+1 (555) 010-9999"}));
}

TEST(CsvReader, QuotingRules)
{
    auto reader = openFixture(QStringLiteral("quoted.csv"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Note", u"Email"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].cells, cells({u"Smith, John", u"He said \"hi\"", u"john@example.com"}));
    EXPECT_EQ(rows[1].cells, cells({u"Multi\nLine", u"two\r\nlines", u""}));
    EXPECT_EQ(rows[2].cells, cells({u"Plain", u"", u"plain@example.com"}));
    EXPECT_EQ(rows[3].cells, cells({u"Trailing", u"quote \"at end\"", u"end@example.com"}));
    EXPECT_EQ(rows[0].line, 2);
    EXPECT_EQ(rows[1].line, 3);
    EXPECT_EQ(rows[2].line, 6); // the record before spans lines 3 to 5
    EXPECT_EQ(rows[3].line, 7);
}

TEST(CsvReader, CarriageReturnLineEnds)
{
    auto reader = openFixture(QStringLiteral("cr_lines.csv"));
    ASSERT_TRUE(reader);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"London"}));
    EXPECT_EQ(rows[1].cells, cells({u"Bob\rBuilder", u"Paris"}));
    EXPECT_EQ(rows[1].line, 3);
}

TEST(CsvReader, BlankLinesAndEmptyRowsAreSkipped)
{
    auto reader = openFixture(QStringLiteral("blank_lines.csv"));
    ASSERT_TRUE(reader);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"London"}));
    EXPECT_EQ(rows[0].line, 3);
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"Paris"}));
    EXPECT_EQ(rows[1].line, 6);
}

TEST(CsvReader, LinesOfBlanksAreSkippedLikeEmptyOnes)
{
    QByteArray data = "Name,City\nAda,London\n \n\t\n  ,  \nBob,Paris\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("blanks.csv"), {});
    ASSERT_TRUE(reader.hasValue());
    const auto rows = readAll(**reader);
    ASSERT_EQ(rows.size(), 2u) << "not rejected for their number of cells";
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"Paris"}));
    EXPECT_EQ(rows[1].line, 6);
}

TEST(CsvReader, LinesOfNulsAreSkippedLikeEmptyOnes)
{
    // What a file padded with zero bytes (or read in the wrong encoding) has between its rows.
    const char raw[] = "Name,City\nAda,London\n\0\0\0\nBob,Paris\n";
    QByteArray data(raw, sizeof(raw) - 1);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("nuls.csv"), {});
    ASSERT_TRUE(reader.hasValue());
    const auto rows = readAll(**reader);
    ASSERT_EQ(rows.size(), 2u) << "not rejected for their number of cells";
    EXPECT_EQ(rows[1].cells, cells({u"Bob", u"Paris"}));
}

TEST(CsvReader, ControlCharactersInColumnNamesAreDropped)
{
    // As a file read in the wrong encoding gives them: PostgreSQL could not store such a name.
    const char raw[] = "Email,First\0Name,Last\x01Name\na@example.com,Ann,Archer\n";
    QByteArray data(raw, sizeof(raw) - 1);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("nul.csv"), {});
    ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    EXPECT_EQ((*reader)->headers(), cells({u"Email", u"FirstName", u"Last Name"}));
    const auto rows = readAll(**reader);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].cells, cells({u"a@example.com", u"Ann", u"Archer"}));
}

TEST(CsvReader, AnOverlongFieldAsksAboutAQuoteOnlyWhenItIsQuoted)
{
    ReadOptions options;
    options.maxFieldChars = 10;
    for (const auto &[text, quoteHint] : {std::pair{QByteArrayLiteral("a,b\nx,0123456789abcdef\n"), false},
                                          std::pair{QByteArrayLiteral("a,b\nx,\"0123456789abcdef\n"), true}}) {
        QByteArray data = text;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(&buffer, QStringLiteral("long.csv"), options);
        ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
        auto row = (*reader)->next();
        ASSERT_FALSE(row.hasValue());
        EXPECT_TRUE(row.error().message().contains(QStringLiteral("longer than 10 characters")))
            << row.error().message().toStdString();
        EXPECT_EQ(row.error().message().contains(QStringLiteral("closing quote")), quoteHint)
            << row.error().message().toStdString();
    }
}

TEST(CsvReader, RaggedRowsAreReportedWithTheirLine)
{
    auto reader = openFixture(QStringLiteral("ragged.csv"));
    ASSERT_TRUE(reader);
    QStringList names;
    QStringList errors;
    for (;;) {
        auto row = reader->next();
        if (!row) {
            errors.append(row.error().message());
            ASSERT_TRUE(reader->canContinue());
            continue;
        }
        if (!row->has_value())
            break;
        names.append((*row)->cells.first());
    }
    EXPECT_EQ(names, cells({u"Ada", u"Cy", u"Ed"}));
    ASSERT_EQ(errors.size(), 2);
    EXPECT_TRUE(errors[0].contains(QStringLiteral("ragged.csv, line 3"))) << errors[0].toStdString();
    EXPECT_TRUE(errors[0].contains(QStringLiteral("4 cells"))) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].contains(QStringLiteral("line 5"))) << errors[1].toStdString();
    EXPECT_TRUE(errors[1].contains(QStringLiteral("2 cells"))) << errors[1].toStdString();
    EXPECT_EQ(reader->rowsRead(), 5);
}

TEST(CsvReader, TitleLinesAboveTheHeaderAreLeftOut)
{
    ReadOptions contactFile;
    contactFile.isKnownColumnName = isKnownColumnName;
    auto reader = openFixture(QStringLiteral("titled.csv"), contactFile);
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->hasHeaderRow());
    EXPECT_EQ(reader->headers(), cells({u"Name", u"Email", u"City"}));
    EXPECT_EQ(reader->headerLine(), 4);
    EXPECT_EQ(reader->preambleRows(), 2);
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].cells, cells({u"Ada", u"ada@example.com", u"London"}));
    EXPECT_EQ(rows[0].line, 5);
    EXPECT_EQ(rows[1].line, 6);

    // Excel pads a saved sheet's title row with empty cells to the table's width.
    auto padded = openFixture(QStringLiteral("titled_padded.csv"), contactFile);
    ASSERT_TRUE(padded);
    EXPECT_EQ(padded->headers(), cells({u"Name", u"Email", u"City"}));
    EXPECT_EQ(padded->headerLine(), 3);
    EXPECT_EQ(padded->preambleRows(), 1);
    EXPECT_EQ(readAll(*padded).size(), 1u);

    // Told that the file has a header, the reader still finds it below the title.
    ReadOptions present = contactFile;
    present.header = HeaderMode::Present;
    auto told = openFixture(QStringLiteral("titled.csv"), present);
    ASSERT_TRUE(told);
    EXPECT_EQ(told->headerLine(), 4);

    // Told that it has none, the row of names is data; the title lines are still no rows (as
    // data they made a file of one column, every other row ragged).
    ReadOptions absent = contactFile;
    absent.header = HeaderMode::Absent;
    auto data = openFixture(QStringLiteral("titled.csv"), absent);
    ASSERT_TRUE(data);
    EXPECT_EQ(data->preambleRows(), 2);
    EXPECT_EQ(data->headerLine(), 0);
    EXPECT_EQ(data->columnCount(), 3);
    auto names = data->next();
    ASSERT_TRUE(names && names->has_value());
    EXPECT_EQ((*names)->cells, cells({u"Name", u"Email", u"City"}));
    EXPECT_EQ((*names)->line, 4);
    EXPECT_EQ(readAll(*data).size(), 2u);

    // A reader that cannot tell column names takes the first row as the header, as before.
    auto plain = openFixture(QStringLiteral("titled.csv"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->preambleRows(), 0);
    EXPECT_EQ(plain->headers(), cells({u"Contacts export"}));
}

TEST(CsvReader, AQuoteNeverClosedLeavesOutItsLineAndReadingGoesOn)
{
    auto reader = openFixture(QStringLiteral("unterminated.csv"));
    ASSERT_TRUE(reader);
    auto first = reader->next();
    ASSERT_TRUE(first && first->has_value());
    EXPECT_EQ((*first)->cells, cells({u"Ada", u"fine"}));
    auto second = reader->next();
    ASSERT_FALSE(second.hasValue());
    EXPECT_TRUE(reader->canContinue());
    const QString message = second.error().message();
    EXPECT_TRUE(message.contains(QStringLiteral("unterminated.csv, line 3, character 5"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("never closed"))) << message.toStdString();
    const auto leftOut = reader->takeRowInError();
    ASSERT_TRUE(leftOut);
    EXPECT_EQ(leftOut->cells, cells({u"Bob", u"never closed"}));
    EXPECT_EQ(leftOut->line, 3);
    auto third = reader->next();
    ASSERT_TRUE(third && third->has_value());
    EXPECT_EQ((*third)->cells, cells({u"Cy", u"still inside"}));
    EXPECT_EQ((*third)->line, 4);
    auto end = reader->next();
    ASSERT_TRUE(end && !end->has_value());
}

namespace {

struct ReadOutcome
{
    std::vector<TabularRow> rows;
    std::vector<std::pair<TabularRow, QString>> leftOut;
    std::optional<QString> fatal;
};

ReadOutcome readWithErrors(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ReadOutcome outcome;
    auto reader = CsvReader::open(&buffer, QStringLiteral("broken.csv"));
    if (!reader) {
        outcome.fatal = reader.error().message();
        return outcome;
    }
    for (;;) {
        auto row = (*reader)->next();
        if (row && !row->has_value())
            break;
        if (row) {
            outcome.rows.push_back(std::move(**row));
        } else if ((*reader)->canContinue()) {
            outcome.leftOut.emplace_back((*reader)->takeRowInError().value_or(TabularRow{}), row.error().message());
        } else {
            outcome.fatal = row.error().message();
            break;
        }
    }
    return outcome;
}

} // namespace

// A delimiter at the end of every row, or of the header only, adds an empty cell that holds
// nothing: such rows fit. A filled cell beyond the header, or a named one missing, is still an error.
TEST(CsvReader, ADelimiterAtTheEndOfTheRowsOrTheHeaderAddsNoColumn)
{
    const ReadOutcome rows = readWithErrors("Name,Email,\nAda,ada@example.com,\nBob,bob@example.com\n"
                                            "Cy,cy@example.com,,\nDi,di@example.com,x\nEd\n");
    ASSERT_FALSE(rows.fatal);
    ASSERT_EQ(rows.rows.size(), 4u);
    EXPECT_EQ(rows.rows[0].cells, cells({u"Ada", u"ada@example.com", u""}));
    EXPECT_EQ(rows.rows[1].cells, cells({u"Bob", u"bob@example.com", u""}));
    EXPECT_EQ(rows.rows[2].cells, cells({u"Cy", u"cy@example.com", u""}));
    EXPECT_EQ(rows.rows[3].cells, cells({u"Di", u"di@example.com", u"x"})) << "a value in the unnamed column";
    ASSERT_EQ(rows.leftOut.size(), 1u);
    EXPECT_EQ(rows.leftOut[0].first.line, 6);

    const ReadOutcome trailing = readWithErrors("Name,Email\nAda,ada@example.com,\nBob,bob@example.com, \n");
    ASSERT_EQ(trailing.rows.size(), 2u);
    EXPECT_EQ(trailing.rows[1].cells, cells({u"Bob", u"bob@example.com"}));
    EXPECT_TRUE(trailing.leftOut.empty());
}

// The quote opened on line 2 is closed by the one on line 4, as if lines 3 and 4 were its text:
// the cell count happens to fit, so only the text after that quote tells.
TEST(CsvReader, AQuoteClosedByTheNextRowsQuoteIsBroken)
{
    const ReadOutcome read = readWithErrors("First Name,Last Name,Email,Company,City\r\n"
                                            "John,Smith,john@example.com,\"Acme, Inc,Boston\r\n"
                                            "Ann,Lee,ann@example.com,Beta,New York\r\n"
                                            "Bob,Ray,bob@example.com,\"Gamma\",Los Angeles\r\n"
                                            "Cid,Moe,cid@example.com,Delta,Chicago\r\n");
    ASSERT_FALSE(read.fatal);
    ASSERT_EQ(read.leftOut.size(), 1u);
    EXPECT_EQ(read.leftOut[0].first.line, 2);
    EXPECT_EQ(read.leftOut[0].first.cells, cells({u"John", u"Smith", u"john@example.com", u"Acme, Inc,Boston"}));
    EXPECT_TRUE(read.leftOut[0].second.contains(QStringLiteral("line 2, character 29")))
        << read.leftOut[0].second.toStdString();
    EXPECT_TRUE(read.leftOut[0].second.contains(QStringLiteral("closes only on line 4")))
        << read.leftOut[0].second.toStdString();
    ASSERT_EQ(read.rows.size(), 3u);
    EXPECT_EQ(read.rows[0].cells, cells({u"Ann", u"Lee", u"ann@example.com", u"Beta", u"New York"}));
    EXPECT_EQ(read.rows[1].cells, cells({u"Bob", u"Ray", u"bob@example.com", u"Gamma", u"Los Angeles"}));
    EXPECT_EQ(read.rows[2].line, 5);

    // Closed by a quote that leaves the record too wide: the record is one ragged row, rejected
    // whole with every line it took (read again from its second line, those lines could make rows
    // of text that never were rows); a quoted field over lines that is whole stays one.
    QByteArray data = "Name,Note,City\n";
    for (int i = 0; i < 25; ++i)
        data += "Row,ok,Oslo\n";
    data += "Ann,\"broken,Oslo\n"
            "Eve,x\",y,Rome\n"
            "Bob,\"a\nnote\",Rome\n"
            "Cy,\"fine\",Bern\n"
            "Di,\"with a\nline break\",\n"; // and a delimiter at its end
    const ReadOutcome wide = readWithErrors(data);
    ASSERT_FALSE(wide.fatal);
    ASSERT_EQ(wide.leftOut.size(), 1u);
    EXPECT_EQ(wide.leftOut[0].first.line, 27);
    EXPECT_EQ(wide.leftOut[0].first.cells, cells({u"Ann", u"broken,Oslo\nEve,x", u"y", u"Rome"}));
    EXPECT_TRUE(wide.leftOut[0].second.contains(QStringLiteral("4 cells"))) << wide.leftOut[0].second.toStdString();
    ASSERT_EQ(wide.rows.size(), 28u);
    EXPECT_EQ(wide.rows[25].cells, cells({u"Bob", u"a\nnote", u"Rome"}));
    EXPECT_EQ(wide.rows[25].line, 29);
    EXPECT_EQ(wide.rows[26].cells, cells({u"Cy", u"fine", u"Bern"}));
    EXPECT_EQ(wide.rows[26].line, 31);
    EXPECT_EQ(wide.rows[27].cells, cells({u"Di", u"with a\nline break", u""}));
}

// Never closed halfway through a file of several MiB (the text after it is read twice, across
// chunks), and in the rows the header is found from: one row left out each time, the rest read.
TEST(CsvReader, AQuoteNeverClosedInABigFileCostsOneRow)
{
    for (const int brokenAt : {3, 60000}) {
        SCOPED_TRACE(brokenAt);
        QByteArray data = "Name,Email,City\n";
        for (int i = 2; i <= 100001; ++i)
            data += i == brokenAt ? QByteArray("\"Broken,b@example.com,Oslo\n")
                                  : QByteArray("Row ") + QByteArray::number(i) + ",r" + QByteArray::number(i) +
                                        "@example.com,Bergen\n";
        const ReadOutcome read = readWithErrors(data);
        ASSERT_FALSE(read.fatal) << read.fatal->toStdString();
        ASSERT_EQ(read.leftOut.size(), 1u);
        EXPECT_EQ(read.leftOut[0].first.line, brokenAt);
        ASSERT_EQ(read.rows.size(), 99999u);
        EXPECT_EQ(read.rows.back().line, 100001);
        EXPECT_EQ(read.rows[std::size_t(brokenAt - 2)].line, brokenAt + 1);
    }
}

// A file whose quotes are no quotes: after a hundred, reading stops and says so.
TEST(CsvReader, ManyQuotesNeverClosedStopTheFile)
{
    QByteArray data = "Size,Name\n";
    for (int i = 0; i < 200; ++i)
        data += "\"5 inch,Disk " + QByteArray::number(i) + "\n";
    const ReadOutcome read = readWithErrors(data);
    ASSERT_TRUE(read.fatal);
    EXPECT_TRUE(read.fatal->contains(QStringLiteral("More than 100 quotes"))) << read.fatal->toStdString();
    EXPECT_EQ(read.leftOut.size(), 100u);
}

TEST(CsvReader, OverlongFieldStopsWithBoundedMemory)
{
    QByteArray data = "Name,Note\nAda,\"";
    data += QByteArray(200000, 'x');
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.maxFieldChars = 1000;
    options.header = HeaderMode::Present;
    auto reader = CsvReader::open(&buffer, QStringLiteral("long.csv"), options);
    ASSERT_TRUE(reader.hasValue());
    auto row = (*reader)->next();
    ASSERT_FALSE(row.hasValue());
    EXPECT_TRUE(row.error().message().contains(QStringLiteral("line 2, character 5")))
        << row.error().message().toStdString();
}

TEST(CsvReader, CountsTheBytesOfTheRowsHandedOutNotOfItsReadAhead)
{
    // 40-byte rows (with the line end) over several 1 MiB read blocks.
    QByteArray data = "email,name,city\n";
    const qint64 header = data.size();
    for (int i = 0; i < 100000; ++i)
        data += QByteArray("p") + QByteArray::number(100000 + i) + "@example.com,Person,Town00\n";
    const qint64 rowBytes = (data.size() - header) / 100000;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("rows.csv"), {});
    ASSERT_TRUE(reader.hasValue());
    for (int read = 1; read <= 100000; ++read) {
        ASSERT_TRUE((*reader)->next().hasValue());
        if (read % 10000 == 0) { // an import's first chunk ends after 10,000 rows, inside the first block
            EXPECT_NEAR(double((*reader)->bytesRead()), double(header + read * rowBytes), 2.0 * rowBytes) << read;
        }
    }
    auto end = (*reader)->next();
    ASSERT_TRUE(end.hasValue());
    EXPECT_FALSE(end->has_value());
    EXPECT_EQ((*reader)->bytesRead(), data.size());
}

TEST(CsvReader, DetectsMissingHeader)
{
    auto reader = openFixture(QStringLiteral("no_header.csv"));
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->hasHeaderRow());
    EXPECT_EQ(reader->headers(), cells({u"Column 1", u"Column 2", u"Column 3", u"Column 4"}));
    const auto rows = readAll(*reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].line, 1);
    EXPECT_EQ(rows[0].cells.at(2), QStringLiteral("ada@example.com"));
}

TEST(CsvReader, HeaderModeOverridesDetection)
{
    ReadOptions options;
    options.header = HeaderMode::Absent;
    auto reader = openFixture(QStringLiteral("utf8.csv"), options);
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->hasHeaderRow());
    EXPECT_EQ(readAll(*reader).size(), 4u);
}

// Rows pasted from a Windows-1252 file into a UTF-8 one (or the other way round), wherever they
// are: each reads as what its bytes are, and the note names the lines read as Windows-1252. One
// encoding for the whole file would have turned either "René" or every "Jürgen" into garbage,
// and stopping at the first such byte would have left the rest of the file out.
TEST(CsvReader, RowsInWindows1252AmongUtf8RowsReadRightWhereverTheyAre)
{
    struct Case
    {
        int strayAt;   // the data line of "René,Zürich" (1-based)
        int asciiRows; // plain rows before the UTF-8 ones: the stray row may come in a sample without UTF-8
        int utf8Rows;
    };
    for (const Case &c :
         {Case{1, 0, 10}, Case{5, 0, 10}, Case{5, 2000, 3000}, Case{30000, 0, 40000}, Case{3, 40000, 100}}) {
        SCOPED_TRACE(c.strayAt);
        QByteArray data = "Name,City\n";
        const int rows = c.asciiRows + c.utf8Rows;
        for (int line = 1; line <= rows; ++line)
            data += line == c.strayAt     ? QByteArray("Ren\xe9,Z\xfcrich\n")
                    : line <= c.asciiRows ? QByteArray("Jon,Oslo\n")
                                          : QByteArray("Jürgen,Köln\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(&buffer, QStringLiteral("mixed.csv"));
        ASSERT_TRUE(reader.hasValue());
        const auto read = readAll(**reader);
        ASSERT_EQ(read.size(), std::size_t(rows));
        for (int line = 1; line <= rows; ++line) {
            const QStringList expected = line == c.strayAt     ? cells({u"René", u"Zürich"})
                                         : line <= c.asciiRows ? cells({u"Jon", u"Oslo"})
                                                               : cells({u"Jürgen", u"Köln"});
            ASSERT_EQ(read[std::size_t(line - 1)].cells, expected) << line;
        }
        EXPECT_EQ((*reader)->encoding(), TextEncoding::Utf8);
        const QString note = (*reader)->readingNote();
        EXPECT_TRUE(note.startsWith(QStringLiteral("Line %1 of the file").arg(QLocale().toString(c.strayAt + 1))))
            << note.toStdString();
        EXPECT_TRUE(note.contains(QStringLiteral("Windows-1252"))) << note.toStdString();
    }
    // Detection only names the encoding now: a Windows-1252 file with one accidental UTF-8 pair
    // ("Ã©" is C3 A9) is Windows-1252, a tie UTF-8.
    EXPECT_EQ(TextDecoder::detect("Ren\xe9,Z\xfcrich\nM\xfcller,\xc3\xa9\nK\xf6ln\n", true).encoding,
              TextEncoding::Windows1252);
    EXPECT_TRUE(TextDecoder::detect("J\xc3\xbcrgen\nK\xc3\xb6ln\nRen\xe9\n", true).strayBytes);
    EXPECT_TRUE(TextDecoder::detect("J\xc3\xbcrgen,M0\nA,M\xfcller\n", true).strayBytes) << "one of each";
}

// Many such lines are counted, and the first few named; a Windows-1252 file with a few UTF-8
// pairs is read so too, and says so without naming lines. A lone lead byte at the very end is a
// Windows-1252 letter.
TEST(CsvReader, NotesNameTheFirstLinesInTheOtherEncoding)
{
    QByteArray data = "Name\n";
    for (int line = 2; line <= 100; ++line)
        data += line % 10 == 0 ? QByteArray("Ren\xe9\n") : QByteArray("Jürgen\n");
    data += "Fran\xc3"; // no line break, a lead byte last
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("many.csv"));
    ASSERT_TRUE(reader.hasValue());
    const auto read = readAll(**reader);
    ASSERT_EQ(read.size(), 100u);
    EXPECT_EQ(read.back().cells, cells({u"FranÃ"}));
    EXPECT_EQ(
        (*reader)->readingNote(),
        QStringLiteral("Some lines of the file are not in UTF-8 like the rest (lines 10, 20, 30, 40, 50 and 6 more); "
                       "they were read as Windows-1252, the encoding they most likely come from (the byte E9 as "
                       "é). Check the contacts of those rows."));

    QByteArray mostly1252 = "Name\nRen\xe9\nM\xfcller\nK\xf6ln\nJ\xc3\xbcrgen\n";
    QBuffer other(&mostly1252);
    other.open(QIODevice::ReadOnly);
    auto windows = CsvReader::open(&other, QStringLiteral("windows.csv"));
    ASSERT_TRUE(windows.hasValue());
    const auto names = readAll(**windows);
    ASSERT_EQ(names.size(), 4u);
    EXPECT_EQ(names[3].cells, cells({u"Jürgen"}));
    EXPECT_EQ((*windows)->encoding(), TextEncoding::Windows1252);
    EXPECT_TRUE((*windows)->readingNote().startsWith(
        QStringLiteral("The file is in Windows-1252 but holds some text in UTF-8")));

    QByteArray plain = "Name\nJürgen\n";
    QBuffer utf8(&plain);
    utf8.open(QIODevice::ReadOnly);
    auto clean = CsvReader::open(&utf8, QStringLiteral("clean.csv"));
    ASSERT_TRUE(clean.hasValue());
    (void)readAll(**clean);
    EXPECT_TRUE((*clean)->readingNote().isEmpty());
}

TEST(CsvReader, AsciiThenWindows1252SwitchesConsistently)
{
    QByteArray data = "Name,City\n";
    while (data.size() < 200 * 1024)
        data += "Jon,Oslo\n";
    data += "Ren\xe9,Z\xfcrich\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::open(&buffer, QStringLiteral("switch.csv"));
    ASSERT_TRUE(reader.hasValue());
    const auto rows = readAll(**reader);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.back().cells, cells({u"René", u"Zürich"}));
    EXPECT_EQ((*reader)->encoding(), TextEncoding::Windows1252);
}

TEST(CsvReader, ForcedUtf8ReportsInvalidBytes)
{
    QByteArray data = "Name\nRen\xe9\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.encoding = TextEncoding::Utf8;
    options.header = HeaderMode::Present;
    auto reader = CsvReader::open(&buffer, QStringLiteral("forced.csv"), options);
    ASSERT_TRUE(reader.hasValue());
    auto row = (*reader)->next();
    ASSERT_FALSE(row.hasValue());
    EXPECT_TRUE(row.error().message().contains(QStringLiteral("line 2, character 4")))
        << row.error().message().toStdString();
}

// Records, quotes, CRLFs and multi-byte characters straddle every chunk boundary of a multi-MiB file.
TEST(CsvReader, ChunkBoundariesInEveryEncoding)
{
    QStringList expected;
    QString text = QStringLiteral("Id,Note,Name\r\n");
    for (int i = 0; i < 30000; ++i) {
        const QString id = QStringLiteral("id%1").arg(i);
        text += id + QStringLiteral(",\"quoted, \"\"x\"\"\r\nline ") + QString::number(i) +
                QStringLiteral("\",Jürgen 😀 €\r\n");
        expected.append(id);
    }
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        QByteArray data;
        if (encoding == TextEncoding::Utf8) {
            data = text.toUtf8();
        } else {
            QStringEncoder encoder(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                     : QStringConverter::Utf16BE,
                                   QStringConverter::Flag::WriteBom);
            data = encoder.encode(text);
        }
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(&buffer, QStringLiteral("big.csv"));
        ASSERT_TRUE(reader.hasValue());
        EXPECT_EQ((*reader)->encoding(), encoding);
        const auto rows = readAll(**reader);
        ASSERT_EQ(rows.size(), std::size_t(expected.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            ASSERT_EQ(rows[i].cells.size(), 3);
            ASSERT_EQ(rows[i].cells[0], expected[qsizetype(i)]);
            ASSERT_EQ(rows[i].cells[1], QStringLiteral("quoted, \"x\"\r\nline %1").arg(i));
            ASSERT_EQ(rows[i].cells[2], QString::fromUtf16(u"Jürgen 😀 €"));
            ASSERT_EQ(rows[i].line, 2 + 2 * qint64(i));
        }
    }
}

TEST(CsvReader, FactoryPicksTheReaderByContent)
{
    auto csv = TabularReaderFactory::open(fixture(QStringLiteral("semicolon.csv")));
    ASSERT_TRUE(csv.hasValue());
    EXPECT_NE(dynamic_cast<CsvReader *>(csv->get()), nullptr);
    auto missing = TabularReaderFactory::open(fixture(QStringLiteral("does-not-exist.csv")));
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().code(), ErrorCode::Io);
}

TEST(TextDecoder, FindsInvalidUtf8)
{
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("plain", true), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xc3\xa4z", true), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("ab\xc0\x80", true), 2);        // overlong
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xed\xa0\x80", true), 1);     // surrogate
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xf5\x80\x80\x80", true), 1); // beyond U+10FFFF
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("abc\xe2\x82", false), -1);     // cut off by the sample
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("abc\xe2\x82", true), 3);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("abc\xe2x", false), 3);
}

TEST(TextDecoder, DecodesSequencesSplitAcrossChunks)
{
    const QByteArray bytes = QString::fromUtf16(u"a€😀b").toUtf8();
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        TextDecoder decoder(TextEncoding::Utf8, false);
        QString text = decoder.decode(QByteArrayView(bytes).first(split));
        text += decoder.decode(QByteArrayView(bytes).sliced(split));
        decoder.finish();
        EXPECT_FALSE(decoder.hasError());
        EXPECT_EQ(text, QString::fromUtf16(u"a€😀b")) << split;
    }
    TextDecoder truncated(TextEncoding::Utf8, false);
    (void)truncated.decode("ab\xe2\x82");
    truncated.finish();
    EXPECT_TRUE(truncated.hasError());
    EXPECT_EQ(truncated.errorByteOffset(), 2);
}

TEST(TextDecoder, DetectsEncodings)
{
    // UTF-16 without a BOM, in Chinese with addresses and numbers, or with a character whose
    // other half is zero (U+4E00, an emoji's U+DE00, U+0100): still UTF-16.
    for (const char16_t *text : {u"Name,Email,Phone\n李伟,li.wei@example.cn,+86 10 1234 5678\n北京公司,王芳,一\n",
                                 u"Name,City\nAnn 😀,Oslo\nĀdam,一\n"}) {
        const QString source = QString::fromUtf16(text);
        QStringEncoder little(QStringConverter::Utf16LE), big(QStringConverter::Utf16BE);
        EXPECT_EQ(TextDecoder::detect(QByteArray(little.encode(source)), true).encoding, TextEncoding::Utf16LE)
            << source.toStdString();
        EXPECT_EQ(TextDecoder::detect(QByteArray(big.encode(source)), true).encoding, TextEncoding::Utf16BE)
            << source.toStdString();
    }
    EXPECT_EQ(TextDecoder::detect("\xef\xbb\xbfx", true).bomLength, 3);
    EXPECT_EQ(TextDecoder::detect("\xff\xfex\0", true).encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(TextDecoder::detect(QByteArrayView("a\0b\0c\0", 6), true).encoding, TextEncoding::Utf16LE);
    EXPECT_EQ(TextDecoder::detect(QByteArrayView("\0a\0b\0c", 6), true).encoding, TextEncoding::Utf16BE);
    EXPECT_EQ(TextDecoder::detect("K\xf6ln", true).encoding, TextEncoding::Windows1252);
    EXPECT_EQ(TextDecoder::detect("K\xc3\xb6ln", true).encoding, TextEncoding::Utf8);
}

TEST(DelimiterSniffer, RespectsQuotes)
{
    EXPECT_EQ(DelimiterSniffer::sniff(u"\"a,b\";\"c,d\"\n\"e,f\";g\n", true), QLatin1Char(';'));
    EXPECT_EQ(DelimiterSniffer::sniff(u"name,tags\nAl,\"a;b;c\"\nBo,x\n", true), QLatin1Char(','));
    EXPECT_EQ(DelimiterSniffer::sniff(u"a|b|c\n1|2|3\n", true), QLatin1Char('|'));
    EXPECT_EQ(DelimiterSniffer::sniff(u"single column\nvalue\n", true), QLatin1Char(','));
    // The cut-off last record of a sample does not vote.
    EXPECT_EQ(DelimiterSniffer::sniff(u"a;b\n1;2\n3,4,5,6,7", false), QLatin1Char(';'));
}

TEST(HeaderDetector, TellsLabelsFromData)
{
    EXPECT_TRUE(HeaderDetector::looksLikeHeader(cells({u"Email", u"First name", u"Phone"}),
                                                {cells({u"a@b.de", u"Ada", u"+49 30 123456"})}));
    EXPECT_FALSE(HeaderDetector::looksLikeHeader(cells({u"a@b.de", u"Ada", u"+49 30 123456"}), {}));
    EXPECT_FALSE(HeaderDetector::looksLikeHeader(cells({u"Ada", u"2024-01-31"}), {}));
    // Text that long is a value, but our exports name a long custom field so.
    const QString longText(101, QLatin1Char('n'));
    EXPECT_FALSE(HeaderDetector::looksLikeHeader({QStringLiteral("Email"), longText}, {}));
    EXPECT_TRUE(HeaderDetector::looksLikeHeader({QStringLiteral("Email"), QStringLiteral("custom:") + longText}, {}));
    EXPECT_TRUE(HeaderDetector::looksLikeHeader(cells({u"Phone", u"Phone"}), {}));
    EXPECT_FALSE(HeaderDetector::looksLikeHeader(cells({u"", u"", u"x"}), {}));
    EXPECT_FALSE(HeaderDetector::looksLikeHeader(cells({u"same", u"row"}), {cells({u"same", u"row"})}));
    EXPECT_TRUE(HeaderDetector::looksLikeData(u"1.234,56"));
    EXPECT_TRUE(HeaderDetector::looksLikeData(u"https://example.com"));
    EXPECT_FALSE(HeaderDetector::looksLikeData(u"Company"));
}

TEST(HeaderDetector, FindsTheHeaderBelowATitle)
{
    const auto preamble = [](const QList<QStringList> &rows) { return HeaderDetector::preambleRows(rows, isKnownColumnName); };
    const QStringList header = cells({u"Name", u"Email", u"City"});
    const QStringList ada = cells({u"Ada", u"ada@example.com", u"London"});
    EXPECT_EQ(preamble({cells({u"Leads"}), header, ada}), 1);
    EXPECT_EQ(preamble({cells({u"Leads", u"", u""}), cells({u"Exported", u"2024-01-31", u""}), header, ada}), 2);
    EXPECT_EQ(preamble({header, ada}), 0);
    EXPECT_EQ(preamble({ada, ada}), 0);
    // A two-column table, and a two-cell title above a four-column one.
    EXPECT_EQ(preamble({cells({u"Leads"}), cells({u"Name", u"Email"}), cells({u"Ada", u"a@b.de"})}), 1);
    EXPECT_EQ(preamble({cells({u"Report", u"Leads", u"", u""}), cells({u"First Name", u"Last Name", u"Email", u"Phone"}),
                        cells({u"Ann", u"Lee", u"ann@x.com", u""})}),
              1);
    // Sparse data rows are not a title: a row holding an address is a contact's, and rows of
    // plain words below them are data too unless they name a column.
    EXPECT_EQ(preamble({cells({u"ada@example.com", u"", u""}), cells({u"Bob", u"Smith", u"Paris"})}), 0);
    EXPECT_EQ(preamble({cells({u"Ada", u"", u""}), cells({u"Bob", u"Acme", u"London"}), cells({u"Carol", u"Initech", u"Paris"})}), 0);
    EXPECT_EQ(preamble({cells({u"Ann Smith", u""}), cells({u"Bob Jones", u"Mobile"}), cells({u"Cy Young", u"Phone"})}), 0)
        << "one known word in a row of data";
    // A one-column list whose header is its first row, with one row of two cells further down.
    EXPECT_EQ(preamble({cells({u"Name"}), cells({u"Ada Lovelace"}), cells({u"Turing", u"Alan"}), cells({u"Bob"})}), 0);
    // A title as wide as the labels is no title; more than ten lines above are not looked through.
    EXPECT_EQ(preamble({cells({u"Leads", u"of", u"May"}), header, ada}), 0);
    QList<QStringList> longPreamble(11, cells({u"note", u"", u""}));
    longPreamble << header << ada;
    EXPECT_EQ(preamble(longPreamble), 0);
    longPreamble.removeFirst();
    EXPECT_EQ(preamble(longPreamble), 10);
    // The one row of a file, or a one-column list, is never a preamble; nor anything without
    // a way to tell column names.
    EXPECT_EQ(preamble({cells({u"Leads"})}), 0);
    EXPECT_EQ(preamble({cells({u"Email"}), cells({u"a@b.de"})}), 0);
    EXPECT_EQ(HeaderDetector::preambleRows({cells({u"Leads"}), header, ada}, {}), 0);
}

// The reader takes a 64 KiB sample first: every byte of a record with a doubled quote, a CRLF inside
// quotes and a CRLF after it takes a turn at sitting on that chunk boundary.
TEST(CsvReader, EveryByteOfATrickyRecordOnTheChunkBoundary)
{
    const QByteArray tricky = "r,\"a\"\"b\r\nc\"\r\n";
    for (int shift = -qsizetype(tricky.size()) - 1; shift <= 1; ++shift) {
        QByteArray data = "A,B\r\nf,";
        const qsizetype fillerEnd = 64 * 1024 + shift - 2; // where the filler row's CRLF starts
        data += QByteArray(fillerEnd - data.size(), 'x');
        data += "\r\n" + tricky + "last,row\r\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto reader = CsvReader::open(&buffer, QStringLiteral("edge.csv"));
        ASSERT_TRUE(reader.hasValue());
        const auto rows = readAll(**reader);
        ASSERT_EQ(rows.size(), 3u) << shift;
        EXPECT_EQ(rows[0].cells.at(1).size(), fillerEnd - 7) << shift;
        EXPECT_EQ(rows[1].cells, cells({u"r", u"a\"b\r\nc"})) << shift;
        EXPECT_EQ(rows[1].line, 3) << shift;
        EXPECT_EQ(rows[2].cells, cells({u"last", u"row"})) << shift;
        EXPECT_EQ(rows[2].line, 5) << shift;
    }
}
