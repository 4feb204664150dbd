#include "services/jobs/job.h"

#include <QDateTime>
#include <QFileInfo>

namespace Leadline::Jobs {

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

Job::~Job() = default;

QString Job::fileNameForTitle(const QString &path)
{
    constexpr qsizetype kLongest = 40;
    const QString name = QFileInfo(path).fileName();
    if (name.size() <= kLongest)
        return name;
    qsizetype head = (kLongest - 1) / 2;
    qsizetype tail = kLongest - 1 - head;
    // Not between the halves of a character outside the BMP.
    if (name.at(head - 1).isHighSurrogate())
        --head;
    if (name.at(name.size() - tail).isLowSurrogate())
        --tail;
    return name.left(head) + QChar(0x2026) + name.right(tail);
}

void Job::run()
{
    Expected<QString> result = execute();
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

void Job::reportProgress(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (done < total && now - m_lastProgressMs < 50)
        return;
    m_lastProgressMs = now;
    Q_EMIT progress(done, total);
}

void Job::setCancellable(bool cancellable)
{
    if (m_cancellable.exchange(cancellable) != cancellable)
        Q_EMIT cancellableChanged(cancellable);
}

} // namespace Leadline::Jobs
