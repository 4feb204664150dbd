#include "models/contacts/companytablemodel.h"

#include <QLocale>

namespace Leadline::Models {

using namespace Contacts;

CompanyTableModel::CompanyTableModel(CompanyService &service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
    const auto schedule = [this] { refreshSoon(); };
    connect(&m_service, &CompanyService::companiesChanged, this, schedule);
    connect(&m_service, &CompanyService::companiesRemoved, this, schedule);
    reload();
}

CompanyTableModel::~CompanyTableModel() = default;

int CompanyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::rowData(const CompanyRow &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        if (column == Size || column == AnnualRevenue || column == Contacts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(column)) {
    case Name:
        return row.name;
    case Domain:
        return row.domain;
    case Industry:
        return row.industry;
    case Size:
        return row.size ? locale.toString(*row.size) : QString();
    case AnnualRevenue:
        return row.annualRevenue ? locale.toString(*row.annualRevenue, 'f', 0) : QString();
    case City:
        return row.city;
    case Country:
        return row.country;
    case Contacts:
        return locale.toString(row.contactCount);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Domain:
        return tr("Domain");
    case Industry:
        return tr("Industry");
    case Size:
        return tr("Employees");
    case AnnualRevenue:
        return tr("Annual revenue");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Contacts:
        return tr("Contacts");
    case ColumnCount:
        break;
    }
    return {};
}

void CompanyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = CompanyColumn(column); // the two enums list the same columns
    if (sortColumn == m_sortColumn && order == m_order)
        return;
    m_sortColumn = sortColumn;
    m_order = order;
    reload();
}

QString CompanyTableModel::companyIdAt(const QModelIndex &index) const
{
    return idAt(index);
}

void CompanyTableModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    forgetTotalCount();
    reload();
}

CompanyTableModel::CountTask CompanyTableModel::makeCountTask() const
{
    const CompanyService *service = &m_service;
    return [service, search = m_search] { return service->count(search); };
}

CompanyTableModel::PageTask CompanyTableModel::makePageTask(qint64 offset, int limit, const CompanyRow *) const
{
    const CompanyService *service = &m_service;
    return [service, search = m_search, column = m_sortColumn, order = m_order, offset, limit] {
        return service->page(search, column, order, offset, limit);
    };
}

} // namespace Leadline::Models
