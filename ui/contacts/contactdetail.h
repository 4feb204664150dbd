#pragma once

#include "services/domain/entities.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;
class QTableWidget;
class QTimer;

namespace Leadline::Contacts {
class ContactService;
class CompanyService;
} // namespace Leadline::Contacts
namespace Leadline::Activities {
class ActivityService;
}
namespace Leadline::Models {
class TimelineModel;
}

namespace Leadline::Ui {

// Edits one contact (every field) and shows its activity timeline, with buttons to log a
// note, call or meeting by hand. Validation messages from ContactService::validate appear
// next to their fields. Non-modal; loads the contact on a worker thread.
class ContactDetail : public QDialog
{
    Q_OBJECT
public:
    // An empty id creates a new contact.
    ContactDetail(Contacts::ContactService &contacts, Contacts::CompanyService &companies,
                  Activities::ActivityService &activities, const QList<Domain::User> &users, const Domain::Actor &actor,
                  const QString &contactId, QWidget *parent = nullptr);
    ~ContactDetail() override;

    QString contactId() const { return m_contact.id; }
    bool isLoaded() const { return m_loaded; }
    Models::TimelineModel *timelineModel() const { return m_timeline; }

    // Validates and saves; false (with inline messages) when something is wrong.
    bool save();
    // Whether a field differs from what was loaded or last saved.
    bool isModified() const;

public Q_SLOTS:
    // Closing with changes not saved asks whether to save them (Save, Discard, Cancel).
    void reject() override;

Q_SIGNALS:
    void saved(const QString &contactId);
    // The question a close with unsaved changes asked was answered: closing, or not (Cancel,
    // or a save that failed).
    void closeAnswered(bool closing);

private:
    void buildForm();
    void load(const QString &id);
    void fill(const Domain::Contact &contact);
    Domain::Contact collect() const;
    void showErrors(const QHash<QString, QString> &errors);
    QLabel *errorLabel(const QString &field);
    void logActivity(Domain::ActivityType type);
    void lookUpCompanies(const QString &text);

    Contacts::ContactService &m_contacts;
    Contacts::CompanyService &m_companies;
    Activities::ActivityService &m_activities;
    QList<Domain::User> m_users;
    Domain::Actor m_actor;
    Domain::Contact m_contact;
    Domain::Contact m_asFilled; // what the form held when filled: isModified() compares with it
    QString m_companyAsFilled;
    bool m_loaded = false;
    bool m_discarding = false; // the user chose to close anyway

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_otherEmails = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_otherPhones = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QStringListModel *m_companyNames = nullptr;
    QTimer *m_companyLookup = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QHash<Domain::Channel, QComboBox *> m_optIn;
    QCheckBox *m_doNotContact = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_source = nullptr;
    QTableWidget *m_customFields = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QLabel *m_generalError = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QListView *m_timelineView = nullptr;
    Models::TimelineModel *m_timeline = nullptr;
};

} // namespace Leadline::Ui
