#include "services/domain/clock.h"
#include "services/importexport/contactimportjob.h"
#include "services/leads/userservice.h"
#include "tests/cli/clitestsupport.h"
#include "tests/support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {

class ImportExportCliTest : public DatabaseTest
{
protected:
    QString location() const { return temp().locationText(); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    qint64 scalar(const QString &sql)
    {
        auto q = db().exec(sql);
        EXPECT_TRUE(q.hasValue()) << (q ? "" : q.error().toString().toStdString());
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // Starts `leadlinectl import` with args, waits until the batch's counter (created_count or
    // updated_count) shows a committed chunk, and kills the process without warning (or sends
    // it another signal; what it then printed is in m_signalled).
    void killImportAfterFirstChunk(const QStringList &args, const QString &counter, int signal = SIGKILL)
    {
        QProcess process;
        process.start(QStringLiteral(LEADLINECTL_PATH), QStringList{QStringLiteral("--db"), location(),
                                                                    QStringLiteral("import")} + args);
        ASSERT_TRUE(process.waitForStarted());
        const auto where = Storage::DatabaseLocation::parse(location());
        ASSERT_TRUE(where.hasValue());
        auto observer = Storage::Database::open(*where);
        ASSERT_TRUE(observer.hasValue());
        qint64 done = 0;
        for (int i = 0; i < 1200 && done == 0; ++i) {
            if (process.waitForFinished(50))
                break;
            auto q = (*observer)->exec(QStringLiteral("SELECT coalesce(max(%1), 0) FROM import_batches WHERE status = 'running'")
                                           .arg(counter));
            if (q && q->next())
                done = q->value(0).toLongLong();
        }
        ASSERT_GT(done, 0) << "the import never committed a chunk";
        ASSERT_EQ(process.state(), QProcess::Running) << "the import finished before it could be killed";
        ::kill(pid_t(process.processId()), signal);
        process.waitForFinished(60000);
        m_signalled = {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                       process.exitStatus() == QProcess::CrashExit ? process.exitCode() : 0, // its signal
                       QString::fromUtf8(process.readAllStandardError())};
    }

    struct
    {
        int exitCode = 0;     // -1: ended by a signal
        int endedBySignal = 0; // which one
        QString err;
    } m_signalled;
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(ImportExportCliTest, ImportPrintsTheBatchAndCanBeListedAndReverted)
{
    const QString file = writeFile(QStringLiteral("people.csv"),
                                   "Email,First Name,Phone\nann@example.com,Ann,030 1234567\nbad,Bob,\n");
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    const CtlRun run = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--default-region"),
                                           QStringLiteral("DE"), QStringLiteral("--rejects"), rejects,
                                           QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.isJson()) << run.out.toStdString();
    const QJsonObject result = run.json();
    for (const char *key : {"batch_id", "rows", "created", "updated", "merged", "skipped", "rejected", "rejects_file"})
        EXPECT_TRUE(result.contains(QLatin1String(key))) << key;
    EXPECT_EQ(result.value(QStringLiteral("rows")).toInt(), 2);
    EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(result.value(QStringLiteral("rejected")).toInt(), 1);
    EXPECT_EQ(result.value(QStringLiteral("rejects_file")).toString(), rejects);
    EXPECT_TRUE(QFile::exists(rejects));
    const QString batchId = result.value(QStringLiteral("batch_id")).toString();

    const CtlRun list = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(batches.size(), 1);
    EXPECT_EQ(batches.first().toObject().value(QStringLiteral("batch_id")).toString(), batchId);
    EXPECT_EQ(batches.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

    const CtlRun revert = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"), batchId});
    ASSERT_EQ(revert.exitCode, 0) << revert.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
    const CtlRun again = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"), batchId});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already reverted"))) << again.err.toStdString();
}

TEST_P(ImportExportCliTest, APersonListedTwiceIsMergedNotUpdated)
{
    // "Updated" is for contacts from before the import; a second row for a contact the same
    // file created is counted as merged, in the result and in the history.
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"),
                                  writeFile(QStringLiteral("first.csv"), "Email,First Name\nold@example.com,Old\n")})
                  .exitCode,
              0);
    const QString file = writeFile(QStringLiteral("twice.csv"), "Email,First Name,Title\nann@example.com,Ann,\n"
                                                                "ANN@example.com,,Buyer\nold@example.com,,CEO\n");
    const QStringList fill{QStringLiteral("import"), file, QStringLiteral("--on-duplicate"), QStringLiteral("fill")};
    const CtlRun json = runCtl(location(), fill + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.json().value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(json.json().value(QStringLiteral("merged")).toInt(), 1);
    EXPECT_EQ(json.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'Buyer'")), 1);

    const CtlRun list = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("3 rows: 1 created, 1 updated, 1 merged with earlier rows, 0 skipped, "
                                                 "0 rejected  twice.csv")))
        << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("1 row: 1 created, 0 updated, 0 skipped, 0 rejected  first.csv")))
        << list.out.toStdString();
    const CtlRun listJson = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(listJson.out.toUtf8()).array().first().toObject().value(QStringLiteral("merged")).toInt(),
              1);

    // Listed twice with duplicates skipped: the second row is skipped, as a stored duplicate is.
    const CtlRun skipped = runCtl(location(), {QStringLiteral("import"),
                                               writeFile(QStringLiteral("again.csv"), "Email\nbea@example.com\nbea@example.com\n"),
                                               QStringLiteral("--json")});
    EXPECT_EQ(skipped.json().value(QStringLiteral("merged")).toInt(), 0);
    EXPECT_EQ(skipped.json().value(QStringLiteral("skipped")).toInt(), 1);
}

TEST_P(ImportExportCliTest, TheContactsOfAnImportAreListedAndExported)
{
    const QString before = writeFile(QStringLiteral("before.csv"), "Email,First Name\nold@example.com,Old\n"
                                                                   "other@example.com,Other\n");
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), before}).exitCode, 0);
    const QString file = writeFile(QStringLiteral("later.csv"), "Email,First Name,Title\nnew@example.com,New,\n"
                                                                "old@example.com,,Buyer\n");
    const CtlRun later = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
                                             QStringLiteral("fill"), QStringLiteral("--json")});
    ASSERT_EQ(later.exitCode, 0) << later.err.toStdString();
    const QString batchId = later.json().value(QStringLiteral("batch_id")).toString();

    const CtlRun list = runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--import"),
                                            batchId, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().value(QStringLiteral("total")).toInt(), 2) << "the contact it created, the one it filled";
    QStringList listed;
    for (const QJsonValue &contact : list.json().value(QStringLiteral("contacts")).toArray())
        listed << contact.toObject().value(QStringLiteral("email")).toString();
    listed.sort();
    EXPECT_EQ(listed, QStringList({QStringLiteral("new@example.com"), QStringLiteral("old@example.com")}));

    const QString out = m_dir.filePath(QStringLiteral("later-contacts.csv"));
    const CtlRun exported = runCtl(location(), {QStringLiteral("export"), out, QStringLiteral("--import"), batchId,
                                                QStringLiteral("--fields"), QStringLiteral("email,title"),
                                                QStringLiteral("--no-bom"), QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("rows")).toInt(), 2);
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("old@example.com,Buyer"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("other@example.com"))) << text.toStdString();

    // Semicolons, as Excel reads CSV where the comma is the decimal point; read back as such.
    const QString semicolons = m_dir.filePath(QStringLiteral("semicolons.csv"));
    const CtlRun withSemicolons =
        runCtl(location(),
               {QStringLiteral("export"), semicolons, QStringLiteral("--import"), batchId, QStringLiteral("--fields"),
                QStringLiteral("email,title"), QStringLiteral("--delimiter"), QStringLiteral("semicolon")});
    ASSERT_EQ(withSemicolons.exitCode, 0) << withSemicolons.err.toStdString();
    QFile semicolonFile(semicolons);
    ASSERT_TRUE(semicolonFile.open(QIODevice::ReadOnly));
    const QString semicolonText = QString::fromUtf8(semicolonFile.readAll());
    EXPECT_TRUE(semicolonText.contains(QStringLiteral("email;title\r\n"))) << semicolonText.toStdString();
    EXPECT_TRUE(semicolonText.contains(QStringLiteral("old@example.com;Buyer"))) << semicolonText.toStdString();
    const CtlRun badDelimiter = runCtl(
        location(), {QStringLiteral("export"), semicolons, QStringLiteral("--delimiter"), QStringLiteral("pipe")});
    EXPECT_NE(badDelimiter.exitCode, 0);
    EXPECT_TRUE(badDelimiter.err.contains(QStringLiteral("--delimiter"))) << badDelimiter.err.toStdString();

    for (const QString &command : {QStringLiteral("contacts"), QStringLiteral("export")}) {
        QStringList arguments = command == QLatin1String("contacts")
                                    ? QStringList{command, QStringLiteral("list")}
                                    : QStringList{command, m_dir.filePath(QStringLiteral("none.csv"))};
        arguments << QStringLiteral("--import") << QStringLiteral("no-such-batch");
        const CtlRun unknown = runCtl(location(), arguments);
        EXPECT_NE(unknown.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(unknown.err.contains(QStringLiteral("no-such-batch"))) << unknown.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("none.csv"))));
}

TEST_P(ImportExportCliTest, ImportUsesAMappingPresetAndDuplicateOptions)
{
    writeFile(QStringLiteral("preset.json"),
              R"({"format": "leadline-import-mapping", "version": 1,
                  "columns": {"Mail": "email", "Shoe": "custom:shoe_size", "Nick": "skip"}})");
    const QString file = writeFile(QStringLiteral("a.csv"), "Mail,Shoe,Nick\nx@example.com,42,xx\n");
    const CtlRun first = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--mapping"),
                                             m_dir.filePath(QStringLiteral("preset.json")), QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("created")).toInt(), 1);

    const QString second = writeFile(QStringLiteral("b.csv"), "Mail,Shoe,Nick\nX@example.com,43,yy\n");
    const CtlRun overwrite = runCtl(location(), {QStringLiteral("import"), second, QStringLiteral("--mapping"),
                                                 m_dir.filePath(QStringLiteral("preset.json")),
                                                 QStringLiteral("--on-duplicate"), QStringLiteral("overwrite"),
                                                 QStringLiteral("--json")});
    ASSERT_EQ(overwrite.exitCode, 0) << overwrite.err.toStdString();
    EXPECT_EQ(overwrite.json().value(QStringLiteral("updated")).toInt(), 1);
    auto q = db().exec(QStringLiteral("SELECT custom_fields FROM contacts WHERE lower(email) = 'x@example.com'"));
    ASSERT_TRUE(q.hasValue());
    ASSERT_TRUE(q->next());
    EXPECT_TRUE(q->value(0).toString().contains(QStringLiteral("43"))) << q->value(0).toString().toStdString();
}

TEST_P(ImportExportCliTest, UpdateOnlyFillsTheContactsItMatchesAndRejectsTheOthers)
{
    const QString first = writeFile(QStringLiteral("a.csv"), "email,title\nana@example.com,Keeper\n");
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), first, QStringLiteral("--json")}).exitCode, 0);
    const QString second = writeFile(QStringLiteral("b.csv"), "email,title,city\nana@example.com,Chair,Madrid\n"
                                                              "ben@example.com,Dev,Oslo\n");
    const CtlRun refused = runCtl(location(), {QStringLiteral("import"), second, QStringLiteral("--update-only"),
                                               QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--update-only needs --on-duplicate fill or overwrite")))
        << refused.err.toStdString();
    const CtlRun updated = runCtl(location(), {QStringLiteral("import"), second, QStringLiteral("--update-only"),
                                               QStringLiteral("--json")});
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    EXPECT_EQ(updated.json().value(QStringLiteral("created")).toInt(), 0);
    EXPECT_EQ(updated.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(updated.json().value(QStringLiteral("rejected")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'Keeper' AND city = 'Madrid'")), 1)
        << "filled by default";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 1);
}

TEST_P(ImportExportCliTest, AnExportEditedAndImportedOnItsIdsUpdatesTheSameContacts)
{
    const QString first = writeFile(QStringLiteral("a.csv"), "email,title\nana@example.com,CEO\n");
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), first}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    ASSERT_EQ(runCtl(location(), {QStringLiteral("export"), out, QStringLiteral("--fields"), QStringLiteral("id,email,title")})
                  .exitCode,
              0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("ana@example.com", "ana.new@example.com").replace("CEO", "Chair");
    const QString edited = writeFile(QStringLiteral("edited.csv"), text);
    const CtlRun updated = runCtl(location(), {QStringLiteral("import"), edited, QStringLiteral("--match"), QStringLiteral("id"),
                                               QStringLiteral("--json")}); // overwriting, as it comes back to
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    EXPECT_EQ(updated.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(updated.json().value(QStringLiteral("created")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE email = 'ana.new@example.com' AND title = "
                                    "'Chair' AND external_id IS NULL")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 1);
}

TEST_P(ImportExportCliTest, ASearchWithNothingToSearchForIsRefusedNotEverything)
{
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), writeFile(QStringLiteral("a.csv"), "email\nann@example.com\n")})
                  .exitCode,
              0);
    const QString out = m_dir.filePath(QStringLiteral("search.csv"));
    for (const QString &search : {QStringLiteral("*"), QStringLiteral("-"), QString::fromUtf8("🙂")}) {
        const CtlRun exported = runCtl(location(), {QStringLiteral("export"), out, QStringLiteral("--search"), search});
        EXPECT_EQ(exported.exitCode, 2) << search.toStdString();
        EXPECT_TRUE(exported.err.contains(QStringLiteral("has no letters or digits to search for"))) << exported.err.toStdString();
        const CtlRun listed = runCtl(location(), {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"), search});
        EXPECT_EQ(listed.exitCode, 2) << search.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out)) << "no export of everything";
}

TEST_P(ImportExportCliTest, TwoImportsAtOnceTakeTurnsAndShareContactsCompaniesAndTags)
{
    // Into an empty database, the same people, companies and a tag in both files.
    QByteArray first = "email,first name,company,tags\n", second = first;
    constexpr int kRows = 15000;
    for (int i = 0; i < kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        first += "both" + n + "@example.com,A" + n + ",Shared Co " + QByteArray::number(i % 300) + ",\"shared;a\"\n";
        second += "both" + n + "@example.com,B" + n + ",Shared Co " + QByteArray::number(i % 300) + ",\"shared;b\"\n";
    }
    ASSERT_EQ(runCtl(location(), {QStringLiteral("init")}).exitCode, 0);
    QList<QProcess *> imports;
    for (const QString &file : {writeFile(QStringLiteral("first.csv"), first), writeFile(QStringLiteral("second.csv"), second)}) {
        auto *process = new QProcess;
        process->start(QStringLiteral(LEADLINECTL_PATH),
                       {QStringLiteral("--db"), location(), QStringLiteral("import"), file, QStringLiteral("--json")});
        imports << process;
    }
    qint64 created = 0, skipped = 0;
    for (QProcess *process : std::as_const(imports)) {
        ASSERT_TRUE(process->waitForFinished(120000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        created += result.value(QStringLiteral("created")).toInteger();
        skipped += result.value(QStringLiteral("skipped")).toInteger();
        delete process;
    }
    EXPECT_EQ(created, kRows) << "each person once";
    EXPECT_EQ(skipped, kRows) << "the other file's rows are duplicates";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), kRows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies")), 300) << "no company twice";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'shared'")), 1);
}

TEST_P(ImportExportCliTest, TwoProcessesOpeningANewDatabaseMigrateItOnce)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "a new file each round; PostgreSQL takes an advisory lock the same way";
    for (int round = 0; round < 4; ++round) {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        QList<QProcess *> inits;
        for (int i = 0; i < 2; ++i) {
            auto *process = new QProcess;
            process->start(QStringLiteral(LEADLINECTL_PATH), {QStringLiteral("--db"), fresh, QStringLiteral("init")});
            inits << process;
        }
        for (QProcess *process : std::as_const(inits)) {
            ASSERT_TRUE(process->waitForFinished(60000));
            EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
            delete process;
        }
    }
}

TEST_P(ImportExportCliTest, UndoingAnImportWhoseContactsChangedSinceNeedsForce)
{
    const CtlRun first = runCtl(location(), {QStringLiteral("import"),
                                             writeFile(QStringLiteral("a.csv"), "email,title\nx1@example.com,A\nx2@example.com,B\n"),
                                             QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QString batchId = first.json().value(QStringLiteral("batch_id")).toString();
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), writeFile(QStringLiteral("b.csv"), "email,title\nx1@example.com,Changed\n"),
                                  QStringLiteral("--on-duplicate"), QStringLiteral("overwrite")})
                  .exitCode,
              0);
    const CtlRun refused = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"), batchId});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("One of the contacts it created was changed after the import")))
        << refused.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2) << "nothing undone";
    const CtlRun forced = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"), batchId, QStringLiteral("--force")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(QStringLiteral("The 2 contacts it created are removed."))) << forced.out.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
    const CtlRun list = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &batch : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        EXPECT_TRUE(batch.toObject().value(QStringLiteral("rejects_file")).isNull()) << "none, as the import said";
        EXPECT_TRUE(batch.toObject().value(QStringLiteral("error")).isNull());
    }
    const CtlRun stats = runCtl(location(), {QStringLiteral("stats")});
    EXPECT_TRUE(stats.out.contains(QStringLiteral("(0 live)"))) << "removed contacts are rows, not contacts: "
                                                                 << stats.out.toStdString();
}

TEST_P(ImportExportCliTest, ImportReadsTheEncodingDelimiterSheetAndMatchItIsTold)
{
    // Valid UTF-8 with an accent in the first 64 KiB, Windows-1252 after: detected, each line
    // reads as what it is, and the summary names the line read as Windows-1252.
    QByteArray text = "email;last name\ncafe@example.com;Caf\xC3\xA9\n";
    for (int i = 0; text.size() < 70 * 1024; ++i)
        text += "p" + QByteArray::number(i) + "@example.com;Plain\n";
    text += "mueller@example.com;M\xFCller\n";
    const qint64 lines = text.count('\n');
    const QString file = writeFile(QStringLiteral("late.csv"), text);
    const CtlRun detected = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--json")});
    ASSERT_EQ(detected.exitCode, 0) << detected.err.toStdString();
    EXPECT_EQ(detected.json().value(QStringLiteral("created")).toInteger(), lines - 1);
    EXPECT_TRUE(detected.json()
                    .value(QStringLiteral("reading_note"))
                    .toString()
                    .startsWith(QStringLiteral("Line %1 of the file is not in UTF-8").arg(QLocale().toString(lines))))
        << detected.out.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = '") + QString::fromUtf8("Müller") +
                     QStringLiteral("'")),
              1);
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"),
                                  detected.json().value(QStringLiteral("batch_id")).toString()})
                  .exitCode,
              0);
    const CtlRun told = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--encoding"),
                                            QStringLiteral("windows-1252"), QStringLiteral("--delimiter"),
                                            QStringLiteral(";"), QStringLiteral("--json")});
    ASSERT_EQ(told.exitCode, 0) << told.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND last_name = '") +
                     QString::fromUtf8("Müller") + QStringLiteral("'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE last_name = '") + QString::fromUtf8("CafÃ©") +
                     QStringLiteral("'")),
              1)
        << "read as told: the UTF-8 accent as two Windows-1252 characters";

    // The second sheet of a workbook, matched on phone and filling empty fields only.
    const QString workbook = QString::fromLocal8Bit(qgetenv("LEADLINE_TEST_DATA")) + QStringLiteral("/import/multi_sheet.xlsx");
    const CtlRun sheets = runCtl(location(), {QStringLiteral("import"), workbook, QStringLiteral("--sheet"),
                                              QStringLiteral("does-not-exist")});
    EXPECT_NE(sheets.exitCode, 0);
    EXPECT_TRUE(sheets.err.contains(QStringLiteral("does-not-exist"))) << sheets.err.toStdString();
    // Without --sheet, the sheet the wizard would show: not the summary in front, the contacts.
    const CtlRun chosen = runCtl(location(), {QStringLiteral("import"), workbook});
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_TRUE(chosen.out.startsWith(QStringLiteral("Read the sheet “Contacts” of multi_sheet.xlsx."))) << chosen.out.toStdString();
    const CtlRun summarySheet = runCtl(location(), {QStringLiteral("import"), workbook, QStringLiteral("--sheet"),
                                                    QStringLiteral("Summary")});
    EXPECT_EQ(summarySheet.exitCode, 2);
    EXPECT_TRUE(summarySheet.err.contains(QStringLiteral("(This is the sheet “Summary”; the workbook also has “Contacts”.)")))
        << summarySheet.err.toStdString();

    const QString phones = writeFile(QStringLiteral("phones.csv"), "phone,first name,city\n+4930901820,Ann,\n");
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), phones}).exitCode, 0);
    const QString again = writeFile(QStringLiteral("phones2.csv"), "phone,first name,city\n030 901820,Anna,Berlin\n");
    const CtlRun filled = runCtl(location(), {QStringLiteral("import"), again, QStringLiteral("--match"),
                                              QStringLiteral("phone"), QStringLiteral("--on-duplicate"),
                                              QStringLiteral("fill"), QStringLiteral("--default-region"),
                                              QStringLiteral("de"), QStringLiteral("--json")});
    ASSERT_EQ(filled.exitCode, 0) << filled.err.toStdString();
    EXPECT_EQ(filled.json().value(QStringLiteral("updated")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Ann' AND city = 'Berlin'")), 1)
        << "the national number matched the stored one; fill kept the name and wrote the city";

    const CtlRun noPhones = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--encoding"),
                                                QStringLiteral("cp1252"), QStringLiteral("--match"),
                                                QStringLiteral("phone")});
    EXPECT_NE(noPhones.exitCode, 0);
    EXPECT_TRUE(noPhones.err.contains(QStringLiteral("late.csv")) && noPhones.err.contains(QStringLiteral("Phone")))
        << noPhones.err.toStdString();
}

TEST_P(ImportExportCliTest, ATitleAboveTheColumnNamesIsLeftOutAndSaidSo)
{
    const QString file = writeFile(QStringLiteral("report.csv"), "Leads of the fair\n\nName,Email\nAda,ada@example.com\n");
    const CtlRun run = runCtl(location(), {QStringLiteral("import"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 row: 1 created"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("The column names are on line 3; what is above them was left out.")))
        << run.out.toStdString();
    const QString sheet = QString::fromLocal8Bit(qgetenv("LEADLINE_TEST_DATA")) + QStringLiteral("/import/titled.xlsx");
    const CtlRun report = runCtl(location(), {QStringLiteral("import"), sheet, QStringLiteral("--json")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("header_line")).toInt(), 4);
    EXPECT_EQ(report.json().value(QStringLiteral("rows")).toInt(), 2) << "Ada and Bob, not the title";
}

TEST_P(ImportExportCliTest, SlashDatesReadInTheDefaultRegionsOrderUnlessTold)
{
    // A US Salesforce export: 4/5/2023 is April 5th there, and 4 May in Britain.
    int run = 0;
    const auto createdOn = [&](const QStringList &options) {
        const QString email = QStringLiteral("ada%1@example.com").arg(++run);
        const QString file = writeFile(QStringLiteral("salesforce%1.csv").arg(run),
                                       "Email,Created Date\n" + email.toUtf8() + ",4/5/2023\n");
        const CtlRun imported = runCtl(location(), QStringList{QStringLiteral("import"), file} + options);
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        auto q = db().exec(QStringLiteral("SELECT created_at FROM contacts WHERE email = ?"), {email});
        return q && q->next() ? db().dialect().timestampFromDb(q->value(0)).date() : QDate();
    };
    EXPECT_EQ(createdOn({QStringLiteral("--default-region"), QStringLiteral("US")}), QDate(2023, 4, 5));
    EXPECT_EQ(createdOn({}), QDate(2023, 4, 5)) << "no region set: phones and dates are read as in the US";
    EXPECT_EQ(createdOn({QStringLiteral("--default-region"), QStringLiteral("GB")}), QDate(2023, 5, 4));
    EXPECT_EQ(createdOn({QStringLiteral("--default-region"), QStringLiteral("GB"), QStringLiteral("--date-order"),
                         QStringLiteral("month-first")}),
              QDate(2023, 4, 5));
    EXPECT_EQ(createdOn({QStringLiteral("--default-region"), QStringLiteral("US"), QStringLiteral("--date-order"),
                         QStringLiteral("day-first")}),
              QDate(2023, 5, 4));
}

// A US export read in Germany: its "1/15/2024" can only be month first, so its "2/3/2024" is
// February 3rd too, not the 2nd of March a German reading of that one cell would give.
TEST_P(ImportExportCliTest, DatesAreReadInTheOrderTheFileShows)
{
    int run = 0;
    // Imports the file under new addresses; the date each row's contact was created on.
    const auto import = [&](const QStringList &options, QString *note = nullptr) {
        const QByteArray prefix = QByteArray::number(++run);
        const QString file = writeFile(QStringLiteral("us-dates%1.csv").arg(run),
                                       "Email,Created Date\n" + prefix + "feb@example.com,2/3/2024\n" + prefix +
                                           "jan@example.com,1/15/2024\n" + prefix + "iso@example.com,2024-03-02\n");
        const CtlRun imported =
            runCtl(location(), QStringList{QStringLiteral("import"), file, QStringLiteral("--json")} + options);
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        if (note)
            *note = imported.json().value(QStringLiteral("reading_note")).toString();
        QList<QDate> dates;
        for (const char *name : {"feb", "jan", "iso"}) {
            auto q = db().exec(QStringLiteral("SELECT created_at FROM contacts WHERE email = ?"),
                               {QString::fromLatin1(prefix + name + "@example.com")});
            dates << (q && q->next() ? db().dialect().timestampFromDb(q->value(0)).date() : QDate());
        }
        return dates;
    };
    const QList<QDate> february3{QDate(2024, 2, 3), QDate(2024, 1, 15), QDate(2024, 3, 2)};
    QString note;
    EXPECT_EQ(import({QStringLiteral("--default-region"), QStringLiteral("DE")}, &note), february3);
    EXPECT_TRUE(note.contains(QStringLiteral("month first")) && note.contains(QStringLiteral("“1/15/2024” on line 3")))
        << note.toStdString();

    // An order chosen is kept; "1/15/2024" is still read the one way it can be.
    EXPECT_EQ(import({QStringLiteral("--default-region"), QStringLiteral("US"), QStringLiteral("--date-order"),
                      QStringLiteral("day-first")},
                     &note),
              (QList<QDate>{QDate(2024, 3, 2), QDate(2024, 1, 15), QDate(2024, 3, 2)}));
    EXPECT_TRUE(note.isEmpty()) << note.toStdString();
    // A file whose dates show the region's own order needs no word.
    EXPECT_EQ(import({QStringLiteral("--default-region"), QStringLiteral("US")}, &note), february3);
    EXPECT_TRUE(note.isEmpty()) << note.toStdString();

    // One that shows both is read date by date, and says so.
    const QString mixed = writeFile(QStringLiteral("mixed-dates.csv"),
                                    "Email,Created Date\nm1@example.com,1/15/2024\nm2@example.com,20/12/2024\n"
                                    "m3@example.com,2/3/2024\n");
    const CtlRun both = runCtl(location(), {QStringLiteral("import"), mixed, QStringLiteral("--default-region"),
                                            QStringLiteral("DE"), QStringLiteral("--json")});
    ASSERT_EQ(both.exitCode, 0) << both.err.toStdString();
    const QString said = both.json().value(QStringLiteral("reading_note")).toString();
    EXPECT_TRUE(
        said.contains(QStringLiteral("both orders")) && said.contains(QStringLiteral("“1/15/2024” on line 2")) &&
        said.contains(QStringLiteral("“20/12/2024” on line 3")) && said.contains(QStringLiteral("read day first")))
        << said.toStdString();

    // Many dates one way and one the other: the file's order, and the odd one named.
    QByteArray typo = "Email,Created Date\n";
    for (int i = 13; i <= 28; ++i)
        typo += "t" + QByteArray::number(i) + "@example.com,1/" + QByteArray::number(i) + "/2024\n";
    typo += "odd@example.com,25/3/2024\nfeb@example.com,2/3/2024\n";
    const QString typoFile = writeFile(QStringLiteral("typo.csv"), typo);
    const CtlRun mostly = runCtl(location(), {QStringLiteral("import"), typoFile, QStringLiteral("--default-region"),
                                              QStringLiteral("DE"), QStringLiteral("--json")});
    ASSERT_EQ(mostly.exitCode, 0) << mostly.err.toStdString();
    const QString told = mostly.json().value(QStringLiteral("reading_note")).toString();
    // The check of the file, before importing, says the same.
    const CtlRun checked =
        runCtl(location(), {QStringLiteral("import"), typoFile, QStringLiteral("--check"),
                            QStringLiteral("--default-region"), QStringLiteral("DE"), QStringLiteral("--json")});
    EXPECT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    EXPECT_EQ(checked.json().value(QStringLiteral("reading_note")).toString(), told);
    EXPECT_TRUE(told.contains(QStringLiteral("read month first")) &&
                told.contains(QStringLiteral("“25/3/2024” on line 18")))
        << told.toStdString();
    auto q = db().exec(QStringLiteral("SELECT created_at FROM contacts WHERE email = ?"),
                       {QStringLiteral("feb@example.com")});
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(db().dialect().timestampFromDb(q->value(0)).date(), QDate(2024, 2, 3));
}

// A file none of whose rows could be taken (mapped wrong, or not a contact list) is no import a
// script should carry on after: exit 2, with the counts and where the reasons are.
TEST_P(ImportExportCliTest, AnImportThatRejectsEveryRowFails)
{
    const QString bad = writeFile(QStringLiteral("bad.csv"), "Email,Phone\nnot-an-email,\nalso bad,\n");
    const CtlRun json = runCtl(location(), {QStringLiteral("import"), bad, QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 2) << json.out.toStdString();
    const QJsonObject document = json.json();
    EXPECT_EQ(document.value(QStringLiteral("exit_code")).toInt(), 2);
    EXPECT_EQ(document.value(QStringLiteral("rejected")).toInt(), 2);
    EXPECT_EQ(document.value(QStringLiteral("created")).toInt(), 0);
    const QString rejects = document.value(QStringLiteral("rejects_file")).toString();
    EXPECT_TRUE(QFile::exists(rejects)) << rejects.toStdString();
    EXPECT_TRUE(document.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("All 2 rows of bad.csv were rejected")))
        << json.out.toStdString();
    EXPECT_TRUE(json.err.contains(rejects)) << json.err.toStdString();

    const CtlRun text = runCtl(location(), {QStringLiteral("import"), bad});
    EXPECT_EQ(text.exitCode, 2);
    EXPECT_TRUE(text.out.contains(QStringLiteral("2 rejected"))) << text.out.toStdString();
    EXPECT_TRUE(text.err.contains(QStringLiteral("nothing was imported"))) << text.err.toStdString();

    // The only row rejected, and a file of column names only, are no import either.
    const QString one = writeFile(QStringLiteral("one.csv"), "Email\nnope\n");
    const CtlRun single = runCtl(location(), {QStringLiteral("import"), one});
    EXPECT_EQ(single.exitCode, 2);
    EXPECT_TRUE(single.err.contains(QStringLiteral("The row of one.csv was rejected"))) << single.err.toStdString();
    EXPECT_FALSE(single.err.contains(QStringLiteral("QString::arg"))) << single.err.toStdString();
    EXPECT_FALSE(single.out.contains(QStringLiteral("undo with"))) << "nothing to undo";
    const QString names = writeFile(QStringLiteral("names.csv"), "Email,First Name\n");
    const CtlRun empty = runCtl(location(), {QStringLiteral("import"), names, QStringLiteral("--json")});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no rows below its column names")))
        << empty.out.toStdString();

    // One row taken is an import, with its rejects.
    const QString mixed = writeFile(QStringLiteral("mixed.csv"), "Email\nnot-an-email\nada@example.com\n");
    const CtlRun some = runCtl(location(), {QStringLiteral("import"), mixed, QStringLiteral("--json")});
    EXPECT_EQ(some.exitCode, 0) << some.err.toStdString();
    EXPECT_EQ(some.json().value(QStringLiteral("rejected")).toInt(), 1);
}

// What an import would reject, found before anything is imported: the same rows, nothing written.
TEST_P(ImportExportCliTest, CheckCountsTheRowsAnImportWouldRejectAndImportsNothing)
{
    const QString file = writeFile(QStringLiteral("check.csv"), "Email,Phone\n"
                                                                "ada@example.com,030 1234567\n"
                                                                "not-an-email,\n"
                                                                "bob@example.com,12\n"
                                                                "carl@example.com,030 7654321,extra\n"
                                                                "dora@example.com,\n");
    const CtlRun checked =
        runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--check"),
                            QStringLiteral("--default-region"), QStringLiteral("DE"), QStringLiteral("--json")});
    ASSERT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    const QJsonObject result = checked.json();
    EXPECT_EQ(result.value(QStringLiteral("rows")).toInt(), 5);
    EXPECT_EQ(result.value(QStringLiteral("rejected")).toInt(), 3);
    const QJsonArray problems = result.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 3);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(
        problems.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("not-an-email")));
    EXPECT_EQ(problems.at(2).toObject().value(QStringLiteral("line")).toInt(), 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0) << "no batch either";

    // The import then rejects exactly those rows.
    const CtlRun imported = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--default-region"),
                                                QStringLiteral("DE"), QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("rejected")).toInt(), 3);

    // Text for people; a mapping that imports nothing and a file of rejects end as the import would.
    const CtlRun text = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--check"),
                                            QStringLiteral("--default-region"), QStringLiteral("DE")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("5 rows of check.csv checked: 3 would be rejected.")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("  Line 3: "))) << text.out.toStdString();
    const QString bad = writeFile(QStringLiteral("allbad.csv"), "Email\nx\ny\n");
    const CtlRun allBad =
        runCtl(location(), {QStringLiteral("import"), bad, QStringLiteral("--check"), QStringLiteral("--json")});
    EXPECT_EQ(allBad.exitCode, 2);
    EXPECT_EQ(allBad.json().value(QStringLiteral("rejected")).toInt(), 2);
    const QString unmapped = writeFile(QStringLiteral("unmapped.csv"), "Colour,Size\nred,L\n");
    const CtlRun nothing = runCtl(location(), {QStringLiteral("import"), unmapped, QStringLiteral("--check")});
    EXPECT_EQ(nothing.exitCode, 2) << nothing.out.toStdString();

    // Refused before a row is read, as the import refuses it, with the import's words.
    const auto sameRefusal = [&](const QString &path, const QStringList &options) {
        const CtlRun check =
            runCtl(location(), QStringList{QStringLiteral("import"), path, QStringLiteral("--check")} + options);
        const CtlRun import = runCtl(location(), QStringList{QStringLiteral("import"), path} + options);
        EXPECT_EQ(check.exitCode, 2) << options.join(u' ').toStdString() << check.out.toStdString();
        EXPECT_EQ(import.exitCode, 2) << options.join(u' ').toStdString();
        EXPECT_FALSE(import.err.trimmed().isEmpty());
        EXPECT_TRUE(check.err.contains(import.err.section(QLatin1Char('\n'), 0, 0).trimmed()))
            << check.err.toStdString() << " / " << import.err.toStdString();
    };
    sameRefusal(file, {QStringLiteral("--match"), QStringLiteral("external_id")});
    sameRefusal(file, {QStringLiteral("--tag"), QString(120, QLatin1Char('t'))});
    const QString names = writeFile(QStringLiteral("names.csv"), "Email,Phone\n");
    const CtlRun namesOnly = runCtl(location(), {QStringLiteral("import"), names, QStringLiteral("--check")});
    EXPECT_EQ(namesOnly.exitCode, 2);
    EXPECT_TRUE(namesOnly.err.contains(QStringLiteral("names.csv has no rows below its column names")))
        << namesOnly.err.toStdString();
    sameRefusal(writeFile(QStringLiteral("blank.csv"), "\n\n"), {});
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 2) << "only the import above wrote";
}

TEST_P(ImportExportCliTest, ContactsTheFileGivesNoOwnerGoToTheOwnerNamed)
{
    Domain::User rita;
    rita.name = QStringLiteral("Rita Rep");
    rita.email = QStringLiteral("rita@example.com");
    auto created = Leads::UserService(sharedDb(), Domain::SystemClock::instance()).create(rita);
    ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
    const QString file = writeFile(QStringLiteral("owners.csv"), "email,first name\na@example.com,Ann\n");

    const CtlRun unknown = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--owner"),
                                               QStringLiteral("nobody@example.com"), QStringLiteral("--json")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("nobody@example.com")))
        << unknown.out.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);

    const CtlRun byName = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--owner"), QStringLiteral("rita rep"),
                                              QStringLiteral("--tag"), QStringLiteral("fair"), QStringLiteral("--tag"),
                                              QStringLiteral("vip")});
    ASSERT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE owner_id = '%1'").arg(created->id)), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contact_tags")), 2) << "every --tag given";
}

TEST_P(ImportExportCliTest, BadArgumentsAndFilesGetClearErrors)
{
    const CtlRun missing = runCtl(location(), {QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.csv"))) << missing.err.toStdString();
    const CtlRun empty = runCtl(location(), {QStringLiteral("import"), writeFile(QStringLiteral("bom.csv"), "\xEF\xBB\xBF\r\n\r\n")});
    EXPECT_NE(empty.exitCode, 0);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("bom.csv has no rows to import."))) << empty.err.toStdString();
    // Options that would quietly do something else than asked.
    const QString csv = writeFile(QStringLiteral("plain.csv"), "email\nx@example.com\n");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), csv, QStringLiteral("--default-region"), QString()},
          QStringList{QStringLiteral("import"), csv, QStringLiteral("--owner"), QStringLiteral(" ")},
          QStringList{QStringLiteral("import"), csv, QStringLiteral("--sheet"), QStringLiteral("Sheet1")},
          QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("o.csv")), QStringLiteral("--fields"),
                      QStringLiteral("email,email")},
          QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("o.csv")), QStringLiteral("--fields"),
                      QStringLiteral("email,custom:Nope")}}) {
        const CtlRun refused = runCtl(location(), arguments);
        EXPECT_EQ(refused.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << refused.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("o.csv"))));
    // A forgotten value is said, not taken from the next option.
    const CtlRun forgotten = runCtl(location(), {QStringLiteral("import"), csv, QStringLiteral("--on-duplicate"),
                                                 QStringLiteral("--json")});
    EXPECT_EQ(forgotten.exitCode, 2);
    EXPECT_TRUE(forgotten.err.contains(QStringLiteral("--on-duplicate needs a value"))) << forgotten.err.toStdString();
    // Reading commands never make the database a mistyped --db names.
    const QString typo = m_dir.filePath(QStringLiteral("typo.sqlite"));
    for (const QStringList &reading : {QStringList{QStringLiteral("import"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("contacts"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("export"), m_dir.filePath(QStringLiteral("t.csv"))},
                                       QStringList{QStringLiteral("stats")}}) {
        const CtlRun none = runCtl(typo, reading);
        EXPECT_EQ(none.exitCode, 1) << reading.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(none.err.contains(QStringLiteral("There is no database at"))) << none.err.toStdString();
        EXPECT_FALSE(QFile::exists(typo)) << reading.join(QLatin1Char(' ')).toStdString();
    }
    const QString emptyFile = writeFile(QStringLiteral("empty.sqlite"), QByteArray());
    const CtlRun onEmpty = runCtl(emptyFile, {QStringLiteral("stats")});
    EXPECT_EQ(onEmpty.exitCode, 1);
    EXPECT_TRUE(onEmpty.err.contains(QStringLiteral("is an empty file, not a database"))) << onEmpty.err.toStdString();
    EXPECT_EQ(QFileInfo(emptyFile).size(), 0) << "an empty file is not made a database by reading it";
    writeFile(QStringLiteral("number.json"), R"({"format": "leadline-import-mapping", "version": 1, "columns": {"email": 5}})");
    const CtlRun numbered = runCtl(location(), {QStringLiteral("import"), csv, QStringLiteral("--mapping"),
                                                m_dir.filePath(QStringLiteral("number.json"))});
    EXPECT_NE(numbered.exitCode, 0);
    EXPECT_TRUE(numbered.err.contains(QStringLiteral("to 5,"))) << numbered.err.toStdString();

    // With --json, a failure is the one JSON document on stdout too.
    const CtlRun missingJson =
        runCtl(location(), {QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("--json")});
    EXPECT_EQ(missingJson.exitCode, 1);
    ASSERT_TRUE(missingJson.isJson()) << missingJson.out.toStdString();
    EXPECT_TRUE(missingJson.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("nope.csv")));
    EXPECT_EQ(missingJson.json().value(QStringLiteral("exit_code")).toInt(), 1);
    const CtlRun unknownJson = runCtl(location(), {QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("--json")});
    EXPECT_EQ(unknownJson.exitCode, 2);
    EXPECT_EQ(unknownJson.json().value(QStringLiteral("exit_code")).toInt(), 2) << unknownJson.out.toStdString();
    // A file it cannot read on (a byte that is not UTF-8, read as UTF-8 as told) stops where it
    // cannot, the rows before in.
    const CtlRun stopped =
        runCtl(location(), {QStringLiteral("import"),
                            writeFile(QStringLiteral("stops.csv"), "email\na@example.com\nb\xff@example.com\n"),
                            QStringLiteral("--encoding"), QStringLiteral("utf-8"), QStringLiteral("--json")});
    EXPECT_NE(stopped.exitCode, 0);
    EXPECT_TRUE(stopped.json().contains(QStringLiteral("batch_id"))) << "a script can revert what it did: " << stopped.out.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 1);
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"),
                                  stopped.json().value(QStringLiteral("batch_id")).toString()})
                  .exitCode,
              0);
    const CtlRun openQuote =
        runCtl(location(), {QStringLiteral("import"),
                            writeFile(QStringLiteral("open-quote.csv"), "email\na@example.com\n\"b@example.com\n"),
                            QStringLiteral("--json")});
    EXPECT_EQ(openQuote.exitCode, 0) << "a quote never closed costs its row";
    EXPECT_EQ(openQuote.json().value(QStringLiteral("rejected")).toInteger(), 1);
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"),
                                  openQuote.json().value(QStringLiteral("batch_id")).toString()})
                  .exitCode,
              0);

    const QString file = writeFile(QStringLiteral("ok.csv"), "email\na@example.com\n");
    const CtlRun badAction = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
                                                 QStringLiteral("merge")});
    EXPECT_EQ(badAction.exitCode, 2);
    EXPECT_TRUE(badAction.err.contains(QStringLiteral("merge"))) << badAction.err.toStdString();
    for (const auto &[option, value] : {std::pair{"--encoding", "ebcdic"}, std::pair{"--delimiter", "::"},
                                        std::pair{"--default-region", "Atlantis"}, std::pair{"--date-order", "mdy"},
                                        std::pair{"--match", "name"}}) {
        const CtlRun bad = runCtl(location(), {QStringLiteral("import"), file, QLatin1String(option), QLatin1String(value)});
        EXPECT_EQ(bad.exitCode, 2) << option;
        EXPECT_TRUE(bad.err.contains(QLatin1String(option)) && bad.err.contains(QLatin1String(value)))
            << bad.err.toStdString();
    }

    writeFile(QStringLiteral("broken.json"), "{\"format\":");
    const CtlRun badPreset = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--mapping"),
                                                 m_dir.filePath(QStringLiteral("broken.json"))});
    EXPECT_NE(badPreset.exitCode, 0);
    EXPECT_TRUE(badPreset.err.contains(QStringLiteral("not valid JSON"))) << badPreset.err.toStdString();

    const QString binary = writeFile(QStringLiteral("photo.xlsx"), QByteArray("PK\x03\x04garbage", 13));
    const CtlRun notExcel = runCtl(location(), {QStringLiteral("import"), binary});
    EXPECT_NE(notExcel.exitCode, 0);
    EXPECT_FALSE(notExcel.err.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0)
        << "nothing half-written";

    const CtlRun badExport = runCtl(location(), {QStringLiteral("export"), m_dir.filePath(QStringLiteral("out.pdf"))});
    EXPECT_EQ(badExport.exitCode, 2);
    const CtlRun badField = runCtl(location(), {QStringLiteral("export"), m_dir.filePath(QStringLiteral("out.csv")),
                                                QStringLiteral("--fields"), QStringLiteral("email,salary")});
    EXPECT_NE(badField.exitCode, 0);
    EXPECT_TRUE(badField.err.contains(QStringLiteral("salary"))) << badField.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("out.csv"))));
}

TEST_P(ImportExportCliTest, ExportWritesTheChosenFieldsForASearch)
{
    const QString file = writeFile(QStringLiteral("p.csv"),
                                   "email,first name,last name,title\n"
                                   "ann@example.com,Ann,Archer,=cmd|' /C calc'!A0\n"
                                   "bob@example.com,Bob,Baker,CFO\n");
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), file}).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const CtlRun run = runCtl(location(), {QStringLiteral("export"), out, QStringLiteral("--search"),
                                           QStringLiteral("archer"), QStringLiteral("--fields"),
                                           QStringLiteral("email,title"), QStringLiteral("--no-bom"),
                                           QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("rows")).toInt(), 1);
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), QByteArray("email,title\r\nann@example.com,'=cmd|' /C calc'!A0\r\n"));
}

TEST_P(ImportExportCliTest, TheDatabasesOwnFilesAreNeitherImportedNorWrittenTo)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "a PostgreSQL database has no files here";
    const QString database = location();
    const QString file = writeFile(QStringLiteral("p.csv"), "email\nann@example.com\nnot-an-email\n");
    const CtlRun imported = runCtl(location(), {QStringLiteral("import"), database});
    EXPECT_NE(imported.exitCode, 0);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("file of the Leadline database"))) << imported.err.toStdString();

    const CtlRun rejectsOverWal = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--rejects"),
                                                      database + QStringLiteral("-wal")});
    EXPECT_NE(rejectsOverWal.exitCode, 0);
    EXPECT_TRUE(rejectsOverWal.err.contains(QStringLiteral("-wal"))) << rejectsOverWal.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0) << "refused before it began";

    const CtlRun mapping = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--mapping"), database});
    EXPECT_NE(mapping.exitCode, 0);
    EXPECT_TRUE(mapping.err.contains(QStringLiteral("file of the Leadline database"))) << mapping.err.toStdString();

    // An export under a name the export accepts, which is the database through a link.
    ASSERT_EQ(runCtl(location(), {QStringLiteral("import"), file}).exitCode, 0);
    const QFileInfo before(database);
    const QDateTime modified = before.lastModified();
    const QString link = m_dir.filePath(QStringLiteral("contacts.csv"));
    ASSERT_TRUE(QFile::link(database, link));
    const CtlRun exported = runCtl(location(), {QStringLiteral("export"), link});
    EXPECT_NE(exported.exitCode, 0);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("file of the Leadline database"))) << exported.err.toStdString();
    const QFileInfo after(database);
    EXPECT_TRUE(after.isFile() && !after.isSymLink()) << "not replaced";
    EXPECT_EQ(after.size(), before.size());
    EXPECT_EQ(after.lastModified(), modified);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST_P(ImportExportCliTest, RejectedRowsAreNeverWrittenOverTheFileBeingImported)
{
    const QByteArray content = "email\nann@example.com\nnot-an-email\n";
    const QString file = writeFile(QStringLiteral("self.csv"), content);
    const QString link = m_dir.filePath(QStringLiteral("self-link.csv"));
    ASSERT_TRUE(QFile::link(file, link));
    for (const QString &rejects : {file, link, m_dir.filePath(QStringLiteral("sub/../self.csv"))}) {
        const CtlRun run = runCtl(location(), {QStringLiteral("import"), file, QStringLiteral("--rejects"), rejects});
        EXPECT_NE(run.exitCode, 0) << rejects.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("it is the file being imported"))) << run.err.toStdString();
        QFile source(file);
        ASSERT_TRUE(source.open(QIODevice::ReadOnly));
        EXPECT_EQ(source.readAll(), content);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0) << "refused before it began";
}

TEST_P(ImportExportCliTest, AKilledImportLeavesWholeChunksAndARevertibleBatch)
{
    // Big enough for several chunks (and, on SQLite, for the deferred-index bulk path).
    QByteArray csv = "email,first name,last name,city\n";
    for (int i = 0; i < 150000; ++i) // every 1,000th address is broken: rejected
        csv += "killed" + QByteArray::number(i) + (i % 1000 == 999 ? "@" : "@example.com") + ",K" +
               QByteArray::number(i) + ",Person,Town" + QByteArray::number(i % 50) + "\n";
    const QString file = writeFile(QStringLiteral("big.csv"), csv);

    killImportAfterFirstChunk({file}, QStringLiteral("created_count"));
    if (HasFatalFailure())
        return;
    const auto location2 = Storage::DatabaseLocation::parse(location());
    ASSERT_TRUE(location2.hasValue());
    const QFileInfo database(location2->sqlitePath);
    const QStringList scratch{database.fileName() + QStringLiteral(".search-*")};
    if (GetParam() == Backend::Sqlite) {
        EXPECT_FALSE(database.absoluteDir().entryList(scratch).isEmpty()) << "the killed load was building its search index";
    }

    // Reopening repairs what a bulk load left (indexes, search) and shows an interrupted batch.
    const CtlRun list = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonObject batch = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    EXPECT_EQ(batch.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"))
        << "its process is gone";
    const qint64 recorded = batch.value(QStringLiteral("created")).toInteger();
    const qint64 stored = scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    EXPECT_EQ(stored, recorded) << "the counters commit with their rows";
    const qint64 rows = batch.value(QStringLiteral("rows")).toInteger();
    EXPECT_EQ(rows % ImportExport::ContactImportJob::kChunkRows, 0) << "whole chunks only";
    const qint64 rejected = batch.value(QStringLiteral("rejected")).toInteger();
    EXPECT_EQ(rejected, rows / 1000);
    EXPECT_EQ(stored + rejected, rows);
    // The rejects of the committed chunks are in the file the batch names (and those of a
    // commit the kill cut short may be: 100 in the 100,000 rows of one commit).
    QFile rejects(batch.value(QStringLiteral("rejects_file")).toString());
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly)) << rejects.fileName().toStdString();
    const qint64 lines = rejects.readAll().count("\r\n");
    EXPECT_GE(lines, rejected + 1) << "a header and a line for each";
    EXPECT_LE(lines, rejected + 1 + 100);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'imported'")), stored);
    if (GetParam() == Backend::Sqlite) {
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)"))
                        .hasValue());
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'storage.deferred_indexes'")), 0);
        // Nothing is left of the search index the killed load was building alongside.
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_search_stale%'")), 0);
        EXPECT_TRUE(database.absoluteDir().entryList(scratch).isEmpty());
    }

    const CtlRun revert = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"),
                                              batch.value(QStringLiteral("batch_id")).toString()});
    ASSERT_EQ(revert.exitCode, 0) << revert.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
}

// SIGTERM (`timeout`, systemd) and SIGHUP (the terminal closed under it) stop an import as
// Ctrl+C does: after the chunk it is writing, the batch marked cancelled.
TEST_P(ImportExportCliTest, ATerminatedOrHungUpImportStopsAfterItsChunkAsCtrlCDoes)
{
    for (const int signal : {SIGTERM, SIGHUP}) {
        SCOPED_TRACE(signal);
        QByteArray csv = "email\n";
        for (int i = 0; i < 150000; ++i)
            csv += "term" + QByteArray::number(signal) + "x" + QByteArray::number(i) + "@example.com\n";
        killImportAfterFirstChunk({writeFile(QStringLiteral("big%1.csv").arg(signal), csv)},
                                  QStringLiteral("created_count"), signal);
        if (HasFatalFailure())
            return;
        // It ends by the signal, as an uncaught one would end it, once the chunk is written.
        EXPECT_EQ(m_signalled.exitCode, -1) << m_signalled.err.toStdString();
        EXPECT_EQ(m_signalled.endedBySignal, signal);
        EXPECT_TRUE(m_signalled.err.contains(QStringLiteral("cancelled"))) << m_signalled.err.toStdString();
        const CtlRun list =
            runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject batch = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        EXPECT_EQ(batch.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }
}

TEST_P(ImportExportCliTest, AKilledOverwriteLeavesWholeChunksThatRevertRestores)
{
    // Updating stored contacts commits whole chunks (on SQLite each by itself, on PostgreSQL
    // every 100,000 rows), with what each chunk replaced.
    QByteArray first = "email,city\n", second = "email,city\n";
    for (int i = 0; i < 120000; ++i) {
        first += "moved" + QByteArray::number(i) + "@example.com,Town" + QByteArray::number(i % 50) + "\n";
        second += "moved" + QByteArray::number(i) + "@example.com,Elsewhere\n";
    }
    const CtlRun imported = runCtl(location(), {QStringLiteral("import"), writeFile(QStringLiteral("first.csv"), first)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    killImportAfterFirstChunk({writeFile(QStringLiteral("second.csv"), second), QStringLiteral("--on-duplicate"),
                               QStringLiteral("overwrite")},
                              QStringLiteral("updated_count"));
    if (HasFatalFailure())
        return;

    const CtlRun list = runCtl(location(), {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonObject batch = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    EXPECT_EQ(batch.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"))
        << "its process is gone";
    const qint64 updated = batch.value(QStringLiteral("updated")).toInteger();
    const QString batchId = batch.value(QStringLiteral("batch_id")).toString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Elsewhere'")), updated)
        << "the counters commit with their rows";
    EXPECT_EQ(updated % ImportExport::ContactImportJob::kChunkRows, 0) << "whole chunks only";
    EXPECT_LT(updated, 120000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batch_updates WHERE batch_id = '%1'").arg(batchId)),
              updated);

    const CtlRun revert = runCtl(location(), {QStringLiteral("import"), QStringLiteral("revert"), batchId});
    ASSERT_EQ(revert.exitCode, 0) << revert.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Elsewhere'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Town7' AND deleted_at IS NULL")), 2400);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ImportExportCliTest);
