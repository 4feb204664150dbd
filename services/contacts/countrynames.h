#pragma once

#include <QString>
#include <QStringList>

namespace Leadline::Contacts {

// Country names in people's languages, from ICU's locale data (which Qt's does not expose: its
// territory names are English only).
namespace CountryNames {

// The name of the country with this ISO code in the language ("de", "pt_BR", "de-AT"):
// ("DE", "de") → "Deutschland". Empty when ICU names no such country.
QString inLanguage(const QString &code, const QString &language);

// The language the user interface speaks, as the translations were chosen ("de", "en_US").
QString interfaceLanguage();

// Languages whose country names an import recognises besides English ("Frankreich",
// "Allemagne", "Alemania"): those of Europe's and the Americas' big spreadsheets.
const QStringList &recognisedLanguages();

} // namespace CountryNames

} // namespace Leadline::Contacts
