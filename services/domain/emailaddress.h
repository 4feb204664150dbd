#pragma once

#include <QString>
#include <QStringView>

namespace Leadline::Domain {

// Syntax check for an email address as people and CRMs use them: one "@", a local part
// without spaces or unquoted specials, and a domain with a dot and valid labels.
// Deliberately stricter than RFC 5322 (no quoted local parts, no IP literals), which is
// what deliverable marketing addresses look like. Thread-safe, allocation-free.
bool isValidEmail(QStringView address);

} // namespace Leadline::Domain
