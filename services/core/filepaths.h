#pragma once

#include <QString>

namespace Leadline {

// Whether two paths name one file, whatever the spelling: "..", links to it, links to where
// it would be created, hard links.
namespace FilePaths {

// The path with every link resolved, also for a file that does not exist yet (its folder is
// resolved, and a link to a missing file leads where writing through it would create it).
QString resolved(const QString &path);
// Same resolved path, or (for two existing files) the same device and inode.
bool sameFile(const QString &a, const QString &b);

} // namespace FilePaths

} // namespace Leadline
