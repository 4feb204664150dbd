#include "ui/mainwindow.h"

#include "models/contacts/companytablemodel.h"
#include "models/contacts/contacttablemodel.h"
#include "models/jobs/jobsmodel.h"
#include "services/demo/demodatagenerator.h"
#include "services/jobs/jobrunner.h"
#include "services/leads/userservice.h"
#include "services/storage/database.h"
#include "services/workspace/workspace.h"
#include "ui/common/commandrunner.h"
#include "ui/companies/companiesview.h"
#include "ui/contacts/contactdetail.h"
#include "ui/contacts/contactsview.h"
#include "ui/jobs/jobspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

namespace {
bool g_demoPromptEnabled = true;
}

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

    m_contactsView = new ContactsView(m_workspace.contacts(), m_workspace.companies(), m_workspace.activities(),
                                      *m_undoStack, *m_commandRunner, this);
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
    connect(contacts, &Models::ContactTableModel::totalCountChanged, this, [this](qint64 count) {
        const QString number = QLocale().toString(count);
        m_countLabel->setText(count < 0 ? QString() : count == 1 ? tr("1 contact") : tr("%1 contacts").arg(number));
        maybeOfferDemoData(count);
    });
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
    updateBusy();
}

MainWindow::~MainWindow()
{
    // Queued edits use the services: let them end while the workspace still exists.
    m_commandRunner->waitForDone();
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
    QAction *demo = makeAction(tr("Load &demo data…"), QStringLiteral("actionDemoData"), {});
    connect(demo, &QAction::triggered, this, &MainWindow::startDemoData);
    QAction *quit = makeAction(tr("&Quit"), QStringLiteral("actionQuit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
    });
    // currentActor() may create the user on first start: a write, so not on this thread.
    watcher->setFuture(QtConcurrent::run([users = &m_workspace.users()] {
        Domain::Actor actor = users->currentActor();
        return Loaded{users->list(), actor};
    }));
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
    if (m_demoOffered || contactCount != 0 || !m_contactsView->model()->filter().search.isEmpty())
        return;
    m_demoOffered = true;
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_jobRunner->cancelAll();
    QMainWindow::closeEvent(event);
}

} // namespace Leadline::Ui
