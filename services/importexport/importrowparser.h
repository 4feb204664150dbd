#pragma once

#include "services/contacts/phonenormalizer.h"
#include "services/domain/entities.h"
#include "services/importexport/importoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <atomic>

namespace Leadline::ImportExport {

struct CellIssue
{
    int column = -1; // 0-based source column
    QString message; // translated: what is wrong with the value
};

// One source row turned into a contact, with what the row said about its company and owner.
struct ParsedRow
{
    qint64 sourceRow = 0; // 1-based line (CSV) or row (XLSX) in the file
    Domain::Contact contact;
    QString companyName;
    QString companyDomain;
    QString owner; // the user's email, or name (as CRM exports write the owner)
    QString leadlineId;        // the contact's id in this database, to find it by (never written)
    ImportFieldSet present;    // fields the row has a (valid) value for
    QStringList customPresent; // custom fields the row has a value for
    // A second address (Outlook's home address next to its business one): the address of a
    // contact the file creates that has none from its first address, taken whole, never a
    // street of one with the city of the other. A stored contact the row updates keeps its own.
    Domain::Address secondAddress;
    QList<CellIssue> issues;   // any issue rejects the row
    // Further street lines (ImportField::StreetLine), added below the street once every cell is read.
    QStringList streetLines;
    QStringList secondStreetLines;
    // Numbers of a file that gives each one's type (Google's "Phone 1 - Type"), with the rank of
    // that type in this row, ordered once every cell is read.
    struct RankedPhone
    {
        int rank = 0;
        QString e164;
        bool fromPhoneColumn = false;
    };
    QList<RankedPhone> rankedPhones;

    bool isRejected() const { return !issues.isEmpty(); }
    // The row's first address and first number, whichever column gave them: with "Business
    // Phone" empty, Outlook's "Mobile Phone" is the phone. What duplicates match on, and what a
    // contact the row creates holds as its email and phone (a stored contact it updates keeps
    // its own: see ContactImportJob).
    QString primaryEmail() const;
    QString primaryPhone() const;
    // The value de-duplication matches on (phones in E.164; emails as written, for the
    // importer to fold as the database does); empty if none.
    QString matchValue(MatchKey key) const;
    QString rejectReason(const QStringList &headers) const;
};

// What a file's own dates say of the order they are written in: "1/15/2024" can only be read
// month first, "15/1/2024" day first. A file that shows one order, and the other at most once in
// ten such dates (a typo), is read in it, so that its "2/3/2024" means what its other dates mean;
// one showing both more evenly, or neither, is read in the order chosen (the region's).
struct DateOrderEvidence
{
    struct Shown
    {
        QString date; // as written
        qint64 line = 0;
    };
    int dayFirst = 0;   // dates only day first reads
    int monthFirst = 0; // dates only month first reads
    Shown firstDayFirst; // the first of each
    Shown firstMonthFirst;

    // Adds what the row's cells in columns mapped to dates say.
    void addRow(const ColumnMapping &mapping, const QStringList &cells, qint64 sourceRow);
    std::optional<DateOrder> order() const;
    // Both orders, neither ten times the other: each date is read alone.
    bool isMixed() const { return dayFirst > 0 && monthFirst > 0 && !order(); }
    // The first date that shows the order settled; empty without one.
    Shown example() const;
    // The first date that only the other order reads, in a file that settled one; empty without
    // one. exceptions(): how many such dates there are.
    Shown exception() const;
    int exceptions() const { return order() ? qMin(dayFirst, monthFirst) : 0; }
};

// Turns cells into a validated contact: trims, splits full names, checks email syntax,
// normalises phones to E.164 (a cheap path for values already in E.164), parses enums,
// booleans and dates. Immutable after construction: parse() may run on many threads at once.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportRowParser)
public:
    ImportRowParser(ColumnMapping mapping, const ImportOptions &options);

    ParsedRow parse(const QStringList &cells, qint64 sourceRow) const;
    // The order "4/5/2023" is read in, as the file's dates settled it: only before the first parse().
    void setDateOrder(DateOrder order) { m_options.dateOrder = order; }
    DateOrder dateOrder() const { return m_options.dateOrder; }
    const ColumnMapping &mapping() const { return m_mapping; }
    // CPU time spent in phone normalisation so far, summed over all threads.
    qint64 phoneNanoseconds() const { return m_phoneNanos.load(std::memory_order_relaxed); }

    // The longest value a cell of the field may have, in characters (characterCount()); longer
    // ones reject the row.
    static qsizetype maxLength(ImportField field);
    static qsizetype characterCount(QStringView value);
    // Whether the field holds one line (a name, a city): line breaks in its cells become spaces.
    static bool isOneLine(ImportField field);
    static bool hasLineBreakOrTab(QStringView value);
    static constexpr qsizetype kMaxTagLength = 100;
    // One address or number of a cell that lists several (the cell may be longer).
    static constexpr qsizetype kMaxListedValueLength = 255;

    // Value parsers, public for the wizard's preview and for tests.
    static std::optional<Domain::LifecycleStage> parseLifecycleStage(const QString &text);
    static QString lifecycleStageNames(); // "Subscriber, Lead, …", the stages a cell may name
    static std::optional<Domain::OptInStatus> parseOptIn(const QString &text);
    static std::optional<bool> parseBoolean(const QString &text);
    static std::optional<Domain::LeadSource> parseSource(const QString &text);
    static QDateTime parseDate(const QString &text, DateOrder order);
    // The one order that reads a date of three numbers ("1/15/2024": month first), or nullopt
    // when both or neither do, or the text says its order itself (a year first, dots).
    static std::optional<DateOrder> onlyOrderReading(const QString &text);
    // Whether cells of the field are read as dates (a consent or opt-out column may hold when it was given).
    static bool readsDates(ImportField field);
    // The time zone id a cell names ("Europe/Berlin", HubSpot's "europe_slash_berlin", a label
    // such as "(GMT+01:00) Europe/Berlin"), or "" for none.
    static QString parseTimeZone(const QString &text);
    // Whether a cell of the field says "nothing" ("N/A", "-", "NULL"…) and is read as empty.
    static bool isPlaceholder(const QString &value, ImportField field);
    // The values of a cell that lists several, trimmed, empty ones left out. Every list splits
    // at ";" and ":::" (Google Contacts); WithComma also at ",", TagSeparators at "," and "|".
    enum class ListSeparators { WithoutComma, WithComma, TagSeparators };
    static QStringList splitList(const QString &value, ListSeparators separators);
    // The same, each value written in quotes ("Big, Spender") taken out of them.
    static QStringList splitQuotedList(const QString &value, ListSeparators separators);
    // Values as one cell that splitQuotedList() reads back: joined by the separator, a value
    // holding a separator or a quote in quotes (doubled inside), as Mailchimp writes its tags.
    static QString joinList(const QStringList &values, const QString &separator);
    // The region a row's phones without a country code are read in: the row's country when the
    // file has a country column that names one, else the default region.
    QString phoneRegionOf(const QStringList &cells) const;

private:
    // cells: the whole row, read for the region of its phones.
    void applyCell(ParsedRow &row, int column, const QString &value, const QStringList &cells) const;
    QString normalizePhone(ParsedRow &row, int column, const QString &value, const QString &region) const;

    ColumnMapping m_mapping;
    ImportOptions m_options;
    // The columns in the order parse() reads them: as in the file, except that the columns of
    // other numbers come best first, as the first of them is the phone of a contact without one:
    // a mobile or primary number before a home number, a fax last.
    QList<int> m_readingOrder;
    std::optional<int> m_countryColumn; // read for phones written without a country code
    std::optional<int> m_secondCountryColumn; // if the first names none
    // The column that gives the type of each phone column's number, where the file has one:
    // Google Contacts' "Phone 1 - Type" (newer exports: "Label") next to "Phone 1 - Value".
    QHash<int, int> m_phoneTypeColumns;
    // A column whose empty cell is read from another: Mailchimp's "CONFIRM_TIME", empty for a
    // member who subscribed without confirming, from its "OPTIN_TIME" (left unmapped beside it).
    QHash<int, int> m_emptyReadFrom;
    // The rank of a number of the column in this row by its type: 0 marked primary ("* Mobile"),
    // 2 a fax or pager, 1 otherwise.
    int phoneTypeRank(int column, const QStringList &cells) const;
    void orderRankedPhones(ParsedRow &row) const;
    Contacts::PhoneNormalizer m_phones;
    mutable std::atomic<qint64> m_phoneNanos{0};
};

} // namespace Leadline::ImportExport
