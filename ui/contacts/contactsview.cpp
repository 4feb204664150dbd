#include "ui/contacts/contactsview.h"

#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "ui/common/commandrunner.h"
#include "ui/common/windowshortcutsfirst.h"
#include "ui/contacts/contactcommands.h"
#include "ui/contacts/contactdetail.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Leadline::Ui {

using Models::ContactTableModel;

namespace {
const QString HeaderStateKey = QStringLiteral("contacts/headerState");
}

ContactsView::ContactsView(Contacts::ContactService &contacts, Contacts::CompanyService &companies,
                           Activities::ActivityService &activities, QUndoStack &undoStack, CommandRunner &runner,
                           QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_activities(activities)
    , m_undoStack(undoStack)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("contactsView"));
    m_model = new ContactTableModel(m_contacts, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, email, phone or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // Search, then export what it found: the window's Ctrl+E, not the line edit's end of line.
    WindowShortcutsFirst::install(m_search, {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsView::applyFilter);

    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_lifecycle->addItem(tr("All stages"), QString());
    for (Domain::LifecycleStage stage : Domain::allValues<Domain::LifecycleStage>())
        m_lifecycle->addItem(Domain::displayName(stage), Domain::toKey(stage));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("All owners"), QString());
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All tags"), QString());
    for (QComboBox *combo : {m_lifecycle, m_owner, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContactsView::applyFilter);

    m_tagButton = new QPushButton(tr("Add tag…"), this);
    m_tagButton->setObjectName(QStringLiteral("bulkAddTag"));
    connect(m_tagButton, &QPushButton::clicked, this, &ContactsView::addTagToSelection);
    m_ownerButton = new QPushButton(tr("Assign owner…"), this);
    m_ownerButton->setObjectName(QStringLiteral("bulkAssignOwner"));
    connect(m_ownerButton, &QPushButton::clicked, this, &ContactsView::assignOwnerToSelection);
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("bulkDelete"));
    connect(m_deleteButton, &QPushButton::clicked, this, &ContactsView::deleteSelection);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_lifecycle, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_tag, 1);
    filters->addSpacing(12);
    filters->addWidget(m_tagButton);
    filters->addWidget(m_ownerButton);
    filters->addWidget(m_deleteButton);

    // Shown while the list holds the contacts of one import (showImportedContacts()).
    m_importBar = new QWidget(this);
    m_importBar->setObjectName(QStringLiteral("importFilterBar"));
    m_importBar->setAttribute(Qt::WA_StyledBackground);
    m_importBar->setStyleSheet(QStringLiteral("#importFilterBar { background: #e8f0fe; border: 1px solid #c6d7f5; "
                                              "border-radius: 4px; }"));
    m_importLabel = new QLabel(m_importBar);
    m_importLabel->setObjectName(QStringLiteral("importFilterText"));
    m_importLabel->setWordWrap(true);
    m_importLabel->setTextFormat(Qt::PlainText); // a file name is not markup
    auto *showAll = new QPushButton(tr("Show all contacts"), m_importBar);
    showAll->setObjectName(QStringLiteral("clearImportFilter"));
    connect(showAll, &QPushButton::clicked, this, &ContactsView::showAllContacts);
    auto *importBarLayout = new QHBoxLayout(m_importBar);
    importBarLayout->setContentsMargins(8, 4, 4, 4);
    importBarLayout->addWidget(m_importLabel, 1);
    importBarLayout->addWidget(showAll);
    m_importBar->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // A million rows: the vertical header must never measure them.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const QList<QPair<int, int>> widths{
        {ContactTableModel::Name, 200},    {ContactTableModel::Email, 240},          {ContactTableModel::Phone, 140},
        {ContactTableModel::Company, 180}, {ContactTableModel::Title, 160},          {ContactTableModel::City, 120},
        {ContactTableModel::Country, 70},  {ContactTableModel::LifecycleStage, 150}, {ContactTableModel::Owner, 130},
        {ContactTableModel::Created, 130}, {ContactTableModel::Updated, 130}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSectionHidden(ContactTableModel::Created, true);
    header->setSortIndicator(ContactTableModel::Name, Qt::AscendingOrder);
    header->restoreState(QSettings().value(HeaderStateKey).toByteArray());
    m_table->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ContactsView::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] { saveHeaderState(); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveHeaderState(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveHeaderState(); });

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->contactIdAt(index);
        if (!id.isEmpty())
            openContact(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::updateActions);
    connect(m_model, &ContactTableModel::errorOccurred, this, &ContactsView::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(filters);
    layout->addWidget(m_importBar);
    layout->addWidget(m_table, 1);
    updateActions();
    loadTags();
    connect(&m_contacts, &Contacts::ContactService::contactsChanged, this, &ContactsView::loadTags);
}

ContactsView::~ContactsView() = default;

void ContactsView::setUsers(const QList<Domain::User> &users)
{
    m_users = users;
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const Domain::User &user : users)
        m_owner->addItem(user.name, user.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    updateActions();
}

void ContactsView::applyFilter()
{
    Contacts::ContactFilter filter;
    filter.search = m_search->text().trimmed();
    filter.lifecycleStage = Domain::fromKey<Domain::LifecycleStage>(m_lifecycle->currentData().toString());
    filter.ownerId = m_owner->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.importBatchId = m_importBatchId;
    m_model->setFilter(filter);
}

void ContactsView::showImportedContacts(const QString &batchId, const QString &fileName, const QDateTime &startedAt)
{
    m_importBatchId = batchId;
    m_importLabel->setText(tr("Contacts created or updated by the import of %1 on %2.")
                               .arg(fileName,
                                    QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_importBar->show();
    {
        const QSignalBlocker search(m_search), lifecycle(m_lifecycle), owner(m_owner), tag(m_tag);
        m_search->clear();
        m_lifecycle->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
    }
    m_searchTimer->stop();
    applyFilter();
}

void ContactsView::showAllContacts()
{
    m_importBatchId.clear();
    m_importBar->hide();
    applyFilter();
}

void ContactsView::loadTags()
{
    auto *watcher = new QFutureWatcher<Expected<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto tags = watcher->result();
        if (!tags)
            return;
        const QString current = m_tag->currentData().toString();
        const QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString &tag : *tags)
            m_tag->addItem(tag, tag);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    });
    watcher->setFuture(QtConcurrent::run([service = &m_contacts] { return service->allTags(); }));
}

void ContactsView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnChooser"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            // Keep at least one column: a table without columns cannot be brought back.
            if (!visible && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !visible);
            saveHeaderState();
        });
    }
    menu->popup(header->mapToGlobal(pos));
}

void ContactsView::saveHeaderState() const
{
    QSettings().setValue(HeaderStateKey, m_table->horizontalHeader()->saveState());
}

QStringList ContactsView::selectedContactIds() const
{
    QStringList ids;
    // In the list's order, not the order they were clicked in: an export of them follows it.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        const QString id = m_model->contactIdAt(index);
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void ContactsView::withSelectedIds(std::function<void(const QStringList &)> use)
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    QList<QPair<int, int>> ranges;
    bool allLoaded = true;
    for (const QItemSelectionRange &range : selection) {
        ranges.append({range.top(), range.bottom()});
        for (int row = range.top(); allLoaded && row <= range.bottom(); ++row)
            allLoaded = m_model->isLoaded(row);
    }
    if (ranges.isEmpty())
        return;
    std::sort(ranges.begin(), ranges.end()); // in the list's order
    if (allLoaded) {
        use(selectedContactIds());
        return;
    }
    Q_EMIT statusMessage(tr("Collecting the selected contacts…"));
    auto *watcher = new QFutureWatcher<Expected<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ranges, use = std::move(use)] {
        watcher->deleteLater();
        const auto all = watcher->result();
        if (!all) {
            Q_EMIT statusMessage(all.error().message());
            return;
        }
        QStringList ids;
        QSet<QString> seen;
        for (const auto &[top, bottom] : ranges) {
            for (int row = top; row <= bottom && row < all->size(); ++row) {
                if (!seen.contains(all->at(row))) {
                    seen.insert(all->at(row));
                    ids << all->at(row);
                }
            }
        }
        use(ids);
    });
    watcher->setFuture(QtConcurrent::run([service = &m_contacts, filter = m_model->filter(),
                                          sort = m_model->contactSort()] { return service->ids(filter, sort); }));
}

void ContactsView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_tagButton->setEnabled(any);
    m_ownerButton->setEnabled(any && !m_users.isEmpty());
    m_deleteButton->setEnabled(any);
}

void ContactsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

ContactDetail *ContactsView::openContact(const QString &contactId)
{
    auto *detail = new ContactDetail(m_contacts, m_companies, m_activities, m_users, m_actor, contactId, this);
    detail->setWindowFlag(Qt::Window);
    connect(detail, &ContactDetail::saved, this,
            [this](const QString &) { Q_EMIT statusMessage(tr("Contact saved.")); });
    detail->show();
    return detail;
}

void ContactsView::deleteSelection()
{
    withSelectedIds([this](const QStringList &ids) {
        if (ids.isEmpty())
            return;
        m_undoStack.push(new DeleteContactsCommand(m_contacts, m_runner, m_actor, ids));
        m_table->clearSelection();
        Q_EMIT statusMessage(tr("Deleted %n contact(s). Undo with Ctrl+Z.", nullptr, int(ids.size())));
    });
}

void ContactsView::addTagToSelection()
{
    withSelectedIds([this](const QStringList &ids) { askForTag(ids); });
}

void ContactsView::askForTag(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("addTagDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add tag"));
    dialog->setLabelText(tr("Tag for %n contact(s):", nullptr, int(ids.size())));
    dialog->setComboBoxEditable(true);
    QStringList tags;
    for (int i = 1; i < m_tag->count(); ++i)
        tags << m_tag->itemData(i).toString();
    dialog->setComboBoxItems(tags);
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString &text) {
        const QString tag = text.trimmed();
        if (tag.isEmpty())
            return;
        m_undoStack.push(new AddTagCommand(m_contacts, m_runner, m_actor, ids, tag));
    });
    dialog->open();
}

void ContactsView::assignOwnerToSelection()
{
    withSelectedIds([this](const QStringList &ids) { askForOwner(ids); });
}

void ContactsView::askForOwner(const QStringList &ids)
{
    if (ids.isEmpty() || m_users.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("assignOwnerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Assign owner"));
    dialog->setLabelText(tr("Owner for %n contact(s):", nullptr, int(ids.size())));
    QStringList names;
    for (const Domain::User &user : std::as_const(m_users))
        names << user.name;
    dialog->setComboBoxItems(names);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids, names](const QString &name) {
        const int index = int(names.indexOf(name));
        if (index < 0)
            return;
        const Domain::User &user = m_users.at(index);
        m_undoStack.push(new AssignOwnerCommand(m_contacts, m_runner, m_actor, ids, user.id, user.name));
    });
    dialog->open();
}

void ContactsView::refresh()
{
    m_model->refresh();
    loadTags();
}

} // namespace Leadline::Ui
