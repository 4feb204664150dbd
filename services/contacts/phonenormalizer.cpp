#include "services/contacts/phonenormalizer.h"

#include "services/contacts/countrynames.h"
#include "services/contacts/phonenumberpatterns.h"

#include <QHash>
#include <QSet>
#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <atomic>
#include <list>
#include <string>
#include <vector>

namespace Leadline::Contacts {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString PhoneNormalizer::formatForDisplay(const QString &e164)
{
    if (e164.isEmpty())
        return e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    const std::string code = region.trimmed().toUpper().toStdString();
    if (code.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code) != 0;
}

const QList<PhoneNormalizer::Country> &PhoneNormalizer::dialableCountries()
{
    static const QList<Country> countries = [] {
        QList<Country> found;
        QSet<QString> seen;
        const QString language = CountryNames::interfaceLanguage();
        const bool english = language == QLatin1String("C") || language.startsWith(QLatin1String("en"));
        for (int i = QLocale::AnyTerritory + 1; i <= QLocale::LastTerritory; ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || seen.contains(code) || !isKnownRegion(code))
                continue;
            seen.insert(code);
            const QString name = QLocale::territoryToString(territory);
            const QString localName = english ? QString() : CountryNames::inLanguage(code, language);
            found.append({code, name, localName.isEmpty() ? name : localName});
        }
        return found;
    }();
    return countries;
}

QString PhoneNormalizer::regionOfThisComputer()
{
    const QString code = QLocale::territoryToCode(QLocale().territory());
    return code.size() == 2 && isKnownRegion(code) ? code : QStringLiteral("US");
}

QString PhoneNormalizer::regionOfCountry(const QString &country)
{
    // Codes and names as Qt's locale data spells them in English, and forms people often type
    // instead; one lookup a row.
    static const QHash<QString, QString> regionByName = [] {
        QHash<QString, QString> names;
        for (const Country &known : dialableCountries()) {
            names.insert(known.code.toCaseFolded(), known.code);
            names.insert(known.name.toCaseFolded(), known.code);
        }
        const std::pair<const char *, const char *> otherNames[] = {
            {"usa", "US"},           {"u.s.", "US"},         {"u.s.a.", "US"},       {"united states of america", "US"},
            {"america", "US"},       {"uk", "GB"},           {"u.k.", "GB"},         {"great britain", "GB"},
            {"britain", "GB"},       {"england", "GB"},      {"scotland", "GB"},     {"wales", "GB"},
            {"northern ireland", "GB"}, {"deutschland", "DE"}, {"holland", "NL"},    {"the netherlands", "NL"},
            {"nederland", "NL"},     {"españa", "ES"},       {"espana", "ES"},       {"österreich", "AT"},
            {"schweiz", "CH"},       {"suisse", "CH"},       {"svizzera", "CH"},     {"italia", "IT"},
            {"россия", "RU"},        {"south korea", "KR"},  {"korea", "KR"},        {"czech republic", "CZ"},
            {"uae", "AE"},           {"viet nam", "VN"},     {"ivory coast", "CI"},
        };
        for (const auto &[name, code] : otherNames)
            names.insert(QString::fromUtf8(name).toCaseFolded(), QString::fromLatin1(code));
        // Names in other languages, where they name no other country already.
        QStringList languages = CountryNames::recognisedLanguages();
        languages.prepend(CountryNames::interfaceLanguage());
        for (const QString &language : std::as_const(languages))
            for (const Country &known : dialableCountries())
                if (const QString name = CountryNames::inLanguage(known.code, language).toCaseFolded();
                    !name.isEmpty() && !names.contains(name))
                    names.insert(name, known.code);
        return names;
    }();
    // Files repeat a few countries a million times: each thread remembers the cells it met.
    thread_local QHash<QString, QString> regionByCell;
    if (const auto known = regionByCell.constFind(country); known != regionByCell.cend())
        return *known;
    if (regionByCell.size() >= 4096)
        regionByCell.clear();
    const QString region = regionByName.value(country.trimmed().toCaseFolded());
    regionByCell.insert(country, region);
    return region;
}

namespace {

// The digits of a number written with the usual separators only, and whether it starts with
// "+"; false for anything else (letters, extensions, a "+" further in).
bool plainDigits(QStringView text, bool &plus, std::string &digits)
{
    plus = false;
    digits.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            digits.push_back(char(c));
        else if (c == u'+' && i == 0)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'/')
            return false;
    }
    return digits.size() >= 4 && digits.size() <= 18;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return !prefix.empty() && text.substr(0, prefix.size()) == prefix;
}

// Whether Parse() reads "+<country code> <digits>" as exactly those digits wherever they
// form a valid number. Not where the country's national prefix for parsing is more than its
// trunk prefix: Mexico's old "+52 1 …" mobile form loses its "1". libphonenumber does not
// publish that prefix, so it is worked out once per country code, by reading the example
// numbers of its regions with one and two digits put in front both ways.
bool computeParsesPlainly(const PhoneNumberUtil *util, int countryCode)
{
    std::list<std::string> regions;
    util->GetRegionCodesForCountryCallingCode(countryCode, &regions);
    std::vector<PhoneNumber> examples;
    for (const std::string &region : regions) {
        PhoneNumber example;
        if (region == "001") {
            if (util->GetExampleNumberForNonGeoEntity(countryCode, &example))
                examples.push_back(example);
            continue;
        }
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type)
            if (util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(type), &example))
                examples.push_back(example);
    }
    const std::string code = std::to_string(countryCode);
    for (const PhoneNumber &example : examples) {
        std::string significant;
        util->GetNationalSignificantNumber(example, &significant);
        for (int p = 1; p < 110; ++p) { // "1" … "9", then "00" … "99"
            std::string national = p < 10 ? std::string(1, char('0' + p)) : std::string{char('0' + (p - 10) / 10), char('0' + (p - 10) % 10)};
            if (national.front() == '0')
                continue; // the quick reading leaves these to Parse() anyway
            national += significant;
            if (national.size() > 17)
                continue;
            PhoneNumber quick;
            quick.set_country_code(countryCode);
            quick.set_national_number(std::stoull(national));
            if (!util->IsValidNumber(quick))
                continue;
            PhoneNumber parsed;
            if (util->Parse("+" + code + national, "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
                || parsed.country_code() != countryCode || parsed.national_number() != quick.national_number()
                || parsed.italian_leading_zero())
                return false;
        }
    }
    return true;
}

bool parsesPlainly(const PhoneNumberUtil *util, int countryCode)
{
    // Per calling code: 0 not yet known, 1 plainly, 2 not. Worked out once, then read without
    // a lock by every thread normalising numbers.
    static std::array<std::atomic<quint8>, 1000> known{};
    if (countryCode <= 0 || countryCode >= int(known.size()))
        return false;
    std::atomic<quint8> &slot = known[size_t(countryCode)];
    if (const quint8 answer = slot.load(std::memory_order_acquire))
        return answer == 1;
    const bool plain = computeParsesPlainly(util, countryCode); // a few ms, once
    slot.store(plain ? 1 : 2, std::memory_order_release);
    return plain;
}

// The region code as libphonenumber takes it ("de " gives "DE").
std::string regionCodeOf(const QString &region)
{
    std::string code;
    for (QChar c : QStringView(region).trimmed()) {
        const char16_t upper = c.toUpper().unicode();
        code += upper < 0x80 ? char(upper) : '?'; // no region has it: unknown either way
    }
    return code;
}

} // namespace

std::optional<QString> PhoneNormalizer::quickE164(QStringView text, const QString &defaultRegion)
{
    // Parse() costs about 11 µs a number, IsValidNumber() about 5: a million imported phones
    // spend most of their time in Parse() for numbers that need none of what it can do. What
    // is left is answered from libphonenumber's metadata by PhoneNumberPatterns, at a fraction
    // of libphonenumber's own cost; libphonenumber only where that has no answer.
    bool plus = false;
    std::string digits;
    if (!plainDigits(text.trimmed(), plus, digits))
        return std::nullopt;
    const PhoneNumberPatterns &patterns = PhoneNumberPatterns::instance();
    // An unknown default region is Parse()'s to report, even for numbers that need none.
    const std::string region = regionCodeOf(defaultRegion);
    if (!region.empty() && patterns.countryCodeOf(region) == 0)
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    int countryCode = 0;
    std::string national;
    if (plus) {
        // No country code starts with 0: "+046 …" is Parse()'s to refuse.
        if (digits.front() == '0')
            return std::nullopt;
        // Country codes are prefix-free: the first known one is the number's.
        for (size_t length = 1; length <= 3 && length < digits.size() && countryCode == 0; ++length) {
            const int candidate = std::stoi(digits.substr(0, length));
            if (patterns.isCountryCode(candidate)) {
                countryCode = candidate;
                national = digits.substr(length);
            }
        }
        if (countryCode == 0 || !parsesPlainly(util, countryCode))
            return std::nullopt;
        // A trunk prefix after the country code ("+44 (0)20 …") is Parse()'s to strip.
        const std::string_view trunk = patterns.trunkPrefixOf(patterns.mainRegionOf(countryCode));
        if (startsWith(national, trunk))
            return std::nullopt;
    } else {
        countryCode = patterns.countryCodeOf(region);
        const std::string_view trunk = countryCode != 0 ? patterns.trunkPrefixOf(region) : std::string_view();
        // Only numbers written with the trunk prefix ("030 …" in Germany): without one, Parse()
        // decides whether the leading digits are a prefix or part of the number.
        if (!startsWith(digits, trunk))
            return std::nullopt;
        national = digits.substr(trunk.size());
    }
    // Leading zeros of the national number (Italy) are Parse()'s business.
    if (national.empty() || national.front() == '0' || national.size() > 17)
        return std::nullopt;
    PhoneNumber number;
    number.set_country_code(countryCode);
    number.set_national_number(std::stoull(national));
    // A national number must belong to the default region itself, not only to its country
    // code (the Isle of Man shares +44 with the United Kingdom).
    std::optional<bool> valid =
        plus ? patterns.isValid(countryCode, national) : patterns.isValidForRegion(countryCode, national, region);
    if (!valid)
        valid = plus ? util->IsValidNumber(number) : util->IsValidNumberForRegion(number, region);
    if (!*valid)
        return std::nullopt;
    if (!plus) {
        // The trunk prefix is not always just that (in Israel "015…" selects a carrier):
        // quick only when the number's own national form is what was written.
        std::optional<std::string> written = patterns.nationalFormatDigits(countryCode, national);
        if (!written) {
            written.emplace();
            util->Format(number, PhoneNumberUtil::NATIONAL, &*written);
            std::erase_if(*written, [](char c) { return c < '0' || c > '9'; });
        }
        if (*written != digits)
            return std::nullopt;
    }
    return QLatin1Char('+') + QString::number(countryCode) + QString::fromStdString(national);
}

Expected<QString> PhoneNormalizer::toE164(const QString &raw, const QString &defaultRegion) const
{
    if (auto quick = quickE164(raw, defaultRegion))
        return *quick;
    return parseToE164(raw, defaultRegion);
}

Expected<QString> PhoneNormalizer::parseToE164(const QString &raw, const QString &defaultRegion) const
{
    const QString text = raw.trimmed();
    const QString region = defaultRegion.trimmed().toUpper();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The phone number is empty."));

    // "00" is the international prefix almost everywhere; libphonenumber only understands it
    // relative to a region, so without one it is read as "+".
    QString input = text;
    const bool international = input.startsWith(QLatin1Char('+')) || input.startsWith(QLatin1String("00"));
    if (region.isEmpty() && input.startsWith(QLatin1String("00")))
        input = QLatin1Char('+') + input.mid(2);
    if (!international && region.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” has no country code and no default region is set; write it as +<country code> "
                        "or set the default region.")
                         .arg(text));
    if (!region.isEmpty() && !isKnownRegion(region))
        return Error(ErrorCode::InvalidArgument, tr("“%1” is not a known region code for phone numbers.").arg(region));

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    const auto parsed = util->Parse(input.toStdString(), regionCode, &number);
    const auto invalid = [&] {
        if (region.isEmpty() || input.startsWith(QLatin1Char('+'))) // the region played no part
            return Error(ErrorCode::InvalidArgument, tr("“%1” is not a valid phone number.").arg(text));
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” is not a valid phone number for region %2").arg(text, region));
    };
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
            return Error(ErrorCode::InvalidArgument, tr("“%1” starts with an unknown country code.").arg(text));
        return invalid();
    }
    if (!util->IsValidNumber(number))
        return invalid();
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    // A number written internationally without its "+" (a spreadsheet cell holding
    // 4915112345678 as a number) reads as a national number that starts with the country
    // code, where numbering plans of variable length allow one: +49 4915112345678. Written
    // with the "+", it is a valid number of its own. Only where national numbers begin with a
    // trunk prefix (Germany's 0) does leaving it out say so: an Italian mobile may well begin
    // with 39 (3901234567 is +39 390 1234567).
    if (!international) {
        const std::string code = std::to_string(number.country_code());
        const std::string doubled = "+" + code + code;
        std::string trunk;
        util->GetNddPrefixForRegion(regionCode, true, &trunk);
        std::string digits;
        for (const char c : input.toStdString())
            if (c >= '0' && c <= '9')
                digits += c;
        if (!trunk.empty() && digits.compare(0, trunk.size(), trunk) != 0 &&
            formatted.compare(0, doubled.size(), doubled) == 0) {
            PhoneNumber plus;
            if (util->Parse("+" + digits, "ZZ", &plus) == PhoneNumberUtil::NO_PARSING_ERROR && util->IsValidNumber(plus))
                util->Format(plus, PhoneNumberUtil::E164, &formatted);
        }
    }
    // E.164 has no room for an extension ("ext. 123", "x45"): it follows as RFC 3966 writes it,
    // rather than being lost. libphonenumber reads it back, and shows it ("+1 650-253-0000 ext. 123").
    if (number.has_extension() && !number.extension().empty())
        formatted += ";ext=" + number.extension();
    return QString::fromStdString(formatted);
}

} // namespace Leadline::Contacts
