#pragma once

#include "services/domain/entities.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateTime;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;
class QPushButton;

namespace Leadline::Contacts {
class ContactService;
class CompanyService;
} // namespace Leadline::Contacts
namespace Leadline::Activities {
class ActivityService;
}
namespace Leadline::Models {
class ContactTableModel;
}

namespace Leadline::Ui {

class CommandRunner;
class ContactDetail;

// The contacts list: search (in the database, debounced), lifecycle/owner/tag filters, a
// fixed-row-height table over the paging ContactTableModel, a column chooser, and undoable
// bulk actions on the selection. Enter or a double-click opens the contact.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    ContactsView(Contacts::ContactService &contacts, Contacts::CompanyService &companies,
                 Activities::ActivityService &activities, QUndoStack &undoStack, CommandRunner &runner,
                 QWidget *parent = nullptr);
    ~ContactsView() override;

    Models::ContactTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }

    void setUsers(const QList<Domain::User> &users);
    // Who the edits made here are recorded as.
    void setActor(const Domain::Actor &actor) { m_actor = actor; }
    // The ids of the loaded selected rows (what the user sees selected, for small selections).
    QStringList selectedContactIds() const;
    // All selected ids, also of rows whose pages are not loaded (a shift-click across a
    // million rows): those come from the database on a worker, then `use` runs.
    void withSelectedIds(std::function<void(const QStringList &)> use);

    void focusSearch();
    ContactDetail *openContact(const QString &contactId); // empty: a new contact
    void deleteSelection();
    void addTagToSelection();
    void assignOwnerToSelection();
    void refresh();
    // Lists only the contacts this import created or updated, under a bar that names the
    // import and lists all contacts again. The other filters are cleared: all of its
    // contacts show, and can then be narrowed.
    void showImportedContacts(const QString &batchId, const QString &fileName, const QDateTime &startedAt);
    void showAllContacts();
    QString importFilter() const { return m_importBatchId; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void loadTags();
    void showHeaderMenu(const QPoint &pos);
    void saveHeaderState() const;
    void updateActions();
    void askForTag(const QStringList &ids);
    void askForOwner(const QStringList &ids);

    Contacts::ContactService &m_contacts;
    Contacts::CompanyService &m_companies;
    Activities::ActivityService &m_activities;
    QUndoStack &m_undoStack;
    CommandRunner &m_runner;
    QList<Domain::User> m_users;
    Domain::Actor m_actor;
    Models::ContactTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QPushButton *m_tagButton = nullptr;
    QPushButton *m_ownerButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QWidget *m_importBar = nullptr;
    QLabel *m_importLabel = nullptr;
    QString m_importBatchId;
};

} // namespace Leadline::Ui
