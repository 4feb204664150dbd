#include "ui/common/commandrunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // in order: an undo runs after the edit it undoes
}

CommandRunner::~CommandRunner()
{
    m_pool.waitForDone();
}

void CommandRunner::run(std::function<Result()> task)
{
    if (m_pending++ == 0)
        Q_EMIT idleChanged(false);
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (!result)
            Q_EMIT failed(result.error().message());
        if (--m_pending == 0)
            Q_EMIT idleChanged(true);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(task)));
}

void CommandRunner::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace Leadline::Ui
