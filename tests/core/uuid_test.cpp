#include "services/domain/uuid.h"

#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace Leadline::Domain;

TEST(Uuid, IsVersion7AndVariant10)
{
    const QString id = newId();
    ASSERT_EQ(id.size(), 36);
    EXPECT_TRUE(isValidId(id)) << id.toStdString();
    EXPECT_EQ(id.at(14), QLatin1Char('7'));
    const QChar variant = id.at(19);
    EXPECT_TRUE(variant == QLatin1Char('8') || variant == QLatin1Char('9') || variant == QLatin1Char('a')
                || variant == QLatin1Char('b'))
        << id.toStdString();
}

TEST(Uuid, StrictlyIncreasingWithinOneProcess)
{
    QString previous = newId();
    for (int i = 0; i < 100000; ++i) {
        const QString next = newId();
        ASSERT_LT(previous, next) << "at " << i;
        previous = next;
    }
}

TEST(Uuid, EncodesItsCreationTime)
{
    const QDateTime at = QDateTime::fromString(QStringLiteral("2031-05-06T07:08:09.123Z"), Qt::ISODateWithMs);
    const QString id = newIdAt(at);
    EXPECT_EQ(idTimestamp(id), at);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime stamped = idTimestamp(newId());
    EXPECT_GE(stamped.toMSecsSinceEpoch(), before.toMSecsSinceEpoch() - 1);
}

TEST(Uuid, UniqueAcrossThreads)
{
    constexpr int perThread = 20000;
    std::vector<std::vector<QString>> results(4);
    std::vector<std::thread> threads;
    for (auto &out : results)
        threads.emplace_back([&out] {
            out.reserve(perThread);
            for (int i = 0; i < perThread; ++i)
                out.push_back(newId());
        });
    for (auto &t : threads)
        t.join();
    QSet<QString> all;
    for (const auto &out : results)
        for (const auto &id : out)
            all.insert(id);
    EXPECT_EQ(all.size(), 4 * perThread);
}

TEST(Uuid, RejectsMalformedIds)
{
    EXPECT_FALSE(isValidId(QString()));
    EXPECT_FALSE(isValidId(QStringLiteral("not-a-uuid")));
    EXPECT_FALSE(isValidId(QStringLiteral("0190b5d2-1c2e-4d3e-8f00-123456789abc"))); // version 4
    EXPECT_FALSE(isValidId(QStringLiteral("0190B5D2-1C2E-7D3E-8F00-123456789ABC"))); // upper case
    EXPECT_FALSE(idTimestamp(QStringLiteral("garbage")).isValid());
}
