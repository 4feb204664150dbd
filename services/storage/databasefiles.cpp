#include "services/storage/databasefiles.h"

#include "services/core/filepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

namespace Leadline::Storage {

namespace {

QMutex s_mutex;
QStringList s_databases; // absolute paths, once per open database

const QStringList &companionSuffixes()
{
    // "-load": a bulk load's LoadLock.
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal"), QStringLiteral("-load")};
    return suffixes;
}

} // namespace

QString DatabaseFiles::add(const QString &sqlitePath)
{
    const QString key = QFileInfo(sqlitePath).absoluteFilePath();
    const QMutexLocker lock(&s_mutex);
    s_databases.append(key);
    return key;
}

void DatabaseFiles::remove(const QString &key)
{
    const QMutexLocker lock(&s_mutex);
    s_databases.removeOne(key);
}

bool DatabaseFiles::contains(const QString &path)
{
    if (path.isEmpty())
        return false;
    QStringList databases;
    {
        const QMutexLocker lock(&s_mutex);
        databases = s_databases;
    }
    for (const QString &database : std::as_const(databases)) {
        const QString base = FilePaths::resolved(database);
        for (const QString &suffix : companionSuffixes())
            if (FilePaths::sameFile(path, base + suffix))
                return true;
    }
    return false;
}

Result DatabaseFiles::refuse(const QString &path)
{
    if (!contains(path))
        return {};
    return Error(ErrorCode::InvalidArgument,
                 tr("%1 is a file of the Leadline database that is open: it cannot be imported, read as a mapping "
                    "or written to. Choose another file.")
                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace Leadline::Storage
