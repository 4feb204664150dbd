#include "services/contacts/countrynames.h"
#include "services/contacts/emailaddress.h"
#include "services/contacts/phonenormalizer.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <random>
#include <set>

using namespace Leadline;
using namespace Leadline::Contacts;

TEST(PhoneNormalizer, NormalisesNationalNumbersWithTheDefaultRegion)
{
    PhoneNormalizer normalizer;
    auto berlin = normalizer.toE164(QStringLiteral("030 1234567"), QStringLiteral("DE"));
    ASSERT_TRUE(berlin.hasValue()) << berlin.error().toString().toStdString();
    EXPECT_EQ(*berlin, QStringLiteral("+49301234567"));
    auto lower = normalizer.toE164(QStringLiteral("(030) 123-4567"), QStringLiteral("de"));
    ASSERT_TRUE(lower.hasValue());
    EXPECT_EQ(*lower, QStringLiteral("+49301234567"));
    auto us = normalizer.toE164(QStringLiteral("+1 (650) 253-0000"), QString());
    ASSERT_TRUE(us.hasValue());
    EXPECT_EQ(*us, QStringLiteral("+16502530000"));
    auto zeros = normalizer.toE164(QStringLiteral("0049 30 1234567"), QString());
    ASSERT_TRUE(zeros.hasValue());
    EXPECT_EQ(*zeros, QStringLiteral("+49301234567"));
    auto foreign = normalizer.toE164(QStringLiteral("+44 20 7946 0958"), QStringLiteral("DE"));
    ASSERT_TRUE(foreign.hasValue());
    EXPECT_EQ(*foreign, QStringLiteral("+442079460958"));
}

// An extension is no part of E.164; dropped, a switchboard number would reach nobody. It follows
// the number as RFC 3966 writes it, reads back the same, and shows as people write it.
TEST(PhoneNormalizer, KeepsAnExtension)
{
    PhoneNormalizer normalizer;
    for (const char *written :
         {"+1 650 253 0000 ext. 123", "(650) 253-0000 x123", "+1-650-253-0000;ext=123", "650.253.0000 extension 123"}) {
        auto number = normalizer.toE164(QString::fromLatin1(written), QStringLiteral("US"));
        ASSERT_TRUE(number.hasValue()) << written << ": " << number.error().toString().toStdString();
        EXPECT_EQ(*number, QStringLiteral("+16502530000;ext=123")) << written;
        auto again = normalizer.toE164(*number, QString());
        ASSERT_TRUE(again.hasValue());
        EXPECT_EQ(*again, *number) << "stored, it reads back the same";
    }
    EXPECT_EQ(PhoneNormalizer::formatForDisplay(QStringLiteral("+16502530000;ext=123")),
              QStringLiteral("+1 650-253-0000 ext. 123"));
    EXPECT_EQ(*normalizer.toE164(QStringLiteral("+1 650 253 0000"), QString()), QStringLiteral("+16502530000"));
}

TEST(PhoneNormalizer, AnInternationalNumberWithoutItsPlusKeepsOneCountryCode)
{
    // As a spreadsheet stores +49 151 12345678 when the cell is a number: German numbers vary
    // in length, so 4915112345678 also reads as a national number (+494915112345678).
    PhoneNormalizer normalizer;
    for (const auto &[written, region, e164] :
         {std::tuple{"4915112345678", "DE", "+4915112345678"}, std::tuple{"49 151 12345678", "DE", "+4915112345678"},
          std::tuple{"442079460958", "GB", "+442079460958"}, std::tuple{"16502530000", "US", "+16502530000"},
          std::tuple{"030 1234567", "DE", "+49301234567"},
          // Italy has no trunk prefix: a mobile that begins with 39 is Italian as written.
          std::tuple{"3901234567", "IT", "+393901234567"}}) {
        auto read = normalizer.toE164(QString::fromLatin1(written), QString::fromLatin1(region));
        ASSERT_TRUE(read.hasValue()) << written << ": " << read.error().toString().toStdString();
        EXPECT_EQ(read->toStdString(), e164) << written;
    }
}

TEST(PhoneNormalizer, ExplainsWhatIsWrong)
{
    PhoneNormalizer normalizer;
    auto tooShort = normalizer.toE164(QStringLiteral("0301"), QStringLiteral("DE"));
    ASSERT_FALSE(tooShort.hasValue());
    EXPECT_EQ(tooShort.error().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(tooShort.error().message(), QStringLiteral("“0301” is not a valid phone number for region DE"));

    auto noRegion = normalizer.toE164(QStringLiteral("030 1234567"), QString());
    ASSERT_FALSE(noRegion.hasValue());
    EXPECT_TRUE(noRegion.error().message().contains(QStringLiteral("has no country code and no default region is set")))
        << noRegion.error().message().toStdString();

    auto letters = normalizer.toE164(QStringLiteral("call me"), QStringLiteral("DE"));
    ASSERT_FALSE(letters.hasValue());
    EXPECT_TRUE(letters.error().message().contains(QStringLiteral("call me")));

    auto badRegion = normalizer.toE164(QStringLiteral("030 1234567"), QStringLiteral("XX"));
    ASSERT_FALSE(badRegion.hasValue());
    EXPECT_TRUE(badRegion.error().message().contains(QStringLiteral("XX")));
}

// The quick reading skips Parse(), so it must never disagree with it: for every region and
// non-geographic code, its example numbers of every type and random numbers made from them,
// written the ways spreadsheets hold them.
TEST(PhoneNormalizer, QuickReadingAgreesWithLibphonenumberEverywhere)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNormalizer normalizer;
    std::mt19937_64 random(20261125);
    int quick = 0;
    int checked = 0;
    const auto check = [&](const std::string &written, const std::string &region) {
        ++checked;
        const QString text = QString::fromStdString(written);
        const QString regionCode = QString::fromStdString(region);
        const auto fast = PhoneNormalizer::quickE164(text, regionCode);
        if (!fast)
            return;
        ++quick;
        auto reference = normalizer.parseToE164(text, regionCode);
        ASSERT_TRUE(reference.hasValue()) << written << " in " << region << ": quick " << fast->toStdString()
                                          << ", Parse() says " << reference.error().message().toStdString();
        EXPECT_EQ(fast->toStdString(), reference->toStdString()) << written << " in " << region;
    };
    const auto variants = [&](const PhoneNumber &example, const std::string &region) {
        for (int variant = 0; variant < 20; ++variant) {
            PhoneNumber number = example;
            if (variant > 0) { // other digits in the last places, valid or not
                quint64 national = number.national_number();
                const quint64 scale = std::array<quint64, 4>{10, 100, 1000, 10000}[size_t(variant % 4)];
                national = national - national % scale + random() % scale;
                number.set_national_number(national);
            }
            for (auto format : {PhoneNumberUtil::INTERNATIONAL, PhoneNumberUtil::NATIONAL, PhoneNumberUtil::E164}) {
                std::string written;
                util->Format(number, format, &written);
                check(written, region);
            }
            std::string significant, trunk;
            util->GetNationalSignificantNumber(number, &significant);
            util->GetNddPrefixForRegion(region, true, &trunk);
            check(trunk + significant, region);
            const QString code = QLatin1Char('+') + QString::number(number.country_code());
            check(QString(code + QLatin1Char(' ') + QString::fromStdString(significant)).toStdString(), region);
            check(QString(code + QStringLiteral(" (") + QString::fromStdString(trunk) + QStringLiteral(") ")
                   + QString::fromStdString(significant)).toStdString(),
                  region);
        }
    };
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string &region : regions)
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber example;
            if (util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(type), &example))
                variants(example, region);
        }
    std::set<int> nonGeographic;
    util->GetSupportedGlobalNetworkCallingCodes(&nonGeographic);
    for (int code : nonGeographic) {
        PhoneNumber example;
        if (util->GetExampleNumberForNonGeoEntity(code, &example))
            variants(example, "DE");
    }
    // Random digits as well, so that prefixes no example has come up (Mexico's "+52 1 …",
    // carrier codes, numbers of regions that share a country code).
    for (const std::string &region : regions) {
        std::string trunk;
        util->GetNddPrefixForRegion(region, true, &trunk);
        const std::string code = std::to_string(util->GetCountryCodeForRegion(region));
        for (int i = 0; i < 150; ++i) {
            std::string digits = std::to_string(1 + random() % 9);
            for (int n = 5 + int(random() % 8); n > 0; --n)
                digits += char('0' + random() % 10);
            check(trunk + digits, region);
            check("+" + code + " " + digits, region);
            check("+0" + code + " " + digits, region); // no country code starts with 0
        }
    }
    EXPECT_GT(regions.size(), 200u);
    EXPECT_GT(quick, checked / 8) << "the quick reading should take most plainly written numbers";
}

TEST(PhoneNormalizer, QuickReadingLeavesWhatParseReadsDifferentlyToParse)
{
    PhoneNormalizer normalizer;
    // Mexico's old mobile form: Parse() drops the "1".
    EXPECT_EQ(normalizer.toE164(QStringLiteral("+52 1 55 1234 5678"), QString()).valueOr(QString()),
              normalizer.parseToE164(QStringLiteral("+52 1 55 1234 5678"), QString()).valueOr(QString()));
    EXPECT_FALSE(PhoneNormalizer::quickE164(u"+52 1 55 1234 5678", QString()));
    // No country code starts with 0: "+046 …" is not Sweden's +46.
    EXPECT_FALSE(PhoneNormalizer::quickE164(u"+046 62449494", QString()));
    EXPECT_FALSE(normalizer.toE164(QStringLiteral("+046 62449494"), QString()).hasValue());
    EXPECT_FALSE(normalizer.toE164(QStringLiteral("+0122 67953713"), QStringLiteral("US")).hasValue());
    // A number of another region with the same country code is not the default region's.
    EXPECT_FALSE(PhoneNormalizer::quickE164(u"0800992716", QStringLiteral("IM")));
    EXPECT_FALSE(normalizer.toE164(QStringLiteral("016368"), QStringLiteral("CX")).hasValue());
    // An unknown default region is an error, also for a number that would not need it.
    auto unknown = normalizer.toE164(QStringLiteral("+49 30 1234567"), QStringLiteral("XX"));
    ASSERT_FALSE(unknown.hasValue());
    EXPECT_TRUE(unknown.error().message().contains(QStringLiteral("XX")));
    // The everyday forms still take the quick reading.
    EXPECT_EQ(PhoneNormalizer::quickE164(u"+49 30 1234567", QStringLiteral("DE")).value_or(QString()),
              QStringLiteral("+49301234567"));
    EXPECT_EQ(PhoneNormalizer::quickE164(u"030 1234567", QStringLiteral("DE")).value_or(QString()),
              QStringLiteral("+49301234567"));
}

TEST(PhoneNormalizer, NumbersWrittenInE164AreValidatedToo)
{
    const PhoneNormalizer phones;
    EXPECT_EQ(phones.toE164(QStringLiteral("+4930901820"), QStringLiteral("US")).valueOr(QString()),
              QStringLiteral("+4930901820"));
    for (const char *invalid : {"+4900000000", "+999123456789", "+15555550100", "+33000000000"}) {
        const auto e164 = phones.toE164(QString::fromLatin1(invalid), QStringLiteral("US"));
        ASSERT_FALSE(e164.hasValue()) << invalid;
        EXPECT_FALSE(e164.error().message().contains(QStringLiteral("region US"))) << e164.error().message().toStdString();
    }
}

TEST(EmailAddress, AcceptsEverydayAddressesAndRejectsBrokenOnes)
{
    for (const char *good :
         {"ann@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "x@münchen.de"})
        EXPECT_TRUE(isValidEmailAddress(QString::fromUtf8(good))) << good;
    for (const char *bad : {"", "ann", "ann@", "@example.com", "ann@example", "ann example@example.com",
                            "ann@@example.com", "a@b@example.com", ".ann@example.com", "ann.@example.com",
                            "ann..b@example.com", "ann@-example.com", "ann@example.c"})
        EXPECT_FALSE(isValidEmailAddress(QString::fromUtf8(bad))) << bad;
}

TEST(EmailAddress, NormalisesCompanyDomains)
{
    EXPECT_EQ(normalizedDomain(QStringLiteral("https://www.Acme.com/about?x=1")), QStringLiteral("acme.com"));
    EXPECT_EQ(normalizedDomain(QStringLiteral("ACME.com.")), QStringLiteral("acme.com"));
    EXPECT_EQ(normalizedDomain(QStringLiteral("  shop.acme.de:8080 ")), QStringLiteral("shop.acme.de"));
    EXPECT_TRUE(normalizedDomain(QStringLiteral("   ")).isEmpty());
}

TEST(PhoneNormalizer, FindsTheRegionOfACountryAsSpreadsheetsWriteIt)
{
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("DE")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral(" de ")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Germany")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("GERMANY")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Deutschland")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("United States")), QStringLiteral("US"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("USA")), QStringLiteral("US"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("United Kingdom")), QStringLiteral("GB"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("UK")), QStringLiteral("GB"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("India")), QStringLiteral("IN"));
    EXPECT_TRUE(PhoneNormalizer::regionOfCountry(QStringLiteral("Atlantis")).isEmpty());
    EXPECT_TRUE(PhoneNormalizer::regionOfCountry(QStringLiteral("XX")).isEmpty());
    EXPECT_TRUE(PhoneNormalizer::regionOfCountry(QString()).isEmpty());
    // In the languages of many spreadsheets.
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Frankreich")), QStringLiteral("FR"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Vereinigtes Königreich")), QStringLiteral("GB"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Allemagne")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("alemania")), QStringLiteral("DE"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Stati Uniti")), QStringLiteral("US"));
    EXPECT_EQ(PhoneNormalizer::regionOfCountry(QStringLiteral("Duitsland")), QStringLiteral("DE"));
}

TEST(CountryNames, NamesACountryInALanguage)
{
    EXPECT_EQ(CountryNames::inLanguage(QStringLiteral("DE"), QStringLiteral("de")), QStringLiteral("Deutschland"));
    EXPECT_EQ(CountryNames::inLanguage(QStringLiteral("at"), QStringLiteral("de-DE")), QStringLiteral("Österreich"));
    EXPECT_EQ(CountryNames::inLanguage(QStringLiteral("FR"), QStringLiteral("en")), QStringLiteral("France"));
    EXPECT_TRUE(CountryNames::inLanguage(QStringLiteral("QQ"), QStringLiteral("de")).isEmpty()) << "no such country";
    EXPECT_EQ(CountryNames::interfaceLanguage(), QStringLiteral("en")) << "without translations installed";
    for (const PhoneNormalizer::Country &country : PhoneNormalizer::dialableCountries())
        EXPECT_FALSE(CountryNames::inLanguage(country.code, QStringLiteral("de")).isEmpty()) << country.code.toStdString();
}
