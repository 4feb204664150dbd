#include "services/core/processidentity.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Leadline::ProcessIdentity {

QString thisProcess()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

namespace {

// The pid of a process of this machine, or 0.
qint64 localPid(const QString &process)
{
    const qsizetype colon = process.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || process.left(colon) != QSysInfo::machineHostName())
        return 0;
    bool ok = false;
    const qint64 pid = process.mid(colon + 1).toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

} // namespace

bool isAliveHere(const QString &process)
{
    const qint64 pid = localPid(process);
    if (pid == 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

bool isGone(const QString &process)
{
    const qint64 pid = localPid(process);
    if (pid == 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

} // namespace Leadline::ProcessIdentity
