#pragma once

#include <QDateTime>

namespace Leadline::Domain {

// Source of "now" in UTC; services take one so tests can pin time. Thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const Clock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace Leadline::Domain
