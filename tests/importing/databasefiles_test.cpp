#include "services/importexport/columnmapping.h"
#include "services/importexport/csvwriter.h"
#include "services/importexport/spreadsheetwriter.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/storage/database.h"
#include "services/storage/databasefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Leadline;
using namespace Leadline::ImportExport;
using Leadline::Storage::DatabaseFiles;

namespace {

class DatabaseFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("crm.sqlite"));
        Storage::DatabaseLocation location;
        location.sqlitePath = m_path;
        auto opened = Storage::Database::open(location);
        ASSERT_TRUE(opened.hasValue()) << opened.error().message().toStdString();
        m_database = *opened;
        ASSERT_TRUE(m_database->exec(QStringLiteral("CREATE TABLE t (x)")).hasValue()); // -wal and -shm exist now
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Storage::Database> m_database;
};

TEST_F(DatabaseFilesTest, KnowsTheOpenDatabaseAndItsCompanionsUnderAnyName)
{
    EXPECT_TRUE(DatabaseFiles::contains(m_path));
    EXPECT_TRUE(DatabaseFiles::contains(m_path + QStringLiteral("-wal")));
    EXPECT_TRUE(DatabaseFiles::contains(m_path + QStringLiteral("-shm")));
    EXPECT_TRUE(DatabaseFiles::contains(m_path + QStringLiteral("-journal"))) << "also before it exists";
    EXPECT_TRUE(DatabaseFiles::contains(m_dir.filePath(QStringLiteral("sub/../crm.sqlite"))));

#ifdef Q_OS_UNIX
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(m_path, link));
    EXPECT_TRUE(DatabaseFiles::contains(link)) << "a symbolic link";
    const QString dangling = m_dir.filePath(QStringLiteral("journal.csv"));
    ASSERT_TRUE(QFile::link(m_path + QStringLiteral("-journal"), dangling));
    EXPECT_TRUE(DatabaseFiles::contains(dangling)) << "a link to a companion not there yet";
    const QString hardLink = m_dir.filePath(QStringLiteral("hard.csv"));
    ASSERT_EQ(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(hardLink).constData()), 0);
    EXPECT_TRUE(DatabaseFiles::contains(hardLink)) << "a second name of the same file";
#endif

    EXPECT_FALSE(DatabaseFiles::contains(m_dir.filePath(QStringLiteral("contacts.csv"))));
    EXPECT_FALSE(DatabaseFiles::contains(m_path + QStringLiteral(".csv")));
    EXPECT_FALSE(DatabaseFiles::contains(QString()));

    m_database.reset();
    EXPECT_FALSE(DatabaseFiles::contains(m_path)) << "closed: an ordinary file again";
}

TEST_F(DatabaseFilesTest, ImportsPresetsAndExportsRefuseThem)
{
    const auto mentionsIt = [this](const Error &error) {
        return error.message().contains(QDir::toNativeSeparators(m_path)) &&
               error.message().contains(QStringLiteral("database"));
    };
    // Looked at without opening it, which would drop this process's locks on it.
    const QFileInfo before(m_path);
    const QDateTime modified = before.lastModified();

    auto reader = TabularReaderFactory::open(m_path, {});
    ASSERT_FALSE(reader.hasValue());
    EXPECT_TRUE(mentionsIt(reader.error())) << reader.error().message().toStdString();
    EXPECT_FALSE(TabularReaderFactory::open(m_path + QStringLiteral("-wal"), {}).hasValue());

    auto preset = ColumnMapping::readPresetFile(m_path);
    ASSERT_FALSE(preset.hasValue());
    EXPECT_TRUE(mentionsIt(preset.error()));
    const ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("Email")});
    EXPECT_FALSE(mapping.writePresetFile(m_path).hasValue());

    auto csv = CsvWriter::open(m_path, {});
    ASSERT_FALSE(csv.hasValue());
    EXPECT_TRUE(mentionsIt(csv.error()));
    EXPECT_FALSE(SpreadsheetWriter::open(m_path, {}).hasValue());

    const QFileInfo after(m_path);
    EXPECT_EQ(after.size(), before.size()) << "nothing was written over it";
    EXPECT_EQ(after.lastModified(), modified);

    // A workbook is made beside its name first: that file is refused too.
    Storage::DatabaseLocation partial;
    partial.sqlitePath = m_dir.filePath(QStringLiteral("book.xlsx.part"));
    auto other = Storage::Database::open(partial);
    ASSERT_TRUE(other.hasValue());
    EXPECT_FALSE(SpreadsheetWriter::open(m_dir.filePath(QStringLiteral("book.xlsx")), {}).hasValue());
    EXPECT_TRUE(m_database->exec(QStringLiteral("INSERT INTO t VALUES (1)")).hasValue()) << "still usable";
}

} // namespace
