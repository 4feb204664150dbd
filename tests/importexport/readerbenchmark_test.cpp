// Throughput of the readers and writers on a big file, printed rather than asserted. Runs only when
// LEADLINE_IMPORT_BENCH_FILE names a CSV or XLSX file, e.g.
//   LEADLINE_IMPORT_BENCH_FILE=/tmp/contacts-1m.csv test_importexport --gtest_filter='ReaderBenchmark.*'
// With LEADLINE_IMPORT_BENCH_OUT=<dir> the rows are also exported to <dir>/bench.xlsx and <dir>/bench.csv,
// and the exported .xlsx is read back.
#include "readerhelpers.h"

#include "services/importexport/csvwriter.h"
#include "services/importexport/spreadsheetwriter.h"
#include "services/importexport/tabularreaderfactory.h"

#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace Leadline;
using namespace Leadline::ImportExport;

namespace {

struct Pass
{
    qint64 rows = 0;
    qint64 cells = 0;
    double seconds = 0;
    double cpuSeconds = 0; // differs from seconds on a busy machine
};

Pass readThrough(const QString &path, TabularWriter *writer = nullptr)
{
    Pass pass;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto reader = TabularReaderFactory::open(path);
    EXPECT_TRUE(reader.hasValue()) << (reader ? std::string() : reader.error().message().toStdString());
    if (!reader)
        return pass;
    if (writer) {
        EXPECT_TRUE(writer->writeRow((*reader)->headers()));
    }
    for (;;) {
        auto row = (*reader)->next();
        if (!row) {
            EXPECT_TRUE((*reader)->canContinue()) << row.error().message().toStdString();
            if (!(*reader)->canContinue())
                break;
            continue;
        }
        if (!row->has_value())
            break;
        ++pass.rows;
        pass.cells += (*row)->cells.size();
        if (writer && pass.rows < 1048576) {
            EXPECT_TRUE(writer->writeRow((*row)->cells));
        }
    }
    pass.seconds = double(timer.nsecsElapsed()) / 1e9;
    pass.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return pass;
}

void print(const char *what, const Pass &pass)
{
    std::printf("%-36s %9lld rows %10lld cells %7.2f s wall %7.2f s cpu %9.0f rows/s (cpu)\n", what,
                static_cast<long long>(pass.rows), static_cast<long long>(pass.cells), pass.seconds, pass.cpuSeconds,
                double(pass.rows) / pass.cpuSeconds);
}

} // namespace

TEST(ReaderBenchmark, ReadAndExportBigFile)
{
    const QString path = qEnvironmentVariable("LEADLINE_IMPORT_BENCH_FILE");
    if (path.isEmpty())
        GTEST_SKIP() << "set LEADLINE_IMPORT_BENCH_FILE to run";
    print("read", readThrough(path));

    const QString out = qEnvironmentVariable("LEADLINE_IMPORT_BENCH_OUT");
    if (out.isEmpty())
        return;
    const QString xlsx = QDir(out).filePath(QStringLiteral("bench.xlsx"));
    const QString csv = QDir(out).filePath(QStringLiteral("bench.csv"));
    {
        auto xlsxWriter = SpreadsheetWriter::open(xlsx);
        ASSERT_TRUE(xlsxWriter.hasValue());
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        Pass pass = readThrough(path, xlsxWriter->get());
        ASSERT_TRUE((*xlsxWriter)->finish());
        pass.seconds = double(timer.nsecsElapsed()) / 1e9;
        pass.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        print("read + write xlsx (libxlsxwriter)", pass);
    }
    {
        auto csvWriter = CsvWriter::open(csv);
        ASSERT_TRUE(csvWriter.hasValue());
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        Pass pass = readThrough(path, csvWriter->get());
        ASSERT_TRUE((*csvWriter)->finish());
        pass.seconds = double(timer.nsecsElapsed()) / 1e9;
        pass.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        print("read + write csv", pass);
    }
    print("read exported xlsx", readThrough(xlsx));
}
