#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// The raw material of demo data: per country, names (in their own script, with an ASCII
// form for email addresses), cities that match regions, postal codes and time zones,
// mobile number plans that libphonenumber accepts, company name parts and currencies.
namespace Leadline::Demo {

struct DemoName
{
    QString text;  // as written ("Jürgen", "佐藤")
    QString ascii; // for email local parts ("juergen", "sato")
};

struct DemoCity
{
    QString name;
    QString region;
    QString postalPattern; // '#' a digit, '@' a capital letter: "10###", "SW1A #@@"
    QString timeZone;      // IANA
    QString phonePattern;  // E.164 with '#' any digit, '%' 2-9: "+1415%######"
};

struct DemoCompanyWord
{
    QString text;
    QString ascii;
    int industry = 0; // index into demoIndustries()
};

struct DemoLocale
{
    QString country; // ISO 3166-1 alpha-2
    int weight = 1;  // share of contacts
    std::vector<DemoName> firstNames;
    std::vector<DemoName> lastNames;
    std::vector<DemoCity> cities;
    std::vector<DemoCompanyWord> companyWords; // the industry part of a company name
    std::vector<DemoName> companyStems;        // brand-like first parts ("Nordstern", "富士")
    QStringList legalForms;                    // "GmbH", "Inc.", "株式会社"
    bool legalFormFirst = false;               // false: "Acme GmbH"
    bool nameWithoutSpaces = false;            // Japanese: "山田精工株式会社"
    QString topLevelDomain;                    // "de", "co.uk"
    QStringList freeMailDomains;               // for contacts without a company
    QString currency;
};

// Built once, immutable afterwards; safe to read from any thread.
const std::vector<DemoLocale> &demoLocales();
const QStringList &demoIndustries();
const QStringList &demoTitles();
const QStringList &demoTags();

// "Jürgen Groß-Müller" → "juergen-gross-mueller": letters and digits of the ASCII form.
QString asciiSlug(const QString &text);

} // namespace Leadline::Demo
