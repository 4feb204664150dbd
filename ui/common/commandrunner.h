#pragma once

#include "services/core/expected.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Leadline::Ui {

// Runs the service calls of edits (bulk tag, delete, undo, redo) one after another on a
// worker thread, so a large selection never blocks the window and an undo never overtakes
// the edit it undoes. Failures arrive as failed(message). GUI thread object.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    void run(std::function<Result()> task);
    bool isIdle() const { return m_pending == 0; }
    // Blocks until every queued task ended (shutdown).
    void waitForDone();

Q_SIGNALS:
    void failed(const QString &message);
    void idleChanged(bool idle);

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace Leadline::Ui
