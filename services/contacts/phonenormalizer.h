#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Leadline::Contacts {

// Turns what a user typed ("030 1234567", "+1 (650) 253-0000") into E.164 ("+49301234567")
// with libphonenumber. Stateless and thread-safe; cheap to construct (the metadata is a
// process-wide singleton).
class PhoneNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Contacts::PhoneNormalizer)
public:
    // defaultRegion: ISO 3166-1 alpha-2 ("DE") for numbers without a country code; may be empty.
    // An extension follows the number as RFC 3966 writes it: "+16502530000;ext=123".
    Expected<QString> toE164(const QString &raw, const QString &defaultRegion) const;
    // The same through libphonenumber's full Parse() every time: the reference toE164()'s
    // quick reading of plainly written numbers must agree with (and the tests check it does).
    Expected<QString> parseToE164(const QString &raw, const QString &defaultRegion) const;
    // toE164()'s quick reading: "+<country code> <digits>", or the region's trunk prefix and
    // digits, with spaces, dashes, dots, slashes and brackets only; the number must be valid.
    // Nothing for anything else, which toE164() leaves to Parse().
    static std::optional<QString> quickE164(QStringView text, const QString &defaultRegion);

    // An E.164 number as people read it, in international format ("+49 30 1234567");
    // the text unchanged when it does not parse.
    static QString formatForDisplay(const QString &e164);

    // A region libphonenumber knows ("DE", "US"); case-insensitive.
    static bool isKnownRegion(const QString &region);
    // Every country libphonenumber can dial, each once, with its English name as Qt's locale
    // data spells it ("Germany") and its name in the language of the user interface
    // ("Deutschland"), in Qt's territory order (not "World" or "Latin America").
    struct Country
    {
        QString code;
        QString name;
        QString localName; // the English name when the interface speaks English, or ICU has none
    };
    static const QList<Country> &dialableCountries();
    // The region of a country as spreadsheets write it: its ISO code ("DE", "de"), its name in
    // English ("Germany", "United States"), in the interface's language or one of the
    // CountryNames::recognisedLanguages() ("Deutschland", "Allemagne"), or a common other name
    // ("USA", "UK", "Holland").
    // Empty when it names no region libphonenumber knows. Thread-safe.
    static QString regionOfCountry(const QString &country);
    // The region of this computer's locale ("DE" under de_DE), or "US" when it names none
    // libphonenumber knows (the C locale): where numbers without a country code are read by
    // default until the database says otherwise.
    static QString regionOfThisComputer();
};

} // namespace Leadline::Contacts
