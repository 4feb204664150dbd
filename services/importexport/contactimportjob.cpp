#include "services/importexport/contactimportjob_p.h"

#include "services/contacts/contactservice.h"
#include "services/contacts/customfieldregistry.h"
#include "services/core/filepaths.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/csvreader.h"
#include "services/importexport/csvwriter.h"
#include "services/importexport/importmapping.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/xlsxreader.h"
#include "services/storage/database.h"
#include "services/storage/databasefiles.h"
#include "services/storage/deferredindexes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <limits>

namespace Leadline::ImportExport {

namespace {
// The columns a skipped row still records (ContactImportJob::Private::skippedRow()).
const ImportField kWithdrawalFields[] = {ImportField::OptInEmail, ImportField::OptInSms,     ImportField::OptInWhatsApp,
                                         ImportField::OptInVoice, ImportField::DoNotContact, ImportField::EmailOptOut,
                                         ImportField::CallOptOut};
} // namespace

namespace {

// A company's name as rows and stored companies are matched on: "Acme Inc." is "acme inc".
QString companyNameKey(const QString &name)
{
    QString key = name.simplified().toLower();
    while (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    return key;
}

QString companyKey(const QString &name, const QString &domain)
{
    if (!domain.isEmpty())
        return QStringLiteral("d:") + domain.toLower();
    return QStringLiteral("n:") + companyNameKey(name);
}

// Qt SQL binds a null QString as NULL; NOT NULL text columns need an empty string.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ImportSummary ImportSummary::countsOf(const ImportBatch &batch)
{
    ImportSummary counts;
    counts.batchId = batch.id;
    counts.rows = batch.rows;
    counts.created = batch.created;
    counts.updated = batch.updated;
    counts.merged = batch.merged;
    counts.skipped = batch.skipped;
    counts.rejected = batch.rejected;
    counts.rejectsFile = batch.rejectsFile;
    counts.sheet = batch.sheet;
    return counts;
}

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("merged"), merged},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rejects_file"),
                        rejectsFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rejectsFile)},
                       {QStringLiteral("sheet"), sheet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sheet)},
                       {QStringLiteral("opt_outs_kept"), optOutsKept},
                       {QStringLiteral("unknown_owner_rows"), unknownOwnerRows},
                       {QStringLiteral("unknown_owners"), QJsonArray::fromStringList(unknownOwners)},
                       {QStringLiteral("more_unknown_owners"), moreUnknownOwners},
                       {QStringLiteral("reading_note"),
                        readingNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(readingNote)}};
}

Result ContactImportJob::Private::begin()
{
    // The batch keeps where its rejects are, to be found again from anywhere later on.
    if (!options.rejectsPath.isEmpty())
        options.rejectsPath = QFileInfo(options.rejectsPath).absoluteFilePath();
    // Said before any row is written, not at the first rejected one.
    if (Result allowed = Storage::DatabaseFiles::refuse(options.rejectsPath); !allowed)
        return allowed;
    if (FilePaths::sameFile(options.rejectsPath, options.filePath))
        return Error(ErrorCode::InvalidArgument,
                     tr("The rejected rows cannot be written to %1: it is the file being imported. Choose another file.")
                         .arg(QDir::toNativeSeparators(options.rejectsPath)));
    if (!options.rejectsPath.isEmpty())
        if (Result writable = RejectsFile::checkWritable(options.rejectsPath); !writable)
            return writable;
    // A first import that has set its email index aside holds every email until it ends: a
    // second one would fail at its first row with an email.
    if (db->kind() == Storage::DatabaseKind::Sqlite) {
        auto held = Storage::DeferredIndexes::emailsHeldByAnotherLoad(*db);
        if (!held)
            return held.error();
        if (*held)
            return Error(ErrorCode::Conflict,
                         tr("Another import is loading contacts into this database right now. Start this one when it "
                            "has finished (the import history shows its progress)."));
    }
    auto opened = TabularReaderFactory::open(options.filePath, options.readOptions());
    if (!opened)
        return opened.error();
    reader = std::move(*opened);
    summary.headerLine = reader->headerLine();
    summary.preambleRows = reader->preambleRows();
    if (const auto *workbook = dynamic_cast<const XlsxReader *>(reader.get())) {
        summary.sheet = workbook->sheetName();
        summary.sheetChosen = workbook->visibleSheetNames().size() > 1;
    }

    // What the file's columns are guessed to be: with the custom fields stored contacts have,
    // and an "id" column of Leadline ids (an export of this database) for what it is.
    auto customFields = Contacts::CustomFieldRegistry(*db, clock).names();
    if (!customFields)
        return customFields.error();
    auto resolved = ImportMapping::forFile(*reader, options, *customFields);
    if (!resolved)
        return resolved.error();
    ColumnMapping mapping = std::move(*resolved);
    if (Result usable = ImportMapping::checkOptions(mapping, options, *customFields); !usable)
        return usable;
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
    }
    if (options.defaultRegion.isEmpty() && (mapping.columnFor(ImportField::Phone) || mapping.columnFor(ImportField::OtherPhone)))
        options.defaultRegion = QStringLiteral("US");
    if (Result owner = resolveDefaultOwner(); !owner)
        return owner;
    for (QString &tag : options.extraTags)
        tag = tag.simplified(); // checkOptions() checked them so
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
                                  {QStringLiteral("update_only"), options.updateOnly},
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

    rejects = std::make_unique<RejectsFile>(rejectsPathFor(summary.batchId), reader->headers(),
                                            mapping.columnCount() > 1 &&
                                                (!mapping.target(0).isSkipped() || !mapping.target(1).isSkipped()));
    // A workbook's rejects are CSV in the separator a spreadsheet here reads.
    const auto *csv = dynamic_cast<const CsvReader *>(reader.get());
    rejects->setDelimiter(csv ? csv->delimiter() : csvDelimiterFor(QLocale()));
    return {};
}

QString ContactImportJob::Private::rejectsPathFor(const QString &batchId) const
{
    if (!options.rejectsPath.isEmpty())
        return options.rejectsPath;
    const QString name = QStringLiteral("/import-") + batchId + QStringLiteral("-rejected.csv");
    // Next to the database file; for a shared database, in this computer's folder of Leadline
    // data rather than next to the imported file (Downloads, a share), where they would pile up.
    QString base;
    if (db->location().kind == Storage::DatabaseKind::Sqlite) {
        base = QFileInfo(db->location().sqlitePath).absolutePath();
    } else {
        base = QFileInfo(Storage::DatabaseLocation::defaultLocation().sqlitePath).absolutePath() +
               QStringLiteral("/rejected-rows");
        QDir().mkpath(base);
    }
    // A folder that cannot be written: the temporary folder, which the result names.
    if (!RejectsFile::checkWritable(base + name))
        return QDir::tempPath() + name;
    return base + name;
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
    // With and without a final period, which the keys leave out.
    const auto addName = [&names](const QString &name) {
        const QString simplified = name.simplified();
        for (const QString &spelling :
             {simplified,
              simplified.endsWith(QLatin1Char('.')) ? simplified.chopped(1) : simplified + QLatin1Char('.')}) {
            names << spelling.toLower();
            if (spelling != spelling.toLower())
                names << spelling;
        }
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
                const QString value = q->value(0).toString();
                const QString key = prefix + (prefix == QLatin1String("n:") ? companyNameKey(value) : value.toLower());
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
    // The rows before a line the file cannot be read on are imported: the import then stops there.
    if (!more)
        chunk.failure = more.error();
    chunk.more = more && *more;
    chunk.bytesRead = reader->bytesRead();
    if (!std::exchange(dateOrderSettled, true))
        settleDateOrder(chunk.rows);
    chunk.readingNote = reader->readingNote();
    if (!dateOrderNote.isEmpty())
        chunk.readingNote =
            chunk.readingNote.isEmpty() ? dateOrderNote : chunk.readingNote + QLatin1Char(' ') + dateOrderNote;
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

void ContactImportJob::Private::settleDateOrder(const QList<TabularRow> &firstRows)
{
    if (options.dateOrderChosen)
        return;
    DateOrderEvidence evidence;
    for (const TabularRow &row : firstRows)
        evidence.addRow(parser->mapping(), row.cells, row.line);
    dateOrderNote = datesNote(evidence, parser->dateOrder(), !summary.sheet.isEmpty());
    if (const std::optional<DateOrder> order = evidence.order())
        parser->setDateOrder(*order);
}

QString ContactImportJob::datePlace(const QString &date, qint64 line, bool sheet)
{
    return sheet ? tr("“%1” in row %2").arg(date).arg(line) : tr("“%1” on line %2").arg(date).arg(line);
}

QString ContactImportJob::datesNote(const DateOrderEvidence &evidence, DateOrder chosen, bool sheet)
{
    const auto place = [sheet](const DateOrderEvidence::Shown &shown) {
        return datePlace(shown.date, shown.line, sheet);
    };
    // Both orders in one file: each date is read alone, and the user should look.
    if (evidence.isMixed())
        return (chosen == DateOrder::MonthFirst
                    ? tr("The file writes dates in both orders (%1, %2): each was read month first "
                         "unless only day first reads it. Check the dates of such rows.")
                    : tr("The file writes dates in both orders (%1, %2): each was read day first "
                         "unless only month first reads it. Check the dates of such rows."))
            .arg(place(evidence.firstMonthFirst), place(evidence.firstDayFirst));
    const std::optional<DateOrder> order = evidence.order();
    if (!order)
        return {};
    QStringList notes;
    if (*order != chosen)
        notes << (*order == DateOrder::MonthFirst
                      ? tr("Dates were read month first (3/4/2024 as March 4), as the file writes them: %1 can "
                           "only be read so.")
                      : tr("Dates were read day first (3/4/2024 as 3 April), as the file writes them: %1 can "
                           "only be read so."))
                     .arg(place(evidence.example()));
    // A date written the other way among them (a typo, or a row from elsewhere) is read so.
    if (const DateOrderEvidence::Shown odd = evidence.exception(); !odd.date.isEmpty())
        notes << (evidence.exceptions() == 1
                      ? tr("%1 is written the other way round from the file's other dates and was read so; check it.")
                            .arg(place(odd))
                      : tr("%1 and %2 more dates are written the other way round from the file's other dates and "
                           "were read so; check them.")
                            .arg(place(odd), QLocale().toString(evidence.exceptions() - 1)));
    return notes.join(QLatin1Char(' '));
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

Expected<bool> ContactImportJob::Private::needsEmailIndex(Chunk &chunk)
{
    if (!createdExactly)
        return false;
    if (createdExactly->size() >= kExactKeysAtMost)
        return true;
    if (Result folded = foldKeys(chunk); !folded)
        return folded.error();
    for (qsizetype i = 0; i < chunk.parsed.size(); ++i)
        if (!chunk.parsed.at(i).isRejected() && !chunk.matchKeys.at(i).isEmpty() &&
            createdExactly->contains(chunk.matchHashes.at(i)))
            return true;
    return false;
}

Result ContactImportJob::Private::saveCounters(const QString &status, const QString &error)
{
    const bool done = status != QLatin1String("running");
    const QVariant now = db->dialect().timestampToDb(clock.nowUtc());
    auto saved =
        db->exec(QStringLiteral("UPDATE import_batches SET status = ?, rows_total = ?, created_count = ?, "
                                "updated_count = ?, merged_count = ?, skipped_count = ?, rejected_count = ?, "
                                "rejects_file = ?, error = ?, finished_at = ?, updated_at = ? "
                                "WHERE id = ? AND status = 'running'"),
                 {status, summary.rows, summary.created, summary.updated, summary.merged, summary.skipped,
                  summary.rejected, notNull(summary.rejected > 0 ? rejects->path() : QString()), notNull(error),
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
    // import dwarfs the table (as for a first import into a new database). One that creates
    // no contacts changes a few columns of stored ones, found through the indexes.
    if (options.updateOnly || estimatedRows < 100000 || estimatedRows < 2 * existingRows)
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
    if (!mapping.columnFor(ImportField::OtherEmail))
        keep << QStringLiteral("contacts_other_emails");
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
    : Job(tr("Import of %1").arg(fileNameForTitle(options.filePath)), parent)
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
    const qint64 estimate = current.more && d->reader->totalBytes() > 0
                                ? d->reader->totalBytes() * current.rows.size() / qMax<qint64>(1, current.bytesRead)
                                : current.rows.size();
    // What other connections wrote from here on changes SQLite's data version (takeImportTurn()).
    if (d->db->kind() == Storage::DatabaseKind::Sqlite) {
        auto version = d->dataVersionNow();
        if (!version)
            return fail(version.error());
        d->dataVersion = *version;
    }
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
    // Someone who saved a contact between the count and the guard that now holds the emails: the
    // table was not empty after all, and the email index is built again at once.
    if (auto others = d->othersWrote(); !others) {
        return fail(others.error());
    } else if (*others && d->createdExactly) {
        if (Result built = d->bulk.restoreEmailIndex(); !built)
            return fail(built.error());
        d->createdExactly.reset();
        d->noteOthersWrote();
    }
    // Updating stored contacts takes statements per contact (revert records, and updates of
    // contacts whose changes are few of a kind), and inside a savepoint each statement costs
    // SQLite as much as all the savepoint has written so far (the in-memory journal that lets
    // one statement fail alone is walked to its end): 100,000 updates, a statement each, took
    // 13 s in chunks that shared a transaction, 2 s in chunks of their own. So such an import
    // commits each chunk by itself.
    // (Skipping updates a stored contact only to record an opt-out: rarely, unless the file maps
    // a consent column.)
    const bool skipChangesNothing =
        d->options.onDuplicate == DuplicateAction::Skip &&
        std::none_of(std::begin(kWithdrawalFields), std::end(kWithdrawalFields),
                     [this](ImportField field) { return d->parser->mapping().columnFor(field).has_value(); });
    const bool shareTransactions =
        d->db->kind() != Storage::DatabaseKind::Sqlite || *existingRows == 0 || skipChangesNothing;

    while (true) {
        const bool hasNext = current.more;
        if (hasNext)
            pending = prepareNext();
        // Cancelled once every row is in (the reader found the end only after the last full
        // chunk), there is nothing left to stop: the import is complete, not cancelled.
        const bool rowsLeft = hasNext || !current.rows.isEmpty();
        if (isCancelled() && rowsLeft) {
            const qint64 rows = d->summary.rows;
            const QString after = rows == 1
                                      ? tr("The import was cancelled after one row")
                                      : tr("The import was cancelled after %1 rows").arg(QLocale().toString(rows));
            QString text;
            if (d->summary.created + d->summary.updated > 0)
                text = tr("%1; the contacts it created or updated can be reverted.").arg(after);
            else if (rows == 0)
                text = tr("The import was cancelled before its first row.");
            else
                text = rows == 1 ? tr("%1, which was not imported.").arg(after)
                                 : tr("%1; none of them was imported.").arg(after);
            return fail(Error(ErrorCode::Cancelled, text));
        }
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
    }
    if (current.failure) // its rows before the line it stopped on are in
        return fail(*current.failure);
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
    if (s.merged > 0) // a file that lists someone twice
        return tr("%1 rows: %2 created, %3 updated, %4 merged with earlier rows, %5 skipped, %6 rejected")
            .arg(locale.toString(s.rows), created, updated, locale.toString(s.merged), skipped, rejected);
    return s.rows == 1 ? tr("1 row: %1 created, %2 updated, %3 skipped, %4 rejected").arg(created, updated, skipped, rejected)
                       : tr("%1 rows: %2 created, %3 updated, %4 skipped, %5 rejected")
                             .arg(locale.toString(s.rows), created, updated, skipped, rejected);
}

QString ContactImportJob::optOutsKeptText(const ImportSummary &s)
{
    if (s.optOutsKept == 0)
        return {};
    return s.optOutsKept == 1
               ? tr("1 row would have opted back in a contact who had opted out, or cleared “do not contact”. "
                    "The opt-out was kept: only the person can opt in again.")
               : tr("%Ln rows would have opted back in a contact who had opted out, or cleared “do not contact”. "
                    "Their opt-outs were kept: only the person can opt in again.",
                    nullptr, int(qMin<qint64>(s.optOutsKept, std::numeric_limits<int>::max())));
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
