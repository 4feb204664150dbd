#include "ui/importexport/importrunpage.h"

#include "services/jobs/job.h"
#include "services/storage/databasefiles.h"
#include "ui/common/filedialog.h"
#include "ui/importexport/confirmation.h"
#include "ui/importexport/importcontroller.h"
#include "ui/importexport/importwizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Leadline::Ui {

using namespace ImportExport;

namespace {

// A big number over a small caption, one per outcome.
// A number over its caption; returns the number.
QLabel *addCount(QGridLayout *grid, int column, const QString &caption, const QString &color, const char *name,
                 QWidget *parent, QLabel **captionLabel = nullptr)
{
    auto *number = new QLabel(QStringLiteral("0"), parent);
    number->setObjectName(QLatin1String(name));
    number->setAlignment(Qt::AlignCenter);
    number->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: 600; color: %1;").arg(color));
    auto *label = new QLabel(caption, parent);
    label->setAlignment(Qt::AlignCenter);
    grid->addWidget(number, 0, column);
    grid->addWidget(label, 1, column);
    if (captionLabel)
        *captionLabel = label;
    return number;
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setFinalPage(true); // titled by start()

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setAutoDefault(false); // the focus may rest on it as the run starts: Enter never cancels
    m_cancel->setObjectName(QStringLiteral("runCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running && m_job)
            m_job->cancel();
        showCancelling();
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_results = new QWidget(this);
    m_results->setObjectName(QStringLiteral("runResults"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    m_created = addCount(grid, 0, tr("created"), QStringLiteral("#1e7b34"), "runCreated", m_results);
    m_updated = addCount(grid, 1, tr("updated"), QStringLiteral("#2d5bb8"), "runUpdated", m_results);
    // Shown when a row was merged into a contact an earlier row created (a person listed twice).
    m_merged = addCount(grid, 2, tr("merged with earlier rows"), QStringLiteral("#2d5bb8"), "runMerged", m_results,
                        &m_mergedCaption);
    m_skipped = addCount(grid, 3, tr("skipped"), QStringLiteral("#5f6368"), "runSkipped", m_results);
    m_rejected = addCount(grid, 4, tr("rejected"), QStringLiteral("#9b1c1c"), "runRejected", m_results);

    m_unknownOwners = new QLabel(m_results);
    m_unknownOwners->setObjectName(QStringLiteral("runUnknownOwners"));
    m_unknownOwners->setWordWrap(true);
    m_unknownOwners->hide();
    m_notes = new QLabel(m_results);
    m_notes->setObjectName(QStringLiteral("runNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();

    m_rejectsRow = new QWidget(m_results);
    auto *rejectsLabel = new QLabel(tr("The rejected rows, each with the reason, are in a CSV file you can fix "
                                       "and import again."),
                                    m_rejectsRow);
    rejectsLabel->setWordWrap(true);
    m_openRejects = new QPushButton(tr("Open rejected rows"), m_rejectsRow);
    m_openRejects->setObjectName(QStringLiteral("runOpenRejects"));
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        const QString problem = openInDesktopApplication(m_summary.rejectsFile);
        m_rejectsStatus->setText(problem);
        m_rejectsStatus->setVisible(!problem.isEmpty());
    });
    m_saveRejects = new QPushButton(tr("Save a copy…"), m_rejectsRow);
    m_saveRejects->setObjectName(QStringLiteral("runSaveRejects"));
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportRunPage::chooseRejectsCopy);
    // What went wrong opening them, under the buttons that tried.
    m_rejectsStatus = new QLabel(m_rejectsRow);
    m_rejectsStatus->setObjectName(QStringLiteral("runRejectsStatus"));
    m_rejectsStatus->setWordWrap(true);
    m_rejectsStatus->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_rejectsStatus->hide();
    auto *rejectsButtons = new QHBoxLayout;
    rejectsButtons->addWidget(rejectsLabel, 1);
    rejectsButtons->addWidget(m_openRejects);
    rejectsButtons->addWidget(m_saveRejects);
    auto *rejectsLayout = new QVBoxLayout(m_rejectsRow);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addLayout(rejectsButtons);
    rejectsLayout->addWidget(m_rejectsStatus);

    m_showContacts = new QPushButton(tr("Show imported contacts"), m_results);
    m_showContacts->setObjectName(QStringLiteral("runShowContacts"));
    m_showContacts->setToolTip(tr("Closes this window and lists the contacts this import created or updated"));
    connect(m_showContacts, &QPushButton::clicked, this, &ImportRunPage::showImportedContacts);
    m_undo = new QPushButton(tr("Undo this import"), m_results);
    m_undo->setObjectName(QStringLiteral("runUndo"));
    m_undo->setToolTip(tr("Removes the contacts this import created and restores the fields it changed"));
    connect(m_undo, &QPushButton::clicked, this, &ImportRunPage::undoImport);
    m_undoStatus = new QLabel(m_results);
    m_undoStatus->setObjectName(QStringLiteral("runUndoStatus"));
    m_undoStatus->setWordWrap(true);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_showContacts);
    undoRow->addWidget(m_undo);
    undoRow->addWidget(m_undoStatus, 1);

    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 12, 0, 0);
    resultsLayout->addLayout(grid);
    resultsLayout->addSpacing(12);
    resultsLayout->addWidget(m_unknownOwners);
    resultsLayout->addWidget(m_notes);
    resultsLayout->addWidget(m_rejectsRow);
    resultsLayout->addSpacing(8);
    resultsLayout->addLayout(undoRow);

    // A file that stops on its first chunks (an encoding that does not fit, say) is read again
    // with other settings from the first page.
    m_backToFile = new QPushButton(tr("Change how the file is read…"), this);
    m_backToFile->setObjectName(QStringLiteral("runBackToFile"));
    m_backToFile->hide();
    connect(m_backToFile, &QPushButton::clicked, this, [this] {
        m_started = false;
        m_results->hide();
        m_backToFile->hide();
        m_wizard->restart();
        m_wizard->rereadFile(); // what the first page shows is the file as it is now
    });
    auto *backRow = new QHBoxLayout;
    backRow->addWidget(m_backToFile);
    backRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(backRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_results);
    layout->addStretch(1);
    m_results->hide();

    connect(&m_wizard->controller(), &ImportController::importEnded, this, &ImportRunPage::ended);
    connect(&m_wizard->controller(), &ImportController::reverted, this, &ImportRunPage::reverted);
    connect(&m_wizard->controller(), &ImportController::revertPrepared, this, &ImportRunPage::askToUndo);
}

void ImportRunPage::initializePage()
{
    if (!m_started)
        start();
}

bool ImportRunPage::isComplete() const
{
    return m_started && !m_running && !m_reverting;
}

void ImportRunPage::start()
{
    m_started = true;
    m_running = true;
    // As it was built: a run after "Change how the file is read…" starts from scratch.
    m_summary = {};
    m_reverted = false;
    m_preparingUndo = false; // a question still being prepared for the last run is not asked
    setTitle(tr("Importing"));
    setSubTitle(tr("The import runs in the background: you can close this window and keep working, the jobs "
                   "panel shows its progress."));
    m_status->setStyleSheet(QString());
    m_results->hide();
    m_backToFile->hide();
    m_undo->setEnabled(true);
    m_undoStatus->clear();
    m_rejectsStatus->hide();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    const ImportOptions options = m_wizard->importOptions();
    m_wizard->rememberChoices();
    m_wizard->cancelFileCheck(); // the import reads every row itself, and needs the cores
    m_status->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(options.filePath)));
    Jobs::Job *job = m_wizard->controller().startImport(options);
    m_job = job;
    connect(job, &Jobs::Job::progress, this, [this](qint64 done, qint64 total) {
        // Bytes can exceed an int: show per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    });
    connect(job, &Jobs::Job::statusText, this, [this](const QString &text) {
        // Cancelled here or from the jobs panel: "Cancelling…" stays until the job stops.
        if (m_job && m_job->isCancelled())
            showCancelling();
        else
            m_status->setText(text);
    });
    connect(job, &Jobs::Job::cancellableChanged, m_cancel, &QPushButton::setEnabled);
    Q_EMIT completeChanged();
}

void ImportRunPage::showCancelling()
{
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the current chunk of rows…"));
}

void ImportRunPage::ended(Jobs::Job *job, const ImportSummary &summary, bool ok, const QString &message)
{
    if (!m_running || job != m_job)
        return;
    const bool cancelled = job->isCancelled();
    m_job = nullptr;
    m_running = false;
    m_summary = summary;
    m_cancel->hide();
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progress->hide();

    const QLocale locale;
    m_created->setText(locale.toString(summary.created));
    m_updated->setText(locale.toString(summary.updated));
    m_merged->setText(locale.toString(summary.merged));
    m_merged->setVisible(summary.merged > 0);
    m_mergedCaption->setVisible(summary.merged > 0);
    m_skipped->setText(locale.toString(summary.skipped));
    m_rejected->setText(locale.toString(summary.rejected));
    const bool imported = summary.created + summary.updated > 0;
    m_rejectsRow->setVisible(summary.rejected > 0 && !summary.rejectsFile.isEmpty());
    m_unknownOwners->setText(ContactImportJob::unknownOwnersText(summary, m_wizard->options().defaultOwner));
    m_unknownOwners->setVisible(!m_unknownOwners->text().isEmpty());
    QStringList notes{ContactImportJob::optOutsKeptText(summary), summary.readingNote};
    notes.removeAll(QString());
    m_notes->setText(notes.join(QStringLiteral("\n\n")));
    m_notes->setVisible(!m_notes->text().isEmpty());
    m_undo->setVisible(!summary.batchId.isEmpty() && imported);
    m_showContacts->setVisible(m_undo->isVisibleTo(m_results));
    m_undoStatus->clear();
    m_rejectsStatus->hide();
    m_results->setVisible(ok || imported || summary.rejected > 0);
    // Reading the file another way helps an import that stopped on the file, not one the user stopped.
    // The rows before where it stopped are in: read again, they would be matched as duplicates.
    m_backToFile->setVisible(!ok && !cancelled);
    m_backToFile->setToolTip(imported ? tr("The rows imported before the import stopped stay in: undo this import "
                                           "first, or they are imported again as duplicates.")
                                      : QString());
    if (ok) {
        setTitle(tr("Import finished"));
        setSubTitle(tr("Every import can be undone, here or later from File → Import history."));
        m_status->setStyleSheet(QString());
        QString file = QFileInfo(m_wizard->filePath()).fileName();
        // A workbook of several sheets: which one it was.
        if (const auto &preview = m_wizard->preview(); preview && preview->sheetNames.size() > 1)
            file = tr("the sheet “%1” of %2").arg(preview->sheetName, file);
        m_status->setText(summary.rows == 1 ? tr("1 row read from %1.").arg(file)
                                            : tr("%1 rows read from %2.").arg(locale.toString(summary.rows), file));
    } else {
        setTitle(tr("Import stopped"));
        setSubTitle(imported ? tr("The rows imported before it stopped can be undone.") : tr("Nothing was imported."));
        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_status->setText(message);
    }
    Q_EMIT completeChanged();
    // Focus that rested on Cancel (hidden now, or disabled once the rows were in) goes to Finish,
    // also while the wizard is in the background: Enter closes the wizard, and Qt never hands
    // the focus on to "Undo this import" by chance.
    const QWidget *focus = m_wizard->focusWidget();
    if (QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
        finish && (!focus || focus == m_cancel || !focus->isVisible() || !focus->isEnabled()))
        finish->setFocus();
}

void ImportRunPage::undoImport()
{
    if (m_summary.batchId.isEmpty() || m_preparingUndo || m_reverting || m_reverted)
        return;
    m_preparingUndo = true;
    m_undo->setEnabled(false);
    m_wizard->controller().prepareRevert(m_summary.batchId);
}

void ImportRunPage::askToUndo(const QString &batchId, const ImportExport::ImportBatchService::RevertPreview &preview)
{
    if (batchId != m_summary.batchId || !m_preparingUndo)
        return;
    m_preparingUndo = false;
    m_undo->setEnabled(true);
    const QString question = ImportController::revertQuestion(tr("Undo this import?"), preview);
    Confirmation::ask(
        this, QStringLiteral("confirmUndoImport"), tr("Undo this import"), question, tr("Undo import"),
        [this, accepted = preview.changedSince >= 0 ? std::optional<qint64>(preview.changedSince) : std::nullopt] {
            m_reverting = true;
            m_undo->setEnabled(false);
            m_undoStatus->setStyleSheet(QString());
            m_undoStatus->setText(tr("Undoing the import…"));
            Q_EMIT completeChanged();
            m_wizard->controller().revert(m_summary.batchId, accepted);
        });
}

void ImportRunPage::reverted(const QString &batchId, const QString &error)
{
    if (batchId != m_summary.batchId || !m_reverting)
        return;
    m_reverting = false;
    if (error.isEmpty()) {
        m_reverted = true;
        m_showContacts->hide(); // what it created is gone, what it updated is as it was
        m_undoStatus->setStyleSheet(QStringLiteral("color: #1e7b34;"));
        m_undoStatus->setText(tr("The import was undone."));
    } else {
        m_undo->setEnabled(true);
        m_undoStatus->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_undoStatus->setText(error);
    }
    Q_EMIT completeChanged();
}

void ImportRunPage::showImportedContacts()
{
    if (m_summary.batchId.isEmpty() || m_running || m_reverting || m_reverted)
        return;
    m_wizard->controller().showContactsOf(m_summary.batchId, QFileInfo(m_wizard->filePath()).fileName(), m_startedAt);
    m_wizard->accept();
}

bool ImportRunPage::saveRejectsCopy(const QString &path)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed) {
        m_undoStatus->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_undoStatus->setText(allowed.error().message());
        return false;
    }
    if (const QString existing = QFileInfo(path).canonicalFilePath();
        !existing.isEmpty() && existing == QFileInfo(m_summary.rejectsFile).canonicalFilePath())
        return true; // the file itself: it is there already, and removing it first would lose it
    QFile::remove(path);
    if (!QFile::copy(m_summary.rejectsFile, path)) {
        m_undoStatus->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        QFile target(path);
        const QString reason = !QFile::exists(m_summary.rejectsFile) ? tr("the import's file of rejected rows is gone")
                               : !target.open(QIODevice::WriteOnly)  ? target.errorString()
                                                                     : tr("copying failed");
        target.remove();
        m_undoStatus->setText(
            tr("Could not save the rejected rows to %1: %2.").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

void ImportRunPage::chooseRejectsCopy()
{
    const QString suggested =
        QDir(defaultSaveFolder())
            .filePath(QFileInfo(m_wizard->filePath()).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    auto *dialog = createFileDialog(this, tr("Save rejected rows"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("rejectsSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveRejectsCopy(path); });
    dialog->open();
}

} // namespace Leadline::Ui
