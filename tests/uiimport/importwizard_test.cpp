#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "services/importexport/contactimportjob.h"
#include "services/leads/userservice.h"
#include "services/workspace/workspace.h"
#include "tests/support/tempdatabase.h"
#include "ui/common/windowshortcutsfirst.h"
#include "ui/contacts/contactsview.h"
#include "ui/importexport/confirmation.h"
#include "ui/importexport/exportdialog.h"
#include "ui/importexport/importcontroller.h"
#include "ui/importexport/importhistorydialog.h"
#include "ui/importexport/importmappingpage.h"
#include "ui/importexport/importpreviewmodel.h"
#include "ui/importexport/importpreviewpage.h"
#include "ui/importexport/importrunpage.h"
#include "ui/importexport/filepreview.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/regioncombobox.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;
using ImportExport::ImportField;

namespace {

constexpr int WaitMs = 20000;

// Columns as a HubSpot-style export names them, plus one no field matches.
const char *const CsvText =
    "First Name,Last Name,E-mail Address,Mobile Phone,Company,Favourite colour,Lifecycle Stage\n"
    "Ada,Lovelace,ada@example.com,030 1234567,Analytical Engines,blue,lead\n"
    "Grace,Hopper,grace@example.com,+1 650 253 0000,Navy,green,customer\n"
    "Bad,Address,not-an-email,,,,lead\n"
    "Alan,Turing,alan@example.com,,Bletchley Park,red,wizard\n"
    "Renamed,Person,existing@example.com,030 7654321,,,\n";

} // namespace

class ImportWizardTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        ASSERT_TRUE(m_dir.isValid());
        m_workspace = Workspace::create(sharedDb());
        ASSERT_TRUE(m_workspace->contacts().setDefaultRegion(QStringLiteral("DE")).hasValue());
        QSettings().remove(QStringLiteral("import/region")); // what an earlier test's import chose
        QSettings().remove(QStringLiteral("import/mappingsByColumns"));
        Domain::Contact existing;
        existing.firstName = QStringLiteral("Existing");
        existing.lastName = QStringLiteral("Person");
        existing.email = QStringLiteral("existing@example.com");
        auto created = m_workspace->contacts().create(existing);
        ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
        m_existingId = created->id;
        Domain::User rita;
        rita.name = QStringLiteral("Rita Rep");
        rita.email = QStringLiteral("rita@example.com");
        auto ritaCreated = m_workspace->users().create(rita);
        ASSERT_TRUE(ritaCreated.hasValue()) << ritaCreated.error().toString().toStdString();
        m_ritaId = ritaCreated->id;

        Ui::MainWindow::setDemoPromptEnabled(false);
        Ui::Confirmation::setAutoAccept(true);
        m_window = std::make_unique<Ui::MainWindow>(*m_workspace);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1; }, WaitMs));
    }

    void TearDown() override
    {
        m_window.reset();
        m_workspace.reset();
        DatabaseTest::TearDown();
    }

    Models::ContactTableModel &model() const { return *m_window->contactsView()->model(); }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // What a file manager delivers: drag enter, then drop, with the files' URLs.
    void dropFiles(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }
    void dropFile(QWidget *target, const QString &path) { dropFiles(target, {path}); }

    // The one wizard open, once it is the given file's.
    Ui::ImportWizard *waitForWizardOf(const QString &path)
    {
        Ui::ImportWizard *wizard = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                const auto open = m_window->findChildren<Ui::ImportWizard *>();
                wizard = open.size() == 1 && open.first()->filePath() == QFileInfo(path).absoluteFilePath()
                             ? open.first()
                             : nullptr;
                return wizard != nullptr;
            },
            WaitMs))
            << path.toStdString();
        return wizard;
    }

    // Next through the file, mapping, check and options pages: the run page, which starts the import.
    static Ui::ImportRunPage *goToRunPage(Ui::ImportWizard *wizard)
    {
        for (int page = 0; page < 4; ++page)
            wizard->next();
        return qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    }

    Ui::ImportWizard *waitForWizard()
    {
        Ui::ImportWizard *wizard = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                wizard = m_window->findChild<Ui::ImportWizard *>();
                return wizard && !wizard->isLoading() && wizard->preview().has_value();
            },
            WaitMs));
        return wizard;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_existingId;
    QString m_ritaId; // a user who can own imported contacts
};

TEST_P(ImportWizardTest, DropCsvWalkWizardImportThenUndo)
{
    const QString path = writeFile(QStringLiteral("hubspot-export.csv"), CsvText);
    dropFile(m_window.get(), path);
    Ui::ImportWizard *wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr) << "the drop opens the wizard";
    ASSERT_TRUE(wizard->loadError().isEmpty()) << wizard->loadError().toStdString();
    EXPECT_EQ(wizard->filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(wizard->preview()->hasHeaderRow);
    EXPECT_EQ(wizard->preview()->rows.size(), 5);
    auto *format = wizard->findChild<QLabel *>(QStringLiteral("importFormat"));
    ASSERT_NE(format, nullptr);
    EXPECT_TRUE(format->text().contains(QStringLiteral("comma"))) << format->text().toStdString();
    EXPECT_EQ(wizard->currentId(), Ui::ImportWizard::FilePageId);
    ASSERT_TRUE(wizard->currentPage()->isComplete());

    // Mapping: the automatic matches are preselected and marked.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::MappingPageId);
    const ImportExport::ColumnMapping &mapping = wizard->mapping();
    ASSERT_EQ(mapping.columnCount(), 7);
    EXPECT_EQ(mapping.target(0).field, ImportField::FirstName);
    EXPECT_EQ(mapping.target(1).field, ImportField::LastName);
    EXPECT_EQ(mapping.target(2).field, ImportField::Email);
    EXPECT_EQ(mapping.target(3).field, ImportField::Phone);
    EXPECT_EQ(mapping.target(4).field, ImportField::CompanyName);
    EXPECT_TRUE(mapping.target(5).isSkipped());
    EXPECT_EQ(mapping.target(6).field, ImportField::LifecycleStage);
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->item(2, 3)->data(Qt::UserRole).toBool()) << "the email match is marked automatic";
    EXPECT_EQ(page->targetCombo(2)->currentData().toString(), QStringLiteral("email"));

    // The unrecognised column becomes a new custom field, named in the dialog the combo opens.
    QComboBox *colour = page->targetCombo(5);
    ASSERT_NE(colour, nullptr);
    const int newCustom = colour->findData(QStringLiteral("new-custom"));
    ASSERT_GE(newCustom, 0);
    colour->setCurrentIndex(newCustom);
    Q_EMIT colour->activated(newCustom);
    auto *nameDialog = page->findChild<QInputDialog *>(QStringLiteral("customFieldNameDialog"));
    ASSERT_NE(nameDialog, nullptr);
    nameDialog->setTextValue(QStringLiteral("Colour"));
    nameDialog->accept();
    ASSERT_EQ(wizard->mapping().target(5).field, ImportField::Custom);
    EXPECT_EQ(wizard->mapping().target(5).customName, QStringLiteral("Colour"));
    EXPECT_EQ(page->targetCombo(5)->currentData().toString(), QStringLiteral("custom:Colour"));
    EXPECT_FALSE(table->item(5, 3)->data(Qt::UserRole).toBool()) << "a changed mapping is marked as the user's";
    EXPECT_TRUE(page->isComplete());

    // Preview: bad cells are flagged with the reason; the region changes how phones read.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId);
    // The database's phone region is the default (read on a worker, so it may arrive now).
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->options().defaultRegion == QLatin1String("DE"); }, WaitMs))
        << wizard->options().defaultRegion.toStdString();
    auto *preview = qobject_cast<Ui::ImportPreviewPage *>(wizard->currentPage());
    ASSERT_NE(preview, nullptr);
    Ui::ImportPreviewModel *rows = preview->model();
    ASSERT_EQ(rows->rowCount(), 5);
    EXPECT_EQ(rows->problemRowCount(), 2); // the bad email and the unknown lifecycle stage
    const int emailColumn = rows->columnForSource(2);
    ASSERT_GT(emailColumn, 0);
    const QModelIndex badEmail = rows->index(2, emailColumn);
    EXPECT_TRUE(badEmail.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(badEmail.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not-an-email")));
    EXPECT_FALSE(rows->index(0, emailColumn).data(Qt::BackgroundRole).isValid());
    const QModelIndex badStage = rows->index(3, rows->columnForSource(6));
    EXPECT_FALSE(badStage.data(Ui::ImportPreviewModel::IssueRole).toString().isEmpty());
    EXPECT_EQ(rows->columnForSource(5), 6) << "the custom field column is previewed";

    auto *region = preview->findChild<Ui::RegionComboBox *>(QStringLiteral("previewRegion"));
    ASSERT_NE(region, nullptr);
    EXPECT_EQ(region->region(), QStringLiteral("DE"));
    const int phoneColumn = rows->columnForSource(3);
    EXPECT_TRUE(rows->index(0, phoneColumn).data().toString().contains(QStringLiteral("+49301234567")));
    // In the United States "030 1234567" is no phone number: the preview says so at once.
    region->setRegion(QStringLiteral("US"));
    EXPECT_EQ(wizard->options().defaultRegion, QStringLiteral("US"));
    EXPECT_FALSE(rows->index(0, phoneColumn).data(Ui::ImportPreviewModel::IssueRole).toString().isEmpty());
    EXPECT_GT(rows->problemRowCount(), 2);
    region->setRegion(QStringLiteral("DE"));
    EXPECT_EQ(rows->problemRowCount(), 2);
    EXPECT_TRUE(rows->index(0, phoneColumn).data().toString().contains(QStringLiteral("+49301234567")));

    // Options: fill empty fields of existing contacts, one more tag.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *fill = wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("duplicateFill"));
    ASSERT_NE(fill, nullptr);
    QTest::mouseClick(fill, Qt::LeftButton);
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::FillEmpty);
    auto *tags = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("optionsTags"));
    ASSERT_NE(tags, nullptr);
    EXPECT_TRUE(tags->text().startsWith(QStringLiteral("import "))) << tags->text().toStdString();
    tags->setFocus();
    tags->end(false);
    QTest::keyClicks(tags, QStringLiteral(", vip"));
    ASSERT_EQ(wizard->options().extraTags.size(), 2);
    EXPECT_EQ(wizard->options().extraTags.last(), QStringLiteral("vip"));
    // The owner of contacts the file names none for: the users are offered by name and email.
    auto *owner = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("optionsOwner"));
    ASSERT_NE(owner, nullptr);
    EXPECT_EQ(owner->currentText(), QStringLiteral("No owner"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return owner->findData(QStringLiteral("rita@example.com")) > 0; }, WaitMs));
    const int rita = owner->findData(QStringLiteral("rita@example.com"));
    EXPECT_EQ(owner->itemText(rita), QStringLiteral("Rita Rep <rita@example.com>"));
    owner->setCurrentIndex(rita);
    Q_EMIT owner->activated(rita);
    EXPECT_EQ(wizard->options().defaultOwner, QStringLiteral("rita@example.com"));

    // Run: the import job goes through the main window's runner.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::RunPageId);
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    auto *status = run->findChild<QLabel *>(QStringLiteral("runStatus"));
    const ImportExport::ImportSummary summary = run->summary();
    EXPECT_EQ(summary.rows, 5) << status->text().toStdString();
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.skipped, 0);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_EQ(run->findChild<QLabel *>(QStringLiteral("runCreated"))->text(), QStringLiteral("2"));
    EXPECT_EQ(run->findChild<QLabel *>(QStringLiteral("runRejected"))->text(), QStringLiteral("2"));
    EXPECT_TRUE(QFileInfo::exists(summary.rejectsFile));
    EXPECT_TRUE(run->findChild<QPushButton *>(QStringLiteral("runOpenRejects"))->isVisibleTo(run));
    const QString copy = m_dir.filePath(QStringLiteral("rejected-copy.csv"));
    ASSERT_TRUE(run->saveRejectsCopy(copy));
    QFile rejected(copy);
    ASSERT_TRUE(rejected.open(QIODevice::ReadOnly));
    const QString rejectedText = QString::fromUtf8(rejected.readAll());
    EXPECT_TRUE(rejectedText.contains(QStringLiteral("not-an-email")));
    EXPECT_TRUE(rejectedText.contains(QStringLiteral("wizard")));
    // Rejects that cannot be opened say so under their buttons, not next to the undo.
    const QString aside = summary.rejectsFile + QStringLiteral(".aside");
    ASSERT_TRUE(QFile::rename(summary.rejectsFile, aside));
    QTest::mouseClick(run->findChild<QPushButton *>(QStringLiteral("runOpenRejects")), Qt::LeftButton);
    auto *rejectsStatus = run->findChild<QLabel *>(QStringLiteral("runRejectsStatus"));
    ASSERT_NE(rejectsStatus, nullptr);
    EXPECT_TRUE(rejectsStatus->isVisibleTo(run));
    EXPECT_TRUE(rejectsStatus->text().contains(QStringLiteral("is no longer there")))
        << rejectsStatus->text().toStdString();
    EXPECT_TRUE(run->findChild<QLabel *>(QStringLiteral("runUndoStatus"))->text().isEmpty());
    ASSERT_TRUE(QFile::rename(aside, summary.rejectsFile));

    Contacts::ContactService &contacts = m_workspace->contacts();
    auto ada = contacts.findByEmail(QStringLiteral("ada@example.com"));
    ASSERT_TRUE(ada.hasValue()) << ada.error().toString().toStdString();
    EXPECT_EQ(ada->phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(ada->customFields.value(QStringLiteral("Colour")).toString(), QStringLiteral("blue"));
    EXPECT_EQ(ada->ownerId, m_ritaId);
    EXPECT_TRUE(ada->tags.contains(QStringLiteral("vip")));
    EXPECT_FALSE(contacts.findByEmail(QStringLiteral("alan@example.com")).hasValue());
    auto existing = contacts.get(m_existingId);
    ASSERT_TRUE(existing.hasValue());
    EXPECT_EQ(existing->firstName, QStringLiteral("Existing")) << "fill-empty never overwrites";
    EXPECT_EQ(existing->phone, QStringLiteral("+49307654321"));
    // The table shows the new contacts without a manual refresh.
    EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, WaitMs)) << model().rowCount();

    // Undo the import: created contacts go, filled fields are restored.
    QTest::mouseClick(run->findChild<QPushButton *>(QStringLiteral("runUndo")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isReverted(); }, WaitMs))
        << run->findChild<QLabel *>(QStringLiteral("runUndoStatus"))->text().toStdString();
    EXPECT_FALSE(contacts.findByEmail(QStringLiteral("ada@example.com")).hasValue());
    EXPECT_FALSE(contacts.findByEmail(QStringLiteral("grace@example.com")).hasValue());
    existing = contacts.get(m_existingId);
    ASSERT_TRUE(existing.hasValue());
    EXPECT_TRUE(existing->phone.isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1; }, WaitMs)) << model().rowCount();
    EXPECT_FALSE(run->findChild<QPushButton *>(QStringLiteral("runUndo"))->isEnabled());
    wizard->accept();
}

TEST_P(ImportWizardTest, DropOntoContactsTableThroughTheWindowOpensWizard)
{
    const QString path = writeFile(QStringLiteral("people.csv"), "Name,Email\nAda Lovelace,ada@example.com\n");
    // Sent to the native window like a real drop, over the contacts table: the window routes it.
    QTableView *table = m_window->contactsView()->table();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    const QPoint pos = table->viewport()->mapTo(m_window.get(), table->viewport()->rect().center());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWindow *window = m_window->windowHandle();
    ASSERT_NE(window, nullptr);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    Ui::ImportWizard *wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->mapping().target(0).field, ImportField::FullName);
    EXPECT_EQ(wizard->mapping().target(1).field, ImportField::Email);
}

TEST_P(ImportWizardTest, UnsupportedFileIsExplainedAndOpensNoWizard)
{
    const QString path = writeFile(QStringLiteral("brochure.pdf"), "%PDF-1.4\n");
    dropFile(m_window.get(), path);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("unsupportedFileMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("brochure.pdf")));
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(m_window->findChild<Ui::ImportWizard *>(), nullptr);
    box->accept();
    delete box;

    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("exports.csv")));
    m_window->openFiles({m_dir.filePath(QStringLiteral("exports.csv"))});
    box = m_window->findChild<QMessageBox *>(QStringLiteral("unsupportedFileMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->text(), QStringLiteral("exports.csv is a folder: drop or choose the files in it."));
    EXPECT_EQ(m_window->findChild<Ui::ImportWizard *>(), nullptr);
    box->accept();
}

TEST_P(ImportWizardTest, SeveralDroppedFilesOpenOneWizardAfterAnother)
{
    const QString first = writeFile(QStringLiteral("first.csv"), "Name,Email\nAda Lovelace,ada@example.com\n");
    const QString second = writeFile(QStringLiteral("second.csv"), "Name,Email\nGrace Hopper,grace@example.com\n");
    const QString pdf = writeFile(QStringLiteral("brochure.pdf"), "%PDF-1.4\n");
    dropFiles(m_window.get(), {first, pdf, second});

    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("unsupportedFileMessage"));
    ASSERT_NE(box, nullptr) << "the file that is not a spreadsheet is explained";
    EXPECT_TRUE(box->text().contains(QStringLiteral("brochure.pdf")));
    EXPECT_FALSE(box->text().contains(QStringLiteral("second.csv")));
    box->accept();

    Ui::ImportWizard *wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(m_window->findChildren<Ui::ImportWizard *>().size(), 1) << "one wizard at a time";
    EXPECT_EQ(wizard->filePath(), QFileInfo(first).absoluteFilePath());
    EXPECT_TRUE(wizard->windowTitle().contains(QStringLiteral("first.csv (1 of 2)"))) << wizard->windowTitle().toStdString();
    EXPECT_EQ(m_window->queuedImports(), QStringList{second});

    // Another file dropped meanwhile waits too, and the open wizard counts it.
    const QString third = writeFile(QStringLiteral("third.csv"), "Name,Email\nAlan Turing,alan@example.com\n");
    dropFile(m_window.get(), third);
    EXPECT_EQ(m_window->findChildren<Ui::ImportWizard *>().size(), 1);
    EXPECT_TRUE(wizard->windowTitle().contains(QStringLiteral("first.csv (1 of 3)"))) << wizard->windowTitle().toStdString();
    EXPECT_EQ(m_window->queuedImports(), (QStringList{second, third}));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("second.csv, third.csv")))
        << m_window->statusBar()->currentMessage().toStdString();
    // File → Import shows the open wizard rather than a second one.
    EXPECT_EQ(m_window->openImportWizard(), wizard);

    // Closing the first wizard (here without importing) opens the next file's.
    wizard->reject();
    ASSERT_NE(waitForWizardOf(second), nullptr);
    EXPECT_EQ(m_window->queuedImports(), QStringList{third});

    // Run to the end: the second file is imported.
    wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->windowTitle().contains(QStringLiteral("second.csv (2 of 3)"))) << wizard->windowTitle().toStdString();
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    wizard->next();
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 2; }, WaitMs));
    wizard->accept();
    wizard = waitForWizardOf(third);
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->windowTitle().contains(QStringLiteral("third.csv (3 of 3)"))) << wizard->windowTitle().toStdString();
    EXPECT_TRUE(m_window->queuedImports().isEmpty());
    wizard->reject();
    QTest::qWait(50);
    EXPECT_EQ(m_window->findChild<Ui::ImportWizard *>(), nullptr) << "no wizard opens once the queue is empty";

    // The next files dropped count from one again.
    dropFiles(m_window.get(), {first, second});
    wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->windowTitle().contains(QStringLiteral("first.csv (1 of 2)"))) << wizard->windowTitle().toStdString();
    wizard->reject();
}

TEST_P(ImportWizardTest, DatesFollowTheRegionUntilTheUserPicksAnOrder)
{
    const QString path = writeFile(QStringLiteral("us.csv"), "Email,Created Date\nada@example.com,4/5/2023\n");
    dropFile(m_window.get(), path);
    Ui::ImportWizard *wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    // The database's region (DE) arrives from a worker: day first, as Germany writes dates.
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->options().defaultRegion == QLatin1String("DE"); }, WaitMs));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst);
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId);
    auto *dates = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("previewDateOrder"));
    ASSERT_NE(dates, nullptr);

    wizard->setDefaultRegion(QStringLiteral("US"));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::MonthFirst);
    EXPECT_EQ(dates->currentData().toInt(), int(ImportExport::DateOrder::MonthFirst)) << "the choice shows it";

    // Once picked, the order stays whatever region follows.
    dates->setCurrentIndex(dates->findData(int(ImportExport::DateOrder::DayFirst)));
    Q_EMIT dates->activated(dates->currentIndex());
    wizard->setDefaultRegion(QStringLiteral("PH"));
    wizard->setDefaultRegion(QStringLiteral("US"));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst);
    wizard->reject();
}

// A US export dropped in Germany: its "1/15/2024" settles that "2/3/2024" is February 3rd, and
// the preview says why the order is not Germany's; the user's own pick still wins.
TEST_P(ImportWizardTest, DatesFollowTheOrderTheFileShows)
{
    const QString path = writeFile(QStringLiteral("usdates.csv"),
                                   "Email,Created Date\nfeb@example.com,2/3/2024\njan@example.com,1/15/2024\n");
    dropFile(m_window.get(), path);
    Ui::ImportWizard *wizard = waitForWizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->options().defaultRegion == QLatin1String("DE"); }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->preview().has_value(); }, WaitMs));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::MonthFirst);
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId);
    auto *dates = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("previewDateOrder"));
    auto *source = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("previewDateOrderSource"));
    ASSERT_NE(dates, nullptr);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(dates->currentData().toInt(), int(ImportExport::DateOrder::MonthFirst));
    EXPECT_TRUE(source->isVisible());
    EXPECT_TRUE(source->toolTip().contains(QStringLiteral("“1/15/2024” on line 3"))) << source->toolTip().toStdString();
    auto *table = wizard->currentPage()->findChild<QTableView *>(QStringLiteral("previewTable"));
    ASSERT_NE(table, nullptr);
    const auto *model = qobject_cast<Ui::ImportPreviewModel *>(table->model());
    ASSERT_NE(model, nullptr);
    EXPECT_TRUE(model->index(0, model->columnForSource(1))
                    .data()
                    .toString()
                    .endsWith(QLocale().toString(QDate(2024, 2, 3), QLocale::LongFormat)));

    // A region changed keeps the file's order; mapping the dates away leaves the region's.
    wizard->setDefaultRegion(QStringLiteral("GB"));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::MonthFirst);
    wizard->setTarget(1, ImportExport::ColumnTarget{});
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst);
    EXPECT_FALSE(source->isVisible());
    wizard->setTarget(1, ImportExport::ColumnTarget{ImportExport::ImportField::CreatedAt, {}});
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::MonthFirst);

    // Picked by hand, the order is the user's.
    dates->setCurrentIndex(dates->findData(int(ImportExport::DateOrder::DayFirst)));
    Q_EMIT dates->activated(dates->currentIndex());
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst);
    EXPECT_FALSE(source->isVisible());
    EXPECT_TRUE(wizard->importOptions().dateOrderChosen);
    wizard->reject();
}

// The import settles how dates read from its first 10,000 rows; the preview's 200 may not show it.
// The check of the whole file reads those rows, and the preview follows what they say.
TEST_P(ImportWizardTest, DatesBeyondThePreviewSettleTheOrderItShows)
{
    QByteArray csv = "Email,Created Date\n";
    for (int line = 2; line <= 400; ++line)
        csv += "p" + QByteArray::number(line) + "@example.com," + (line == 300 ? "1/15/2024" : "2/3/2024") + "\n";
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("late.csv"), csv));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->options().defaultRegion == QLatin1String("DE"); }, WaitMs));
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId);
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst) << "the previewed rows say nothing";
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard->options().dateOrder == ImportExport::DateOrder::MonthFirst; }, WaitMs));
    auto *source = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("previewDateOrderSource"));
    EXPECT_TRUE(source->isVisibleTo(wizard->currentPage()));
    EXPECT_TRUE(source->toolTip().contains(QStringLiteral("“1/15/2024” on line 300")))
        << source->toolTip().toStdString();
    // Checked again in that order, the file still has no problem, and the import reads it so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->fileCheck().status == Ui::ImportWizard::FileCheck::Status::Done; },
                                WaitMs));
    EXPECT_EQ(wizard->importOptions().dateOrder, ImportExport::DateOrder::MonthFirst);

    // One date only day first reads among them: the file writes both, and says so.
    csv.replace("p399@example.com,2/3/2024", "p399@example.com,25/3/2024");
    writeFile(QStringLiteral("late.csv"), csv);
    wizard->rereadFile();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->datesMixed(); }, WaitMs));
    EXPECT_EQ(wizard->options().dateOrder, ImportExport::DateOrder::DayFirst) << "each date alone, as Germany writes";
    EXPECT_TRUE(source->text().contains(QStringLiteral("both"))) << source->text().toStdString();
    EXPECT_TRUE(source->toolTip().contains(QStringLiteral("“25/3/2024” on line 399")))
        << source->toolTip().toStdString();
    wizard->reject();
}

// A file longer than the preview is checked whole in the background: a bad row on line 900 is
// found before the import, and a choice that changes how cells read checks it again.
TEST_P(ImportWizardTest, ThePreviewChecksEveryRowOfALongFile)
{
    QByteArray csv = "Email,Phone\n";
    for (int line = 2; line <= 1001; ++line)
        csv += (line == 900 ? QByteArray("not-an-email") : "p" + QByteArray::number(line) + "@example.com") + ",030 " +
               QByteArray::number(1000000 + line) + "\n";
    const QString path = writeFile(QStringLiteral("long.csv"), csv);
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->options().defaultRegion == QLatin1String("DE"); }, WaitMs));
    wizard->next();
    EXPECT_EQ(wizard->fileCheck().status, Ui::ImportWizard::FileCheck::Status::NotNeeded) << "not before the preview";
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId);
    const auto done = [&] { return wizard->fileCheck().status == Ui::ImportWizard::FileCheck::Status::Done; };
    ASSERT_TRUE(QTest::qWaitFor(done, WaitMs));
    EXPECT_EQ(wizard->fileCheck().outcome.rows, 1000);
    EXPECT_EQ(wizard->fileCheck().outcome.rejected, 1);
    auto *label = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("previewFileCheck"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisibleTo(wizard->currentPage()));
    EXPECT_TRUE(label->text().contains(QStringLiteral("1 of 1,000 rows has a problem")) &&
                label->text().contains(QStringLiteral("line 900")))
        << label->text().toStdString();

    EXPECT_TRUE(label->toolTip().startsWith(QStringLiteral("Line 900: "))) << label->toolTip().toStdString();
    // Where Import is clicked, the whole file's count.
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *summary = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("optionsSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("1 of the file's 1,000 rows will be rejected")))
        << summary->text().toStdString();
    wizard->back();

    // Read as US numbers, every German one is wrong: checked again.
    wizard->setDefaultRegion(QStringLiteral("US"));
    EXPECT_NE(wizard->fileCheck().status, Ui::ImportWizard::FileCheck::Status::Done) << "the old outcome is gone";
    ASSERT_TRUE(QTest::qWaitFor(done, WaitMs));
    EXPECT_EQ(wizard->fileCheck().outcome.rejected, 1000);
    EXPECT_TRUE(label->text().contains(QStringLiteral("1,000 of 1,000 rows have problems")))
        << label->text().toStdString();
    wizard->reject();

    // A file the preview holds whole needs no second reading.
    wizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->findChild<Ui::ImportWizard *>() == nullptr; }, WaitMs));
    wizard = m_window->openImportWizard(writeFile(QStringLiteral("short.csv"), "Email\nada@example.com\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    wizard->next();
    EXPECT_EQ(wizard->fileCheck().status, Ui::ImportWizard::FileCheck::Status::NotNeeded);
    EXPECT_FALSE(wizard->currentPage()
                     ->findChild<QLabel *>(QStringLiteral("previewFileCheck"))
                     ->isVisibleTo(wizard->currentPage()));
    wizard->reject();
}

// The region chosen for an import is where the user's next file most likely comes from too: the
// next wizard starts with it, unless the database sets one for its phone numbers (the team's
// rule). One not chosen is not kept.
TEST_P(ImportWizardTest, TheNextImportStartsWithTheRegionChosenForTheLastOne)
{
    ASSERT_TRUE(m_workspace->contacts().setDefaultRegion(QString()).hasValue());
    const auto open = [&](const QString &file, const QByteArray &csv) {
        Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(file, csv));
        EXPECT_EQ(waitForWizard(), wizard);
        QTest::qWait(200); // the database's region (none) arrives from a worker
        return wizard;
    };
    const auto closeAll = [&] {
        return QTest::qWaitFor([&] { return m_window->findChildren<Ui::ImportWizard *>().isEmpty(); }, WaitMs);
    };
    Ui::ImportWizard *first = open(QStringLiteral("at.csv"), "email,phone\nanna@example.at,0664 1234567\n");
    first->setDefaultRegion(QStringLiteral("AT"));
    auto *run = goToRunPage(first);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 1);
    first->close();
    ASSERT_TRUE(closeAll());

    Ui::ImportWizard *next = open(QStringLiteral("more.csv"), "email,phone\nbert@example.at,0664 7654321\n");
    EXPECT_EQ(next->options().defaultRegion, QStringLiteral("AT"));
    auto *plain = goToRunPage(next);
    ASSERT_NE(plain, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plain->isComplete(); }, WaitMs));
    next->close();
    ASSERT_TRUE(closeAll());
    EXPECT_EQ(QSettings().value(QStringLiteral("import/region")).toString(), QStringLiteral("AT"));

    ASSERT_TRUE(m_workspace->contacts().setDefaultRegion(QStringLiteral("DE")).hasValue());
    Ui::ImportWizard *team = open(QStringLiteral("de.csv"), "email,phone\ncarl@example.de,030 1234567\n");
    ASSERT_TRUE(QTest::qWaitFor([&] { return team->options().defaultRegion == QLatin1String("DE"); }, WaitMs))
        << "the database's region wins";
    team->reject();
    ASSERT_TRUE(closeAll());
}

TEST_P(ImportWizardTest, HistoryListsBatchAndRevertsIt)
{
    const QString path = writeFile(QStringLiteral("two.csv"), "Email,First name\none@example.com,One\n"
                                                              "two@example.com,Two\n");
    ImportExport::ImportOptions options;
    options.filePath = path;
    options.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    m_window->importController().startImport(options);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, WaitMs)) << model().rowCount();

    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    auto *history = m_window->findChild<Ui::ImportHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !history->isLoading(); }, WaitMs));
    ASSERT_EQ(history->table()->rowCount(), 1);
    EXPECT_EQ(history->table()->item(0, 0)->text(), QStringLiteral("two.csv"));
    EXPECT_EQ(history->table()->item(0, 4)->text(), QStringLiteral("2"));
    auto *revert = history->findChild<QPushButton *>(QStringLiteral("historyRevert"));
    ASSERT_NE(revert, nullptr);
    ASSERT_TRUE(revert->isEnabled()) << "the latest import is selected";
    QTest::mouseClick(revert, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !history->isLoading() && history->batches().size() == 1 &&
                   history->batches().first().status == QLatin1String("reverted");
        },
        WaitMs));
    EXPECT_FALSE(revert->isEnabled()) << "the undone import stays selected";
    EXPECT_FALSE(m_workspace->contacts().findByEmail(QStringLiteral("one@example.com")).hasValue());
    EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1; }, WaitMs));
}

TEST_P(ImportWizardTest, TheHistoryActsOnTheImportSelectedAndKeepsItsButtonsInSight)
{
    const auto import = [&](const QString &name, const QByteArray &csv) {
        ImportExport::ImportOptions options;
        options.filePath = writeFile(name + QStringLiteral(".csv"), csv);
        options.rejectsPath = m_dir.filePath(name + QStringLiteral("-rejects.csv"));
        ImportExport::ContactImportJob job(sharedDb(), m_workspace->clock(), options);
        job.run();
        return job.summary().created;
    };
    ASSERT_EQ(import(QStringLiteral("first"), "Email\nfirst@example.com\nnot-an-email\n"), 1);
    QThread::msleep(5); // listed newest first
    ASSERT_EQ(import(QStringLiteral("second"), "Email\nsecond@example.com\n"), 1);

    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    auto *history = m_window->findChild<Ui::ImportHistoryDialog *>();
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !history->isLoading() && history->table()->rowCount() == 2; }, WaitMs));
    auto *rejects = history->findChild<QPushButton *>(QStringLiteral("historyRejects"));
    ASSERT_NE(rejects, nullptr);
    EXPECT_EQ(history->table()->item(0, 0)->text(), QStringLiteral("second.csv"));
    EXPECT_FALSE(rejects->isEnabled()) << "the latest import, selected first, rejected nothing";
    history->table()->selectRow(1);
    EXPECT_TRUE(rejects->isEnabled()) << "the first one did";
    EXPECT_TRUE(rejects->toolTip().endsWith(QStringLiteral("first-rejects.csv")));

    history->resize(640, 400);
    QCoreApplication::processEvents();
    for (const char *name : {"historyShowContacts", "historyRevert", "historyRejects"}) {
        auto *button = history->findChild<QPushButton *>(QLatin1String(name));
        EXPECT_TRUE(history->rect().contains(QRect(button->mapTo(history, QPoint(0, 0)), button->size()))) << name;
    }
    history->close();
}

TEST_P(ImportWizardTest, TheHistoryListsTheContactsAnImportCreatedOrUpdated)
{
    Domain::Contact bystander;
    bystander.firstName = QStringLiteral("Bystander");
    bystander.email = QStringLiteral("bystander@example.com");
    ASSERT_TRUE(m_workspace->contacts().create(bystander).hasValue());
    const QString path = writeFile(QStringLiteral("people, spring.csv"), "Email,First name,Phone\n"
                                                                         "one@example.com,One,\n"
                                                                         "existing@example.com,,030 1234567\n");
    ImportExport::ImportOptions options;
    options.filePath = path;
    options.rejectsPath = m_dir.filePath(QStringLiteral("rejects.csv"));
    options.onDuplicate = ImportExport::DuplicateAction::FillEmpty;
    options.defaultRegion = QStringLiteral("DE");
    m_window->importController().startImport(options);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, WaitMs)) << model().rowCount();
    // A search that hides them: showing an import's contacts shows all of them.
    m_window->contactsView()->searchEdit()->setText(QStringLiteral("bystander"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1; }, WaitMs)) << model().rowCount();

    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    QPointer<Ui::ImportHistoryDialog> history = m_window->findChild<Ui::ImportHistoryDialog *>();
    ASSERT_TRUE(history);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !history->isLoading(); }, WaitMs));
    auto *show = history->findChild<QPushButton *>(QStringLiteral("historyShowContacts"));
    ASSERT_NE(show, nullptr);
    ASSERT_TRUE(show->isEnabled());
    const QString batchId = history->batches().first().id;
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !history || !history->isVisible(); }, WaitMs)) << "the history closes";

    Ui::ContactsView *view = m_window->contactsView();
    EXPECT_EQ(view->importFilter(), batchId);
    EXPECT_TRUE(view->searchEdit()->text().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 2; }, WaitMs)) << model().rowCount();
    QStringList emails;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            emails.clear();
            for (int row = 0; row < model().rowCount(); ++row)
                if (const QString email = model().index(row, Models::ContactTableModel::Email).data().toString();
                    !email.isEmpty())
                    emails << email;
            return emails.size() == 2; // once the page is loaded
        },
        WaitMs));
    emails.sort();
    EXPECT_EQ(emails, QStringList({QStringLiteral("existing@example.com"), QStringLiteral("one@example.com")}))
        << "the contact it created and the one it updated, not the bystander";
    auto *bar = view->findChild<QWidget *>(QStringLiteral("importFilterBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisibleTo(view));
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("importFilterText"))->text().contains(QStringLiteral("people, spring.csv")));

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("clearImportFilter")), Qt::LeftButton);
    EXPECT_FALSE(bar->isVisibleTo(view));
    EXPECT_TRUE(view->importFilter().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3; }, WaitMs)) << model().rowCount();

    // Once undone, the import has no contacts to show.
    ImportExport::ImportBatchService batches(sharedDb(), m_workspace->clock());
    ASSERT_TRUE(batches.revert(batchId).hasValue());
    m_window->findChild<QAction *>(QStringLiteral("actionImportHistory"))->trigger();
    history = m_window->findChild<Ui::ImportHistoryDialog *>();
    ASSERT_TRUE(history);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !history->isLoading(); }, WaitMs));
    EXPECT_FALSE(history->findChild<QPushButton *>(QStringLiteral("historyShowContacts"))->isEnabled());
    history->close();
}

TEST_P(ImportWizardTest, TheLastPageOfTheWizardShowsTheImportedContacts)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(
        writeFile(QStringLiteral("new.csv"), "email,first name\nnew1@example.com,New\nnew2@example.com,Newer\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    auto *show = run->findChild<QPushButton *>(QStringLiteral("runShowContacts"));
    ASSERT_NE(show, nullptr);
    ASSERT_TRUE(show->isVisibleTo(run));
    QPointer<Ui::ImportWizard> open = wizard;
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, WaitMs)) << "the wizard closes";
    EXPECT_EQ(m_window->contactsView()->importFilter(), run->summary().batchId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 2; }, WaitMs)) << model().rowCount();
}

TEST_P(ImportWizardTest, StoredCustomFieldsAreOfferedToExportAndToMapTo)
{
    Domain::Contact contact;
    contact.email = QStringLiteral("shoe@example.com");
    contact.customFields.insert(QStringLiteral("Shoe size"), QStringLiteral("44"));
    ASSERT_TRUE(m_workspace->contacts().create(contact).hasValue());

    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *fields = dialog->findChild<QListWidget *>(QStringLiteral("exportFields"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !fields->findItems(QStringLiteral("Custom field: Shoe size"), Qt::MatchExactly).isEmpty(); },
        WaitMs));
    // The first export's default columns are what an import needs for the same contacts.
    EXPECT_EQ(fields->findItems(QStringLiteral("Custom field: Shoe size"), Qt::MatchExactly).first()->checkState(),
              Qt::Checked);
    dialog->findChild<QPushButton *>(QStringLiteral("exportFieldsNone"))->click();
    EXPECT_TRUE(dialog->fields().isEmpty());
    dialog->findChild<QPushButton *>(QStringLiteral("exportFieldsDefault"))->click();
    EXPECT_TRUE(dialog->fields().contains(QStringLiteral("custom:Shoe size")));
    const QString out = m_dir.filePath(QStringLiteral("custom.csv"));
    dialog->setPath(out);
    dialog->findChild<QAbstractButton *>(QStringLiteral("exportBom"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(out); }, WaitMs));
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.section(QStringLiteral("\r\n"), 0, 0).endsWith(QStringLiteral(",custom:Shoe size"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",44\r\n"))) << text.toStdString();

    // The wizard offers the stored field for any column.
    Ui::ImportWizard *wizard =
        m_window->openImportWizard(writeFile(QStringLiteral("sizes.csv"), "email,Size EU\nann@example.com,38\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->targetCombo(1)->findData(QStringLiteral("custom:Shoe size")) >= 0; },
                                WaitMs));
    wizard->reject();

    // A column named for the field in another case is that field, recognised as such.
    Ui::ImportWizard *again =
        m_window->openImportWizard(writeFile(QStringLiteral("ours.csv"), "email,custom:shoe size\nbea@example.com,40\n"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !again->isLoading() && again->preview().has_value(); }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return again->mapping().target(1).customName == QLatin1String("Shoe size"); },
                                WaitMs));
    EXPECT_EQ(again->automaticMapping().target(1), again->mapping().target(1));
    again->next();
    auto *mapping = qobject_cast<Ui::ImportMappingPage *>(again->currentPage());
    ASSERT_NE(mapping, nullptr);
    EXPECT_EQ(mapping->targetCombo(1)->currentData().toString(), QStringLiteral("custom:Shoe size"));
    again->reject();

    // So is a column named like it without the prefix, as another tool's file names it.
    Ui::ImportWizard *plain =
        m_window->openImportWizard(writeFile(QStringLiteral("plain.csv"), "email,Shoe Size\ncy@example.com,41\n"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !plain->isLoading() && plain->preview().has_value(); }, WaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return plain->mapping().target(1).customName == QLatin1String("Shoe size"); },
                                WaitMs));
    EXPECT_EQ(plain->automaticMapping().target(1), plain->mapping().target(1)) << "recognised, not chosen";
    plain->reject();
}

TEST_P(ImportWizardTest, NumberedStreetLinesFollowTheStreetTheUserChooses)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(
        writeFile(QStringLiteral("streets.csv"), "Email,Business Street,Business Street 2,Home Street,Home Street 2\n"
                                                 "a@example.com,1 Office Rd,Floor 9,5 Elm Rd,Flat 3\n"
                                                 "b@example.com,2 Office Rd,Floor 8,6 Elm Rd,Flat 4\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview().has_value(); }, WaitMs));
    const auto fieldOf = [&](int column) { return wizard->mapping().target(column).field; };
    ASSERT_EQ(fieldOf(2), ImportField::StreetLine);
    ASSERT_EQ(fieldOf(4), ImportField::SecondStreetLine);
    // The business street skipped, its line goes with it; chosen again, it comes back.
    wizard->setTarget(1, ImportExport::ColumnTarget{});
    EXPECT_FALSE(fieldOf(2).has_value());
    wizard->setTarget(1, ImportExport::ColumnTarget{ImportField::Street, {}});
    EXPECT_EQ(fieldOf(2), ImportField::StreetLine);
    // The home street as the street: its line comes along, the business line stays with its own.
    wizard->setTarget(1, ImportExport::ColumnTarget{});
    wizard->setTarget(3, ImportExport::ColumnTarget{ImportField::Street, {}});
    EXPECT_EQ(fieldOf(4), ImportField::StreetLine);
    EXPECT_FALSE(fieldOf(2).has_value());
    // A line the user chose for stays chosen.
    wizard->setTarget(2, ImportExport::ColumnTarget{ImportField::Custom, QStringLiteral("Floor")});
    wizard->setTarget(1, ImportExport::ColumnTarget{ImportField::Street, {}});
    EXPECT_EQ(fieldOf(2), ImportField::Custom);
    wizard->reject();
}

TEST_P(ImportWizardTest, ANewCustomFieldNameTooLongIsSaidOnTheMappingPage)
{
    const QByteArray longName(101, 'n');
    Ui::ImportWizard *wizard =
        m_window->openImportWizard(writeFile(QStringLiteral("long.csv"), "First Name,Email,custom:" + longName +
                                                                          "\nAnn,a@example.com,x\nBob,b@example.com,y\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview().has_value(); }, WaitMs));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::MappingPageId);
    auto *problem = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("mappingError"));
    ASSERT_NE(problem, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return problem->text().contains(QStringLiteral("longer than 100 characters")); },
                                WaitMs))
        << problem->text().toStdString();
    EXPECT_TRUE(problem->isVisibleTo(wizard->currentPage()));
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    wizard->reject();
}

TEST_P(ImportWizardTest, ATagTooLongIsSaidOnTheOptionsPage)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("tags.csv"), CsvText));
    ASSERT_EQ(waitForWizard(), wizard);
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *tags = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("optionsTags"));
    auto *problem = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("optionsTagsProblem"));
    ASSERT_TRUE(tags && problem);
    tags->setFocus();
    tags->selectAll();
    QTest::keyClicks(tags, QStringLiteral("fair, ") + QString(101, QLatin1Char('x')));
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    EXPECT_TRUE(problem->isVisibleTo(wizard->currentPage()));
    QTest::keyClick(tags, Qt::Key_Backspace);
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    EXPECT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());
    EXPECT_FALSE(problem->isVisibleTo(wizard->currentPage()));
    wizard->reject();
}

TEST_P(ImportWizardTest, LeavingOutRowsThatMatchNoContactUpdatesOnlyAndRulesOutSkipping)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("enrich.csv"), CsvText));
    ASSERT_EQ(waitForWizard(), wizard);
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *leaveOut = wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("unmatchedLeaveOut"));
    auto *skip = wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("duplicateSkip"));
    auto *fill = wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("duplicateFill"));
    ASSERT_TRUE(leaveOut && skip && fill);
    EXPECT_FALSE(wizard->options().updateOnly);
    ASSERT_TRUE(skip->isChecked());
    leaveOut->click();
    EXPECT_TRUE(wizard->options().updateOnly);
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::FillEmpty);
    EXPECT_TRUE(fill->isChecked());
    EXPECT_FALSE(skip->isEnabled()) << "skipping the matches and leaving out the rest would import nothing";
    wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("unmatchedCreate"))->click();
    EXPECT_FALSE(wizard->options().updateOnly);
    EXPECT_TRUE(skip->isEnabled());
    wizard->reject();
}

TEST_P(ImportWizardTest, TheOptionsPageWarnsWhenMostPreviewedRowsWouldBeRejected)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(
        writeFile(QStringLiteral("bad.csv"), "email,first name\nnot-an-email,Ana\nalso bad,Ben\nok@example.com,Carl\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *summary = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("optionsSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("⚠ 2 of the 3 previewed rows will be rejected")))
        << summary->text().toStdString();
    wizard->reject();
}

TEST_P(ImportWizardTest, AnExportBroughtBackIsMatchedOnItsLeadlineIds)
{
    Domain::Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.email = QStringLiteral("ana@example.com");
    auto stored = m_workspace->contacts().create(ana);
    ASSERT_TRUE(stored.hasValue());
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(
        QStringLiteral("export.csv"),
        QStringLiteral(
            "id,first_name,email\n%1,Ana,ana@example.com\n01a21c9d-dea9-7126-9533-6b80741ced5b,Bo,bo@example.com\n")
            .arg(stored->id)
            .toUtf8()));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview().has_value(); }, WaitMs));
    EXPECT_EQ(wizard->mapping().target(0).field, ImportField::LeadlineId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->leadlineIdsBelongHere(); }, WaitMs));
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    auto *byId = wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("matchLeadlineId"));
    ASSERT_NE(byId, nullptr);
    EXPECT_TRUE(byId->isChecked()) << "found by their own ids, whatever else was edited";
    EXPECT_EQ(wizard->options().matchOn, ImportExport::MatchKey::LeadlineId);
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::Overwrite) << "brought back to apply its edits";
    // Chosen otherwise, it stays chosen, and overwriting goes with the ids.
    wizard->currentPage()->findChild<QRadioButton *>(QStringLiteral("matchEmail"))->click();
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::Skip);
    wizard->back();
    wizard->next();
    EXPECT_EQ(wizard->options().matchOn, ImportExport::MatchKey::Email);
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::Skip);
    wizard->reject();
}

TEST_P(ImportWizardTest, AnotherDatabasesExportIsMatchedOnEmailAndImportsEveryRow)
{
    // Its ids name no contact here: matched on them, every row would be turned down.
    Ui::ImportWizard *wizard = m_window->openImportWizard(
        writeFile(QStringLiteral("their-export.csv"), "id,first_name,email\n"
                                                      "01a21c9d-dea9-7126-9533-6b80741ced5b,Ana,ana@example.com\n"
                                                      "01a21c9d-dea9-7126-9533-6b80741ced5c,Bo,bo@example.com\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview().has_value(); }, WaitMs));
    EXPECT_EQ(wizard->mapping().target(0).field, ImportField::LeadlineId);
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    EXPECT_EQ(wizard->options().matchOn, ImportExport::MatchKey::Email);
    EXPECT_EQ(wizard->options().onDuplicate, ImportExport::DuplicateAction::Skip);
    wizard->next();
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 2);
    EXPECT_EQ(run->summary().rejected, 0);
}

TEST_P(ImportWizardTest, AFileSavedAgainWhileTheWizardIsOpenIsReadAgainBeforeTheImport)
{
    const QString path = writeFile(QStringLiteral("changing.csv"), "email,first name\nann@example.com,Ann\n");
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    for (int page = 0; page < 3; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId);
    writeFile(QStringLiteral("changing.csv"), "email,first name\nann@example.com,Ann\nbob@example.com,Bob\n");

    wizard->next(); // Import
    EXPECT_EQ(wizard->currentId(), Ui::ImportWizard::OptionsPageId) << "nothing is imported from an unseen file";
    auto *summary = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("optionsSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("changed since it was previewed"))) << summary->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview() && wizard->preview()->rows.size() == 2; },
                                WaitMs));
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    wizard->next();
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 2);
}

TEST_P(ImportWizardTest, ClosingTheWizardAfterTheMappingAsksFirst)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("ask.csv"), CsvText));
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::MappingPageId);
    Ui::Confirmation::setAutoAccept(false);
    const auto restore = qScopeGuard([] { Ui::Confirmation::setAutoAccept(true); });
    const auto question = [&] { return wizard->findChild<QMessageBox *>(QStringLiteral("importCloseQuestion")); };

    QTest::keyClick(wizard, Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() != nullptr; }, WaitMs)) << "Escape asks";
    EXPECT_TRUE(wizard->isVisible());
    question()->button(QMessageBox::Cancel)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() == nullptr; }, WaitMs));
    EXPECT_TRUE(wizard->isVisible()) << "the mapping is still there";
    EXPECT_EQ(wizard->currentId(), Ui::ImportWizard::MappingPageId);

    QPointer<Ui::ImportWizard> guarded(wizard);
    wizard->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() != nullptr; }, WaitMs));
    question()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !guarded || !guarded->isVisible(); }, WaitMs));
}

TEST_P(ImportWizardTest, CtrlEInTheSearchBoxExportsWhatTheSearchFound)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("contactSearch"));
    ASSERT_NE(search, nullptr);
    // Offscreen, no line edit binds Ctrl+E (Linux desktops do): what keeps it from the search
    // box must be installed (WindowShortcutsFirst is tested on a key every platform binds).
    ASSERT_NE(search->findChild<Ui::WindowShortcutsFirst *>(), nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Existing"));
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr) << "the line edit kept Ctrl+E as its end of line";
    EXPECT_EQ(search->cursorPosition(), 0);
    dialog->reject();
}

TEST_P(ImportWizardTest, ExportDialogWritesChosenColumns)
{
    for (const auto &[first, email] : {std::pair{"Zoe", "zoe@example.com"}, std::pair{"Max", "max@example.com"}}) {
        Domain::Contact contact;
        contact.firstName = QLatin1String(first);
        contact.email = QLatin1String(email);
        contact.title = QStringLiteral("Engineer");
        ASSERT_TRUE(m_workspace->contacts().create(contact).hasValue());
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 3 && model().isLoaded(2); }, WaitMs));

    // All contacts, two columns.
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    // A click on a column's name ticks and unticks it, as one on its box does.
    auto *columns = dialog->findChild<QListWidget *>(QStringLiteral("exportFields"));
    QListWidgetItem *title = columns->findItems(QStringLiteral("Job title"), Qt::MatchExactly).value(0);
    ASSERT_NE(title, nullptr);
    columns->scrollToItem(title);
    const QRect titleRect = columns->visualItemRect(title);
    const Qt::CheckState before = title->checkState();
    QTest::mouseClick(columns->viewport(), Qt::LeftButton, {}, titleRect.center());
    EXPECT_NE(title->checkState(), before);
    QTest::mouseClick(columns->viewport(), Qt::LeftButton, {}, titleRect.center());
    EXPECT_EQ(title->checkState(), before);
    const QString out = m_dir.filePath(QStringLiteral("contacts.csv"));
    dialog->setPath(out);
    dialog->setFields({QStringLiteral("first_name"), QStringLiteral("email")});
    dialog->findChild<QAbstractButton *>(QStringLiteral("exportBom"))->setChecked(false);
    EXPECT_EQ(dialog->scope(), Ui::ExportDialog::Scope::All);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(out); }, WaitMs));
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.first(), QStringLiteral("first_name,email"));
    EXPECT_TRUE(lines.contains(QStringLiteral("Zoe,zoe@example.com")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Existing,existing@example.com")));

    // The selection only; the column choice was remembered.
    // Let the refresh the new contacts scheduled pass, or it would reset the selection.
    QTest::qWait(400);
    QTableView *table = m_window->contactsView()->table();
    table->selectRow(0);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 1);
    const QString selectedId = model().contactIdAt(model().index(0, 0));
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<Ui::ExportDialog *>();
            return dialog != nullptr;
        },
        WaitMs));
    EXPECT_EQ(dialog->fields(), (QStringList{QStringLiteral("first_name"), QStringLiteral("email")}));
    EXPECT_EQ(dialog->scope(), Ui::ExportDialog::Scope::Selection);
    const QString selectionOut = m_dir.filePath(QStringLiteral("selection.csv"));
    dialog->setPath(selectionOut);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(selectionOut); }, WaitMs));
    QFile selection(selectionOut);
    ASSERT_TRUE(selection.open(QIODevice::ReadOnly));
    const QStringList selectedLines =
        QString::fromUtf8(selection.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(selectedLines.size(), 2);
    EXPECT_EQ(selectedLines.at(1),
              model().index(0, Models::ContactTableModel::Name).data().toString().section(QLatin1Char(' '), 0, 0) +
                  QStringLiteral(",") + model().index(0, Models::ContactTableModel::Email).data().toString());
    EXPECT_FALSE(selectedId.isEmpty());

    // Rows picked out of order are exported in the list's order.
    table->selectionModel()->select(model().index(2, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(model().index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_EQ(m_window->contactsView()->selectedContactIds(),
              (QStringList{model().contactIdAt(model().index(0, 0)), model().contactIdAt(model().index(2, 0))}));
}

TEST_P(ImportWizardTest, ExportOffersThisDatabasesCustomFieldsWithTheNewOnesChecked)
{
    const auto forget = qScopeGuard([] {
        QSettings().remove(QStringLiteral("export/fields"));
        QSettings().remove(QStringLiteral("export/offeredCustomFields"));
    });
    Domain::Contact contact;
    contact.email = QStringLiteral("sizes@example.com");
    contact.customFields.insert(QStringLiteral("Shoe size"), QStringLiteral("44"));
    contact.customFields.insert(QStringLiteral("Hat size"), QStringLiteral("7"));
    ASSERT_TRUE(m_workspace->contacts().create(contact).hasValue());
    const auto chosenColumns = [this](const QStringList &remembered, const QStringList &offered) {
        QSettings().setValue(QStringLiteral("export/fields"), remembered);
        QSettings().setValue(QStringLiteral("export/offeredCustomFields"), offered);
        m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
        auto *dialog = m_window->findChild<Ui::ExportDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return QStringList();
        auto *fields = dialog->findChild<QListWidget *>(QStringLiteral("exportFields"));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !fields->findItems(QStringLiteral("Custom field: Hat size"), Qt::MatchExactly).isEmpty(); },
            WaitMs));
        EXPECT_TRUE(fields->findItems(QStringLiteral("Custom field: Glove size"), Qt::MatchExactly).isEmpty())
            << "another database's field is not offered";
        const QStringList chosen = dialog->fields();
        dialog->reject();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_window->findChild<Ui::ExportDialog *>(); }, WaitMs));
        return chosen;
    };
    // "Hat size" was not there when the columns were chosen (made since, or the last export was
    // of another database): nobody left it out.
    EXPECT_EQ(
        chosenColumns(
            {QStringLiteral("email"), QStringLiteral("custom:Shoe size"), QStringLiteral("custom:Glove size")},
            {QStringLiteral("Shoe size"), QStringLiteral("Glove size")}),
        (QStringList{QStringLiteral("email"), QStringLiteral("custom:Hat size"), QStringLiteral("custom:Shoe size")}));
    // Offered and left out: it stays out.
    EXPECT_EQ(chosenColumns({QStringLiteral("email"), QStringLiteral("custom:Shoe size")},
                            {QStringLiteral("Shoe size"), QStringLiteral("Hat size")}),
              (QStringList{QStringLiteral("email"), QStringLiteral("custom:Shoe size")}));
}

TEST_P(ImportWizardTest, ExportOffersTheFormatChosenLastTime)
{
    const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("export/format")); });
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    const QString out = m_dir.filePath(QStringLiteral("for-excel.xlsx"));
    dialog->setPath(out);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(out) && !m_window->findChild<Ui::ExportDialog *>(); }, WaitMs));

    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->path().endsWith(QStringLiteral(".xlsx"))) << dialog->path().toStdString();
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"))->currentData().toString(), QStringLiteral("xlsx"));
    dialog->reject();
}

TEST_P(ImportWizardTest, ExportingOverAnExistingFileAsksFirst)
{
    const QString out = writeFile(QStringLiteral("kept.csv"), "yesterday's export\n");
    Ui::Confirmation::setAutoAccept(false);
    const auto autoAcceptAgain = qScopeGuard([] { Ui::Confirmation::setAutoAccept(true); });
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setPath(out);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QMessageBox *question = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (question = dialog->findChild<QMessageBox *>(QStringLiteral("confirmReplaceExport"))); },
                                WaitMs));
    EXPECT_TRUE(dialog->isVisible()) << "nothing is written before the answer";
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(300);
    QFile kept(out);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("yesterday's export\n"));
    EXPECT_TRUE(dialog->isVisible());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return (question = dialog->findChild<QMessageBox *>(QStringLiteral("confirmReplaceExport"))); },
                                WaitMs));
    question->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QFile replaced(out);
            return replaced.open(QIODevice::ReadOnly) && replaced.readAll().contains("existing@example.com");
        },
        WaitMs));
}

TEST_P(ImportWizardTest, ExportSaysAtOnceWhenTheTargetIsAFolderOrTheDatabase)
{
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("exportError"));
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("folder.csv")));
    dialog->setPath(m_dir.filePath(QStringLiteral("folder.csv")));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(error->text().contains(QStringLiteral("is a folder"))) << error->text().toStdString();

    if (GetParam() == Backend::Sqlite) {
        dialog->setPath(temp().locationText());
        EXPECT_FALSE(button->isEnabled());
        EXPECT_TRUE(error->text().contains(QStringLiteral("file of the Leadline database"))) << error->text().toStdString();
    }
    dialog->setPath(m_dir.filePath(QStringLiteral("contacts.csv")));
    EXPECT_TRUE(button->isEnabled());
    dialog->reject();
}

TEST_P(ImportWizardTest, AFileNameTypedAloneIsSavedInTheFolderTheExportDialogShows)
{
    m_window->findChild<QAction *>(QStringLiteral("actionExportContacts"))->trigger();
    auto *dialog = m_window->findChild<Ui::ExportDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setPath(m_dir.filePath(QStringLiteral("suggested.csv"))); // as the dialog opens, or Browse chose
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
    ASSERT_NE(edit, nullptr);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("typed.csv"));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->path()), QDir(m_dir.path()).absoluteFilePath(QStringLiteral("typed.csv")));
    edit->setText(QStringLiteral("sub/../typed.xlsx"));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->path()), QDir(m_dir.path()).absoluteFilePath(QStringLiteral("typed.xlsx")));
    edit->setText(QStringLiteral("~/typed.csv"));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog->path()), QDir::home().absoluteFilePath(QStringLiteral("typed.csv")));
    edit->setText(QStringLiteral("typed.csv"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(m_dir.filePath(QStringLiteral("typed.csv"))); }, WaitMs));
    EXPECT_FALSE(QFileInfo::exists(QDir::current().absoluteFilePath(QStringLiteral("typed.csv"))));
}

// Unticking "The file has a row of column names" to look, and ticking it again, gives the
// columns back as the user had mapped them, not the automatic mapping again.
TEST_P(ImportWizardTest, TheHeaderRowTickedAgainKeepsTheMappingTheUserMade)
{
    const QString path = writeFile(QStringLiteral("named.csv"), "Name,Mail,Notes\nAda,ada@example.com,x\n");
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    ASSERT_TRUE(wizard->preview()->hasHeaderRow);
    wizard->setTarget(2, ImportExport::ColumnTarget{ImportField::Title, {}});
    const ImportExport::ColumnMapping chosen = wizard->mapping();
    auto *header = wizard->findChild<QCheckBox *>(QStringLiteral("importHeaderRow"));
    ASSERT_NE(header, nullptr);
    QTest::mouseClick(header, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview() && !wizard->preview()->hasHeaderRow; },
                                WaitMs));
    QTest::mouseClick(header, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview() && wizard->preview()->hasHeaderRow; },
                                WaitMs));
    EXPECT_EQ(wizard->mapping().target(2).field, ImportField::Title);
    EXPECT_TRUE(wizard->mapping() == chosen);
}

// Trailing separators (a spreadsheet's empty columns saved as CSV) are no columns the user
// chose to skip: the mapping says they are empty.
TEST_P(ImportWizardTest, EmptyTrailingColumnsAreCountedAsEmptyNotSkipped)
{
    const QString path = writeFile(QStringLiteral("trailing.csv"), "Email,Notes,,\nada@example.com,x,,\n");
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    wizard->next();
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("mappingSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), QStringLiteral("1 of 4 columns imported, 1 skipped, 2 empty"));
}

TEST_P(ImportWizardTest, HeaderRowChoiceRereadsTheFileAndReachesTheImport)
{
    const QString path = writeFile(QStringLiteral("plain.csv"), "Ada,ada@example.com\nGrace,grace@example.com\n");
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    auto *header = wizard->findChild<QCheckBox *>(QStringLiteral("importHeaderRow"));
    ASSERT_NE(header, nullptr);

    // Whatever was detected, the user's choice decides: first as data, then as a header.
    header->setChecked(true);
    QTest::mouseClick(header, Qt::LeftButton);
    ASSERT_FALSE(header->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_FALSE(wizard->preview()->hasHeaderRow);
    EXPECT_EQ(wizard->preview()->rows.size(), 2);
    EXPECT_EQ(wizard->importOptions().header, ImportExport::HeaderMode::Absent);

    QTest::mouseClick(header, Qt::LeftButton);
    ASSERT_TRUE(header->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->headers, (QStringList{QStringLiteral("Ada"), QStringLiteral("ada@example.com")}));
    EXPECT_EQ(wizard->preview()->rows.size(), 1);
    EXPECT_EQ(wizard->importOptions().header, ImportExport::HeaderMode::Present);

    // Such labels match nothing: the mapping page says what is missing until a column is mapped.
    wizard->next();
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isComplete());
    auto *error = page->findChild<QLabel *>(QStringLiteral("mappingError"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isHidden());
    EXPECT_FALSE(error->text().isEmpty());
    QComboBox *second = page->targetCombo(1);
    const int email = second->findData(QStringLiteral("email"));
    second->setCurrentIndex(email);
    Q_EMIT second->activated(email);
    QComboBox *first = page->targetCombo(0);
    const int firstName = first->findData(QStringLiteral("first_name"));
    first->setCurrentIndex(firstName);
    Q_EMIT first->activated(firstName);
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(error->isHidden());

    wizard->next();
    wizard->next();
    wizard->next();
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 1) << "the first line is the header, as chosen";
    EXPECT_TRUE(m_workspace->contacts().findByEmail(QStringLiteral("grace@example.com")).hasValue());
    EXPECT_FALSE(m_workspace->contacts().findByEmail(QStringLiteral("ada@example.com")).hasValue());
}

TEST_P(ImportWizardTest, EnterGoesOnFromEveryPageWhateverButtonHasTheFocus)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("enter.csv"), "email,name\na@example.com,Ann\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::MappingPageId);
    QPushButton *load = nullptr;
    for (QPushButton *button : wizard->currentPage()->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Load preset…"))
            load = button;
    ASSERT_NE(load, nullptr);
    load->setFocus();
    QTest::keyClick(load, Qt::Key_Return);
    EXPECT_EQ(wizard->currentId(), Ui::ImportWizard::PreviewPageId) << "Next, not the preset dialog";
    EXPECT_EQ(wizard->findChild<QFileDialog *>(), nullptr);
}

TEST_P(ImportWizardTest, OnTheRunPageEnterPressesTheFocusedButton)
{
    Ui::Confirmation::setAutoAccept(false);
    const auto autoAcceptAgain = qScopeGuard([] { Ui::Confirmation::setAutoAccept(true); });
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("enter-run.csv"), "email,name\na@example.com,Ann\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(wizard->focusWidget(), wizard->button(QWizard::FinishButton)) << "the focus left what the run hid";
    // Someone works on the new contact meanwhile: the question says what an undo takes with it.
    QTest::qWait(5);
    auto ann = m_workspace->contacts().findByEmail(QStringLiteral("a@example.com"));
    ASSERT_TRUE(ann.hasValue());
    ann->title = QStringLiteral("Buyer");
    ASSERT_TRUE(m_workspace->contacts().update(*ann).hasValue());

    auto *undo = run->findChild<QPushButton *>(QStringLiteral("runUndo"));
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Return);
    QMessageBox *question = nullptr;
    EXPECT_TRUE(QTest::qWaitFor([&] { return (question = wizard->findChild<QMessageBox *>(QStringLiteral("confirmUndoImport"))); },
                                WaitMs))
        << "the undo asks first";
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->text().contains(QStringLiteral("One of the contacts it created was changed after the import")))
        << question->text().toStdString();
    EXPECT_TRUE(wizard->isVisible()) << "Finish did not close the wizard";
}

// The first page's sample fills its table (and scrolls) rather than stopping at a few rows.
TEST_P(ImportWizardTest, TheFirstPageSamplesEnoughRowsToFillItsTable)
{
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < 120; ++i)
        csv += QStringLiteral("p%1@example.com,P%1\n").arg(i).toUtf8();
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("sample.csv"), csv));
    ASSERT_EQ(waitForWizard(), wizard);
    auto *sample = wizard->findChild<QTableWidget *>(QStringLiteral("importSample"));
    ASSERT_NE(sample, nullptr);
    EXPECT_EQ(sample->rowCount(), 50);
    EXPECT_EQ(sample->verticalHeaderItem(49)->text(), QStringLiteral("51")) << "numbered by the file's lines";
    wizard->reject();
}

TEST_P(ImportWizardTest, AFileOfColumnNamesOnlyGoesNoFurtherThanTheFirstPage)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("names.csv"), "email,first name\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("importFileStatus"))->text().contains(QStringLiteral("no data rows")));
}

// A quote never closed costs its row only: it is one of those that cannot be read.
TEST_P(ImportWizardTest, AQuoteNeverClosedIsARowThatCannotBeRead)
{
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(
        QStringLiteral("quote.csv"), "email,name\na@example.com,Ann\n\"b@example.com,Bob\nc@example.com,Cy\n"));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->rows.size(), 2);
    ASSERT_EQ(wizard->preview()->unreadableRows.size(), 1);
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("importFileStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("cannot be read and will be rejected"))) << status.toStdString();
    wizard->reject();
}

TEST_P(ImportWizardTest, TheFilePageSaysWhereADamagedFileStopsBeingRead)
{
    // UTF-16 with half a character on line 3: nothing after it can be read.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QByteArray damaged = utf16.encode(QStringLiteral("email,name\na@example.com,Ann\n"));
    damaged += QByteArray("\x00\xd8", 2);
    damaged +=
        QStringEncoder(QStringConverter::Utf16LE).encode(QStringLiteral("b@example.com,Bob\nc@example.com,Cy\n"));
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("damaged.csv"), damaged));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->rows.size(), 1);
    EXPECT_TRUE(wizard->preview()->unreadableRows.isEmpty()) << "not a row to reject: the end of reading";
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("importFileStatus"))->text();
    EXPECT_TRUE(status.startsWith(QStringLiteral("Reading stops early: damaged.csv, line 3"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("no data rows")));
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("importSize"))->text().endsWith(QStringLiteral("1 row before reading stops")));
    EXPECT_TRUE(wizard->currentPage()->isComplete());

    wizard->next();
    wizard->next();
    auto *check = qobject_cast<Ui::ImportPreviewPage *>(wizard->currentPage());
    ASSERT_NE(check, nullptr);
    const QString summary = check->findChild<QLabel *>(QStringLiteral("previewSummary"))->text();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("⚠ Reading stops early: damaged.csv, line 3"))) << summary.toStdString();
}

TEST_P(ImportWizardTest, APreviewOfUnreadableRowsStopsAtItsLength)
{
    QByteArray text = "email,name\n";
    for (int i = 0; i < 5000; ++i)
        text += "a@example.com,Ann,extra\n";
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("ragged-all.csv"), text));
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->unreadableRows.size(), Ui::FilePreviewLoader::DefaultRows);
    EXPECT_TRUE(wizard->preview()->truncated);
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("importFileStatus"))->text();
    EXPECT_FALSE(status.contains(QStringLiteral("no data rows"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("cannot be read and will be rejected"))) << status.toStdString();
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("importSize"))
                    ->text()
                    .endsWith(QStringLiteral("more than 200 rows (the preview reads the first 200)")));
}

TEST_P(ImportWizardTest, TheCheckPageCountsRowsThatCannotBeRead)
{
    const QString ragged = QString::fromLocal8Bit(qgetenv("LEADLINE_TEST_DATA")) + QStringLiteral("/import/ragged.csv");
    Ui::ImportWizard *wizard = m_window->openImportWizard(ragged);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    wizard->next();
    wizard->next();
    auto *preview = qobject_cast<Ui::ImportPreviewPage *>(wizard->currentPage());
    ASSERT_NE(preview, nullptr);
    auto *summary = preview->findChild<QLabel *>(QStringLiteral("previewSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("⚠ 2 of 5 previewed rows have problems and will be rejected. They "
                                                          "cannot be read, e.g. ragged.csv, line")))
        << summary->text().toStdString();

    // They are rows of the table, in the file's order, and what the filter keeps.
    Ui::ImportPreviewModel *model = preview->model();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
    EXPECT_EQ(model->index(1, 1).data().toString(), QStringLiteral("Bob"));
    EXPECT_TRUE(model->rowHasProblem(1));
    EXPECT_TRUE(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("line 3: the row has 4 cells")))
        << model->index(1, 0).data(Qt::ToolTipRole).toString().toStdString();
    preview->findChild<QCheckBox *>(QStringLiteral("previewOnlyProblems"))->setChecked(true);
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += preview->table()->isRowHidden(row) ? 0 : 1;
    EXPECT_EQ(shown, 2);
}

TEST_P(ImportWizardTest, ATitleAboveTheHeaderIsLeftOutAndTheFilePageSaysSo)
{
    const QString report = QString::fromLocal8Bit(qgetenv("LEADLINE_TEST_DATA")) + QStringLiteral("/import/titled.xlsx");
    Ui::ImportWizard *wizard = m_window->openImportWizard(report);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("City")}));
    EXPECT_EQ(wizard->preview()->headerLine, 4);
    auto *hint = wizard->findChild<QLabel *>(QStringLiteral("importHeaderHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_EQ(hint->text(), QStringLiteral("(found on row 4; what is above it is left out)"));

    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 2);
    EXPECT_EQ(run->summary().rejected, 0) << "the title rows are neither data nor rejects";
    auto bob = m_workspace->contacts().findByEmail(QStringLiteral("bob@example.com"));
    ASSERT_TRUE(bob.hasValue());
    EXPECT_EQ(bob->address.city, QStringLiteral("Paris"));
}

// UTF-8 with an accent first, a Windows-1252 byte 70 KB further: detected, each line reads as
// what it is and the result names the line to check; chosen as UTF-8, the import stops where the
// bytes stop fitting (every row before it in), and goes back to read the file as chosen next.
TEST_P(ImportWizardTest, AnImportThatStopsOnItsEncodingGoesBackToReadTheFileAsChosen)
{
    QByteArray text = "email;last name\ncafe@example.com;Caf\xC3\xA9\n";
    for (int i = 0; text.size() < 70 * 1024; ++i)
        text += "p" + QByteArray::number(i) + "@example.com;Plain\n";
    text += "mueller@example.com;M\xFCller\n";
    const int lines = int(text.count('\n'));
    const QString path = writeFile(QStringLiteral("mixed.csv"), text);

    Ui::ImportWizard *detected = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), detected);
    auto *encoding = detected->findChild<QComboBox *>(QStringLiteral("importEncoding"));
    auto *delimiter = detected->findChild<QComboBox *>(QStringLiteral("importDelimiter"));
    ASSERT_TRUE(encoding && delimiter);
    EXPECT_TRUE(encoding->isVisibleTo(detected));
    EXPECT_EQ(encoding->currentText(), QStringLiteral("Detect (UTF-8)"));
    EXPECT_EQ(delimiter->currentText(), QStringLiteral("Detect (semicolon)"));
    auto *read = goToRunPage(detected);
    ASSERT_NE(read, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return read->isComplete(); }, WaitMs));
    EXPECT_EQ(read->summary().created, lines - 1);
    const QString note = read->findChild<QLabel *>(QStringLiteral("runNotes"))->text();
    EXPECT_TRUE(note.startsWith(QStringLiteral("Line %1 of the file is not in UTF-8").arg(QLocale().toString(lines))))
        << note.toStdString();
    EXPECT_TRUE(read->findChild<QLabel *>(QStringLiteral("runNotes"))->isVisibleTo(read));
    auto mueller = m_workspace->contacts().findByEmail(QStringLiteral("mueller@example.com"));
    ASSERT_TRUE(mueller.hasValue());
    EXPECT_EQ(mueller->lastName, QString::fromUtf8("Müller"));
    ImportExport::ImportBatchService batches(sharedDb(), m_workspace->clock());
    ASSERT_TRUE(batches.revert(read->summary().batchId).hasValue());
    detected->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->findChildren<Ui::ImportWizard *>().isEmpty(); }, WaitMs));

    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    encoding = wizard->findChild<QComboBox *>(QStringLiteral("importEncoding"));
    const int utf8 = encoding->findData(int(ImportExport::TextEncoding::Utf8));
    encoding->setCurrentIndex(utf8);
    Q_EMIT encoding->activated(utf8);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, lines - 2) << "every row before the one it stopped on";
    EXPECT_TRUE(run->findChild<QLabel *>(QStringLiteral("runStatus"))->text().contains(QStringLiteral("not valid UTF-8")));
    ASSERT_TRUE(batches.revert(run->summary().batchId).hasValue());
    auto *back = run->findChild<QPushButton *>(QStringLiteral("runBackToFile"));
    ASSERT_TRUE(back->isVisibleTo(run)) << "also after rows were imported (undone here first)";
    EXPECT_FALSE(back->toolTip().isEmpty()) << "which says to undo them first";
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::FilePageId);

    const int windows1252 = encoding->findData(int(ImportExport::TextEncoding::Windows1252));
    encoding->setCurrentIndex(windows1252);
    Q_EMIT encoding->activated(windows1252);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(wizard->preview()->rows.first().at(1), QString::fromUtf8("CafÃ©")) << "the preview reads as chosen";
    for (int page = 0; page < 4; ++page)
        wizard->next();
    ASSERT_EQ(wizard->currentPage(), run);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().rejected, 0);
    EXPECT_GT(run->summary().created, 2000);
    EXPECT_EQ(run->title(), QStringLiteral("Import finished")) << "the second run is shown as its own";
    EXPECT_FALSE(back->isVisibleTo(run));
    EXPECT_TRUE(run->findChild<QPushButton *>(QStringLiteral("runUndo"))->isVisibleTo(run));
    EXPECT_TRUE(run->findChild<QLabel *>(QStringLiteral("runStatus"))->styleSheet().isEmpty());
}

TEST_P(ImportWizardTest, GoingBackAfterTheFileVanishedShowsItAsItIsNow)
{
    const QString path = writeFile(QStringLiteral("vanishing.csv"), "email,name\na@example.com,Ann\n");
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    ASSERT_TRUE(QFile::remove(path));
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    auto *back = run->findChild<QPushButton *>(QStringLiteral("runBackToFile"));
    ASSERT_TRUE(back->isVisibleTo(run));
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::FilePageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading(); }, WaitMs));
    EXPECT_FALSE(wizard->preview().has_value()) << "not the rows read before it went";
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("importFileStatus"))->text().startsWith(
        QStringLiteral("This file cannot be imported")));
}

TEST_P(ImportWizardTest, AWorkbookSheetIsChosenOnTheFirstPage)
{
    const QString workbook = QString::fromLocal8Bit(qgetenv("LEADLINE_TEST_DATA")) + QStringLiteral("/import/multi_sheet.xlsx");
    Ui::ImportWizard *wizard = m_window->openImportWizard(workbook);
    ASSERT_EQ(waitForWizard(), wizard);
    auto *sheet = wizard->findChild<QComboBox *>(QStringLiteral("importSheet"));
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->isVisibleTo(wizard));
    EXPECT_FALSE(wizard->findChild<QComboBox *>(QStringLiteral("importEncoding"))->isVisibleTo(wizard))
        << "a workbook has no text encoding to choose";
    QStringList offered;
    for (int i = 0; i < sheet->count(); ++i)
        offered << sheet->itemText(i);
    // With the rows of data each has (below its header), as the workbook says: the contacts are on the long one.
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Summary (1 row)"), QStringLiteral("Contacts (2 rows)")}))
        << "the hidden sheet is not offered";
    // The first sheet is a summary without a column named like a contact field: the contacts' is chosen.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview(); }, WaitMs));
    EXPECT_EQ(sheet->currentData().toString(), QStringLiteral("Contacts"));
    EXPECT_EQ(wizard->preview()->headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));

    // The user may still read the other one, and come back.
    const int summary = sheet->findData(QStringLiteral("Summary"));
    sheet->setCurrentIndex(summary);
    Q_EMIT sheet->activated(summary);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview() && wizard->preview()->sheetName == QLatin1String("Summary"); }, WaitMs));
    const int contacts = sheet->findData(QStringLiteral("Contacts"));
    sheet->setCurrentIndex(contacts);
    Q_EMIT sheet->activated(contacts);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isLoading() && wizard->preview() && wizard->preview()->sheetName == QLatin1String("Contacts"); }, WaitMs));
    EXPECT_EQ(wizard->preview()->headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    EXPECT_EQ(run->summary().created, 2);
    EXPECT_TRUE(m_workspace->contacts().findByEmail(QStringLiteral("bob@example.com")).hasValue());
    EXPECT_EQ(run->findChild<QLabel *>(QStringLiteral("runStatus"))->text(),
              QStringLiteral("2 rows read from the sheet “Contacts” of multi_sheet.xlsx."));
}

TEST_P(ImportWizardTest, CancellingAnImportKeepsWholeChunksThatCanBeUndone)
{
    constexpr int kRows = 300000;
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < kRows; ++i)
        csv += "c" + QByteArray::number(i) + "@example.com,C" + QByteArray::number(i) + "\n";
    Ui::ImportWizard *wizard = m_window->openImportWizard(writeFile(QStringLiteral("many.csv"), csv));
    ASSERT_EQ(waitForWizard(), wizard);
    auto *run = goToRunPage(wizard);
    ASSERT_NE(run, nullptr);
    auto *cancel = run->findChild<QPushButton *>(QStringLiteral("runCancel"));
    // Cancelled once the first rows are committed.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return run->isComplete() ||
                   m_workspace->contacts().findByEmail(QStringLiteral("c0@example.com")).hasValue();
        },
        60000));
    ASSERT_FALSE(run->isComplete()) << "the import finished before it could be cancelled";
    ASSERT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, 60000));
    const qint64 created = run->summary().created;
    EXPECT_GT(created, 0);
    EXPECT_LT(created, kRows);
    EXPECT_EQ(created % ImportExport::ContactImportJob::kChunkRows, 0) << "whole chunks only";
    EXPECT_TRUE(run->findChild<QLabel *>(QStringLiteral("runStatus"))->text().contains(QStringLiteral("cancelled")))
        << run->findChild<QLabel *>(QStringLiteral("runStatus"))->text().toStdString();
    EXPECT_FALSE(run->findChild<QPushButton *>(QStringLiteral("runBackToFile"))->isVisibleTo(run))
        << "reading the file another way is no answer to a cancel";
    auto *undo = run->findChild<QPushButton *>(QStringLiteral("runUndo"));
    ASSERT_TRUE(undo->isVisibleTo(run));
    QTest::mouseClick(undo, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isReverted(); }, 60000))
        << run->findChild<QLabel *>(QStringLiteral("runUndoStatus"))->text().toStdString();
    EXPECT_FALSE(m_workspace->contacts().findByEmail(QStringLiteral("c0@example.com")).hasValue());
}

// Next month's export from the same tool has the same columns: the wizard offers the mapping the
// user corrected last time, not the automatic guess again. A preset made for these columns too.
TEST_P(ImportWizardTest, AFileWithTheColumnsOfAnEarlierImportIsOfferedItsMapping)
{
    const auto closed = [this] {
        return QTest::qWaitFor([this] { return m_window->findChild<Ui::ImportWizard *>() == nullptr; }, WaitMs);
    };
    const QString first = writeFile(QStringLiteral("october.csv"), CsvText);
    Ui::ImportWizard *wizard = m_window->openImportWizard(first);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    auto *offer = page->findChild<QWidget *>(QStringLiteral("mappingSuggestion"));
    ASSERT_NE(offer, nullptr);
    EXPECT_FALSE(offer->isVisibleTo(page)) << "nothing imported with these columns yet";
    ImportExport::ColumnTarget colour;
    colour.field = ImportField::Custom;
    colour.customName = QStringLiteral("Colour");
    wizard->setTarget(5, colour);
    wizard->setTarget(4, ImportExport::ColumnTarget{}); // no company
    const ImportExport::ColumnMapping corrected = wizard->mapping();
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Ui::ImportWizard::RunPageId);
    auto *run = qobject_cast<Ui::ImportRunPage *>(wizard->currentPage());
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isComplete(); }, WaitMs));
    wizard->accept();
    ASSERT_TRUE(closed());

    // The same columns, in another file: offered, and taken with one click.
    const QString second = writeFile(QStringLiteral("november.csv"), CsvText);
    wizard = m_window->openImportWizard(second);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    offer = page->findChild<QWidget *>(QStringLiteral("mappingSuggestion"));
    EXPECT_TRUE(wizard->mapping().target(5).isSkipped()) << "an offer, not applied unasked";
    ASSERT_TRUE(offer->isVisibleTo(page));
    const QString text = page->findChild<QLabel *>(QStringLiteral("mappingSuggestionText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("“october.csv”"))) << text.toStdString();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mappingSuggestionApply")), Qt::LeftButton);
    EXPECT_EQ(wizard->mapping(), corrected);
    EXPECT_FALSE(offer->isVisibleTo(page));
    EXPECT_TRUE(
        page->findChild<QLabel *>(QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("october.csv")));
    // Taken, the offer stays away for these columns, even after matching automatically again.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mappingReset")), Qt::LeftButton);
    EXPECT_FALSE(offer->isVisibleTo(page)) << "taken once for these columns";
    wizard->reject();
    ASSERT_TRUE(closed());

    const QString other = writeFile(QStringLiteral("other.csv"), "Email,First Name\nada@example.com,Ada\n");
    wizard = m_window->openImportWizard(other);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    EXPECT_FALSE(page->findChild<QWidget *>(QStringLiteral("mappingSuggestion"))->isVisibleTo(page));
    // A preset saved for these columns is offered by name.
    wizard->setTarget(1, ImportExport::ColumnTarget{ImportField::LastName, {}});
    const QString preset = m_dir.filePath(QStringLiteral("names-mapping.json"));
    ASSERT_TRUE(page->savePreset(preset));
    wizard->reject();
    ASSERT_TRUE(closed());
    wizard = m_window->openImportWizard(other);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_TRUE(page->findChild<QWidget *>(QStringLiteral("mappingSuggestion"))->isVisibleTo(page));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("mappingSuggestionText"))->text(),
              QStringLiteral("The preset “names-mapping” was made for these columns."));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mappingSuggestionApply")), Qt::LeftButton);
    EXPECT_EQ(wizard->mapping().target(1).field, ImportField::LastName);
    wizard->reject();
    ASSERT_TRUE(closed());
    QSettings().remove(QStringLiteral("import/recentPresets"));

    // Files without column names all have "Column 1"…: one imported says nothing of the next.
    const auto importWithoutNames = [&](const QString &name, const QByteArray &content, bool change) {
        Ui::ImportWizard *opened = m_window->openImportWizard(writeFile(name, content));
        EXPECT_EQ(waitForWizard(), opened);
        EXPECT_TRUE(QTest::qWaitFor([&] { return opened->preview().has_value(); }, WaitMs));
        opened->setHeaderMode(ImportExport::HeaderMode::Absent);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !opened->isLoading() && opened->preview() && !opened->preview()->hasHeaderRow; }, WaitMs));
        opened->next();
        auto *mappingPage = qobject_cast<Ui::ImportMappingPage *>(opened->currentPage());
        const bool offered =
            mappingPage->findChild<QWidget *>(QStringLiteral("mappingSuggestion"))->isVisibleTo(mappingPage);
        if (change)
            opened->setTarget(1, ImportExport::ColumnTarget{ImportField::LastName, {}});
        opened->next();
        opened->next();
        opened->next();
        auto *runPage = qobject_cast<Ui::ImportRunPage *>(opened->currentPage());
        EXPECT_NE(runPage, nullptr);
        EXPECT_TRUE(runPage && QTest::qWaitFor([&] { return runPage->isComplete(); }, WaitMs));
        opened->accept();
        EXPECT_TRUE(closed());
        return offered;
    };
    EXPECT_FALSE(importWithoutNames(QStringLiteral("a.csv"), "ann@example.com,Ann\n", true));
    EXPECT_FALSE(importWithoutNames(QStringLiteral("b.csv"), "bob@example.com,Bob\n", false))
        << "another file of two nameless columns";
}

// Tab walks the mapping page as it reads: the buttons above the table left to right, the offer
// below them, then each column's choice, then the wizard's buttons.
TEST_P(ImportWizardTest, TabWalksTheMappingPageInTheOrderItShows)
{
    const QString path = writeFile(QStringLiteral("crm.csv"), CsvText);
    QSettings().setValue(QStringLiteral("import/recentPresets"),
                         QStringList{m_dir.filePath(QStringLiteral("gone.json"))});
    const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("import/recentPresets")); });
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    QApplication::setActiveWindow(wizard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() != nullptr; }, WaitMs));
    QStringList walked;
    for (int step = 0; step < 15; ++step) {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        walked << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const QStringList expected{QStringLiteral("mappingReset"),         QStringLiteral("mappingLoadPreset"),
                               QStringLiteral("mappingRecentPresets"), QStringLiteral("mappingSavePreset"),
                               QStringLiteral("mappingTarget_0"),      QStringLiteral("mappingTarget_1"),
                               QStringLiteral("mappingTarget_2"),      QStringLiteral("mappingTarget_3"),
                               QStringLiteral("mappingTarget_4"),      QStringLiteral("mappingTarget_5"),
                               QStringLiteral("mappingTarget_6"),      QStringLiteral("wizardBack"),
                               QStringLiteral("wizardNext"),           QStringLiteral("wizardCancel"),
                               QStringLiteral("mappingReset")};
    EXPECT_EQ(walked, expected) << walked.join(QLatin1Char(' ')).toStdString();
    wizard->reject();
}

TEST_P(ImportWizardTest, MappingPresetSavesLoadsAndIsRemembered)
{
    const QString path = writeFile(QStringLiteral("crm.csv"), CsvText);
    Ui::ImportWizard *wizard = m_window->openImportWizard(path);
    ASSERT_EQ(waitForWizard(), wizard);
    wizard->next();
    auto *page = qobject_cast<Ui::ImportMappingPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    ImportExport::ColumnTarget skip;
    wizard->setTarget(4, skip); // no company
    ImportExport::ColumnTarget colour;
    colour.field = ImportField::Custom;
    colour.customName = QStringLiteral("Colour");
    wizard->setTarget(5, colour);
    const QString preset = m_dir.filePath(QStringLiteral("crm-mapping.json"));
    ASSERT_TRUE(page->savePreset(preset));

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mappingReset")), Qt::LeftButton);
    EXPECT_EQ(wizard->mapping().target(4).field, ImportField::CompanyName);
    EXPECT_TRUE(wizard->mapping().target(5).isSkipped());

    ASSERT_TRUE(page->loadPreset(preset));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("mappingMessage"))->text(),
              QStringLiteral("Preset \"crm-mapping\" applied."));
    EXPECT_TRUE(wizard->mapping().target(4).isSkipped());
    EXPECT_EQ(wizard->mapping().target(5).customName, QStringLiteral("Colour"));
    EXPECT_EQ(page->targetCombo(5)->currentData().toString(), QStringLiteral("custom:Colour"));
    EXPECT_EQ(QSettings().value(QStringLiteral("import/recentPresets")).toStringList().value(0),
              QFileInfo(preset).absoluteFilePath());
    auto *recent = page->findChild<QPushButton *>(QStringLiteral("mappingRecentPresets"));
    ASSERT_NE(recent, nullptr);
    EXPECT_TRUE(recent->isEnabled());

    // A preset made for another file says how little of it applies.
    const QString other = writeFile(QStringLiteral("other.json"),
                                    R"({"format": "leadline-import-mapping", "version": 1, "columns": {)"
                                    R"("First Name": "first_name", "Shoe size": "custom:Shoe size", "Fax": "skip"}})");
    ASSERT_TRUE(page->loadPreset(other));
    const QString said = page->findChild<QLabel *>(QStringLiteral("mappingMessage"))->text();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Preset \"other\" applied to 1 of this file's ")))
        << said.toStdString();
    EXPECT_TRUE(said.endsWith(QStringLiteral("Columns it names that this file does not have: Fax, Shoe size.")))
        << said.toStdString();
    const QString none = writeFile(QStringLiteral("none.json"), R"({"format": "leadline-import-mapping", "version": 1, )"
                                                                R"("columns": {"Fax": "skip"}})");
    ASSERT_TRUE(page->loadPreset(none));
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("names none")));
    ASSERT_TRUE(page->loadPreset(preset));

    // A broken preset is reported on the page and changes nothing.
    const QString broken = writeFile(QStringLiteral("broken.json"), "{ not json");
    EXPECT_FALSE(page->loadPreset(broken));
    auto *message = page->findChild<QLabel *>(QStringLiteral("mappingMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isHidden());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(wizard->mapping().target(5).customName, QStringLiteral("Colour"));
    wizard->reject();
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ImportWizardTest);

TEST(ImportPreviewPageTest, TheProblemSummaryCountsInWholeSentences)
{
    using Ui::ImportPreviewPage;
    EXPECT_EQ(ImportPreviewPage::problemSummary(1, 1, 0, {}), QStringLiteral("⚠ The previewed row has a problem and will be rejected."));
    EXPECT_EQ(ImportPreviewPage::problemSummary(1, 2, 1, QStringLiteral("a.csv, line 3: …")),
              QStringLiteral("⚠ 1 of 2 previewed rows has a problem and will be rejected. It cannot be read: a.csv, line 3: …"));
    EXPECT_EQ(ImportPreviewPage::problemSummary(3, 3, 0, {}), QStringLiteral("⚠ All 3 previewed rows have problems and will be rejected."));
    EXPECT_EQ(ImportPreviewPage::problemSummary(3, 9, 1, QStringLiteral("x")),
              QStringLiteral("⚠ 3 of 9 previewed rows have problems and will be rejected. One of them cannot be read: x"));
    EXPECT_EQ(ImportPreviewPage::problemSummary(3, 9, 2, QStringLiteral("x")),
              QStringLiteral("⚠ 3 of 9 previewed rows have problems and will be rejected. 2 of them cannot be read, e.g. x"));
}

TEST(ImportControllerTest, AnUndoSaysWhatItDoesForWhatTheImportDid)
{
    using Ui::ImportController;
    using Preview = ImportExport::ImportBatchService::RevertPreview;
    const auto consequences = [](qint64 removed, qint64 restored) { return Preview{removed, restored, 0}.consequences(); };
    EXPECT_EQ(consequences(1, 0), QStringLiteral("The contact it created is removed."));
    EXPECT_EQ(consequences(0, 19979),
              QStringLiteral("The 19,979 contacts it updated get their previous values back, where nobody changed them "
                             "since."));
    EXPECT_EQ(consequences(3, 1),
              QStringLiteral("The 3 contacts it created are removed. The contact it updated gets its previous values "
                             "back, where nobody changed them since."));
    EXPECT_TRUE(consequences(0, 0).startsWith(QStringLiteral("It neither created nor updated")));
    EXPECT_TRUE(Preview{}.changedSinceWarning().isEmpty());
    const Preview changedOne{2, 0, 1};
    EXPECT_EQ(ImportController::revertQuestion(QStringLiteral("Undo?"), changedOne),
              QStringLiteral("Undo? The 2 contacts it created are removed. ") + changedOne.changedSinceWarning());
    EXPECT_EQ(ImportController::revertQuestion(QStringLiteral("Undo?"), {-1, -1, 0}), QStringLiteral("Undo?"))
        << "what it would do could not be read: nothing is claimed";
}

TEST(RegionComboBoxTest, TypedTextSettlesOnACountryOrGoesBack)
{
    Ui::RegionComboBox combo;
    QSignalSpy changed(&combo, &Ui::RegionComboBox::regionChanged);
    combo.setRegion(QStringLiteral("US"));
    const auto type = [&](const QString &text) {
        combo.lineEdit()->setText(text);
        Q_EMIT combo.lineEdit()->editingFinished();
    };
    type(QStringLiteral("united kingdom"));
    EXPECT_EQ(combo.region(), QStringLiteral("GB"));
    EXPECT_TRUE(combo.currentText().endsWith(QStringLiteral("(GB)"))) << combo.currentText().toStdString();
    type(QStringLiteral("de"));
    EXPECT_EQ(combo.region(), QStringLiteral("DE")) << "a code";
    type(QStringLiteral("Atlantis"));
    EXPECT_EQ(combo.region(), QStringLiteral("DE"));
    EXPECT_TRUE(combo.currentText().endsWith(QStringLiteral("(DE)"))) << "the text shows the region in effect";
    EXPECT_EQ(changed.count(), 3) << "US, GB, DE";

    // Names as country columns write them, and whole names before names that contain them.
    for (const auto &[text, code] : {std::pair{"India", "IN"}, std::pair{"Sudan", "SD"}, std::pair{"Guinea", "GN"},
                                     std::pair{"uk", "GB"}, std::pair{"ger", "DE"}, std::pair{"Samoa", "WS"}}) {
        type(QLatin1String(text));
        EXPECT_EQ(combo.region(), QLatin1String(code)) << text;
    }
}

// The preview shows each phone as the import will store it: a number without a country code
// in the row's country when the file names one, else in the default region.
TEST(ImportPreviewModelTest, ShowsPhonesReadInTheRowsCountry)
{
    const QStringList headers{QStringLiteral("Name"), QStringLiteral("Phone"), QStringLiteral("Country")};
    Ui::ImportPreviewModel rows;
    rows.setRows({{QStringLiteral("Jonas"), QStringLiteral("0151 2345 6789"), QStringLiteral("DE")},
                  {QStringLiteral("Claire"), QStringLiteral("06 12 34 56 78"), QStringLiteral("France")},
                  {QStringLiteral("John"), QStringLiteral("(650) 253-0000"), QString()},
                  {QStringLiteral("Jana"), QStringLiteral("030 901820 ::: 0151 2345 6789"), QStringLiteral("DE")}},
                 {2, 3, 4, 5});
    ImportExport::ImportOptions options;
    options.defaultRegion = QStringLiteral("US");
    rows.update(ImportExport::ColumnMapping::automatic(headers), options);
    ASSERT_EQ(rows.rowCount(), 4);
    EXPECT_EQ(rows.problemRowCount(), 0);
    const int phone = rows.columnForSource(1);
    EXPECT_EQ(rows.index(0, phone).data().toString().toStdString(), "0151 2345 6789 → +4915123456789");
    EXPECT_EQ(rows.index(1, phone).data().toString().toStdString(), "06 12 34 56 78 → +33612345678");
    EXPECT_EQ(rows.index(2, phone).data().toString().toStdString(), "(650) 253-0000 → +16502530000");
    EXPECT_EQ(rows.index(3, phone).data().toString().toStdString(),
              "030 901820 ::: 0151 2345 6789 → +4930901820; +4915123456789")
        << "each number of a list, as the import stores them";
}

// "4/5/2023" is 4 May or 5 April by the order chosen: the preview says which, in words.
TEST(ImportPreviewModelTest, ShowsHowADateIsRead)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Created Date")};
    Ui::ImportPreviewModel rows;
    rows.setRows({{QStringLiteral("a@example.com"), QStringLiteral("4/5/2023")},
                  {QStringLiteral("b@example.com"), QStringLiteral("2023-04-05")},
                  {QStringLiteral("c@example.com"), QStringLiteral("4/5/2023 14:30")}},
                 {2, 3, 4});
    const QLocale locale;
    for (const auto order : {ImportExport::DateOrder::MonthFirst, ImportExport::DateOrder::DayFirst}) {
        ImportExport::ImportOptions options;
        options.dateOrder = order;
        rows.update(ImportExport::ColumnMapping::automatic(headers), options);
        const int date = rows.columnForSource(1);
        const QDate read = order == ImportExport::DateOrder::MonthFirst ? QDate(2023, 4, 5) : QDate(2023, 5, 4);
        EXPECT_EQ(rows.index(0, date).data().toString(),
                  QStringLiteral("4/5/2023 → ") + locale.toString(read, QLocale::LongFormat));
        EXPECT_EQ(rows.index(1, date).data().toString(), QStringLiteral("2023-04-05")) << "one way to read it";
        EXPECT_TRUE(
            rows.index(2, date).data().toString().endsWith(locale.toString(QTime(14, 30), QLocale::ShortFormat)));
    }
}

TEST(ExportDialogScope, AFilterMatchingNoContactSaysSoAndIsNotPreselected)
{
    Ui::ExportDialog none(5, 0, 0);
    auto *filter = none.findChild<QRadioButton *>(QStringLiteral("exportScopeFilter"));
    ASSERT_NE(filter, nullptr);
    EXPECT_EQ(filter->text(),
              QStringLiteral("No contact matches the current filter (the file gets the column names only)"));
    EXPECT_TRUE(filter->isEnabled());
    EXPECT_FALSE(filter->isChecked());
    EXPECT_TRUE(none.findChild<QRadioButton *>(QStringLiteral("exportScopeAll"))->isChecked());

    Ui::ExportDialog counting(5, Ui::ExportDialog::UnknownCount, 0);
    filter = counting.findChild<QRadioButton *>(QStringLiteral("exportScopeFilter"));
    EXPECT_EQ(filter->text(), QStringLiteral("The contacts matching the current filter"));
    EXPECT_TRUE(filter->isChecked());

    Ui::ExportDialog unfiltered(5, Ui::ExportDialog::NoFilter, 0);
    EXPECT_FALSE(unfiltered.findChild<QRadioButton *>(QStringLiteral("exportScopeFilter"))->isEnabled());
}
