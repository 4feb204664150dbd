#pragma once

#include "services/domain/entities.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Leadline::Contacts {
class CompanyService;
}
namespace Leadline::Activities {
class ActivityService;
}
namespace Leadline::Models {
class TimelineModel;
}

namespace Leadline::Ui {

// Edits one company, lists its contacts (double-click opens one) and shows its timeline.
// Non-modal; loads on a worker thread.
class CompanyDetail : public QDialog
{
    Q_OBJECT
public:
    CompanyDetail(Contacts::CompanyService &companies, Activities::ActivityService &activities,
                  const QList<Domain::User> &users, const Domain::Actor &actor, const QString &companyId,
                  QWidget *parent = nullptr);
    ~CompanyDetail() override;

    QString companyId() const { return m_company.id; }
    bool isLoaded() const { return m_loaded; }
    bool save();

Q_SIGNALS:
    void saved(const QString &companyId);
    void contactRequested(const QString &contactId);

private:
    void load(const QString &id);
    void loadContacts();
    void fill(const Domain::Company &company);
    Domain::Company collect(QHash<QString, QString> &errors) const;
    void showErrors(const QHash<QString, QString> &errors);

    Contacts::CompanyService &m_companies;
    Activities::ActivityService &m_activities;
    QList<Domain::User> m_users;
    Domain::Actor m_actor;
    Domain::Company m_company;
    bool m_loaded = false;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errorLabels;
    QComboBox *m_owner = nullptr;
    QLabel *m_generalError = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QListWidget *m_contactsList = nullptr;
    Models::TimelineModel *m_timeline = nullptr;
};

} // namespace Leadline::Ui
