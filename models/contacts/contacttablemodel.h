#pragma once

#include "models/common/pagedtablemodel.h"
#include "services/contacts/contactlist.h"

#include <QTimer>

namespace Leadline::Contacts {
class ContactService;
}

namespace Leadline::Models {

// The contacts table: sorting and filtering run in the database through ContactService;
// pages arrive asynchronously (see PagedTableModel). Lives on the GUI thread; the service
// must outlive the model.
class ContactTableModel : public PagedTableModel<Contacts::ContactRow>
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Email,
        Phone,
        Company,
        Title,
        City,
        Country,
        LifecycleStage,
        Owner,
        Created,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ContactTableModel(Contacts::ContactService &service, QObject *parent = nullptr);
    ~ContactTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Empty while the row's page has not arrived yet.
    QString contactIdAt(const QModelIndex &index) const;
    static Contacts::ContactColumn serviceColumn(Column column);
    static bool isSortable(int column);

    const Contacts::ContactFilter &filter() const { return m_filter; }
    void setFilter(const Contacts::ContactFilter &filter);
    const Contacts::ContactSort &contactSort() const { return m_sort; }
    void setSort(const Contacts::ContactSort &sort);

protected:
    QVariant rowData(const Contacts::ContactRow &row, int column, int role) const override;
    CountTask makeCountTask() const override;
    PageTask makePageTask(qint64 offset, int limit, const Contacts::ContactRow *previousLast) const override;

private:
    Contacts::ContactService &m_service;
    Contacts::ContactFilter m_filter;
    Contacts::ContactSort m_sort;
};

} // namespace Leadline::Models
