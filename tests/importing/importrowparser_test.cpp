#include "services/importexport/columnmapping.h"
#include "services/importexport/importrowparser.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace Leadline::ImportExport;

namespace {

ParsedRow parseOne(const QStringList &headers, const QStringList &cells, const QString &defaultRegion)
{
    ImportOptions options;
    options.defaultRegion = defaultRegion;
    const ImportRowParser parser(ColumnMapping::automatic(headers), options);
    return parser.parse(cells, 2);
}

} // namespace

TEST(ImportRowParser, ReadsNationalPhonesAsNumbersOfTheRowsCountry)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Country")};
    const auto phoneOf = [&](const QString &phone, const QString &country) {
        const ParsedRow row = parseOne(headers, {QStringLiteral("a@example.com"), phone, country}, QStringLiteral("US"));
        EXPECT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
        return row.contact.phone;
    };
    EXPECT_EQ(phoneOf(QStringLiteral("030 1234567"), QStringLiteral("DE")), QStringLiteral("+49301234567"));
    EXPECT_EQ(phoneOf(QStringLiteral("0151 34040148"), QStringLiteral("Germany")), QStringLiteral("+4915134040148"));
    EXPECT_EQ(phoneOf(QStringLiteral("020 7946 0958"), QStringLiteral("United Kingdom")), QStringLiteral("+442079460958"));
    // No country, or one that names no region: the default region.
    EXPECT_EQ(phoneOf(QStringLiteral("(415) 555-2671"), QString()), QStringLiteral("+14155552671"));
    EXPECT_EQ(phoneOf(QStringLiteral("(415) 555-2671"), QStringLiteral("Atlantis")), QStringLiteral("+14155552671"));
    // A number with its country code keeps it, whatever the row's country.
    EXPECT_EQ(phoneOf(QStringLiteral("+1 415 555 2671"), QStringLiteral("DE")), QStringLiteral("+14155552671"));

    // A German national number in a row without a country is no valid US number: rejected.
    const ParsedRow unknown = parseOne({QStringLiteral("Email"), QStringLiteral("Phone")},
                                       {QStringLiteral("a@example.com"), QStringLiteral("0151 34040148")}, QStringLiteral("US"));
    EXPECT_TRUE(unknown.isRejected());
}

TEST(ImportRowParser, CellsThatListSeveralValuesFillTheOtherEmailsAndPhones)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Other emails"), QStringLiteral("Phone"),
                              QStringLiteral("Other phones"), QStringLiteral("Labels")};
    // As our exports list them, and as Google Contacts does.
    const ParsedRow row = parseOne(headers,
                                   {QStringLiteral("ann@example.com ::: ann@home.example"),
                                    QStringLiteral("a@work.example; b@work.example, c@work.example"),
                                    QStringLiteral("+49301234567 ::: +49301234568"),
                                    QStringLiteral("+49301234569; 030 1234570"),
                                    QStringLiteral("* myContacts ::: Friends ::: * starred")},
                                   QStringLiteral("DE"));
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.email, QStringLiteral("ann@example.com"));
    EXPECT_EQ(row.contact.otherEmails,
              QStringList({QStringLiteral("ann@home.example"), QStringLiteral("a@work.example"),
                           QStringLiteral("b@work.example"), QStringLiteral("c@work.example")}));
    EXPECT_EQ(row.contact.phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(row.contact.otherPhones,
              QStringList({QStringLiteral("+49301234568"), QStringLiteral("+49301234569"), QStringLiteral("+49301234570")}));
    EXPECT_EQ(row.contact.tags, QStringList({QStringLiteral("Friends"), QStringLiteral("starred")}))
        << "Google's own group of all contacts is no tag";
    EXPECT_TRUE(row.present.contains(ImportField::OtherEmail));
    EXPECT_TRUE(row.present.contains(ImportField::OtherPhone));

    // One bad address of a list rejects the row, naming that address.
    const ParsedRow bad = parseOne({QStringLiteral("Email")}, {QStringLiteral("ann@example.com; not-an-address")},
                                   QStringLiteral("DE"));
    ASSERT_TRUE(bad.isRejected());
    EXPECT_TRUE(bad.rejectReason({QStringLiteral("Email")}).contains(QStringLiteral("\"not-an-address\"")))
        << bad.rejectReason({QStringLiteral("Email")}).toStdString();

    // Separators alone say nothing (an overwrite must not empty a stored email or phone).
    const ParsedRow separators = parseOne({QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Name")},
                                          {QStringLiteral(" ; "), QStringLiteral(":::"), QStringLiteral("Ann")},
                                          QStringLiteral("DE"));
    ASSERT_FALSE(separators.isRejected()) << separators.rejectReason({}).toStdString();
    EXPECT_FALSE(separators.present.contains(ImportField::Email));
    EXPECT_FALSE(separators.present.contains(ImportField::Phone));
    // Each listed value is held to the length of one; the cell may be longer.
    QStringList many;
    for (int i = 0; i < 12; ++i)
        many << QStringLiteral("someone.with.a.long.address.%1@example.com").arg(i);
    const ParsedRow longList = parseOne({QStringLiteral("Name"), QStringLiteral("Other emails")},
                                        {QStringLiteral("Ann"), many.join(QStringLiteral("; "))}, QStringLiteral("DE"));
    EXPECT_FALSE(longList.isRejected()) << longList.rejectReason({}).toStdString();
    EXPECT_EQ(longList.contact.otherEmails.size(), 12);
    const ParsedRow tooLong = parseOne({QStringLiteral("Email")},
                                       {QStringLiteral("a@example.com; ") + QString(300, QLatin1Char('b')) +
                                        QStringLiteral("@example.com")},
                                       QStringLiteral("DE"));
    EXPECT_TRUE(tooLong.isRejected());
    // Mailchimp's quoted tags lose their quotes.
    const ParsedRow quoted = parseOne({QStringLiteral("Email"), QStringLiteral("TAGS")},
                                      {QStringLiteral("a@example.com"), QStringLiteral("\"VIP\",\"Key account\"")},
                                      QStringLiteral("DE"));
    EXPECT_EQ(quoted.contact.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("Key account")}));
    // A separator or a doubled quote inside quotes is part of the tag; a quote further in is text.
    const ParsedRow commas = parseOne({QStringLiteral("Email"), QStringLiteral("TAGS")},
                                      {QStringLiteral("a@example.com"),
                                       QStringLiteral("\"VIP\",\"Big, Spender\"; \"The \"\"A\"\" list\"; 5\" nails, tools")},
                                      QStringLiteral("DE"));
    EXPECT_EQ(commas.contact.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("Big, Spender"),
                                                QStringLiteral("The \"A\" list"), QStringLiteral("5\" nails"),
                                                QStringLiteral("tools")}));
    // A user's own "myContacts" tag stays; only Google's group of that name goes.
    const ParsedRow own = parseOne({QStringLiteral("Email"), QStringLiteral("Tags")},
                                   {QStringLiteral("a@example.com"), QStringLiteral("myContacts, * myContacts")},
                                   QStringLiteral("DE"));
    EXPECT_EQ(own.contact.tags, QStringList{QStringLiteral("myContacts")});

    // A comma is no list separator in a phone cell, nor is ";ext="; a tag may hold a single colon.
    EXPECT_EQ(ImportRowParser::splitList(QStringLiteral("+1 555 0100;ext=12; +1 555 0101"),
                                         ImportRowParser::ListSeparators::WithoutComma),
              QStringList({QStringLiteral("+1 555 0100;ext=12"), QStringLiteral("+1 555 0101")}));
    EXPECT_EQ(ImportRowParser::splitList(QStringLiteral("+1 555 0100, ext. 12"),
                                         ImportRowParser::ListSeparators::WithoutComma),
              QStringList({QStringLiteral("+1 555 0100, ext. 12")}));
    EXPECT_EQ(ImportRowParser::splitList(QStringLiteral("Tier:Gold | ; VIP :::"),
                                         ImportRowParser::ListSeparators::TagSeparators),
              QStringList({QStringLiteral("Tier:Gold"), QStringLiteral("VIP")}));
    // A quote left open quotes nothing.
    EXPECT_EQ(ImportRowParser::splitList(QStringLiteral("VIP; \"Big, Spender"), ImportRowParser::ListSeparators::TagSeparators),
              QStringList({QStringLiteral("VIP"), QStringLiteral("\"Big"), QStringLiteral("Spender")}));
}

TEST(ImportRowParser, OptOutColumnsAndUnknownValuesSayOnlyWhatTheyMean)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Email Opt Out"), QStringLiteral("Do Not Call"),
                              QStringLiteral("SMS consent"), QStringLiteral("Source")};
    const ParsedRow out = parseOne(headers,
                                   {QStringLiteral("a@example.com"), QStringLiteral("true"), QStringLiteral("yes"),
                                    QStringLiteral("unknown"), QStringLiteral("unknown")},
                                   QStringLiteral("DE"));
    ASSERT_FALSE(out.isRejected()) << out.rejectReason(headers).toStdString();
    using Leadline::Domain::Channel;
    using Leadline::Domain::OptInStatus;
    EXPECT_EQ(out.contact.optInFor(Channel::Email), OptInStatus::OptedOut);
    EXPECT_EQ(out.contact.optInFor(Channel::Voice), OptInStatus::OptedOut);
    EXPECT_FALSE(out.contact.doNotContact) << "an email opt-out is not an opt-out of everything";
    EXPECT_TRUE(out.present.contains(ImportField::OptInEmail));
    EXPECT_TRUE(out.present.contains(ImportField::OptInVoice));
    EXPECT_FALSE(out.present.contains(ImportField::OptInSms)) << "\"unknown\" records no consent";
    EXPECT_FALSE(out.present.contains(ImportField::Source)) << "\"unknown\" changes no stored source";
    EXPECT_EQ(out.contact.source, Leadline::Domain::LeadSource::Unknown) << "and is what a new contact keeps";

    const ParsedRow stays = parseOne(headers,
                                     {QStringLiteral("a@example.com"), QStringLiteral("false"), QStringLiteral("no"),
                                      QString(), QString()},
                                     QStringLiteral("DE"));
    ASSERT_FALSE(stays.isRejected());
    EXPECT_FALSE(stays.present.contains(ImportField::OptInEmail)) << "not opting out is no consent";
    EXPECT_EQ(stays.contact.optInFor(Channel::Email), OptInStatus::Unknown);

    const ParsedRow unknown = parseOne(headers,
                                       {QStringLiteral("a@example.com"), QStringLiteral("unknown"), QStringLiteral("Unknown"),
                                        QString(), QString()},
                                       QStringLiteral("DE"));
    ASSERT_FALSE(unknown.isRejected()) << unknown.rejectReason(headers).toStdString();
    EXPECT_FALSE(unknown.present.contains(ImportField::OptInEmail)) << "\"unknown\" says nothing in an opt-out column too";
    EXPECT_FALSE(unknown.present.contains(ImportField::OptInVoice));

    const ParsedRow wrong = parseOne(headers, {QStringLiteral("a@example.com"), QStringLiteral("maybe")},
                                     QStringLiteral("DE"));
    EXPECT_TRUE(wrong.isRejected());
}

// HubSpot exports "Unsubscribed from all email" next to "Email Opt Out": a yes in either
// opts the contact out, whichever comes first and whatever the other says.
// Numbers with extensions read back as an export writes them (RFC 3966's ";ext=" is no list
// separator), and as people write them.
TEST(ImportRowParser, PhonesKeepTheirExtensions)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Other phones")};
    const ParsedRow exported = parseOne(headers,
                                        {QStringLiteral("a@x.com"), QStringLiteral("'+16502530000;ext=123"),
                                         QStringLiteral("'+16502530001;ext=8; +49301234567")},
                                        {});
    ASSERT_FALSE(exported.isRejected()) << exported.rejectReason(headers).toStdString();
    EXPECT_EQ(exported.contact.phone, QStringLiteral("+16502530000;ext=123"));
    EXPECT_EQ(exported.contact.otherPhones, (QStringList{QStringLiteral("+16502530001;ext=8"), QStringLiteral("+49301234567")}));
    const ParsedRow written = parseOne(headers, {QStringLiteral("b@x.com"), QStringLiteral("(650) 253-0000 x45"), QString()},
                                       QStringLiteral("US"));
    EXPECT_EQ(written.contact.phone, QStringLiteral("+16502530000;ext=45"));
}

TEST(ImportRowParser, AnOptOutInAnyOfSeveralColumnsStands)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Unsubscribed from all email"),
                              QStringLiteral("Email Opt Out"), QStringLiteral("Do not contact"),
                              QStringLiteral("Opted out of everything")};
    const auto mapping = ColumnMapping::automatic(headers);
    EXPECT_EQ(mapping.target(2).field, ImportField::EmailOptOut);
    EXPECT_EQ(mapping.target(4).field, ImportField::DoNotContact);
    EXPECT_TRUE(mapping.check());
    for (const auto &[first, second] :
         {std::pair{"", "yes"}, std::pair{"true", ""}, std::pair{"no", "1"}, std::pair{"1", "no"}}) {
        const QString a = QString::fromLatin1(first), b = QString::fromLatin1(second);
        const ParsedRow row = parseOne(headers, {QStringLiteral("a@x.com"), a, b, a, b}, {});
        EXPECT_EQ(row.contact.optInFor(Leadline::Domain::Channel::Email), Leadline::Domain::OptInStatus::OptedOut)
            << first << " / " << second;
        EXPECT_TRUE(row.contact.doNotContact) << first << " / " << second;
    }
}

TEST(ImportRowParser, TheFirstOtherEmailOrPhoneIsThePrimaryWhenItsOwnColumnIsEmpty)
{
    // Outlook: "Business Phone" empty, "Mobile Phone" filled; "E-mail Address" empty, the second given.
    const QStringList headers{QStringLiteral("E-mail Address"), QStringLiteral("E-mail 2 Address"),
                              QStringLiteral("Business Phone"), QStringLiteral("Mobile Phone"),
                              QStringLiteral("Home Phone")};
    const ParsedRow mobileOnly = parseOne(headers,
                                          {QString(), QStringLiteral("alan@example.com"), QString(),
                                           QStringLiteral("+44 7911 123456"), QStringLiteral("+44 20 7946 0958")},
                                          QStringLiteral("GB"));
    ASSERT_FALSE(mobileOnly.isRejected()) << mobileOnly.rejectReason(headers).toStdString();
    EXPECT_EQ(mobileOnly.primaryEmail(), QStringLiteral("alan@example.com"));
    EXPECT_EQ(mobileOnly.matchValue(MatchKey::Email), QStringLiteral("alan@example.com")) << "duplicates match on it";
    EXPECT_EQ(mobileOnly.primaryPhone(), QStringLiteral("+447911123456"));
    EXPECT_EQ(mobileOnly.matchValue(MatchKey::Phone), QStringLiteral("+447911123456"));
    // The row itself says what its columns said: a stored contact it updates keeps its own email.
    EXPECT_TRUE(mobileOnly.contact.email.isEmpty());
    EXPECT_FALSE(mobileOnly.present.contains(ImportField::Email));
    EXPECT_TRUE(mobileOnly.present.contains(ImportField::OtherEmail));

    // A row whose only contact detail is a second number is no longer "without a phone".
    const ParsedRow numberOnly = parseOne(headers, {QString(), QString(), QString(), QString(), QStringLiteral("020 7946 0958")},
                                          QStringLiteral("GB"));
    ASSERT_FALSE(numberOnly.isRejected()) << numberOnly.rejectReason(headers).toStdString();
    EXPECT_EQ(numberOnly.primaryPhone(), QStringLiteral("+442079460958"));

    // With its own column filled, the primary is that.
    const ParsedRow both = parseOne(headers,
                                    {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                     QStringLiteral("020 7946 0958"), QStringLiteral("+44 7911 123456"), QString()},
                                    QStringLiteral("GB"));
    EXPECT_EQ(both.primaryEmail(), QStringLiteral("a@example.com"));
    EXPECT_EQ(both.primaryPhone(), QStringLiteral("+442079460958"));
}

TEST(ImportRowParser, AnExchangeDirectoryNameIsNoAddressAndRejectsNothing)
{
    const QStringList headers{QStringLiteral("E-mail Address"), QStringLiteral("E-mail Type"),
                              QStringLiteral("E-mail 2 Address")};
    const ParsedRow row = parseOne(headers,
                                   {QStringLiteral("/o=ExchangeLabs/ou=Exchange Administrative Group "
                                                   "(FYDIBOHF23SPDLT)/cn=Recipients/cn=ann"),
                                    QStringLiteral("EX"), QStringLiteral("ann@example.com")},
                                   QStringLiteral("DE"));
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.primaryEmail(), QStringLiteral("ann@example.com"));
    EXPECT_TRUE(row.contact.email.isEmpty());
}

TEST(ImportRowParser, AMobileNumberComesBeforeAHomeNumberAndAFaxLast)
{
    // Outlook's own order of columns: the home number and a fax come before the mobile one.
    const QStringList headers{QStringLiteral("E-mail Address"), QStringLiteral("Business Fax"),
                              QStringLiteral("Business Phone"), QStringLiteral("Home Phone"),
                              QStringLiteral("Mobile Phone")};
    const ParsedRow row = parseOne(headers,
                                   {QStringLiteral("alan@example.com"), QStringLiteral("030 999999"), QString(),
                                    QStringLiteral("030 1234567"), QStringLiteral("0151 23456789")},
                                   QStringLiteral("DE"));
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.primaryPhone(), QStringLiteral("+4915123456789"));
    EXPECT_EQ(row.contact.otherPhones,
              (QStringList{QStringLiteral("+4915123456789"), QStringLiteral("+49301234567"), QStringLiteral("+4930999999")}));

    const ParsedRow homeAndFax = parseOne(headers,
                                          {QStringLiteral("alan@example.com"), QStringLiteral("030 999999"), QString(),
                                           QStringLiteral("030 1234567"), QString()},
                                          QStringLiteral("DE"));
    EXPECT_EQ(homeAndFax.primaryPhone(), QStringLiteral("+49301234567")) << "a fax only when nothing else is given";
}

// HubSpot exports the contact's own "Company Name" and the name of the company record it is
// associated with; the second names the company where the first is empty.
TEST(ImportRowParser, TheFirstCompanyColumnWithAValueNamesTheCompany)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Company Name"),
                              QStringLiteral("Associated Company")};
    EXPECT_TRUE(ColumnMapping::automatic(headers).check());
    EXPECT_EQ(parseOne(headers, {QStringLiteral("a@x.com"), QString(), QStringLiteral("Acme Inc")}, {}).companyName,
              QStringLiteral("Acme Inc"));
    EXPECT_EQ(parseOne(headers, {QStringLiteral("a@x.com"), QStringLiteral("Acme"), QStringLiteral("Acme Holding")}, {})
                  .companyName,
              QStringLiteral("Acme"));
    EXPECT_TRUE(
        parseOne(headers, {QStringLiteral("a@x.com"), QString(), QStringLiteral("n/a")}, {}).companyName.isEmpty());
}

TEST(ImportRowParser, AnUnknownStageIsTurnedDownWithTheStagesThereAre)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Lifecycle Stage")};
    const ParsedRow row = parseOne(headers, {QStringLiteral("a@example.com"), QStringLiteral("wizard")}, QStringLiteral("DE"));
    ASSERT_TRUE(row.isRejected());
    EXPECT_TRUE(row.rejectReason(headers).contains(QStringLiteral("(Subscriber, Lead, ")))
        << row.rejectReason(headers).toStdString();
}

TEST(ImportRowParser, SourcesAsOtherCrmsNameThem)
{
    using Leadline::Domain::LeadSource;
    // Salesforce's "Lead Source" picklist and HubSpot's "Original Source" values.
    const std::pair<const char *, LeadSource> expected[] = {
        {"Web", LeadSource::Website},           {"Partner Referral", LeadSource::Partner},
        {"Employee Referral", LeadSource::Referral}, {"Word of mouth", LeadSource::Referral},
        {"Trade Show", LeadSource::Event},      {"Seminar - Internal", LeadSource::Event},
        {"Advertisement", LeadSource::Advertising}, {"Purchased List", LeadSource::Import},
        {"Organic Search", LeadSource::Website}, {"Paid Search", LeadSource::Advertising},
        {"Email Marketing", LeadSource::Campaign}, {"Social Media", LeadSource::Social},
        {"Offline Sources", LeadSource::Import}, {"Direct Traffic", LeadSource::Website},
        {"referral", LeadSource::Referral},     {"Cold outreach", LeadSource::ColdOutreach},
        {"Other", LeadSource::Unknown},
    };
    for (const auto &[text, source] : expected)
        EXPECT_EQ(ImportRowParser::parseSource(QString::fromUtf8(text)), source) << text;
    EXPECT_FALSE(ImportRowParser::parseSource(QStringLiteral("Carrier pigeon")).has_value());

    // "Other" says nothing, and neither does a value of a CRM's own picklist ("Phone Inquiry"):
    // the contact's source stays "import", and the row is imported.
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Lead Source")};
    for (const QString &text : {QStringLiteral("Other"), QStringLiteral("Phone Inquiry"), QStringLiteral("AI Referrals")}) {
        const ParsedRow other = parseOne(headers, {QStringLiteral("a@example.com"), text}, QStringLiteral("DE"));
        ASSERT_FALSE(other.isRejected()) << other.rejectReason(headers).toStdString();
        EXPECT_EQ(other.contact.source, LeadSource::Import);
    }
}

TEST(ImportRowParser, TimeZonesAsCrmsWriteThem)
{
    EXPECT_EQ(ImportRowParser::parseTimeZone(QStringLiteral("Europe/Berlin")), QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(ImportRowParser::parseTimeZone(QStringLiteral("america_slash_new_york")), QStringLiteral("America/New_York"));
    EXPECT_EQ(ImportRowParser::parseTimeZone(QStringLiteral("(GMT-05:00) America/New York")),
              QStringLiteral("America/New_York"));
    EXPECT_EQ(ImportRowParser::parseTimeZone(QStringLiteral("america/argentina/buenos_aires")),
              QStringLiteral("America/Argentina/Buenos_Aires"));
    EXPECT_EQ(ImportRowParser::parseTimeZone(QStringLiteral("UTC")), QStringLiteral("UTC"));
    EXPECT_TRUE(ImportRowParser::parseTimeZone(QStringLiteral("Middle Earth/Shire")).isEmpty());
    EXPECT_TRUE(ImportRowParser::parseTimeZone(QStringLiteral("GMT+5 maybe")).isEmpty());
}

TEST(ImportOptions, SlashDatesAreReadAsTheRegionWritesThem)
{
    EXPECT_EQ(dateOrderOfRegion(QStringLiteral("US")), DateOrder::MonthFirst);
    EXPECT_EQ(dateOrderOfRegion(QStringLiteral("PH")), DateOrder::MonthFirst);
    for (const char *region : {"GB", "DE", "FR", "IN", "BR", "AU"})
        EXPECT_EQ(dateOrderOfRegion(QLatin1String(region)), DateOrder::DayFirst) << region;
    // Year first there: nothing says "4/5/2023" is month first.
    for (const char *region : {"SE", "JP", "CN", "HU", "LT"})
        EXPECT_EQ(dateOrderOfRegion(QLatin1String(region)), DateOrder::DayFirst) << region;
    EXPECT_EQ(dateOrderOfRegion(QString()), DateOrder::DayFirst);
    EXPECT_EQ(dateOrderOfRegion(QStringLiteral("XX")), DateOrder::DayFirst);
    EXPECT_EQ(dateOrderFromName(QStringLiteral("month-first")), DateOrder::MonthFirst);
    EXPECT_EQ(dateOrderFromName(dateOrderName(DateOrder::DayFirst)), DateOrder::DayFirst);
    EXPECT_FALSE(dateOrderFromName(QStringLiteral("mdy")).has_value());
}

TEST(ImportRowParser, DatesOnlyTheOtherOrderReadAreReadSo)
{
    const auto day = [](const char *text, DateOrder order) {
        return ImportRowParser::parseDate(QString::fromLatin1(text), order).date();
    };
    // Ambiguous: the chosen order decides.
    EXPECT_EQ(day("4/5/2023", DateOrder::DayFirst), QDate(2023, 5, 4));
    EXPECT_EQ(day("4/5/2023", DateOrder::MonthFirst), QDate(2023, 4, 5));
    // Readable one way only: read so whatever was chosen.
    EXPECT_EQ(day("4/25/2023", DateOrder::DayFirst), QDate(2023, 4, 25));
    EXPECT_EQ(day("25/4/2023", DateOrder::MonthFirst), QDate(2023, 4, 25));
    EXPECT_FALSE(ImportRowParser::parseDate(QStringLiteral("31/31/2023"), DateOrder::DayFirst).isValid());
}

// Google Contacts gives each number's type in the column before it: a "Work Fax" listed first is
// not the contact's phone, and a number marked primary ("* Mobile") is, wherever it is listed.
TEST(ImportRowParser, GoogleNumbersAreRankedByTheirType)
{
    for (const char *kind : {"Type", "Label"}) {
        const QString type = QString::fromLatin1(kind);
        const QStringList headers{QStringLiteral("E-mail 1 - Value"), QStringLiteral("Phone 1 - ") + type,
                                  QStringLiteral("Phone 1 - Value"),  QStringLiteral("Phone 2 - ") + type,
                                  QStringLiteral("Phone 2 - Value"),  QStringLiteral("Phone 3 - ") + type,
                                  QStringLiteral("Phone 3 - Value")};
        const auto numbers = [&](const char *first, const char *second, const char *third) {
            const ParsedRow row =
                parseOne(headers,
                         {QStringLiteral("a@example.com"), QString::fromUtf8(first), QStringLiteral("+49 30 1234567"),
                          QString::fromUtf8(second), QStringLiteral("+49 170 1234567"), QString::fromUtf8(third),
                          QStringLiteral("+49 89 7654321")},
                         QStringLiteral("DE"));
            EXPECT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
            return QStringList{row.contact.phone} + row.contact.otherPhones;
        };
        const QString office = QStringLiteral("+49301234567");
        const QString mobile = QStringLiteral("+491701234567");
        const QString home = QStringLiteral("+49897654321");
        EXPECT_EQ(numbers("Work Fax", "Mobile", "Home"), (QStringList{mobile, home, office})) << kind;
        EXPECT_EQ(numbers("Work", "Mobile", "* Home"), (QStringList{home, office, mobile})) << kind;
        EXPECT_EQ(numbers("Work", "Pager", "Mobile"), (QStringList{office, home, mobile})) << kind;
        EXPECT_EQ(numbers("", "", ""), (QStringList{office, mobile, home})) << kind << ": the file's order";
    }
    // The type column itself is no field of the contact, and a file without one reads as before.
    const ParsedRow plain =
        parseOne({QStringLiteral("Phone 1 - Value"), QStringLiteral("Phone 2 - Value")},
                 {QStringLiteral("+49 30 1234567"), QStringLiteral("+49 170 1234567")}, QStringLiteral("DE"));
    EXPECT_EQ(plain.contact.phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(plain.contact.otherPhones, QStringList{QStringLiteral("+491701234567")});
}

TEST(ImportRowParser, ADateOnlyOneOrderReadsShowsThatOrder)
{
    const auto shown = [](const char *text) { return ImportRowParser::onlyOrderReading(QString::fromLatin1(text)); };
    EXPECT_EQ(shown("1/15/2024"), DateOrder::MonthFirst);
    EXPECT_EQ(shown(" 12/31/99 2:30 PM"), DateOrder::MonthFirst);
    EXPECT_EQ(shown("15/1/2024"), DateOrder::DayFirst);
    EXPECT_EQ(shown("31-12-2024"), DateOrder::DayFirst);
    EXPECT_FALSE(shown("2/3/2024").has_value()) << "both orders read it";
    EXPECT_FALSE(shown("3/3/2024").has_value()) << "the same day either way";
    EXPECT_FALSE(shown("15.1.2024").has_value()) << "dots say their order themselves";
    EXPECT_FALSE(shown("2024/1/15").has_value()) << "year first";
    EXPECT_FALSE(shown("13/13/2024").has_value()) << "no order reads it";
    EXPECT_FALSE(shown("Jan 15, 2024").has_value());
    EXPECT_FALSE(shown("").has_value());
}

TEST(ImportRowParser, DateOrderEvidenceReadsOnlyColumnsMappedToDates)
{
    const ColumnMapping mapping =
        ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("Created Date"), QStringLiteral("Notes")});
    DateOrderEvidence evidence;
    evidence.addRow(mapping, {QStringLiteral("a@example.com"), QStringLiteral("2/3/2024"), QStringLiteral("25/1/2024")},
                    2);
    EXPECT_FALSE(evidence.order().has_value()) << "a note's text is no date of the file";
    evidence.addRow(mapping, {QStringLiteral("b@example.com"), QStringLiteral(" 1/15/2024 "), QString()}, 3);
    evidence.addRow(mapping, {QStringLiteral("c@example.com"), QStringLiteral("12/20/2024")}, 4); // a short row
    EXPECT_EQ(evidence.order(), DateOrder::MonthFirst);
    EXPECT_EQ(evidence.monthFirst, 2);
    EXPECT_EQ(evidence.example().date, QStringLiteral("1/15/2024"));
    EXPECT_EQ(evidence.example().line, 3);
    EXPECT_FALSE(evidence.isMixed());
    // A file that shows both orders settles nothing: each cell is read as before.
    evidence.addRow(mapping, {QStringLiteral("d@example.com"), QStringLiteral("20/12/2024")}, 5);
    EXPECT_FALSE(evidence.order().has_value());
    EXPECT_TRUE(evidence.isMixed());
    EXPECT_EQ(evidence.firstDayFirst.date, QStringLiteral("20/12/2024"));
    EXPECT_EQ(evidence.firstDayFirst.line, 5);
    EXPECT_TRUE(evidence.example().date.isEmpty());

    // Ten dates one way and one the other: a typo does not unsettle the file; it is named.
    DateOrderEvidence mostly;
    for (int line = 2; line < 12; ++line)
        mostly.addRow(mapping, {QString(), QStringLiteral("1/%1/2024").arg(line + 11)}, line);
    mostly.addRow(mapping, {QString(), QStringLiteral("25/3/2024")}, 12);
    EXPECT_EQ(mostly.order(), DateOrder::MonthFirst);
    EXPECT_FALSE(mostly.isMixed());
    EXPECT_EQ(mostly.example().line, 2);
    EXPECT_EQ(mostly.exception().date, QStringLiteral("25/3/2024"));
    EXPECT_EQ(mostly.exception().line, 12);
    EXPECT_EQ(mostly.exceptions(), 1);
    mostly.addRow(mapping, {QString(), QStringLiteral("26/3/2024")}, 13);
    EXPECT_TRUE(mostly.isMixed()) << "two in eleven is no typo";
}

TEST(ImportRowParser, DatesWithMonthNamesAndOtherCommonFormsAreRead)
{
    const auto when = [](const QString &text) { return ImportRowParser::parseDate(text, DateOrder::DayFirst); };
    const auto at = [](int y, int m, int d, int h = 0, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    EXPECT_EQ(when(QStringLiteral("April 5, 2023")), at(2023, 4, 5));
    EXPECT_EQ(when(QStringLiteral("Wednesday, April 5, 2023")), at(2023, 4, 5));
    EXPECT_EQ(when(QStringLiteral("Apr 5 2023")), at(2023, 4, 5));
    EXPECT_EQ(when(QStringLiteral("Apr. 5th, 2023 2:30 PM")), at(2023, 4, 5, 14, 30));
    EXPECT_EQ(when(QStringLiteral("5 April 2023")), at(2023, 4, 5));
    EXPECT_EQ(when(QStringLiteral("5. März 2023")), at(2023, 3, 5)) << "German";
    EXPECT_EQ(when(QStringLiteral("12 décembre 2023")), at(2023, 12, 12)) << "French";
    EXPECT_EQ(when(QStringLiteral("3 de")).isValid(), false);
    EXPECT_EQ(when(QStringLiteral("05-Apr-2023")), at(2023, 4, 5)) << "Excel, Oracle";
    EXPECT_EQ(when(QStringLiteral("5-apr-23")), at(2023, 4, 5));
    EXPECT_EQ(when(QStringLiteral("Wed, 05 Apr 2023 14:30:00 GMT")), at(2023, 4, 5, 14, 30)) << "RFC 2822";
    EXPECT_EQ(when(QStringLiteral("Wed, 05 Apr 2023 14:30:00 +0200")), at(2023, 4, 5, 12, 30));
    EXPECT_EQ(when(QStringLiteral("2023-04-05 14:30:00 +0200")), at(2023, 4, 5, 12, 30)) << "a database's form";
    EXPECT_EQ(when(QStringLiteral("2023-04-05 14:30:00Z")), at(2023, 4, 5, 14, 30));
    EXPECT_EQ(when(QStringLiteral("20230405")), at(2023, 4, 5)) << "without separators";
    EXPECT_FALSE(when(QStringLiteral("20231305")).isValid()) << "no 13th month";
    EXPECT_FALSE(when(QStringLiteral("12345678")).isValid()) << "a number, not a date of this or the last century";
    EXPECT_FALSE(when(QStringLiteral("Room 5 2023")).isValid());
    EXPECT_FALSE(when(QStringLiteral("April 31, 2023")).isValid());
}

TEST(ImportRowParser, StagesAndConsentAsOtherLanguagesWriteThem)
{
    using Leadline::Domain::LifecycleStage;
    using Leadline::Domain::OptInStatus;
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Kunde")), LifecycleStage::Customer);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Client")), LifecycleStage::Customer);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("cliente")), LifecycleStage::Customer);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Closed Won")), LifecycleStage::Customer);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Abonnent")), LifecycleStage::Subscriber);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Interessent")), LifecycleStage::Lead);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Opportunité")), LifecycleStage::Opportunity);
    EXPECT_FALSE(ImportRowParser::parseLifecycleStage(QStringLiteral("Gold")).has_value());
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("wahr")), OptInStatus::OptedIn);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("FAUX")), OptInStatus::OptedOut);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("angemeldet")), OptInStatus::OptedIn);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("abgemeldet")), OptInStatus::OptedOut);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("désinscrit")), OptInStatus::OptedOut);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("Sí")), OptInStatus::OptedIn);
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Fürsprecher")), LifecycleStage::Evangelist)
        << "the app's own German labels, also when it speaks English";
    EXPECT_EQ(ImportRowParser::parseLifecycleStage(QStringLiteral("Vertriebsqualifizierter Lead")),
              LifecycleStage::SalesQualifiedLead);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("Eingewilligt")), OptInStatus::OptedIn);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("Bestätigung ausstehend")), OptInStatus::Pending);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("Doppelt bestätigt (Double-Opt-in)")), OptInStatus::DoubleOptedIn);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("en attente")), OptInStatus::Pending);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("Unbekannt")), OptInStatus::Unknown);
    EXPECT_EQ(ImportRowParser::parseOptIn(QStringLiteral("dado de baja")), OptInStatus::OptedOut);
    EXPECT_EQ(ImportRowParser::parseBoolean(QStringLiteral("vrai")), true);
    EXPECT_EQ(ImportRowParser::parseBoolean(QStringLiteral("falso")), false);
}

TEST(ImportRowParser, ATimeWithoutZoneIsUtcAlsoInTheHourLocalClocksSkip)
{
    // A workbook's date cell comes without a zone: read as UTC wherever the import runs, also
    // at 02:30 on the day Berlin's clocks jump from 02:00 to 03:00.
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QDateTime skipped = ImportRowParser::parseDate(QStringLiteral("2024-03-31T02:30:00"), DateOrder::DayFirst);
    const QDateTime withMs = ImportRowParser::parseDate(QStringLiteral("2024-03-31T02:30:00.250"), DateOrder::DayFirst);
    if (previous.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", previous);
    tzset();
    EXPECT_EQ(skipped, QDateTime(QDate(2024, 3, 31), QTime(2, 30), Qt::UTC));
    EXPECT_EQ(withMs, QDateTime(QDate(2024, 3, 31), QTime(2, 30, 0, 250), Qt::UTC));
}

TEST(ImportRowParser, DatesWithATimeFollowTheSameOrder)
{
    const auto when = [](const char *text, DateOrder order) {
        return ImportRowParser::parseDate(QString::fromLatin1(text), order);
    };
    const auto at = [](int y, int m, int d, int h, int min, int sec = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min, sec), Qt::UTC);
    };
    EXPECT_EQ(when("4/5/2023 2:30 PM", DateOrder::DayFirst), at(2023, 5, 4, 14, 30)) << "the order chosen, also with a time";
    EXPECT_EQ(when("4/5/2023 2:30 PM", DateOrder::MonthFirst), at(2023, 4, 5, 14, 30));
    EXPECT_EQ(when("4/5/2023, 10:30 AM", DateOrder::MonthFirst), at(2023, 4, 5, 10, 30)) << "Salesforce";
    EXPECT_EQ(when("5/4/2023 14:30", DateOrder::DayFirst), at(2023, 4, 5, 14, 30));
    EXPECT_EQ(when("13/4/2023 2:30 pm", DateOrder::MonthFirst), at(2023, 4, 13, 14, 30));
    EXPECT_EQ(when("05.04.2023 14:30:00", DateOrder::MonthFirst), at(2023, 4, 5, 14, 30)) << "dots are day first";
    EXPECT_EQ(when("2023/04/05 08:05:09", DateOrder::MonthFirst), at(2023, 4, 5, 8, 5, 9));
    EXPECT_EQ(when("2023-04-05 12:00 AM", DateOrder::DayFirst), at(2023, 4, 5, 0, 0));
    EXPECT_EQ(when("4/5/23", DateOrder::MonthFirst), at(2023, 4, 5, 0, 0));
    EXPECT_EQ(when("4/5/99", DateOrder::MonthFirst), at(1999, 4, 5, 0, 0));
    const int nextYear = (QDate::currentDate().year() + 1) % 100;
    EXPECT_EQ(when(QStringLiteral("1/2/%1").arg(nextYear, 2, 10, QLatin1Char('0')).toLatin1().constData(), DateOrder::MonthFirst)
                  .date()
                  .year(),
              1900 + nextYear)
        << "a two-digit year is never one to come";
    for (const char *bad : {"4/5/2023 25:00", "4/5/2023 13:00 PM", "4/5/2023 0:30 AM", "4/5/2023 10:61", "0/0/00",
                            "4/5", "4/5/2023 noon", "2023-13-01 10:00"})
        EXPECT_FALSE(when(bad, DateOrder::DayFirst).isValid()) << bad;
}

TEST(ImportRowParser, PlaceholdersForNothingAreEmptyCellsExceptInNames)
{
    const QStringList headers{QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Email"),
                              QStringLiteral("Phone"), QStringLiteral("Website"), QStringLiteral("Shoe size")};
    ColumnMapping mapping = ColumnMapping::automatic(headers);
    mapping.setTarget(5, ColumnTarget{ImportField::Custom, QStringLiteral("Shoe size")});
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportRowParser parser(mapping, options);
    const ParsedRow row = parser.parse({QStringLiteral("Ann"), QStringLiteral("Null"), QStringLiteral("N/A"),
                                        QStringLiteral("-"), QStringLiteral("#N/A"), QStringLiteral("n/a")},
                                       2);
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.lastName, QStringLiteral("Null")) << "a name is what it says";
    EXPECT_TRUE(row.contact.email.isEmpty());
    EXPECT_TRUE(row.contact.phone.isEmpty());
    EXPECT_FALSE(row.present.contains(ImportField::Email)) << "an overwrite leaves the stored email";
    EXPECT_TRUE(row.companyDomain.isEmpty());
    EXPECT_EQ(row.contact.customFields.value(QStringLiteral("Shoe size")).toString(), QStringLiteral("n/a"));
}

TEST(ImportRowParser, NaInACountryColumnIsNamibiaAsForItsPhoneNumbers)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Country"),
                              QStringLiteral("State")};
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportRowParser parser(ColumnMapping::automatic(headers), options);
    const ParsedRow row = parser.parse({QStringLiteral("n@example.com"), QStringLiteral("081 123 4567"), QStringLiteral("NA"),
                                        QStringLiteral("NA")},
                                       2);
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.phone, QStringLiteral("+264811234567"));
    EXPECT_EQ(row.contact.address.country, QStringLiteral("NA"));
    EXPECT_TRUE(row.contact.address.region.isEmpty()) << "elsewhere it is nothing";
}

TEST(ImportRowParser, ASpreadsheetErrorValueIsNothingInEveryField)
{
    const QStringList headers{QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Email"),
                              QStringLiteral("Shoe size")};
    ColumnMapping mapping = ColumnMapping::automatic(headers);
    mapping.setTarget(3, ColumnTarget{ImportField::Custom, QStringLiteral("Shoe size")});
    const ImportRowParser parser(mapping, ImportOptions());
    const ParsedRow row = parser.parse({QStringLiteral("Ann"), QStringLiteral("#DIV/0!"), QStringLiteral("#REF!"),
                                        QStringLiteral("#VALUE!")},
                                       2);
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_TRUE(row.contact.lastName.isEmpty()) << row.contact.lastName.toStdString();
    EXPECT_TRUE(row.contact.email.isEmpty());
    EXPECT_FALSE(row.contact.customFields.contains(QStringLiteral("Shoe size")));
    const ParsedRow hashtag = parser.parse({QStringLiteral("#1 fan"), QStringLiteral("Lee"), QString(), QString()}, 3);
    EXPECT_EQ(hashtag.contact.firstName, QStringLiteral("#1 fan")) << "other text with a # stays";
}

TEST(ImportRowParser, FurtherStreetLinesGoBelowTheirStreet)
{
    // Outlook's columns, a line before the street here (as a mapping may put it): the street
    // still comes first.
    const QStringList headers{QStringLiteral("E-mail Address"), QStringLiteral("Business Street 2"),
                              QStringLiteral("Business Street"), QStringLiteral("Business Street 3"),
                              QStringLiteral("Home Street"), QStringLiteral("Home Street 2")};
    ColumnMapping mapping = ColumnMapping::automatic(headers);
    const ImportField fields[] = {ImportField::Email, ImportField::StreetLine, ImportField::Street,
                                  ImportField::StreetLine, ImportField::SecondStreet, ImportField::SecondStreetLine};
    for (int column = 0; column < headers.size(); ++column)
        mapping.setTarget(column, ColumnTarget{fields[column], {}});
    ImportOptions options;
    options.defaultRegion = QStringLiteral("US");
    const ImportRowParser parser(mapping, options);
    const ParsedRow row = parser.parse({QStringLiteral("a@example.com"), QStringLiteral("Suite 200"),
                                        QStringLiteral("1 Main St"), QString(), QStringLiteral("5 Elm Rd"),
                                        QStringLiteral("Flat 3")},
                                       2);
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.address.street, QStringLiteral("1 Main St\nSuite 200"));
    EXPECT_EQ(row.secondAddress.street, QStringLiteral("5 Elm Rd\nFlat 3"));
    EXPECT_TRUE(row.present.contains(ImportField::Street));

    // A line without its street is no address, and replaces no stored street.
    const QStringList lineOnly{QStringLiteral("Email"), QStringLiteral("Street"), QStringLiteral("Address Line 2")};
    const ParsedRow alone = parseOne(lineOnly, {QStringLiteral("b@example.com"), QString(), QStringLiteral("Suite 200")},
                                     QStringLiteral("US"));
    ASSERT_FALSE(alone.isRejected());
    EXPECT_TRUE(alone.contact.address.street.isEmpty());
    EXPECT_FALSE(alone.present.contains(ImportField::Street));
}

TEST(ImportRowParser, MailchimpsTimesOfOptingInAndOutAreConsent)
{
    using Leadline::Domain::Channel;
    using Leadline::Domain::OptInStatus;
    // The columns of its exports of subscribed, unsubscribed and cleaned members, in their order.
    const QStringList subscribed{QStringLiteral("Email Address"), QStringLiteral("OPTIN_TIME"),
                                 QStringLiteral("OPTIN_IP"), QStringLiteral("CONFIRM_TIME"), QStringLiteral("LEID")};
    const ColumnMapping mapping = ColumnMapping::automatic(subscribed);
    EXPECT_FALSE(mapping.target(1).field.has_value()) << "the confirmation says more";
    EXPECT_EQ(mapping.target(3).field, ImportField::OptInEmail);
    const ParsedRow confirmed = parseOne(subscribed,
                                         {QStringLiteral("a@example.com"), QStringLiteral("2023-01-05 10:00:00"),
                                          QStringLiteral("203.0.113.9"), QStringLiteral("2023-01-05 10:02:11"),
                                          QStringLiteral("123")},
                                         QStringLiteral("US"));
    ASSERT_FALSE(confirmed.isRejected()) << confirmed.rejectReason(subscribed).toStdString();
    EXPECT_EQ(confirmed.contact.optInFor(Channel::Email), OptInStatus::OptedIn);
    // A member who subscribed without confirming (a single opt-in list) has no CONFIRM_TIME: the
    // OPTIN_TIME says they opted in. Neither, and the row says nothing of consent.
    const ParsedRow single = parseOne(subscribed,
                                      {QStringLiteral("b@example.com"), QStringLiteral("2023-01-05 10:00:00"),
                                       QStringLiteral("203.0.113.9"), QString(), QStringLiteral("124")},
                                      QStringLiteral("US"));
    ASSERT_FALSE(single.isRejected()) << single.rejectReason(subscribed).toStdString();
    EXPECT_EQ(single.contact.optInFor(Channel::Email), OptInStatus::OptedIn);
    EXPECT_TRUE(single.present.contains(ImportField::OptInEmail));
    const ParsedRow neither =
        parseOne(subscribed, {QStringLiteral("c@example.com"), QString(), QString(), QString(), QString()},
                 QStringLiteral("US"));
    EXPECT_EQ(neither.contact.optInFor(Channel::Email), OptInStatus::Unknown);
    const QStringList optInOnly{QStringLiteral("Email Address"), QStringLiteral("OPTIN_TIME")};
    EXPECT_EQ(ColumnMapping::automatic(optInOnly).target(1).field, ImportField::OptInEmail);

    for (const char *header : {"UNSUB_TIME", "CLEAN_TIME"}) {
        const QStringList gone{QStringLiteral("Email Address"), QString::fromLatin1(header)};
        const ParsedRow row = parseOne(gone, {QStringLiteral("gone@example.com"), QStringLiteral("2024-03-01 08:15:00")},
                                       QStringLiteral("US"));
        ASSERT_FALSE(row.isRejected()) << row.rejectReason(gone).toStdString();
        EXPECT_EQ(row.contact.optInFor(Channel::Email), OptInStatus::OptedOut) << header;
        EXPECT_TRUE(row.present.contains(ImportField::OptInEmail)) << "a consent record is written";
        const ParsedRow blank = parseOne(gone, {QStringLiteral("here@example.com"), QString()}, QStringLiteral("US"));
        EXPECT_EQ(blank.contact.optInFor(Channel::Email), OptInStatus::Unknown) << header;
    }
}

TEST(ImportRowParser, AnOptOutStandsWhateverAnotherColumnOfTheRowSays)
{
    using Leadline::Domain::Channel;
    using Leadline::Domain::OptInStatus;
    const QList<std::tuple<QStringList, QStringList, Channel>> rows = {
        {{QStringLiteral("UNSUB_TIME"), QStringLiteral("Email consent")}, {QStringLiteral("2023-01-01 00:00:00"), QStringLiteral("yes")}, Channel::Email},
        {{QStringLiteral("Email Opt Out"), QStringLiteral("Email consent")}, {QStringLiteral("true"), QStringLiteral("opted_in")}, Channel::Email},
        {{QStringLiteral("Email consent"), QStringLiteral("Email Opt Out")}, {QStringLiteral("yes"), QStringLiteral("true")}, Channel::Email},
        {{QStringLiteral("Do Not Call"), QStringLiteral("Voice consent")}, {QStringLiteral("true"), QStringLiteral("yes")}, Channel::Voice}};
    for (const auto &[columns, values, channel] : rows) {
        const QStringList headers = QStringList{QStringLiteral("Email")} + columns;
        const ParsedRow row = parseOne(headers, QStringList{QStringLiteral("a@example.com")} + values, QStringLiteral("US"));
        ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
        EXPECT_EQ(row.contact.optInFor(channel), OptInStatus::OptedOut) << columns.join(u',').toStdString();
    }
}

TEST(ImportRowParser, AProfilePageOrFreeMailHostIsNoCompanyDomain)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Company"), QStringLiteral("Website")};
    const auto domainOf = [&](const QString &website) {
        const ParsedRow row = parseOne(headers, {QStringLiteral("a@example.com"), QStringLiteral("Globex"), website},
                                       QStringLiteral("DE"));
        EXPECT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
        return row.companyDomain;
    };
    EXPECT_EQ(domainOf(QStringLiteral("https://www.Globex.com/about")), QStringLiteral("globex.com"));
    for (const QString &shared : {QStringLiteral("https://www.linkedin.com/in/alice-a-12345/"),
                                  QStringLiteral("de.linkedin.com/in/bob"), QStringLiteral("gmail.com"),
                                  QStringLiteral("https://alice.github.io")})
        EXPECT_TRUE(domainOf(shared).isEmpty()) << shared.toStdString();
    EXPECT_EQ(domainOf(QStringLiteral("mylinkedin.com")), QStringLiteral("mylinkedin.com")) << "another host that ends alike";
}

TEST(ImportRowParser, OneLineValuesLoseLineBreaksAndByteOrderMarks)
{
    const QStringList headers{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                              QStringLiteral("Company"), QStringLiteral("City"), QStringLiteral("Street"),
                              QStringLiteral("Tags")};
    const QString bom(QChar::ByteOrderMark);
    const ParsedRow row = parseOne(headers,
                                   {QStringLiteral("Mary\nAnn"), bom + QStringLiteral("Bom"),
                                    bom + QStringLiteral("mary@example.com"), QStringLiteral("Acme\r\n Co \tLtd"),
                                    QStringLiteral("New\tYork"), QStringLiteral("Building 4\nMain Street 1"),
                                    QStringLiteral("vip\nfair")},
                                   QStringLiteral("US"));
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.firstName, QStringLiteral("Mary Ann"));
    EXPECT_EQ(row.contact.lastName, QStringLiteral("Bom")) << "a byte order mark is no character of the name";
    EXPECT_EQ(row.contact.email, QStringLiteral("mary@example.com"));
    EXPECT_EQ(row.companyName, QStringLiteral("Acme Co Ltd"));
    EXPECT_EQ(row.contact.address.city, QStringLiteral("New York"));
    EXPECT_EQ(row.contact.address.street, QStringLiteral("Building 4\nMain Street 1")) << "a street keeps its lines";
    EXPECT_EQ(row.contact.tags, QStringList({QStringLiteral("vip"), QStringLiteral("fair")}));
}

TEST(ImportRowParser, LengthLimitsCountCharactersNotUtf16Units)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("First Name")};
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600");
    ASSERT_EQ(emoji.size(), 200);
    const ParsedRow fits = parseOne(headers, {QStringLiteral("a@example.com"), emoji}, QStringLiteral("DE"));
    EXPECT_FALSE(fits.isRejected()) << "100 characters of the 150 a name may have";
    const ParsedRow tooLong =
        parseOne(headers, {QStringLiteral("a@example.com"), emoji + emoji}, QStringLiteral("DE"));
    EXPECT_TRUE(tooLong.isRejected());
}

TEST(ImportRowParser, TakesOffTheOneApostropheAnExportGuardsAFormulaWith)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name")};
    const ParsedRow row = parseOne(headers, {QStringLiteral("a@example.com"), QStringLiteral("''=x"), QStringLiteral("'=y")},
                                   QStringLiteral("DE"));
    ASSERT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
    EXPECT_EQ(row.contact.firstName, QStringLiteral("'=x")) << "a name that was written with its own apostrophe";
    EXPECT_EQ(row.contact.lastName, QStringLiteral("=y"));
}
