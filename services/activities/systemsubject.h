#pragma once

#include <QString>

namespace Leadline::Activities::SystemSubject {

// What Leadline itself writes as an activity's subject. It is stored in English and put into
// the reader's language when shown (translated()), so a timeline on a shared database reads in
// each teammate's language, whoever's desktop wrote it.
QString importedFrom(const QString &fileName);
QString importUndone(const QString &fileName);
QString importUndoneValuesRestored(const QString &fileName);
QString contactCreated();
QString companyCreated();
QString leadCreated();

// The subject in the application's language when it is one of the above; any other subject
// (a user's, or one an older version stored translated) as it is.
QString translated(const QString &subject);

} // namespace Leadline::Activities::SystemSubject
