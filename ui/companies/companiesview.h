#pragma once

#include "services/domain/entities.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace Leadline::Contacts {
class ContactService;
class CompanyService;
} // namespace Leadline::Contacts
namespace Leadline::Activities {
class ActivityService;
}
namespace Leadline::Models {
class CompanyTableModel;
}

namespace Leadline::Ui {

class CompanyDetail;

// The companies list: search in the database, sortable fixed-row-height table over the
// paging CompanyTableModel; Enter or a double-click opens the company.
class CompaniesView : public QWidget
{
    Q_OBJECT
public:
    CompaniesView(Contacts::CompanyService &companies, Contacts::ContactService &contacts,
                  Activities::ActivityService &activities, QWidget *parent = nullptr);
    ~CompaniesView() override;

    Models::CompanyTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }

    void setUsers(const QList<Domain::User> &users) { m_users = users; }
    void setActor(const Domain::Actor &actor) { m_actor = actor; }
    void focusSearch();
    CompanyDetail *openCompany(const QString &companyId); // empty: a new company
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void contactRequested(const QString &contactId);

private:
    Contacts::CompanyService &m_companies;
    Contacts::ContactService &m_contacts;
    Activities::ActivityService &m_activities;
    QList<Domain::User> m_users;
    Domain::Actor m_actor;
    Models::CompanyTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace Leadline::Ui
