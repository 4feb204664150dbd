#pragma once

#include "services/importexport/contactimportjob.h"
#include "services/importexport/importbatchservice.h"

#include <QDateTime>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Leadline::Jobs {
class Job;
}

namespace Leadline::Ui {

class ImportWizard;

// Wizard page 5: runs the import as a job (the jobs panel shows it too), then shows what
// happened: created, updated, merged, skipped and rejected rows, the rejected rows as a CSV to open or
// save, and an undo of the whole import.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool isReverted() const { return m_reverted; }
    const ImportExport::ImportSummary &summary() const { return m_summary; }
    bool saveRejectsCopy(const QString &path);
    void undoImport();

private:
    void showCancelling();
    void start();
    void ended(Jobs::Job *job, const ImportExport::ImportSummary &summary, bool ok, const QString &message);
    void askToUndo(const QString &batchId, const ImportExport::ImportBatchService::RevertPreview &preview);
    void reverted(const QString &batchId, const QString &error);
    void chooseRejectsCopy();
    void showImportedContacts();

    ImportWizard *m_wizard;
    // Compared, and cancelled while m_running: the runner deletes it only after importEnded.
    Jobs::Job *m_job = nullptr;
    bool m_started = false;
    bool m_running = false;
    bool m_preparingUndo = false; // counting the contacts changed since, before asking
    bool m_reverting = false;
    bool m_reverted = false;
    ImportExport::ImportSummary m_summary;
    QDateTime m_startedAt; // of the last run, for the contacts list's description of it
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_results = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_merged = nullptr;
    QLabel *m_notes = nullptr; // opt-outs kept, how the file was read
    QLabel *m_mergedCaption = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_rejected = nullptr;
    QWidget *m_rejectsRow = nullptr;
    QLabel *m_unknownOwners = nullptr; // rows whose owner is not a user here
    QPushButton *m_openRejects = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QPushButton *m_showContacts = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_backToFile = nullptr; // after an import that stopped before it imported anything
    QLabel *m_undoStatus = nullptr;
    QLabel *m_rejectsStatus = nullptr; // why the rejected rows could not be opened
};

} // namespace Leadline::Ui
