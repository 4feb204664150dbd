#pragma once

#include "models/common/pagedtablemodel.h"
#include "services/contacts/companyservice.h"

#include <QTimer>

namespace Leadline::Models {

// The companies table: search and sort run in the database through CompanyService, pages
// arrive asynchronously (see PagedTableModel). Lives on the GUI thread; the service must
// outlive the model.
class CompanyTableModel : public PagedTableModel<Contacts::CompanyRow>
{
    Q_OBJECT
public:
    enum Column { Name, Domain, Industry, Size, AnnualRevenue, City, Country, Contacts, ColumnCount };
    Q_ENUM(Column)

    explicit CompanyTableModel(Contacts::CompanyService &service, QObject *parent = nullptr);
    ~CompanyTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString companyIdAt(const QModelIndex &index) const;
    QString search() const { return m_search; }
    void setSearch(const QString &search);

protected:
    QVariant rowData(const Contacts::CompanyRow &row, int column, int role) const override;
    CountTask makeCountTask() const override;
    PageTask makePageTask(qint64 offset, int limit, const Contacts::CompanyRow *previousLast) const override;

private:
    Contacts::CompanyService &m_service;
    QString m_search;
    Contacts::CompanyColumn m_sortColumn = Contacts::CompanyColumn::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace Leadline::Models
