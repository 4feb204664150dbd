#pragma once

#include <QString>

#include <memory>

namespace Leadline::Storage {

// An operating-system lock on "<database>-load", taken by the process that runs a deferred
// bulk load before it records the load and let go of after the record is gone. The kernel
// lets go of it however the process ends, so another process can tell an abandoned load from
// a running one without trusting a host name and a process id: a load killed on another
// machine, or one whose process id was reused since, no longer looks alive. Open file
// description locks, so that two connections of one process see each other's too.
class LoadLock
{
public:
    enum class Probe {
        Held,    // a load holds it
        Free,    // nobody holds it: a recorded load was abandoned
        Missing, // no such file: a load of an earlier version, or a database copied without it
        Unknown  // this system or file system cannot say
    };
    static Probe probe(const QString &databasePath);

    enum class Outcome { Acquired, HeldElsewhere, Unsupported };
    // Takes the lock without waiting; the lock object is set when Acquired.
    static Outcome acquire(const QString &databasePath, std::unique_ptr<LoadLock> *lock);

    LoadLock(const LoadLock &) = delete;
    LoadLock &operator=(const LoadLock &) = delete;
    // Removes the file and lets go of the lock.
    ~LoadLock();
    // Lets go of the lock when destroyed but leaves the file: a load whose end failed stays
    // recorded, and its file, free, tells the next process to finish it.
    void keepFile() { m_keepFile = true; }

    // Next to the database's real path (links resolved), so that every way to it finds one file.
    static QString pathFor(const QString &databasePath);

private:
    LoadLock(int descriptor, QString path);
    int m_descriptor;
    QString m_path;
    bool m_keepFile = false;
};

} // namespace Leadline::Storage
