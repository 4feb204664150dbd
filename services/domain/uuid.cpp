#include "services/domain/uuid.h"

#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace Leadline::Domain {

namespace {

// The 12-bit rand_a field is used as a counter within one millisecond (RFC 9562 §6.2,
// method 1) so that ids made in the same millisecond still sort in creation order.
struct Generator
{
    std::mutex mutex;
    qint64 lastMs = -1;
    quint16 counter = 0;

    std::array<quint8, 16> next(qint64 ms)
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) { // counter exhausted: borrow the next millisecond
                ++ms;
                counter = quint16(QRandomGenerator::global()->bounded(0x200));
            }
        } else {
            counter = quint16(QRandomGenerator::global()->bounded(0x200));
        }
        lastMs = ms;

        std::array<quint8, 16> b{};
        for (int i = 0; i < 6; ++i)
            b[size_t(i)] = quint8((quint64(ms) >> (40 - 8 * i)) & 0xff);
        b[6] = quint8(0x70 | ((counter >> 8) & 0x0f));
        b[7] = quint8(counter & 0xff);
        const quint64 random = QRandomGenerator::global()->generate64();
        for (int i = 8; i < 16; ++i)
            b[size_t(i)] = quint8((random >> (8 * (i - 8))) & 0xff);
        b[8] = quint8(0x80 | (b[8] & 0x3f));
        return b;
    }
};

Generator &generator()
{
    static Generator g;
    return g;
}

// The canonical 36-character form, into any character buffer.
template <typename Char> void formatInto(const std::array<quint8, 16> &b, Char *out)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = Char('-');
        *out++ = Char(hex[b[i] >> 4]);
        *out++ = Char(hex[b[i] & 0x0f]);
    }
}

QString format(const std::array<quint8, 16> &b)
{
    QString out(36, Qt::Uninitialized);
    formatInto(b, reinterpret_cast<char16_t *>(out.data()));
    return out;
}

} // namespace

QString newId()
{
    return format(generator().next(QDateTime::currentMSecsSinceEpoch()));
}

void newIdInto(char (&out)[36])
{
    formatInto(generator().next(QDateTime::currentMSecsSinceEpoch()), out);
}

QString newIdAt(const QDateTime &timestampUtc)
{
    return format(generator().next(timestampUtc.toMSecsSinceEpoch()));
}

bool isValidId(const QString &id)
{
    if (id.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = id.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                     || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return id.at(14) == QLatin1Char('7');
}

QDateTime idTimestamp(const QString &id)
{
    if (!isValidId(id))
        return {};
    const QString hex = id.left(8) + id.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace Leadline::Domain
