#pragma once

#include <QString>

namespace Leadline::Contacts {

// Syntax check for email addresses: the everyday subset of RFC 5322 (dot-atom local part,
// a domain with at least one dot and a top-level label of two or more letters; no quoted
// local parts, no IP literals). Thread-safe.
bool isValidEmailAddress(const QString &address);

// Lower-cased host name for a company domain from what users paste: "https://www.Acme.com/about"
// → "acme.com". Empty when nothing host-like is in it.
QString normalizedDomain(const QString &text);
bool isValidDomain(const QString &domain);
// A host that many people have pages or addresses on (linkedin.com, gmail.com, github.io…):
// it says nothing of which company a person works for. Takes a normalizedDomain().
bool isSharedHost(const QString &domain);

} // namespace Leadline::Contacts
