#include "models/activities/timelinemodel.h"
#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "tests/support/workspacetest.h"
#include "ui/companies/companiesview.h"
#include "ui/contacts/contactdetail.h"
#include "ui/contacts/contactsview.h"
#include "ui/importexport/confirmation.h"
#include "ui/mainwindow.h"
#include "services/jobs/jobrunner.h"

#include <QAction>
#include <QComboBox>
#include <QPointer>
#include <QWheelEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSemaphore>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {
constexpr int ContactCount = 40;
constexpr int WaitMs = 15000;

// Runs until the test lets it go.
class GateJob : public Jobs::Job
{
public:
    GateJob()
        : Job(QStringLiteral("Import of big.csv"))
    {}
    QSemaphore gate;

protected:
    Expected<QString> execute() override
    {
        gate.acquire();
        return isCancelled() ? Expected<QString>(Error(ErrorCode::Cancelled, QStringLiteral("Cancelled")))
                             : Expected<QString>(QStringLiteral("done"));
    }
};
} // namespace

class MainWindowTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        for (int i = 0; i < ContactCount; ++i) {
            Domain::Contact contact;
            contact.firstName = QStringLiteral("Person%1").arg(i);
            contact.lastName = i == 7 ? QStringLiteral("Quirkyname") : QStringLiteral("Smith%1").arg(i);
            contact.email = QStringLiteral("p%1@example.com").arg(i);
            auto created = m_workspace->contacts().create(contact);
            ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
            if (i == 7)
                m_quirkyId = created->id;
        }
        Ui::MainWindow::setDemoPromptEnabled(false);
        m_window = std::make_unique<Ui::MainWindow>(*m_workspace);
        m_window->show();
    }

    void TearDown() override
    {
        m_window.reset();
        WorkspaceTest::TearDown();
    }

    Ui::ContactsView &contacts() const { return *m_window->contactsView(); }
    Models::ContactTableModel &model() const { return *contacts().model(); }

    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Searches through the search box like a user and opens the single hit with Enter.
    Ui::ContactDetail *openQuirky()
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == ContactCount; }, WaitMs));
        action("actionFocusSearch")->trigger();
        QTest::keyClicks(contacts().searchEdit(), QStringLiteral("quirky"));
        EXPECT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == 1 && model().isLoaded(0); }, WaitMs));
        QTableView *table = contacts().table();
        table->setFocus();
        table->setCurrentIndex(model().index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *detail = m_window->findChild<Ui::ContactDetail *>(QStringLiteral("contactDetail"));
        EXPECT_NE(detail, nullptr);
        if (detail) {
            const bool loaded = QTest::qWaitFor([&] { return detail->isLoaded(); }, WaitMs);
            const auto *error = detail->findChild<QLabel *>(QStringLiteral("detailError"));
            EXPECT_TRUE(loaded) << (error ? error->text().toStdString() : std::string());
        }
        return detail;
    }

    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_quirkyId;
};

TEST_P(MainWindowTest, ScrollingTheFormChangesNoConsentAFieldWithoutFocusIsPassedOver)
{
    Ui::ContactDetail *detail = openQuirky();
    ASSERT_NE(detail, nullptr);
    auto *whatsApp = detail->findChild<QComboBox *>(QStringLiteral("optIn_whatsapp"));
    ASSERT_NE(whatsApp, nullptr);
    const int before = whatsApp->currentIndex();
    const auto wheel = [&] {
        QWheelEvent event(QPointF(5, 5), whatsApp->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(whatsApp, &event);
        return event.isAccepted();
    };
    // Left unaccepted, a wheel event from the window system goes on to the scroll area around
    // the field (one sent here, as by a test, stops where it is sent).
    EXPECT_FALSE(wheel()) << "the field leaves the wheel to the form";
    EXPECT_EQ(whatsApp->currentIndex(), before) << "the wheel scrolls the form, not the field under the pointer";
    EXPECT_FALSE(detail->isModified());
    whatsApp->setFocus();
    wheel();
    EXPECT_NE(whatsApp->currentIndex(), before) << "a field with the focus takes the wheel";
    EXPECT_TRUE(detail->isModified());
}

TEST_P(MainWindowTest, ClosingAContactWithChangesAsksToSaveThem)
{
    Ui::ContactDetail *detail = openQuirky();
    ASSERT_NE(detail, nullptr);
    QPointer<Ui::ContactDetail> alive(detail);
    const auto question = [&] { return detail->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion")); };
    const auto openAgain = [&]() -> Ui::ContactDetail * {
        Ui::ContactDetail *opened = contacts().openContact(m_quirkyId);
        return opened && QTest::qWaitFor([&] { return opened->isLoaded(); }, WaitMs) ? opened : nullptr;
    };
    const auto answer = [&](QMessageBox::StandardButton button) {
        EXPECT_TRUE(QTest::qWaitFor([&] { return question() && question()->isVisible(); }, WaitMs));
        if (QMessageBox *box = question())
            box->button(button)->click();
    };

    EXPECT_FALSE(detail->isModified());
    auto *company = detail->findChild<QLineEdit *>(QStringLiteral("company"));
    ASSERT_NE(company, nullptr);
    company->setText(QStringLiteral("Globex"));
    EXPECT_TRUE(detail->isModified()) << "a company typed counts, resolved only when saving";
    company->setText(QString());
    EXPECT_FALSE(detail->isModified());
    auto *title = detail->findChild<QLineEdit *>(QStringLiteral("title"));
    title->setText(QStringLiteral("Buyer"));
    EXPECT_TRUE(detail->isModified());

    QTest::keyClick(detail, Qt::Key_Escape);
    answer(QMessageBox::Cancel);
    EXPECT_TRUE(alive && detail->isVisible()) << "Cancel keeps editing";
    EXPECT_EQ(title->text(), QStringLiteral("Buyer"));

    detail->close();
    answer(QMessageBox::Save);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !alive || !alive->isVisible(); }, WaitMs));
    EXPECT_EQ(m_workspace->contacts().get(m_quirkyId)->title, QStringLiteral("Buyer"));

    detail = openAgain();
    ASSERT_NE(detail, nullptr);
    alive = detail;
    detail->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Thrown away"));
    detail->close();
    answer(QMessageBox::Discard);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !alive || !alive->isVisible(); }, WaitMs));
    EXPECT_EQ(m_workspace->contacts().get(m_quirkyId)->title, QStringLiteral("Buyer"));

    detail = openAgain();
    ASSERT_NE(detail, nullptr);
    alive = detail;
    detail->close(); // nothing changed: no question
    EXPECT_TRUE(QTest::qWaitFor([&] { return !alive || !alive->isVisible(); }, WaitMs));
}

TEST_P(MainWindowTest, QuittingWithAContactBeingEditedAsksAboutItFirst)
{
    Ui::ContactDetail *detail = contacts().openContact(m_quirkyId);
    ASSERT_NE(detail, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->isLoaded(); }, WaitMs));
    detail->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Half typed"));
    const auto answer = [&](QMessageBox::StandardButton button) {
        QMessageBox *question = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                question = detail->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion"));
                return question && question->isVisible();
            },
            WaitMs));
        if (question)
            question->button(button)->click();
    };

    // Cancel: both windows stay.
    EXPECT_FALSE(m_window->close()) << "the window stays while the question is open";
    EXPECT_FALSE(m_window->close()) << "asked again: the same question, not a second one";
    EXPECT_EQ(detail->findChildren<QMessageBox *>(QStringLiteral("unsavedChangesQuestion")).size(), 1);
    answer(QMessageBox::Cancel);
    QTest::qWait(50);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_TRUE(detail->isVisible());

    // Discard: the quit goes on by itself.
    EXPECT_FALSE(m_window->close());
    answer(QMessageBox::Discard);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_window->isVisible(); }, WaitMs)) << "quit after the answer";
    EXPECT_NE(m_workspace->contacts().get(m_quirkyId)->title, QStringLiteral("Half typed"));
}

TEST_P(MainWindowTest, SavingAContactKeepsWhatChangedElsewhereInFieldsTheFormDidNotTouch)
{
    // An import undone, or a teammate's edit, while the contact is open: saving writes what the
    // form changed, not the values it showed when it was opened.
    Ui::ContactDetail *detail = contacts().openContact(m_quirkyId);
    ASSERT_NE(detail, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->isLoaded(); }, WaitMs));
    Domain::Contact elsewhere = *m_workspace->contacts().get(m_quirkyId);
    elsewhere.lifecycleStage = Domain::LifecycleStage::Customer;
    elsewhere.lastName = QStringLiteral("Changed elsewhere");
    ASSERT_TRUE(m_workspace->contacts().update(elsewhere).hasValue());

    detail->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Buyer"));
    ASSERT_TRUE(detail->save());
    const Domain::Contact stored = *m_workspace->contacts().get(m_quirkyId);
    EXPECT_EQ(stored.title, QStringLiteral("Buyer"));
    EXPECT_EQ(stored.lifecycleStage, Domain::LifecycleStage::Customer);
    EXPECT_EQ(stored.lastName, QStringLiteral("Changed elsewhere"));
    EXPECT_EQ(detail->findChild<QLineEdit *>(QStringLiteral("lastName"))->text(), QStringLiteral("Changed elsewhere"))
        << "the form shows the contact as saved";
    detail->close();
}

TEST_P(MainWindowTest, SearchOpenEditSaveShowsInDatabaseAndTimeline)
{
    Ui::ContactDetail *detail = openQuirky();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->contactId(), m_quirkyId);

    auto *title = detail->findChild<QLineEdit *>(QStringLiteral("title"));
    ASSERT_NE(title, nullptr);
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Head of Procurement"));
    auto *save = detail->findChild<QPushButton *>(QStringLiteral("saveContact"));
    ASSERT_NE(save, nullptr);
    QTest::mouseClick(save, Qt::LeftButton);

    auto stored = m_workspace->contacts().get(m_quirkyId);
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->title, QStringLiteral("Head of Procurement"));

    Models::TimelineModel *timeline = detail->timelineModel();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < timeline->rowCount(); ++row) {
                const QModelIndex index = timeline->index(row);
                if (index.data(Models::TimelineModel::TypeRole).toString() == QLatin1String("updated") &&
                    index.data(Models::TimelineModel::ChangesRole)
                        .toString()
                        .contains(QStringLiteral("→ Head of Procurement")))
                    return true;
            }
            return false;
        },
        WaitMs));
    // The table shows the new title too (the service announced the change).
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return model().index(0, Models::ContactTableModel::Title).data().toString() ==
                   QStringLiteral("Head of Procurement");
        },
        WaitMs));
}

TEST_P(MainWindowTest, ATagWithACommaSurvivesBeingEditedAndSaved)
{
    auto quirky = m_workspace->contacts().get(m_quirkyId);
    ASSERT_TRUE(quirky.hasValue());
    quirky->tags = {QStringLiteral("Big, Spender"), QStringLiteral("vip")};
    ASSERT_TRUE(m_workspace->contacts().update(*quirky).hasValue());
    Ui::ContactDetail *detail = openQuirky();
    ASSERT_NE(detail, nullptr);
    auto *tags = detail->findChild<QLineEdit *>(QStringLiteral("tags"));
    ASSERT_NE(tags, nullptr);
    EXPECT_EQ(tags->text(), QStringLiteral("\"Big, Spender\", vip"));
    QTest::keyClicks(tags, QStringLiteral(", new"));
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("saveContact")), Qt::LeftButton);
    auto stored = m_workspace->contacts().get(m_quirkyId);
    ASSERT_TRUE(stored.hasValue());
    QStringList saved = stored->tags;
    saved.sort();
    EXPECT_EQ(saved, (QStringList{QStringLiteral("Big, Spender"), QStringLiteral("new"), QStringLiteral("vip")}));
}

TEST_P(MainWindowTest, BadEmailShowsInlineErrorAndDoesNotSave)
{
    Ui::ContactDetail *detail = openQuirky();
    ASSERT_NE(detail, nullptr);
    auto *email = detail->findChild<QLineEdit *>(QStringLiteral("email"));
    ASSERT_NE(email, nullptr);
    email->clear();
    QTest::keyClicks(email, QStringLiteral("not an address@"));
    auto *save = detail->findChild<QPushButton *>(QStringLiteral("saveContact"));
    QTest::mouseClick(save, Qt::LeftButton);

    auto *error = detail->findChild<QLabel *>(QStringLiteral("error_email"));
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isHidden());
    EXPECT_FALSE(error->text().isEmpty());
    auto stored = m_workspace->contacts().get(m_quirkyId);
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->email, QStringLiteral("p7@example.com"));

    // Fixing it clears the message and saves.
    email->clear();
    QTest::keyClicks(email, QStringLiteral("quirky@example.com"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(error->isHidden());
    EXPECT_EQ(m_workspace->contacts().get(m_quirkyId)->email, QStringLiteral("quirky@example.com"));
}

TEST_P(MainWindowTest, DeleteIsUndoableAndShortcutsSwitchViews)
{
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == ContactCount && model().isLoaded(0); }, WaitMs));
    auto *countLabel = m_window->findChild<QLabel *>(QStringLiteral("contactCountLabel"));
    ASSERT_NE(countLabel, nullptr);
    EXPECT_FALSE(countLabel->text().isEmpty());

    QTableView *table = contacts().table();
    table->selectRow(0);
    const QString firstId = model().contactIdAt(model().index(0, 0));
    ASSERT_FALSE(firstId.isEmpty());
    action("actionDelete")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == ContactCount - 1; }, WaitMs));
    EXPECT_FALSE(m_workspace->contacts().get(firstId).hasValue()); // deleted contacts are not found

    action("actionUndo")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == ContactCount; }, WaitMs));
    EXPECT_TRUE(m_workspace->contacts().get(firstId).hasValue());
    action("actionRedo")->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowCount() == ContactCount - 1; }, WaitMs));

    auto *pages = m_window->findChild<QStackedWidget *>();
    ASSERT_NE(pages, nullptr);
    action("actionShowCompanies")->trigger();
    EXPECT_EQ(pages->currentWidget(), m_window->companiesView());
    EXPECT_TRUE(QTest::qWaitFor([&] { return countLabel->text() == QStringLiteral("0 companies"); }, WaitMs))
        << "the count of the list shown: " << countLabel->text().toStdString();
    action("actionShowContacts")->trigger();
    EXPECT_EQ(pages->currentWidget(), m_window->contactsView());
    EXPECT_EQ(countLabel->text(), QStringLiteral("%1 contacts").arg(ContactCount - 1));

    // The same through the keyboard.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(pages->currentWidget(), m_window->companiesView());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(pages->currentWidget(), m_window->contactsView());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(contacts().searchEdit()->hasFocus());
}

TEST_P(MainWindowTest, QuittingWhileAJobRunsAsksFirstAndThenStopsIt)
{
    auto *job = new GateJob;
    QSemaphore &gate = job->gate;
    m_window->jobRunner().start(job);
    const auto release = qScopeGuard([&] { gate.release(); });
    Ui::Confirmation::setAutoAccept(false);
    const auto restore = qScopeGuard([] { Ui::Confirmation::setAutoAccept(true); });
    const auto question = [&] { return m_window->findChild<QMessageBox *>(QStringLiteral("quitWhileJobsRun")); };

    m_window->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() != nullptr; }, WaitMs));
    EXPECT_TRUE(question()->text().contains(QStringLiteral("“Import of big.csv” is still running")))
        << question()->text().toStdString();
    EXPECT_TRUE(m_window->isVisible());
    m_window->close(); // Quit again while asked
    EXPECT_EQ(m_window->findChildren<QMessageBox *>(QStringLiteral("quitWhileJobsRun")).size(), 1) << "asked once";
    question()->button(QMessageBox::Cancel)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() == nullptr; }, WaitMs));
    EXPECT_TRUE(m_window->isVisible()) << "the import goes on";
    EXPECT_FALSE(job->isCancelled());

    m_window->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return question() != nullptr; }, WaitMs));
    question()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->isVisible(); }, WaitMs));
    EXPECT_TRUE(job->isCancelled()) << "the job is told to stop";
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(MainWindowTest);
