#pragma once

#include "services/contacts/contactlist.h"
#include "services/jobs/job.h"

#include <QStringList>

#include <memory>

namespace Leadline::Storage { class Database; }
namespace Leadline::Contacts { class ContactService; }
namespace Leadline::Leads { class UserService; }

namespace Leadline::ImportExport {

enum class ExportFormat { Csv, Xlsx };

// How the columns and their values are named. FieldNames ("first_name", "customer") is the same
// in every language and brings custom fields back into any database; Labels ("First name",
// "Customer") reads as the app shows it, in its language, and an import in that language maps
// it back (custom fields by their names, into a database that has them).
enum class ExportHeaders { FieldNames, Labels };

struct ExportField
{
    const char *key;   // the column header; import maps it back to the same field
    const char *label; // translated with context "ExportFields" (for the column chooser)
};
const QList<ExportField> &exportFields();
// Every field but the contact's own id and its last change, then the custom fields named:
// what an import of the file needs to give the same contacts back.
QStringList defaultExportFieldKeys(const QStringList &customFieldNames = {});

struct ExportOptions
{
    QString path;                 // .csv or .xlsx decides the format unless format is set
    std::optional<ExportFormat> format;
    Contacts::ContactFilter filter; // which contacts (ignored when ids is given)
    std::optional<Contacts::ContactSort> sort; // the list's order; none: by id, the quickest
    QStringList ids;              // a selection
    QStringList fields;           // keys from exportFields(); empty = defaultExportFieldKeys() (no custom fields)
    bool byteOrderMark = true;    // CSV: lets Excel read UTF-8
    QChar delimiter = QLatin1Char(','); // CSV: see csvDelimiterFor()
    ExportHeaders headers = ExportHeaders::FieldNames;
};
// The header of an exported column: its key, or its label in the app's language.
QString exportHeader(const QString &key, ExportHeaders headers);

// Exports contacts to CSV (UTF-8, RFC 4180) or XLSX (constant memory), streaming pages from
// the database so a million rows never sit in memory. Formula-like cells are neutralised by
// the writers. The file appears at its path only when complete. Runs on the calling thread.
class ContactExportJob : public Jobs::Job
{
    Q_OBJECT
public:
    // The users name the contacts' owners (by email, as an import reads them back).
    ContactExportJob(Contacts::ContactService &contacts, const Leads::UserService &users, ExportOptions options,
                     QObject *parent = nullptr);
    ~ContactExportJob() override;

    qint64 rowsWritten() const { return m_rows; }
    static Expected<ExportFormat> formatFor(const ExportOptions &options);

protected:
    Expected<QString> execute() override;

private:
    Contacts::ContactService &m_contacts;
    const Leads::UserService &m_users;
    ExportOptions m_options;
    qint64 m_rows = 0;
};

} // namespace Leadline::ImportExport
