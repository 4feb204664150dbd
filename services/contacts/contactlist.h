#pragma once

#include "services/domain/enums.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// What a contacts table asks for: one filter, one sort, a window of rows.
namespace Leadline::Contacts {

enum class ContactColumn {
    Name, // sorts by last name, then first name
    FirstName,
    LastName,
    Email,
    Phone,
    Company,
    Title,
    City,
    Country,
    LifecycleStage,
    Owner, // display only (not sortable)
    CreatedAt,
    UpdatedAt,
};
bool isSortable(ContactColumn column);

struct ContactFilter
{
    QString search; // full text over name, email, phone, company; every word a prefix
    std::optional<Domain::LifecycleStage> lifecycleStage;
    QString ownerId;
    QString companyId;
    QString tag; // tag name
    QString importBatchId; // the contacts this import created or updated


    bool operator==(const ContactFilter &) const = default;
};

struct ContactSort
{
    ContactColumn column = ContactColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ContactSort &) const = default;
};

// A light row for tables: only what the columns show.
struct ContactRow
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString companyName;
    QString title;
    QString city;
    QString country;
    Domain::LifecycleStage lifecycleStage = Domain::LifecycleStage::Lead;
    QString ownerName;
    QDateTime createdAt;
    QDateTime updatedAt;
    QVariant sortKey; // the value of the sort column, for keyset continuation (a QVariantList
                      // of last and first name for ContactColumn::Name); opaque to callers
};

// The position of a row in the sort order; fetching "after" it continues by keyset.
struct RowKey
{
    QVariant sortKey;
    QString id;
};

} // namespace Leadline::Contacts
