#include "services/importexport/contactimportjob.h"

#include "services/core/filepaths.h"
#include "services/contacts/contactservice.h"
#include "services/contacts/customfieldregistry.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/bloomfilter.h"
#include "services/importexport/contactcolumns.h"
#include "services/importexport/emailkeys.h"
#include "services/importexport/emailowners.h"
#include "services/importexport/hashset.h"
#include "services/importexport/importbatchservice.h"
#include "services/importexport/importrowparser.h"
#include "services/importexport/rejectsfile.h"
#include "services/importexport/storedcontactupdates.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/xlsxreader.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"
#include "services/storage/databasefiles.h"
#include "services/storage/statementcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>
#include <unordered_map>

namespace Leadline::ImportExport {

using Domain::Channel;
using Domain::OptInStatus;

namespace {

// A contact the file matched, as stored before this chunk.
struct ExistingContact
{
    QString id;
    QString importBatchId;
    std::shared_ptr<const QList<ContactColumn>> columns; // the ones read, as columnsToCompare() gives them
    QVariantList stored;                                 // their values, as read

    QJsonValue value(ContactColumn column) const
    {
        const qsizetype index = columns->indexOf(column);
        Q_ASSERT_X(index >= 0, "ExistingContact::value", "a column the rows cannot change was not read");
        return index >= 0 ? valueFromDb(column, stored.at(index)) : QJsonValue(QJsonValue::Undefined);
    }
    // Whether a text column holds exactly this text, so that a row giving it changes nothing.
    // Cheaper than comparing value()s: a JSON string is a copy in another encoding.
    bool holdsText(ContactColumn column, const QString &text) const
    {
        const qsizetype index = columns->indexOf(column);
        if (index < 0)
            return false;
        const QVariant &value = stored.at(index);
        return value.typeId() == QMetaType::QString && !value.isNull() && *static_cast<const QString *>(value.constData()) == text;
    }
    // The contact as a row of the chunk changed it (values as written to the database), so that
    // a later row for it builds on that rather than on what was stored before the chunk.
    void hold(const QMap<ContactColumn, QVariant> &changed)
    {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            if (const qsizetype index = columns->indexOf(it.key()); index >= 0)
                stored[index] = it.value();
    }
};

QString companyKey(const QString &name, const QString &domain)
{
    if (!domain.isEmpty())
        return QStringLiteral("d:") + domain.toLower();
    return QStringLiteral("n:") + name.simplified().toLower();
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A contact an import creates has the first of its other addresses (numbers) as its email
// (phone) when the row gave none: ParsedRow::primaryEmail().
void takeFirstOtherIfEmpty(QString &primary, QStringList &others)
{
    if (primary.isEmpty() && !others.isEmpty())
        primary = others.takeFirst();
}

// The same address or number in two columns ("Phone" 030 1234567 and "Mobile" +49 30 1234567)
// is one: the others keep neither the contact's own nor one twice.
void dropRepeatedOthers(const QString &primary, QStringList &others, Qt::CaseSensitivity cs)
{
    if (others.isEmpty())
        return;
    QStringList kept;
    for (const QString &value : std::as_const(others))
        if (value.compare(primary, cs) != 0 && !kept.contains(value, cs))
            kept << value;
    others = kept;
}

// What a parsed row says about each contact column it has a value for. Given the contact it
// updates, texts that contact already holds are left out: they change nothing.
QHash<ContactColumn, QJsonValue> presentValues(const ParsedRow &row, const ExistingContact *stored = nullptr)
{
    const Domain::Contact &c = row.contact;
    QHash<ContactColumn, QJsonValue> v;
    const auto has = [&](ImportField f) { return row.present.contains(f); };
    const auto text = [&](ImportField f, ContactColumn column, const QString &value) {
        if (has(f) && !(stored && stored->holdsText(column, value)))
            v.insert(column, value);
    };
    text(ImportField::FirstName, ContactColumn::FirstName, c.firstName);
    text(ImportField::LastName, ContactColumn::LastName, c.lastName);
    // The others, less the stored contact's own email (phone) when the row gives none: its only
    // address, in a second column, is what it matched the contact on (ParsedRow::primaryEmail()).
    // A row that gives one may replace the stored one, which then stays among the others it lists.
    const auto others = [&](ImportField f, ContactColumn column, QStringList values, ContactColumn primary) {
        if (!has(f))
            return;
        if (stored && !has(f == ImportField::OtherEmail ? ImportField::Email : ImportField::Phone)) {
            const QString own = stored->value(primary).toString();
            values.removeIf([&own](const QString &value) { return value.compare(own, Qt::CaseInsensitive) == 0; });
            if (values.isEmpty())
                return;
        }
        v.insert(column, toJsonArray(values)); // without a stored contact: the columns rows name
    };
    text(ImportField::Email, ContactColumn::Email, c.email);
    others(ImportField::OtherEmail, ContactColumn::OtherEmails, c.otherEmails, ContactColumn::Email);
    text(ImportField::Phone, ContactColumn::Phone, c.phone);
    others(ImportField::OtherPhone, ContactColumn::OtherPhones, c.otherPhones, ContactColumn::Phone);
    text(ImportField::Title, ContactColumn::Title, c.title);
    text(ImportField::Street, ContactColumn::Street, c.address.street);
    text(ImportField::City, ContactColumn::City, c.address.city);
    text(ImportField::Region, ContactColumn::Region, c.address.region);
    text(ImportField::PostalCode, ContactColumn::PostalCode, c.address.postalCode);
    text(ImportField::Country, ContactColumn::Country, c.address.country);
    text(ImportField::TimeZone, ContactColumn::TimeZone, c.timeZone);
    text(ImportField::LifecycleStage, ContactColumn::LifecycleStage, Domain::toKey(c.lifecycleStage));
    text(ImportField::OptInEmail, ContactColumn::OptInEmail, Domain::toKey(c.optInFor(Channel::Email)));
    text(ImportField::OptInSms, ContactColumn::OptInSms, Domain::toKey(c.optInFor(Channel::Sms)));
    text(ImportField::OptInWhatsApp, ContactColumn::OptInWhatsApp, Domain::toKey(c.optInFor(Channel::WhatsApp)));
    text(ImportField::OptInVoice, ContactColumn::OptInVoice, Domain::toKey(c.optInFor(Channel::Voice)));
    if (has(ImportField::DoNotContact)) v.insert(ContactColumn::DoNotContact, c.doNotContact);
    text(ImportField::Source, ContactColumn::Source, Domain::toKey(c.source));
    text(ImportField::ExternalId, ContactColumn::ExternalId, c.externalId);
    return v;
}

// A stored contact a row updates keeps every address and number either of them holds: the
// row's email (phone) that does not become the contact's own joins its others, as does the
// stored one that the row's replaces (overwrite), and the row's others are added to the stored
// ones. `wanted` holds what presentValues() gave; its other emails and phones become the lists
// to store, or go when nothing is added.
void keepEveryAddressAndNumber(QHash<ContactColumn, QJsonValue> &wanted, const ExistingContact &current, bool overwrite)
{
    const auto merge = [&](ContactColumn primaryColumn, ContactColumn othersColumn, Qt::CaseSensitivity cs) {
        if (!wanted.contains(primaryColumn) && !wanted.contains(othersColumn))
            return;
        const QString stored = current.value(primaryColumn).toString();
        const QStringList storedOthers = current.value(othersColumn).toVariant().toStringList();
        QStringList others = storedOthers;
        QString primary = stored;
        QStringList joining;
        if (const QString given = wanted.value(primaryColumn).toString(); !given.isEmpty()) {
            if (stored.isEmpty() || overwrite)
                primary = given;
            joining << (primary == given ? stored : given);
        }
        joining += wanted.value(othersColumn).toVariant().toStringList();
        others.removeIf([&](const QString &value) { return value.compare(primary, cs) == 0; }); // now the own one
        for (const QString &value : std::as_const(joining))
            if (!value.isEmpty() && value.compare(primary, cs) != 0 && !others.contains(value, cs))
                others << value;
        if (others == storedOthers)
            wanted.remove(othersColumn);
        else
            wanted.insert(othersColumn, toJsonArray(others));
    };
    merge(ContactColumn::Email, ContactColumn::OtherEmails, Qt::CaseInsensitive);
    merge(ContactColumn::Phone, ContactColumn::OtherPhones, Qt::CaseSensitive);
}

// The stored columns that updating contacts from these rows compares, changes or keeps: those
// the rows give values for (as presentValues() names them), and the ones any update may set.
// Converting all 30 columns of every match was most of what looking contacts up cost.
QList<ContactColumn> columnsToCompare(const QList<ParsedRow> &rows)
{
    ParsedRow everything;
    for (const ParsedRow &row : rows)
        everything.present |= row.present;
    QSet<ContactColumn> wanted{ContactColumn::Email, ContactColumn::CompanyId, ContactColumn::CompanyName,
                               ContactColumn::OwnerId, ContactColumn::CustomFields};
    if (everything.present.contains(ImportField::OtherPhone)) // left out of the other phones
        wanted.insert(ContactColumn::Phone);
    // A row's email or phone that does not become the contact's own joins the others.
    if (everything.present.contains(ImportField::Email))
        wanted.insert(ContactColumn::OtherEmails);
    if (everything.present.contains(ImportField::Phone))
        wanted.insert(ContactColumn::OtherPhones);
    const QHash<ContactColumn, QJsonValue> given = presentValues(everything);
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        wanted.insert(it.key());
    QList<ContactColumn> columns;
    for (ContactColumn column : allContactColumns())
        if (wanted.contains(column))
            columns << column;
    return columns;
}

bool isEmptyValue(ContactColumn column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString()) {
        const QString text = value.toString();
        // Enum columns hold a default rather than nothing: the default counts as empty.
        if (column == ContactColumn::OptInEmail || column == ContactColumn::OptInSms
            || column == ContactColumn::OptInWhatsApp || column == ContactColumn::OptInVoice)
            return text == QLatin1String("unknown");
        if (column == ContactColumn::Source)
            return text == QLatin1String("unknown");
        return text.isEmpty();
    }
    if (value.isArray())
        return value.toArray().isEmpty();
    if (value.isObject())
        return value.toObject().isEmpty();
    if (value.isBool())
        return !value.toBool();
    return false;
}

// Qt SQL binds a null QString as NULL; NOT NULL text columns need an empty string.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A later row of the file for a contact an earlier row of the same chunk creates: the same
// fill/overwrite rule as for stored contacts, applied before the contact is written.
// An address is merged part by part, except into one a contact took whole from a second
// address group (mergeAddress false): that one another address replaces whole, or not at all.
void mergeInto(Domain::Contact &target, const ParsedRow &row, bool overwrite, bool mergeAddress)
{
    const Domain::Contact &c = row.contact;
    const auto text = [&](ImportField field, QString &into, const QString &value) {
        if (row.present.contains(field) && (overwrite || into.isEmpty()))
            into = value;
    };
    text(ImportField::FirstName, target.firstName, c.firstName);
    text(ImportField::LastName, target.lastName, c.lastName);
    // The number that does not become the contact's own joins its others (keepEveryAddressAndNumber()).
    if (row.present.contains(ImportField::Phone) && !target.phone.isEmpty() && c.phone != target.phone) {
        const QString &joining = overwrite ? target.phone : c.phone;
        if (!target.otherPhones.contains(joining))
            target.otherPhones << joining;
    }
    text(ImportField::Phone, target.phone, c.phone);
    target.otherPhones.removeAll(target.phone);
    text(ImportField::Title, target.title, c.title);
    if (mergeAddress) {
        text(ImportField::Street, target.address.street, c.address.street);
        text(ImportField::City, target.address.city, c.address.city);
        text(ImportField::Region, target.address.region, c.address.region);
        text(ImportField::PostalCode, target.address.postalCode, c.address.postalCode);
        text(ImportField::Country, target.address.country, c.address.country);
    }
    text(ImportField::TimeZone, target.timeZone, c.timeZone);
    text(ImportField::ExternalId, target.externalId, c.externalId);
    for (const QString &email : c.otherEmails)
        if (!target.otherEmails.contains(email, Qt::CaseInsensitive) &&
            email.compare(target.email, Qt::CaseInsensitive) != 0)
            target.otherEmails << email;
    for (const QString &phone : c.otherPhones)
        if (!target.otherPhones.contains(phone) && phone != target.phone)
            target.otherPhones << phone;
    if (row.present.contains(ImportField::LifecycleStage) && overwrite)
        target.lifecycleStage = c.lifecycleStage;
    if (row.present.contains(ImportField::Source) && (overwrite || target.source == Domain::LeadSource::Import))
        target.source = c.source;
    if (row.present.contains(ImportField::DoNotContact) && (overwrite || !target.doNotContact))
        target.doNotContact = c.doNotContact;
    for (auto it = c.optIn.constBegin(); it != c.optIn.constEnd(); ++it)
        if (overwrite || target.optInFor(it.key()) == OptInStatus::Unknown)
            target.optIn.insert(it.key(), it.value());
    for (const QString &name : row.customPresent)
        if (overwrite || target.customFields.value(name).toString().isEmpty())
            target.customFields.insert(name, c.customFields.value(name));
}

// Frees the rows of a finished chunk on the worker pool: millions of small strings whose
// release would otherwise cost the writing thread about a second per million rows.
template <typename T> void freeOnPool(T &&rows)
{
    (void)QtConcurrent::run([finished = std::forward<T>(rows)] {});
}

ContactColumn optInColumn(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return ContactColumn::OptInEmail;
    case Channel::Sms:
        return ContactColumn::OptInSms;
    case Channel::WhatsApp:
        return ContactColumn::OptInWhatsApp;
    case Channel::Voice:
        return ContactColumn::OptInVoice;
    }
    return ContactColumn::OptInEmail;
}

const QList<std::pair<ImportField, Channel>> kConsentFields = {
    {ImportField::OptInEmail, Channel::Email},
    {ImportField::OptInSms, Channel::Sms},
    {ImportField::OptInWhatsApp, Channel::WhatsApp},
    {ImportField::OptInVoice, Channel::Voice},
};

} // namespace

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("batch_id"), batchId},   {QStringLiteral("rows"), rows},
                       {QStringLiteral("created"), created},    {QStringLiteral("updated"), updated},
                       {QStringLiteral("skipped"), skipped},    {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rejects_file"), rejectsFile.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                              : QJsonValue(rejectsFile)},
                       {QStringLiteral("unknown_owner_rows"), unknownOwnerRows},
                       {QStringLiteral("unknown_owners"), QJsonArray::fromStringList(unknownOwners)},
                       {QStringLiteral("more_unknown_owners"), moreUnknownOwners}};
}

class ContactImportJob::Private
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ContactImportJob)
public:
    Private(std::shared_ptr<Storage::Database> database, const Domain::Clock &clockRef, ImportOptions importOptions,
            Domain::Actor importActor)
        : db(std::move(database))
        , clock(clockRef)
        , options(std::move(importOptions))
        , actor(std::move(importActor))
        , bulk(db)
    {
    }

    Result begin();
    struct CompanyRef
    {
        QString id;
        QString name; // contacts carry it as company_name
    };
    struct Chunk
    {
        QList<TabularRow> rows;
        struct ReadError
        {
            TabularRow row; // its line and cells as read
            QString message;
        };
        QList<ReadError> readErrors; // rows the reader could not shape
        QList<ParsedRow> parsed;                      // rows, parsed, in the same order
        // Per parsed row, worked out on the pool too: the company key (empty without a
        // company) and the de-duplication key (empty without one).
        QStringList companyKeys;
        QList<const CompanyRef *> companyOf; // by resolveCompanies(): null without a company
        QStringList createdCompanies;        // the ids of those it made
        QStringList matchKeys;
        QList<size_t> matchHashes; // qHash() of the match keys
        // Rows whose email the database must fold into its key (see EmailKeys): their match
        // keys hold the email as written until processChunk() asks.
        QList<qsizetype> keysToFold;
        bool more = false;                            // the file goes on
        qint64 bytesRead = 0;                         // of the file, after this chunk
        std::optional<Error> failure;                 // the file cannot be read on
    };
    // Reads up to kChunkRows rows; false at the end of the file.
    Expected<bool> readChunk(Chunk &chunk);
    // Reads and parses the next chunk; runs on the worker pool, one call at a time.
    Chunk prepareChunk();
    // Moves the parsed contacts out of the chunk.
    Result processChunk(Chunk &chunk);
    Result foldKeys(Chunk &chunk) const;
    Result dropUnlinkedTags(const QStringList &created, const QList<Storage::ContactTagLink> &links);
    Result dropUnlinkedCompanies(const QStringList &created, const QSet<QString> &linked);
    Expected<QSet<QString>> dropUnlinked(const QString &table, const QStringList &created, const QSet<QString> &linked);
    Result finish(const QString &status, const QString &error);
    Expected<qint64> liveContacts() const;
    Result deferIndexesIfLarge(qint64 estimatedRows, qint64 existingRows);
    // Whether a match key may belong to a stored contact, so that it must be looked up.
    bool mayExist(size_t keyHash) const
    {
        if (databaseHadContacts)
            return true;
        return createdExactly ? createdExactly->contains(keyHash) : createdKeys.mayContain(keyHash);
    }
    // Whether the email index this import deferred must be built before the chunk: a row
    // repeats an email an earlier chunk wrote (its contact is looked up by it), or the exact
    // set is as large as it may grow. (Nobody else can save an email meanwhile: see
    // DeferredIndexes.)
    Expected<bool> needsEmailIndex(Chunk &chunk);

    Expected<QHash<QString, ExistingContact>> lookupExisting(const QStringList &keys, const QList<ParsedRow> &rows) const;
    Result resolveCompanies(Chunk &chunk, const QVariant &now);
    Expected<QString> resolveOwner(const QString &owner); // an active user's email or name → id, "" if none
    Expected<QString> findUser(const QString &owner, bool activeOnly) const;
    Result resolveDefaultOwner(); // ImportOptions::defaultOwner → defaultOwnerId, or why not
    void reject(qint64 line, const QStringList &cells, const QString &reason);
    // What an update of a contact from before the batch replaced and wrote, for revert.
    // (Kept in memory for the chunk, then written with its batch: takeUpdateRecords().)
    Result recordUpdate(const QString &contactId, const QJsonObject &previous, const QJsonObject &applied);
    void takeUpdateRecords(Storage::BulkBatch &batch);
    // Reads the records earlier chunks saved for these contacts, for recordUpdate(): those
    // updatesRecorded may hold, all at once (a statement each for the filter's wrong "maybe"s
    // was a round trip each on PostgreSQL, for 1–2 % of the contacts).
    Result loadEarlierRecords(const QHash<QString, ExistingContact> &existing);
    Result saveCounters(const QString &status, const QString &error);

    std::shared_ptr<Storage::Database> db;
    const Domain::Clock &clock;
    ImportOptions options;
    Domain::Actor actor;
    ImportSummary summary;
    Storage::BulkWriter bulk;

    std::unique_ptr<TabularReader> reader;
    std::optional<ImportRowParser> parser;
    std::unique_ptr<RejectsFile> rejects;
    bool indexesDeferred = false;
    // Into a database without contacts, only keys this import created can match: a filter of
    // their hashes (~2 bytes a contact instead of the key) says which keys to look up, and a
    // wrong "maybe" costs one lookup that finds nothing.
    bool databaseHadContacts = true;
    BloomFilter createdKeys;
    // Instead, while the unique email index is deferred (an import into a table without
    // contacts, matching on email), the hashes exactly: 8–16 bytes a contact, up to
    // kExactKeysAtMost of them; then the index is built and they move to the filter.
    std::optional<HashSet> createdExactly;
    static constexpr qsizetype kExactKeysAtMost = 3'000'000;
    std::optional<EmailKeys> emailKeys; // how the database compares emails
    // Matched on phone or external id, rows may give an email another contact holds.
    std::optional<EmailOwners> emailOwners;
    struct KeyHash
    {
        size_t operator()(const QString &key) const { return qHash(key); }
    };
    // Node-based, so that a chunk's rows can point at their company (Chunk::companyOf) while
    // companies are added.
    using CompanyMap = std::unordered_map<QString, CompanyRef, KeyHash>;
    CompanyMap companies; // companyKey → the company
    // Name key → the oldest company of that name without a domain: the one a row with a name
    // and a domain may complete. A company of that name with another domain is another company.
    CompanyMap withoutDomain;
    // SQLite compares names ignoring the case of ASCII letters only: once a chunk names a
    // company with other letters, the stored companies whose names have such letters are read
    // all at once (resolveCompanies()), and matched by the rows' Unicode folding.
    bool casedNamesRead = false;
    QSet<QString> companiesMadeHere; // ids of the companies this import created
    QHash<QString, QString> owners;    // owner email or name as written → user id ("" = unknown)
    QString defaultOwnerId;            // for contacts the file names no owner of ("" = none)
    // The contacts this import gave the default owner (ids' hashes: a million of them take
    // 16 MB), told from those a row named that owner for.
    HashSet givenDefaultOwner{16};
    static std::uint64_t idHash(const QString &id) { return qHash(id, 0x5bd1e995U); }
    // Threads that parse along with the one preparing the chunk: none on two cores.
    std::unique_ptr<QThreadPool> parseHelpers;
    QStringList customFieldNames; // the custom fields the mapping writes
    std::optional<ImportBatch::RunningHere> runningHere; // from the batch's row to its finish()
    // The statements run once per updated contact; on the writing thread, during execute().
    std::optional<Storage::StatementCache> statements;
    // The contacts from before the batch that it updated, by the hash of their id: which
    // records loadEarlierRecords() looks for. A set of the ids took ~130 bytes a contact (1M
    // updated contacts: 130 MB); a wrong "maybe" only adds an id to a query that finds nothing.
    BloomFilter updatesRecorded;
    struct UpdateRecord
    {
        QJsonObject previous; // the first value each field had
        QJsonObject applied;  // the last value the batch wrote
        void merge(const QJsonObject &morePrevious, const QJsonObject &moreApplied);
    };
    QHash<QString, UpdateRecord> unsavedRecords; // this chunk's, by contact id
    QHash<QString, UpdateRecord> earlierRecords; // earlier chunks' for this chunk's contacts
    QStringList unsavedOrder;
};

Result ContactImportJob::Private::begin()
{
    // Said before any row is written, not at the first rejected one.
    if (Result allowed = Storage::DatabaseFiles::refuse(options.rejectsPath); !allowed)
        return allowed;
    if (FilePaths::sameFile(options.rejectsPath, options.filePath))
        return Error(ErrorCode::InvalidArgument,
                     tr("The rejected rows cannot be written to %1: it is the file being imported. Choose another file.")
                         .arg(QDir::toNativeSeparators(options.rejectsPath)));
    ReadOptions readOptions;
    readOptions.sheetName = options.sheet;
    readOptions.header = options.header;
    readOptions.isKnownColumnName = isKnownColumnName;
    readOptions.encoding = options.encoding;
    readOptions.delimiter = options.delimiter;
    auto opened = TabularReaderFactory::open(options.filePath, readOptions);
    if (!opened)
        return opened.error();
    reader = std::move(*opened);
    if (reader->columnCount() == 0) { // nothing but empty lines, or a BOM, or an empty sheet
        const QString file = QFileInfo(options.filePath).fileName();
        if (const auto *workbook = dynamic_cast<const XlsxReader *>(reader.get()))
            return Error(ErrorCode::InvalidArgument,
                         workbook->visibleSheetNames().size() > 1
                             ? tr("The sheet “%1” of %2 has no rows to import; another can be chosen.")
                                   .arg(workbook->sheetName(), file)
                             : tr("The sheet “%1” of %2 has no rows to import.").arg(workbook->sheetName(), file));
        return Error(ErrorCode::InvalidArgument, tr("%1 has no rows to import.").arg(file));
    }
    summary.headerLine = reader->headerLine();
    summary.preambleRows = reader->preambleRows();

    ColumnMapping mapping = options.mapping.value_or(ColumnMapping::automatic(reader->headers()));
    if (options.mappingPreset) {
        auto fromPreset = ColumnMapping::fromPreset(*options.mappingPreset, reader->headers());
        if (!fromPreset)
            return fromPreset.error();
        mapping = *fromPreset;
    } else if (options.mapping && mapping.headers() != reader->headers()) {
        // A mapping made for another file (or a preset): apply it by header text.
        auto byHeader = ColumnMapping::fromPreset(mapping.toPreset(), reader->headers());
        if (!byHeader)
            return byHeader.error();
        mapping = *byHeader;
    }
    if (Result ok = mapping.check(); !ok)
        return ok;
    // Matching on a key the file does not have would quietly match nothing. (A file without
    // emails matched on email is common: its rows are all new.)
    if (const ImportField key = options.matchOn == MatchKey::Phone ? ImportField::Phone : ImportField::ExternalId;
        options.matchOn != MatchKey::Email && !mapping.columnFor(key))
        return Error(ErrorCode::InvalidArgument,
                     tr("Rows are to be matched on %1, but no column of %2 is mapped to %1. Map one, or match on "
                        "another field.")
                         .arg(fieldLabel(key), QFileInfo(options.filePath).fileName()));
    // Custom fields are written under the names they were registered with ("Shoe size" for a
    // column mapped to "shoe size"); they are registered with the first rows written to them.
    for (int column = 0; column < mapping.columnCount(); ++column)
        if (mapping.target(column).field == ImportField::Custom)
            customFieldNames << mapping.target(column).customName;
    auto spellings = Contacts::CustomFieldRegistry(*db, clock).registeredSpellings(customFieldNames);
    if (!spellings)
        return spellings.error();
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const ColumnTarget &target = mapping.target(column);
        if (target.field != ImportField::Custom)
            continue;
        if (spellings->contains(target.customName.trimmed()))
            mapping.setTarget(column, ColumnTarget{ImportField::Custom, spellings->value(target.customName.trimmed())});
        else if (const QString problem = mapping.newCustomFieldProblem(column); !problem.isEmpty())
            return Error(ErrorCode::InvalidArgument, problem); // a stored field keeps its name, as an export names it
    }
    if (options.defaultRegion.isEmpty() && (mapping.columnFor(ImportField::Phone) || mapping.columnFor(ImportField::OtherPhone)))
        options.defaultRegion = QStringLiteral("US");
    if (Result owner = resolveDefaultOwner(); !owner)
        return owner;
    // Tags for every contact follow the rules of tags in the file.
    for (QString &tag : options.extraTags) {
        tag = tag.simplified();
        if (ImportRowParser::characterCount(tag) > ImportRowParser::kMaxTagLength)
            return Error(ErrorCode::InvalidArgument, tr("The tag \"%1…\" for every imported contact is longer than %2 "
                                                        "characters.")
                                                         .arg(tag.left(20))
                                                         .arg(ImportRowParser::kMaxTagLength));
    }
    options.extraTags.removeAll(QString());
    parser.emplace(mapping, options);
    auto keys = EmailKeys::probe(*db);
    if (!keys)
        return keys.error();
    emailKeys = *keys;
    if (const int spare = QThread::idealThreadCount() - 2; spare > 0) { // a core writes, one prepares
        parseHelpers = std::make_unique<QThreadPool>();
        parseHelpers->setMaxThreadCount(spare);
    }

    summary.batchId = Domain::newId();
    const QVariant now = db->dialect().timestampToDb(clock.nowUtc());
    const QJsonObject optionsJson{{QStringLiteral("match"), matchKeyName(options.matchOn)},
                                  {QStringLiteral("on_duplicate"), duplicateActionName(options.onDuplicate)},
                                  {QStringLiteral("default_region"), options.defaultRegion},
                                  {QStringLiteral("default_owner_id"), defaultOwnerId}};
    auto inserted = db->exec(
        QStringLiteral("INSERT INTO import_batches (id, file_name, file_size, sheet, mapping, options, status, user_id, "
                       "runner, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, %1, %2, 'running', ?, ?, ?, ?, ?)")
            .arg(db->dialect().jsonCast(QStringLiteral("?")), db->dialect().jsonCast(QStringLiteral("?"))),
        {summary.batchId, QFileInfo(options.filePath).fileName(), QFileInfo(options.filePath).size(), notNull(options.sheet),
         QString::fromUtf8(QJsonDocument(mapping.toPreset()).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(optionsJson).toJson(QJsonDocument::Compact)),
         actor.userId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(actor.userId),
         ImportBatch::thisRunner(), now, now, now});
    if (!inserted) {
        summary.batchId.clear(); // there is no such batch to list or revert
        return inserted.error();
    }
    runningHere.emplace(summary.batchId);

    QString rejectsPath = options.rejectsPath;
    if (rejectsPath.isEmpty()) {
        const QString base = db->location().kind == Storage::DatabaseKind::Sqlite
                                 ? QFileInfo(db->location().sqlitePath).absolutePath()
                                 : QFileInfo(options.filePath).absolutePath();
        rejectsPath = base + QStringLiteral("/import-") + summary.batchId + QStringLiteral("-rejected.csv");
    }
    rejects = std::make_unique<RejectsFile>(rejectsPath, reader->headers());
    return {};
}

Expected<QHash<QString, ExistingContact>> ContactImportJob::Private::lookupExisting(const QStringList &keys,
                                                                                   const QList<ParsedRow> &rows) const
{
    QHash<QString, ExistingContact> found;
    if (keys.isEmpty())
        return found;
    // Each condition repeats its partial index's own WHERE, so the index is used.
    // keyExpression: what the index holds; keyValue: the key as the rows' keys are folded.
    QString keyExpression, indexCondition, keyValue;
    switch (options.matchOn) {
    case MatchKey::Email:
        keyExpression = db->dialect().caseInsensitive(QStringLiteral("email"));
        keyValue = QStringLiteral("lower(email)"); // the keys are folded the same way
        indexCondition = QStringLiteral("email IS NOT NULL AND email <> ''");
        break;
    case MatchKey::Phone:
        keyExpression = keyValue = QStringLiteral("phone");
        indexCondition = QStringLiteral("phone IS NOT NULL");
        break;
    case MatchKey::ExternalId:
        keyExpression = keyValue = QStringLiteral("external_id");
        indexCondition = QStringLiteral("external_id IS NOT NULL");
        break;
    }
    const auto read = std::make_shared<const QList<ContactColumn>>(columnsToCompare(rows));
    QStringList columns;
    for (ContactColumn column : *read)
        columns << contactColumnName(column);
    constexpr int kPerQuery = 5000;
    for (qsizetype start = 0; start < keys.size(); start += kPerQuery) {
        auto q = db->exec(QStringLiteral("SELECT %1 AS match_key, id, coalesce(import_batch_id, ''), %2 FROM contacts "
                                         "WHERE deleted_at IS NULL AND %3 AND %4")
                              .arg(keyValue, columns.join(QStringLiteral(", ")), indexCondition,
                                   db->dialect().inList(keyExpression)),
                          {Storage::SqlDialect::inListValue(keys.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QString key = q->value(0).toString();
            if (found.contains(key))
                continue; // phone/external id need not be unique: the oldest match wins
            ExistingContact existing;
            existing.id = q->value(1).toString();
            existing.importBatchId = q->value(2).toString();
            existing.columns = read;
            existing.stored.reserve(read->size());
            for (int i = 0; i < read->size(); ++i)
                existing.stored << q->value(3 + i);
            found.insert(key, existing);
        }
    }
    return found;
}

Result ContactImportJob::Private::resolveCompanies(Chunk &chunk, const QVariant &now)
{
    // The companies this chunk names that are not known yet, in the order of the rows: by
    // domain first, then by name. Known ones are pointed at right away.
    chunk.companyOf.fill(nullptr, chunk.parsed.size());
    QHash<QString, const ParsedRow *> wanted;
    QStringList wantedInOrder;
    QList<qsizetype> rowsWaiting;
    for (qsizetype i = 0; i < chunk.parsed.size(); ++i) {
        const QString &key = chunk.companyKeys.at(i);
        if (key.isEmpty() || chunk.parsed.at(i).isRejected())
            continue;
        if (const auto known = companies.find(key); known != companies.end()) {
            chunk.companyOf[i] = &known->second;
            continue;
        }
        rowsWaiting << i;
        if (!wanted.contains(key)) {
            wanted.insert(key, &chunk.parsed.at(i));
            wantedInOrder << key;
        }
    }
    if (wanted.isEmpty())
        return {};

    // Names are looked up as the row spells them too: SQLite's NOCASE folds ASCII letters only,
    // so "étoile sas" would not find a stored "Étoile SAS" (found rows are keyed by the same
    // Unicode folding as the rows, so a spelling found twice is one company).
    QVariantList domains, names;
    const auto addName = [&names](const QString &name) {
        const QString simplified = name.simplified();
        names << simplified.toLower();
        if (simplified != simplified.toLower())
            names << simplified;
    };
    for (const QString &key : std::as_const(wantedInOrder)) {
        const ParsedRow &row = *wanted.value(key);
        if (key.startsWith(QLatin1String("d:"))) {
            domains << key.mid(2);
            if (!row.companyName.isEmpty())
                addName(row.companyName); // a company known by name only
        } else {
            addName(row.companyName);
        }
    }
    const Storage::SqlDialect &dialect = db->dialect();
    const auto lookUp = [&](const QVariantList &values, const QString &sql, const QString &prefix) -> Result {
        for (qsizetype start = 0; start < values.size(); start += 500) {
            const QVariantList slice = values.mid(start, 500);
            const QStringList marks(slice.size(), QStringLiteral("?"));
            auto q = db->exec(sql.arg(marks.join(QLatin1Char(','))), slice);
            if (!q)
                return q.error();
            while (q->next()) {
                const QString key = prefix + q->value(0).toString().simplified().toLower();
                const CompanyRef company{q->value(1).toString(), q->value(2).toString()};
                companies.emplace(key, company); // the first of a name stays
                if (q->value(3).toString().isEmpty())
                    withoutDomain.emplace(key, company);
            }
        }
        return {};
    };
    const auto casedBeyondAscii = [](const QVariant &name) {
        const QString text = name.toString();
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f && c.toLower() != c.toUpper(); });
    };
    if (db->kind() == Storage::DatabaseKind::Sqlite && !casedNamesRead &&
        std::any_of(names.cbegin(), names.cend(), casedBeyondAscii)) {
        casedNamesRead = true;
        // The blocks of letters with case beyond ASCII: Latin (also Vietnamese and full-width),
        // Greek, Cyrillic, Armenian, Georgian, Glagolitic, Coptic. One scan an import.
        if (Result r = lookUp({QStringLiteral("*[\u00C0-\u058F\u10A0-\u10FF\u1C80-\u1CBF\u1E00-\u1FFF"
                                              "\u2C00-\u2D2F\uA640-\uA7FF\uFF21-\uFF5A]*")},
                              QStringLiteral("SELECT name, id, name, coalesce(domain, '') FROM companies WHERE deleted_at IS NULL "
                                             "AND name GLOB %1 ORDER BY id"),
                              QStringLiteral("n:"));
            !r)
            return r;
    }
    // The conditions repeat the partial indexes' own, so the indexes are used.
    if (Result r = lookUp(domains,
                          QStringLiteral("SELECT domain, id, name, domain FROM companies WHERE deleted_at IS NULL AND domain IS NOT NULL "
                                         "AND domain <> '' AND lower(domain) IN (%1)"),
                          QStringLiteral("d:"));
        !r)
        return r;
    if (Result r = lookUp(names,
                          QStringLiteral("SELECT name, id, name, coalesce(domain, '') FROM companies WHERE deleted_at IS NULL AND %1 IN (%2) "
                                         "ORDER BY id")
                              .arg(dialect.caseInsensitive(QStringLiteral("name")), QStringLiteral("%1")),
                          QStringLiteral("n:"));
        !r)
        return r;

    QList<QVariantList> inserts;
    QHash<QString, qsizetype> insertOf;  // company id → its row in inserts
    QList<QVariantList> domainsCompleted; // of companies earlier chunks of this import made
    for (const QString &key : std::as_const(wantedInOrder)) {
        if (companies.contains(key))
            continue;
        const ParsedRow &row = *wanted.value(key);
        const QString byName = companyKey(row.companyName, QString());
        // A domain row takes a company of its name only if that has no domain yet.
        const CompanyMap &sameName = row.companyDomain.isEmpty() ? companies : withoutDomain;
        if (const auto named = sameName.find(byName); !row.companyName.isEmpty() && named != sameName.end()) {
            const CompanyRef company = named->second;
            companies.emplace(key, company);
            if (!row.companyDomain.isEmpty()) { // its domain is this one now: another is another company
                withoutDomain.erase(byName);
                // A company this import made keeps the domain, so that a later import finds it by
                // it. One from before stays as it was: an undo could not give its domain back.
                if (const auto insert = insertOf.constFind(company.id); insert != insertOf.cend())
                    inserts[*insert][2] = row.companyDomain;
                else if (companiesMadeHere.contains(company.id))
                    domainsCompleted.append({row.companyDomain, now, company.id});
            }
            continue;
        }
        const QString id = Domain::newId();
        const QString name = row.companyName.isEmpty() ? row.companyDomain : row.companyName.simplified();
        insertOf.insert(id, inserts.size());
        companiesMadeHere.insert(id);
        inserts.append({id, name,
                        row.companyDomain.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.companyDomain),
                        summary.batchId, now, now});
        chunk.createdCompanies << id;
        companies.emplace(key, CompanyRef{id, name});
        if (!row.companyName.isEmpty())
            companies.emplace(byName, CompanyRef{id, name});
        if (!row.companyName.isEmpty() && row.companyDomain.isEmpty())
            withoutDomain.emplace(byName, CompanyRef{id, name});
    }
    for (qsizetype i : std::as_const(rowsWaiting))
        chunk.companyOf[i] = &companies.at(chunk.companyKeys.at(i));
    if (Result inserted = db->execBatch(QStringLiteral("INSERT INTO companies (id, name, domain, import_batch_id, "
                                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                        inserts);
        !inserted)
        return inserted;
    return db->execBatch(QStringLiteral("UPDATE companies SET domain = ?, updated_at = ? WHERE id = ? "
                                        "AND (domain IS NULL OR domain = '')"),
                         domainsCompleted);
}

Result ContactImportJob::Private::resolveDefaultOwner()
{
    const QString owner = options.defaultOwner.simplified();
    if (owner.isEmpty())
        return {};
    // Among active users, as the rows' owners are found (and the wizard offers them).
    auto id = findUser(owner, true);
    if (!id)
        return id.error();
    if (!id->isEmpty()) {
        defaultOwnerId = *id;
        return {};
    }
    // Why not: a user who left still owns what they owned, but is given nothing new.
    auto anyone = findUser(owner, false);
    if (!anyone)
        return anyone.error();
    if (!anyone->isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is no longer an active user, so imported contacts cannot be given to them.").arg(owner));
    return Error(ErrorCode::InvalidArgument,
                 owner.contains(QLatin1Char('@'))
                     ? tr("No user has the email %1, so imported contacts cannot be given to them.").arg(owner)
                     : tr("No user, or more than one, is named %1, so imported contacts cannot be given to them. "
                          "Name the user by email.")
                           .arg(owner));
}

Expected<QString> ContactImportJob::Private::resolveOwner(const QString &owner)
{
    if (owner.isEmpty())
        return QString();
    if (auto it = owners.constFind(owner); it != owners.constEnd())
        return *it;
    // A user who left keeps what they own, but is given no contact a file names them for.
    auto id = findUser(owner, true);
    if (id)
        owners.insert(owner, *id);
    return id;
}

Expected<QString> ContactImportJob::Private::findUser(const QString &owner, bool activeOnly) const
{
    // By address, or by name when it names one user only.
    const bool byEmail = owner.contains(QLatin1Char('@'));
    QString sql = byEmail ? QStringLiteral("SELECT id FROM users WHERE deleted_at IS NULL AND lower(email) = lower(?)")
                          : QStringLiteral("SELECT id FROM users WHERE deleted_at IS NULL AND lower(name) = lower(?)");
    if (activeOnly)
        sql += QStringLiteral(" AND is_active = ") + db->dialect().boolToDb(true).toString();
    auto q = db->exec(sql + QStringLiteral(" LIMIT 2"), {owner.simplified()});
    if (!q)
        return q.error();
    QString id = q->next() ? q->value(0).toString() : QString();
    if (!byEmail && q->next())
        id.clear(); // two users of that name: which one is not for an import to guess
    return id;
}

void ContactImportJob::Private::UpdateRecord::merge(const QJsonObject &morePrevious, const QJsonObject &moreApplied)
{
    for (auto it = morePrevious.begin(); it != morePrevious.end(); ++it)
        if (!previous.contains(it.key()))
            previous.insert(it.key(), it.value());
    const QString tagsAdded = QLatin1String(ImportBatch::kTagsAddedKey);
    for (auto it = moreApplied.begin(); it != moreApplied.end(); ++it) {
        if (it.key() != tagsAdded) {
            applied.insert(it.key(), it.value());
            continue;
        }
        QJsonArray tags = applied.value(tagsAdded).toArray(); // every row's links add up
        for (const QJsonValue &tag : it.value().toArray())
            if (!tags.contains(tag))
                tags.append(tag);
        applied.insert(tagsAdded, tags);
    }
}

Result ContactImportJob::Private::recordUpdate(const QString &contactId, const QJsonObject &previous,
                                               const QJsonObject &applied)
{
    // Several rows may update one contact. The first previous value of a field stays (a later
    // row would see this batch's own value); fields a later row changes first are added. What
    // the batch wrote accumulates, the last value winning. Merged here rather than in SQL,
    // whose JSON functions would turn booleans into numbers on SQLite.
    if (auto unsaved = unsavedRecords.find(contactId); unsaved != unsavedRecords.end()) {
        unsaved->merge(previous, applied);
        return {};
    }
    // Saved with an earlier chunk? (loadEarlierRecords() read them all.)
    const auto saved = earlierRecords.find(contactId);
    if (saved == earlierRecords.end()) {
        unsavedRecords.insert(contactId, {previous, applied});
        unsavedOrder << contactId;
        updatesRecorded.insert(qHash(contactId));
        return {};
    }
    UpdateRecord &record = *saved; // as saved now, for a later row of the chunk
    record.merge(previous, applied);
    const auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    const QString cast = db->dialect().jsonCast(QStringLiteral("?"));
    auto updated = statements->exec(
        QStringLiteral("UPDATE import_batch_updates SET previous = %1, applied = %1 WHERE batch_id = ? AND contact_id = ?").arg(cast),
        {json(record.previous), json(record.applied), summary.batchId, contactId});
    return updated ? Result() : Result(updated.error());
}

Result ContactImportJob::Private::loadEarlierRecords(const QHash<QString, ExistingContact> &existing)
{
    earlierRecords.clear();
    QStringList ids;
    for (const ExistingContact &contact : existing)
        if (updatesRecorded.mayContain(qHash(contact.id)))
            ids << contact.id;
    const auto object = [](const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); };
    constexpr qsizetype kPerQuery = 5000;
    for (qsizetype start = 0; start < ids.size(); start += kPerQuery) {
        auto q = db->exec(QStringLiteral("SELECT contact_id, previous, applied FROM import_batch_updates "
                                         "WHERE batch_id = ? AND %1")
                              .arg(db->dialect().inList(QStringLiteral("contact_id"))),
                          {summary.batchId, Storage::SqlDialect::inListValue(ids.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next())
            earlierRecords.insert(q->value(0).toString(), {object(q->value(1)), object(q->value(2))});
    }
    return {};
}

void ContactImportJob::Private::takeUpdateRecords(Storage::BulkBatch &batch)
{
    batch.importUpdates.reserve(unsavedOrder.size());
    for (const QString &contactId : std::as_const(unsavedOrder)) {
        UpdateRecord &record = unsavedRecords[contactId];
        batch.importUpdates.append(
            {summary.batchId, contactId, std::move(record.previous), std::move(record.applied)});
    }
    unsavedRecords.clear();
    unsavedOrder.clear();
}

void ContactImportJob::Private::reject(qint64 line, const QStringList &cells, const QString &reason)
{
    ++summary.rejected;
    rejects->append(line, cells, reason);
}

namespace {

// Parse and validate on every core but one, which the writing thread needs to itself: it is
// the import's critical path, and parsing threads beyond the spare cores take their time
// from it (1M rows with phones on 2 cores: 15.6 s with two parsing threads, 15.1 s with
// one). Phone normalisation dominates this step.
QList<ParsedRow> parseRows(const ImportRowParser &parser, const QList<TabularRow> &rows, QThreadPool *helpers)
{
    const auto parse = [&parser](const TabularRow &row) { return parser.parse(row.cells, row.line); };
    if (!helpers) {
        QList<ParsedRow> parsed;
        parsed.reserve(rows.size());
        for (const TabularRow &row : rows)
            parsed.append(parse(row));
        return parsed;
    }
    return QtConcurrent::blockingMapped<QList<ParsedRow>>(helpers, rows, parse);
}

} // namespace

ContactImportJob::Private::Chunk ContactImportJob::Private::prepareChunk()
{
    Chunk chunk;
    auto more = readChunk(chunk);
    if (!more) {
        chunk.failure = more.error();
        return chunk;
    }
    chunk.more = *more;
    chunk.bytesRead = reader->bytesRead();
    chunk.parsed = parseRows(*parser, chunk.rows, parseHelpers.get());
    chunk.companyKeys.reserve(chunk.parsed.size());
    chunk.matchKeys.reserve(chunk.parsed.size());
    chunk.matchHashes.reserve(chunk.parsed.size());
    for (ParsedRow &row : chunk.parsed) {
        const bool hasCompany = !row.companyName.isEmpty() || !row.companyDomain.isEmpty();
        chunk.companyKeys << (hasCompany ? companyKey(row.companyName, row.companyDomain) : QString());
        QString key = row.matchValue(options.matchOn);
        if (options.matchOn == MatchKey::Email && !key.isEmpty()) {
            if (auto folded = emailKeys->localKey(key))
                key = *folded;
            else
                chunk.keysToFold << chunk.matchKeys.size();
        }
        chunk.matchKeys << key;
        chunk.matchHashes << qHash(chunk.matchKeys.constLast());
        // What a contact this row creates is written with (ids in file order).
        row.contact.id = Domain::newId();
    }
    return chunk;
}

Expected<bool> ContactImportJob::Private::readChunk(Chunk &chunk)
{
    chunk.rows.reserve(kChunkRows);
    while (chunk.rows.size() < kChunkRows) {
        auto next = reader->next();
        if (!next) {
            if (!reader->canContinue())
                return next.error();
            chunk.readErrors.append({reader->takeRowInError().value_or(TabularRow{{}, reader->rowsRead()}),
                                     next.error().message()});
            continue;
        }
        if (!next->has_value())
            return false;
        chunk.rows.append(std::move(**next));
    }
    return true;
}

Result ContactImportJob::Private::processChunk(Chunk &chunk)
{
    const QList<TabularRow> &rows = chunk.rows;
    const QList<ParsedRow> &parsed = chunk.parsed;
    summary.rows += chunk.readErrors.size();
    const qint64 contactsWrittenBefore = summary.created + summary.updated;
    if (Result folded = foldKeys(chunk); !folded)
        return folded;

    // The keys to look up in the database, each once.
    QStringList keys;
    QSet<QString> seen;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const QString &key = chunk.matchKeys.at(i);
        if (parsed.at(i).isRejected() || key.isEmpty() || !mayExist(chunk.matchHashes.at(i)) || seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
    }
    auto existing = lookupExisting(keys, parsed);
    if (!existing)
        return existing.error();
    if (Result loaded = loadEarlierRecords(*existing); !loaded)
        return loaded;
    if (emailOwners) {
        QStringList emails; // what the rows give, and what the contacts they update hold
        for (const ParsedRow &row : parsed)
            if (const QString email = row.primaryEmail(); !row.isRejected() && !email.isEmpty())
                emails << email; // a contact the row creates takes it (a second column's too)
        for (const ExistingContact &contact : std::as_const(*existing))
            emails << contact.value(ContactColumn::Email).toString();
        if (Result loaded = emailOwners->loadChunk(*db, emails); !loaded)
            return loaded;
    }

    const QDateTime nowUtc = clock.nowUtc();
    const QVariant now = db->dialect().timestampToDb(nowUtc);
    const Storage::SqlDialect &dialect = db->dialect();

    // Chunks that share a transaction write in it: a savepoint per chunk would have SQLite copy
    // every index page the chunk changes. A failed chunk takes the uncommitted ones with it.
    Storage::Transaction transaction(*db, Storage::Transaction::Nesting::JoinOuter);
    if (!transaction.isActive())
        return transaction.error();

    for (const auto &[row, message] : chunk.readErrors)
        reject(row.line, row.cells, message);

    if (Result resolved = resolveCompanies(chunk, now); !resolved)
        return resolved;

    Storage::BulkBatch batch;
    batch.contacts.reserve(parsed.size());
    QHash<QString, qsizetype> createdInChunk; // match key → index in batch.contacts
    createdInChunk.reserve(parsed.size());
    QList<QVariantList> consentRows;
    QStringList tagNames;
    for (const ParsedRow &row : parsed)
        if (!row.isRejected())
            for (const QString &tag : row.contact.tags)
                tagNames << tag;
    QHash<QString, QString> tagIds;
    QStringList createdTags; // made for this chunk: dropped again if only rejected rows named them
    if (!tagNames.isEmpty()) {
        tagNames.removeDuplicates();
        auto ensured = bulk.ensureTags(tagNames, nowUtc, &createdTags, summary.batchId);
        if (!ensured)
            return ensured.error();
        tagIds = *ensured;
    }

    // A contact gets each tag once, also when several rows or an earlier import gave it.
    QSet<QString> links;
    if (!tagIds.isEmpty() && !existing->isEmpty()) {
        QStringList ids;
        for (const ExistingContact &contact : std::as_const(*existing))
            ids << contact.id;
        for (qsizetype start = 0; start < ids.size(); start += 5000) {
            auto q = db->exec(QStringLiteral("SELECT contact_id, tag_id FROM contact_tags WHERE %1")
                                  .arg(db->dialect().inList(QStringLiteral("contact_id"))),
                              {Storage::SqlDialect::inListValue(ids.mid(start, 5000))});
            if (!q)
                return q.error();
            while (q->next())
                links.insert(q->value(0).toString() + QLatin1Char('|') + q->value(1).toString());
        }
    }
    // The ids of the tags it links now.
    const auto addTags = [&](const QString &contactId, const QStringList &tags) {
        QStringList linked;
        for (const QString &tag : tags) {
            const QString tagId = tagIds.value(tag.trimmed());
            if (tagId.isEmpty() || links.contains(contactId + QLatin1Char('|') + tagId))
                continue;
            links.insert(contactId + QLatin1Char('|') + tagId);
            batch.contactTags.append({contactId, tagId, nowUtc});
            linked << tagId;
        }
        return linked;
    };
    // A contact this chunk creates has no links yet. Its tags differ as Qt compares them,
    // but the database may take two for one tag ("İzmir", "izmir" in some locales).
    const auto linkNewContact = [&](const QString &contactId, const QStringList &tags) {
        QVarLengthArray<QString, 8> linked;
        for (const QString &tag : tags)
            if (const QString tagId = tagIds.value(tag.trimmed()); !tagId.isEmpty() && !linked.contains(tagId)) {
                linked.append(tagId);
                batch.contactTags.append({contactId, tagId, nowUtc});
            }
    };
    // A consent record for each channel the row gives, when the contact then holds what the
    // row says (filling empty fields keeps a stored opt-out, and the record must not contradict it).
    const auto addConsents = [&](const QString &contactId, const ParsedRow &row, const Domain::Contact &values,
                                 const auto &heldNow) {
        for (const auto &[field, channel] : kConsentFields) {
            if (!row.present.contains(field))
                continue;
            const QString given = Domain::toKey(values.optInFor(channel));
            if (heldNow(channel) == given)
                consentRows.append({Domain::newId(), contactId, Domain::toKey(channel), given, summary.batchId, now, now, now});
        }
    };
    const auto heldBy = [](const Domain::Contact &contact) {
        return [&contact](Channel channel) { return Domain::toKey(contact.optInFor(channel)); };
    };
    Domain::Activity imported;
    imported.type = Domain::ActivityType::Imported;
    imported.entityType = Domain::EntityType::Contact;
    imported.userId = actor.userId;
    imported.subject = tr("Imported from %1").arg(QFileInfo(options.filePath).fileName());
    imported.occurredAt = nowUtc;
    imported.createdAt = nowUtc;
    batch.activityPerContact = imported; // the contacts this chunk creates
    // An updated contact's entry lists what changed.
    const auto importedActivity = [&](const QString &contactId, const QJsonObject &changes) {
        Domain::Activity activity = imported;
        activity.id = Domain::newId();
        activity.entityId = contactId;
        activity.contactId = contactId;
        activity.changes = changes;
        batch.activities.append(std::move(activity));
    };

    StoredContactUpdates storedUpdates;
    QSet<QString> linkedCompanies; // the companies stored contacts took in this chunk
    QSet<qsizetype> addressFromSecondGroup; // contacts of batch.contacts that took a second address whole
    // Files from another CRM name its users: the contact matters more than who owned it there.
    // A row naming someone who is not an active user here is imported as if it named no owner, and the
    // summary says so once the row created or updated a contact.
    const auto noteUnknownOwner = [&summary = summary](const ParsedRow &row, const QString &ownerId) {
        if (row.owner.isEmpty() || !ownerId.isEmpty())
            return;
        ++summary.unknownOwnerRows;
        if (summary.unknownOwners.contains(row.owner))
            return;
        if (summary.unknownOwners.size() < ImportSummary::kUnknownOwnersNamed)
            summary.unknownOwners << row.owner;
        else
            summary.moreUnknownOwners = true;
    };
    for (qsizetype index = 0; index < parsed.size(); ++index) {
        const ParsedRow &row = parsed.at(index); // blockingMapped keeps the order of rows
        ++summary.rows;
        if (row.isRejected()) {
            reject(row.sourceRow, rows.at(index).cells, row.rejectReason(reader->headers()));
            continue;
        }
        auto ownerId = resolveOwner(row.owner);
        if (!ownerId)
            return ownerId.error();

        static const CompanyRef noCompany;
        const CompanyRef &company = chunk.companyOf.at(index) ? *chunk.companyOf.at(index) : noCompany;
        const QString &companyId = company.id;

        const QString &key = chunk.matchKeys.at(index);
        const bool inFile = !key.isEmpty() && createdInChunk.contains(key);
        const bool inDatabase = !key.isEmpty() && existing->contains(key);
        if ((inFile || inDatabase) && options.onDuplicate == DuplicateAction::Skip) {
            ++summary.skipped;
            continue;
        }

        if (inFile) {
            // A second row for a contact this chunk creates: merge into it before it is written.
            Domain::Contact &target = batch.contacts[createdInChunk.value(key)];
            const bool overwrite = options.onDuplicate == DuplicateAction::Overwrite;
            // Without an email yet, the contact takes the row's first address, as it would have
            // had that row come first (ParsedRow::primaryEmail()).
            const QString email = target.email.isEmpty() ? row.primaryEmail() : row.contact.email;
            const bool newEmail = !email.isEmpty() && (overwrite || target.email.isEmpty()) && email != target.email;
            if (newEmail && emailOwners) {
                if (!emailOwners->mayTake(email, target.id)) {
                    reject(row.sourceRow, rows.at(index).cells, emailOwners->rejectReason(email));
                    continue;
                }
                emailOwners->release(target.id, target.email);
                emailOwners->claim(target.id, email);
            }
            // The address that does not become the contact's own joins its others.
            const QString displaced = newEmail ? target.email : email;
            if (newEmail)
                target.email = email;
            if (!displaced.isEmpty() && displaced.compare(target.email, Qt::CaseInsensitive) != 0 &&
                !target.otherEmails.contains(displaced, Qt::CaseInsensitive))
                target.otherEmails << displaced;
            target.otherEmails.removeIf(
                [&](const QString &other) { return other.compare(target.email, Qt::CaseInsensitive) == 0; });
            // A contact that took a second address whole: the row's first address replaces it
            // whole when overwriting, and is no part of it when filling.
            const qsizetype targetIndex = createdInChunk.value(key);
            const bool secondAddressHeld = addressFromSecondGroup.contains(targetIndex);
            if (secondAddressHeld && overwrite && row.contact.address != Domain::Address()) {
                target.address = row.contact.address;
                addressFromSecondGroup.remove(targetIndex);
            }
            mergeInto(target, row, overwrite, !secondAddressHeld);
            takeFirstOtherIfEmpty(target.phone, target.otherPhones);
            if (target.address == Domain::Address() && row.secondAddress != Domain::Address()) {
                target.address = row.secondAddress;
                addressFromSecondGroup.insert(createdInChunk.value(key));
            }
            if (!companyId.isEmpty() && (overwrite || target.companyId.isEmpty())) {
                target.companyId = companyId;
                target.companyName = company.name;
            }
            if (!ownerId->isEmpty() && (overwrite || target.ownerId.isEmpty()))
                target.ownerId = *ownerId;
            QStringList linked; // the target's tags, by id
            for (const QString &tag : std::as_const(target.tags))
                linked << tagIds.value(tag.trimmed());
            for (const QString &tag : row.contact.tags)
                if (const QString tagId = tagIds.value(tag.trimmed()); !tagId.isEmpty() && !linked.contains(tagId)) {
                    linked << tagId;
                    target.tags << tag;
                    batch.contactTags.append({target.id, tagId, nowUtc});
                }
            addConsents(target.id, row, row.contact, heldBy(target));
            noteUnknownOwner(row, *ownerId);
            ++summary.updated;
            continue;
        }

        if (inDatabase) {
            const ExistingContact &current = existing->value(key);
            QHash<ContactColumn, QJsonValue> wanted = presentValues(row, &current);
            keepEveryAddressAndNumber(wanted, current, options.onDuplicate == DuplicateAction::Overwrite);
            if (!companyId.isEmpty() && !current.holdsText(ContactColumn::CompanyId, companyId))
                wanted.insert(ContactColumn::CompanyId, companyId);
            if (!companyId.isEmpty() && !current.holdsText(ContactColumn::CompanyName, company.name))
                wanted.insert(ContactColumn::CompanyName, company.name);
            if (!ownerId->isEmpty() && !current.holdsText(ContactColumn::OwnerId, *ownerId))
                wanted.insert(ContactColumn::OwnerId, *ownerId);
            else if (ownerId->isEmpty() && !defaultOwnerId.isEmpty() &&
                     isEmptyValue(ContactColumn::OwnerId, current.value(ContactColumn::OwnerId)))
                wanted.insert(ContactColumn::OwnerId, defaultOwnerId); // an owner it had stays, also when overwriting
            if (!row.customPresent.isEmpty()) {
                QJsonObject custom = current.value(ContactColumn::CustomFields).toObject();
                for (const QString &name : row.customPresent)
                    if (options.onDuplicate == DuplicateAction::Overwrite || custom.value(name).toString().isEmpty())
                        custom.insert(name, row.contact.customFields.value(name));
                wanted.insert(ContactColumn::CustomFields, custom);
            }
            QMap<ContactColumn, QVariant> changed;
            QJsonObject previous, applied, changes;
            for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
                const QJsonValue old = current.value(it.key());
                if (old == it.value())
                    continue;
                // Custom fields and the other emails and phones were merged with the stored ones.
                const bool merged = it.key() == ContactColumn::CustomFields || it.key() == ContactColumn::OtherEmails ||
                                    it.key() == ContactColumn::OtherPhones;
                // The default owner this import gave a contact (one it created, or a stored one
                // an earlier row left without owner) fills no field: a later row of the file
                // naming the owner still does. One a row named stays.
                const bool defaultOwnerOfThisImport =
                    it.key() == ContactColumn::OwnerId && !defaultOwnerId.isEmpty() && old.toString() == defaultOwnerId &&
                    givenDefaultOwner.contains(idHash(current.id));
                if (options.onDuplicate == DuplicateAction::FillEmpty && !merged && !isEmptyValue(it.key(), old) &&
                    !defaultOwnerOfThisImport)
                    continue;
                const QString column = contactColumnName(it.key());
                changed.insert(it.key(), valueToDb(it.key(), it.value(), dialect));
                previous.insert(column, old);
                applied.insert(column, it.value());
                changes.insert(column, QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), it.value()}});
            }
            if (emailOwners && changed.contains(ContactColumn::Email)) {
                const QString oldEmail = current.value(ContactColumn::Email).toString();
                if (!emailOwners->mayTake(row.contact.email, current.id)) {
                    reject(row.sourceRow, rows.at(index).cells, emailOwners->rejectReason(row.contact.email));
                    continue;
                }
                emailOwners->move(current.id, oldEmail, row.contact.email);
            }
            if (changed.contains(ContactColumn::CompanyId))
                linkedCompanies.insert(companyId);
            if (!changed.isEmpty()) {
                if (!defaultOwnerId.isEmpty() && changed.contains(ContactColumn::OwnerId) && ownerId->isEmpty())
                    givenDefaultOwner.insert(idHash(current.id));
                storedUpdates.add(current.id, changed);
                (*existing)[key].hold(changed);
            }
            // What the batch changed in a contact from before it, for revert: fields and links.
            if (const QStringList linked = addTags(current.id, row.contact.tags); !linked.isEmpty())
                applied.insert(QLatin1String(ImportBatch::kTagsAddedKey), QJsonArray::fromStringList(linked));
            if (applied.isEmpty()) { // the contact holds all the row says already
                ++summary.skipped;
                continue;
            }
            if (current.importBatchId != summary.batchId)
                if (Result recorded = recordUpdate(current.id, previous, applied); !recorded)
                    return recorded;
            // A consent record for what the row changed (a stored status it repeats has its own).
            addConsents(current.id, row, row.contact, [&](Channel channel) {
                const ContactColumn column = optInColumn(channel);
                return changed.contains(column) ? Domain::toKey(row.contact.optInFor(channel)) : QString();
            });
            importedActivity(current.id, changes);
            noteUnknownOwner(row, *ownerId);
            ++summary.updated;
            continue;
        }

        // An external id finds a stored contact, but a new one needs something a person is
        // told by: a report's footer ("Total", "Confidential") read as an id alone is no contact.
        if (row.contact.firstName.isEmpty() && row.contact.lastName.isEmpty() && row.primaryEmail().isEmpty() &&
            row.primaryPhone().isEmpty()) {
            reject(row.sourceRow, rows.at(index).cells,
                   options.matchOn == MatchKey::ExternalId
                       ? tr("The row has no name, email or phone, and no contact has its external id %1.")
                             .arg(row.contact.externalId)
                       : tr("The row has no name, email or phone for a new contact. To update the contact with "
                            "the external id %1, match rows on external id.")
                             .arg(row.contact.externalId));
            continue;
        }
        if (const QString email = row.primaryEmail(); emailOwners && !email.isEmpty()) {
            if (!emailOwners->mayTake(email, row.contact.id)) {
                reject(row.sourceRow, rows.at(index).cells, emailOwners->rejectReason(email));
                continue;
            }
            emailOwners->claim(row.contact.id, email);
        }
        Domain::Contact contact = std::move(chunk.parsed[index].contact); // row.contact is empty from here
        takeFirstOtherIfEmpty(contact.email, contact.otherEmails);
        takeFirstOtherIfEmpty(contact.phone, contact.otherPhones);
        dropRepeatedOthers(contact.email, contact.otherEmails, Qt::CaseInsensitive);
        dropRepeatedOthers(contact.phone, contact.otherPhones, Qt::CaseSensitive);
        if (contact.address == Domain::Address() && row.secondAddress != Domain::Address()) {
            contact.address = row.secondAddress;
            addressFromSecondGroup.insert(batch.contacts.size());
        }
        contact.companyId = companyId;
        contact.companyName = company.name; // as the company is named

        contact.ownerId = *ownerId;
        if (!contact.createdAt.isValid())
            contact.createdAt = nowUtc;
        contact.updatedAt = nowUtc;
        contact.importBatchId = summary.batchId;
        linkNewContact(contact.id, contact.tags);
        addConsents(contact.id, row, contact, heldBy(contact));
        if (!key.isEmpty()) {
            createdInChunk.insert(key, batch.contacts.size());
            if (!databaseHadContacts) {
                if (createdExactly)
                    createdExactly->insert(chunk.matchHashes.at(index));
                else
                    createdKeys.insert(chunk.matchHashes.at(index));
            }
        }
        batch.contacts.append(std::move(contact));
        noteUnknownOwner(row, *ownerId);
        ++summary.created;
    }

    // Only now: a later row of the file for the same contact may still have named its owner.
    if (!defaultOwnerId.isEmpty())
        for (Domain::Contact &contact : batch.contacts)
            if (contact.ownerId.isEmpty()) {
                contact.ownerId = defaultOwnerId;
                givenDefaultOwner.insert(idHash(contact.id));
            }
    if (Result dropped = dropUnlinkedTags(createdTags, batch.contactTags); !dropped)
        return dropped;
    if (!chunk.createdCompanies.isEmpty()) {
        // Which of them the contacts it creates took, as they stand after the in-file merges.
        QSet<QString> untaken(chunk.createdCompanies.cbegin(), chunk.createdCompanies.cend());
        untaken.subtract(linkedCompanies);
        for (const Domain::Contact &contact : std::as_const(batch.contacts))
            if (untaken.remove(contact.companyId) && untaken.isEmpty())
                break;
        for (const QString &id : std::as_const(chunk.createdCompanies))
            if (!untaken.contains(id))
                linkedCompanies.insert(id);
        if (Result dropped = dropUnlinkedCompanies(chunk.createdCompanies, linkedCompanies); !dropped)
            return dropped;
    }
    if (Result updated = storedUpdates.write(*db, *statements, now); !updated)
        return updated;
    takeUpdateRecords(batch);
    if (Result written = bulk.write(batch); !written)
        return written;
    if (!consentRows.isEmpty()) {
        Result inserted = db->execBatch(QStringLiteral("INSERT INTO consents (id, contact_id, channel, status, source, source_detail, "
                                                       "recorded_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'import', ?, ?, ?, ?)"),
                                        consentRows);
        if (!inserted)
            return inserted;
    }
    // In the chunk's transaction, once it writes contacts: an import that commits none
    // registers no field.
    if (!customFieldNames.isEmpty() && summary.created + summary.updated > contactsWrittenBefore)
        if (auto registered = Contacts::CustomFieldRegistry(*db, clock).ensure(customFieldNames); !registered)
            return registered.error();
    if (Result saved = saveCounters(QStringLiteral("running"), {}); !saved)
        return saved;
    freeOnPool(std::move(batch));
    // Written before the commit (a commit that fails, or a chunk after it in the same
    // transaction, takes them back out), so that a killed import's file has every reject
    // its batch counts.
    if (Result written = rejects->writePending(); !written)
        return written;
    return transaction.commit();
}

// Tags and companies are made before the rows are worked through, and some rows are then
// rejected (an owner who is not a user, an address another contact holds), skipped as
// duplicates, or fill a contact that has one already: what no contact took goes again.
Expected<QSet<QString>> ContactImportJob::Private::dropUnlinked(const QString &table, const QStringList &created,
                                                                const QSet<QString> &linked)
{
    QStringList unlinked;
    for (const QString &id : created)
        if (!linked.contains(id))
            unlinked << id;
    if (unlinked.isEmpty())
        return QSet<QString>();
    auto dropped = db->exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, db->dialect().inList(QStringLiteral("id"))),
                            {Storage::SqlDialect::inListValue(unlinked)});
    if (!dropped)
        return dropped.error();
    return QSet<QString>(unlinked.cbegin(), unlinked.cend());
}

Result ContactImportJob::Private::dropUnlinkedTags(const QStringList &created, const QList<Storage::ContactTagLink> &links)
{
    QSet<QString> linked;
    for (const Storage::ContactTagLink &link : links)
        linked.insert(link.tagId);
    auto dropped = dropUnlinked(QStringLiteral("tags"), created, linked);
    return dropped ? Result() : Result(dropped.error());
}

Result ContactImportJob::Private::dropUnlinkedCompanies(const QStringList &created, const QSet<QString> &linked)
{
    auto dropped = dropUnlinked(QStringLiteral("companies"), created, linked);
    if (!dropped)
        return dropped.error();
    if (dropped->isEmpty())
        return {};
    // A later row that names one makes it again.
    for (CompanyMap *map : {&companies, &withoutDomain})
        std::erase_if(*map, [&](const auto &entry) { return dropped->contains(entry.second.id); });
    return {};
}

Result ContactImportJob::Private::foldKeys(Chunk &chunk) const
{
    if (chunk.keysToFold.isEmpty())
        return {};
    QStringList emails;
    for (qsizetype index : std::as_const(chunk.keysToFold))
        emails << chunk.matchKeys.at(index);
    auto folded = EmailKeys::foldedByDatabase(*db, emails);
    if (!folded)
        return folded.error();
    for (qsizetype index : std::as_const(chunk.keysToFold)) {
        chunk.matchKeys[index] = folded->value(chunk.matchKeys.at(index));
        chunk.matchHashes[index] = qHash(chunk.matchKeys.at(index));
    }
    chunk.keysToFold.clear();
    return {};
}

Expected<bool> ContactImportJob::Private::needsEmailIndex(Chunk &chunk)
{
    if (!createdExactly)
        return false;
    if (createdExactly->size() >= kExactKeysAtMost)
        return true;
    if (Result folded = foldKeys(chunk); !folded)
        return folded.error();
    for (qsizetype i = 0; i < chunk.parsed.size(); ++i)
        if (!chunk.parsed.at(i).isRejected() && !chunk.matchKeys.at(i).isEmpty()
            && createdExactly->contains(chunk.matchHashes.at(i)))
            return true;
    return false;
}

Result ContactImportJob::Private::saveCounters(const QString &status, const QString &error)
{
    const bool done = status != QLatin1String("running");
    const QVariant now = db->dialect().timestampToDb(clock.nowUtc());
    auto saved = db->exec(QStringLiteral("UPDATE import_batches SET status = ?, rows_total = ?, created_count = ?, "
                                         "updated_count = ?, skipped_count = ?, rejected_count = ?, rejects_file = ?, "
                                         "error = ?, finished_at = ?, updated_at = ? WHERE id = ? AND status = 'running'"),
                          {status, summary.rows, summary.created, summary.updated, summary.skipped, summary.rejected,
                           notNull(summary.rejected > 0 ? rejects->path() : QString()), notNull(error),
                           done ? now : db->dialect().timestampToDb(QDateTime()), now, summary.batchId});
    if (!saved)
        return saved.error();
    return {};
}

Expected<qint64> ContactImportJob::Private::liveContacts() const
{
    auto live = db->exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    if (!live)
        return live.error();
    return live->next() ? live->value(0).toLongLong() : 0;
}

Result ContactImportJob::Private::deferIndexesIfLarge(qint64 estimatedRows, qint64 existingRows)
{
    // Rebuilding the contact indexes once beats maintaining them row by row only when the
    // import dwarfs the table (as for a first import into a new database).
    if (estimatedRows < 100000 || estimatedRows < 2 * existingRows)
        return {};
    if (Result dropped = Contacts::ContactService::dropSortIndexes(*db); !dropped)
        return dropped;
    // Kept: indexes the import reads while it runs, and those its keys append to in order.
    QStringList keep{QStringLiteral("contacts_live"), QStringLiteral("contacts_import_batch")};
    // And the partial indexes of columns the import leaves empty: keeping them up costs
    // nothing, rebuilding them reads the whole table (1M contacts: 0.1 s each).
    const ColumnMapping &mapping = parser->mapping();
    if (options.matchOn == MatchKey::Phone || !mapping.columnFor(ImportField::Phone))
        keep << QStringLiteral("contacts_phone");
    if (options.matchOn == MatchKey::ExternalId || !mapping.columnFor(ImportField::ExternalId))
        keep << QStringLiteral("contacts_external_id");
    if (!mapping.columnFor(ImportField::OwnerEmail))
        keep << QStringLiteral("contacts_owner");
    if (!mapping.columnFor(ImportField::CompanyName) && !mapping.columnFor(ImportField::CompanyDomain))
        keep << QStringLiteral("contacts_company");
    if (Result deferred = bulk.beginDeferredIndexing(keep, {}, Storage::BulkWriter::SearchIndex::BuildAlongside);
        !deferred)
        return deferred;
    indexesDeferred = bulk.isDeferringIndexes(); // not while another load runs
    if (!indexesDeferred)
        return {};
    // Into a table without contacts, matching on email, the only emails the table can hold
    // are the ones this import writes (others are held off meanwhile), and an exact set of
    // them says which to look up: so the unique email index can wait too, until a lookup
    // needs it (needsEmailIndex()).
    if (!databaseHadContacts && options.matchOn == MatchKey::Email) {
        auto emailsDeferred = bulk.deferEmailIndex();
        if (!emailsDeferred)
            return emailsDeferred.error();
        if (*emailsDeferred)
            createdExactly.emplace(qMin(qsizetype(estimatedRows), kExactKeysAtMost));
    }
    return {};
}

Result ContactImportJob::Private::finish(const QString &status, const QString &error)
{
    if (summary.batchId.isEmpty())
        return {};
    // Whether or not its end is recorded, the batch is no longer this process's work.
    const auto ended = qScopeGuard([this] { runningHere.reset(); });
    Result rebuilt;
    if (indexesDeferred) {
        indexesDeferred = false;
        rebuilt = bulk.finishDeferredIndexing(); // retried by the next open when it fails
    }
    const Result closed = rejects->close();
    summary.rejectsFile = summary.rejected > 0 ? rejects->path() : QString();
    summary.phoneMicros = parser ? parser->phoneNanoseconds() / 1000 : 0;
    // The batch leaves "running" whatever failed here: its rows are committed and revertible.
    const bool failedHere = !rebuilt || !closed;
    const Error problem = !rebuilt ? rebuilt.error() : !closed ? closed.error() : Error();
    if (Result saved = saveCounters(failedHere ? QStringLiteral("failed") : status,
                                    failedHere && error.isEmpty() ? problem.message() : error);
        !saved)
        return saved;
    return failedHere ? Result(problem) : Result();
}

void ContactImportJob::announceIndexing()
{
    setCancellable(false); // every row is written: what is left finishes the import either way
    if (d->indexesDeferred)
        Q_EMIT statusText(tr("Indexing the %Ln imported contacts for sorting and search…", nullptr,
                             int(d->summary.created + d->summary.updated)));
}

ContactImportJob::ContactImportJob(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock,
                                   ImportOptions options, Domain::Actor actor, QObject *parent)
    : Job(tr("Importing %1").arg(QFileInfo(options.filePath).fileName()), parent)
    , d(std::make_unique<Private>(std::move(database), clock, std::move(options), std::move(actor)))
{
}

ContactImportJob::~ContactImportJob() = default;

const ImportSummary &ContactImportJob::summary() const
{
    return d->summary;
}

Expected<QString> ContactImportJob::execute()
{
    if (Result started = d->begin(); !started)
        return started.error();
    d->statements.emplace(*d->db);
    const auto dropStatements = qScopeGuard([this] { d->statements.reset(); });

    // Several chunks share one transaction: a commit writes every page the chunk touched to
    // the write-ahead log, and index pages are touched by every chunk. A few seconds at most,
    // though: the batch's progress (which tells another desktop the import is alive) and its
    // rows become visible with the commit. A cancel commits the chunks before it; a failed
    // chunk rolls back those since the last commit (they share its transaction, without
    // savepoints). The counters the batch records are always those of the committed chunks.
    std::optional<Storage::Transaction> transaction;
    qint64 uncommittedRows = 0;
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    ImportSummary committedSummary = d->summary;
    const auto commitChunks = [&]() -> Result {
        if (!transaction)
            return {};
        Result committed = d->rejects->writePending();
        if (committed)
            committed = transaction->commit();
        transaction.reset();
        uncommittedRows = 0;
        sinceCommit.restart();
        if (!committed) {
            d->summary = committedSummary;
            d->rejects->dropPending();
            if (Result dropped = d->rejects->dropWritten(); !dropped)
                return Error(committed.error().code(),
                             committed.error().message() + QLatin1Char(' ') + dropped.error().message());
            return committed;
        }
        committedSummary = d->summary;
        d->rejects->keepWritten();
        return {};
    };
    const auto fail = [&](const Error &error) -> Expected<QString> {
        (void)commitChunks();
        const bool cancelled = error.code() == ErrorCode::Cancelled;
        announceIndexing();
        (void)d->finish(cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"), error.message());
        return error;
    };

    // A pipeline: the next chunk is read and parsed (on all cores) while this thread writes
    // the current one, so validation (phone numbers above all) overlaps the database work.
    // (Reading further ahead measured slower: the parsing then competes with the writer for
    // the cores even when the writer alone is the bottleneck.)
    const auto prepareNext = [this] { return QtConcurrent::run([this] { return d->prepareChunk(); }); };
    QFuture<Private::Chunk> pending = prepareNext();
    // Never leave with a chunk still being prepared: it uses the reader this job owns.
    const auto waitForPending = qScopeGuard([&pending] { pending.waitForFinished(); });
    // Taken, not copied: the chunk's lists must not be shared with the future, or moving
    // contacts out of them would copy them. A taken future must not be waited for again.
    Private::Chunk current = pending.takeResult();
    pending = {};
    if (current.failure)
        return fail(*current.failure);
    const qint64 estimate = current.more && d->reader->totalBytes() > 0
                                ? d->reader->totalBytes() * current.rows.size() / qMax<qint64>(1, current.bytesRead)
                                : current.rows.size();
    auto existingRows = d->liveContacts();
    if (!existingRows)
        return fail(existingRows.error());
    // On a shared PostgreSQL database others may add contacts meanwhile: every key is looked up.
    d->databaseHadContacts = *existingRows > 0 || d->db->kind() != Storage::DatabaseKind::Sqlite;
    if (d->options.matchOn != MatchKey::Email) {
        d->emailOwners.emplace(*d->emailKeys);
        d->emailOwners->setDatabaseHadContacts(d->databaseHadContacts);
    }
    if (Result deferred = d->deferIndexesIfLarge(estimate, *existingRows); !deferred)
        return fail(deferred.error());
    // Updating stored contacts takes statements per contact (revert records, and updates of
    // contacts whose changes are few of a kind), and inside a savepoint each statement costs
    // SQLite as much as all the savepoint has written so far (the in-memory journal that lets
    // one statement fail alone is walked to its end): 100,000 updates, a statement each, took
    // 13 s in chunks that shared a transaction, 2 s in chunks of their own. So such an import
    // commits each chunk by itself.
    const bool shareTransactions = d->db->kind() != Storage::DatabaseKind::Sqlite || *existingRows == 0
                                   || d->options.onDuplicate == DuplicateAction::Skip;

    while (true) {
        const bool hasNext = current.more;
        if (hasNext)
            pending = prepareNext();
        // Cancelled once every row is in (the reader found the end only after the last full
        // chunk), there is nothing left to stop: the import is complete, not cancelled.
        const bool rowsLeft = hasNext || !current.rows.isEmpty();
        if (isCancelled() && rowsLeft)
            return fail(Error(ErrorCode::Cancelled,
                              d->summary.rows == 1
                                  ? tr("The import was cancelled after one row; what it imported can be reverted.")
                                  : tr("The import was cancelled after %1 rows; the rows imported so far can be "
                                       "reverted.")
                                        .arg(QLocale().toString(d->summary.rows))));
        auto emailIndexNeeded = d->needsEmailIndex(current);
        if (!emailIndexNeeded)
            return fail(emailIndexNeeded.error());
        if (*emailIndexNeeded) { // built outside a transaction, so that it sorts through files
            if (Result committed = commitChunks(); !committed)
                return fail(committed.error());
            if (Result built = d->bulk.restoreEmailIndex(); !built)
                return fail(built.error());
            d->createdExactly->forEach([this](std::uint64_t hash) { d->createdKeys.insert(size_t(hash)); });
            d->createdExactly.reset();
        }
        if (shareTransactions && !transaction) {
            transaction.emplace(*d->db);
            if (!transaction->isActive())
                return fail(transaction->error());
        }
        if (Result processed = d->processChunk(current); !processed) {
            // Rolled back with the chunks it shared a transaction with (they wrote in it).
            transaction.reset();
            d->summary = committedSummary;
            d->rejects->dropPending();
            if (Result dropped = d->rejects->dropWritten(); !dropped)
                return fail(Error(processed.error().code(),
                                  processed.error().message() + QLatin1Char(' ') + dropped.error().message()));
            return fail(processed.error());
        }
        uncommittedRows += current.rows.size();
        if (!transaction) { // the chunk committed itself
            committedSummary = d->summary;
            d->rejects->keepWritten();
        } else if (uncommittedRows >= kRowsPerCommit || sinceCommit.elapsed() >= kCommitAfterMs || !hasNext)
            if (Result committed = commitChunks(); !committed)
                return fail(committed.error());
        reportProgress(current.bytesRead, qMax(d->reader->totalBytes(), current.bytesRead));
        if (hasNext) // the counts so far, for the jobs panel and the wizard
            Q_EMIT statusText(tr("So far %1").arg(countsText(d->summary)));
        if (!hasNext)
            break;
        freeOnPool(std::move(current));
        current = pending.takeResult();
        pending = {};
        if (current.failure)
            return fail(*current.failure);
    }
    announceIndexing();
    if (Result finished = d->finish(QStringLiteral("completed"), {}); !finished)
        return finished.error();
    return countsText(d->summary);
}

QString ContactImportJob::countsText(const ImportSummary &s)
{
    const QLocale locale;
    const QString created = locale.toString(s.created);
    const QString updated = locale.toString(s.updated);
    const QString skipped = locale.toString(s.skipped);
    const QString rejected = locale.toString(s.rejected);
    return s.rows == 1 ? tr("1 row: %1 created, %2 updated, %3 skipped, %4 rejected").arg(created, updated, skipped, rejected)
                       : tr("%1 rows: %2 created, %3 updated, %4 skipped, %5 rejected")
                             .arg(locale.toString(s.rows), created, updated, skipped, rejected);
}

QString ContactImportJob::unknownOwnersText(const ImportSummary &s, const QString &defaultOwner)
{
    if (s.unknownOwnerRows == 0)
        return {};
    QString names = s.unknownOwners.join(QStringLiteral(", "));
    if (s.moreUnknownOwners)
        names = tr("%1 and others").arg(names);
    const QString rows = s.unknownOwnerRows == 1
                             ? tr("1 row named an owner who is not an active user here (%1)").arg(names)
                             : tr("%1 rows named an owner who is not an active user here (%2)")
                                   .arg(QLocale().toString(s.unknownOwnerRows), names);
    return defaultOwner.isEmpty()
               ? tr("%1; they were imported as if they named no owner.").arg(rows)
               : tr("%1; they were imported as if they named no owner (new contacts went to %2).").arg(rows, defaultOwner);
}

} // namespace Leadline::ImportExport
