#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The contact and company fields a spreadsheet column can be imported into, with the
// header names people and other CRMs use for them.
namespace Leadline::ImportExport {

enum class ImportField {
    FirstName,
    LastName,
    FullName,
    Email,
    OtherEmail,
    Phone,
    OtherPhone,
    Title,
    CompanyName,
    CompanyDomain,
    Street,
    City,
    Region,
    PostalCode,
    Country,
    TimeZone,
    LifecycleStage,
    OptInEmail,
    OptInSms,
    OptInWhatsApp,
    OptInVoice,
    DoNotContact,
    EmailOptOut, // yes: the contact opted out of email (Salesforce's "Email Opt Out")
    CallOptOut,  // yes: the contact opted out of calls (Salesforce's "Do Not Call")
    Tags,
    OwnerEmail,
    Source,
    ExternalId,
    LeadlineId, // the contact's own id, as Leadline's exports write it ("id"): what rows may be matched on
    CreatedAt,
    // A second address (Outlook's "Home Street" next to "Business Street"): the contact's
    // address for rows whose first address is empty.
    SecondStreet,
    SecondCity,
    SecondRegion,
    SecondPostalCode,
    SecondCountry,
    // Further lines of a street (Outlook's "Business Street 2", "Address line 2"): added
    // below the street of the first or the second address.
    StreetLine,
    SecondStreetLine,
    Custom, // a custom field; the mapping carries its name
};

enum class FieldKind { Text, Email, Phone, Enum, Boolean, Tags, Date };

// Fields as bits: every imported row carries a set, so it must not allocate.
class ImportFieldSet
{
public:
    bool contains(ImportField field) const { return (m_bits & bit(field)) != 0; }
    void insert(ImportField field) { m_bits |= bit(field); }
    ImportFieldSet &operator<<(ImportField field)
    {
        insert(field);
        return *this;
    }
    bool isEmpty() const { return m_bits == 0; }
    ImportFieldSet &operator|=(const ImportFieldSet &other)
    {
        m_bits |= other.m_bits;
        return *this;
    }

private:
    static_assert(int(ImportField::Custom) < 64);
    static quint64 bit(ImportField field) { return quint64(1) << int(field); }
    quint64 m_bits = 0;
};

struct ImportFieldInfo
{
    ImportField field;
    const char *key;   // stable, used in presets and --mapping files
    const char *label; // translated with context "ImportFields"
    FieldKind kind;
    // Several columns may map to it: other emails, other phones, tags and custom fields take
    // the values of all; the company name takes the first column with a value; an opt-out or
    // "do not contact" stands when any of its columns says yes.
    bool repeatable;
};

const QList<ImportFieldInfo> &importFields();
const ImportFieldInfo &fieldInfo(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
// Street → SecondStreet, and so on for the other address fields; nullopt for other fields.
std::optional<ImportField> secondAddressField(ImportField field);
bool isSecondAddressField(ImportField field);
QString fieldLabel(ImportField field);

// Header text reduced to what matters for matching: lower case letters and digits only
// ("E-mail 1 - Value" → "email1value", "Straße" → "strasse").
QString normalizedHeader(const QString &header);
// A normalised header without its number ("businessstreet2" → "businessstreet"): the name of
// the column it numbers.
QString withoutTrailingDigits(QString key);

// "Business Street 2", "Home Street 3": a further line of the street named like it.
bool isNumberedStreetLine(const QString &header);

// The field a header most likely means, from synonyms and the column names of exports from
// HubSpot, Salesforce, Mailchimp, Google Contacts and Outlook; nullopt when unsure.
std::optional<ImportField> guessField(const QString &header);
// Whether a header may well mean something other than the field it is a synonym of ("Title":
// a job title, or Mr./Dr. next to a "Job Title" column; "id": an external id, or the exporting
// system's own next to an "External id" column).
bool isAmbiguousHeader(const QString &header);
// Whether the automatic mapping takes a header for a field: what tells a file's row of column
// names from a title above it.
bool isKnownColumnName(const QString &header);

} // namespace Leadline::ImportExport
