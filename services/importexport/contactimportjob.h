#pragma once

#include "services/domain/entities.h"
#include "services/importexport/importoptions.h"
#include "services/jobs/job.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::ImportExport {

struct ImportBatch;
struct DateOrderEvidence;
struct ParsedRow;

struct ImportSummary
{
    QString batchId;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0; // contacts from before the import that a row updated (a row each)
    // Rows for a contact an earlier row of the file created or updated (a person listed twice):
    // merged into it, with the duplicate handling chosen. Skipped instead when duplicates are.
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    // Rows whose overwriting would have opted a contact back in, or cleared "do not contact":
    // the import kept the opt-out (MergeRules).
    qint64 optOutsKept = 0;
    // Rows that named an owner who is not an active user here (the owner of a CRM the file came from):
    // imported without that owner. The first few names as written.
    static constexpr int kUnknownOwnersNamed = 5;
    qint64 unknownOwnerRows = 0;
    QStringList unknownOwners;
    bool moreUnknownOwners = false; // others than those named
    QString rejectsFile;    // empty when no row was rejected
    QString sheet;          // the sheet of a workbook that was read; empty for a text file
    bool sheetChosen = false; // a workbook of several visible sheets: the sheet is worth naming
    qint64 headerLine = 0;  // where the column names were found; 0 without a header row
    int preambleRows = 0;   // rows above the header left out as a title (TabularReader::preambleRows())
    qint64 phoneMicros = 0; // CPU time spent normalising phone numbers (all threads), for benchmarks
    QString readingNote;    // how the file's rows were read, when a user should know (TabularReader::readingNote())

    QJsonObject toJson() const;
    // The counts of a batch from the history, for the texts a finished import shows
    // (ContactImportJob::countsText()).
    static ImportSummary countsOf(const ImportBatch &batch);
};

// Imports contacts from a CSV or XLSX file as one import batch. The file is streamed in
// chunks; each chunk is parsed and validated on all cores, de-duplicated (within the file
// and against the database on the chosen key), and written in one transaction together with
// the batch's counters, so a cancelled, failed or killed import never leaves half a row and
// its batch can always be reverted. Rejected rows go to a CSV with the reason per row.
// Runs on the thread that calls run() (a JobRunner worker, or the CLI's main thread).
class ContactImportJob : public Jobs::Job
{
    Q_OBJECT
public:
    ContactImportJob(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, ImportOptions options,
                     Domain::Actor actor = {}, QObject *parent = nullptr);
    ~ContactImportJob() override;

    // Valid after finished (and, with what was done so far, after failed).
    const ImportSummary &summary() const;
    // "1,200 rows: 1,100 created, 80 updated, 15 skipped, 5 rejected".
    static QString countsText(const ImportSummary &summary);
    // Why a row that matches no contact creates none (an update-only import, a row with nothing
    // to tell a person by): the reason it is rejected with; nullopt when it makes a contact.
    static std::optional<QString> newContactRefused(const ParsedRow &row, const ImportOptions &options);
    // How a file's dates were read, when a user should know (the first rows settled an order not
    // the one chosen for them, some are written the other way round, or both orders are written);
    // empty otherwise. chosen: the order they would be read in without the file's word; sheet: a
    // workbook's rows, not a text file's lines.
    static QString datesNote(const DateOrderEvidence &evidence, DateOrder chosen, bool sheet);
    // “1/15/2024” on line 3 (a text file) or in row 3 (a workbook): where a date of the evidence stands.
    static QString datePlace(const QString &date, qint64 line, bool sheet);
    // What became of rows whose owner is not a user: "3 rows named an owner who is not a user
    // here (Jane Smith and bob@old.example); they were imported as if they named no owner."
    // Empty when none did. defaultOwner: ImportOptions::defaultOwner.
    static QString unknownOwnersText(const ImportSummary &summary, const QString &defaultOwner);
    // "3 rows would have opted back in a contact who had opted out…"; empty when none would.
    static QString optOutsKeptText(const ImportSummary &summary);

    // Rows read, parsed and written together. Three chunks are in memory at a time (one being
    // written, the next being parsed, the last being freed): 1M rows peaked at 440 MB with
    // 20,000 a chunk, 310 MB with 10,000, in the same time; 5,000 was slower with phones.
    static constexpr int kChunkRows = 10000;
    // Rows written between commits (whole chunks): what a crash can take back.
    static constexpr int kRowsPerCommit = 100000;
    // … or after this long, whichever comes first.
    static constexpr int kCommitAfterMs = 5000;

protected:
    Expected<QString> execute() override;

private:
    // From here the import can no longer be cancelled; says so when its end rebuilds the
    // indexes a big load set aside (a million contacts take a few seconds, ten million half a
    // minute, with the progress bar full).
    void announceIndexing();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::ImportExport
