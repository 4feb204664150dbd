#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The 13 domain enums. Each is stored as lower_snake text guarded by a CHECK constraint
// in SQL; toKey/fromKey convert, displayName gives the translated label.
namespace Leadline::Domain {

enum class LifecycleStage { Subscriber, Lead, MarketingQualifiedLead, SalesQualifiedLead, Opportunity, Customer, Evangelist, Other };
enum class OptInStatus { Unknown, Pending, OptedIn, DoubleOptedIn, OptedOut };
enum class LeadStatus { New, Contacted, Working, Nurturing, Qualified, Unqualified, Converted };
enum class StageKind { Open, Won, Lost };
enum class LeadSource { Unknown, Manual, Import, Website, Referral, Campaign, Social, Advertising, Event, Partner, ColdOutreach, Api };
enum class Priority { Low, Medium, High, Urgent };
enum class ScoreType { Demographic, Firmographic, Behavioral, Engagement, Intent, Source, Recency };
enum class Channel { Email, Sms, WhatsApp, Voice };
enum class CampaignType { Broadcast, Sequence, AbTest, Triggered };
enum class CampaignStatus { Draft, Scheduled, Running, Paused, Completed, Cancelled, Archived };
enum class EnrollmentStatus { Active, Paused, Completed, Exited, Unsubscribed, Bounced, Failed };
enum class MessageStatus { Queued, Sending, Sent, Delivered, Opened, Clicked, Replied, Bounced, Complained, Failed, Suppressed, Cancelled };
enum class ActivityType {
    Created, Updated, Deleted, Restored, Merged, Imported,
    Note, Call, Meeting, Task,
    StageChanged, OwnerChanged, StatusChanged, ScoreChanged,
    MessageQueued, MessageSent, MessageDelivered, MessageOpened, MessageClicked, MessageReplied,
    MessageBounced, MessageFailed, Unsubscribed, ConsentChanged, Enrolled, FormSubmitted, PageVisited
};

template<typename E>
struct EnumEntry
{
    E value;
    const char *key;     // stored form
    const char *display; // source text of the translated label (context "Enums")
};

template<typename E>
struct EnumInfo; // specialised below: name, entries

#define LEADLINE_ENUM_INFO(Type, ...)                                                \
    template<>                                                                       \
    struct EnumInfo<Type>                                                            \
    {                                                                                \
        static constexpr const char *name = #Type;                                   \
        static constexpr auto entries = std::to_array<EnumEntry<Type>>({__VA_ARGS__}); \
    };

LEADLINE_ENUM_INFO(LifecycleStage,
    {LifecycleStage::Subscriber, "subscriber", QT_TRANSLATE_NOOP("Enums", "Subscriber")},
    {LifecycleStage::Lead, "lead", QT_TRANSLATE_NOOP("Enums", "Lead")},
    {LifecycleStage::MarketingQualifiedLead, "marketing_qualified_lead", QT_TRANSLATE_NOOP("Enums", "Marketing qualified lead")},
    {LifecycleStage::SalesQualifiedLead, "sales_qualified_lead", QT_TRANSLATE_NOOP("Enums", "Sales qualified lead")},
    {LifecycleStage::Opportunity, "opportunity", QT_TRANSLATE_NOOP("Enums", "Opportunity")},
    {LifecycleStage::Customer, "customer", QT_TRANSLATE_NOOP("Enums", "Customer")},
    {LifecycleStage::Evangelist, "evangelist", QT_TRANSLATE_NOOP("Enums", "Evangelist")},
    {LifecycleStage::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")})

LEADLINE_ENUM_INFO(OptInStatus,
    {OptInStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")},
    {OptInStatus::Pending, "pending", QT_TRANSLATE_NOOP("Enums", "Pending confirmation")},
    {OptInStatus::OptedIn, "opted_in", QT_TRANSLATE_NOOP("Enums", "Opted in")},
    {OptInStatus::DoubleOptedIn, "double_opted_in", QT_TRANSLATE_NOOP("Enums", "Double opted in")},
    {OptInStatus::OptedOut, "opted_out", QT_TRANSLATE_NOOP("Enums", "Opted out")})

LEADLINE_ENUM_INFO(LeadStatus,
    {LeadStatus::New, "new", QT_TRANSLATE_NOOP("Enums", "New")},
    {LeadStatus::Contacted, "contacted", QT_TRANSLATE_NOOP("Enums", "Contacted")},
    {LeadStatus::Working, "working", QT_TRANSLATE_NOOP("Enums", "Working")},
    {LeadStatus::Nurturing, "nurturing", QT_TRANSLATE_NOOP("Enums", "Nurturing")},
    {LeadStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Enums", "Qualified")},
    {LeadStatus::Unqualified, "unqualified", QT_TRANSLATE_NOOP("Enums", "Unqualified")},
    {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("Enums", "Converted")})

LEADLINE_ENUM_INFO(StageKind,
    {StageKind::Open, "open", QT_TRANSLATE_NOOP("Enums", "Open")},
    {StageKind::Won, "won", QT_TRANSLATE_NOOP("Enums", "Won")},
    {StageKind::Lost, "lost", QT_TRANSLATE_NOOP("Enums", "Lost")})

LEADLINE_ENUM_INFO(LeadSource,
    {LeadSource::Unknown, "unknown", QT_TRANSLATE_NOOP("Enums", "Unknown")},
    {LeadSource::Manual, "manual", QT_TRANSLATE_NOOP("Enums", "Entered by hand")},
    {LeadSource::Import, "import", QT_TRANSLATE_NOOP("Enums", "Import")},
    {LeadSource::Website, "website", QT_TRANSLATE_NOOP("Enums", "Website")},
    {LeadSource::Referral, "referral", QT_TRANSLATE_NOOP("Enums", "Referral")},
    {LeadSource::Campaign, "campaign", QT_TRANSLATE_NOOP("Enums", "Campaign")},
    {LeadSource::Social, "social", QT_TRANSLATE_NOOP("Enums", "Social media")},
    {LeadSource::Advertising, "advertising", QT_TRANSLATE_NOOP("Enums", "Advertising")},
    {LeadSource::Event, "event", QT_TRANSLATE_NOOP("Enums", "Event")},
    {LeadSource::Partner, "partner", QT_TRANSLATE_NOOP("Enums", "Partner")},
    {LeadSource::ColdOutreach, "cold_outreach", QT_TRANSLATE_NOOP("Enums", "Cold outreach")},
    {LeadSource::Api, "api", QT_TRANSLATE_NOOP("Enums", "API")})

LEADLINE_ENUM_INFO(Priority,
    {Priority::Low, "low", QT_TRANSLATE_NOOP("Enums", "Low")},
    {Priority::Medium, "medium", QT_TRANSLATE_NOOP("Enums", "Medium")},
    {Priority::High, "high", QT_TRANSLATE_NOOP("Enums", "High")},
    {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("Enums", "Urgent")})

LEADLINE_ENUM_INFO(ScoreType,
    {ScoreType::Demographic, "demographic", QT_TRANSLATE_NOOP("Enums", "Demographic")},
    {ScoreType::Firmographic, "firmographic", QT_TRANSLATE_NOOP("Enums", "Firmographic")},
    {ScoreType::Behavioral, "behavioral", QT_TRANSLATE_NOOP("Enums", "Behavioral")},
    {ScoreType::Engagement, "engagement", QT_TRANSLATE_NOOP("Enums", "Engagement")},
    {ScoreType::Intent, "intent", QT_TRANSLATE_NOOP("Enums", "Intent")},
    {ScoreType::Source, "source", QT_TRANSLATE_NOOP("Enums", "Source")},
    {ScoreType::Recency, "recency", QT_TRANSLATE_NOOP("Enums", "Recency")})

LEADLINE_ENUM_INFO(Channel,
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Enums", "Email")},
    {Channel::Sms, "sms", QT_TRANSLATE_NOOP("Enums", "SMS")},
    {Channel::WhatsApp, "whatsapp", QT_TRANSLATE_NOOP("Enums", "WhatsApp")},
    {Channel::Voice, "voice", QT_TRANSLATE_NOOP("Enums", "Voice call")})

LEADLINE_ENUM_INFO(CampaignType,
    {CampaignType::Broadcast, "broadcast", QT_TRANSLATE_NOOP("Enums", "Broadcast")},
    {CampaignType::Sequence, "sequence", QT_TRANSLATE_NOOP("Enums", "Sequence")},
    {CampaignType::AbTest, "ab_test", QT_TRANSLATE_NOOP("Enums", "A/B test")},
    {CampaignType::Triggered, "triggered", QT_TRANSLATE_NOOP("Enums", "Triggered")})

LEADLINE_ENUM_INFO(CampaignStatus,
    {CampaignStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enums", "Draft")},
    {CampaignStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Enums", "Scheduled")},
    {CampaignStatus::Running, "running", QT_TRANSLATE_NOOP("Enums", "Running")},
    {CampaignStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enums", "Paused")},
    {CampaignStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed")},
    {CampaignStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled")},
    {CampaignStatus::Archived, "archived", QT_TRANSLATE_NOOP("Enums", "Archived")})

LEADLINE_ENUM_INFO(EnrollmentStatus,
    {EnrollmentStatus::Active, "active", QT_TRANSLATE_NOOP("Enums", "Active")},
    {EnrollmentStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enums", "Paused")},
    {EnrollmentStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed")},
    {EnrollmentStatus::Exited, "exited", QT_TRANSLATE_NOOP("Enums", "Exited")},
    {EnrollmentStatus::Unsubscribed, "unsubscribed", QT_TRANSLATE_NOOP("Enums", "Unsubscribed")},
    {EnrollmentStatus::Bounced, "bounced", QT_TRANSLATE_NOOP("Enums", "Bounced")},
    {EnrollmentStatus::Failed, "failed", QT_TRANSLATE_NOOP("Enums", "Failed")})

LEADLINE_ENUM_INFO(MessageStatus,
    {MessageStatus::Queued, "queued", QT_TRANSLATE_NOOP("Enums", "Queued")},
    {MessageStatus::Sending, "sending", QT_TRANSLATE_NOOP("Enums", "Sending")},
    {MessageStatus::Sent, "sent", QT_TRANSLATE_NOOP("Enums", "Sent")},
    {MessageStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("Enums", "Delivered")},
    {MessageStatus::Opened, "opened", QT_TRANSLATE_NOOP("Enums", "Opened")},
    {MessageStatus::Clicked, "clicked", QT_TRANSLATE_NOOP("Enums", "Clicked")},
    {MessageStatus::Replied, "replied", QT_TRANSLATE_NOOP("Enums", "Replied")},
    {MessageStatus::Bounced, "bounced", QT_TRANSLATE_NOOP("Enums", "Bounced")},
    {MessageStatus::Complained, "complained", QT_TRANSLATE_NOOP("Enums", "Marked as spam")},
    {MessageStatus::Failed, "failed", QT_TRANSLATE_NOOP("Enums", "Failed")},
    {MessageStatus::Suppressed, "suppressed", QT_TRANSLATE_NOOP("Enums", "Suppressed")},
    {MessageStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled")})

LEADLINE_ENUM_INFO(ActivityType,
    {ActivityType::Created, "created", QT_TRANSLATE_NOOP("Enums", "Created")},
    {ActivityType::Updated, "updated", QT_TRANSLATE_NOOP("Enums", "Updated")},
    {ActivityType::Deleted, "deleted", QT_TRANSLATE_NOOP("Enums", "Deleted")},
    {ActivityType::Restored, "restored", QT_TRANSLATE_NOOP("Enums", "Restored")},
    {ActivityType::Merged, "merged", QT_TRANSLATE_NOOP("Enums", "Merged")},
    {ActivityType::Imported, "imported", QT_TRANSLATE_NOOP("Enums", "Imported")},
    {ActivityType::Note, "note", QT_TRANSLATE_NOOP("Enums", "Note")},
    {ActivityType::Call, "call", QT_TRANSLATE_NOOP("Enums", "Call")},
    {ActivityType::Meeting, "meeting", QT_TRANSLATE_NOOP("Enums", "Meeting")},
    {ActivityType::Task, "task", QT_TRANSLATE_NOOP("Enums", "Task")},
    {ActivityType::StageChanged, "stage_changed", QT_TRANSLATE_NOOP("Enums", "Stage changed")},
    {ActivityType::OwnerChanged, "owner_changed", QT_TRANSLATE_NOOP("Enums", "Owner changed")},
    {ActivityType::StatusChanged, "status_changed", QT_TRANSLATE_NOOP("Enums", "Status changed")},
    {ActivityType::ScoreChanged, "score_changed", QT_TRANSLATE_NOOP("Enums", "Score changed")},
    {ActivityType::MessageQueued, "message_queued", QT_TRANSLATE_NOOP("Enums", "Message queued")},
    {ActivityType::MessageSent, "message_sent", QT_TRANSLATE_NOOP("Enums", "Message sent")},
    {ActivityType::MessageDelivered, "message_delivered", QT_TRANSLATE_NOOP("Enums", "Message delivered")},
    {ActivityType::MessageOpened, "message_opened", QT_TRANSLATE_NOOP("Enums", "Message opened")},
    {ActivityType::MessageClicked, "message_clicked", QT_TRANSLATE_NOOP("Enums", "Link clicked")},
    {ActivityType::MessageReplied, "message_replied", QT_TRANSLATE_NOOP("Enums", "Replied")},
    {ActivityType::MessageBounced, "message_bounced", QT_TRANSLATE_NOOP("Enums", "Message bounced")},
    {ActivityType::MessageFailed, "message_failed", QT_TRANSLATE_NOOP("Enums", "Message failed")},
    {ActivityType::Unsubscribed, "unsubscribed", QT_TRANSLATE_NOOP("Enums", "Unsubscribed")},
    {ActivityType::ConsentChanged, "consent_changed", QT_TRANSLATE_NOOP("Enums", "Consent changed")},
    {ActivityType::Enrolled, "enrolled", QT_TRANSLATE_NOOP("Enums", "Enrolled in campaign")},
    {ActivityType::FormSubmitted, "form_submitted", QT_TRANSLATE_NOOP("Enums", "Form submitted")},
    {ActivityType::PageVisited, "page_visited", QT_TRANSLATE_NOOP("Enums", "Page visited")})

#undef LEADLINE_ENUM_INFO

template<typename E>
QString toKey(E value)
{
    for (const auto &entry : EnumInfo<E>::entries)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template<typename E>
std::optional<E> fromKey(QStringView key)
{
    for (const auto &entry : EnumInfo<E>::entries)
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    return std::nullopt;
}

template<typename E>
E fromKeyOr(QStringView key, E fallback)
{
    return fromKey<E>(key).value_or(fallback);
}

template<typename E>
QString displayName(E value)
{
    for (const auto &entry : EnumInfo<E>::entries)
        if (entry.value == value)
            return QCoreApplication::translate("Enums", entry.display);
    return {};
}

// The display name in English, as the source text of its translations.
template <typename E> QString englishDisplayName(E value)
{
    for (const auto &entry : EnumInfo<E>::entries)
        if (entry.value == value)
            return QString::fromLatin1(entry.display);
    return {};
}

template<typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumInfo<E>::entries)
        keys << QString::fromLatin1(entry.key);
    return keys;
}

template<typename E>
constexpr auto allValues()
{
    std::array<E, EnumInfo<E>::entries.size()> values{};
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = EnumInfo<E>::entries[i].value;
    return values;
}

} // namespace Leadline::Domain
