#include "services/storage/loadlock.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace Leadline::Storage {

#ifdef F_OFD_GETLK
namespace {

struct flock wholeFile(short type)
{
    struct flock lock
    {
    };
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0;
    return lock;
}

bool sameFile(int descriptor, const QByteArray &path)
{
    struct stat opened
    {
    }, named{};
    return ::fstat(descriptor, &opened) == 0 && ::stat(path.constData(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace
#endif

QString LoadLock::pathFor(const QString &databasePath)
{
    const QString real = QFileInfo(databasePath).canonicalFilePath();
    return (real.isEmpty() ? databasePath : real) + QStringLiteral("-load");
}

LoadLock::LoadLock(int descriptor, QString path)
    : m_descriptor(descriptor)
    , m_path(std::move(path))
{}

LoadLock::~LoadLock()
{
#ifdef F_OFD_GETLK
    // Removed while still held, so that nobody takes a lock on a file about to vanish
    // (acquire() checks that the file it locked is still the one of that name).
    if (!m_keepFile)
        ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_descriptor);
#endif
}

LoadLock::Probe LoadLock::probe(const QString &databasePath)
{
#ifdef F_OFD_GETLK
    if (databasePath.isEmpty())
        return Probe::Unknown;
    const int descriptor = ::open(QFile::encodeName(pathFor(databasePath)).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return errno == ENOENT ? Probe::Missing : Probe::Unknown;
    struct flock lock = wholeFile(F_WRLCK);
    const int asked = ::fcntl(descriptor, F_OFD_GETLK, &lock);
    ::close(descriptor);
    if (asked != 0)
        return Probe::Unknown;
    return lock.l_type == F_UNLCK ? Probe::Free : Probe::Held;
#else
    Q_UNUSED(databasePath);
    return Probe::Unknown;
#endif
}

LoadLock::Outcome LoadLock::acquire(const QString &databasePath, std::unique_ptr<LoadLock> *lock)
{
#ifdef F_OFD_SETLK
    if (databasePath.isEmpty())
        return Outcome::Unsupported;
    const QString path = pathFor(databasePath);
    const QByteArray encoded = QFile::encodeName(path);
    // A few tries: the file may be removed by a load that ends between open() and the lock.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int descriptor = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (descriptor < 0)
            return Outcome::Unsupported;
        struct flock whole = wholeFile(F_WRLCK);
        if (::fcntl(descriptor, F_OFD_SETLK, &whole) != 0) {
            const int failure = errno;
            ::close(descriptor);
            return failure == EAGAIN || failure == EACCES ? Outcome::HeldElsewhere : Outcome::Unsupported;
        }
        if (sameFile(descriptor, encoded)) {
            lock->reset(new LoadLock(descriptor, path));
            return Outcome::Acquired;
        }
        ::close(descriptor);
    }
    return Outcome::HeldElsewhere;
#else
    Q_UNUSED(databasePath);
    Q_UNUSED(lock);
    return Outcome::Unsupported;
#endif
}

} // namespace Leadline::Storage
