#pragma once

#include "services/core/expected.h"

#include <QString>

namespace Leadline::Storage {

// The files of the SQLite databases this process has open: the database itself and its
// -wal, -shm and -journal companions, and the -load file of a bulk load (LoadLock).
//
// SQLite keeps its locks as POSIX record locks, and a process loses every such lock on a file
// when it closes *any* descriptor of that file. Reading one of these files as an import,
// loading it as a mapping preset or writing an export over it would unlock the database for
// other processes (or replace it), so files opened on a user's say-so are checked here first.
class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::DatabaseFiles)
public:
    // Counted: a database opened twice stays registered until both are closed. add() returns
    // the key to remove() it by (the path made absolute once, whatever the working folder
    // does meanwhile).
    static QString add(const QString &sqlitePath);
    static void remove(const QString &key);

    // Whether path (existing or not, through links) is one of those files.
    static bool contains(const QString &path);
    // An error that names the file when it is one of them.
    static Result refuse(const QString &path);
};

} // namespace Leadline::Storage
