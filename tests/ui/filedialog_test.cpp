#include "tests/support/tempdatabase.h"
#include "ui/common/filedialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {

// The POSIX locks this process holds, as the kernel lists them.
int locksHeld()
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = " " + QByteArray::number(QCoreApplication::applicationPid()) + " ";
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n'))
        held += line.contains("POSIX") && line.contains(pid) ? 1 : 0;
    return held;
}

} // namespace

// SQLite holds its database's locks as POSIX locks, which the process loses on that file as
// soon as any descriptor of it is closed: a dialog that read the "-shm" file to find its type
// let another process delete the write-ahead log of the open database.
TEST(FileDialogTest, BrowsingTheOpenDatabasesFolderKeepsItsLocks)
{
    auto temp = TempDatabase::create(Backend::Sqlite);
    ASSERT_TRUE(temp.hasValue());
    Storage::Database &db = *(*temp)->database();
    ASSERT_TRUE(db.exec(QStringLiteral("SELECT count(*) FROM contacts")).hasValue());
    const QString folder = QFileInfo((*temp)->locationText()).absolutePath();
    ASSERT_TRUE(QFileInfo::exists((*temp)->locationText() + QStringLiteral("-shm")));
    const int before = locksHeld();
    ASSERT_GT(before, 0) << "SQLite holds its connection's locks";

    QFileDialog *dialog = Ui::createFileDialog(nullptr, QStringLiteral("Choose"), folder, QStringLiteral("All files (*)"));
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    auto *model = dialog->findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount(model->index(folder)) >= 3; }, 5000));
    // What the list shows of each file: its icon and type (asked of the icon provider, also on
    // the model's own thread).
    const QModelIndex parent = model->index(folder);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        (void)model->fileIcon(model->index(row, 0, parent));
        (void)model->type(model->index(row, 0, parent));
    }
    QTest::qWait(500);
    EXPECT_EQ(locksHeld(), before);
    delete dialog;
}
