#include "services/contacts/countrynames.h"

#include <unicode/uloc.h>

namespace Leadline::Contacts::CountryNames {

QString inLanguage(const QString &code, const QString &language)
{
    // "und_DE": a locale of no particular language in that country, whose country part ICU names.
    const QByteArray locale = "und_" + code.toUpper().toLatin1();
    const QByteArray display = QString(language).replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1();
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(locale.constData(), display.constData(), name, 128, &status);
    // ICU answers the code itself when it knows no name, and warns when it fell back to its
    // root data (no names in that language): neither is a name.
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
        return {};
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length);
    return text.compare(code, Qt::CaseInsensitive) == 0 ? QString() : text;
}

namespace {
QString &languageSetting()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString interfaceLanguage()
{
    return languageSetting();
}

void setInterfaceLanguage(const QString &language)
{
    languageSetting() = language.isEmpty() ? QStringLiteral("en") : language;
}

const QStringList &recognisedLanguages()
{
    static const QStringList languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("it"), QStringLiteral("nl"), QStringLiteral("pt"),
                                       QStringLiteral("pl"), QStringLiteral("sv"), QStringLiteral("da"),
                                       QStringLiteral("nb"), QStringLiteral("fi")};
    return languages;
}

} // namespace Leadline::Contacts::CountryNames
