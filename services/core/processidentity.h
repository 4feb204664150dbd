#pragma once

#include <QString>

namespace Leadline {

// Which process of which machine does something ("host:pid"), recorded with work that another
// process must not mistake for abandoned: a running import batch, a bulk load in progress.
namespace ProcessIdentity {

QString thisProcess();
// True only when the process is known to have ended: one of this machine that no longer
// exists. A process of another machine, or an unreadable name, is never taken for gone.
bool isGone(const QString &process);
// True only when the process is one of this machine that exists (or may be its pid reused).
bool isAliveHere(const QString &process);

} // namespace ProcessIdentity

} // namespace Leadline
