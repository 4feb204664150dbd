#include "ui/common/windowshortcutsfirst.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Leadline;

// Ctrl+A stands in for Ctrl+E: a line edit keeps it (select all) on every platform, while
// Ctrl+E is its end of line only where the platform says so (not offscreen).
TEST(WindowShortcutsFirst, AWatchedLineEditLeavesTheKeyToTheWindowsAction)
{
    for (const bool watched : {false, true}) {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        (new QVBoxLayout(&window))->addWidget(edit);
        auto *action = new QAction(&window);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_A));
        window.addAction(action);
        if (watched)
            Ui::WindowShortcutsFirst::install(edit, {QKeySequence(Qt::CTRL | Qt::Key_A)});
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QSignalSpy triggered(action, &QAction::triggered);
        QTest::keyClicks(edit, QStringLiteral("abc"));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        EXPECT_EQ(triggered.count(), watched ? 1 : 0) << (watched ? "watched" : "not watched");
        EXPECT_EQ(edit->hasSelectedText(), !watched);
        QTest::keyClick(edit, Qt::Key_Backspace); // other keys still reach the line edit
        EXPECT_EQ(edit->text(), watched ? QStringLiteral("ab") : QString());
    }
}
