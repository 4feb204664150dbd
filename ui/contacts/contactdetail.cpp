#include "ui/contacts/contactdetail.h"

#include "models/activities/timelinemodel.h"
#include "services/activities/activityservice.h"
#include "services/contacts/companyservice.h"
#include "services/contacts/contactservice.h"
#include "services/importexport/importrowparser.h"
#include "ui/common/wheelneedsfocus.h"
#include "ui/contacts/logactivitydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

namespace {

// What the form changed (from asFilled to edited) applied to the contact as stored now: one
// changed elsewhere while the form was open (an import undone, a teammate's edit) keeps those
// changes in every field the form did not touch, instead of getting the form's old values back.
Domain::Contact withChangesOnto(Domain::Contact stored, const Domain::Contact &asFilled, const Domain::Contact &edited,
                                bool companyChanged)
{
    const auto take = [](auto &into, const auto &before, const auto &after) {
        if (before != after)
            into = after;
    };
    take(stored.firstName, asFilled.firstName, edited.firstName);
    take(stored.lastName, asFilled.lastName, edited.lastName);
    take(stored.email, asFilled.email, edited.email);
    take(stored.otherEmails, asFilled.otherEmails, edited.otherEmails);
    take(stored.phone, asFilled.phone, edited.phone);
    take(stored.otherPhones, asFilled.otherPhones, edited.otherPhones);
    take(stored.title, asFilled.title, edited.title);
    take(stored.address.street, asFilled.address.street, edited.address.street);
    take(stored.address.postalCode, asFilled.address.postalCode, edited.address.postalCode);
    take(stored.address.city, asFilled.address.city, edited.address.city);
    take(stored.address.region, asFilled.address.region, edited.address.region);
    take(stored.address.country, asFilled.address.country, edited.address.country);
    take(stored.timeZone, asFilled.timeZone, edited.timeZone);
    take(stored.lifecycleStage, asFilled.lifecycleStage, edited.lifecycleStage);
    for (const Domain::Channel channel : Domain::allValues<Domain::Channel>())
        if (asFilled.optInFor(channel) != edited.optInFor(channel))
            stored.optIn.insert(channel, edited.optInFor(channel));
    take(stored.doNotContact, asFilled.doNotContact, edited.doNotContact);
    take(stored.tags, asFilled.tags, edited.tags);
    take(stored.ownerId, asFilled.ownerId, edited.ownerId);
    take(stored.source, asFilled.source, edited.source);
    take(stored.externalId, asFilled.externalId, edited.externalId);
    take(stored.customFields, asFilled.customFields, edited.customFields);
    if (companyChanged) {
        stored.companyId = edited.companyId;
        stored.companyName = edited.companyName;
    }
    return stored;
}

// Lists edited as one line, split and joined as imports and exports do: at "," and ";", a
// value holding one in quotes ("Big, Spender").
QStringList splitList(const QString &text)
{
    return ImportExport::ImportRowParser::splitQuotedList(text, ImportExport::ImportRowParser::ListSeparators::WithComma);
}

QString joinList(const QStringList &values)
{
    return ImportExport::ImportRowParser::joinList(values, QStringLiteral(", "));
}

template <typename E> void fillEnumCombo(QComboBox *combo)
{
    for (E value : Domain::allValues<E>())
        combo->addItem(Domain::displayName(value), Domain::toKey(value));
}

template <typename E> void selectEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(Domain::toKey(value))));
}

template <typename E> E selectedEnum(const QComboBox *combo, E fallback)
{
    return Domain::fromKeyOr<E>(combo->currentData().toString(), fallback);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

ContactDetail::ContactDetail(Contacts::ContactService &contacts, Contacts::CompanyService &companies,
                             Activities::ActivityService &activities, const QList<Domain::User> &users,
                             const Domain::Actor &actor, const QString &contactId, QWidget *parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_activities(activities)
    , m_users(users)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("contactDetail"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(contactId.isEmpty() ? tr("New contact") : tr("Contact"));
    m_timeline = new Models::TimelineModel(m_activities, this);
    buildForm();
    if (contactId.isEmpty()) {
        m_contact.source = Domain::LeadSource::Manual;
        fill(m_contact);
        m_loaded = true;
    } else {
        load(contactId);
    }
    resize(980, 720);
}

ContactDetail::~ContactDetail() = default;

QLabel *ContactDetail::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

void ContactDetail::buildForm()
{
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [&](const QString &label, QWidget *field, const QString &key) {
        field->setObjectName(key);
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(errorLabel(key));
        form->addRow(label, box);
    };
    const auto lineEdit = [this] { return new QLineEdit(this); };

    m_firstName = lineEdit();
    addField(tr("&First name:"), m_firstName, QStringLiteral("firstName"));
    m_lastName = lineEdit();
    addField(tr("&Last name:"), m_lastName, QStringLiteral("lastName"));
    m_email = lineEdit();
    addField(tr("&Email:"), m_email, QStringLiteral("email"));
    m_otherEmails = lineEdit();
    m_otherEmails->setPlaceholderText(tr("Separated by commas"));
    addField(tr("Other emails:"), m_otherEmails, QStringLiteral("otherEmails"));
    m_phone = lineEdit();
    addField(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    m_otherPhones = lineEdit();
    m_otherPhones->setPlaceholderText(tr("Separated by commas"));
    addField(tr("Other phones:"), m_otherPhones, QStringLiteral("otherPhones"));
    m_title = lineEdit();
    addField(tr("&Title:"), m_title, QStringLiteral("title"));

    m_company = lineEdit();
    m_company->setPlaceholderText(tr("Type to pick an existing company"));
    m_companyNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_companyNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(completer);
    m_companyLookup = new QTimer(this);
    m_companyLookup->setSingleShot(true);
    m_companyLookup->setInterval(200);
    connect(m_companyLookup, &QTimer::timeout, this, [this] { lookUpCompanies(m_company->text()); });
    connect(m_company, &QLineEdit::textEdited, m_companyLookup, qOverload<>(&QTimer::start));
    addField(tr("&Company:"), m_company, QStringLiteral("company"));

    m_street = lineEdit();
    addField(tr("Street:"), m_street, QStringLiteral("street"));
    m_postalCode = lineEdit();
    addField(tr("Postal code:"), m_postalCode, QStringLiteral("postalCode"));
    m_city = lineEdit();
    addField(tr("City:"), m_city, QStringLiteral("city"));
    m_region = lineEdit();
    addField(tr("Region:"), m_region, QStringLiteral("region"));
    m_country = lineEdit();
    m_country->setPlaceholderText(tr("Two-letter code, e.g. DE"));
    addField(tr("Country:"), m_country, QStringLiteral("country"));

    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QString());
    const auto zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromLatin1(zone));
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    addField(tr("Time zone:"), m_timeZone, QStringLiteral("timeZone"));

    m_lifecycle = new QComboBox(this);
    fillEnumCombo<Domain::LifecycleStage>(m_lifecycle);
    addField(tr("L&ifecycle stage:"), m_lifecycle, QStringLiteral("lifecycleStage"));

    auto *consent = new QWidget;
    auto *consentLayout = new QFormLayout(consent);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    for (Domain::Channel channel : Domain::allValues<Domain::Channel>()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("optIn_") + Domain::toKey(channel));
        fillEnumCombo<Domain::OptInStatus>(combo);
        m_optIn.insert(channel, combo);
        consentLayout->addRow(Domain::displayName(channel) + QLatin1Char(':'), combo);
    }
    m_doNotContact = new QCheckBox(tr("Do not contact"), this);
    consentLayout->addRow(m_doNotContact);
    addField(tr("Consent:"), consent, QStringLiteral("optIn"));
    m_doNotContact->setObjectName(QStringLiteral("doNotContact"));

    m_tags = lineEdit();
    m_tags->setPlaceholderText(tr("Separated by commas"));
    addField(tr("Ta&gs:"), m_tags, QStringLiteral("tags"));

    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(nobody)"), QString());
    for (const Domain::User &user : std::as_const(m_users))
        m_owner->addItem(user.name, user.id);
    addField(tr("&Owner:"), m_owner, QStringLiteral("ownerId"));

    m_source = new QComboBox(this);
    fillEnumCombo<Domain::LeadSource>(m_source);
    addField(tr("Source:"), m_source, QStringLiteral("source"));

    m_customFields = new QTableWidget(0, 2, this);
    m_customFields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_customFields->horizontalHeader()->setStretchLastSection(true);
    m_customFields->verticalHeader()->hide();
    m_customFields->setMinimumHeight(110);
    auto *customBox = new QWidget;
    auto *customLayout = new QVBoxLayout(customBox);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(m_customFields);
    auto *customButtons = new QHBoxLayout;
    auto *addRow = new QPushButton(tr("Add field"), this);
    addRow->setObjectName(QStringLiteral("addCustomField"));
    auto *removeRow = new QPushButton(tr("Remove field"), this);
    customButtons->addWidget(addRow);
    customButtons->addWidget(removeRow);
    customButtons->addStretch();
    customLayout->addLayout(customButtons);
    connect(addRow, &QPushButton::clicked, this, [this] {
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setCurrentCell(row, 0);
        m_customFields->editItem(m_customFields->item(row, 0) ? m_customFields->item(row, 0) : nullptr);
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_customFields->currentRow() >= 0)
            m_customFields->removeRow(m_customFields->currentRow());
    });
    addField(tr("Custom fields:"), customBox, QStringLiteral("customFields"));

    WheelNeedsFocus::installOnChildren(formWidget);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Right: the timeline and the buttons to log by hand.
    auto *timelineBox = new QGroupBox(tr("Activity"));
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    auto *logButtons = new QHBoxLayout;
    const auto logButton = [&](const QString &text, const QString &name, Domain::ActivityType type) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, type] { logActivity(type); });
        logButtons->addWidget(button);
        return button;
    };
    logButton(tr("Add &note…"), QStringLiteral("logNote"), Domain::ActivityType::Note);
    logButton(tr("Log &call…"), QStringLiteral("logCall"), Domain::ActivityType::Call);
    logButton(tr("Log &meeting…"), QStringLiteral("logMeeting"), Domain::ActivityType::Meeting);
    logButtons->addStretch();
    timelineLayout->addLayout(logButtons);
    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setSpacing(2);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    timelineLayout->addWidget(m_timelineView);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("detailError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveContact"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_generalError);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_savedLabel, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

void ContactDetail::load(const QString &id)
{
    m_savedLabel->setText(tr("Loading…"));
    auto *watcher = new QFutureWatcher<Expected<Domain::Contact>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        m_savedLabel->clear();
        if (!result) {
            m_generalError->setText(result.error().message());
            m_generalError->show();
            return;
        }
        fill(*result);
        m_loaded = true;
    });
    watcher->setFuture(QtConcurrent::run([service = &m_contacts, id] { return service->get(id); }));
}

void ContactDetail::fill(const Domain::Contact &contact)
{
    m_contact = contact;
    if (!contact.id.isEmpty())
        setWindowTitle(tr("Contact: %1").arg(contact.displayName()));
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_email->setText(contact.email);
    m_otherEmails->setText(joinList(contact.otherEmails));
    m_phone->setText(contact.phone);
    m_otherPhones->setText(joinList(contact.otherPhones));
    m_title->setText(contact.title);
    m_company->setText(contact.companyName);
    m_street->setText(contact.address.street);
    m_postalCode->setText(contact.address.postalCode);
    m_city->setText(contact.address.city);
    m_region->setText(contact.address.region);
    m_country->setText(contact.address.country);
    m_timeZone->setCurrentText(contact.timeZone);
    selectEnum(m_lifecycle, contact.lifecycleStage);
    for (auto it = m_optIn.cbegin(); it != m_optIn.cend(); ++it)
        selectEnum(it.value(), contact.optInFor(it.key()));
    m_doNotContact->setChecked(contact.doNotContact);
    m_tags->setText(joinList(contact.tags));
    int owner = m_owner->findData(contact.ownerId);
    if (owner < 0 && !contact.ownerId.isEmpty()) {
        m_owner->addItem(contact.ownerId, contact.ownerId); // an owner not in the user list
        owner = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(std::max(0, owner));
    selectEnum(m_source, contact.source);
    m_customFields->setRowCount(0);
    for (auto it = contact.customFields.begin(); it != contact.customFields.end(); ++it) {
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_customFields->setItem(row, 1, new QTableWidgetItem(jsonText(it.value())));
    }
    m_saveButton->setEnabled(true);
    if (!contact.id.isEmpty() && m_timeline->entityId() != contact.id)
        m_timeline->setEntity(Domain::EntityType::Contact, contact.id);
    m_asFilled = collect();
    m_companyAsFilled = m_company->text().trimmed();
}

bool ContactDetail::isModified() const
{
    // The company is typed by name and resolved only when saving: compared as typed.
    return m_loaded && (collect() != m_asFilled || m_company->text().trimmed() != m_companyAsFilled);
}

void ContactDetail::reject()
{
    // Close, Escape and the window's own button all end here.
    if (!isModified() || m_discarding) {
        QDialog::reject();
        return;
    }
    if (auto *asked = findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion")); asked && asked->isVisible()) {
        asked->raise(); // asked once
        return;
    }
    auto *question =
        new QMessageBox(QMessageBox::Question, windowTitle(),
                        m_contact.id.isEmpty() ? tr("Save the new contact?")
                                               : tr("Save your changes to %1?").arg(m_contact.displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("unsavedChangesQuestion"));
    question->setInformativeText(tr("If you don't save, your changes are lost."));
    question->setDefaultButton(QMessageBox::Save);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question] {
        const QMessageBox::StandardButton answer = question->standardButton(question->clickedButton());
        const bool closing = answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
        if (closing) {
            m_discarding = true;
            close();
        }
        Q_EMIT closeAnswered(closing);
    });
    question->open();
}

Domain::Contact ContactDetail::collect() const
{
    Domain::Contact contact = m_contact;
    contact.firstName = m_firstName->text().trimmed();
    contact.lastName = m_lastName->text().trimmed();
    contact.email = m_email->text().trimmed();
    contact.otherEmails = splitList(m_otherEmails->text());
    contact.phone = m_phone->text().trimmed();
    contact.otherPhones = splitList(m_otherPhones->text());
    contact.title = m_title->text().trimmed();
    contact.address.street = m_street->text().trimmed();
    contact.address.postalCode = m_postalCode->text().trimmed();
    contact.address.city = m_city->text().trimmed();
    contact.address.region = m_region->text().trimmed();
    contact.address.country = m_country->text().trimmed();
    contact.timeZone = m_timeZone->currentText().trimmed();
    contact.lifecycleStage = selectedEnum(m_lifecycle, contact.lifecycleStage);
    contact.optIn.clear();
    for (auto it = m_optIn.cbegin(); it != m_optIn.cend(); ++it) {
        const auto status = selectedEnum(it.value(), Domain::OptInStatus::Unknown);
        if (status != Domain::OptInStatus::Unknown)
            contact.optIn.insert(it.key(), status);
    }
    contact.doNotContact = m_doNotContact->isChecked();
    contact.tags = splitList(m_tags->text());
    contact.ownerId = m_owner->currentData().toString();
    contact.source = selectedEnum(m_source, contact.source);
    QJsonObject custom;
    for (int row = 0; row < m_customFields->rowCount(); ++row) {
        const QTableWidgetItem *key = m_customFields->item(row, 0);
        const QTableWidgetItem *value = m_customFields->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        const QString text = value ? value->text() : QString();
        // Keep numbers and booleans the type they were, so an edit elsewhere does not turn
        // 42 into "42".
        const QJsonValue before = m_contact.customFields.value(name);
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (before.isDouble() && isNumber)
            custom.insert(name, number);
        else if (before.isBool() && (text == QLatin1String("true") || text == QLatin1String("false")))
            custom.insert(name, text == QLatin1String("true"));
        else
            custom.insert(name, text);
    }
    contact.customFields = custom;
    return contact;
}

void ContactDetail::showErrors(const QHash<QString, QString> &errors)
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    QStringList unplaced;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!m_errorLabels.contains(it.key()))
            unplaced << it.value();
    m_generalError->setText(unplaced.join(QLatin1Char('\n')));
    m_generalError->setVisible(!unplaced.isEmpty());
}

bool ContactDetail::save()
{
    if (!m_loaded)
        return false;
    m_savedLabel->clear();
    Domain::Contact contact = collect();
    QHash<QString, QString> errors;

    // The company must be one that exists: resolve the typed name (one indexed lookup).
    const QString companyName = m_company->text().trimmed();
    if (companyName.isEmpty()) {
        contact.companyId.clear();
        contact.companyName.clear();
    } else if (companyName.compare(m_contact.companyName, Qt::CaseInsensitive) != 0 || contact.companyId.isEmpty()) {
        auto company = m_companies.findByName(companyName);
        if (company) {
            contact.companyId = company->id;
            contact.companyName = company->name;
        } else if (company.error().code() == ErrorCode::NotFound) {
            errors.insert(QStringLiteral("company"),
                          tr("There is no company named “%1”; create it under Companies first.").arg(companyName));
        } else {
            errors.insert(QStringLiteral("company"), company.error().message());
        }
    }

    if (!contact.id.isEmpty()) {
        // Read again: saving writes what the form changed, not what it showed when opened.
        auto current = m_contacts.get(contact.id);
        if (!current) {
            showErrors({{QStringLiteral("detail"), current.error().message()}});
            return false;
        }
        contact = withChangesOnto(*current, m_asFilled, contact, companyName != m_companyAsFilled);
    }

    const QList<Contacts::FieldError> problems = m_contacts.validate(contact);
    for (const Contacts::FieldError &problem : problems) {
        // "otherPhones[1]" is shown next to the other-phones field.
        QString field = problem.field.section(QLatin1Char('['), 0, 0);
        if (field == QLatin1String("name"))
            field = QStringLiteral("firstName");
        else if (field == QLatin1String("companyId"))
            field = QStringLiteral("company");
        const QString key = m_errorLabels.contains(field) ? field : problem.field;
        const QString previous = errors.value(key);
        errors.insert(key,
                      previous.isEmpty() ? problem.message : QString(previous + QLatin1Char('\n') + problem.message));
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }

    const bool creating = contact.id.isEmpty();
    auto stored = creating ? m_contacts.create(contact, m_actor) : m_contacts.update(contact, m_actor);
    if (!stored) {
        showErrors({{QStringLiteral("detail"), stored.error().message()}});
        return false;
    }
    showErrors({});
    fill(*stored);
    m_timeline->reload();
    m_savedLabel->setText(creating ? tr("Contact created.") : tr("Saved."));
    Q_EMIT saved(stored->id);
    return true;
}

void ContactDetail::logActivity(Domain::ActivityType type)
{
    if (m_contact.id.isEmpty()) {
        m_savedLabel->setText(tr("Save the contact first."));
        return;
    }
    auto *dialog = new LogActivityDialog(type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Domain::Activity activity = dialog->activity();
        activity.entityType = Domain::EntityType::Contact;
        activity.entityId = m_contact.id;
        activity.contactId = m_contact.id;
        activity.companyId = m_contact.companyId;
        activity.userId = m_actor.userId;
        auto logged = m_activities.log(activity);
        if (!logged) {
            showErrors({{QStringLiteral("detail"), logged.error().message()}});
            return;
        }
        m_timeline->reload();
    });
    dialog->open();
}

void ContactDetail::lookUpCompanies(const QString &text)
{
    const QString search = text.trimmed();
    if (search.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Expected<QList<Contacts::CompanyRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result)
            return;
        QStringList names;
        for (const auto &row : *result)
            names << row.name;
        m_companyNames->setStringList(names);
        if (m_company->hasFocus() && m_company->completer())
            m_company->completer()->complete();
    });
    watcher->setFuture(QtConcurrent::run([service = &m_companies, search] {
        return service->page(search, Contacts::CompanyColumn::Name, Qt::AscendingOrder, 0, 20);
    }));
}

} // namespace Leadline::Ui
