#include "services/importexport/importfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Leadline::ImportExport {

namespace {

using F = ImportField;
using K = FieldKind;

const QList<ImportFieldInfo> kFields = {
    {F::FirstName, "first_name", QT_TRANSLATE_NOOP("ImportFields", "First name"), K::Text, false},
    {F::LastName, "last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name"), K::Text, false},
    {F::FullName, "full_name", QT_TRANSLATE_NOOP("ImportFields", "Full name (split into first and last)"), K::Text,
     false},
    {F::Email, "email", QT_TRANSLATE_NOOP("ImportFields", "Email"), K::Email, false},
    {F::OtherEmail, "other_email", QT_TRANSLATE_NOOP("ImportFields", "Other email"), K::Email, true},
    {F::Phone, "phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), K::Phone, false},
    {F::OtherPhone, "other_phone", QT_TRANSLATE_NOOP("ImportFields", "Other phone"), K::Phone, true},
    {F::Title, "title", QT_TRANSLATE_NOOP("ImportFields", "Job title"), K::Text, false},
    // Repeatable: the first column with a value names the company (HubSpot's "Associated
    // Company" where its "Company Name" is empty).
    {F::CompanyName, "company_name", QT_TRANSLATE_NOOP("ImportFields", "Company name"), K::Text, true},
    {F::CompanyDomain, "company_domain", QT_TRANSLATE_NOOP("ImportFields", "Company domain / website"), K::Text, false},
    {F::Street, "street", QT_TRANSLATE_NOOP("ImportFields", "Street"), K::Text, false},
    {F::City, "city", QT_TRANSLATE_NOOP("ImportFields", "City"), K::Text, false},
    {F::Region, "region", QT_TRANSLATE_NOOP("ImportFields", "State / region"), K::Text, false},
    {F::PostalCode, "postal_code", QT_TRANSLATE_NOOP("ImportFields", "Postal code"), K::Text, false},
    {F::Country, "country", QT_TRANSLATE_NOOP("ImportFields", "Country"), K::Text, false},
    {F::TimeZone, "time_zone", QT_TRANSLATE_NOOP("ImportFields", "Time zone"), K::Text, false},
    {F::LifecycleStage, "lifecycle_stage", QT_TRANSLATE_NOOP("ImportFields", "Lifecycle stage"), K::Enum, false},
    {F::OptInEmail, "opt_in_email", QT_TRANSLATE_NOOP("ImportFields", "Email consent"), K::Enum, false},
    {F::OptInSms, "opt_in_sms", QT_TRANSLATE_NOOP("ImportFields", "SMS consent"), K::Enum, false},
    {F::OptInWhatsApp, "opt_in_whatsapp", QT_TRANSLATE_NOOP("ImportFields", "WhatsApp consent"), K::Enum, false},
    {F::OptInVoice, "opt_in_voice", QT_TRANSLATE_NOOP("ImportFields", "Voice call consent"), K::Enum, false},
    // Repeatable: a "yes" in any of the columns stands (HubSpot's "Unsubscribed from all email"
    // next to "Email Opt Out").
    {F::DoNotContact, "do_not_contact", QT_TRANSLATE_NOOP("ImportFields", "Do not contact"), K::Boolean, true},
    {F::EmailOptOut, "email_opt_out", QT_TRANSLATE_NOOP("ImportFields", "Opted out of email (yes/no)"), K::Boolean,
     true},
    {F::CallOptOut, "do_not_call", QT_TRANSLATE_NOOP("ImportFields", "Opted out of calls (yes/no)"), K::Boolean, true},
    {F::Tags, "tags", QT_TRANSLATE_NOOP("ImportFields", "Tags"), K::Tags, true},
    {F::OwnerEmail, "owner_email", QT_TRANSLATE_NOOP("ImportFields", "Owner (email or name)"), K::Text, false},
    {F::Source, "source", QT_TRANSLATE_NOOP("ImportFields", "Source"), K::Enum, false},
    {F::ExternalId, "external_id", QT_TRANSLATE_NOOP("ImportFields", "External id"), K::Text, false},
    {F::LeadlineId, "leadline_id", QT_TRANSLATE_NOOP("ImportFields", "Leadline id"), K::Text, false},
    {F::CreatedAt, "created_at", QT_TRANSLATE_NOOP("ImportFields", "Created on (keeps the original date)"), K::Date,
     false},
    // Used when a row's first address is empty (see ParsedRow::secondAddress).
    {F::SecondStreet, "second_street", QT_TRANSLATE_NOOP("ImportFields", "Second address: street"), K::Text, false},
    {F::SecondCity, "second_city", QT_TRANSLATE_NOOP("ImportFields", "Second address: city"), K::Text, false},
    {F::SecondRegion, "second_region", QT_TRANSLATE_NOOP("ImportFields", "Second address: state / region"), K::Text,
     false},
    {F::SecondPostalCode, "second_postal_code", QT_TRANSLATE_NOOP("ImportFields", "Second address: postal code"),
     K::Text, false},
    {F::SecondCountry, "second_country", QT_TRANSLATE_NOOP("ImportFields", "Second address: country"), K::Text, false},
    {F::StreetLine, "street_line", QT_TRANSLATE_NOOP("ImportFields", "Street, a further line"), K::Text, true},
    {F::SecondStreetLine, "second_street_line",
     QT_TRANSLATE_NOOP("ImportFields", "Second address: street, a further line"), K::Text, true},
    {F::Custom, "custom", QT_TRANSLATE_NOOP("ImportFields", "Custom field"), K::Text, true},
};

// Normalised header → field. Includes the column names of common CRM and address-book exports.
QHash<QString, ImportField> buildSynonyms()
{
    const QList<std::pair<ImportField, QList<const char *>>> table = {
        {F::FirstName,
         {"first name", "firstname", "first", "given name", "givenname", "forename", "vorname", "prenom", "prénom",
          "nombre", "fname", "first_name", "contact first name"}},
        {F::LastName,
         {"last name", "lastname", "last", "surname", "family name", "familyname", "nachname", "nom", "apellido",
          "apellidos", "lname", "last_name", "contact last name"}},
        {F::FullName,
         {"name", "full name", "fullname", "contact name", "display name", "contact", "person", "kontakt"}},
        {F::Email,
         {"email", "e-mail", "email address", "e-mail address", "mail", "emailaddress", "primary email", "work email",
          "email 1", "e-mail 1 - value", "email 1 - value", "e-mail 1", "email_address", "e-mail-adresse", "courriel",
          "correo", "correo electronico"}},
        {F::OtherEmail,
         {"email 2", "e-mail 2", "e-mail 2 address", "e-mail 2: adresse", "e-mail 3: adresse", "e-mail 2 - value",
          "email 2 - value", "e-mail 3 address", "e-mail 3 - value", "secondary email", "alternate email",
          "additional email addresses", "personal email", "other email", "other emails"}},
        {F::Phone,
         {"phone",
          "phone number",
          "telephone",
          "tel",
          "telefon",
          "telefonnummer",
          "téléphone",
          "telefono",
          "mobile",
          "mobile phone",
          "mobile phone number",
          "cell",
          "cell phone",
          "primary phone",
          "phone 1 - value",
          "business phone",
          "work phone",
          "mobilnummer",
          "handy",
          "phone_number",
          "telefon geschäftlich", // Outlook in German
          "mobiltelefon"}},
        {F::OtherPhone,
         {"phone 2 - value", "phone 3 - value", "home phone", "business phone 2", "other phone", "home phone 2",
          "secondary phone", "fax", "business fax", "other phones", "telefon privat", "telefon geschäftlich 2",
          "fax geschäftlich", "weiteres telefon"}},
        {F::Title,
         {"title", "job title", "jobtitle", "position", "role", "designation", "organization 1 - title",
          "organization title", "job", "berufsbezeichnung", "funktion", "poste", "cargo"}},
        {F::CompanyName,
         {"company", "company name", "organization", "organisation", "organization name", "organization 1 - name",
          "account name", "account", "firma", "unternehmen", "employer", "société", "entreprise", "empresa",
          "business name", "company / account", "associated company"}},
        // Not Google Contacts' "Website 1 - Value" nor Outlook's "Web Page": a person's own site
        // (often a LinkedIn profile) there, and as a company's domain it made one company of
        // every such contact's employer.
        {F::CompanyDomain,
         {"company domain", "company domain name", "domain", "website", "web site", "company website", "url",
          "homepage", "website url"}},
        {F::Street,
         {"street", "street address", "address", "address 1", "address line 1", "mailing street", "business street",
          "home street", "address 1 - street", "strasse", "straße", "adresse", "direccion", "address 1 - formatted",
          "straße geschäftlich", "straße privat"}},
        // Lines under the street; numbered ones of a street column ("Business Street 2") are
        // told by ColumnMapping::automatic().
        {F::StreetLine,
         {"address line 2", "address line 3", "address 2", "street 2", "street address 2", "street address line 2",
          "address 1 - extended address", "extended address", "adresszusatz", "complément d'adresse"}},
        {F::City,
         {"city", "town", "mailing city", "business city", "home city", "address 1 - city", "ort", "stadt", "ville",
          "ciudad", "locality", "ort geschäftlich", "ort privat"}},
        {F::Region,
         {"state", "region", "state/region", "province", "state/province", "mailing state/province", "business state",
          "home state", "address 1 - region", "bundesland", "county", "mailing state", "bundesland/kanton geschäftlich",
          "bundesland/kanton privat", "region geschäftlich", "region privat"}},
        {F::PostalCode,
         {"postal code", "zip", "zip code", "zipcode", "postcode", "post code", "plz", "postleitzahl",
          "zip/postal code", "mailing zip/postal code", "business postal code", "home postal code",
          "address 1 - postal code", "code postal", "codigo postal", "mailing postal code", "mailing zip",
          "postleitzahl geschäftlich", "postleitzahl privat"}},
        {F::Country,
         {"country", "country/region", "mailing country", "business country/region", "home country/region",
          "address 1 - country", "land", "pays", "pais", "country code", "land/region geschäftlich",
          "land/region privat"}},
        {F::TimeZone, {"time zone", "timezone", "tz", "zeitzone"}},
        {F::LifecycleStage, {"lifecycle stage", "lifecycle", "lifecyclestage", "stage", "lead stage"}},
        {F::OptInEmail,
         {"email opt in", "email opt-in", "email consent", "email marketing consent", "marketing emails", "subscribed",
          "newsletter", "email subscription", "opt in", "optin", "marketing consent", "email permission",
          // Mailchimp: when the subscriber confirmed or signed up (an opt-in either way)
          "confirm_time", "optin_time", "opt-in date", "opted in at", "subscribed at", "subscription date"}},
        {F::OptInSms,
         {"sms opt in", "sms opt-in", "sms consent", "sms marketing consent", "sms subscription", "text opt in"}},
        {F::OptInWhatsApp, {"whatsapp opt in", "whatsapp opt-in", "whatsapp consent"}},
        {F::OptInVoice, {"voice opt in", "call consent", "phone consent", "voice consent"}},
        {F::DoNotContact, {"do not contact", "opted out", "opted out of everything"}},
        {F::EmailOptOut,
         {"email opt out", "email opt-out", "emailoptout", "has opted out of email", "unsubscribed", "do not email",
          "unsubscribed from all email", "opted out of email marketing",
          // Mailchimp's exports of unsubscribed and of cleaned (bouncing) members: when that
          // happened. Either way the address is not to be mailed.
          "unsub_time", "clean_time", "unsubscribed at", "unsubscribe date", "opt-out date", "opted out at"}},
        {F::CallOptOut, {"do not call", "donotcall", "dnc", "call opt out", "opted out of calls"}},
        {F::Tags,
         {"tags", "tag", "labels", "label", "categories", "category", "groups", "group membership", "lists", "segments",
          "schlagworte", "kategorien"}},
        {F::OwnerEmail,
         {"owner", "contact owner", "owner email", "lead owner", "account owner", "assigned to", "sales rep",
          "hubspot owner", "record owner", "betreuer"}},
        {F::Source, {"source", "lead source", "original source", "contact source", "quelle", "origin"}},
        {F::ExternalId,
         {"id", "external id", "record id", "contact id", "lead id", "leid", "euid", "unique id", "customer id",
          "crm id", "salesforce id", "hubspot id", "member id", "kundennummer"}},
        {F::LeadlineId, {"leadline id", "leadline_id"}},
        {F::CreatedAt,
         {"create date", "created date", "created", "created at", "date added", "date created", "creation date",
          "erstellt am", "angelegt am", "date de creation", "fecha de creacion"}},
        // The app's own German column names, for an export written while it spoke German and read
        // while it speaks English (the labels of the language it speaks are known anyway).
        {F::OtherEmail, {"weitere e-mail-adressen", "weitere e-mail-adresse"}},
        {F::OtherPhone, {"weitere telefonnummern", "weitere telefonnummer"}},
        {F::Title, {"position"}},
        {F::CompanyName, {"unternehmen", "unternehmensname"}},
        {F::Region, {"bundesland / region"}},
        {F::PostalCode, {"postleitzahl"}},
        {F::TimeZone, {"zeitzone"}},
        {F::LifecycleStage, {"lebenszyklusphase"}},
        {F::OptInEmail, {"einwilligung e-mail"}},
        {F::OptInSms, {"einwilligung sms"}},
        {F::OptInWhatsApp, {"einwilligung whatsapp"}},
        {F::OptInVoice, {"einwilligung anrufe"}},
        {F::DoNotContact, {"nicht kontaktieren"}},
        {F::OwnerEmail, {"verantwortlicher (e-mail)", "verantwortlicher"}},
        {F::ExternalId, {"externe id"}},
        {F::LeadlineId, {"leadline-id"}},
        {F::CreatedAt, {"angelegt"}},
    };
    QHash<QString, ImportField> synonyms;
    for (const auto &[field, names] : table)
        for (const char *name : names)
            synonyms.insert(normalizedHeader(QString::fromUtf8(name)), field);
    return synonyms;
}

} // namespace

const QList<ImportFieldInfo> &importFields()
{
    return kFields;
}

const ImportFieldInfo &fieldInfo(ImportField field)
{
    for (const ImportFieldInfo &info : kFields)
        if (info.field == field)
            return info;
    return kFields.back();
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const ImportFieldInfo &info : kFields)
        if (key == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

QString fieldLabel(ImportField field)
{
    return QCoreApplication::translate("ImportFields", fieldInfo(field).label);
}

QString normalizedHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    // Most headers and enum cells are ASCII: skip Unicode decomposition for them (it runs
    // for every enum cell of an import).
    bool ascii = true;
    for (const QChar c : header) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            ascii = false;
            break;
        }
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (u >= u'A' && u <= u'Z')
            out += QChar(char16_t(u + 32));
    }
    if (ascii)
        return out;
    out.clear();
    // Decompose accents away, keep letters and digits only.
    const QString decomposed = header.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : decomposed) {
        if (c == QChar(0x00DF)) // ß
            out += QStringLiteral("ss");
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}

QString withoutTrailingDigits(QString key)
{
    while (!key.isEmpty() && key.back().isDigit())
        key.chop(1);
    return key;
}

namespace {

// The field a header names by the label the app gives it, in English or in the language the app
// speaks: the mapping's own field names, and the columns of an export written with readable
// names ("Voice call consent", "Einwilligung Anrufe"). key: normalizedHeader() of the header.
std::optional<ImportField> fieldOfLabel(const QString &key)
{
    // The export's column labels that differ from the mapping's field names.
    static const std::pair<const char *, ImportField> exportLabels[] = {
        {QT_TRANSLATE_NOOP("ExportFields", "Other emails"), F::OtherEmail},
        {QT_TRANSLATE_NOOP("ExportFields", "Other phones"), F::OtherPhone},
        {QT_TRANSLATE_NOOP("ExportFields", "Company"), F::CompanyName},
        {QT_TRANSLATE_NOOP("ExportFields", "Owner (email)"), F::OwnerEmail},
        {QT_TRANSLATE_NOOP("ExportFields", "Created"), F::CreatedAt},
    };
    const auto names = [&key](const char *context, const char *label) {
        return key == normalizedHeader(QString::fromLatin1(label)) ||
               key == normalizedHeader(QCoreApplication::translate(context, label));
    };
    for (const ImportFieldInfo &info : kFields)
        if (info.field != F::Custom && names("ImportFields", info.label))
            return info.field;
    for (const auto &[label, field] : exportLabels)
        if (names("ExportFields", label))
            return field;
    return std::nullopt;
}

// Google Contacts numbers a person's values ("E-mail 4 - Value", "Phone 5 - Value", "Address 2 - City")
// as far as the contact with the most of them needs: the first is the field, the further ones
// other addresses and numbers, the second address group the second address; no more.
std::optional<ImportField> numberedValueField(const QString &key, const QHash<QString, ImportField> &synonyms)
{
    static const QRegularExpression numbered(QStringLiteral("^([a-z]+)([0-9]+)([a-z]+)$"));
    const QRegularExpressionMatch match = numbered.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    const int number = match.captured(2).toInt();
    const auto first = synonyms.constFind(match.captured(1) + QLatin1Char('1') + match.captured(3));
    if (number < 2 || first == synonyms.constEnd())
        return std::nullopt;
    switch (*first) {
    case F::Email:
    case F::OtherEmail:
        return F::OtherEmail;
    case F::Phone:
    case F::OtherPhone:
        return F::OtherPhone;
    case F::StreetLine:
        return number == 2 ? std::optional(F::SecondStreetLine) : std::nullopt;
    default:
        return number == 2 ? secondAddressField(*first) : std::nullopt;
    }
}

} // namespace

std::optional<ImportField> guessField(const QString &header)
{
    static const QHash<QString, ImportField> synonyms = buildSynonyms();
    const QString key = normalizedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    if (auto it = synonyms.constFind(key); it != synonyms.constEnd())
        return *it;
    // Field keys themselves ("first_name") and numbered variants ("Email 3", "Phone2").
    for (const ImportFieldInfo &info : kFields)
        if (info.field != F::Custom && key == normalizedHeader(QLatin1String(info.key)))
            return info.field;
    if (const auto labelled = fieldOfLabel(key))
        return labelled;
    const QString withoutDigits = withoutTrailingDigits(key);
    if (withoutDigits != key) {
        if (auto it = synonyms.constFind(withoutDigits); it != synonyms.constEnd()) {
            if (*it == F::Email)
                return F::OtherEmail;
            if (*it == F::Phone)
                return F::OtherPhone;
            return *it;
        }
    }
    return numberedValueField(key, synonyms);
}

std::optional<ImportField> secondAddressField(ImportField field)
{
    switch (field) {
    case F::Street:
        return F::SecondStreet;
    case F::City:
        return F::SecondCity;
    case F::Region:
        return F::SecondRegion;
    case F::PostalCode:
        return F::SecondPostalCode;
    case F::Country:
        return F::SecondCountry;
    default:
        return std::nullopt;
    }
}

bool isSecondAddressField(ImportField field)
{
    return (field >= F::SecondStreet && field <= F::SecondCountry) || field == F::SecondStreetLine;
}

bool isAmbiguousHeader(const QString &header)
{
    // "id": an external id, unless the file has a column that says so (our own exports list
    // the contact's own id and its external id). Google Contacts' "Address 1 - Formatted" is
    // the whole address, written before its "Address 1 - Street".
    const QString key = normalizedHeader(header);
    // Mailchimp's "OPTIN_TIME" yields to its "CONFIRM_TIME" (a confirmed subscription) when both are there.
    if (key == QLatin1String("title") || key == QLatin1String("id") || key == QLatin1String("address1formatted") ||
        key == QLatin1String("optintime"))
        return true;
    // "Business Street 2" continues "Business Street" wherever it stands, so it waits for it.
    return isNumberedStreetLine(header);
}

bool isNumberedStreetLine(const QString &header)
{
    const QString key = normalizedHeader(header);
    const QString stem = withoutTrailingDigits(key);
    return stem != key && !key.endsWith(QLatin1Char('1')) && guessField(stem) == F::Street;
}

bool isKnownColumnName(const QString &header)
{
    return guessField(header).has_value();
}

} // namespace Leadline::ImportExport
