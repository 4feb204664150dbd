#include "services/importexport/columnmapping.h"
#include "services/importexport/contactexportjob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leadline::ImportExport;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

std::optional<ImportField> fieldOf(const ColumnMapping &mapping, int column)
{
    return mapping.target(column).field;
}

} // namespace

TEST(ImportFields, NormalisesHeaders)
{
    EXPECT_EQ(normalizedHeader(QStringLiteral("E-mail 1 - Value")), QStringLiteral("email1value"));
    EXPECT_EQ(normalizedHeader(QString::fromUtf8("Straße")), QStringLiteral("strasse"));
    EXPECT_EQ(normalizedHeader(QString::fromUtf8("  Prénom ")), QStringLiteral("prenom"));
    EXPECT_EQ(normalizedHeader(QStringLiteral("__")), QString());
}

TEST(ImportFields, GuessesCommonHeaders)
{
    EXPECT_EQ(guessField(QStringLiteral("first name")), ImportField::FirstName);
    EXPECT_EQ(guessField(QStringLiteral("FIRSTNAME")), ImportField::FirstName);
    EXPECT_EQ(guessField(QStringLiteral("Surname")), ImportField::LastName);
    EXPECT_EQ(guessField(QStringLiteral("E-Mail")), ImportField::Email);
    EXPECT_EQ(guessField(QStringLiteral("Email 3")), ImportField::OtherEmail);
    EXPECT_EQ(guessField(QStringLiteral("Telefon")), ImportField::Phone);
    EXPECT_EQ(guessField(QStringLiteral("Zip Code")), ImportField::PostalCode);
    EXPECT_EQ(guessField(QStringLiteral("email_address")), ImportField::Email);
    EXPECT_EQ(guessField(QStringLiteral("opt_in_sms")), ImportField::OptInSms);
    EXPECT_FALSE(guessField(QStringLiteral("Favourite colour")).has_value());
    EXPECT_FALSE(guessField(QString()).has_value());
}

TEST(ImportFields, MatchesExportsOfOtherCrms)
{
    // HubSpot
    const auto hubspot = ColumnMapping::automatic(list(
        {"Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title",
         "Lifecycle Stage", "Contact owner", "State/Region", "Country/Region", "Website URL", "Associated Company"}));
    EXPECT_EQ(fieldOf(hubspot, 0), ImportField::ExternalId);
    EXPECT_EQ(fieldOf(hubspot, 3), ImportField::Email);
    EXPECT_EQ(fieldOf(hubspot, 4), ImportField::Phone);
    EXPECT_EQ(fieldOf(hubspot, 5), ImportField::CompanyName);
    EXPECT_EQ(fieldOf(hubspot, 7), ImportField::LifecycleStage);
    EXPECT_EQ(fieldOf(hubspot, 8), ImportField::OwnerEmail);
    EXPECT_EQ(fieldOf(hubspot, 9), ImportField::Region);
    EXPECT_EQ(fieldOf(hubspot, 10), ImportField::Country);
    EXPECT_EQ(fieldOf(hubspot, 11), ImportField::CompanyDomain) << "the contact's company's website";
    EXPECT_EQ(fieldOf(hubspot, 12), ImportField::CompanyName) << "where \"Company Name\" is empty";

    // Salesforce
    const auto salesforce = ColumnMapping::automatic(list({"Contact ID", "First Name", "Last Name", "Account Name",
                                                           "Title", "Mailing Street", "Mailing City",
                                                           "Mailing Zip/Postal Code", "Mailing Country", "Phone",
                                                           "Mobile", "Email", "Lead Source", "Email Opt Out",
                                                           "Do Not Call"}));
    EXPECT_EQ(fieldOf(salesforce, 3), ImportField::CompanyName);
    EXPECT_EQ(fieldOf(salesforce, 5), ImportField::Street);
    EXPECT_EQ(fieldOf(salesforce, 7), ImportField::PostalCode);
    EXPECT_EQ(fieldOf(salesforce, 9), ImportField::Phone);
    EXPECT_EQ(fieldOf(salesforce, 10), ImportField::OtherPhone) << "a second phone column becomes an other phone";
    EXPECT_EQ(fieldOf(salesforce, 12), ImportField::Source);
    EXPECT_EQ(fieldOf(salesforce, 4), ImportField::Title) << "no other column names the job";
    EXPECT_EQ(fieldOf(salesforce, 13), ImportField::EmailOptOut) << "an opt-out of email, not of everything";
    EXPECT_EQ(fieldOf(salesforce, 14), ImportField::CallOptOut);
    // Salesforce's Data Loader writes the API names, and a Name column beside them.
    const auto dataLoader = ColumnMapping::automatic(list({"ID", "NAME", "FIRSTNAME", "LASTNAME", "MAILINGSTREET",
                                                           "MAILINGCITY", "MAILINGSTATE", "MAILINGPOSTALCODE",
                                                           "MAILINGCOUNTRY", "HASOPTEDOUTOFEMAIL", "LEADSOURCE"}));
    const QList<std::optional<ImportField>> dataLoaderFields = {
        ImportField::ExternalId, std::nullopt, ImportField::FirstName, ImportField::LastName, ImportField::Street,
        ImportField::City, ImportField::Region, ImportField::PostalCode, ImportField::Country,
        ImportField::EmailOptOut, ImportField::Source};
    for (int column = 0; column < dataLoaderFields.size(); ++column)
        EXPECT_EQ(fieldOf(dataLoader, column), dataLoaderFields.at(column)) << dataLoader.headers().at(column).toStdString();
    // A Salesforce lead report.
    const auto leadReport = ColumnMapping::automatic(list({"Lead ID", "First Name", "Last Name", "Company / Account",
                                                           "Street", "City", "Zip/Postal Code", "Email"}));
    EXPECT_EQ(fieldOf(leadReport, 3), ImportField::CompanyName);
    EXPECT_EQ(fieldOf(leadReport, 6), ImportField::PostalCode);

    // Mailchimp
    const auto mailchimp = ColumnMapping::automatic(list({"Email Address", "First Name", "Last Name", "Address",
                                                          "Phone Number", "TAGS", "LEID", "CC", "REGION"}));
    EXPECT_EQ(fieldOf(mailchimp, 0), ImportField::Email);
    EXPECT_EQ(fieldOf(mailchimp, 5), ImportField::Tags);
    EXPECT_EQ(fieldOf(mailchimp, 6), ImportField::ExternalId);
    EXPECT_EQ(fieldOf(mailchimp, 7), ImportField::Country) << "Mailchimp's country code";
    EXPECT_EQ(fieldOf(mailchimp, 8), ImportField::Region);
    EXPECT_FALSE(fieldOf(ColumnMapping::automatic(list({"Email", "CC"})), 1).has_value()) << "elsewhere a copy, a cost centre…";

    // Google Contacts
    const auto google = ColumnMapping::automatic(list({"Name", "Given Name", "Family Name", "E-mail 1 - Value",
                                                       "E-mail 2 - Value", "Phone 1 - Value", "Phone 2 - Value",
                                                       "Organization 1 - Name", "Organization 1 - Title",
                                                       "Group Membership"}));
    EXPECT_FALSE(fieldOf(google, 0).has_value()) << "the given and family names say it already";
    EXPECT_EQ(fieldOf(ColumnMapping::automatic(list({"Name", "Email"})), 0), ImportField::FullName);
    EXPECT_EQ(fieldOf(google, 1), ImportField::FirstName);
    EXPECT_EQ(fieldOf(google, 3), ImportField::Email);
    EXPECT_EQ(fieldOf(google, 4), ImportField::OtherEmail);
    EXPECT_EQ(fieldOf(google, 5), ImportField::Phone);
    EXPECT_EQ(fieldOf(google, 6), ImportField::OtherPhone);
    EXPECT_EQ(fieldOf(google, 7), ImportField::CompanyName);
    EXPECT_EQ(fieldOf(google, 8), ImportField::Title);
    EXPECT_EQ(fieldOf(google, 9), ImportField::Tags);

    // Google Contacts as it exports today (2023 on), in its order.
    using F = ImportField;
    const QList<std::pair<const char *, std::optional<ImportField>>> googleNow = {
        {"First Name", F::FirstName},
        {"Middle Name", std::nullopt},
        {"Last Name", F::LastName},
        {"Phonetic First Name", std::nullopt},
        {"Name Prefix", std::nullopt},
        {"Nickname", std::nullopt},
        {"File As", std::nullopt},
        {"Organization Name", F::CompanyName},
        {"Organization Title", F::Title},
        {"Organization Department", std::nullopt},
        {"Birthday", std::nullopt},
        {"Notes", std::nullopt},
        {"Labels", F::Tags},
        {"E-mail 1 - Label", std::nullopt},
        {"E-mail 1 - Value", F::Email},
        {"E-mail 2 - Label", std::nullopt},
        {"E-mail 2 - Value", F::OtherEmail},
        {"Phone 1 - Label", std::nullopt},
        {"Phone 1 - Value", F::Phone},
        {"Phone 2 - Label", std::nullopt},
        {"Phone 2 - Value", F::OtherPhone},
        {"Address 1 - Label", std::nullopt},
        {"Address 1 - Formatted", std::nullopt}, // the whole address: the street is the next column
        {"Address 1 - Street", F::Street},
        {"Address 1 - City", F::City},
        {"Address 1 - PO Box", std::nullopt},
        {"Address 1 - Region", F::Region},
        {"Address 1 - Postal Code", F::PostalCode},
        {"Address 1 - Country", F::Country},
        {"Website 1 - Label", std::nullopt},
        {"Website 1 - Value", std::nullopt}, // a person's own website, not their employer's domain
    };
    QStringList googleNowHeaders;
    for (const auto &[header, field] : googleNow)
        googleNowHeaders << QString::fromUtf8(header);
    const auto googleNowMapping = ColumnMapping::automatic(googleNowHeaders);
    for (int column = 0; column < googleNow.size(); ++column)
        EXPECT_EQ(fieldOf(googleNowMapping, column), googleNow.at(column).second) << googleNow.at(column).first;
    // Without a street of its own, the formatted address is the street.
    const auto formattedOnly = ColumnMapping::automatic(list({"E-mail 1 - Value", "Address 1 - Formatted"}));
    EXPECT_EQ(fieldOf(formattedOnly, 1), ImportField::Street);

    // Outlook, its header as it begins: "Title" is Mr./Dr., the job is "Job Title".
    const auto outlook = ColumnMapping::automatic(
        list({"Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business City", "Business Postal Code", "Business Phone", "Mobile Phone",
              "E-mail Address", "E-mail 2 Address", "Categories"}));
    EXPECT_FALSE(fieldOf(outlook, 0).has_value()) << "the honorific is skipped";
    EXPECT_EQ(fieldOf(outlook, 1), ImportField::FirstName);
    EXPECT_EQ(fieldOf(outlook, 3), ImportField::LastName);
    EXPECT_EQ(fieldOf(outlook, 5), ImportField::CompanyName);
    EXPECT_EQ(fieldOf(outlook, 7), ImportField::Title);
    EXPECT_EQ(fieldOf(outlook, 8), ImportField::Street);
    EXPECT_EQ(fieldOf(outlook, 11), ImportField::Phone);
    EXPECT_EQ(fieldOf(outlook, 12), ImportField::OtherPhone);
    EXPECT_EQ(fieldOf(outlook, 13), ImportField::Email);
    EXPECT_EQ(fieldOf(outlook, 14), ImportField::OtherEmail);
    EXPECT_EQ(fieldOf(outlook, 15), ImportField::Tags);

    // Outlook's "Web Page" is the person's own (a LinkedIn profile, often), not the company's domain.
    EXPECT_FALSE(fieldOf(ColumnMapping::automatic(list({"E-mail Address", "Company", "Web Page"})), 2).has_value());
    // HubSpot fills "Associated Company" from the company records.
    EXPECT_EQ(fieldOf(ColumnMapping::automatic(list({"Email", "Associated Company"})), 1), ImportField::CompanyName);

    // Outlook in German (its CSV export names the columns in the language of the installation).
    const auto outlookGerman = ColumnMapping::automatic(
        list({"Anrede", "Vorname", "Nachname", "Firma", "Position", "Straße geschäftlich", "Ort geschäftlich",
              "Bundesland/Kanton geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
              "Straße privat", "Ort privat", "Telefon geschäftlich", "Telefon privat", "Mobiltelefon",
              "Fax geschäftlich", "E-Mail-Adresse", "E-Mail 2: Adresse", "Kategorien"}));
    const QList<std::optional<ImportField>> outlookGermanFields = {
        std::nullopt, ImportField::FirstName, ImportField::LastName, ImportField::CompanyName, ImportField::Title,
        ImportField::Street, ImportField::City, ImportField::Region, ImportField::PostalCode, ImportField::Country,
        ImportField::SecondStreet, ImportField::SecondCity, ImportField::Phone, ImportField::OtherPhone,
        ImportField::OtherPhone, ImportField::OtherPhone, ImportField::Email, ImportField::OtherEmail, ImportField::Tags};
    for (int column = 0; column < outlookGermanFields.size(); ++column)
        EXPECT_EQ(fieldOf(outlookGerman, column), outlookGermanFields.at(column))
            << outlookGerman.headers().at(column).toStdString();

    // Outlook's business, home and other addresses: the home one is the second address.
    const auto addresses = ColumnMapping::automatic(
        list({"E-mail Address", "Business Street", "Business Street 2", "Business Street 3", "Business City",
              "Business State", "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2",
              "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other City"}));
    const QList<std::optional<ImportField>> addressFields = {
        ImportField::Email,
        ImportField::Street,
        ImportField::StreetLine, // a further line of the first address, not a second address
        ImportField::StreetLine,
        ImportField::City,
        ImportField::Region,
        ImportField::PostalCode,
        ImportField::Country,
        ImportField::SecondStreet,
        ImportField::SecondStreetLine,
        ImportField::SecondCity,
        ImportField::SecondRegion,
        ImportField::SecondPostalCode,
        ImportField::SecondCountry,
        std::nullopt, // a third address
        std::nullopt,
    };
    for (int column = 0; column < addressFields.size(); ++column)
        EXPECT_EQ(fieldOf(addresses, column), addressFields.at(column)) << addresses.headers().at(column).toStdString();
    // Further lines by their own names, and numbered lines before their street.
    for (const auto &[street, line] : {std::pair{"Address line 1", "Address line 2"}, std::pair{"Street Address", "Address Line 2"},
                                       std::pair{"Street", "Street 2"},
                                       std::pair{"Address 1 - Street", "Address 1 - Extended Address"},
                                       std::pair{"Business Street", "Business Street 2"}}) {
        const auto after = ColumnMapping::automatic(list({"Email", street, line, "City"}));
        EXPECT_EQ(fieldOf(after, 1), ImportField::Street) << street;
        EXPECT_EQ(fieldOf(after, 2), ImportField::StreetLine) << line;
        const auto before = ColumnMapping::automatic(list({"Email", line, street, "City"}));
        EXPECT_EQ(fieldOf(before, 1), ImportField::StreetLine) << line << " before " << street;
        EXPECT_EQ(fieldOf(before, 2), ImportField::Street) << street << " after " << line;
    }

    // A generic status column is not a lifecycle stage (Salesforce's "Open - Not Contacted").
    EXPECT_FALSE(guessField(QStringLiteral("Status")).has_value());
}

// Google Contacts numbers values as far as its fullest contact needs; Outlook's assistant's
// number is another person's.
TEST(ImportFields, NumberedValuesOfGoogleContactsAndAnAssistantsPhone)
{
    EXPECT_EQ(guessField(QStringLiteral("E-mail 1 - Value")), ImportField::Email);
    EXPECT_EQ(guessField(QStringLiteral("E-mail 4 - Value")), ImportField::OtherEmail);
    EXPECT_EQ(guessField(QStringLiteral("E-mail 12 - Value")), ImportField::OtherEmail);
    EXPECT_EQ(guessField(QStringLiteral("Phone 5 - Value")), ImportField::OtherPhone);
    EXPECT_EQ(guessField(QStringLiteral("Address 2 - City")), ImportField::SecondCity);
    EXPECT_EQ(guessField(QStringLiteral("Address 2 - Street")), ImportField::SecondStreet);
    EXPECT_EQ(guessField(QStringLiteral("Address 2 - Extended Address")), ImportField::SecondStreetLine);
    EXPECT_EQ(guessField(QStringLiteral("Address 3 - City")), std::nullopt) << "two addresses at most";
    EXPECT_EQ(guessField(QStringLiteral("Organization 2 - Name")), std::nullopt) << "not the contact's company";
    EXPECT_EQ(guessField(QStringLiteral("Phone 4 - Type")), std::nullopt);
    EXPECT_EQ(guessField(QStringLiteral("Assistant's Phone")), std::nullopt);
}

TEST(ColumnMapping, OurOwnExportsMapBackToEveryField)
{
    // Every column an export can write, as it names them; a new one must say where it goes back.
    using F = ImportField;
    const QHash<QString, std::optional<ImportField>> expected = {
        {QStringLiteral("id"), std::nullopt}, // the exporting database's own id: the external id below wins
        {QStringLiteral("first_name"), F::FirstName},
        {QStringLiteral("last_name"), F::LastName},
        {QStringLiteral("email"), F::Email},
        {QStringLiteral("other_emails"), F::OtherEmail},
        {QStringLiteral("phone"), F::Phone},
        {QStringLiteral("other_phones"), F::OtherPhone},
        {QStringLiteral("title"), F::Title},
        {QStringLiteral("company_name"), F::CompanyName},
        {QStringLiteral("street"), F::Street},
        {QStringLiteral("city"), F::City},
        {QStringLiteral("region"), F::Region},
        {QStringLiteral("postal_code"), F::PostalCode},
        {QStringLiteral("country"), F::Country},
        {QStringLiteral("time_zone"), F::TimeZone},
        {QStringLiteral("lifecycle_stage"), F::LifecycleStage},
        {QStringLiteral("opt_in_email"), F::OptInEmail},
        {QStringLiteral("opt_in_sms"), F::OptInSms},
        {QStringLiteral("opt_in_whatsapp"), F::OptInWhatsApp},
        {QStringLiteral("opt_in_voice"), F::OptInVoice},
        {QStringLiteral("do_not_contact"), F::DoNotContact},
        {QStringLiteral("tags"), F::Tags},
        {QStringLiteral("owner_email"), F::OwnerEmail},
        {QStringLiteral("source"), F::Source},
        {QStringLiteral("external_id"), F::ExternalId},
        {QStringLiteral("created_at"), F::CreatedAt},
        {QStringLiteral("updated_at"), std::nullopt}, // set by the import itself
        {QStringLiteral("custom:Shoe size"), F::Custom},
    };
    QStringList headers;
    for (const ExportField &field : exportFields())
        headers << QString::fromLatin1(field.key);
    headers << QStringLiteral("custom:Shoe size");
    const ColumnMapping mapping = ColumnMapping::automatic(headers);
    for (int column = 0; column < int(headers.size()); ++column) {
        ASSERT_TRUE(expected.contains(headers.at(column))) << "an exported column nobody expects: "
                                                           << headers.at(column).toStdString();
        EXPECT_EQ(fieldOf(mapping, column), expected.value(headers.at(column))) << headers.at(column).toStdString();
    }
    EXPECT_EQ(mapping.target(int(headers.size()) - 1).customName, QStringLiteral("Shoe size"));
    EXPECT_EQ(fieldOf(ColumnMapping::automatic(list({"id", "email"})), 0), ImportField::ExternalId)
        << "alone, an id column is the external id";
}

TEST(ColumnMapping, AnIdColumnOfLeadlineIdsIsTheKeyToTheContactsNotAnExternalId)
{
    const QStringList headers{QStringLiteral("id"), QStringLiteral("email")};
    const QList<QStringList> ours{{QStringLiteral("01a21c9d-dea9-7126-9533-6b80741ced5b"), QStringLiteral("a@example.com")},
                                  {QString(), QStringLiteral("b@example.com")},
                                  {QStringLiteral("01A21C9D-DEA9-7127-94F9-989AF6F15929"), QStringLiteral("c@example.com")}};
    ColumnMapping mapping = ColumnMapping::automatic(headers);
    ASSERT_EQ(fieldOf(mapping, 0), ImportField::ExternalId) << "by its header alone";
    mapping.recogniseLeadlineIds(ours);
    EXPECT_EQ(fieldOf(mapping, 0), ImportField::LeadlineId);

    const QList<QStringList> salesforce{{QStringLiteral("0035g00000XyZabAAB"), QStringLiteral("a@example.com")}};
    ColumnMapping theirs = ColumnMapping::automatic(headers);
    theirs.recogniseLeadlineIds(salesforce);
    EXPECT_EQ(fieldOf(theirs, 0), ImportField::ExternalId) << "another CRM's ids stay external ids";
    theirs.recogniseLeadlineIds(salesforce, true);
    EXPECT_EQ(fieldOf(theirs, 0), ImportField::LeadlineId) << "matching on Leadline ids takes the column as it is";

    ColumnMapping chosen = ColumnMapping::automatic(headers);
    chosen.setTarget(0, ColumnTarget{ImportField::Custom, QStringLiteral("Old id")});
    chosen.recogniseLeadlineIds(ours, true);
    EXPECT_EQ(fieldOf(chosen, 0), ImportField::Custom) << "a column chosen for another field keeps it";
    EXPECT_EQ(fieldOf(ColumnMapping::automatic(list({"Leadline ID", "email"})), 0), ImportField::LeadlineId);
}

TEST(ColumnMapping, AHeaderNamedLikeAStoredCustomFieldMapsToIt)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("shoe_size"), QStringLiteral("Title"),
                              QStringLiteral("Favourite colour")};
    const ColumnMapping mapping = ColumnMapping::automatic(headers, {QStringLiteral("Shoe Size"), QStringLiteral("Title")});
    EXPECT_EQ(mapping.target(1), (ColumnTarget{ImportField::Custom, QStringLiteral("Shoe Size")})) << "as it is spelt";
    EXPECT_EQ(mapping.target(2).field, ImportField::Title) << "a contact field stays that field";
    EXPECT_FALSE(mapping.target(3).field.has_value()) << "no such field is stored";
    EXPECT_FALSE(ColumnMapping::automatic(headers).target(1).field.has_value());
}

TEST(ColumnMapping, CheckNamesTheConflictingColumns)
{
    ColumnMapping mapping = ColumnMapping::automatic(list({"Email", "Work email"}));
    EXPECT_EQ(mapping.target(1).field, ImportField::OtherEmail);
    EXPECT_TRUE(mapping.check().hasValue());
    mapping.setTarget(1, ColumnTarget{ImportField::Email, {}});
    const auto result = mapping.check();
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("Work email"))) << result.error().message().toStdString();

    const auto nothing = ColumnMapping::automatic(list({"Favourite colour", "Shoe size"})).check();
    ASSERT_FALSE(nothing.hasValue());

    ColumnMapping custom = ColumnMapping::automatic(list({"Email", "Shoe size"}));
    custom.setTarget(1, ColumnTarget{ImportField::Custom, QStringLiteral("  ")});
    EXPECT_FALSE(custom.check().hasValue());
}

TEST(ColumnMapping, PresetsRoundTripAndApplyByHeader)
{
    ColumnMapping mapping = ColumnMapping::automatic(list({"Mail", "Shoe size", "Vorname", "Ignore me"}));
    mapping.setTarget(1, ColumnTarget{ImportField::Custom, QStringLiteral("shoe_size")});
    mapping.setTarget(3, ColumnTarget{});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preset.json"));
    ASSERT_TRUE(mapping.writePresetFile(path).hasValue());

    auto preset = ColumnMapping::readPresetFile(path);
    ASSERT_TRUE(preset.hasValue());
    // Another file with the same headers in another order and case.
    auto applied = ColumnMapping::fromPreset(*preset, list({"IGNORE ME", "vorname", "shoe size", "mail", "City"}));
    ASSERT_TRUE(applied.hasValue()) << applied.error().message().toStdString();
    EXPECT_TRUE(applied->target(0).isSkipped());
    EXPECT_EQ(applied->target(1).field, ImportField::FirstName);
    EXPECT_EQ(applied->target(2).field, ImportField::Custom);
    EXPECT_EQ(applied->target(2).customName, QStringLiteral("shoe_size"));
    EXPECT_EQ(applied->target(3).field, ImportField::Email);
    EXPECT_EQ(applied->target(4).field, ImportField::City) << "unknown headers fall back to the automatic guess";
}

TEST(ColumnMapping, APresetKeepsEachOfTheColumnsThatShareAName)
{
    ColumnMapping mapping = ColumnMapping::automatic(list({"Name", "Email", "Phone", "Phone"}));
    ASSERT_EQ(mapping.target(2).field, ImportField::Phone);
    ASSERT_EQ(mapping.target(3).field, ImportField::OtherPhone);
    const QJsonObject preset = mapping.toPreset();
    EXPECT_TRUE(preset.value(QStringLiteral("columns")).toObject().value(QStringLiteral("Phone")).isArray());
    auto applied = ColumnMapping::fromPreset(preset, mapping.headers());
    ASSERT_TRUE(applied.hasValue()) << applied.error().message().toStdString();
    EXPECT_EQ(applied->target(2).field, ImportField::Phone);
    EXPECT_EQ(applied->target(3).field, ImportField::OtherPhone);
    // A third such column, which the preset never saw, is guessed like any unknown column.
    auto more = ColumnMapping::fromPreset(preset, list({"Phone", "Phone", "Phone"}));
    ASSERT_TRUE(more.hasValue());
    EXPECT_EQ(more->target(2).field, ColumnMapping::automatic(list({"Phone", "Phone", "Phone"})).target(2).field);
}

TEST(ColumnMapping, APresetNamingOneTargetForANameLeavesFurtherColumnsOfItToTheGuess)
{
    const QJsonObject preset{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Phone"), QStringLiteral("phone")},
                                                                     {QStringLiteral("City"), QJsonArray{}}}}};
    auto applied = ColumnMapping::fromPreset(preset, list({"Phone", "Phone", "City"}));
    ASSERT_TRUE(applied.hasValue()) << applied.error().message().toStdString();
    EXPECT_EQ(applied->target(0).field, ImportField::Phone);
    EXPECT_EQ(applied->target(1).field, ImportField::OtherPhone) << "not a second main phone";
    EXPECT_EQ(applied->target(2).field, ImportField::City) << "an empty list says nothing: guessed";

    const QJsonObject skipping{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Phone"), QStringLiteral("skip")}}}};
    auto skipped = ColumnMapping::fromPreset(skipping, list({"Phone", "Phone", "Phone"}));
    ASSERT_TRUE(skipped.hasValue());
    for (int column = 0; column < 3; ++column)
        EXPECT_TRUE(skipped->target(column).isSkipped()) << "a skip holds for every column of the name: " << column;
}

TEST(ColumnMapping, APresetEntryOfTheSameSpellingWinsOverAnotherSpellingOfTheName)
{
    // Written by hand, or by an earlier version that kept each spelling apart: JSON keeps the
    // keys sorted, not in the file's order, and each column still takes its own.
    const QJsonObject preset{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Email"), QStringLiteral("email")},
                                                                     {QStringLiteral("E-mail"), QStringLiteral("other_email")}}}};
    auto applied = ColumnMapping::fromPreset(preset, list({"Email", "E-mail"}));
    ASSERT_TRUE(applied.hasValue()) << applied.error().message().toStdString();
    EXPECT_EQ(applied->target(0).field, ImportField::Email);
    EXPECT_EQ(applied->target(1).field, ImportField::OtherEmail);
    // A file with a third spelling takes the entries of those it lacks.
    auto another = ColumnMapping::fromPreset(preset, list({"e mail"}));
    ASSERT_TRUE(another.hasValue());
    EXPECT_FALSE(another->target(0).isSkipped());
}

TEST(ColumnMapping, EachSpellingKeepsItsChoiceWhereverItsColumnMoves)
{
    ColumnMapping mapping = ColumnMapping::automatic(list({"Email", "E-mail", "e mail", "Phone"}));
    mapping.setTarget(0, ColumnTarget{ImportField::Email, {}});
    mapping.setTarget(1, ColumnTarget{ImportField::OtherEmail, {}});
    mapping.setTarget(2, ColumnTarget{});
    const QJsonObject preset = mapping.toPreset();
    const QJsonObject columns = preset.value(QStringLiteral("columns")).toObject();
    EXPECT_EQ(columns.value(QStringLiteral("E-mail")).toString(), QStringLiteral("other_email"));
    EXPECT_EQ(columns.value(QStringLiteral("e mail")).toString(), QStringLiteral("skip"));
    EXPECT_EQ(preset.value(QStringLiteral("headers")).toArray().size(), 4);

    auto reordered = ColumnMapping::fromPreset(preset, list({"e mail", "Phone", "E-mail", "Email"}));
    ASSERT_TRUE(reordered.hasValue()) << reordered.error().message().toStdString();
    EXPECT_TRUE(reordered->target(0).isSkipped());
    EXPECT_EQ(reordered->target(1).field, ImportField::Phone);
    EXPECT_EQ(reordered->target(2).field, ImportField::OtherEmail);
    EXPECT_EQ(reordered->target(3).field, ImportField::Email);

    // A spelling the preset never saw takes those of its name this file lacks, in the order of
    // the file the preset was made from: "Email" first.
    auto respelled = ColumnMapping::fromPreset(preset, list({"EMAIL", "e-mail"}));
    ASSERT_TRUE(respelled.hasValue());
    EXPECT_EQ(respelled->target(0).field, ImportField::Email);
    EXPECT_EQ(respelled->target(1).field, ImportField::OtherEmail);
}

TEST(ColumnMapping, ANewCustomFieldNeedsANameThatShowsAndIsNotTooLong)
{
    ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("Notes")});
    const auto problemOf = [&](const QString &name) {
        mapping.setTarget(1, ColumnTarget{ImportField::Custom, name});
        EXPECT_TRUE(mapping.check().hasValue()) << "a stored field may have such a name";
        return mapping.newCustomFieldProblem(1);
    };
    EXPECT_TRUE(problemOf(QStringLiteral("Shoe size")).isEmpty());
    EXPECT_TRUE(problemOf(QStringLiteral("نام\u200cها")).isEmpty()) << "a joiner is part of the word";
    EXPECT_TRUE(problemOf(QString(ColumnMapping::kMaxCustomNameLength - 1, QLatin1Char('n')) + QStringLiteral("😀  ")).isEmpty())
        << "characters as people count them, spaces around left out";
    EXPECT_FALSE(problemOf(QString(ColumnMapping::kMaxCustomNameLength + 1, QLatin1Char('n'))).isEmpty());
    EXPECT_FALSE(problemOf(QStringLiteral("No\u200btes")).isEmpty());
    EXPECT_FALSE(problemOf(QStringLiteral("\ufeffNotes")).isEmpty());
    EXPECT_FALSE(problemOf(QStringLiteral("Notes") + QString::fromUcs4(U"\U000E0001")).isEmpty()) << "outside the basic plane too";
}

TEST(ColumnMapping, TwoColumnsCannotFillOneCustomField)
{
    // Two "Notes" columns of one file: one would overwrite the other in every contact.
    ColumnMapping mapping = ColumnMapping::automatic(
        {QStringLiteral("Email"), QStringLiteral("Notes"), QStringLiteral("Remarks"), QStringLiteral("Notes")});
    mapping.setTarget(1, ColumnTarget{ImportField::Custom, QStringLiteral("Notes")});
    mapping.setTarget(3, ColumnTarget{ImportField::Custom, QStringLiteral("Notes")});
    auto checked = mapping.check();
    ASSERT_FALSE(checked.hasValue());
    EXPECT_EQ(
        checked.error().message(),
        QStringLiteral("Columns 2 (\"Notes\") and 4 (\"Notes\") are both mapped to the custom field \"Notes\"; one "
                       "would overwrite the other. Give one of them another name, or skip it."));
    mapping.setTarget(3, ColumnTarget{ImportField::Custom, QStringLiteral("Notes 2")});
    EXPECT_TRUE(mapping.check().hasValue());
    mapping.setTarget(2, ColumnTarget{ImportField::Custom, QStringLiteral(" notes ")});
    EXPECT_FALSE(mapping.check().hasValue()) << "one field whatever the case";
}

TEST(ColumnMapping, NumberedStreetLinesFollowTheStreetAPresetChooses)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Business Street"), QStringLiteral("Business Street 2"),
                              QStringLiteral("Home Street"), QStringLiteral("Home Street 2")};
    EXPECT_EQ(ColumnMapping::automatic(headers).target(2).field, ImportField::StreetLine);
    // The home address is the address: its line follows it, the business line has no street.
    const QJsonObject preset{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Business Street"), QStringLiteral("skip")},
                                                                     {QStringLiteral("Home Street"), QStringLiteral("street")}}}};
    const auto mapping = ColumnMapping::fromPreset(preset, headers);
    ASSERT_TRUE(mapping.hasValue()) << mapping.error().message().toStdString();
    EXPECT_EQ(mapping->target(3).field, ImportField::Street);
    EXPECT_FALSE(mapping->target(2).field.has_value()) << "not under the home street";
    EXPECT_EQ(mapping->target(4).field, ImportField::StreetLine);
    // The same when the preset names the home street only: the business street it displaces
    // goes first, then the lines follow.
    const QJsonObject homeOnly{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("columns"), QJsonObject{{QStringLiteral("Home Street"), QStringLiteral("street")}}}};
    const auto home = ColumnMapping::fromPreset(homeOnly, headers);
    ASSERT_TRUE(home.hasValue());
    EXPECT_FALSE(home->target(1).field.has_value());
    EXPECT_EQ(home->target(3).field, ImportField::Street);
    EXPECT_FALSE(home->target(2).field.has_value());
    EXPECT_EQ(home->target(4).field, ImportField::StreetLine);
}

TEST(ColumnMapping, RejectsBrokenPresets)
{
    QJsonObject notOurs{{QStringLiteral("columns"), QJsonObject{}}};
    EXPECT_FALSE(ColumnMapping::fromPreset(notOurs, QStringList()).hasValue());
    QJsonObject badField{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("columns"), QJsonObject{{QStringLiteral("A"), QStringLiteral("shoe")}}}};
    const auto result = ColumnMapping::fromPreset(badField, {QStringLiteral("A")});
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("shoe")));

    QJsonObject columnsNotAnObject = badField;
    columnsNotAnObject.insert(QStringLiteral("columns"), QStringLiteral("Email"));
    const auto notAnObject = ColumnMapping::fromPreset(columnsNotAnObject, {QStringLiteral("Email")});
    ASSERT_FALSE(notAnObject.hasValue()) << "not the automatic mapping without a word";
    EXPECT_TRUE(notAnObject.error().message().contains(QStringLiteral("\"columns\""))) << notAnObject.error().message().toStdString();
    QJsonObject versionAsText = badField;
    versionAsText.insert(QStringLiteral("version"), QStringLiteral("1"));
    const auto asText = ColumnMapping::fromPreset(versionAsText, {QStringLiteral("A")});
    ASSERT_FALSE(asText.hasValue());
    EXPECT_TRUE(asText.error().message().contains(QStringLiteral("version \"1\";"))) << asText.error().message().toStdString();

    // Custom field names as a preset may give them: with a line break or a NUL. (Their length
    // is the import's to check: a field the contacts have keeps its name.)
    ColumnMapping custom = ColumnMapping::automatic({QStringLiteral("Email"), QStringLiteral("Notes")});
    for (const QString &name : {QStringLiteral("No\ntes"), QString::fromUtf16(u"No\0tes", 6), QStringLiteral("No\u2028tes")}) {
        custom.setTarget(1, ColumnTarget{ImportField::Custom, name});
        ASSERT_FALSE(custom.check().hasValue());
        EXPECT_TRUE(custom.check().error().message().contains(QStringLiteral("control character")));
    }

    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": ");
    broken.close();
    const auto read = ColumnMapping::readPresetFile(broken.fileName());
    ASSERT_FALSE(read.hasValue());
    EXPECT_TRUE(read.error().message().contains(QStringLiteral("not valid JSON")));
}

// A file without a row of names has columns "Column 1", "Column 2" ("Spalte 1" in German): a
// preset names them by place, "#1", so that it fits such a file in any language, and one
// written with the English names before is read the same way.
TEST(ColumnMapping, PresetsNameUnnamedColumnsByPlace)
{
    const QStringList unnamed = list({"Column 1", "Column 2", "Column 3"});
    ColumnMapping mapping = ColumnMapping::automatic(unnamed);
    mapping.setTarget(0, ColumnTarget{ImportField::FirstName, {}});
    mapping.setTarget(1, ColumnTarget{ImportField::Email, {}});
    const QJsonObject preset = mapping.toPreset();
    const QJsonObject columns = preset.value(QStringLiteral("columns")).toObject();
    EXPECT_EQ(columns.keys(), list({"#1", "#2", "#3"}));
    EXPECT_EQ(columns.value(QStringLiteral("#2")).toString(), QStringLiteral("email"));

    auto applied = ColumnMapping::fromPreset(preset, unnamed);
    ASSERT_TRUE(applied.hasValue());
    EXPECT_EQ(fieldOf(*applied, 0), ImportField::FirstName);
    EXPECT_EQ(fieldOf(*applied, 1), ImportField::Email);
    EXPECT_EQ(ColumnMapping::presetFit(preset, unnamed).namedColumns, 3);
    EXPECT_TRUE(ColumnMapping::presetFit(preset, unnamed).missingColumns.isEmpty());

    QJsonObject older = preset;
    older.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("Column 2"), QStringLiteral("email")}});
    older.insert(QStringLiteral("headers"), QJsonArray{QStringLiteral("Column 2")});
    auto fromOlder = ColumnMapping::fromPreset(older, unnamed);
    ASSERT_TRUE(fromOlder.hasValue());
    EXPECT_EQ(fieldOf(*fromOlder, 1), ImportField::Email);
    EXPECT_EQ(ColumnMapping::presetFit(older, unnamed).namedColumns, 1);

    // Columns truly named "Column 1", "Column 2" but one place further right keep their names,
    // and the preset applies back to their file.
    const QStringList shifted = list({"Email", "Column 1", "Column 2"});
    ColumnMapping named = ColumnMapping::automatic(shifted);
    named.setTarget(1, ColumnTarget{ImportField::FirstName, {}});
    named.setTarget(2, ColumnTarget{ImportField::Title, {}});
    const QJsonObject namedPreset = named.toPreset();
    EXPECT_EQ(namedPreset.value(QStringLiteral("columns")).toObject().keys(), list({"Column 1", "Column 2", "Email"}));
    auto back = ColumnMapping::fromPreset(namedPreset, shifted);
    ASSERT_TRUE(back.hasValue());
    EXPECT_EQ(fieldOf(*back, 1), ImportField::FirstName);
    EXPECT_EQ(fieldOf(*back, 2), ImportField::Title);
    EXPECT_EQ(ColumnMapping::presetFit(namedPreset, shifted).namedColumns, 3);
    EXPECT_TRUE(ColumnMapping::presetFit(namedPreset, shifted).missingColumns.isEmpty());
}
