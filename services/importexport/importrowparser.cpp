#include "services/importexport/importrowparser.h"

#include "services/contacts/emailaddress.h"
#include "services/domain/uuid.h"
#include "services/importexport/formulaguard.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>

#include <span>

namespace Leadline::ImportExport {

using Domain::Channel;
using Domain::LifecycleStage;
using Domain::OptInStatus;

namespace {

// The domain of a company named by its web address, empty for a name. Written as an address
// ("https://acme.com/", "www.acme.com") it is one; written as a bare domain, its last part must
// be in lower case or a common top-level domain in any case ("ACME.COM"): "E.ON", "S.Oliver"
// and "J.Crew" are names.
QString domainNamingCompany(const QString &name)
{
    if (!name.contains(QLatin1Char('.')) || name.contains(QLatin1Char(' ')))
        return {};
    const QString domain = Contacts::normalizedDomain(name);
    if (!Contacts::isValidDomain(domain) || Contacts::isSharedHost(domain))
        return {};
    if (name.startsWith(QLatin1String("www."), Qt::CaseInsensitive) || name.contains(QLatin1String("://")))
        return domain;
    if (domain.compare(name, Qt::CaseInsensitive) != 0)
        return {};
    static const QStringList common{
        QStringLiteral("com"),  QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("io"),
        QStringLiteral("co"),   QStringLiteral("de"),  QStringLiteral("uk"),  QStringLiteral("fr"),
        QStringLiteral("nl"),   QStringLiteral("es"),  QStringLiteral("it"),  QStringLiteral("ch"),
        QStringLiteral("at"),   QStringLiteral("be"),  QStringLiteral("eu"),  QStringLiteral("us"),
        QStringLiteral("ca"),   QStringLiteral("au"),  QStringLiteral("se"),  QStringLiteral("dk"),
        QStringLiteral("fi"),   QStringLiteral("pl"),  QStringLiteral("pt"),  QStringLiteral("ie"),
        QStringLiteral("info"), QStringLiteral("biz")};
    const QStringView last = QStringView(name).mid(name.lastIndexOf(QLatin1Char('.')) + 1);
    const bool lowerCase =
        last.size() >= 2 && std::all_of(last.begin(), last.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    return lowerCase || common.contains(last.toString(), Qt::CaseInsensitive) ? domain : QString();
}

// Case- and punctuation-insensitive key for enum matching ("Marketing Qualified Lead" → "marketingqualifiedlead").
QString enumText(const QString &text)
{
    return normalizedHeader(text);
}

// An enum's stored keys and display names (in English, and in the language the app speaks),
// normalised, to its values; built once (enum cells are parsed by the million). The first
// value in order that has a text keeps it.
template <typename E> const QHash<QString, E> &enumTexts()
{
    static const QHash<QString, E> texts = [] {
        QHash<QString, E> byText;
        for (E value : Domain::allValues<E>()) {
            for (const QString &text : {enumText(Domain::toKey(value)), enumText(Domain::englishDisplayName(value)),
                                        enumText(Domain::displayName(value))})
                if (!byText.contains(text))
                    byText.insert(text, value);
        }
        return byText;
    }();
    return texts;
}

// key: the cell's enumText().
template <typename E> std::optional<E> matchEnum(const QString &key)
{
    const QHash<QString, E> &texts = enumTexts<E>();
    if (auto it = texts.constFind(key); it != texts.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace

QString ParsedRow::primaryEmail() const
{
    return contact.email.isEmpty() && !contact.otherEmails.isEmpty() ? contact.otherEmails.first() : contact.email;
}

QString ParsedRow::primaryPhone() const
{
    return contact.phone.isEmpty() && !contact.otherPhones.isEmpty() ? contact.otherPhones.first() : contact.phone;
}

QString ParsedRow::matchValue(MatchKey key) const
{
    switch (key) {
    case MatchKey::Email:
        return primaryEmail(); // folded as the database folds it by the importer (EmailKeys)
    case MatchKey::Phone:
        return primaryPhone();
    case MatchKey::ExternalId:
        return contact.externalId;
    case MatchKey::LeadlineId:
        return leadlineId;
    }
    return {};
}

QString ParsedRow::rejectReason(const QStringList &headers) const
{
    QStringList parts;
    for (const CellIssue &issue : issues) {
        if (issue.column >= 0)
            parts << QStringLiteral("%1: %2").arg(headers.value(issue.column, QString::number(issue.column + 1)),
                                                  issue.message);
        else
            parts << issue.message;
    }
    return parts.join(QStringLiteral("; "));
}

QStringList ImportRowParser::splitList(const QString &value, ListSeparators separators)
{
    // A plain scan: this runs for every tags cell. ":::" is Google Contacts' separator; a line
    // break is how a spreadsheet cell lists values one under the other.
    const auto isSeparator = [separators](QChar c) {
        switch (c.unicode()) {
        case u';':
        case u'\n':
        case u'\r':
        case QChar::LineSeparator:
        case QChar::ParagraphSeparator:
            return true;
        case u',':
            return separators != ListSeparators::WithoutComma;
        case u'|':
            return separators == ListSeparators::TagSeparators;
        default:
            return false;
        }
    };
    // honourQuotes: a value written in double quotes ("Big, Spender") holds no separators. A
    // quote left open makes the cell split as if it had none.
    const auto split = [&](bool honourQuotes, bool &leftOpen) {
        QStringList parts;
        qsizetype start = 0;
        bool quoted = false;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            qsizetype width = 1;
            if (i < value.size()) {
                if (honourQuotes && value.at(i) == QLatin1Char('"')) {
                    if (quoted && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('"'))
                        ++i; // a quote doubled inside
                    else if (quoted)
                        quoted = false; // the closing quote
                    else if (QStringView(value).mid(start, i - start).trimmed().isEmpty())
                        quoted = true; // a value that starts with a quote; one further in is text
                    continue;
                }
                if (quoted)
                    continue;
                if (QStringView(value).mid(i, 3) == QLatin1String(":::"))
                    width = 3;
                else if (!isSeparator(value.at(i)))
                    continue;
                // RFC 3966's extension ("+1 555 0100;ext=12") belongs to its number.
                else if (QStringView(value).mid(i + 1).trimmed().startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
                    continue;
            }
            if (const QString part = value.mid(start, i - start).trimmed(); !part.isEmpty())
                parts << part;
            i += width - 1;
            start = i + 1;
        }
        leftOpen = quoted;
        return parts;
    };
    bool leftOpen = false;
    QStringList parts = split(true, leftOpen);
    return leftOpen ? split(false, leftOpen) : parts;
}

QStringList ImportRowParser::splitQuotedList(const QString &value, ListSeparators separators)
{
    QStringList values = splitList(value, separators);
    for (QString &item : values)
        if (item.size() >= 2 && item.startsWith(QLatin1Char('"')) && item.endsWith(QLatin1Char('"')))
            item = item.mid(1, item.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\"")).trimmed();
    values.removeAll(QString());
    return values;
}

QString ImportRowParser::joinList(const QStringList &values, const QString &separator)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString &value : values) {
        const bool special = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
            return c == u';' || c == u',' || c == u'|' || c == u'"';
        }) || value.contains(QLatin1String(":::"));
        cells << (special ? QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"')
                          : value);
    }
    return cells.join(separator);
}

namespace {

// The values a cell lists: the cell itself when it lists one (no list to allocate for the
// million cells of an import that hold one each), else the values split into `storage`.
std::span<const QString> valuesOf(const QString &value, ImportRowParser::ListSeparators separators,
                                  QStringList &storage)
{
    const bool several =
        value.contains(QLatin1Char(';')) || value.contains(QLatin1String(":::")) ||
        (separators != ImportRowParser::ListSeparators::WithoutComma && value.contains(QLatin1Char(',')));
    if (!several)
        return {&value, 1};
    storage = ImportRowParser::splitList(value, separators);
    return {storage.cbegin(), storage.cend()};
}

} // namespace

ImportRowParser::ImportRowParser(ColumnMapping mapping, const ImportOptions &options)
    : m_mapping(std::move(mapping))
    , m_options(options)
{
    if (m_mapping.columnFor(ImportField::Phone) || m_mapping.columnFor(ImportField::OtherPhone)) {
        m_countryColumn = m_mapping.columnFor(ImportField::Country);
        m_secondCountryColumn = m_mapping.columnFor(ImportField::SecondCountry);
    }
    QList<int> otherPhoneColumns;
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        m_readingOrder << column;
        if (m_mapping.target(column).field == ImportField::OtherPhone)
            otherPhoneColumns << column;
    }
    const auto rank = [&](int column) {
        const QString &header = m_mapping.headers().at(column);
        if (guessField(header) == ImportField::Phone) // "Mobile Phone" after "Business Phone"
            return 0;
        return normalizedHeader(header).contains(QLatin1String("fax")) ? 2 : 1;
    };
    QList<int> best = otherPhoneColumns;
    std::stable_sort(best.begin(), best.end(), [&](int a, int b) { return rank(a) < rank(b); });
    for (qsizetype i = 0; i < otherPhoneColumns.size(); ++i)
        m_readingOrder[otherPhoneColumns.at(i)] = best.at(i);

    const auto columnNamed = [this](QLatin1String key) -> std::optional<int> {
        for (int column = 0; column < m_mapping.columnCount(); ++column)
            if (normalizedHeader(m_mapping.headers().at(column)) == key)
                return column;
        return std::nullopt;
    };
    if (const auto confirmed = columnNamed(QLatin1String("confirmtime")),
        optedIn = columnNamed(QLatin1String("optintime"));
        confirmed && optedIn && m_mapping.target(*confirmed).field == ImportField::OptInEmail &&
        m_mapping.target(*optedIn).isSkipped())
        m_emptyReadFrom.insert(*confirmed, *optedIn);

    // "Phone 1 - Value" and its "Phone 1 - Type": the type ranks the number in each row.
    static const QRegularExpression valueHeader(QStringLiteral(R"(^(.*\S)\s*-\s*value$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QHash<QString, int> columnsByHeader;
    for (int column = 0; column < m_mapping.columnCount(); ++column)
        columnsByHeader.insert(m_mapping.headers().at(column).trimmed().toLower(), column);
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        const std::optional<ImportField> field = m_mapping.target(column).field;
        if (field != ImportField::Phone && field != ImportField::OtherPhone)
            continue;
        const QRegularExpressionMatch match = valueHeader.match(m_mapping.headers().at(column).trimmed());
        if (!match.hasMatch())
            continue;
        for (const char *kind : {" - type", " - label"})
            if (const auto type = columnsByHeader.constFind(match.captured(1).toLower() + QLatin1String(kind));
                type != columnsByHeader.constEnd() && m_mapping.target(*type).isSkipped()) {
                m_phoneTypeColumns.insert(column, *type);
                break;
            }
    }
}

int ImportRowParser::phoneTypeRank(int column, const QStringList &cells) const
{
    const QString type = cells.value(m_phoneTypeColumns.value(column, -1)).trimmed();
    if (type.startsWith(QLatin1Char('*')))
        return 0;
    const QString key = normalizedHeader(type);
    return key.contains(QLatin1String("fax")) || key.contains(QLatin1String("pager")) ? 2 : 1;
}

void ImportRowParser::orderRankedPhones(ParsedRow &row) const
{
    // Best first, file order among equals: a "Work Fax" listed first is not where calls and
    // texts go. The best number is the contact's phone if the phone column gave one, as a
    // number of the phone column is otherwise.
    std::stable_sort(row.rankedPhones.begin(), row.rankedPhones.end(),
                     [](const ParsedRow::RankedPhone &a, const ParsedRow::RankedPhone &b) { return a.rank < b.rank; });
    const bool phoneGiven = std::any_of(row.rankedPhones.cbegin(), row.rankedPhones.cend(),
                                        [](const ParsedRow::RankedPhone &phone) { return phone.fromPhoneColumn; });
    for (const ParsedRow::RankedPhone &phone : std::as_const(row.rankedPhones)) {
        if (phoneGiven && row.contact.phone.isEmpty()) {
            row.contact.phone = phone.e164;
        } else {
            row.contact.otherPhones << phone.e164;
            row.present << ImportField::OtherPhone;
        }
    }
    row.rankedPhones.clear();
}

ParsedRow ImportRowParser::parse(const QStringList &cells, qint64 sourceRow) const
{
    ParsedRow row;
    row.sourceRow = sourceRow;
    row.contact.lifecycleStage = m_options.defaultStage;
    row.contact.source = Domain::LeadSource::Import;
    const int columns = qMin(int(cells.size()), m_mapping.columnCount());
    for (const int column : m_readingOrder) {
        if (column >= columns || m_mapping.target(column).isSkipped())
            continue;
        QString value = cells.at(column).trimmed();
        if (value.isEmpty())
            if (const auto from = m_emptyReadFrom.constFind(column); from != m_emptyReadFrom.constEnd())
                value = cells.value(*from).trimmed();
        // NUL characters carry nothing a person typed, and PostgreSQL text cannot hold them. A
        // byte order mark inside the text (files of several exports joined) is invisible.
        if (value.contains(QChar(0)))
            value.remove(QChar(0));
        if (value.contains(QChar::ByteOrderMark)) {
            value.remove(QChar::ByteOrderMark);
            value = value.trimmed();
        }
        // Undo the apostrophe an export puts before formula-like text ("'+4930…" → "+4930…",
        // "''=x" → "'=x").
        if (FormulaGuard::isGuarded(value))
            value.remove(0, 1);
        // A line break or tab in a one-line value (a name, a company, a city) is a space: a
        // cell edited in a spreadsheet often holds one. Streets and custom fields keep their
        // lines; lists of addresses, numbers and tags are split at them.
        if (isOneLine(*m_mapping.target(column).field) && hasLineBreakOrTab(value))
            value = value.simplified();
        if (const qsizetype limit = maxLength(*m_mapping.target(column).field);
            value.size() > limit && characterCount(value) > limit) {
            row.issues.append({column, tr("The value is longer than %1 characters").arg(limit)});
            continue;
        }
        if (!value.isEmpty() && !isPlaceholder(value, *m_mapping.target(column).field))
            applyCell(row, column, value, cells);
    }
    if (!row.rankedPhones.isEmpty())
        orderRankedPhones(row);
    for (const QString &tag : m_options.extraTags)
        if (!row.contact.tags.contains(tag, Qt::CaseInsensitive))
            row.contact.tags << tag;
    // Whatever order the columns came in, the street first, then its further lines. Lines
    // without a street ("Suite 200" alone) say too little to be an address, or to replace a
    // stored street.
    for (auto [street, lines] : {std::pair{&row.contact.address.street, &row.streetLines},
                                 std::pair{&row.secondAddress.street, &row.secondStreetLines}})
        if (!lines->isEmpty() && !street->isEmpty()) {
            lines->prepend(*street);
            lines->removeAll(QString());
            *street = lines->join(QLatin1Char('\n'));
        }

    // A company named by its web address ("acme.com", "Booking.com", "www.acme.com") is found by
    // that domain, as one a website column names: the company of that domain, not a second one
    // of that name.
    if (row.companyDomain.isEmpty() && !row.companyName.isEmpty())
        row.companyDomain = domainNamingCompany(row.companyName);

    const Domain::Contact &c = row.contact;
    if (!row.isRejected() && c.firstName.isEmpty() && c.lastName.isEmpty() && row.primaryEmail().isEmpty() &&
        row.primaryPhone().isEmpty() && c.externalId.isEmpty() && row.leadlineId.isEmpty())
        row.issues.append({-1, tr("The row has no name, email, phone or external id.")});
    return row;
}

qsizetype ImportRowParser::characterCount(QStringView value)
{
    // Characters as people count them, not UTF-16 units: an emoji is one (two units).
    return value.size() - std::count_if(value.begin(), value.end(), [](QChar c) { return c.isLowSurrogate(); });
}

bool ImportRowParser::isOneLine(ImportField field)
{
    switch (field) {
    case ImportField::Street:
    case ImportField::SecondStreet:
    case ImportField::StreetLine:
    case ImportField::SecondStreetLine:
    case ImportField::Custom:
    case ImportField::Email:
    case ImportField::OtherEmail:
    case ImportField::Phone:
    case ImportField::OtherPhone:
    case ImportField::Tags:
        return false;
    default:
        return true;
    }
}

bool ImportRowParser::hasLineBreakOrTab(QStringView value)
{
    for (const QChar c : value)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator || c == QLatin1Char('\v') || c == QLatin1Char('\f'))
            return true;
    return false;
}

qsizetype ImportRowParser::maxLength(ImportField field)
{
    // Values are indexed (names, titles, cities and companies for sorting, external ids and
    // tags for matching): PostgreSQL refuses index entries above 2,704 bytes, and people's
    // data fits in these with room to spare. Names are indexed together, each twice
    // (contacts_sort_name): four copies of up to 4 UTF-8 bytes a character.
    switch (field) {
    case ImportField::FirstName:
    case ImportField::LastName:
    case ImportField::FullName:
        return 150;
    case ImportField::Street:
    case ImportField::SecondStreet:
    case ImportField::StreetLine:
    case ImportField::SecondStreetLine:
        return 1000;
    case ImportField::Tags:  // several tags; each is also limited (kMaxTagLength)
    case ImportField::Email: // several addresses or numbers; each is also limited (kMaxListedValueLength)
    case ImportField::OtherEmail:
    case ImportField::Phone:
    case ImportField::OtherPhone:
    case ImportField::Custom:
        return 10000;
    default:
        return 255;
    }
}

namespace {

// The part of an address a field of the first or the second address names.
QString &addressPart(Domain::Address &address, ImportField field)
{
    switch (field) {
    case ImportField::City:
    case ImportField::SecondCity:
        return address.city;
    case ImportField::Region:
    case ImportField::SecondRegion:
        return address.region;
    case ImportField::PostalCode:
    case ImportField::SecondPostalCode:
        return address.postalCode;
    case ImportField::Country:
    case ImportField::SecondCountry:
        return address.country;
    default:
        return address.street;
    }
}

} // namespace

// Phones written without a country code are read as numbers of the row's country, when the
// file has a country column that names one ("DE", "Germany"), else of the default region:
// files that mix countries write each number as dialled there ("030 1234567" in Berlin).
QString ImportRowParser::phoneRegionOf(const QStringList &cells) const
{
    for (const std::optional<int> &column : {m_countryColumn, m_secondCountryColumn})
        if (column && *column < cells.size())
            if (QString region = Contacts::PhoneNormalizer::regionOfCountry(cells.at(*column)); !region.isEmpty())
                return region;
    return m_options.defaultRegion;
}

void ImportRowParser::applyCell(ParsedRow &row, int column, const QString &value, const QStringList &cells) const
{
    const ColumnTarget &target = m_mapping.target(column);
    Domain::Contact &c = row.contact;
    const auto issue = [&](const QString &message) { row.issues.append({column, message}); };
    const ImportField field = *target.field;

    switch (field) {
    case ImportField::FirstName:
        c.firstName = value;
        break;
    case ImportField::LastName:
        c.lastName = value;
        break;
    case ImportField::FullName: {
        QString first, last;
        const qsizetype comma = value.indexOf(QLatin1Char(','));
        if (comma > 0) { // "Smith, Ann"
            last = value.left(comma).trimmed();
            first = value.mid(comma + 1).trimmed();
        } else {
            const qsizetype space = value.lastIndexOf(QLatin1Char(' '));
            first = space > 0 ? value.left(space).trimmed() : value;
            last = space > 0 ? value.mid(space + 1).trimmed() : QString();
        }
        if (c.firstName.isEmpty())
            c.firstName = first;
        if (c.lastName.isEmpty())
            c.lastName = last;
        row.present << ImportField::FirstName << ImportField::LastName;
        return;
    }
    case ImportField::OwnerEmail:
        // HubSpot's "Contact owner" and Salesforce's "Lead Owner" name the user; others give an
        // address. Found among the users when the row is written.
        if (value.contains(QLatin1Char('@')) && !Contacts::isValidEmailAddress(value)) {
            issue(tr("\"%1\" is not a valid email address").arg(value));
            return;
        }
        row.owner = value;
        break;
    case ImportField::Email:
    case ImportField::OtherEmail: {
        // Outlook writes an Exchange user's directory name ("/o=ExchangeLabs/ou=…/cn=…", type
        // "EX") where others have an address: no address to reach, and no reason to lose the
        // row, whose next address column usually has the real one.
        if (value.startsWith(QLatin1String("/o="), Qt::CaseInsensitive))
            return;
        // A cell may hold several addresses ("a@x.com; b@y.com" as exports list them, "a@x.com ::: b@y.com"
        // from Google Contacts): the first of an email column is the email, the others are other emails.
        QStringList listed;
        const std::span<const QString> emails = valuesOf(value, ListSeparators::WithComma, listed);
        if (emails.empty())
            return; // separators only: no address, nothing to change
        for (const QString &email : emails)
            if (email.size() > kMaxListedValueLength) {
                issue(tr("The address \"%1…\" is longer than %2 characters")
                          .arg(email.left(20))
                          .arg(kMaxListedValueLength));
                return;
            } else if (!Contacts::isValidEmailAddress(email)) {
                issue(tr("\"%1\" is not a valid email address").arg(email));
                return;
            }
        for (size_t i = 0; i < emails.size(); ++i) {
            if (field == ImportField::Email && i == 0) {
                c.email = emails[i];
            } else {
                c.otherEmails << emails[i];
                row.present << ImportField::OtherEmail;
            }
        }
        break;
    }
    case ImportField::Phone:
    case ImportField::OtherPhone: {
        // Several numbers are listed with ";" (never ",": "+1 555 0100, ext. 12" is one number).
        QStringList listed;
        const std::span<const QString> numbers = valuesOf(value, ListSeparators::WithoutComma, listed);
        if (numbers.empty())
            return; // separators only: no number, nothing to change
        const QString region = phoneRegionOf(cells);
        for (size_t i = 0; i < numbers.size(); ++i) {
            if (numbers[i].size() > kMaxListedValueLength) {
                issue(tr("The number \"%1…\" is longer than %2 characters")
                          .arg(numbers[i].left(20))
                          .arg(kMaxListedValueLength));
                return;
            }
            const QString e164 = normalizePhone(row, column, numbers[i], region);
            if (e164.isEmpty())
                return;
            if (m_phoneTypeColumns.contains(column)) {
                row.rankedPhones.append({phoneTypeRank(column, cells), e164, field == ImportField::Phone && i == 0});
            } else if (field == ImportField::Phone && i == 0) {
                c.phone = e164;
            } else {
                c.otherPhones << e164;
                row.present << ImportField::OtherPhone;
            }
        }
        break;
    }
    case ImportField::Title:
        c.title = value;
        break;
    case ImportField::CompanyName:
        if (row.companyName.isEmpty()) // the first column with a value
            row.companyName = value;
        break;
    case ImportField::CompanyDomain:
        row.companyDomain = Contacts::normalizedDomain(value);
        if (row.companyDomain.isEmpty()) {
            issue(tr("\"%1\" is not a web domain").arg(value));
            return;
        }
        // A profile page (linkedin.com/in/…) or a free mail host names no employer: as a
        // company's domain it would make one company of everybody who gave one.
        if (Contacts::isSharedHost(row.companyDomain)) {
            row.companyDomain.clear();
            return;
        }
        break;
    case ImportField::Street:
    case ImportField::City:
    case ImportField::Region:
    case ImportField::PostalCode:
    case ImportField::Country:
        addressPart(c.address, field) = value;
        break;
    case ImportField::SecondStreet:
    case ImportField::SecondCity:
    case ImportField::SecondRegion:
    case ImportField::SecondPostalCode:
    case ImportField::SecondCountry:
        addressPart(row.secondAddress, field) = value;
        return; // not a field of the contact: see ParsedRow::secondAddress
    case ImportField::StreetLine:
        row.streetLines << value; // with the street, which marks the field as given
        return;
    case ImportField::SecondStreetLine:
        row.secondStreetLines << value;
        return;
    case ImportField::TimeZone: {
        const QString zone = parseTimeZone(value);
        if (zone.isEmpty()) {
            issue(tr("\"%1\" is not a known time zone (use names like Europe/Berlin)").arg(value));
            return;
        }
        c.timeZone = zone;
        break;
    }
    case ImportField::LifecycleStage:
        if (auto stage = parseLifecycleStage(value)) {
            c.lifecycleStage = *stage;
        } else {
            issue(tr("\"%1\" is not a lifecycle stage (%2)").arg(value, lifecycleStageNames()));
            return;
        }
        break;
    case ImportField::OptInEmail:
    case ImportField::OptInSms:
    case ImportField::OptInWhatsApp:
    case ImportField::OptInVoice: {
        auto status = parseOptIn(value);
        // When they opted in ("OPTIN_TIME", "CONFIRM_TIME" of Mailchimp's exports): they did.
        if (!status && parseDate(value, m_options.dateOrder).isValid())
            status = Domain::OptInStatus::OptedIn;
        if (!status) {
            issue(tr("\"%1\" is not a consent value (yes/no, opted in/opted out, pending)").arg(value));
            return;
        }
        if (*status == Domain::OptInStatus::Unknown)
            return; // says nothing: no consent to record, nothing to change
        const Channel channel = field == ImportField::OptInEmail      ? Channel::Email
                                : field == ImportField::OptInSms      ? Channel::Sms
                                : field == ImportField::OptInWhatsApp ? Channel::WhatsApp
                                                                      : Channel::Voice;
        // An opt-out in one column stands, whatever another column of the row says
        // ("Unsubscribed" true next to "Newsletter" yes): mailing someone who said no is the
        // mistake that cannot be taken back.
        if (c.optIn.value(channel) == Domain::OptInStatus::OptedOut)
            return;
        c.optIn.insert(channel, *status);
        break;
    }
    case ImportField::EmailOptOut:
    case ImportField::CallOptOut: {
        auto optedOut = parseBoolean(value);
        // When they opted out ("UNSUB_TIME" of Mailchimp's export of unsubscribed members): they did.
        if (!optedOut && parseDate(value, m_options.dateOrder).isValid())
            optedOut = true;
        if (!optedOut && parseOptIn(value) == Domain::OptInStatus::Unknown)
            return; // "unknown" says nothing, as in a consent column
        if (!optedOut) {
            issue(tr("\"%1\" is not yes or no").arg(value));
            return;
        }
        if (!*optedOut)
            return; // "not opted out" is not consent
        const bool email = field == ImportField::EmailOptOut;
        c.optIn.insert(email ? Channel::Email : Channel::Voice, Domain::OptInStatus::OptedOut);
        row.present << (email ? ImportField::OptInEmail : ImportField::OptInVoice);
        return;
    }
    case ImportField::DoNotContact:
        if (auto flag = parseBoolean(value)) {
            c.doNotContact = c.doNotContact || *flag; // a "no" in another column lifts no "yes"
        } else {
            issue(tr("\"%1\" is not yes or no").arg(value));
            return;
        }
        break;
    case ImportField::Tags:
        // Mailchimp quotes each of its tags: "VIP","Big, Spender"; so do our exports, for a tag
        // that holds a separator or a quote (joinList()).
        for (QString tag : splitQuotedList(value, ListSeparators::TagSeparators)) {
            // Google Contacts lists its own groups as "* myContacts", "* starred".
            if (tag.startsWith(QLatin1String("* "))) {
                tag = tag.mid(2).trimmed();
                if (tag == QLatin1String("myContacts"))
                    continue;
            }
            if (characterCount(tag) > kMaxTagLength) {
                issue(tr("The tag \"%1…\" is longer than %2 characters").arg(tag.left(20)).arg(kMaxTagLength));
                return;
            }
            if (!tag.isEmpty() && !c.tags.contains(tag, Qt::CaseInsensitive))
                c.tags << tag;
        }
        break;
    case ImportField::Source:
        // Sources are picklists every CRM extends ("Phone Inquiry", "AI Referrals"): one that
        // means none of ours leaves the contact's source "import" rather than losing the row.
        if (const auto source = parseSource(value); source && *source != Domain::LeadSource::Unknown) {
            c.source = *source;
        } else {
            // "Unknown" written out is what a new contact keeps (an export brought back gives the
            // same contacts), but it changes no stored source.
            if (source && enumText(value) == QLatin1String("unknown"))
                c.source = Domain::LeadSource::Unknown;
            return;
        }
        break;
    case ImportField::ExternalId:
        c.externalId = value;
        break;
    case ImportField::LeadlineId:
        // Ids are written in lower case; a spreadsheet may have changed that.
        if (const QString id = value.toLower(); Domain::isValidId(id)) {
            row.leadlineId = id;
        } else {
            issue(tr("\"%1\" is not a Leadline id (they look like 01a21c84-affe-707e-ab6a-2f57571961f8)").arg(value));
            return;
        }
        break;
    case ImportField::CreatedAt: {
        const QDateTime when = parseDate(value, m_options.dateOrder);
        if (!when.isValid()) {
            issue(tr("\"%1\" is not a date").arg(value));
            return;
        }
        c.createdAt = when;
        break;
    }
    case ImportField::Custom:
        c.customFields.insert(target.customName, value);
        row.customPresent << target.customName;
        return;
    }
    row.present << field;
}

QString ImportRowParser::normalizePhone(ParsedRow &row, int column, const QString &value, const QString &region) const
{
    // Values already in E.164 are validated too, from the numbering plan's patterns without
    // libphonenumber's parse (PhoneNormalizer::quickE164()): "+4900000000" is no number.
    QElapsedTimer timer;
    timer.start();
    auto e164 = m_phones.toE164(value, region);
    m_phoneNanos.fetch_add(timer.nsecsElapsed(), std::memory_order_relaxed);
    if (!e164) {
        row.issues.append({column, e164.error().message()});
        return {};
    }
    return *e164;
}

QString ImportRowParser::lifecycleStageNames()
{
    // Said with the reason a row is turned down, so the cell can be fixed without a manual.
    QStringList names;
    for (const LifecycleStage stage : Domain::allValues<LifecycleStage>())
        names << Domain::displayName(stage);
    return names.join(QStringLiteral(", "));
}

std::optional<LifecycleStage> ImportRowParser::parseLifecycleStage(const QString &text)
{
    const QString key = enumText(text);
    // Short forms, and the stages as files from German, French and Spanish CRMs name them.
    static const QHash<QString, LifecycleStage> spoken{
        {QStringLiteral("mql"), LifecycleStage::MarketingQualifiedLead},
        {QStringLiteral("sql"), LifecycleStage::SalesQualifiedLead},
        {QStringLiteral("prospect"), LifecycleStage::Lead},
        {QStringLiteral("abonnent"), LifecycleStage::Subscriber},
        {QStringLiteral("abonne"), LifecycleStage::Subscriber},
        {QStringLiteral("suscriptor"), LifecycleStage::Subscriber},
        {QStringLiteral("interessent"), LifecycleStage::Lead},
        {QStringLiteral("prospecto"), LifecycleStage::Lead},
        {QStringLiteral("verkaufschance"), LifecycleStage::Opportunity},
        {QStringLiteral("opportunite"), LifecycleStage::Opportunity},
        {QStringLiteral("oportunidad"), LifecycleStage::Opportunity},
        {QStringLiteral("kunde"), LifecycleStage::Customer},
        {QStringLiteral("client"), LifecycleStage::Customer},
        {QStringLiteral("cliente"), LifecycleStage::Customer},
        {QStringLiteral("won"), LifecycleStage::Customer},
        {QStringLiteral("closedwon"), LifecycleStage::Customer},
        {QStringLiteral("sonstige"), LifecycleStage::Other},
        {QStringLiteral("sonstiges"), LifecycleStage::Other},
        {QStringLiteral("kundin"), LifecycleStage::Customer},
        {QStringLiteral("fursprecher"), LifecycleStage::Evangelist},
        {QStringLiteral("evangeliste"), LifecycleStage::Evangelist},
        {QStringLiteral("marketingqualifizierterlead"), LifecycleStage::MarketingQualifiedLead},
        {QStringLiteral("vertriebsqualifizierterlead"), LifecycleStage::SalesQualifiedLead},
        {QStringLiteral("autre"), LifecycleStage::Other},
        {QStringLiteral("otro"), LifecycleStage::Other},
    };
    if (const auto it = spoken.constFind(key); it != spoken.cend())
        return *it;
    return matchEnum<LifecycleStage>(key);
}

std::optional<OptInStatus> ImportRowParser::parseOptIn(const QString &text)
{
    const QString key = enumText(text);
    // The app's own labels in its other language too (a file exported while it spoke German, read
    // while it speaks English), and what German, French and Spanish files write.
    static const QStringList yes = {QStringLiteral("subscribed"),  QStringLiteral("optin"),
                                    QStringLiteral("granted"),     QStringLiteral("angemeldet"),
                                    QStringLiteral("abonniert"),   QStringLiteral("inscrit"),
                                    QStringLiteral("eingewilligt")};
    static const QStringList no = {
        QStringLiteral("unsubscribed"), QStringLiteral("optout"),     QStringLiteral("revoked"),
        QStringLiteral("cleaned"),      QStringLiteral("abgemeldet"), QStringLiteral("abbestellt"),
        QStringLiteral("desinscrit"),   QStringLiteral("desabonne"),  QStringLiteral("dadodebaja")};
    if (yes.contains(key))
        return OptInStatus::OptedIn;
    if (no.contains(key))
        return OptInStatus::OptedOut;
    if (const auto answer = parseBoolean(text))
        return *answer ? OptInStatus::OptedIn : OptInStatus::OptedOut;
    static const QStringList confirmed = {QStringLiteral("doubleoptin"), QStringLiteral("confirmed"),
                                          QStringLiteral("doppeltbestatigt"),
                                          QStringLiteral("doppeltbestatigtdoubleoptin")};
    if (confirmed.contains(key))
        return OptInStatus::DoubleOptedIn;
    static const QStringList pending = {QStringLiteral("pending"),    QStringLiteral("unconfirmed"),
                                        QStringLiteral("ausstehend"), QStringLiteral("bestatigungausstehend"),
                                        QStringLiteral("enattente"),  QStringLiteral("pendiente")};
    if (pending.contains(key))
        return OptInStatus::Pending;
    static const QStringList unknown = {QStringLiteral("unbekannt"), QStringLiteral("inconnu"),
                                        QStringLiteral("desconocido")};
    if (unknown.contains(key))
        return OptInStatus::Unknown;
    return matchEnum<OptInStatus>(key);
}

std::optional<bool> ImportRowParser::parseBoolean(const QString &text)
{
    const QString key = enumText(text);
    // In English, German, French and Spanish, as spreadsheets in those languages write them.
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),        QStringLiteral("true"),
                                    QStringLiteral("1"),    QStringLiteral("x"),        QStringLiteral("ja"),
                                    QStringLiteral("wahr"), QStringLiteral("oui"),      QStringLiteral("vrai"),
                                    QStringLiteral("si"),   QStringLiteral("verdadero")};
    static const QStringList no = {QStringLiteral("no"),  QStringLiteral("n"),    QStringLiteral("false"),
                                   QStringLiteral("0"),   QStringLiteral("nein"), QStringLiteral("falsch"),
                                   QStringLiteral("non"), QStringLiteral("faux"), QStringLiteral("falso")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<Domain::LeadSource> ImportRowParser::parseSource(const QString &text)
{
    using Domain::LeadSource;
    // The values of Salesforce's "Lead Source" and HubSpot's "Original Source" fields, and
    // common spellings, as the sources they mean.
    static const QHash<QString, LeadSource> synonyms = [] {
        const std::pair<const char *, LeadSource> table[] = {
            {"web", LeadSource::Website},
            {"web form", LeadSource::Website},
            {"online", LeadSource::Website},
            {"organic search", LeadSource::Website},
            {"direct traffic", LeadSource::Website},
            {"inbound", LeadSource::Website},
            {"seo", LeadSource::Website},
            {"referrals", LeadSource::Referral},
            {"employee referral", LeadSource::Referral},
            {"external referral", LeadSource::Referral},
            {"customer referral", LeadSource::Referral},
            {"word of mouth", LeadSource::Referral},
            {"partner referral", LeadSource::Partner},
            {"partners", LeadSource::Partner},
            {"email marketing", LeadSource::Campaign},
            {"other campaigns", LeadSource::Campaign},
            {"email", LeadSource::Campaign},
            {"newsletter", LeadSource::Campaign},
            {"social media", LeadSource::Social},
            {"organic social", LeadSource::Social},
            {"advertisement", LeadSource::Advertising},
            {"ads", LeadSource::Advertising},
            {"paid search", LeadSource::Advertising},
            {"paid social", LeadSource::Advertising},
            {"ppc", LeadSource::Advertising},
            {"trade show", LeadSource::Event},
            {"tradeshow", LeadSource::Event},
            {"seminar internal", LeadSource::Event},
            {"seminar partner", LeadSource::Event},
            {"conference", LeadSource::Event},
            {"webinar", LeadSource::Event},
            {"events", LeadSource::Event},
            {"cold call", LeadSource::ColdOutreach},
            {"outbound", LeadSource::ColdOutreach},
            {"purchased list", LeadSource::Import},
            {"offline sources", LeadSource::Import},
            {"list import", LeadSource::Import},
            {"integration", LeadSource::Api},
            {"other", LeadSource::Unknown},
            {"none", LeadSource::Unknown},
            // The app's own German names, for a file exported while it spoke German.
            {"unbekannt", LeadSource::Unknown},
            {"manuell erfasst", LeadSource::Manual},
            {"empfehlung", LeadSource::Referral},
            {"kampagne", LeadSource::Campaign},
            {"werbung", LeadSource::Advertising},
            {"veranstaltung", LeadSource::Event},
            {"kaltakquise", LeadSource::ColdOutreach},
        };
        QHash<QString, LeadSource> byText;
        for (const auto &[name, source] : table)
            byText.insert(enumText(QString::fromLatin1(name)), source);
        return byText;
    }();
    const QString key = enumText(text);
    if (const auto it = synonyms.constFind(key); it != synonyms.constEnd())
        return *it;
    return matchEnum<LeadSource>(key);
}

bool ImportRowParser::isPlaceholder(const QString &value, ImportField field)
{
    // A spreadsheet's error value ("#DIV/0!", "#REF!": a formula that failed) is nothing, in
    // every field: nobody is called that.
    if (value.startsWith(QLatin1Char('#'))) {
        static const QStringList errors{
            QStringLiteral("#null!"),        QStringLiteral("#div/0!"),   QStringLiteral("#value!"),
            QStringLiteral("#ref!"),         QStringLiteral("#name?"),    QStringLiteral("#num!"),
            QStringLiteral("#n/a"),          QStringLiteral("#spill!"),   QStringLiteral("#calc!"),
            QStringLiteral("#getting_data"), QStringLiteral("#field!"),   QStringLiteral("#blocked!"),
            QStringLiteral("#unknown!"),     QStringLiteral("#connect!"), QStringLiteral("#busy!")};
        if (errors.contains(value, Qt::CaseInsensitive))
            return true;
    }
    // What spreadsheets and database dumps write for "nothing" ("N/A", "-", "NULL"): an empty
    // cell rather than a bad email, phone or website that rejects the row. Names and custom
    // fields keep what they say (a person may be called Null).
    if (value.size() > 4 || field == ImportField::FirstName || field == ImportField::LastName ||
        field == ImportField::FullName || field == ImportField::Custom)
        return false;
    // Asked of every short cell of an import ("DE", "lead"): most are answered by their first letter.
    const char16_t first = value.front().unicode();
    if (first != u'-' && first != u'—' && first != u'#' && first != u'n' && first != u'N')
        return false;
    static const QStringList placeholders{QStringLiteral("-"),    QStringLiteral("--"),   QStringLiteral("—"),
                                          QStringLiteral("n/a"),  QStringLiteral("#n/a"), QStringLiteral("na"),
                                          QStringLiteral("null"), QStringLiteral("nil")};
    // In a country column "NA" is Namibia, as the phone numbers of the row are read with it.
    if ((field == ImportField::Country || field == ImportField::SecondCountry) &&
        value.compare(QLatin1String("na"), Qt::CaseInsensitive) == 0)
        return false;
    return placeholders.contains(value, Qt::CaseInsensitive);
}

QString ImportRowParser::parseTimeZone(const QString &text)
{
    const auto known = [](const QString &id) { return QTimeZone::isTimeZoneIdAvailable(id.toUtf8()); };
    QString zone = text.trimmed();
    if (zone.isEmpty() || known(zone))
        return zone;
    // As CRMs write them: "america_slash_new_york" (HubSpot's values), "(GMT-05:00) America/New
    // York" (labels), "america/new_york".
    zone.replace(QLatin1String("_slash_"), QLatin1String("/"), Qt::CaseInsensitive);
    static const QRegularExpression area(QStringLiteral("[A-Za-z]+(?:/[A-Za-z][A-Za-z_ \\-]*)+"));
    if (const QRegularExpressionMatch match = area.match(zone); match.hasMatch())
        zone = match.captured(0).trimmed();
    zone.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (known(zone))
        return zone;
    // Each word capitalised as the zone database spells it ("new_york" → "New_York").
    QString spelled = zone.toLower();
    for (qsizetype i = 0; i < spelled.size(); ++i)
        if (i == 0 || spelled.at(i - 1) == QLatin1Char('/') || spelled.at(i - 1) == QLatin1Char('_') ||
            spelled.at(i - 1) == QLatin1Char('-'))
            spelled[i] = spelled.at(i).toUpper();
    return known(spelled) ? spelled : QString();
}

namespace {

// A time after a date: "14:30", "2:30:15 PM", Salesforce's ", 10:30 AM" (groups: hour,
// minutes, seconds, a or p).
const QString kTimeAfterDate =
    QStringLiteral(R"((?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?\s*([AaPp])?\.?[Mm]?\.?)?)");

// The time of a match of kTimeAfterDate starting at group first; midnight without one, invalid
// when it is no time.
QTime timeOf(const QRegularExpressionMatch &match, int first)
{
    if (match.capturedLength(first) == 0)
        return QTime(0, 0);
    int hour = match.capturedView(first).toInt();
    if (const QStringView half = match.capturedView(first + 3); !half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half.compare(u"p", Qt::CaseInsensitive) == 0 ? 12 : 0);
    }
    return QTime(hour, match.capturedView(first + 1).toInt(),
                 match.capturedLength(first + 2) > 0 ? match.capturedView(first + 2).toInt() : 0);
}

// "4/5/23": the latest such year that is not to come (the dates read are past ones).
int fullYear(QStringView written)
{
    const int year = written.toInt();
    if (written.size() > 2)
        return year;
    return 2000 + year <= QDate::currentDate().year() ? 2000 + year : 1900 + year;
}

// A month by its name or abbreviation in English, German, French or Spanish (as enumText()
// folds it: "März" is "marz"); 0 when it is none.
int monthNamed(QStringView name)
{
    static const QHash<QString, int> months = [] {
        const char *const names[12][9] = {
            {"january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene", nullptr},
            {"february", "feb", "februar", "fevrier", "fevr", "fev", "febrero", nullptr, nullptr},
            {"march", "mar", "marz", "mrz", "mars", "marzo", nullptr, nullptr, nullptr},
            {"april", "apr", "avril", "avr", "abril", "abr", nullptr, nullptr, nullptr},
            {"may", "mai", "mayo", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
            {"june", "jun", "juni", "juin", "junio", nullptr, nullptr, nullptr, nullptr},
            {"july", "jul", "juli", "juillet", "juil", "julio", nullptr, nullptr, nullptr},
            {"august", "aug", "aout", "agosto", "ago", nullptr, nullptr, nullptr, nullptr},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", nullptr, nullptr},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", nullptr, nullptr, nullptr},
            {"november", "nov", "novembre", "noviembre", "noviembre", nullptr, nullptr, nullptr, nullptr},
            {"december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", nullptr, nullptr}};
        QHash<QString, int> byName;
        for (int month = 0; month < 12; ++month)
            for (const char *text : names[month])
                if (text)
                    byName.insert(QString::fromLatin1(text), month + 1);
        return byName;
    }();
    return months.value(enumText(name.toString()), 0);
}

QDateTime inUtc(const QDate &date, const QTime &time)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999 || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// What Qt's ISO and RFC 2822 readers take, limited to four-digit years.
QDateTime fromStandardForm(const QString &value)
{
    QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value, Qt::ISODate);
    // A time without a zone is UTC here. Read as local time first, one in the hour a clock skips
    // in spring ("2024-03-31T02:30:00" in Berlin, a workbook's date cell) would be no time at all.
    if (!dt.isValid() && value.size() >= 16 && value.at(10) == u'T' && !value.endsWith(u'Z') && !value.contains(u'+') &&
        value.lastIndexOf(u'-') < 10)
        dt = QDateTime::fromString(value + QLatin1Char('Z'), Qt::ISODateWithMs);
    // "2023-04-05 14:30:00 +0200", as databases and logs write it: the ISO form with a space.
    static const QRegularExpression spaced(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(?:([+-]\d{2}):?(\d{2})|(Z|UTC|GMT))$)"));
    // (Each form only tried on text that may be one: a column of US dates is a million cells.)
    const bool mayBeSpacedIso = value.size() >= 16 && value.at(4) == u'-' && value.at(10) == u' ';
    if (!dt.isValid() && mayBeSpacedIso)
        if (const QRegularExpressionMatch match = spaced.match(value); match.hasMatch())
            dt = QDateTime::fromString(match.captured(1) + QLatin1Char('T') + match.captured(2) +
                                           (match.capturedLength(5) > 0
                                                ? QStringLiteral("Z")
                                                : match.captured(3) + QLatin1Char(':') + match.captured(4)),
                                       Qt::ISODateWithMs);
    // "Wed, 05 Apr 2023 14:30:00 GMT": mail and HTTP headers, some CRMs' exports.
    const bool mayBeRfc2822 =
        value.size() >= 10 && (value.front().isLetter() || value.at(1) == u' ' || value.at(2) == u' ');
    if (!dt.isValid() && mayBeRfc2822) {
        static const QRegularExpression namedUtc(QStringLiteral(R"(\s+(?:GMT|UTC?)$)"));
        QString rfc = value;
        dt = QDateTime::fromString(rfc.replace(namedUtc, QStringLiteral(" +0000")),
                                   Qt::RFC2822Date); // Qt reads no "GMT"
    }
    if (!dt.isValid())
        return {};
    dt = dt.timeSpec() == Qt::LocalTime ? QDateTime(dt.date(), dt.time(), Qt::UTC) : dt.toUTC();
    // Stored as four-digit years: an offset must not carry a date past 9999 or before 1.
    return dt.date().year() >= 1 && dt.date().year() <= 9999 ? dt : QDateTime();
}

// A date of three numbers ("2023-04-05", "5.4.2023", "4/5/23"), then maybe a time.
QRegularExpressionMatch matchNumericDate(const QString &value)
{
    static const QRegularExpression numbers(QStringLiteral(R"(^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?)") +
                                            kTimeAfterDate + QStringLiteral("$"));
    return numbers.match(value);
}

// A numeric date's readings in both orders, when its year comes last (as two or four digits).
struct BothReadings
{
    QDate dayFirst;
    QDate monthFirst;
};

std::optional<BothReadings> readingsOf(const QRegularExpressionMatch &match)
{
    if (match.capturedLength(1) == 4 || (match.capturedLength(4) != 4 && match.capturedLength(4) != 2))
        return std::nullopt;
    const auto number = [&](int group) { return match.capturedView(group).toInt(); };
    const int year = fullYear(match.capturedView(4));
    return BothReadings{QDate(year, number(3), number(1)), QDate(year, number(1), number(3))};
}

} // namespace

std::optional<DateOrder> DateOrderEvidence::order() const
{
    constexpr int kTimesTheOther = 10;
    if (dayFirst > 0 && dayFirst >= kTimesTheOther * monthFirst)
        return DateOrder::DayFirst;
    if (monthFirst > 0 && monthFirst >= kTimesTheOther * dayFirst)
        return DateOrder::MonthFirst;
    return std::nullopt;
}

std::optional<DateOrder> ImportRowParser::onlyOrderReading(const QString &text)
{
    const QString value = text.trimmed();
    const QRegularExpressionMatch match = matchNumericDate(value);
    if (!match.hasMatch() || match.capturedView(2) == u".")
        return std::nullopt;
    const std::optional<BothReadings> readings = readingsOf(match);
    if (!readings || readings->dayFirst.isValid() == readings->monthFirst.isValid())
        return std::nullopt;
    return readings->dayFirst.isValid() ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

bool ImportRowParser::readsDates(ImportField field)
{
    switch (field) {
    case ImportField::CreatedAt:
    case ImportField::OptInEmail:
    case ImportField::OptInSms:
    case ImportField::OptInWhatsApp:
    case ImportField::OptInVoice:
    case ImportField::EmailOptOut:
    case ImportField::CallOptOut:
        return true;
    default:
        return false;
    }
}

void DateOrderEvidence::addRow(const ColumnMapping &mapping, const QStringList &cells, qint64 sourceRow)
{
    for (int column = 0; column < qMin(int(cells.size()), mapping.columnCount()); ++column) {
        if (const ColumnTarget &target = mapping.target(column);
            target.isSkipped() || !ImportRowParser::readsDates(*target.field))
            continue;
        const std::optional<DateOrder> shown = ImportRowParser::onlyOrderReading(cells.at(column));
        if (!shown)
            continue;
        const bool isDayFirst = *shown == DateOrder::DayFirst;
        if (++(isDayFirst ? dayFirst : monthFirst) == 1)
            (isDayFirst ? firstDayFirst : firstMonthFirst) = Shown{cells.at(column).trimmed(), sourceRow};
    }
}

DateOrderEvidence::Shown DateOrderEvidence::example() const
{
    const std::optional<DateOrder> settled = order();
    if (!settled)
        return {};
    return *settled == DateOrder::DayFirst ? firstDayFirst : firstMonthFirst;
}

DateOrderEvidence::Shown DateOrderEvidence::exception() const
{
    const std::optional<DateOrder> settled = order();
    if (!settled)
        return {};
    return *settled == DateOrder::DayFirst ? firstMonthFirst : firstDayFirst;
}

QDateTime ImportRowParser::parseDate(const QString &text, DateOrder order)
{
    const QString value = text.trimmed();
    if (const QDateTime standard = fromStandardForm(value); standard.isValid())
        return standard;

    if (const QRegularExpressionMatch match = matchNumericDate(value); match.hasMatch()) {
        QDate date;
        if (match.capturedLength(1) == 4) { // year first
            if (match.capturedLength(4) <= 2)
                date =
                    QDate(match.capturedView(1).toInt(), match.capturedView(3).toInt(), match.capturedView(4).toInt());
        } else if (const std::optional<BothReadings> readings = readingsOf(match)) {
            // Dots are written day first everywhere. Otherwise the chosen order, and a date only
            // the other order reads ("4/25/2023" day first) is read so rather than rejected.
            if (match.capturedView(2) == u"." || order == DateOrder::DayFirst)
                date = readings->dayFirst.isValid() ? readings->dayFirst : readings->monthFirst;
            else
                date = readings->monthFirst.isValid() ? readings->monthFirst : readings->dayFirst;
        }
        return inUtc(date, timeOf(match, 5));
    }

    // The month by its name: "April 5, 2023", "Apr 5th 2023", then "5 April 2023", "5. April
    // 2023", "05-Apr-2023" (Excel's and Oracle's), each maybe with a time.
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^(?:\p{L}+,\s*)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))") + kTimeAfterDate +
        QStringLiteral("$"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})(?:\.|st|nd|rd|th)?(?:\s+|-)(\p{L}+)\.?(?:\s+|-)(\d{4}|\d{2}))") + kTimeAfterDate +
        QStringLiteral("$"));
    if (const QRegularExpressionMatch match = monthFirst.match(value); match.hasMatch())
        if (const int month = monthNamed(match.capturedView(1)); month > 0)
            return inUtc(QDate(match.capturedView(3).toInt(), month, match.capturedView(2).toInt()), timeOf(match, 4));
    if (const QRegularExpressionMatch match = dayFirst.match(value); match.hasMatch())
        if (const int month = monthNamed(match.capturedView(2)); month > 0)
            return inUtc(QDate(fullYear(match.capturedView(3)), month, match.capturedView(1).toInt()),
                         timeOf(match, 4));

    // "20230405": a date without separators, as some systems export one (this century or the last).
    static const QRegularExpression compact(QStringLiteral(R"(^(19|20)(\d{2})(\d{2})(\d{2})$)"));
    if (const QRegularExpressionMatch match = compact.match(value); match.hasMatch())
        return inUtc(QDate((match.capturedView(1).toInt() * 100) + match.capturedView(2).toInt(),
                           match.capturedView(3).toInt(), match.capturedView(4).toInt()),
                     QTime(0, 0));
    return {};
}

} // namespace Leadline::ImportExport
