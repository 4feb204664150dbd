#include "ui/mainwindow.h"

#include "models/contacts/companytablemodel.h"
#include "models/contacts/contacttablemodel.h"
#include "models/jobs/jobsmodel.h"
#include "services/contacts/contactservice.h"
#include "services/demo/demodatagenerator.h"
#include "services/jobs/jobrunner.h"
#include "services/leads/userservice.h"
#include "services/storage/database.h"
#include "services/workspace/workspace.h"
#include "ui/common/commandrunner.h"
#include "ui/companies/companiesview.h"
#include "ui/contacts/contactdetail.h"
#include "ui/contacts/contactsview.h"
#include "ui/importexport/confirmation.h"
#include "ui/importexport/exportdialog.h"
#include "ui/importexport/filepreview.h"
#include "ui/importexport/importcontroller.h"
#include "ui/importexport/importhistorydialog.h"
#include "ui/importexport/importwizard.h"
#include "ui/jobs/jobspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

namespace {
bool g_demoPromptEnabled = true;

// Local files among dragged data; web links and text are not for the import.
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Leadline"));
    m_jobRunner = new Jobs::JobRunner(this);
    m_jobsModel = new Models::JobsModel(*m_jobRunner, this);
    m_undoStack = new QUndoStack(this);
    m_commandRunner = new CommandRunner(this);
    m_importController = new ImportController(m_workspace, *m_jobRunner, this);
    // Imports and reverts write in bulk, past the services' change signals.
    connect(m_importController, &ImportController::contactsChanged, this, &MainWindow::refreshContacts);
    connect(m_importController, &ImportController::exportEnded, this,
            [this](Jobs::Job *, const QString &path, qint64 rows, bool ok, const QString &message) {
                const QString file = QDir::toNativeSeparators(path);
                showStatus(!ok         ? tr("The export failed: %1").arg(message)
                           : rows == 1 ? tr("Exported 1 contact to %1.").arg(file)
                                       : tr("Exported %1 contacts to %2.").arg(QLocale().toString(rows), file));
            });

    m_contactsView = new ContactsView(m_workspace.contacts(), m_workspace.companies(), m_workspace.activities(),
                                      *m_undoStack, *m_commandRunner, this);
    connect(m_importController, &ImportController::contactsOfImportRequested, this,
            [this](const QString &batchId, const QString &fileName, const QDateTime &startedAt) {
                m_contactsView->showImportedContacts(batchId, fileName, startedAt);
                showPage(Page::Contacts);
                raise();
                activateWindow();
            });
    m_companiesView =
        new CompaniesView(m_workspace.companies(), m_workspace.contacts(), m_workspace.activities(), this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_contactsView);
    m_pages->addWidget(m_companiesView);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Contacts"));
    m_navigation->addItem(tr("Companies"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); font-size: 11pt; padding-top: 8px; }"
        "QListWidget::item { padding: 8px 12px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    setAcceptDrops(true);
    m_dropOverlay = new QLabel(tr("Drop the file to import its contacts"), central);
    m_dropOverlay->setObjectName(QStringLiteral("dropOverlay"));
    m_dropOverlay->setAlignment(Qt::AlignCenter);
    m_dropOverlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dropOverlay->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(236, 242, 252, 235); border: 3px dashed palette(highlight); border-radius: 12px;"
        " color: palette(highlight); font-size: 18pt; font-weight: 600; }"));
    m_dropOverlay->hide();

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(new JobsPanel(*m_jobsModel, jobsDock));
    addDockWidget(Qt::RightDockWidgetArea, jobsDock);
    jobsDock->hide();
    // A job that starts shows the panel; the user may close it again.
    connect(m_jobRunner, &Jobs::JobRunner::jobStarted, jobsDock, &QWidget::show);
    // …and it goes away with the last job, leaving the table its width.
    connect(m_jobRunner, &Jobs::JobRunner::jobEnded, jobsDock, [this, jobsDock] {
        if (m_jobRunner->runningJobs().isEmpty())
            jobsDock->hide();
    });
    connect(m_jobsModel, &Models::JobsModel::endedMessage, this,
            [this](const QString &message, bool) { showStatus(message); });

    m_databaseLabel = new QLabel(m_workspace.database()->location().displayName(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("contactCountLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    Models::ContactTableModel *contacts = m_contactsView->model();
    // The count of the list shown: contacts, or companies.
    connect(contacts, &Models::ContactTableModel::totalCountChanged, this, [this](qint64 count) {
        updateCount();
        maybeOfferDemoData(count);
    });
    connect(m_companiesView->model(), &Models::CompanyTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateCount);
    connect(contacts, &Models::ContactTableModel::busyStateChanged, this, &MainWindow::updateBusy);
    connect(m_companiesView->model(), &Models::CompanyTableModel::busyStateChanged, this, &MainWindow::updateBusy);
    connect(m_commandRunner, &CommandRunner::idleChanged, this, &MainWindow::updateBusy);
    connect(m_commandRunner, &CommandRunner::failed, this, [this](const QString &message) {
        showStatus(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Leadline"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_contactsView, &ContactsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_companiesView, &CompaniesView::statusMessage, this, &MainWindow::showStatus);
    connect(m_companiesView, &CompaniesView::contactRequested, m_contactsView, &ContactsView::openContact);

    createActions();
    loadUsers();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    jobsDock->hide(); // saved while a job ran, it would open empty and take the table's width
    updateBusy();
}

MainWindow::~MainWindow()
{
    // Queued edits use the services: let them end while the workspace still exists.
    m_commandRunner->waitForDone();
    // So do the loads the views and dialogs started on the global pool (users, tags, counts).
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::createActions()
{
    const auto makeAction = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        addAction(action);
        return action;
    };

    QAction *newContact = makeAction(tr("&New contact…"), QStringLiteral("actionNewContact"), {QKeySequence::New});
    connect(newContact, &QAction::triggered, this, [this] {
        showPage(Page::Contacts);
        m_contactsView->openContact({});
    });
    QAction *importContacts = makeAction(tr("&Import contacts…"), QStringLiteral("actionImportContacts"),
                                         {QKeySequence(Qt::CTRL | Qt::Key_I)});
    importContacts->setStatusTip(tr("Import contacts from a CSV file or an Excel workbook"));
    connect(importContacts, &QAction::triggered, this, [this] { openImportWizard(); });
    QAction *importHistory = makeAction(tr("Import &history…"), QStringLiteral("actionImportHistory"), {});
    connect(importHistory, &QAction::triggered, this, &MainWindow::openImportHistory);
    QAction *exportContacts = makeAction(tr("&Export contacts…"), QStringLiteral("actionExportContacts"),
                                         {QKeySequence(Qt::CTRL | Qt::Key_E)});
    exportContacts->setStatusTip(tr("Export all, the filtered or the selected contacts to CSV or Excel"));
    connect(exportContacts, &QAction::triggered, this, &MainWindow::openExportDialog);
    QAction *demo = makeAction(tr("Load &demo data…"), QStringLiteral("actionDemoData"), {});
    connect(demo, &QAction::triggered, this, &MainWindow::startDemoData);
    QAction *quit = makeAction(tr("&Quit"), QStringLiteral("actionQuit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);
    quit->setShortcutContext(Qt::ApplicationShortcut); // also from a contact's window, which then asks first

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redo);
    QAction *remove = makeAction(tr("&Delete"), QStringLiteral("actionDelete"), {QKeySequence::Delete});
    connect(remove, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_contactsView)
            m_contactsView->deleteSelection();
    });
    QAction *find = makeAction(tr("&Find"), QStringLiteral("actionFocusSearch"), {QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_companiesView)
            m_companiesView->focusSearch();
        else
            m_contactsView->focusSearch();
    });

    QAction *showContacts =
        makeAction(tr("&Contacts"), QStringLiteral("actionShowContacts"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(showContacts, &QAction::triggered, this, [this] { showPage(Page::Contacts); });
    QAction *showCompanies =
        makeAction(tr("C&ompanies"), QStringLiteral("actionShowCompanies"), {QKeySequence(Qt::CTRL | Qt::Key_2)});
    connect(showCompanies, &QAction::triggered, this, [this] { showPage(Page::Companies); });
    QAction *refresh = makeAction(tr("&Refresh"), QStringLiteral("actionRefresh"), {QKeySequence(Qt::Key_F5)});
    connect(refresh, &QAction::triggered, this, [this] {
        m_contactsView->refresh();
        m_companiesView->refresh();
        loadUsers();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newContact);
    file->addSeparator();
    file->addAction(importContacts);
    file->addAction(importHistory);
    file->addAction(exportContacts);
    file->addSeparator();
    file->addAction(demo);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(remove);
    edit->addAction(find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(showContacts);
    view->addAction(showCompanies);
    view->addSeparator();
    view->addAction(refresh);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("jobsDock"))) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionToggleJobs"));
        view->addAction(toggle);
    }
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page == Page::Contacts ? 0 : 1);
}

void MainWindow::loadUsers()
{
    struct Loaded
    {
        Expected<QList<Domain::User>> users;
        Domain::Actor actor;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (!loaded.users) {
            showStatus(loaded.users.error().message());
            return;
        }
        m_contactsView->setUsers(*loaded.users);
        m_contactsView->setActor(loaded.actor);
        m_companiesView->setUsers(*loaded.users);
        m_companiesView->setActor(loaded.actor);
        m_importController->setActor(loaded.actor);
    });
    // currentActor() may create the user on first start: a write, so not on this thread.
    watcher->setFuture(QtConcurrent::run([users = &m_workspace.users()] {
        Domain::Actor actor = users->currentActor();
        return Loaded{users->list(), actor};
    }));
}

void MainWindow::updateCount()
{
    const bool companies = m_pages->currentWidget() == m_companiesView;
    const qint64 count = companies ? m_companiesView->model()->totalCount() : m_contactsView->model()->totalCount();
    const QString number = QLocale().toString(count);
    if (count < 0)
        m_countLabel->clear();
    else if (companies)
        m_countLabel->setText(count == 1 ? tr("1 company") : tr("%1 companies").arg(number));
    else
        m_countLabel->setText(count == 1 ? tr("1 contact") : tr("%1 contacts").arg(number));
}

void MainWindow::updateBusy()
{
    const bool busy =
        m_contactsView->model()->isBusy() || m_companiesView->model()->isBusy() || !m_commandRunner->isIdle();
    m_busy->setVisible(busy);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::setDemoPromptEnabled(bool enabled)
{
    g_demoPromptEnabled = enabled;
}

void MainWindow::maybeOfferDemoData(qint64 contactCount)
{
    // Only the first count the window gets, unfiltered, tells of a database just made. Later
    // zeros are a filter without matches or contacts just deleted: no welcome then.
    if (m_demoOffered || contactCount < 0)
        return;
    m_demoOffered = true;
    if (contactCount != 0 || !(m_contactsView->model()->filter() == Contacts::ContactFilter{}))
        return;
    if (!g_demoPromptEnabled || qEnvironmentVariable("LEADLINE_NO_DEMO_PROMPT") == QLatin1String("1"))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Welcome to Leadline"),
                                tr("This database has no contacts yet. Load a realistic demo data set "
                                   "(contacts, companies and their activity) to try Leadline out?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("demoPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Load demo data"));
    box->button(QMessageBox::No)->setText(tr("Start empty"));
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            startDemoData();
    });
    box->open();
}

void MainWindow::startDemoData()
{
    Demo::DemoOptions options;
    options.contacts = 5000;
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    auto *job = new Demo::DemoDataGenerator(m_workspace.database(), options);
    // The generator writes past the services, so nothing announces its rows: refresh at the end.
    connect(job, &Jobs::Job::finished, this, [this] {
        m_contactsView->refresh();
        m_companiesView->refresh();
        loadUsers();
    });
    connect(job, &Jobs::Job::failed, this, [this] {
        m_contactsView->refresh();
        m_companiesView->refresh();
    });
    m_jobRunner->start(job);
}

void MainWindow::refreshContacts()
{
    m_contactsView->refresh();
    m_companiesView->refresh();
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList unsupported;
    QStringList folders;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            folders << QFileInfo(path).fileName();
        else if (FilePreviewLoader::isImportable(path) && QFileInfo(path).isFile())
            m_queuedImports << path;
        else
            unsupported << QFileInfo(path).fileName();
    }
    if (auto *open = findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
        // One wizard at a time: the files wait for this one, which says how many there are.
        if (open == m_queuedWizard)
            open->setPlaceInQueue(m_queuedImportsOpened, m_queuedImportsOpened + int(m_queuedImports.size()));
        open->raise();
        open->activateWindow();
        showQueuedImports();
    } else {
        openNextQueuedImport();
    }
    if (unsupported.isEmpty() && folders.isEmpty())
        return;
    QStringList sentences;
    if (!unsupported.isEmpty())
        sentences << tr("Leadline imports contacts from CSV or text files (.csv, .tsv, .txt) and Excel workbooks "
                        "(.xlsx). It cannot import %1.")
                         .arg(unsupported.join(QStringLiteral(", ")));
    if (!folders.isEmpty())
        sentences << (folders.size() == 1 ? tr("%1 is a folder: drop or choose the files in it.")
                                          : tr("%1 are folders: drop or choose the files in them."))
                         .arg(folders.join(QStringLiteral(", ")));
    const QString message = sentences.join(QLatin1Char(' '));
    showStatus(message);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import contacts"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("unsupportedFileMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Wizards one after another: side by side they stacked on the same spot, and two imports into
// one database write no faster than one after the other.
void MainWindow::openNextQueuedImport()
{
    if (findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    if (m_queuedImports.isEmpty()) {
        m_queuedImportsOpened = 0; // the next files dropped count from one again
        showQueuedImports();
        return;
    }
    m_queuedWizard = openImportWizard(m_queuedImports.takeFirst());
    ++m_queuedImportsOpened;
    m_queuedWizard->setPlaceInQueue(m_queuedImportsOpened, m_queuedImportsOpened + int(m_queuedImports.size()));
    showQueuedImports();
}

void MainWindow::showQueuedImports()
{
    if (m_queuedImports.isEmpty()) {
        if (statusBar()->currentMessage() == m_queueMessage) // and not another one since
            statusBar()->clearMessage();
        return;
    }
    QStringList names;
    for (const QString &path : std::as_const(m_queuedImports))
        names << QFileInfo(path).fileName();
    m_queueMessage = tr("To import after this one: %1").arg(names.join(QStringLiteral(", ")));
    showStatus(m_queueMessage);
}

ImportWizard *MainWindow::openImportWizard(const QString &path)
{
    showPage(Page::Contacts);
    if (auto *open = findChild<ImportWizard *>(QString(), Qt::FindDirectChildrenOnly); open && path.isEmpty()) {
        open->raise(); // File → Import while a wizard is open: that one, one import at a time
        open->activateWindow();
        return open;
    }
    auto *wizard = new ImportWizard(*m_importController, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    // Once it is gone (not while it is being destroyed): the next file's wizard.
    connect(wizard, &QObject::destroyed, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::openNextQueuedImport); });
    wizard->show();
    if (path.isEmpty())
        wizard->chooseFile();
    else
        wizard->openFile(path);
    return wizard;
}

ImportHistoryDialog *MainWindow::openImportHistory()
{
    if (auto *open = findChild<ImportHistoryDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->reload();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ImportHistoryDialog(*m_importController, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ExportDialog *MainWindow::openExportDialog()
{
    Models::ContactTableModel *model = m_contactsView->model();
    const bool filtered = model->filter() != Contacts::ContactFilter();
    const qint64 shown = model->totalCount();
    const qint64 selected = m_contactsView->table()->selectionModel()->selectedRows().size();
    auto *dialog = new ExportDialog(filtered ? -1 : shown,
                                    !filtered    ? ExportDialog::NoFilter
                                    : shown >= 0 ? shown
                                                 : ExportDialog::UnknownCount,
                                    selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (filtered) {
        // The total without a filter is not at hand: count it on a worker.
        auto *watcher = new QFutureWatcher<Expected<qint64>>(dialog);
        connect(watcher, &QFutureWatcherBase::finished, dialog, [dialog, watcher] {
            if (const auto count = watcher->result())
                dialog->setAllCount(*count);
        });
        watcher->setFuture(QtConcurrent::run(
            [contacts = &m_workspace.contacts()] { return contacts->count(Contacts::ContactFilter()); }));
    }
    auto *customFields = new QFutureWatcher<QStringList>(dialog);
    connect(customFields, &QFutureWatcherBase::finished, dialog,
            [dialog, customFields] { dialog->addCustomFields(customFields->result()); });
    customFields->setFuture(QtConcurrent::run([contacts = &m_workspace.contacts()] {
        return contacts->customFieldNames().valueOr(QStringList());
    }));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(*dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::startExport(const ExportDialog &dialog)
{
    ImportExport::ExportOptions options;
    options.path = QDir::fromNativeSeparators(dialog.path());
    options.fields = dialog.fields();
    options.byteOrderMark = dialog.byteOrderMark();
    options.delimiter = dialog.delimiter();
    options.headers = dialog.headers();
    options.sort = m_contactsView->model()->contactSort(); // the file in the order the list shows
    switch (dialog.scope()) {
    case ExportDialog::Scope::All:
        break;
    case ExportDialog::Scope::Filter:
        options.filter = m_contactsView->model()->filter();
        break;
    case ExportDialog::Scope::Selection:
        m_contactsView->withSelectedIds([this, options](const QStringList &ids) mutable {
            if (ids.isEmpty())
                return;
            options.ids = ids;
            m_importController->startExport(options);
        });
        return;
    }
    m_importController->startExport(options);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    // Every local file is taken, so a wrong one gets an explanation rather than a refusing cursor.
    event->acceptProposedAction();
    const bool importable = std::any_of(files.cbegin(), files.cend(), &FilePreviewLoader::isImportable);
    m_dropOverlay->setText(importable ? tr("Drop the file to import its contacts")
                                      : tr("Only CSV, TSV, TXT and XLSX files can be imported"));
    m_dropOverlay->setGeometry(m_dropOverlay->parentWidget()->rect().adjusted(16, 16, -16, -16));
    m_dropOverlay->raise();
    m_dropOverlay->show();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A contact being edited is closed first, which asks whether to save it: quitting goes on
    // once no such question is left (quit again after answering).
    for (ContactDetail *detail : findChildren<ContactDetail *>()) {
        if (detail->isVisible() && detail->isModified()) {
            event->ignore();
            // Saved or discarded, the quit goes on (to the next contact being edited, if any).
            connect(
                detail, &ContactDetail::closeAnswered, this,
                [this](bool closing) {
                    if (closing)
                        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                },
                Qt::SingleShotConnection);
            detail->raise();
            detail->activateWindow();
            detail->close();
            return;
        }
    }
    // A running import or export stops with the window: asked first, since quitting by
    // habit in the middle of a long import should not silently cut it short.
    if (const QList<Jobs::Job *> running = m_jobRunner->runningJobs(); !running.isEmpty() && !m_quitConfirmed) {
        event->ignore();
        if (auto *asked = findChild<QMessageBox *>(QStringLiteral("quitWhileJobsRun"))) {
            asked->raise(); // asked once
            return;
        }
        const QString text =
            running.size() == 1
                ? tr("“%1” is still running. Quit and stop it? What it has done so far stays, and an import can "
                     "be undone from the import history.")
                      .arg(running.first()->title())
                : tr("%n jobs are still running. Quit and stop them? What they have done so far stays, and an "
                     "import can be undone from the import history.",
                     nullptr, int(running.size()));
        Confirmation::ask(this, QStringLiteral("quitWhileJobsRun"), tr("Quit Leadline"), text, tr("Stop and quit"),
                          [this] {
                              m_quitConfirmed = true;
                              QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                          });
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_jobRunner->cancelAll();
    m_queuedImports.clear(); // no wizard opens for a window that is gone
    QMainWindow::closeEvent(event);
}

} // namespace Leadline::Ui
