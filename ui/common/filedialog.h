#pragma once

#include <QFileDialog>

namespace Leadline::Ui {

// A file dialog for choosing or saving a file that never opens the files it lists.
//
// Qt's own dialog finds the type of each listed file (its icon, the Type column) by reading
// it, and a native GTK dialog does the same inside this process. Closing what was read drops
// every POSIX lock the process holds on that file, and SQLite keeps its database's locks
// that way: browsing the folder of the open database (its "-shm" file) let another process
// take the database for unused and delete its write-ahead log from under the app. Types here
// come from the name alone.
QFileDialog *createFileDialog(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);

// Where a suggested file is saved: the user's documents folder when it exists, else home.
QString defaultSaveFolder();

// Opens a file in the application the desktop has for it. Empty when it did; else what to tell
// the user (no such application here, or the file is gone), with where the file is.
QString openInDesktopApplication(const QString &path);

} // namespace Leadline::Ui
