#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "tests/support/workspacetest.h"
#include "ui/contacts/contactsview.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QMessageBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

// The welcome offer of demo data is for a database just made, not for a list that became
// empty: every contact deleted, or a filter that matches nothing.
class DemoPromptTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Ui::MainWindow::setDemoPromptEnabled(true);
    }

    void TearDown() override
    {
        m_window.reset();
        Ui::MainWindow::setDemoPromptEnabled(false);
        WorkspaceTest::TearDown();
    }

    void openWindow()
    {
        m_window = std::make_unique<Ui::MainWindow>(*m_workspace);
        m_window->show();
    }

    QMessageBox *prompt() const { return m_window->findChild<QMessageBox *>(QStringLiteral("demoPrompt")); }
    Models::ContactTableModel &model() const { return *m_window->contactsView()->model(); }

    std::unique_ptr<Ui::MainWindow> m_window;
};

TEST_P(DemoPromptTest, AnEmptyDatabaseIsOfferedDemoData)
{
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return prompt() != nullptr && prompt()->isVisible(); }, 15000));
}

TEST_P(DemoPromptTest, AListThatBecomesEmptyIsNotAWelcome)
{
    QStringList ids;
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bob")}) {
        Domain::Contact contact;
        contact.firstName = name;
        auto created = m_workspace->contacts().create(contact);
        ASSERT_TRUE(created.hasValue());
        ids << created->id;
    }
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().totalCount() == 2; }, 15000));

    auto *stages = m_window->findChild<QComboBox *>(QStringLiteral("lifecycleFilter"));
    ASSERT_NE(stages, nullptr);
    stages->setCurrentIndex(stages->count() - 1); // a stage nobody is in
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().totalCount() == 0; }, 15000));
    stages->setCurrentIndex(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().totalCount() == 2; }, 15000));

    ASSERT_TRUE(m_workspace->contacts().remove(ids).hasValue());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().totalCount() == 0; }, 15000));
    QTest::qWait(300);
    EXPECT_EQ(prompt(), nullptr);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(DemoPromptTest);
