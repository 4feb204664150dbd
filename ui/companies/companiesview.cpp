#include "ui/companies/companiesview.h"

#include "models/contacts/companytablemodel.h"
#include "ui/companies/companydetail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Leadline::Ui {

using Models::CompanyTableModel;

namespace {
const QString HeaderStateKey = QStringLiteral("companies/headerState");
}

CompaniesView::CompaniesView(Contacts::CompanyService &companies, Contacts::ContactService &contacts,
                             Activities::ActivityService &activities, QWidget *parent)
    : QWidget(parent)
    , m_companies(companies)
    , m_contacts(contacts)
    , m_activities(activities)
{
    setObjectName(QStringLiteral("companiesView"));
    m_model = new CompanyTableModel(m_companies, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setPlaceholderText(tr("Search company name or domain (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    auto *newCompany = new QPushButton(tr("New company…"), this);
    newCompany->setObjectName(QStringLiteral("newCompany"));
    connect(newCompany, &QPushButton::clicked, this, [this] { openCompany({}); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("companiesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(CompanyTableModel::Name, 240);
    header->resizeSection(CompanyTableModel::Domain, 180);
    header->resizeSection(CompanyTableModel::Industry, 160);
    header->setSortIndicator(CompanyTableModel::Name, Qt::AscendingOrder);
    header->restoreState(QSettings().value(HeaderStateKey).toByteArray());
    m_table->setSortingEnabled(true);
    const auto save = [this] { QSettings().setValue(HeaderStateKey, m_table->horizontalHeader()->saveState()); };
    connect(header, &QHeaderView::sectionResized, this, save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, save);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->companyIdAt(index);
        if (!id.isEmpty())
            openCompany(id);
    });
    connect(m_model, &CompanyTableModel::errorOccurred, this, &CompaniesView::statusMessage);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newCompany);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

CompaniesView::~CompaniesView() = default;

void CompaniesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

CompanyDetail *CompaniesView::openCompany(const QString &companyId)
{
    auto *detail = new CompanyDetail(m_companies, m_activities, m_users, m_actor, companyId, this);
    detail->setWindowFlag(Qt::Window);
    connect(detail, &CompanyDetail::saved, this, [this] { Q_EMIT statusMessage(tr("Company saved.")); });
    connect(detail, &CompanyDetail::contactRequested, this, &CompaniesView::contactRequested);
    detail->show();
    return detail;
}

void CompaniesView::refresh()
{
    m_model->refresh();
}

} // namespace Leadline::Ui
