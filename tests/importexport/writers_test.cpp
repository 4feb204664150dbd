#include "readerhelpers.h"

#include "services/importexport/csvreader.h"
#include "services/importexport/csvwriter.h"
#include "services/importexport/formulaguard.h"
#include "services/importexport/spreadsheetwriter.h"
#include "services/importexport/xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Leadline;
using namespace Leadline::ImportExport;
using namespace Leadline::ImportExport::Testing;

namespace {

const QList<QStringList> &sampleRows()
{
    static const QList<QStringList> rows = {
        cells({u"Name", u"Note", u"Email", u"Phone"}),
        cells({u"Smith, John", u"He said \"hi\"", u"john@example.com", u"+49 30 1234567"}),
        cells({u"Multi\nLine", u"two\r\nlines", u"", u"-5"}),
        cells({u"Zoë 😀", u"=HYPERLINK(\"http://evil\",\"x\")", u"@SUM(A1)", u"\tTabbed"}),
        cells({u"  padded  ", u"\rCR first", u"ünïcödé", u"plain"}),
        cells({u"_x0041_", u"a_X00e9_b", u"_x005F_", u"_x12_ _xZZZZ_"}),
    };
    return rows;
}

QStringList neutralised(const QStringList &row)
{
    QStringList out;
    for (const QString &cell : row)
        out.append(FormulaGuard::neutralise(cell));
    return out;
}

} // namespace

TEST(FormulaGuard, PrefixesFormulaLookingCells)
{
    for (const char16_t *cell : {u"=1+1", u"+49", u"-5", u"@x", u"\tx", u"\rx"}) {
        EXPECT_TRUE(FormulaGuard::looksLikeFormula(QString::fromUtf16(cell)));
        EXPECT_EQ(FormulaGuard::neutralise(QString::fromUtf16(cell)),
                  QString(QLatin1Char('\'') + QString::fromUtf16(cell)));
    }
    for (const char16_t *cell : {u"", u"a=b", u" =x", u"'x", u"Ada"})
        EXPECT_EQ(FormulaGuard::neutralise(QString::fromUtf16(cell)), QString::fromUtf16(cell));
    // Text that already starts with apostrophes before a formula gets one more, which is the one
    // an import takes off: "'=x" comes back as "'=x".
    EXPECT_EQ(FormulaGuard::neutralise(QStringLiteral("'=x")), QStringLiteral("''=x"));
    EXPECT_TRUE(FormulaGuard::isGuarded(QStringLiteral("''=x")));
    EXPECT_TRUE(FormulaGuard::isGuarded(QStringLiteral("'+49")));
    EXPECT_FALSE(FormulaGuard::isGuarded(QStringLiteral("'x")));
    EXPECT_FALSE(FormulaGuard::isGuarded(QStringLiteral("=x")));
}

TEST(CsvWriter, QuotesOnlyWhatNeedsItWithCrLf)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto writer = CsvWriter::open(&buffer, QStringLiteral("out.csv"));
    ASSERT_TRUE(writer.hasValue());
    ASSERT_TRUE((*writer)->writeRow(cells({u"a", u"b,c", u"d\"e", u"", u"=1"})));
    ASSERT_TRUE((*writer)->writeRow(cells({u"x\ny"})));
    ASSERT_TRUE((*writer)->finish());
    EXPECT_EQ(out, QByteArray("a,\"b,c\",\"d\"\"e\",,'=1\r\n\"x\ny\"\r\n"));
    EXPECT_EQ((*writer)->rowsWritten(), 2);
}

TEST(CsvWriter, RoundTripWithBom)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    {
        CsvWriteOptions options;
        options.byteOrderMark = true;
        auto writer = CsvWriter::open(path, options);
        ASSERT_TRUE(writer.hasValue());
        for (const QStringList &row : sampleRows())
            ASSERT_TRUE((*writer)->writeRow(row));
        EXPECT_FALSE(QFile::exists(path)); // nothing at the destination before finish()
        ASSERT_TRUE((*writer)->finish());
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(3) == QByteArray("\xEF\xBB\xBF"));
    file.close();

    ReadOptions options;
    options.header = HeaderMode::Present;
    auto reader = CsvReader::open(path, options);
    ASSERT_TRUE(reader.hasValue());
    EXPECT_EQ((*reader)->headers(), sampleRows().first());
    const auto rows = readAll(**reader);
    ASSERT_EQ(rows.size(), std::size_t(sampleRows().size() - 1));
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].cells, neutralised(sampleRows().at(qsizetype(i) + 1)));
    EXPECT_EQ(rows[1].cells.at(3), QStringLiteral("'-5"));
    EXPECT_EQ(rows[2].cells.at(1), QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
}

TEST(CsvWriter, AbandonedWriterLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("abandoned.csv"));
    {
        auto writer = CsvWriter::open(path);
        ASSERT_TRUE(writer.hasValue());
        ASSERT_TRUE((*writer)->writeRow(cells({u"a"})));
    }
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SpreadsheetWriter, RoundTripKeepsTextAndNeverWritesFormulas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    {
        auto writer = SpreadsheetWriter::open(path);
        ASSERT_TRUE(writer.hasValue()) << writer.error().message().toStdString();
        for (const QStringList &row : sampleRows())
            ASSERT_TRUE((*writer)->writeRow(row));
        EXPECT_FALSE(QFile::exists(path));
        ASSERT_TRUE((*writer)->finish());
    }
    ReadOptions options;
    options.header = HeaderMode::Present;
    auto reader = XlsxReader::open(path, options);
    ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    EXPECT_EQ((*reader)->sheetName(), QStringLiteral("Contacts"));
    EXPECT_EQ((*reader)->headers(), sampleRows().first());
    const auto rows = readAll(**reader);
    ASSERT_EQ(rows.size(), std::size_t(sampleRows().size() - 1));
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].cells, sampleRows().at(qsizetype(i) + 1));

    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    ASSERT_TRUE(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile sheet(&zip);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    const QByteArray xml = sheet.readAll();
    EXPECT_TRUE(xml.contains("HYPERLINK"));
    EXPECT_FALSE(xml.contains("<f>"));
}

TEST(SpreadsheetWriter, TimestampsAreDateCellsThatReadBackToTheMillisecond)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    const QList<QStringList> rows = {
        cells({u"email", u"created_at", u"note"}),
        cells({u"a@example.com", u"2026-11-27T13:05:01.123Z", u"2026-11-27T13:05:01.123Z"}),
        cells({u"b@example.com", u"1999-12-31T23:59:59.999Z", u""}),
        cells({u"c@example.com", u"2024-02-29T00:00:00Z", u""}),
        cells({u"d@example.com", u"not a time", u""}),
        cells({u"e@example.com", u"2023-02-30T00:00:00.000Z", u""}), // no such day: text
    };
    {
        SpreadsheetWriteOptions options;
        options.timestampColumns = {1};
        auto writer = SpreadsheetWriter::open(path, options);
        ASSERT_TRUE(writer.hasValue()) << writer.error().message().toStdString();
        for (const QStringList &row : rows)
            ASSERT_TRUE((*writer)->writeRow(row));
        ASSERT_TRUE((*writer)->finish());
    }
    ReadOptions options;
    options.header = HeaderMode::Present;
    auto reader = XlsxReader::open(path, options);
    ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    EXPECT_EQ((*reader)->headers(), rows.first()) << "the header stays text";
    const auto read = readAll(**reader);
    ASSERT_EQ(read.size(), std::size_t(5));
    EXPECT_EQ(read[0].cells.at(1), QStringLiteral("2026-11-27T13:05:01.123"));
    EXPECT_EQ(read[0].cells.at(2), QStringLiteral("2026-11-27T13:05:01.123Z")) << "another column stays text";
    EXPECT_EQ(read[1].cells.at(1), QStringLiteral("1999-12-31T23:59:59.999"));
    EXPECT_EQ(read[2].cells.at(1), QStringLiteral("2024-02-29T00:00:00"));
    EXPECT_EQ(read[3].cells.at(1), QStringLiteral("not a time"));
    EXPECT_EQ(read[4].cells.at(1), QStringLiteral("2023-02-30T00:00:00.000Z"));

    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    ASSERT_TRUE(zip.setCurrentFile(QStringLiteral("xl/styles.xml")));
    QuaZipFile styles(&zip);
    ASSERT_TRUE(styles.open(QIODevice::ReadOnly));
    EXPECT_TRUE(styles.readAll().contains("yyyy-mm-dd hh:mm:ss"));
}

TEST(SpreadsheetWriter, WorkbooksAreWrittenOnAnyThreadOneAfterAnother)
{
    // Each export runs on a job thread of its own: the second one, on a thread that did not
    // load the library, once crashed in the library's C library.
    QTemporaryDir dir;
    for (int round = 0; round < 3; ++round) {
        const QString path = dir.filePath(QStringLiteral("export-%1.xlsx").arg(round));
        bool written = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto writer = SpreadsheetWriter::open(path);
            written = writer.hasValue() && (*writer)->writeRow(sampleRows().at(1)).hasValue() &&
                      (*writer)->finish().hasValue();
        }));
        thread->start();
        ASSERT_TRUE(thread->wait(60000));
        ASSERT_TRUE(written) << "round " << round;
        auto reader = XlsxReader::open(path, {});
        ASSERT_TRUE(reader.hasValue()) << reader.error().message().toStdString();
    }
}

TEST(SpreadsheetWriter, AWorkbookOpenedOnOneThreadIsFinishedOnAnother)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handed-over.xlsx"));
    std::unique_ptr<SpreadsheetWriter> writer;
    std::unique_ptr<QThread> opener(QThread::create([&] {
        auto opened = SpreadsheetWriter::open(path);
        if (opened)
            writer = std::move(*opened);
    }));
    opener->start();
    ASSERT_TRUE(opener->wait(60000));
    ASSERT_NE(writer, nullptr);
    bool written = false;
    std::unique_ptr<QThread> finisher(QThread::create([&] {
        written = writer->writeRow(sampleRows().at(1)).hasValue() && writer->finish().hasValue();
    }));
    finisher->start();
    ASSERT_TRUE(finisher->wait(60000));
    EXPECT_TRUE(written);
    EXPECT_TRUE(XlsxReader::open(path, {}).hasValue());
}

TEST(SpreadsheetWriter, EnforcesExcelLimitsAndLeavesNoFileBehind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limits.xlsx"));
    {
        auto writer = SpreadsheetWriter::open(path);
        ASSERT_TRUE(writer.hasValue());
        auto tooLong = (*writer)->writeRow({QString(40000, QLatin1Char('x'))});
        ASSERT_FALSE(tooLong.hasValue());
        EXPECT_TRUE(tooLong.error().message().contains(QStringLiteral("32767")));
    }
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST(SpreadsheetWriter, AFolderThatCannotTakeTheFileIsSaidBeforeAnyRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing folder/contacts.xlsx"));
    auto writer = SpreadsheetWriter::open(path);
    ASSERT_FALSE(writer.hasValue()) << "the workbook is only written at its end: the folder is tried first";
    EXPECT_TRUE(writer.error().message().contains(path)) << writer.error().message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing folder"))));
}
