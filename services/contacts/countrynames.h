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

// The language the user interface speaks: the one whose translations were installed ("de"),
// English without any. Set once at start-up (Settings::installTranslations()), before the
// first country name is asked for.
QString interfaceLanguage();
void setInterfaceLanguage(const QString &language);

// Languages whose country names an import recognises besides English ("Frankreich",
// "Allemagne", "Alemania"): those of Europe's and the Americas' big spreadsheets.
const QStringList &recognisedLanguages();

} // namespace CountryNames

} // namespace Leadline::Contacts
