// Times what the contacts table does against a large database: the first page, searches,
// sorts and a jump to the end, through ContactService and through ContactTableModel.
// The database is built once with the demo generator and reused (LEADLINE_BENCH_DB).

#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "services/demo/demodatagenerator.h"
#include "services/storage/database.h"
#include "services/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Leadline;

namespace {

std::unique_ptr<Workspace> g_workspace;
QString g_sampleEmail;
QString g_lastNamePrefix;

qint64 requestedContacts()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariable("LEADLINE_BENCH_CONTACTS").toLongLong(&ok);
    return ok && n > 0 ? n : 1000000;
}

QString databasePath(qint64 contacts)
{
    const QString path = qEnvironmentVariable("LEADLINE_BENCH_DB");
    if (!path.isEmpty())
        return path;
    return QDir::tempPath() + QStringLiteral("/leadline-bench-%1.sqlite").arg(contacts);
}

bool prepare()
{
    const qint64 contacts = requestedContacts();
    const QString path = databasePath(contacts);
    auto location = Storage::DatabaseLocation::parse(path);
    auto workspace = location ? Workspace::open(*location) : Expected<std::unique_ptr<Workspace>>(location.error());
    if (!workspace) {
        std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(workspace.error().toString()));
        return false;
    }
    g_workspace = std::move(*workspace);
    const auto &db = *g_workspace->database();
    auto existing = db.exec(QStringLiteral("SELECT count(*) FROM contacts"));
    const qint64 have = existing && existing->next() ? existing->value(0).toLongLong() : 0;
    if (existing) // an open statement would lock the tables the demo load drops indexes of
        existing->finish();
    if (have < contacts) {
        std::fprintf(stderr, "Building %lld demo contacts in %s …\n", contacts - have, qPrintable(path));
        Demo::DemoOptions options;
        options.contacts = contacts - have;
        options.seed = 1;
        Demo::DemoDataGenerator job(g_workspace->database(), options);
        QString failure;
        QObject::connect(&job, &Jobs::Job::failed, &job, [&](const Error &e) { failure = e.toString(); });
        job.run();
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(failure));
            return false;
        }
        const Demo::DemoSummary s = job.summary();
        std::fprintf(stderr,
                     "Demo data: %lld contacts in %.1f s (%.0f contacts/s; generate %.1f s, write %.1f s, "
                     "indexes %.1f s)\n",
                     s.contacts, s.elapsedMs / 1000.0, s.contacts / (std::max<qint64>(1, s.elapsedMs) / 1000.0),
                     s.generateMs / 1000.0, s.writeMs / 1000.0, s.indexMs / 1000.0);
    }
    (void)db.exec(QStringLiteral("ANALYZE")); // what a long-lived database has; cheap once
    // SQLite builds a sort index the first time a list is sorted by it: a one-time cost,
    // printed here rather than spread over the timings below.
    for (const auto &[column, name] : {std::pair{Contacts::ContactColumn::Name, "name"},
                                       std::pair{Contacts::ContactColumn::Company, "company"},
                                       std::pair{Contacts::ContactColumn::Email, "email"}}) {
        QElapsedTimer timer;
        timer.start();
        auto first = g_workspace->contacts().page({}, Contacts::ContactSort{column, Qt::AscendingOrder}, 0, 200);
        std::fprintf(stderr, "First page sorted by %s (builds its index when missing): %lld ms\n", name,
                     qint64(timer.elapsed()));
        if (!first)
            return false;
    }
    auto sample =
        db.exec(QStringLiteral("SELECT email FROM contacts WHERE email IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?"),
                {qMax<qint64>(0, have / 2)});
    if (sample && sample->next())
        g_sampleEmail = sample->value(0).toString();
    // The most common last name, cut to a prefix: the worst case of a typed search.
    auto common =
        db.exec(QStringLiteral("SELECT last_name FROM contacts GROUP BY last_name ORDER BY count(*) DESC LIMIT 1"));
    if (common && common->next())
        g_lastNamePrefix = common->value(0).toString().left(4);
    std::fprintf(stderr, "Database %s, %lld contacts; search samples \"%s\" and \"%s\"\n", qPrintable(path),
                 std::max(have, contacts), qPrintable(g_lastNamePrefix), qPrintable(g_sampleEmail));
    return true;
}

Contacts::ContactService &service()
{
    return g_workspace->contacts();
}

void fail(benchmark::State &state, const Error &error)
{
    state.SkipWithError(error.toString().toStdString().c_str());
}

// What the table does when it opens: the total and the first 200 rows.
void FirstPage(benchmark::State &state, Contacts::ContactFilter filter)
{
    for (auto _ : state) {
        auto count = service().count(filter);
        auto rows = service().page(filter, {}, 0, 200);
        if (!count || !rows)
            return fail(state, count ? rows.error() : count.error());
        benchmark::DoNotOptimize(rows->size());
        state.counters["rows"] = double(*count);
    }
}

void ServiceFirstPage(benchmark::State &state)
{
    FirstPage(state, {});
}

void ServiceSearchLastNamePrefix(benchmark::State &state)
{
    Contacts::ContactFilter filter;
    filter.search = g_lastNamePrefix;
    FirstPage(state, filter);
}

// A rare word (a few hundred matches: sorted in memory) and the common prefix in a sort order
// whose index the matches are spread through differently.
void ServiceSearchRareWord(benchmark::State &state)
{
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("tanaka");
    FirstPage(state, filter);
}

void ServiceSearchPrefixByCompanyDesc(benchmark::State &state)
{
    Contacts::ContactFilter filter;
    filter.search = g_lastNamePrefix;
    for (auto _ : state) {
        auto count = service().count(filter);
        auto rows = service().page(filter, {Contacts::ContactColumn::Company, Qt::DescendingOrder}, 0, 200);
        if (!count || !rows)
            return fail(state, count ? rows.error() : count.error());
        benchmark::DoNotOptimize(rows->size());
        state.counters["rows"] = double(*count);
    }
}

void ServiceSearchEmail(benchmark::State &state)
{
    Contacts::ContactFilter filter;
    filter.search = g_sampleEmail;
    FirstPage(state, filter);
}

void ServiceSort(benchmark::State &state, Contacts::ContactColumn column, Qt::SortOrder order)
{
    for (auto _ : state) {
        auto rows = service().page({}, {column, order}, 0, 200);
        if (!rows)
            return fail(state, rows.error());
        benchmark::DoNotOptimize(rows->size());
    }
}

void ServiceJumpToLast(benchmark::State &state, Contacts::ContactColumn column)
{
    auto count = service().count({});
    if (!count)
        return fail(state, count.error());
    for (auto _ : state) {
        auto rows = service().page({}, {column, Qt::AscendingOrder}, std::max<qint64>(0, *count - 200), 200);
        if (!rows)
            return fail(state, rows.error());
        benchmark::DoNotOptimize(rows->size());
    }
}

void ServiceJumpToMiddle(benchmark::State &state)
{
    auto count = service().count({});
    if (!count)
        return fail(state, count.error());
    for (auto _ : state) {
        auto rows = service().page({}, {}, *count / 2, 200);
        if (!rows)
            return fail(state, rows.error());
        benchmark::DoNotOptimize(rows->size());
    }
}

// Waits (running the event loop) until the model shows row 0 loaded.
bool waitForFirstRow(Models::ContactTableModel &model, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (model.rowCount() > 0) {
            const QModelIndex first = model.index(0, 0);
            if (model.data(first, Models::ContactTableModel::LoadedRole).toBool())
                return true;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (model.totalCount() == 0)
            return true; // nothing to show
    }
    return false;
}

void ModelFirstPage(benchmark::State &state)
{
    for (auto _ : state) {
        Models::ContactTableModel model(service());
        if (!waitForFirstRow(model))
            return state.SkipWithError("the first page did not arrive");
    }
}

void ModelSortByCompany(benchmark::State &state)
{
    Models::ContactTableModel model(service());
    if (!waitForFirstRow(model))
        return state.SkipWithError("the first page did not arrive");
    bool descending = false;
    for (auto _ : state) {
        descending = !descending;
        model.sort(Models::ContactTableModel::Company, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        if (!waitForFirstRow(model))
            return state.SkipWithError("the sorted page did not arrive");
    }
}

void ModelSearch(benchmark::State &state)
{
    Models::ContactTableModel model(service());
    if (!waitForFirstRow(model))
        return state.SkipWithError("the first page did not arrive");
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        Contacts::ContactFilter filter;
        filter.search = flip ? g_lastNamePrefix : g_sampleEmail;
        model.setFilter(filter);
        if (!waitForFirstRow(model))
            return state.SkipWithError("the filtered page did not arrive");
    }
}

// "Select all, delete", then undo, for the first n contacts in id order: every iteration
// leaves the contacts as they were (and 2n activities more).
void ServiceRemoveThenRestore(benchmark::State &state)
{
    auto ids = service().ids({}, {});
    if (!ids)
        return fail(state, ids.error());
    const QStringList selection = ids->mid(0, state.range(0));
    for (auto _ : state) {
        if (Result removed = service().remove(selection); !removed)
            return fail(state, removed.error());
        if (Result restored = service().restore(selection); !restored)
            return fail(state, restored.error());
    }
    state.counters["contacts"] = double(selection.size());
}

// "Select all, add tag", then remove it, for the first n contacts in id order.
void ServiceTagThenUntag(benchmark::State &state)
{
    auto ids = service().ids({}, {});
    if (!ids)
        return fail(state, ids.error());
    const QStringList selection = ids->mid(0, state.range(0));
    for (auto _ : state) {
        if (Result tagged = service().addTag(selection, QStringLiteral("Benchmark")); !tagged)
            return fail(state, tagged.error());
        if (Result untagged = service().removeTag(selection, QStringLiteral("Benchmark")); !untagged)
            return fail(state, untagged.error());
    }
    state.counters["contacts"] = double(selection.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadlineBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_contacts"));
    benchmark::Initialize(&argc, argv);
    if (!prepare())
        return 1;

    using Contacts::ContactColumn;
    auto ms = [](benchmark::internal::Benchmark *b) { b->Unit(benchmark::kMillisecond); };
    ms(benchmark::RegisterBenchmark("Service/FirstPage(count+200)", ServiceFirstPage));
    ms(benchmark::RegisterBenchmark("Service/SearchLastNamePrefix", ServiceSearchLastNamePrefix));
    ms(benchmark::RegisterBenchmark("Service/SearchPrefixByCompanyDesc", ServiceSearchPrefixByCompanyDesc));
    ms(benchmark::RegisterBenchmark("Service/SearchRareWord(tanaka)", ServiceSearchRareWord));
    ms(benchmark::RegisterBenchmark("Service/SearchEmail", ServiceSearchEmail));
    ms(benchmark::RegisterBenchmark("Service/SortLastName", ServiceSort, ContactColumn::LastName, Qt::AscendingOrder));
    ms(benchmark::RegisterBenchmark("Service/SortName", ServiceSort, ContactColumn::Name, Qt::AscendingOrder));
    ms(benchmark::RegisterBenchmark("Service/SortCompany", ServiceSort, ContactColumn::Company, Qt::AscendingOrder));
    ms(benchmark::RegisterBenchmark("Service/SortEmail", ServiceSort, ContactColumn::Email, Qt::AscendingOrder));
    ms(benchmark::RegisterBenchmark("Service/SortEmailDesc", ServiceSort, ContactColumn::Email, Qt::DescendingOrder));
    ms(benchmark::RegisterBenchmark("Service/JumpToLast(name)", ServiceJumpToLast, ContactColumn::Name));
    ms(benchmark::RegisterBenchmark("Service/JumpToLast(company)", ServiceJumpToLast, ContactColumn::Company));
    ms(benchmark::RegisterBenchmark("Service/JumpToMiddle(name)", ServiceJumpToMiddle));
    ms(benchmark::RegisterBenchmark("Model/FirstPage", ModelFirstPage));
    ms(benchmark::RegisterBenchmark("Model/SortByCompany", ModelSortByCompany));
    ms(benchmark::RegisterBenchmark("Model/Search", ModelSearch));
    ms(benchmark::RegisterBenchmark("Service/RemoveThenRestore", ServiceRemoveThenRestore)
           ->Arg(10000)
           ->Arg(100000)
           ->Iterations(1));
    ms(benchmark::RegisterBenchmark("Service/TagThenUntag", ServiceTagThenUntag)->Arg(10000)->Arg(100000)->Iterations(1));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_workspace.reset();
    return 0;
}
