#include "tests/cli/clitestsupport.h"
#include "tests/support/tempdatabase.h"

#include <QJsonArray>
#include <QSet>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {

class LeadlineCtlTest : public DatabaseTest
{
protected:
    QString location() const { return temp().locationText(); }

    // Every primary email, via the CLI itself.
    static QSet<QString> emails(const QString &database)
    {
        const CtlRun run =
            runCtl(database, {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"),
                              QStringLiteral("100000"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QSet<QString> result;
        for (const QJsonValue &contact : run.json().value(QStringLiteral("contacts")).toArray())
            result.insert(contact.toObject().value(QStringLiteral("email")).toString());
        return result;
    }

    static QJsonObject tables(const QString &database)
    {
        const CtlRun run = runCtl(database, {QStringLiteral("stats"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.json().value(QStringLiteral("tables")).toObject();
    }

    static CtlRun demo(const QString &database, int contacts, int seed)
    {
        return runCtl(database, {QStringLiteral("demo"), QStringLiteral("--contacts"), QString::number(contacts),
                                 QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json")});
    }
};

TEST_P(LeadlineCtlTest, InitPrintsTheSchemaVersion)
{
    const CtlRun run = runCtl(location(), {QStringLiteral("init"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.isJson()) << run.out.toStdString();
    const int version = run.json().value(QStringLiteral("schemaVersion")).toInt();
    EXPECT_GE(version, 1);
    EXPECT_EQ(version, *db().schemaVersion());

    const CtlRun text = runCtl(location(), {QStringLiteral("init")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QString::number(version))) << text.out.toStdString();
}

TEST_P(LeadlineCtlTest, StatsJsonHasOneCountPerTable)
{
    const CtlRun run = runCtl(location(), {QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.isJson()) << run.out.toStdString();
    const QJsonObject root = run.json();
    EXPECT_TRUE(root.value(QStringLiteral("database")).isString());
    EXPECT_GE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    const QJsonObject counts = root.value(QStringLiteral("tables")).toObject();
    for (const char *table : {"users", "companies", "contacts", "tags", "contact_tags", "pipeline_stages", "leads",
                              "campaigns", "activities"}) {
        ASSERT_TRUE(counts.value(QLatin1String(table)).isDouble()) << table;
    }
    EXPECT_EQ(counts.value(QStringLiteral("contacts")).toInteger(), 0);
    EXPECT_GT(counts.value(QStringLiteral("pipeline_stages")).toInteger(), 0); // seeded by a migration
}

TEST_P(LeadlineCtlTest, DemoWithOneSeedIsRepeatableAndAnotherSeedDiffers)
{
    const CtlRun first = demo(location(), 400, 7);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_TRUE(first.isJson()) << first.out.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("contacts")).toInteger(), 400);

    auto again = TempDatabase::create(GetParam());
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    auto other = TempDatabase::create(GetParam());
    ASSERT_TRUE(other) << other.error().toString().toStdString();
    ASSERT_EQ(demo((*again)->locationText(), 400, 7).exitCode, 0);
    ASSERT_EQ(demo((*other)->locationText(), 400, 8).exitCode, 0);

    const QJsonObject counts = tables(location());
    EXPECT_EQ(counts.value(QStringLiteral("contacts")).toInteger(), 400);
    EXPECT_GT(counts.value(QStringLiteral("companies")).toInteger(), 10);
    EXPECT_GT(counts.value(QStringLiteral("leads")).toInteger(), 0);
    EXPECT_GT(counts.value(QStringLiteral("activities")).toInteger(), 400);
    EXPECT_GT(counts.value(QStringLiteral("contact_tags")).toInteger(), 0);
    EXPECT_EQ(counts, tables((*again)->locationText()));

    const QSet<QString> mine = emails(location());
    EXPECT_EQ(mine.size(), 400);
    EXPECT_EQ(mine, emails((*again)->locationText()));
    const QSet<QString> theirs = emails((*other)->locationText());
    EXPECT_EQ(theirs.size(), 400);
    EXPECT_NE(mine, theirs);
    EXPECT_LT(QSet<QString>(mine).intersect(theirs).size(), 40);
}

TEST_P(LeadlineCtlTest, DemoTwiceAddsWithoutCollisions)
{
    ASSERT_EQ(demo(location(), 200, 3).exitCode, 0);
    const CtlRun second = demo(location(), 200, 3);
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(tables(location()).value(QStringLiteral("contacts")).toInteger(), 400);
    EXPECT_EQ(emails(location()).size(), 400);
}

TEST_P(LeadlineCtlTest, ContactsAddListAndSearch)
{
    const CtlRun added =
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                            QStringLiteral("ingrid.lindqvist@nordljus.se"), QStringLiteral("--first-name"),
                            QStringLiteral("Ingrid"), QStringLiteral("--last-name"), QStringLiteral("Lindqvist"),
                            QStringLiteral("--phone"), QStringLiteral("+46 70 123 45 67"), QStringLiteral("--company"),
                            QStringLiteral("Nordljus Data AB"), QStringLiteral("--title"), QStringLiteral("CTO"),
                            QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_TRUE(added.isJson()) << added.out.toStdString();
    const QJsonObject contact = added.json();
    EXPECT_EQ(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+46701234567"));
    EXPECT_EQ(contact.value(QStringLiteral("company")).toString(), QStringLiteral("Nordljus Data AB"));
    EXPECT_FALSE(contact.value(QStringLiteral("companyId")).toString().isEmpty());

    ASSERT_EQ(
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                            QStringLiteral("kari.hansen@fjord.no"), QStringLiteral("--last-name"),
                            QStringLiteral("Hansen"), QStringLiteral("--company"), QStringLiteral("nordljus data ab")})
            .exitCode,
        0);

    const CtlRun all =
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(all.json().value(QStringLiteral("total")).toInteger(), 2);
    // Sorted by last name.
    const QJsonArray rows = all.json().value(QStringLiteral("contacts")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("lastName")).toString(), QStringLiteral("Hansen"));
    // One company, found case-insensitively the second time.
    EXPECT_EQ(tables(location()).value(QStringLiteral("companies")).toInteger(), 1);

    for (const char *query : {"lindq", "ingrid.lindqvist@nordljus.se", "Lind Ingr"}) {
        const CtlRun found =
            runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                                QString::fromUtf8(query), QStringLiteral("--json")});
        ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
        const QJsonObject result = found.json();
        EXPECT_EQ(result.value(QStringLiteral("total")).toInteger(), 1) << query;
        EXPECT_EQ(result.value(QStringLiteral("contacts"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("email"))
                      .toString(),
                  QStringLiteral("ingrid.lindqvist@nordljus.se"));
    }
    const CtlRun none =
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                            QStringLiteral("zzzzqx"), QStringLiteral("--json")});
    EXPECT_EQ(none.json().value(QStringLiteral("total")).toInteger(), 0);

    const CtlRun text = runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("kari.hansen@fjord.no"))) << text.out.toStdString();
}

TEST_P(LeadlineCtlTest, DuplicateEmailIsAConflict)
{
    const QStringList add{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                          QStringLiteral("Ana.Garcia@example.es")};
    ASSERT_EQ(runCtl(location(), add).exitCode, 0);
    const CtlRun again =
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                            QStringLiteral("ana.garcia@EXAMPLE.es"), QStringLiteral("--json")});
    EXPECT_EQ(again.exitCode, 3);
    ASSERT_TRUE(again.isJson()) << "--json: the error is the document on stdout " << again.out.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("exit_code")).toInt(), 3);
    EXPECT_FALSE(again.json().contains(QStringLiteral("id"))) << "no contact is described";
    EXPECT_TRUE(again.err.contains(QStringLiteral("ana.garcia@EXAMPLE.es"), Qt::CaseInsensitive))
        << again.err.toStdString();
    EXPECT_EQ(tables(location()).value(QStringLiteral("contacts")).toInteger(), 1);
}

TEST_P(LeadlineCtlTest, InvalidPhoneIsRejectedWithoutWriting)
{
    const CtlRun run =
        runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--email"),
                            QStringLiteral("x@example.com"), QStringLiteral("--phone"), QStringLiteral("+49 12"),
                            QStringLiteral("--company"), QStringLiteral("Never Made GmbH")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--phone"))) << run.err.toStdString();
    const QJsonObject counts = tables(location());
    EXPECT_EQ(counts.value(QStringLiteral("contacts")).toInteger(), 0);
    EXPECT_EQ(counts.value(QStringLiteral("companies")).toInteger(), 0);
}

TEST_P(LeadlineCtlTest, UsageErrorsExitWithTwo)
{
    const CtlRun unknown = runCtl(location(), {QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate"))) << unknown.err.toStdString();

    const CtlRun noEmail = runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("add"),
                                               QStringLiteral("--first-name"), QStringLiteral("Ann")});
    EXPECT_EQ(noEmail.exitCode, 2);
    EXPECT_TRUE(noEmail.err.contains(QStringLiteral("--email"))) << noEmail.err.toStdString();

    const CtlRun badOption = runCtl(location(), {QStringLiteral("stats"), QStringLiteral("--colour")});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("--colour"))) << badOption.err.toStdString();

    const CtlRun badNumber =
        runCtl(location(), {QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("many")});
    EXPECT_EQ(badNumber.exitCode, 2);
    EXPECT_TRUE(badNumber.err.contains(QStringLiteral("many"))) << badNumber.err.toStdString();
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(LeadlineCtlTest);

TEST(LeadlineCtl, BadDatabaseUrlFails)
{
    const CtlRun noName = runCtl(QStringLiteral("postgresql://postgres@127.0.0.1:55432"), {QStringLiteral("init")});
    EXPECT_NE(noName.exitCode, 0);
    EXPECT_TRUE(noName.err.contains(QStringLiteral("database"), Qt::CaseInsensitive)) << noName.err.toStdString();

    // Nothing listens on port 1.
    const CtlRun unreachable =
        runCtl(QStringLiteral("postgresql://postgres@127.0.0.1:1/leadline"), {QStringLiteral("stats")});
    EXPECT_NE(unreachable.exitCode, 0);
    EXPECT_FALSE(unreachable.err.isEmpty());
    EXPECT_TRUE(unreachable.out.isEmpty());

    const CtlRun missingValue = runCtl(QStringList{QStringLiteral("--db")});
    EXPECT_EQ(missingValue.exitCode, 2);
}

TEST(LeadlineCtl, HelpForEveryCommand)
{
    const CtlRun top = runCtl(QStringList{QStringLiteral("--help")});
    EXPECT_EQ(top.exitCode, 0);
    for (const char *command : {"init", "demo", "stats", "contacts"})
        EXPECT_TRUE(top.out.contains(QLatin1String(command))) << command;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), QStringLiteral("--help")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--help")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--help")},
          QStringList{QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--help")},
          QStringList{QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--help")}}) {
        const CtlRun help = runCtl(arguments);
        EXPECT_EQ(help.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: leadlinectl"))) << help.out.toStdString();
    }
    const CtlRun demoHelp = runCtl({QStringLiteral("demo"), QStringLiteral("--help")});
    EXPECT_TRUE(demoHelp.out.contains(QStringLiteral("--seed")));
}

} // namespace
