#pragma once

#include "services/domain/entities.h"
#include "services/importexport/contactexportjob.h"
#include "services/importexport/contactimportjob.h"
#include "services/importexport/importbatchservice.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace Leadline {
class Workspace;
}
namespace Leadline::Jobs {
class Job;
class JobRunner;
} // namespace Leadline::Jobs

namespace Leadline::Ui {

// Starts imports and exports on the main window's JobRunner and reverts import batches on a
// worker, for the wizard, the history and the export dialog. It outlives those windows, so an
// import keeps going (and the contacts refresh) after the wizard was closed. Announces every
// change to the contacts with contactsChanged: bulk writes emit no service signals.
// GUI thread object; the workspace and the runner must outlive it.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Workspace &workspace, Jobs::JobRunner &runner, QObject *parent = nullptr);
    ~ImportController() override;

    Workspace &workspace() const { return m_workspace; }
    void setActor(const Domain::Actor &actor) { m_actor = actor; }

    // The job belongs to the runner; compare it with importEnded's, never keep it.
    Jobs::Job *startImport(const ImportExport::ImportOptions &options);
    Jobs::Job *startExport(const ImportExport::ExportOptions &options);

    // Each answers once by its signal.
    // changedSinceAccepted: what the question said (RevertPreview::changedSince), or none when it
    // could not say; see ImportBatchService::revert().
    void revert(const QString &batchId, std::optional<qint64> changedSinceAccepted);
    // Before asking whether to revert: what it would remove and restore, and how many of the
    // contacts it created were changed since.
    void prepareRevert(const QString &batchId);
    // The question before undoing an import of that file, with what it does in sentences
    // (removing and restoring so many contacts), and a warning for those created and changed since.
    static QString revertQuestion(const QString &importText,
                                  const ImportExport::ImportBatchService::RevertPreview &preview);
    // Has the main window list the contacts this import created or updated (for the wizard's
    // last page and the history; answered by contactsOfImportRequested).
    void showContactsOf(const QString &batchId, const QString &fileName, const QDateTime &startedAt);
    void listBatches();
    void loadDefaultRegion();
    void loadCustomFieldNames();
    void loadOwners(); // the active users, who can own imported contacts
    // How many of these Leadline ids name a contact of this database (an export of it brought
    // back, or of another database).
    void countKnownContactIds(const QStringList &ids);

Q_SIGNALS:
    void importEnded(Leadline::Jobs::Job *job, const Leadline::ImportExport::ImportSummary &summary, bool ok,
                     const QString &message);
    void exportEnded(Leadline::Jobs::Job *job, const QString &path, qint64 rows, bool ok, const QString &message);
    void reverted(const QString &batchId, const QString &error); // error empty on success
    void revertPrepared(const QString &batchId, const Leadline::ImportExport::ImportBatchService::RevertPreview &preview);
    void batchesListed(const QList<Leadline::ImportExport::ImportBatch> &batches, const QString &error);
    void defaultRegionLoaded(const QString &region);
    void customFieldNamesLoaded(const QStringList &names); // empty when they cannot be read
    void ownersLoaded(const QList<Leadline::Domain::User> &users); // sorted by name; empty when unreadable
    void knownContactIdsCounted(const QStringList &ids, int known); // known: 0 when they cannot be read
    void contactsChanged();
    void contactsOfImportRequested(const QString &batchId, const QString &fileName, const QDateTime &startedAt);

private:
    Workspace &m_workspace;
    Jobs::JobRunner &m_runner;
    Domain::Actor m_actor;
    std::unique_ptr<ImportExport::ImportBatchService> m_batches;
    QThreadPool m_pool;
};

} // namespace Leadline::Ui
