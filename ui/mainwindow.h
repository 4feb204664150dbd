#pragma once

#include "services/domain/entities.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QUndoStack;

namespace Leadline {
class Workspace;
}
namespace Leadline::Jobs {
class JobRunner;
}
namespace Leadline::Models {
class JobsModel;
}

namespace Leadline::Ui {

class CommandRunner;
class CompaniesView;
class ContactsView;
class ExportDialog;
class ImportController;
class ImportHistoryDialog;
class ImportWizard;

// The main window: a navigation sidebar with one view per feature, a status bar (database,
// contact count, busy indicator), the jobs panel, shortcuts, and the first-start offer of
// demo data. Geometry and state are remembered in QSettings. The workspace must outlive it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Contacts, Companies };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContactsView *contactsView() const { return m_contactsView; }
    CompaniesView *companiesView() const { return m_companiesView; }
    Jobs::JobRunner &jobRunner() const { return *m_jobRunner; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    CommandRunner &commandRunner() const { return *m_commandRunner; }

    ImportController &importController() const { return *m_importController; }

    void showPage(Page page);
    // Import: a wizard per spreadsheet (csv, tsv, txt, xlsx), one at a time: the files after
    // the first wait until its wizard is closed. Other files get an explanation.
    // What a drop on the window, File → Import and `leadline FILE…` all end in.
    void openFiles(const QStringList &paths);
    const QStringList &queuedImports() const { return m_queuedImports; }
    ImportWizard *openImportWizard(const QString &path = {});
    ImportHistoryDialog *openImportHistory();
    ExportDialog *openExportDialog();
    // The first-start question is skipped when disabled (tests) or LEADLINE_NO_DEMO_PROMPT=1.
    static void setDemoPromptEnabled(bool enabled);
    void startDemoData();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void loadUsers();
    void updateBusy();
    void updateCount(); // the status bar's count of the list shown
    void showStatus(const QString &message);
    void maybeOfferDemoData(qint64 contactCount);
    void startExport(const ExportDialog &dialog);
    void refreshContacts();
    void openNextQueuedImport();
    void showQueuedImports();

    Workspace &m_workspace;
    Jobs::JobRunner *m_jobRunner = nullptr;
    Models::JobsModel *m_jobsModel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CommandRunner *m_commandRunner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ContactsView *m_contactsView = nullptr;
    CompaniesView *m_companiesView = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_dropOverlay = nullptr;
    ImportController *m_importController = nullptr;
    QStringList m_queuedImports;   // files waiting for the open import wizard to close
    int m_queuedImportsOpened = 0; // of the files dropped together, as "2 of 3" in the title
    QPointer<ImportWizard> m_queuedWizard; // the open wizard of those files
    QString m_queueMessage;                // what the status bar says of them
    bool m_demoOffered = false;
    bool m_quitConfirmed = false; // to stop the jobs that run (closeEvent())
};

} // namespace Leadline::Ui
