#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Contacts {

struct CompanyRow
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    std::optional<int> size;
    std::optional<double> annualRevenue;
    QString city;
    QString country;
    qint64 contactCount = 0;
};

enum class CompanyColumn { Name, Domain, Industry, Size, AnnualRevenue, City, Country, Contacts };

// Companies: create, edit, soft delete, list with paging, the contacts of one company.
// Every change writes an activity in the same transaction. Thread-safe like ContactService.
class CompanyService : public QObject
{
    Q_OBJECT
public:
    CompanyService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~CompanyService() override;

    // field → message for inline display; empty when it can be saved. Normalises the domain
    // ("https://www.Acme.com/" → "acme.com") and the phone.
    QMap<QString, QString> validate(Domain::Company &company) const;

    Expected<Domain::Company> get(const QString &id) const;
    Expected<Domain::Company> findByDomain(const QString &domain) const;
    Expected<Domain::Company> findByName(const QString &name) const; // case-insensitive, live only
    Expected<Domain::Company> create(Domain::Company company, const Domain::Actor &actor = {});
    // The live company of this name, made when there is none.
    Expected<Domain::Company> findOrCreateByName(const QString &name, const Domain::Actor &actor = {});
    Expected<Domain::Company> update(Domain::Company company, const Domain::Actor &actor = {});
    Result remove(const QStringList &ids, const Domain::Actor &actor = {});
    Result restore(const QStringList &ids, const Domain::Actor &actor = {});

    // Worker-thread calls: count and pages (search matches name or domain prefix).
    Expected<qint64> count(const QString &search) const;
    Expected<QList<CompanyRow>> page(const QString &search, CompanyColumn sortColumn, Qt::SortOrder order,
                                     qint64 offset, int limit) const;
    Expected<QList<Domain::Contact>> contactsOf(const QString &companyId, int limit = 500) const;

Q_SIGNALS:
    void companiesChanged(const QStringList &ids);
    void companiesRemoved(const QStringList &ids);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Contacts
