#include "services/importexport/columnmapping.h"
#include "services/importexport/importrowparser.h"

#include <gtest/gtest.h>

using namespace Leadline::ImportExport;

namespace {

ParsedRow parseOne(const QStringList &headers, const QStringList &cells, const QString &defaultRegion)
{
    ImportOptions options;
    options.defaultRegion = defaultRegion;
    const ImportRowParser parser(ColumnMapping::automatic(headers), options);
    return parser.parse(cells, 2);
}

} // namespace

TEST(ImportRowParser, ReadsNationalPhonesAsNumbersOfTheRowsCountry)
{
    const QStringList headers{QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Country")};
    const auto phoneOf = [&](const QString &phone, const QString &country) {
        const ParsedRow row = parseOne(headers, {QStringLiteral("a@example.com"), phone, country}, QStringLiteral("US"));
        EXPECT_FALSE(row.isRejected()) << row.rejectReason(headers).toStdString();
        return row.contact.phone;
    };
    EXPECT_EQ(phoneOf(QStringLiteral("030 1234567"), QStringLiteral("DE")), QStringLiteral("+49301234567"));
    EXPECT_EQ(phoneOf(QStringLiteral("0151 34040148"), QStringLiteral("Germany")), QStringLiteral("+4915134040148"));
    EXPECT_EQ(phoneOf(QStringLiteral("020 7946 0958"), QStringLiteral("United Kingdom")), QStringLiteral("+442079460958"));
    // No country, or one that names no region: the default region.
    EXPECT_EQ(phoneOf(QStringLiteral("(415) 555-2671"), QString()), QStringLiteral("+14155552671"));
    EXPECT_EQ(phoneOf(QStringLiteral("(415) 555-2671"), QStringLiteral("Atlantis")), QStringLiteral("+14155552671"));
    // A number with its country code keeps it, whatever the row's country.
    EXPECT_EQ(phoneOf(QStringLiteral("+1 415 555 2671"), QStringLiteral("DE")), QStringLiteral("+14155552671"));

    // A German national number in a row without a country is no valid US number: rejected.
    const ParsedRow unknown = parseOne({QStringLiteral("Email"), QStringLiteral("Phone")},
                                       {QStringLiteral("a@example.com"), QStringLiteral("0151 34040148")}, QStringLiteral("US"));
    EXPECT_TRUE(unknown.isRejected());
}
