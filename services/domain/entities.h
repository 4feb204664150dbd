#pragma once

#include "services/domain/enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Plain value types for the core records. Services fill and validate them; no behaviour here.
namespace Leadline::Domain {

struct Address
{
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2 where known

    bool operator==(const Address &) const = default;
};

// Who made a change; an empty userId means the system (imports, sync, automations).
struct Actor
{
    QString userId;
};

struct User
{
    QString id;
    QString name;
    QString email;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Company
{
    QString id;
    QString name;
    QString domain;
    QString industry;
    std::optional<int> size;             // employees
    std::optional<double> annualRevenue; // in the account currency
    Address address;
    QString phone;                       // E.164
    QString website;
    QString ownerId;
    QJsonObject customFields;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
};

struct Contact
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;            // primary; unique (case-insensitive) among live contacts
    QStringList otherEmails;
    QString phone;            // primary, E.164
    QStringList otherPhones;  // E.164
    QString title;
    QString companyId;
    QString companyName;      // read-only: follows the company
    Address address;
    QString timeZone;         // IANA id, e.g. "Europe/Berlin"
    LifecycleStage lifecycleStage = LifecycleStage::Lead;
    QMap<Channel, OptInStatus> optIn; // missing channel = Unknown
    bool doNotContact = false;
    QStringList tags;         // tag names
    QString ownerId;
    LeadSource source = LeadSource::Unknown;
    QString externalId;
    QJsonObject customFields;
    QString importBatchId;    // the import that created it, if any (revert removes it)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    QString displayName() const;
    OptInStatus optInFor(Channel channel) const { return optIn.value(channel, OptInStatus::Unknown); }
    bool operator==(const Contact &) const = default;
};

struct PipelineStage
{
    QString id;
    QString name;
    int position = 0;
    StageKind kind = StageKind::Open;
    int probability = 0; // percent
};

struct Lead
{
    QString id;
    QString contactId;
    QString companyId;
    QString title;
    QString stageId;
    double stagePosition = 0;
    LeadStatus status = LeadStatus::New;
    LeadSource source = LeadSource::Unknown;
    Priority priority = Priority::Medium;
    qint64 valueCents = 0;
    QString currency = QStringLiteral("EUR");
    QDateTime expectedClose;
    QString ownerId;
    int score = 0;
    QDateTime closedAt;
    QString lostReason;
    QJsonObject customFields;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
};

enum class EntityType { Contact, Company, Lead, Campaign };
QString entityTypeKey(EntityType type);

// One event on a contact, company or lead: a change (with old → new values), a logged
// call/note/meeting, or engagement from a campaign.
struct Activity
{
    QString id;
    ActivityType type = ActivityType::Note;
    EntityType entityType = EntityType::Contact;
    QString entityId;
    QString contactId; // whose timeline shows it
    QString leadId;
    QString companyId;
    QString userId;    // who; empty for the system
    QString subject;
    QString body;
    QJsonObject changes; // {"field": {"old": …, "new": …}}
    std::optional<Channel> channel;
    std::optional<int> durationSeconds;
    QDateTime occurredAt;
    QDateTime createdAt;
};

} // namespace Leadline::Domain
