#include "ui/companies/companydetail.h"

#include "models/activities/timelinemodel.h"
#include "services/contacts/companyservice.h"
#include "ui/common/wheelneedsfocus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

namespace {
// Field keys match CompanyService::validate's.
const QStringList FieldKeys{QStringLiteral("name"),    QStringLiteral("domain"),        QStringLiteral("industry"),
                            QStringLiteral("size"),    QStringLiteral("annualRevenue"), QStringLiteral("phone"),
                            QStringLiteral("website"), QStringLiteral("street"),        QStringLiteral("postalCode"),
                            QStringLiteral("city"),    QStringLiteral("region"),        QStringLiteral("country")};
} // namespace

CompanyDetail::CompanyDetail(Contacts::CompanyService &companies, Activities::ActivityService &activities,
                             const QList<Domain::User> &users, const Domain::Actor &actor, const QString &companyId,
                             QWidget *parent)
    : QDialog(parent)
    , m_companies(companies)
    , m_activities(activities)
    , m_users(users)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("companyDetail"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(companyId.isEmpty() ? tr("New company") : tr("Company"));
    m_timeline = new Models::TimelineModel(m_activities, this);

    const QStringList labels{tr("&Name:"),          tr("&Domain:"), tr("&Industry:"), tr("Employees:"),
                             tr("Annual revenue:"), tr("&Phone:"),  tr("Website:"),   tr("Street:"),
                             tr("Postal code:"),    tr("City:"),    tr("Region:"),    tr("Country:")};
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &key) {
        field->setObjectName(key);
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + key);
        error->setStyleSheet(QStringLiteral("color: #c62828;"));
        error->hide();
        m_errorLabels.insert(key, error);
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(error);
        form->addRow(label, box);
    };
    for (int i = 0; i < FieldKeys.size(); ++i) {
        auto *edit = new QLineEdit(this);
        m_fields.insert(FieldKeys.at(i), edit);
        addRow(labels.at(i), edit, FieldKeys.at(i));
    }
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(nobody)"), QString());
    for (const Domain::User &user : std::as_const(m_users))
        m_owner->addItem(user.name, user.id);
    addRow(tr("&Owner:"), m_owner, QStringLiteral("ownerId"));

    auto *contactsBox = new QGroupBox(tr("Contacts"));
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    m_contactsList = new QListWidget(this);
    m_contactsList->setObjectName(QStringLiteral("companyContacts"));
    contactsLayout->addWidget(m_contactsList);
    connect(m_contactsList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT contactRequested(item->data(Qt::UserRole).toString()); });
    auto *timelineBox = new QGroupBox(tr("Activity"));
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    auto *timelineView = new QListView(this);
    timelineView->setObjectName(QStringLiteral("timeline"));
    timelineView->setModel(m_timeline);
    timelineView->setWordWrap(true);
    timelineView->setAlternatingRowColors(true);
    timelineLayout->addWidget(timelineView);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(contactsBox);
    right->addWidget(timelineBox);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(formWidget);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("detailError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->hide();
    m_savedLabel = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveCompany"));
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

    if (companyId.isEmpty()) {
        fill(m_company);
        m_loaded = true;
    } else {
        load(companyId);
    }
    WheelNeedsFocus::installOnChildren(this);
    resize(900, 620);
}

CompanyDetail::~CompanyDetail() = default;

void CompanyDetail::load(const QString &id)
{
    auto *watcher = new QFutureWatcher<Expected<Domain::Company>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result) {
            showErrors({{QStringLiteral("detail"), result.error().message()}});
            return;
        }
        fill(*result);
        m_loaded = true;
        loadContacts();
    });
    watcher->setFuture(QtConcurrent::run([service = &m_companies, id] { return service->get(id); }));
}

void CompanyDetail::loadContacts()
{
    auto *watcher = new QFutureWatcher<Expected<QList<Domain::Contact>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        m_contactsList->clear();
        if (!result)
            return;
        for (const Domain::Contact &contact : *result) {
            QString text = contact.displayName();
            if (!contact.title.isEmpty())
                text += QStringLiteral(" — ") + contact.title;
            auto *item = new QListWidgetItem(text, m_contactsList);
            item->setData(Qt::UserRole, contact.id);
            item->setToolTip(contact.email);
        }
    });
    watcher->setFuture(
        QtConcurrent::run([service = &m_companies, id = m_company.id] { return service->contactsOf(id); }));
}

void CompanyDetail::fill(const Domain::Company &company)
{
    m_company = company;
    if (!company.id.isEmpty())
        setWindowTitle(tr("Company: %1").arg(company.name));
    const QLocale locale;
    m_fields.value(QStringLiteral("name"))->setText(company.name);
    m_fields.value(QStringLiteral("domain"))->setText(company.domain);
    m_fields.value(QStringLiteral("industry"))->setText(company.industry);
    m_fields.value(QStringLiteral("size"))->setText(company.size ? QString::number(*company.size) : QString());
    m_fields.value(QStringLiteral("annualRevenue"))
        ->setText(company.annualRevenue ? QString::number(*company.annualRevenue, 'f', 0) : QString());
    m_fields.value(QStringLiteral("phone"))->setText(company.phone);
    m_fields.value(QStringLiteral("website"))->setText(company.website);
    m_fields.value(QStringLiteral("street"))->setText(company.address.street);
    m_fields.value(QStringLiteral("postalCode"))->setText(company.address.postalCode);
    m_fields.value(QStringLiteral("city"))->setText(company.address.city);
    m_fields.value(QStringLiteral("region"))->setText(company.address.region);
    m_fields.value(QStringLiteral("country"))->setText(company.address.country);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(company.ownerId)));
    m_saveButton->setEnabled(true);
    if (!company.id.isEmpty() && m_timeline->entityId() != company.id)
        m_timeline->setEntity(Domain::EntityType::Company, company.id);
}

Domain::Company CompanyDetail::collect(QHash<QString, QString> &errors) const
{
    Domain::Company company = m_company;
    const auto text = [this](const char *key) { return m_fields.value(QLatin1String(key))->text().trimmed(); };
    company.name = text("name");
    company.domain = text("domain");
    company.industry = text("industry");
    company.size.reset();
    if (const QString size = text("size"); !size.isEmpty()) {
        bool ok = false;
        const int value = size.toInt(&ok);
        if (ok && value >= 0)
            company.size = value;
        else
            errors.insert(QStringLiteral("size"), tr("Employees must be a whole number, not “%1”.").arg(size));
    }
    company.annualRevenue.reset();
    if (const QString revenue = text("annualRevenue"); !revenue.isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(revenue, &ok);
        const double plain = ok ? value : revenue.toDouble(&ok);
        if (ok)
            company.annualRevenue = plain;
        else
            errors.insert(QStringLiteral("annualRevenue"),
                          tr("Annual revenue must be a number, not “%1”.").arg(revenue));
    }
    company.phone = text("phone");
    company.website = text("website");
    company.address.street = text("street");
    company.address.postalCode = text("postalCode");
    company.address.city = text("city");
    company.address.region = text("region");
    company.address.country = text("country");
    company.ownerId = m_owner->currentData().toString();
    return company;
}

void CompanyDetail::showErrors(const QHash<QString, QString> &errors)
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

bool CompanyDetail::save()
{
    if (!m_loaded)
        return false;
    QHash<QString, QString> errors;
    Domain::Company company = collect(errors);
    const QMap<QString, QString> problems = m_companies.validate(company);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        errors.insert(it.key(), it.value());
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    const bool creating = company.id.isEmpty();
    auto stored = creating ? m_companies.create(company, m_actor) : m_companies.update(company, m_actor);
    if (!stored) {
        showErrors({{QStringLiteral("detail"), stored.error().message()}});
        return false;
    }
    showErrors({});
    fill(*stored);
    m_timeline->reload();
    m_savedLabel->setText(creating ? tr("Company created.") : tr("Saved."));
    Q_EMIT saved(stored->id);
    return true;
}

} // namespace Leadline::Ui
