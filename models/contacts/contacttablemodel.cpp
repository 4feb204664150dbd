#include "models/contacts/contacttablemodel.h"

#include "services/contacts/contactservice.h"
#include "services/contacts/phonenormalizer.h"

#include <QLocale>

namespace Leadline::Models {

using namespace Contacts;

ContactTableModel::ContactTableModel(ContactService &service, QObject *parent)
    : PagedTableModel(parent)
    , m_service(service)
{
    const auto schedule = [this] { refreshSoon(); };
    connect(&m_service, &ContactService::contactsChanged, this, schedule);
    connect(&m_service, &ContactService::contactsRemoved, this, schedule);
    connect(&m_service, &ContactService::contactsRestored, this, schedule);
    reload();
}

ContactTableModel::~ContactTableModel() = default;

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::rowData(const ContactRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Name: {
            const QString name = QString(row.firstName + QLatin1Char(' ') + row.lastName).trimmed();
            return name.isEmpty() ? row.email : name;
        }
        case Email:
            return row.email;
        case Phone:
            // Stored as E.164; shown grouped as people read numbers. Only visible rows get here.
            return Contacts::PhoneNormalizer::formatForDisplay(row.phone);
        case Company:
            return row.companyName;
        case Title:
            return row.title;
        case City:
            return row.city;
        case Country:
            return row.country;
        case LifecycleStage:
            return Domain::displayName(row.lifecycleStage);
        case Owner:
            return row.ownerName;
        case Created:
            return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Updated:
            return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Company:
        return tr("Company");
    case Title:
        return tr("Title");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case LifecycleStage:
        return tr("Lifecycle stage");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

ContactColumn ContactTableModel::serviceColumn(Column column)
{
    switch (column) {
    case Name:
        return ContactColumn::Name;
    case Email:
        return ContactColumn::Email;
    case Phone:
        return ContactColumn::Phone;
    case Company:
        return ContactColumn::Company;
    case Title:
        return ContactColumn::Title;
    case City:
        return ContactColumn::City;
    case Country:
        return ContactColumn::Country;
    case LifecycleStage:
        return ContactColumn::LifecycleStage;
    case Owner:
        return ContactColumn::Owner;
    case Created:
        return ContactColumn::CreatedAt;
    case Updated:
        return ContactColumn::UpdatedAt;
    case ColumnCount:
        break;
    }
    return ContactColumn::Name;
}

bool ContactTableModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount && Contacts::isSortable(serviceColumn(Column(column)));
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    setSort({serviceColumn(Column(column)), order});
}

QString ContactTableModel::contactIdAt(const QModelIndex &index) const
{
    return idAt(index);
}

void ContactTableModel::setFilter(const ContactFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    forgetTotalCount();
    reload();
}

void ContactTableModel::setSort(const ContactSort &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

ContactTableModel::CountTask ContactTableModel::makeCountTask() const
{
    const ContactService *service = &m_service;
    return [service, filter = m_filter] { return service->count(filter); };
}

ContactTableModel::PageTask ContactTableModel::makePageTask(qint64 offset, int limit,
                                                            const ContactRow *previousLast) const
{
    const ContactService *service = &m_service;
    if (previousLast) {
        return [service, filter = m_filter, sort = m_sort, key = RowKey{previousLast->sortKey, previousLast->id},
                limit] { return service->pageAfter(filter, sort, key, limit); };
    }
    return [service, filter = m_filter, sort = m_sort, offset, limit] {
        return service->page(filter, sort, offset, limit);
    };
}

} // namespace Leadline::Models
