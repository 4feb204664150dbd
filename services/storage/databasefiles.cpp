#include "services/storage/databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Leadline::Storage {

namespace {

QMutex s_mutex;
QStringList s_databases; // absolute paths, once per open database

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

// The path with every link resolved, also for a file that does not exist yet (its folder is
// resolved): how two spellings of one file compare equal.
QString resolved(const QString &path)
{
    QFileInfo info(path);
    // A link to a file not there yet (a -journal) leads where a write through it would go.
    for (int hops = 0; info.isSymLink() && !info.exists() && hops < 32; ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

#ifdef Q_OS_UNIX
// A hard link has its own name: the same device and inode are the same file.
bool sameFile(const QString &a, const QString &b)
{
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}
#else
bool sameFile(const QString &, const QString &)
{
    return false;
}
#endif

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
    const QString target = resolved(path);
    for (const QString &database : std::as_const(databases)) {
        const QString base = resolved(database);
        for (const QString &suffix : companionSuffixes()) {
            const QString file = base + suffix;
            if (target == file || sameFile(path, file))
                return true;
        }
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
