#include "services/demo/demodatagenerator.h"

#include "services/activities/systemsubject.h"
#include "services/contacts/contactservice.h"
#include "services/demo/demolocales.h"
#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QLocale>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <unordered_set>

namespace Leadline::Demo {

namespace {

// xoshiro256** seeded through splitmix64: the same sequence on every platform and
// compiler, which std:: distributions do not promise.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    int below(qsizetype n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 low, qint64 high) { return low + qint64(unit() * double(high - low + 1)); }

    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(below(qsizetype(items.size())))];
    }
    const QString &pick(const QStringList &items) { return items.at(below(items.size())); }

    // An index into weights, chosen in proportion to them.
    template <size_t N> int weighted(const std::array<int, N> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(N - 1);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

QString fillPattern(Random &random, const QString &pattern)
{
    QString out = pattern;
    for (QChar &c : out) {
        if (c == QLatin1Char('#'))
            c = QLatin1Char(char('0' + random.below(10)));
        else if (c == QLatin1Char('%'))
            c = QLatin1Char(char('2' + random.below(8)));
        else if (c == QLatin1Char('@'))
            c = QLatin1Char(char('A' + random.below(26)));
    }
    return out;
}

struct CompanyInfo
{
    Domain::Company company;
    int locale = 0;
    int emailPattern = 0; // first.last, f.last, firstlast, first_last
    const DemoCity *city = nullptr;
};

struct Stage
{
    QString id;
    Domain::StageKind kind = Domain::StageKind::Open;
    int probability = 0;
};

constexpr qint64 dayMs = 24LL * 3600 * 1000;

const QStringList &leadProducts()
{
    static const QStringList products{
        QStringLiteral("Annual license"),     QStringLiteral("Pilot project"),  QStringLiteral("Enterprise plan"),
        QStringLiteral("Consulting package"), QStringLiteral("Renewal"),        QStringLiteral("Expansion seats"),
        QStringLiteral("Onboarding package"), QStringLiteral("Support upgrade")};
    return products;
}

struct ActivityText
{
    Domain::ActivityType type;
    const char *subject;
    const char *body;
};

const std::array<ActivityText, 12> &activityTexts()
{
    static const std::array<ActivityText, 12> texts{{
        {Domain::ActivityType::Note, "Note", "Prefers to be contacted by email in the morning."},
        {Domain::ActivityType::Note, "Note", "Budget for next year is being planned in Q3."},
        {Domain::ActivityType::Note, "Note", "Met at the trade fair; interested in the reporting features."},
        {Domain::ActivityType::Call, "Discovery call", "Discussed current tools, team size and pain points."},
        {Domain::ActivityType::Call, "Follow-up call", "Answered pricing questions; sending a proposal."},
        {Domain::ActivityType::Call, "Call attempt", "No answer, left a voicemail."},
        {Domain::ActivityType::Meeting, "Product demo", "Demo for the team; questions about integrations."},
        {Domain::ActivityType::Meeting, "Quarterly review", "Reviewed usage and renewal timeline."},
        {Domain::ActivityType::MessageSent, "Welcome to Leadline", "Welcome email with onboarding links."},
        {Domain::ActivityType::MessageSent, "Your proposal", "Proposal and pricing attached."},
        {Domain::ActivityType::MessageSent, "Following up", "Checking in on the proposal from last week."},
        {Domain::ActivityType::MessageOpened, "Your proposal", ""},
    }};
    return texts;
}

} // namespace

class DemoDataGenerator::Private
{
public:
    std::shared_ptr<Storage::Database> database;
    DemoOptions options;
    Random random{1};
    DemoSummary summary;
    mutable QMutex summaryMutex;

    QStringList userIds;
    std::vector<Stage> stages;
    QStringList tagIds;
    std::unordered_set<quint64> emailHashes;
    std::unordered_set<quint64> domainHashes;
    std::vector<double> stagePositions;
    qint64 nowMs = 0;
    std::array<int, 16> localeWeights{};

    static quint64 hashOf(const QString &lowerText) { return quint64(qHash(lowerText, 0x5eed)); }

    // Claims a value in a uniqueness set; tries base, base2, base3… (suffix before '@' or '.').
    QString unique(std::unordered_set<quint64> &set, const QString &local, const QString &rest)
    {
        QString candidate = local + rest;
        for (int n = 2; !set.insert(hashOf(candidate)).second; ++n)
            candidate = local + QString::number(n) + rest;
        return candidate;
    }

    Expected<QString> prepare();
    Result ensureUsers(const QDateTime &now);
    Result loadStages(const QDateTime &now);
    Result loadExisting();
    void makeChunk(qint64 count, Storage::BulkBatch &batch);
    CompanyInfo makeCompany();
};

Result DemoDataGenerator::Private::ensureUsers(const QDateTime &now)
{
    static const char *const team[][2] = {
        {"Anna Schmidt", "anna.schmidt"}, {"James Carter", "james.carter"},     {"Léa Moreau", "lea.moreau"},
        {"Priya Nair", "priya.nair"},     {"Lars Lindqvist", "lars.lindqvist"}, {"Yuki Tanaka", "yuki.tanaka"},
    };
    const Storage::Database &db = *database;
    const QVariant stamp = db.dialect().timestampToDb(now);
    for (const auto &member : team) {
        const QString email = QLatin1String(member[1]) + QStringLiteral("@example.com");
        auto found =
            db.exec(QStringLiteral("SELECT id FROM users WHERE deleted_at IS NULL AND lower(email) = ?"), {email});
        if (!found)
            return found.error();
        if (found->next()) {
            userIds << found->value(0).toString();
            continue;
        }
        const QString id = Domain::newId();
        auto inserted = db.exec(QStringLiteral("INSERT INTO users (id, name, email, is_active, created_at, updated_at)"
                                               " VALUES (?, ?, ?, ?, ?, ?)"),
                                {id, QString::fromUtf8(member[0]), email, db.dialect().boolToDb(true), stamp, stamp});
        if (!inserted)
            return inserted.error();
        userIds << id;
        ++summary.users;
    }
    return {};
}

Result DemoDataGenerator::Private::loadStages(const QDateTime &now)
{
    const Storage::Database &db = *database;
    auto read = [&]() -> Result {
        auto rows = db.exec(QStringLiteral("SELECT id, kind, probability FROM pipeline_stages"
                                           " WHERE deleted_at IS NULL ORDER BY position, id"));
        if (!rows)
            return rows.error();
        while (rows->next())
            stages.push_back({rows->value(0).toString(),
                              Domain::fromKeyOr(rows->value(1).toString(), Domain::StageKind::Open),
                              rows->value(2).toInt()});
        return {};
    };
    if (Result r = read(); !r)
        return r;
    if (!stages.empty())
        return {};
    // A schema without seeded stages: leads need somewhere to be.
    static const struct
    {
        const char *name;
        const char *kind;
        int probability;
    } defaults[] = {{"New", "open", 10},         {"Qualified", "open", 30}, {"Proposal", "open", 60},
                    {"Negotiation", "open", 80}, {"Won", "won", 100},       {"Lost", "lost", 0}};
    const QVariant stamp = db.dialect().timestampToDb(now);
    int position = 1;
    for (const auto &stage : defaults) {
        auto inserted = db.exec(QStringLiteral("INSERT INTO pipeline_stages (id, name, position, kind, probability,"
                                               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {Domain::newId(), QString::fromLatin1(stage.name), position++,
                                 QString::fromLatin1(stage.kind), stage.probability, stamp, stamp});
        if (!inserted)
            return inserted.error();
    }
    return read();
}

Result DemoDataGenerator::Private::loadExisting()
{
    // Demo data added to a database that has contacts must not collide with them.
    const Storage::Database &db = *database;
    auto emails =
        db.exec(QStringLiteral("SELECT lower(email) FROM contacts WHERE deleted_at IS NULL AND email IS NOT NULL"));
    if (!emails)
        return emails.error();
    while (emails->next())
        emailHashes.insert(hashOf(emails->value(0).toString()));
    auto domains =
        db.exec(QStringLiteral("SELECT lower(domain) FROM companies WHERE deleted_at IS NULL AND domain IS NOT NULL"));
    if (!domains)
        return domains.error();
    while (domains->next())
        domainHashes.insert(hashOf(domains->value(0).toString()));
    return {};
}

CompanyInfo DemoDataGenerator::Private::makeCompany()
{
    const auto &locales = demoLocales();
    CompanyInfo info;
    info.locale = random.weighted(localeWeights);
    const DemoLocale &locale = locales[size_t(info.locale)];
    const DemoCompanyWord &word = random.pick(locale.companyWords);
    const DemoName &stem = random.chance(0.5) ? random.pick(locale.lastNames) : random.pick(locale.companyStems);
    const QString &legal = random.pick(locale.legalForms);
    Domain::Company &c = info.company;
    c.id = Domain::newId();
    if (locale.nameWithoutSpaces)
        c.name = legal == QStringLiteral("株式会社") && random.chance(0.3) ? QString(legal + stem.text + word.text)
                                                                           : QString(stem.text + word.text + legal);
    else
        c.name = stem.text + QLatin1Char(' ') + word.text + QLatin1Char(' ') + legal;
    const QString base = asciiSlug(stem.ascii) + QLatin1Char('-') + word.ascii;
    c.domain = unique(domainHashes, base, QString(QLatin1Char('.') + locale.topLevelDomain));
    c.website = QStringLiteral("https://www.") + c.domain;
    c.industry = demoIndustries().at(word.industry);
    static const std::array<int, 6> sizeWeights{22, 30, 24, 14, 7, 3};
    static const int sizeBounds[7] = {1, 11, 51, 201, 1001, 5001, 50000};
    const int bucket = random.weighted(sizeWeights);
    c.size = int(random.between(sizeBounds[bucket], sizeBounds[bucket + 1] - 1));
    const double perEmployee = 60000.0 + random.unit() * 240000.0;
    c.annualRevenue = std::round(*c.size * perEmployee / 1000.0) * 1000.0;
    info.city = &random.pick(locale.cities);
    c.address.city = info.city->name;
    c.address.region = info.city->region;
    c.address.postalCode = fillPattern(random, info.city->postalPattern);
    c.address.country = locale.country;
    c.phone = fillPattern(random, info.city->phonePattern);
    c.ownerId = userIds.at(random.below(userIds.size()));
    c.createdAt =
        QDateTime::fromMSecsSinceEpoch(nowMs - random.between(30, 730) * dayMs - random.between(0, dayMs), Qt::UTC);
    c.updatedAt = c.createdAt;
    info.emailPattern = random.weighted(std::array<int, 4>{50, 25, 15, 10});
    return info;
}

void DemoDataGenerator::Private::makeChunk(qint64 count, Storage::BulkBatch &batch)
{
    using namespace Domain;
    const auto &locales = demoLocales();
    const auto &titles = demoTitles();

    std::vector<CompanyInfo> companies;
    const qint64 companyCount = std::max<qint64>(1, count / 10);
    companies.reserve(size_t(companyCount));
    for (qint64 i = 0; i < companyCount; ++i) {
        companies.push_back(makeCompany());
        Company &company = companies.back().company;
        batch.companies << company;
        Activity created;
        created.id = newId();
        created.type = ActivityType::Created;
        created.entityType = EntityType::Company;
        created.entityId = company.id;
        created.companyId = company.id;
        created.userId = company.ownerId;
        created.subject = Activities::SystemSubject::companyCreated();
        created.occurredAt = created.createdAt = company.createdAt;
        batch.activities << created;
    }

    int openStages = 0;
    for (const Stage &stage : stages)
        openStages += stage.kind == StageKind::Open ? 1 : 0;
    auto stageOf = [&](StageKind kind, int openIndex) -> int {
        int seen = 0;
        for (size_t i = 0; i < stages.size(); ++i) {
            if (stages[i].kind != kind)
                continue;
            if (kind != StageKind::Open || seen++ == openIndex)
                return int(i);
        }
        return -1;
    };

    static const std::array<int, 8> lifecycleWeights{15, 35, 14, 10, 8, 15, 2, 1};
    static const std::array<int, 12> sourceWeights{4, 10, 12, 22, 10, 9, 8, 7, 8, 4, 5, 1};
    static const std::array<int, 4> priorityWeights{25, 45, 22, 8};

    for (qint64 i = 0; i < count; ++i) {
        Contact c;
        c.id = newId();
        const bool employed = random.chance(0.88);
        const CompanyInfo *company = nullptr;
        if (employed) {
            // Squared: a few companies gather many contacts, most have a handful.
            const double u = random.unit();
            company = &companies[size_t(double(companies.size()) * u * u)];
        }
        const int localeIndex = company && random.chance(0.92) ? company->locale : random.weighted(localeWeights);
        const DemoLocale &locale = locales[size_t(localeIndex)];
        const DemoName &first = random.pick(locale.firstNames);
        const DemoName &last = random.pick(locale.lastNames);
        c.firstName = first.text;
        c.lastName = last.text;

        if (company) {
            QString local;
            switch (company->emailPattern) {
            case 0:
                local = first.ascii + QLatin1Char('.') + last.ascii;
                break;
            case 1:
                local = first.ascii.left(1) + QLatin1Char('.') + last.ascii;
                break;
            case 2:
                local = first.ascii + last.ascii;
                break;
            default:
                local = first.ascii + QLatin1Char('_') + last.ascii;
                break;
            }
            c.email = unique(emailHashes, local, QString(QLatin1Char('@') + company->company.domain));
            c.companyId = company->company.id;
            c.companyName = company->company.name;
            c.title = random.pick(titles);
        } else {
            const QString local = random.chance(0.5)
                                      ? QString(first.ascii + QLatin1Char('.') + last.ascii)
                                      : QString(first.ascii + last.ascii + QString::number(random.between(60, 99)));
            c.email = unique(emailHashes, local, QString(QLatin1Char('@') + random.pick(locale.freeMailDomains)));
            c.title = random.chance(0.4) ? random.pick(titles) : QString();
        }

        const DemoCity &city = company && company->locale == localeIndex && random.chance(0.7)
                                   ? *company->city
                                   : random.pick(locale.cities);
        c.address.city = city.name;
        c.address.region = city.region;
        c.address.postalCode = fillPattern(random, city.postalPattern);
        c.address.country = locale.country;
        c.timeZone = city.timeZone;
        if (random.chance(0.85))
            c.phone = fillPattern(random, city.phonePattern);
        if (random.chance(0.08)) {
            const QString number = fillPattern(random, random.pick(locale.cities).phonePattern);
            if (c.phone.isEmpty()) // the first number is the main one (ContactService::validate())
                c.phone = number;
            else
                c.otherPhones << number;
        }
        if (company && random.chance(0.05))
            c.otherEmails << unique(emailHashes, first.ascii + last.ascii,
                                    QString(QLatin1Char('@') + random.pick(locale.freeMailDomains)));

        c.lifecycleStage = allValues<LifecycleStage>()[size_t(random.weighted(lifecycleWeights))];
        const bool engaged =
            c.lifecycleStage == LifecycleStage::Customer || c.lifecycleStage == LifecycleStage::Evangelist;
        const std::array<int, 5> emailOptIn =
            engaged ? std::array<int, 5>{10, 2, 45, 35, 8} : std::array<int, 5>{30, 6, 30, 18, 16};
        c.optIn.insert(Channel::Email, allValues<OptInStatus>()[size_t(random.weighted(emailOptIn))]);
        if (!c.phone.isEmpty()) {
            static const std::array<int, 5> smsOptIn{58, 4, 22, 6, 10};
            static const std::array<int, 5> chatOptIn{72, 3, 17, 3, 5};
            c.optIn.insert(Channel::Sms, allValues<OptInStatus>()[size_t(random.weighted(smsOptIn))]);
            c.optIn.insert(Channel::WhatsApp, allValues<OptInStatus>()[size_t(random.weighted(chatOptIn))]);
            c.optIn.insert(Channel::Voice, allValues<OptInStatus>()[size_t(random.weighted(chatOptIn))]);
        }
        c.doNotContact = random.chance(0.015);
        if (random.chance(0.92))
            c.ownerId =
                company && random.chance(0.8) ? company->company.ownerId : userIds.at(random.below(userIds.size()));
        c.source = allValues<LeadSource>()[size_t(random.weighted(sourceWeights))];

        // More contacts were added recently than a year ago.
        const qint64 age = qint64(std::pow(random.unit(), 1.4) * 365.0 * double(dayMs));
        const qint64 createdMs = nowMs - age;
        c.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        c.updatedAt = QDateTime::fromMSecsSinceEpoch(createdMs + qint64(random.unit() * 0.5 * double(age)), Qt::UTC);

        if (random.chance(0.3)) {
            const int tagCount = random.chance(0.2) ? 2 : 1;
            const int firstTag = random.below(tagIds.size());
            for (int t = 0; t < tagCount; ++t)
                batch.contactTags << Storage::ContactTagLink{c.id, tagIds.at((firstTag + t) % tagIds.size()),
                                                             c.createdAt};
        }

        Activity created;
        created.id = newId();
        created.type = ActivityType::Created;
        created.entityType = EntityType::Contact;
        created.entityId = c.id;
        created.contactId = c.id;
        created.companyId = c.companyId;
        created.userId = c.ownerId;
        created.subject = Activities::SystemSubject::contactCreated();
        created.occurredAt = created.createdAt = c.createdAt;
        batch.activities << created;

        const int extra = random.weighted(std::array<int, 5>{55, 28, 11, 4, 2});
        for (int a = 0; a < extra; ++a) {
            const ActivityText &text = activityTexts()[size_t(random.below(qsizetype(activityTexts().size())))];
            Activity activity;
            activity.id = newId();
            activity.type = text.type;
            activity.entityType = EntityType::Contact;
            activity.entityId = c.id;
            activity.contactId = c.id;
            activity.companyId = c.companyId;
            activity.subject = QString::fromUtf8(text.subject);
            activity.body = QString::fromUtf8(text.body);
            if (text.type == ActivityType::Call)
                activity.durationSeconds = int(random.between(60, 1800));
            else if (text.type == ActivityType::Meeting)
                activity.durationSeconds = int(random.between(15, 90)) * 60;
            if (text.type == ActivityType::MessageSent || text.type == ActivityType::MessageOpened)
                activity.channel = Channel::Email;
            else
                activity.userId = c.ownerId;
            activity.occurredAt =
                QDateTime::fromMSecsSinceEpoch(createdMs + qint64(random.unit() * double(age)), Qt::UTC);
            activity.createdAt = activity.occurredAt;
            batch.activities << activity;
        }

        double leadChance = 0.0;
        switch (c.lifecycleStage) {
        case LifecycleStage::MarketingQualifiedLead:
            leadChance = 0.2;
            break;
        case LifecycleStage::SalesQualifiedLead:
            leadChance = 0.55;
            break;
        case LifecycleStage::Opportunity:
            leadChance = 1.0;
            break;
        case LifecycleStage::Customer:
            leadChance = 0.75;
            break;
        case LifecycleStage::Evangelist:
            leadChance = 0.4;
            break;
        default:
            break;
        }
        if (leadChance > 0 && random.chance(leadChance)) {
            int stageIndex = -1;
            if (engaged) {
                stageIndex = stageOf(StageKind::Won, 0);
            } else if (random.chance(0.15)) {
                stageIndex = stageOf(StageKind::Lost, 0);
            } else if (openStages > 0) {
                // Opportunities sit further along the board than fresh qualified leads.
                const int half = std::max(1, openStages / 2);
                const int open = c.lifecycleStage == LifecycleStage::Opportunity
                                     ? std::min(openStages - 1, half + random.below(openStages - half))
                                     : random.below(half + 1 > openStages ? openStages : half + 1);
                stageIndex = stageOf(StageKind::Open, open);
            }
            if (stageIndex < 0)
                stageIndex = random.below(qsizetype(stages.size()));
            const Stage &stage = stages[size_t(stageIndex)];

            Lead lead;
            lead.id = newId();
            lead.contactId = c.id;
            lead.companyId = c.companyId;
            lead.title = (company ? company->company.name : c.displayName()) + QStringLiteral(" – ") +
                         random.pick(leadProducts());
            lead.stageId = stage.id;
            lead.stagePosition = ++stagePositions[size_t(stageIndex)];
            lead.source = c.source;
            lead.priority = allValues<Priority>()[size_t(random.weighted(priorityWeights))];
            const double scale =
                company && company->company.size ? std::log10(double(*company->company.size) + 10.0) : 1.0;
            lead.valueCents = qint64(std::round(random.between(500, 25000) * scale)) * 100;
            lead.currency = locale.currency;
            lead.ownerId = c.ownerId;
            lead.score = int(random.between(0, 100));
            lead.createdAt =
                QDateTime::fromMSecsSinceEpoch(createdMs + qint64(random.unit() * 0.3 * double(age)), Qt::UTC);
            lead.updatedAt = lead.createdAt;
            if (stage.kind == StageKind::Open) {
                static const std::array<LeadStatus, 4> openStatus{LeadStatus::New, LeadStatus::Contacted,
                                                                  LeadStatus::Working, LeadStatus::Qualified};
                lead.status = openStatus[size_t(std::min<int>(3, stage.probability / 25))];
                lead.expectedClose = QDateTime::fromMSecsSinceEpoch(nowMs + random.between(7, 120) * dayMs, Qt::UTC);
            } else {
                lead.status = stage.kind == StageKind::Won ? LeadStatus::Converted : LeadStatus::Unqualified;
                const qint64 createdLead = lead.createdAt.toMSecsSinceEpoch();
                lead.closedAt = QDateTime::fromMSecsSinceEpoch(
                    createdLead + qint64(random.unit() * double(nowMs - createdLead)), Qt::UTC);
                lead.updatedAt = lead.closedAt;
                if (stage.kind == StageKind::Lost) {
                    static const QStringList reasons{QStringLiteral("Price"), QStringLiteral("Chose a competitor"),
                                                     QStringLiteral("No budget"), QStringLiteral("No decision")};
                    lead.lostReason = random.pick(reasons);
                }
            }
            batch.leads << lead;

            Activity leadCreated;
            leadCreated.id = newId();
            leadCreated.type = ActivityType::Created;
            leadCreated.entityType = EntityType::Lead;
            leadCreated.entityId = lead.id;
            leadCreated.contactId = c.id;
            leadCreated.leadId = lead.id;
            leadCreated.companyId = c.companyId;
            leadCreated.userId = lead.ownerId;
            leadCreated.subject = Activities::SystemSubject::leadCreated();
            leadCreated.occurredAt = leadCreated.createdAt = lead.createdAt;
            batch.activities << leadCreated;
        }
        batch.contacts << std::move(c);
    }
}

DemoDataGenerator::DemoDataGenerator(std::shared_ptr<Storage::Database> database, DemoOptions options, QObject *parent)
    : Job(tr("Demo data"), parent)
    , d(std::make_unique<Private>())
{
    d->database = std::move(database);
    d->options = std::move(options);
}

DemoDataGenerator::~DemoDataGenerator() = default;

DemoSummary DemoDataGenerator::summary() const
{
    QMutexLocker lock(&d->summaryMutex);
    return d->summary;
}

Expected<QString> DemoDataGenerator::execute()
{
    QElapsedTimer timer;
    timer.start();
    const DemoOptions &options = d->options;
    if (options.contacts < 0)
        return Error(ErrorCode::InvalidArgument, tr("The number of demo contacts cannot be negative."));
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    d->nowMs = now.toMSecsSinceEpoch();
    d->random = Random(options.seed);
    const auto &locales = demoLocales();
    for (size_t i = 0; i < locales.size() && i < d->localeWeights.size(); ++i)
        d->localeWeights[i] = locales[i].weight;

    Q_EMIT statusText(tr("Preparing demo data"));
    const Storage::Database &db = *d->database;
    if (Result r = db.connectionStatus(); !r)
        return r.error();
    auto existing = db.exec(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!existing)
        return existing.error();
    const qint64 existingContacts = existing->next() ? existing->value(0).toLongLong() : 0;
    existing->finish();
    if (Result r = d->ensureUsers(now); !r)
        return r.error();
    if (Result r = d->loadStages(now); !r)
        return r.error();
    d->stagePositions.assign(d->stages.size(), 0.0);
    if (Result r = d->loadExisting(); !r)
        return r.error();

    Storage::BulkWriter writer(d->database);
    auto tags = writer.ensureTags(demoTags(), now);
    if (!tags)
        return tags.error();
    for (const QString &name : demoTags())
        d->tagIds << tags->value(name);

    // Rebuilding indexes once beats maintaining them row by row only when the load dwarfs
    // what is there; for a few thousand rows the rebuild would cost more than it saves.
    const bool deferIndexes = options.contacts >= 100000 && options.contacts > existingContacts;
    if (deferIndexes) {
        // Keys that arrive in order here: ids, companies of the same chunk, six owners, eight stages.
        static const QStringList appendOnly{
            QStringLiteral("contacts_live"),        QStringLiteral("contacts_company"),
            QStringLiteral("contacts_owner"),       QStringLiteral("contacts_import_batch"),
            QStringLiteral("contacts_external_id")};
        if (Result r = Contacts::ContactService::dropSortIndexes(*d->database); !r)
            return r.error();
        // Activities carry their contact's company, drawn from every company so far: that index fills at random.
        if (Result r = writer.beginDeferredIndexing(appendOnly, {QStringLiteral("activities_company")},
                                                   Storage::BulkWriter::SearchIndex::BuildAlongside); !r)
            return r.error();
    }
    auto finishIndexes = [&]() -> Result {
        if (!deferIndexes)
            return {};
        setCancellable(false); // the rebuild runs to its end whatever happens
        Q_EMIT statusText(tr("Building search index"));
        QElapsedTimer indexTimer;
        indexTimer.start();
        Result finished = writer.finishDeferredIndexing();
        QMutexLocker lock(&d->summaryMutex);
        d->summary.indexMs += indexTimer.elapsed();
        return finished;
    };

    const int chunkSize = std::max(1, options.chunkSize);
    qint64 done = 0;
    // The next chunk is made on a pool thread while this one is written; chunks are still
    // made strictly in order, so the random sequence and the data stay the same.
    struct Made
    {
        Storage::BulkBatch batch;
        qint64 count = 0;
        qint64 generateMs = 0;
    };
    auto make = [this](qint64 count) {
        Made made;
        made.count = count;
        QElapsedTimer phase;
        phase.start();
        d->makeChunk(count, made.batch);
        made.generateMs = phase.elapsed();
        return made;
    };
    QFuture<Made> next;
    if (options.contacts > 0)
        next = QtConcurrent::run(make, std::min<qint64>(chunkSize, options.contacts));
    reportProgress(0, options.contacts);
    while (done < options.contacts) {
        Made current = next.result();
        const qint64 upcoming = done + current.count;
        if (upcoming < options.contacts && !isCancelled())
            next = QtConcurrent::run(make, std::min<qint64>(chunkSize, options.contacts - upcoming));
        else
            next = QFuture<Made>();
        if (isCancelled()) {
            if (Result r = finishIndexes(); !r)
                return r.error();
            return Error(ErrorCode::Cancelled,
                         tr("Demo data cancelled after %1 contacts.").arg(QLocale().toString(done)));
        }
        Q_EMIT statusText(
            tr("Writing contacts %1 to %2").arg(QLocale().toString(done + 1), QLocale().toString(upcoming)));
        QElapsedTimer phase;
        phase.start();
        if (Result written = writer.write(current.batch); !written) {
            if (next.isValid())
                next.waitForFinished();
            (void)finishIndexes();
            return written.error();
        }
        done = upcoming;
        {
            QMutexLocker lock(&d->summaryMutex);
            d->summary.generateMs += current.generateMs;
            d->summary.writeMs += phase.elapsed();
            d->summary.companies += current.batch.companies.size();
            d->summary.contacts += current.batch.contacts.size();
            d->summary.leads += current.batch.leads.size();
            d->summary.activities += current.batch.activities.size();
            d->summary.contactTags += current.batch.contactTags.size();
        }
        reportProgress(done, options.contacts);
    }
    if (Result r = finishIndexes(); !r)
        return r.error();

    QMutexLocker lock(&d->summaryMutex);
    d->summary.elapsedMs = timer.elapsed();
    const QLocale locale;
    return tr("%1 contacts, %2 companies, %3 leads and %4 activities created in %5 s.")
        .arg(locale.toString(d->summary.contacts), locale.toString(d->summary.companies),
             locale.toString(d->summary.leads), locale.toString(d->summary.activities),
             locale.toString(double(d->summary.elapsedMs) / 1000.0, 'f', 1));
}

} // namespace Leadline::Demo
