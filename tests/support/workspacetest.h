#pragma once

#include "services/workspace/workspace.h"
#include "tests/support/tempdatabase.h"

#include <memory>

namespace Leadline::Testing {

// Base for tests of the services or the windows on both databases: a Workspace on the
// test's database. Derived SetUp()s call this one first and return if it failed or skipped.
class WorkspaceTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_workspace = Workspace::create(sharedDb());
    }

    void TearDown() override
    {
        m_workspace.reset();
        DatabaseTest::TearDown();
    }

    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Leadline::Testing
