#include "services/importexport/importfilecheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leadline::ImportExport;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

ImportOptions optionsFor(const QString &path)
{
    ImportOptions options;
    options.filePath = path;
    options.defaultRegion = QStringLiteral("DE");
    return options;
}

} // namespace

// Problems far beyond a preview's rows: a bad address on line 15,002, a ragged row, a number that
// is none, counted over every chunk and named in the file's order.
TEST(ImportFileCheck, CountsEveryRowAnImportWouldRejectAndNamesTheFirst)
{
    QTemporaryDir dir;
    QByteArray csv = "Email,Phone,Created Date\n";
    for (int i = 0; i < 30'000; ++i) {
        const int line = i + 2;
        if (line == 15'002)
            csv += "not-an-email,,\n";
        else if (line == 15'003)
            csv += "ragged@example.com,030 1234567\n";
        else if (line == 25'000)
            csv += "c@example.com,12,\n";
        else
            csv +=
                "p" + QByteArray::number(i) + "@example.com,030 " + QByteArray::number(1000000 + i) + ",2024-01-02\n";
    }
    const QString path = writeFile(dir, QStringLiteral("big.csv"), csv);
    QList<qint64> progress;
    const auto checked = ImportFileCheck::run(optionsFor(path), {}, {}, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, csv.size());
        progress << done;
    });
    ASSERT_TRUE(checked.hasValue()) << checked.error().toString().toStdString();
    EXPECT_EQ(checked->rows, 30'000);
    EXPECT_EQ(checked->rejected, 3);
    ASSERT_EQ(checked->firstProblems.size(), 3);
    EXPECT_EQ(checked->firstProblems.at(0).line, 15'002);
    EXPECT_TRUE(checked->firstProblems.at(0).reason.contains(QStringLiteral("not-an-email")))
        << checked->firstProblems.at(0).reason.toStdString();
    EXPECT_EQ(checked->firstProblems.at(1).line, 15'003);
    EXPECT_EQ(checked->firstProblems.at(2).line, 25'000);
    EXPECT_TRUE(checked->stopped.isEmpty());
    EXPECT_FALSE(checked->cancelled);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast(), csv.size());

    // Cancelled after its first chunk: what it counted so far.
    int asked = 0;
    const auto cancelled = ImportFileCheck::run(optionsFor(path), {}, [&] { return ++asked > 1; });
    ASSERT_TRUE(cancelled.hasValue());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(cancelled->rows, 10'000);
}

TEST(ImportFileCheck, KeepsTheFirstProblemsOnlyAndSaysWhereReadingStops)
{
    QTemporaryDir dir;
    QByteArray csv = "Email,Phone,Created Date\n";
    for (int i = 0; i < 20; ++i)
        csv += "bad" + QByteArray::number(i) + ",,\n";
    csv += "ok@example.com,,\nb\xe9@example.com,,\n"; // a byte no UTF-8 has, in a file read as UTF-8
    ImportOptions options = optionsFor(writeFile(dir, QStringLiteral("stops.csv"), csv));
    options.encoding = TextEncoding::Utf8;
    const auto checked = ImportFileCheck::run(options);
    ASSERT_TRUE(checked.hasValue()) << checked.error().toString().toStdString();
    EXPECT_EQ(checked->rejected, 20);
    EXPECT_EQ(checked->firstProblems.size(), ImportFileCheck::kProblemsKept);
    EXPECT_EQ(checked->firstProblems.constLast().line, 6);
    EXPECT_TRUE(checked->stopped.contains(QStringLiteral("23"))) << checked->stopped.toStdString();

    // A file that cannot be opened is an error, not a check.
    EXPECT_FALSE(ImportFileCheck::run(optionsFor(dir.filePath(QStringLiteral("gone.csv")))).hasValue());
}

// A row without the key rows are matched on is a new contact whatever the database holds: one
// with nothing to tell a person by is refused, as is any such row of an import that only updates.
TEST(ImportFileCheck, ARowThatCanMatchNobodyIsCheckedAsANewContact)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("ids.csv"),
                                   "Name,Email,External ID,Company\n"
                                   "Ann,ann@example.com,E1,Acme\n"
                                   ",,E2,Acme\n"
                                   ",,E3,\n"
                                   "Bob,,E4,\n");
    const auto checked = ImportFileCheck::run(optionsFor(path));
    ASSERT_TRUE(checked.hasValue()) << checked.error().toString().toStdString();
    EXPECT_EQ(checked->rejected, 2);
    ASSERT_EQ(checked->firstProblems.size(), 2);
    EXPECT_EQ(checked->firstProblems.at(0).line, 3);
    EXPECT_TRUE(checked->firstProblems.at(0).reason.contains(QStringLiteral("no name, email or phone")))
        << checked->firstProblems.at(0).reason.toStdString();

    // Matched on external id, each row may update a stored contact: the database decides.
    ImportOptions byId = optionsFor(path);
    byId.matchOn = MatchKey::ExternalId;
    EXPECT_EQ(ImportFileCheck::run(byId)->rejected, 0);

    // Only updating: a row without an email finds nobody; one with an email may.
    ImportOptions updating = optionsFor(path);
    updating.updateOnly = true;
    updating.onDuplicate = DuplicateAction::FillEmpty;
    const auto onlyUpdates = ImportFileCheck::run(updating);
    ASSERT_TRUE(onlyUpdates.hasValue());
    EXPECT_EQ(onlyUpdates->rejected, 3);
    EXPECT_TRUE(onlyUpdates->firstProblems.at(0).reason.contains(QStringLiteral("only updates contacts")))
        << onlyUpdates->firstProblems.at(0).reason.toStdString();
}
