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

enum class State { Unknown, Alive, Gone };

// What this machine can tell of a process: alive (this one, or one that exists, perhaps a pid
// reused), gone, or unknown (another machine's, an unreadable name, no way to ask).
State stateOf(const QString &process)
{
    const qint64 pid = localPid(process);
    if (pid == 0)
        return State::Unknown;
    if (pid == QCoreApplication::applicationPid())
        return State::Alive;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) == 0 || errno == EPERM)
        return State::Alive;
    return errno == ESRCH ? State::Gone : State::Unknown;
#else
    return State::Unknown;
#endif
}

} // namespace

bool isAliveHere(const QString &process)
{
    return stateOf(process) == State::Alive;
}

bool isGone(const QString &process)
{
    return stateOf(process) == State::Gone;
}

} // namespace Leadline::ProcessIdentity
