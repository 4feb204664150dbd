#include "services/importexport/rejectsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leadline::ImportExport;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

const QByteArray kHeader = "\xEF\xBB\xBFRow,Reason,email\r\n";

} // namespace

TEST(RejectsFile, ListsTheRowsOfCommittedChunksAtItsPathAsTheyCommit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rejects.csv"));
    RejectsFile rejects(path, {QStringLiteral("email")});

    rejects.append(2, {QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rejects.writePending().hasValue());
    rejects.keepWritten();
    EXPECT_EQ(contentsOf(path), kHeader + "2,bad,a@\r\n") << "on disk as soon as its chunk commits";

    // A chunk written before a commit that then fails is cut off again, as are rows not written yet.
    rejects.append(3, {QStringLiteral("b@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rejects.writePending().hasValue());
    EXPECT_EQ(contentsOf(path), kHeader + "2,bad,a@\r\n3,bad,b@\r\n");
    rejects.append(4, {QStringLiteral("c@")}, QStringLiteral("bad"));
    rejects.dropPending();
    ASSERT_TRUE(rejects.dropWritten().hasValue());
    EXPECT_EQ(contentsOf(path), kHeader + "2,bad,a@\r\n");

    rejects.append(5, {QStringLiteral("d@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rejects.writePending().hasValue());
    rejects.keepWritten();
    rejects.append(6, {QStringLiteral("e@")}, QStringLiteral("bad")); // never committed
    ASSERT_TRUE(rejects.close().hasValue());
    EXPECT_EQ(contentsOf(path), kHeader + "2,bad,a@\r\n5,bad,d@\r\n");
}

TEST(RejectsFile, LeavesNoFileWhenNoRejectWasKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rejects.csv"));
    RejectsFile rejects(path, {QStringLiteral("email")});
    rejects.append(2, {QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rejects.writePending().hasValue());
    ASSERT_TRUE(rejects.dropWritten().hasValue()); // its chunk rolled back
    ASSERT_TRUE(rejects.close().hasValue());
    EXPECT_FALSE(QFile::exists(path));

    RejectsFile unwritable(dir.filePath(QStringLiteral("no/such/folder/rejects.csv")), {QStringLiteral("email")});
    unwritable.append(2, {QStringLiteral("a@")}, QStringLiteral("bad"));
    const auto failed = unwritable.writePending();
    ASSERT_FALSE(failed.hasValue());
    // What a failed commit does next, then the end of the import: nothing to cut, nothing to close.
    unwritable.dropPending();
    EXPECT_TRUE(unwritable.dropWritten().hasValue());
    unwritable.keepWritten();
    EXPECT_TRUE(unwritable.close().hasValue());
    EXPECT_TRUE(failed.error().message().contains(QDir::toNativeSeparators(QStringLiteral("no/such/folder"))))
        << failed.error().message().toStdString();
}

TEST(RejectsFile, AFileAtItsPathIsReplacedOnlyByOneThatListsARow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rejects.csv"));
    const auto writeEarlier = [&] {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("yesterday's rejects\n");
    };

    writeEarlier();
    {
        RejectsFile clean(path, {QStringLiteral("email")}); // an import without rejects
        ASSERT_TRUE(clean.close().hasValue());
    }
    EXPECT_EQ(contentsOf(path), "yesterday's rejects\n");

    RejectsFile rolledBack(path, {QStringLiteral("email")});
    rolledBack.append(2, {QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rolledBack.writePending().hasValue());
    EXPECT_EQ(contentsOf(path), kHeader + "2,bad,a@\r\n");
    EXPECT_EQ(contentsOf(path + QStringLiteral(".previous")), "yesterday's rejects\n") << "set aside while it runs";
    ASSERT_TRUE(rolledBack.dropWritten().hasValue());
    ASSERT_TRUE(rolledBack.close().hasValue());
    EXPECT_EQ(contentsOf(path), "yesterday's rejects\n") << "put back: the import kept no row";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".previous")));

    RejectsFile kept(path, {QStringLiteral("email")});
    kept.append(3, {QStringLiteral("b@")}, QStringLiteral("bad"));
    ASSERT_TRUE(kept.writePending().hasValue());
    kept.keepWritten();
    ASSERT_TRUE(kept.close().hasValue());
    EXPECT_EQ(contentsOf(path), kHeader + "3,bad,b@\r\n");
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".previous")));

    // A file an earlier, killed import set aside is never overwritten.
    writeEarlier();
    {
        QFile leftOver(path + QStringLiteral(".previous"));
        ASSERT_TRUE(leftOver.open(QIODevice::WriteOnly));
        leftOver.write("set aside by a killed import\n");
    }
    RejectsFile again(path, {QStringLiteral("email")});
    again.append(4, {QStringLiteral("c@")}, QStringLiteral("bad"));
    ASSERT_TRUE(again.writePending().hasValue());
    EXPECT_EQ(contentsOf(path + QStringLiteral(".previous-2")), "yesterday's rejects\n");
    ASSERT_TRUE(again.dropWritten().hasValue());
    ASSERT_TRUE(again.close().hasValue());
    EXPECT_EQ(contentsOf(path), "yesterday's rejects\n");
    EXPECT_EQ(contentsOf(path + QStringLiteral(".previous")), "set aside by a killed import\n");
}

TEST(RejectsFile, WritesThroughALinkAndNeverRemovesWhatItDidNotCreate)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    {
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(QFile::link(target, link));
    RejectsFile rejects(link, {QStringLiteral("email")});
    rejects.append(2, {QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(rejects.writePending().hasValue());
    ASSERT_TRUE(rejects.dropWritten().hasValue());
    ASSERT_TRUE(rejects.close().hasValue());
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link stays";
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(link + QStringLiteral(".previous")));
}

TEST(RejectsFile, ItsOwnRowAndReasonColumnsGiveWayOnlyWhenNotImported)
{
    QTemporaryDir dir;
    const QStringList headers{QStringLiteral("Row"), QStringLiteral("Reason"), QStringLiteral("email")};
    // A file of rejected rows imported again: the old line and reason give way to the new ones.
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    RejectsFile fixed(again, headers);
    fixed.append(2, {QStringLiteral("7"), QStringLiteral("old reason"), QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(fixed.writePending().hasValue());
    fixed.keepWritten();
    ASSERT_TRUE(fixed.close().hasValue());
    EXPECT_EQ(contentsOf(again), kHeader + "2,bad,a@\r\n");
    // A file whose own "Row" and "Reason" columns are imported keeps them: they are data.
    const QString data = dir.filePath(QStringLiteral("data.csv"));
    RejectsFile mapped(data, headers, true);
    mapped.append(2, {QStringLiteral("7"), QStringLiteral("met at fair"), QStringLiteral("a@")}, QStringLiteral("bad"));
    ASSERT_TRUE(mapped.writePending().hasValue());
    mapped.keepWritten();
    ASSERT_TRUE(mapped.close().hasValue());
    EXPECT_EQ(contentsOf(data), QByteArray("\xEF\xBB\xBFRow,Reason,Row,Reason,email\r\n2,bad,7,met at fair,a@\r\n"));
}
