#include "services/importexport/contactexportjob.h"

#include "services/contacts/contactservice.h"
#include "services/importexport/csvwriter.h"
#include "services/importexport/importrowparser.h"
#include "services/importexport/spreadsheetwriter.h"
#include "services/leads/userservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QJsonValue>
#include <QLocale>
#include <QPromise>
#include <QScopeGuard>
#include <QThreadPool>

namespace Leadline::ImportExport {

namespace {

const QList<ExportField> kFields = {
    {"id", QT_TRANSLATE_NOOP("ExportFields", "Leadline id")},
    {"first_name", QT_TRANSLATE_NOOP("ExportFields", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("ExportFields", "Last name")},
    {"email", QT_TRANSLATE_NOOP("ExportFields", "Email")},
    {"other_emails", QT_TRANSLATE_NOOP("ExportFields", "Other emails")},
    {"phone", QT_TRANSLATE_NOOP("ExportFields", "Phone")},
    {"other_phones", QT_TRANSLATE_NOOP("ExportFields", "Other phones")},
    {"title", QT_TRANSLATE_NOOP("ExportFields", "Job title")},
    {"company_name", QT_TRANSLATE_NOOP("ExportFields", "Company")},
    {"street", QT_TRANSLATE_NOOP("ExportFields", "Street")},
    {"city", QT_TRANSLATE_NOOP("ExportFields", "City")},
    {"region", QT_TRANSLATE_NOOP("ExportFields", "State / region")},
    {"postal_code", QT_TRANSLATE_NOOP("ExportFields", "Postal code")},
    {"country", QT_TRANSLATE_NOOP("ExportFields", "Country")},
    {"time_zone", QT_TRANSLATE_NOOP("ExportFields", "Time zone")},
    {"lifecycle_stage", QT_TRANSLATE_NOOP("ExportFields", "Lifecycle stage")},
    {"opt_in_email", QT_TRANSLATE_NOOP("ExportFields", "Email consent")},
    {"opt_in_sms", QT_TRANSLATE_NOOP("ExportFields", "SMS consent")},
    {"opt_in_whatsapp", QT_TRANSLATE_NOOP("ExportFields", "WhatsApp consent")},
    {"opt_in_voice", QT_TRANSLATE_NOOP("ExportFields", "Voice call consent")},
    {"do_not_contact", QT_TRANSLATE_NOOP("ExportFields", "Do not contact")},
    {"tags", QT_TRANSLATE_NOOP("ExportFields", "Tags")},
    {"owner_email", QT_TRANSLATE_NOOP("ExportFields", "Owner (email)")},
    {"source", QT_TRANSLATE_NOOP("ExportFields", "Source")},
    {"external_id", QT_TRANSLATE_NOOP("ExportFields", "External id")},
    {"created_at", QT_TRANSLATE_NOOP("ExportFields", "Created")},
    {"updated_at", QT_TRANSLATE_NOOP("ExportFields", "Updated")},
};

// An enum's values as the app shows them, or as their keys, looked up once per export rather
// than translated cell by cell.
template <typename Enum> class EnumTexts
{
public:
    explicit EnumTexts(ExportHeaders headers)
    {
        for (const Enum value : Domain::allValues<Enum>())
            m_texts.insert(int(value),
                           headers == ExportHeaders::Labels ? Domain::displayName(value) : Domain::toKey(value));
    }
    QString operator()(Enum value) const { return m_texts.value(int(value)); }

private:
    QHash<int, QString> m_texts;
};

struct CellTexts
{
    explicit CellTexts(ExportHeaders headers)
        : stage(headers)
        , consent(headers)
        , source(headers)
        , yes(headers == ExportHeaders::Labels ? ContactExportJob::tr("Yes") : QStringLiteral("yes"))
        , no(headers == ExportHeaders::Labels ? ContactExportJob::tr("No") : QStringLiteral("no"))
    {}
    EnumTexts<Domain::LifecycleStage> stage;
    EnumTexts<Domain::OptInStatus> consent;
    EnumTexts<Domain::LeadSource> source;
    QString yes;
    QString no;
};

// owners: user id → email.
QString cell(const Domain::Contact &c, const QString &key, const QHash<QString, QString> &owners,
             const CellTexts &texts)
{
    using Domain::Channel;
    if (key == QLatin1String("id")) return c.id;
    if (key == QLatin1String("first_name")) return c.firstName;
    if (key == QLatin1String("last_name")) return c.lastName;
    if (key == QLatin1String("email")) return c.email;
    if (key == QLatin1String("other_emails")) return c.otherEmails.join(QStringLiteral("; "));
    if (key == QLatin1String("phone")) return c.phone;
    if (key == QLatin1String("other_phones")) return c.otherPhones.join(QStringLiteral("; "));
    if (key == QLatin1String("title")) return c.title;
    if (key == QLatin1String("company_name")) return c.companyName;
    if (key == QLatin1String("street")) return c.address.street;
    if (key == QLatin1String("city")) return c.address.city;
    if (key == QLatin1String("region")) return c.address.region;
    if (key == QLatin1String("postal_code")) return c.address.postalCode;
    if (key == QLatin1String("country")) return c.address.country;
    if (key == QLatin1String("time_zone")) return c.timeZone;
    if (key == QLatin1String("lifecycle_stage"))
        return texts.stage(c.lifecycleStage);
    if (key == QLatin1String("opt_in_email"))
        return texts.consent(c.optInFor(Channel::Email));
    if (key == QLatin1String("opt_in_sms"))
        return texts.consent(c.optInFor(Channel::Sms));
    if (key == QLatin1String("opt_in_whatsapp"))
        return texts.consent(c.optInFor(Channel::WhatsApp));
    if (key == QLatin1String("opt_in_voice"))
        return texts.consent(c.optInFor(Channel::Voice));
    if (key == QLatin1String("do_not_contact"))
        return c.doNotContact ? texts.yes : texts.no;
    if (key == QLatin1String("tags")) return ImportRowParser::joinList(c.tags, QStringLiteral("; ")); // as the import reads them
    if (key == QLatin1String("owner_email")) return owners.value(c.ownerId);
    if (key == QLatin1String("source"))
        return texts.source(c.source);
    if (key == QLatin1String("external_id")) return c.externalId;
    if (key == QLatin1String("created_at")) return c.createdAt.toString(Qt::ISODateWithMs); // as stored
    if (key == QLatin1String("updated_at")) return c.updatedAt.toString(Qt::ISODateWithMs);
    if (key.startsWith(QLatin1String("custom:"))) {
        const QJsonValue value = c.customFields.value(key.mid(7));
        return value.isString() ? value.toString() : value.toVariant().toString();
    }
    return {};
}

// Runs work on the pool's thread, and there only. (Waiting for a QtConcurrent::run() task
// that has not started yet runs it on the waiting thread instead: that thread would then open
// a database connection of its own.)
template <typename Work>
auto onThread(QThreadPool &pool, Work work) -> QFuture<decltype(work())>
{
    using Value = decltype(work());
    auto promise = std::make_shared<QPromise<Value>>();
    QFuture<Value> future = promise->future();
    promise->start();
    pool.start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace

const QList<ExportField> &exportFields()
{
    return kFields;
}

QString exportHeader(const QString &key, ExportHeaders headers)
{
    if (headers == ExportHeaders::FieldNames)
        return key;
    if (key.startsWith(QLatin1String("custom:")))
        return key.mid(7);
    for (const ExportField &field : kFields)
        if (key == QLatin1String(field.key))
            return QCoreApplication::translate("ExportFields", field.label);
    return key;
}

QStringList defaultExportFieldKeys(const QStringList &customFieldNames)
{
    QStringList keys;
    for (const ExportField &field : kFields)
        if (qstrcmp(field.key, "id") != 0 && qstrcmp(field.key, "updated_at") != 0)
            keys << QLatin1String(field.key);
    for (const QString &name : customFieldNames)
        keys << QStringLiteral("custom:") + name;
    return keys;
}

ContactExportJob::ContactExportJob(Contacts::ContactService &contacts, const Leads::UserService &users,
                                   ExportOptions options, QObject *parent)
    : Job(tr("Export of contacts to %1").arg(fileNameForTitle(options.path)), parent)
    , m_contacts(contacts)
    , m_users(users)
    , m_options(std::move(options))
{
}

ContactExportJob::~ContactExportJob() = default;

Expected<ExportFormat> ContactExportJob::formatFor(const ExportOptions &options)
{
    if (options.format)
        return *options.format;
    const QString suffix = QFileInfo(options.path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return ExportFormat::Csv;
    return Error(ErrorCode::InvalidArgument,
                 tr("Cannot tell the export format from \"%1\": use a .csv or .xlsx file name.").arg(options.path));
}

Expected<QString> ContactExportJob::execute()
{
    auto format = formatFor(m_options);
    if (!format)
        return format.error();
    QStringList fields = m_options.fields.isEmpty() ? defaultExportFieldKeys() : m_options.fields;
    for (const QString &key : fields) {
        const bool known = key.startsWith(QLatin1String("custom:"))
                           || std::any_of(kFields.begin(), kFields.end(),
                                          [&key](const ExportField &f) { return key == QLatin1String(f.key); });
        if (!known)
            return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a contact field that can be exported.").arg(key));
    }

    std::unique_ptr<TabularWriter> writer;
    if (*format == ExportFormat::Csv) {
        CsvWriteOptions csv;
        csv.byteOrderMark = m_options.byteOrderMark;
        csv.delimiter = m_options.delimiter;
        auto opened = CsvWriter::open(m_options.path, csv);
        if (!opened)
            return opened.error();
        writer = std::move(*opened);
    } else {
        SpreadsheetWriteOptions sheet;
        sheet.sheetName = tr("Contacts");
        for (const char *timestamp : {"created_at", "updated_at"})
            if (const qsizetype column = fields.indexOf(QLatin1String(timestamp)); column >= 0)
                sheet.timestampColumns << int(column);
        auto opened = SpreadsheetWriter::open(m_options.path, sheet);
        if (!opened)
            return opened.error();
        writer = std::move(*opened);
    }
    QStringList header;
    for (const QString &key : std::as_const(fields))
        header << exportHeader(key, m_options.headers);
    if (Result written = writer->writeRow(header); !written)
        return written.error();

    // What the pages read of each contact: the exported fields only (a third of the columns in
    // a typical export; reading every column was most of an export's time).
    QStringList read;
    for (const QString &key : std::as_const(fields))
        read << (key.startsWith(QLatin1String("custom:")) ? QStringLiteral("custom_fields")
                 : key == QLatin1String("owner_email")    ? QStringLiteral("owner_id")
                                                          : key);

    // The next page is read on a thread of its own while this one writes the page before:
    // writing a workbook takes twice as long as reading, a CSV file a third as long. One thread,
    // so that one connection reads (each maps the database file into memory on its own).
    QThreadPool reader;
    reader.setMaxThreadCount(1);
    // Owners by email, read once: a user may own thousands of the contacts, and users are few.
    QHash<QString, QString> owners;
    if (fields.contains(QLatin1String("owner_email"))) {
        auto users = onThread(reader, [this] { return m_users.list(true); }).result();
        if (!users)
            return users.error();
        for (const Domain::User &user : std::as_const(*users))
            owners.insert(user.id, user.email);
    }
    const bool selection = !m_options.ids.isEmpty();
    const qint64 total = selection ? m_options.ids.size()
                                   : onThread(reader, [this] { return m_contacts.count(m_options.filter).valueOr(0); })
                                         .result();
    constexpr int kPage = 2000;
    using Page = Expected<QList<Domain::Contact>>;
    // In the list's order: the page's ids by the sort's keyset, then those contacts whole.
    Contacts::RowKey sortedAfter;
    bool sortedEnded = false; // a short page of ids (a contact deleted meanwhile shortens only the page read)
    const auto readSorted = [this, &sortedAfter, &sortedEnded, &read]() -> Page {
        auto rows = m_contacts.pageAfter(m_options.filter, *m_options.sort, sortedAfter, kPage);
        if (!rows)
            return rows.error();
        QStringList ids;
        ids.reserve(rows->size());
        for (const Contacts::ContactRow &row : std::as_const(*rows))
            ids << row.id;
        sortedEnded = rows->size() < kPage;
        if (!rows->isEmpty())
            sortedAfter = Contacts::RowKey{rows->last().sortKey, rows->last().id};
        return m_contacts.getMany(ids, read);
    };
    const auto readPage = [this, &reader, &read, &readSorted, selection](const QString &afterId, qsizetype from) {
        return onThread(reader, [this, &read, &readSorted, selection, afterId, from]() -> Page {
            if (selection)
                return m_contacts.getMany(m_options.ids.mid(from, kPage), read);
            if (m_options.sort)
                return readSorted();
            return m_contacts.listAfter(m_options.filter, afterId, kPage, read);
        });
    };
    const CellTexts texts(m_options.headers);
    QFuture<Page> next = readPage(QString(), 0);
    // Never leave with a page still being read: it uses this job's options.
    const auto waitForNext = qScopeGuard([&next] { next.waitForFinished(); });
    qsizetype selectionIndex = 0;
    while (true) {
        if (isCancelled())
            return Error(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
        Page page = next.takeResult();
        next = {};
        if (!page)
            return page.error();
        selectionIndex += kPage;
        const bool last = selection          ? selectionIndex >= m_options.ids.size()
                          : m_options.sort ? sortedEnded
                                           : page->size() < kPage;
        if (!last) // a sorted page may come back short, even empty, when its contacts went meanwhile
            next = readPage(selection || m_options.sort || page->isEmpty() ? QString() : page->last().id, selectionIndex);
        for (const Domain::Contact &contact : std::as_const(*page)) {
            QStringList row;
            row.reserve(fields.size());
            for (const QString &key : fields)
                row << cell(contact, key, owners, texts);
            if (Result written = writer->writeRow(row); !written)
                return written.error();
            ++m_rows;
        }
        reportProgress(m_rows, qMax(total, m_rows));
        if (last)
            break;
    }
    if (Result finished = writer->finish(); !finished)
        return finished.error();
    const QString file = QFileInfo(m_options.path).fileName();
    return m_rows == 1 ? tr("1 contact exported to %1").arg(file)
                       : tr("%1 contacts exported to %2").arg(QLocale().toString(m_rows), file);
}

} // namespace Leadline::ImportExport
