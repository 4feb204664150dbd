#pragma once

#include <QAbstractTableModel>

namespace Leadline::Models {

// What every paged table tells its view beyond the rows: busy state, the total for the current
// filter and load errors. A QObject base of PagedTableModel because a class template cannot
// declare signals. Lives on the GUI thread like the models.
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The total for the current filter, -1 while it is being counted.
    qint64 totalCount() const { return m_total; }

Q_SIGNALS:
    void busyStateChanged(bool busy);
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString &message);

protected:
    void setTotalCount(qint64 count)
    {
        m_total = count;
        Q_EMIT totalCountChanged(count);
    }
    // The filter changed: the old total no longer holds until the new count arrives.
    void forgetTotalCount() { m_total = -1; }

private:
    qint64 m_total = -1;
};

} // namespace Leadline::Models
