#pragma once

#include "models/common/pagedtablemodelbase.h"
#include "services/core/expected.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace Leadline::Models {

// A table model over a service that pages rows out of the database. Only a bounded LRU of
// pages lives in memory, so a million rows cost a few megabytes. The GUI thread never runs
// a query: the count and every page are fetched on the model's own thread pool and come
// back through a QFutureWatcher parented to the model. Every reset or refresh bumps a
// generation; results of an older generation are dropped. Rows not loaded yet report
// isLoaded() false and are filled in by dataChanged when their page arrives.
// Subclasses say what a loaded row shows, how to count and how to fetch a page (offset, or keyset after the last row
// of the page before when that page is cached).
template <typename Row> class PagedTableModel : public PagedTableModelBase
{
public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 50;
    // Roles every paged table answers: the record id of a row, and whether its page has arrived.
    enum Role { IdRole = Qt::UserRole + 1, LoadedRole };

    explicit PagedTableModel(QObject *parent = nullptr)
        : PagedTableModelBase(parent)
    {
        // Two workers: one page can load while the count of a fresh filter runs.
        m_pool.setMaxThreadCount(2);
        m_scheduleTimer.setSingleShot(true);
        m_scheduleTimer.setInterval(0);
        QObject::connect(&m_scheduleTimer, &QTimer::timeout, this, [this] { schedule(); });
        m_refreshTimer.setSingleShot(true);
        m_refreshTimer.setInterval(150);
        QObject::connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    }

    ~PagedTableModel() override
    {
        // The tasks use the service; it must not see them outlive this model.
        m_pool.clear();
        m_pool.waitForDone();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rowCount); }

    // A row whose page has not arrived shows "…" in the first column until dataChanged fills it in;
    // everything a loaded row shows comes from rowData().
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row *row = rowAt(index.row());
        if (role == LoadedRole)
            return row != nullptr;
        if (!row) {
            if (role == Qt::DisplayRole && index.column() == 0)
                return QStringLiteral("…");
            return {};
        }
        if (role == IdRole)
            return row->id;
        return rowData(*row, index.column(), role);
    }

    // The record id in the row of index; empty while its page has not arrived.
    QString idAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this)
            return {};
        const Row *row = rowAt(index.row());
        return row ? row->id : QString();
    }

    // The row if its page is in memory (then touched in the LRU); otherwise nullptr and the
    // page is requested.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return nullptr;
        auto *self = const_cast<PagedTableModel *>(this);
        const qint64 pageIndex = row / PageSize;
        auto it = self->m_pages.find(pageIndex);
        if (it == self->m_pages.end()) {
            self->request(pageIndex);
            return nullptr;
        }
        it->lastUse = ++self->m_useCounter;
        if (it->generation != m_generation)
            self->request(pageIndex); // stale after a refresh: show it, but fetch it again
        self->prefetchAround(row);
        const int inPage = row % PageSize;
        return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
    }

    bool isLoaded(int row) const { return rowAt(row) != nullptr; }
    // True until the first count of the current filter has arrived.
    bool isCounting() const { return m_counting; }
    bool isBusy() const { return m_counting || m_running > 0; }
    int cachedPageCount() const { return int(m_pages.size()); }

    // Keeps the rows on screen, fetches them and the count again (after an edit elsewhere).
    void refresh()
    {
        ++m_generation;
        m_queue.clear();
        m_inFlight.clear();
        m_failed.clear();
        startCount();
        QList<qint64> recent = m_pages.keys();
        std::sort(recent.begin(), recent.end(),
                  [this](qint64 a, qint64 b) { return m_pages.value(a).lastUse < m_pages.value(b).lastUse; });
        // The most recently used pages are the visible ones; the rest refetch when touched.
        for (qsizetype i = std::max<qsizetype>(0, recent.size() - 4); i < recent.size(); ++i)
            request(recent.at(i));
    }

protected:
    using CountTask = std::function<Expected<qint64>()>;
    using PageTask = std::function<Expected<QList<Row>>()>;

    virtual CountTask makeCountTask() const = 0;
    // previousLast: the last row of the page before, for keyset continuation; may be null.
    virtual PageTask makePageTask(qint64 offset, int limit, const Row *previousLast) const = 0;

    // What a loaded row shows in column for role; IdRole and LoadedRole are answered by data().
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

    virtual void loadFailed(const Error &error) { Q_EMIT errorOccurred(error.message()); }
    virtual void busyChanged(bool busy) { Q_EMIT busyStateChanged(busy); }
    virtual void countChanged(qint64 count) { setTotalCount(count); }

    // Refreshes once shortly after a burst of change signals: a bulk edit emits many, one refresh covers them all.
    void refreshSoon() { m_refreshTimer.start(); }

    // Forgets every row and counts again: the filter or the sort changed.
    void reload()
    {
        ++m_generation;
        beginResetModel();
        m_pages.clear();
        m_queue.clear();
        m_inFlight.clear();
        m_failed.clear();
        m_rowCount = 0;
        endResetModel();
        startCount();
    }

private:
    struct Page
    {
        QList<Row> rows;
        quint64 generation = 0;
        quint64 lastUse = 0;
    };

    void prefetchAround(int row)
    {
        const qint64 pageIndex = row / PageSize;
        const int inPage = row % PageSize;
        if (inPage >= PageSize * 3 / 4)
            request(pageIndex + 1);
        else if (inPage < PageSize / 4)
            request(pageIndex - 1);
    }

    void request(qint64 pageIndex)
    {
        if (pageIndex < 0 || pageIndex * PageSize >= m_rowCount)
            return;
        const auto it = m_pages.constFind(pageIndex);
        if (it != m_pages.constEnd() && it->generation == m_generation)
            return;
        if (m_inFlight.contains(pageIndex) || m_failed.contains(pageIndex))
            return;
        m_queue.removeAll(pageIndex);
        m_queue.append(pageIndex);
        // Scrolling fast through a million rows requests pages the user has already left:
        // keep only the latest few.
        while (m_queue.size() > 6)
            m_queue.removeFirst();
        if (!m_scheduleTimer.isActive())
            m_scheduleTimer.start();
    }

    void schedule()
    {
        while (m_running < 2 && !m_queue.isEmpty())
            startPage(m_queue.takeLast());
    }

    void setRunning(int delta)
    {
        const bool wasBusy = isBusy();
        m_running += delta;
        if (wasBusy != isBusy())
            busyChanged(isBusy());
    }

    void startCount()
    {
        const bool wasBusy = isBusy();
        m_counting = true;
        if (!wasBusy)
            busyChanged(true);
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<Expected<qint64>>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const bool busyBefore = isBusy();
            m_counting = false;
            const Expected<qint64> result = watcher->result();
            if (!result)
                loadFailed(result.error());
            else
                applyCount(*result);
            if (busyBefore != isBusy())
                busyChanged(isBusy());
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, makeCountTask()));
    }

    void applyCount(qint64 count)
    {
        count = std::clamp<qint64>(count, 0, std::numeric_limits<int>::max());
        if (count > m_rowCount) {
            beginInsertRows({}, int(m_rowCount), int(count - 1));
            m_rowCount = count;
            endInsertRows();
        } else if (count < m_rowCount) {
            beginRemoveRows({}, int(count), int(m_rowCount - 1));
            m_rowCount = count;
            const qint64 lastPage = count == 0 ? -1 : (count - 1) / PageSize;
            for (auto it = m_pages.begin(); it != m_pages.end();) {
                if (it.key() > lastPage)
                    it = m_pages.erase(it);
                else
                    ++it;
            }
            endRemoveRows();
        }
        countChanged(count);
    }

    void startPage(qint64 pageIndex)
    {
        if (pageIndex * PageSize >= m_rowCount)
            return;
        const Row *previousLast = nullptr;
        const auto before = m_pages.constFind(pageIndex - 1);
        if (before != m_pages.constEnd() && before->generation == m_generation && before->rows.size() == PageSize)
            previousLast = &before->rows.constLast();
        const quint64 generation = m_generation;
        m_inFlight.insert(pageIndex);
        setRunning(+1);
        auto *watcher = new QFutureWatcher<Expected<QList<Row>>>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, pageIndex] {
            watcher->deleteLater();
            const Expected<QList<Row>> result = watcher->result();
            if (generation == m_generation) {
                m_inFlight.remove(pageIndex);
                if (!result) {
                    m_failed.insert(pageIndex);
                    loadFailed(result.error());
                } else {
                    storePage(pageIndex, *result);
                }
            }
            setRunning(-1);
            schedule();
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, makePageTask(pageIndex * PageSize, PageSize, previousLast)));
    }

    void storePage(qint64 pageIndex, const QList<Row> &rows)
    {
        if (pageIndex * PageSize >= m_rowCount)
            return;
        while (m_pages.size() >= MaxCachedPages && !m_pages.contains(pageIndex)) {
            auto oldest = m_pages.begin();
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            m_pages.erase(oldest);
        }
        Page &page = m_pages[pageIndex];
        page.rows = rows;
        page.generation = m_generation;
        page.lastUse = ++m_useCounter;
        const int first = int(pageIndex * PageSize);
        const int last = int(std::min<qint64>(m_rowCount, (pageIndex + 1) * PageSize)) - 1;
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
        // A short page inside the counted range: rows went away meanwhile; count again.
        if (rows.size() < PageSize && first + rows.size() < m_rowCount && !m_counting)
            startCount();
    }

    QThreadPool m_pool;
    QTimer m_scheduleTimer;
    QTimer m_refreshTimer;
    QHash<qint64, Page> m_pages;
    QList<qint64> m_queue;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_failed;
    qint64 m_rowCount = 0;
    quint64 m_generation = 0;
    quint64 m_useCounter = 0;
    int m_running = 0;
    bool m_counting = false;
};

} // namespace Leadline::Models
