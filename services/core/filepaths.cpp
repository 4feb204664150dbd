#include "services/core/filepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Leadline::FilePaths {

namespace {

#ifdef Q_OS_UNIX
bool sameInode(const QString &a, const QString &b)
{
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}
#else
bool sameInode(const QString &, const QString &)
{
    return false;
}
#endif

} // namespace

QString resolved(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && !info.exists() && hops < 32; ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return resolved(a) == resolved(b) || sameInode(a, b);
}

} // namespace Leadline::FilePaths
