#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Leadline {
class Workspace;
}

namespace Leadline::Ctl {

class OptionParser;

// Process exit codes; scripts branch on them.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2, ConflictError = 3, Cancelled = 130 };

// What every command gets: the global options, lazily opened workspace, and output helpers.
// Commands write results to stdout (exactly one JSON document with --json) and every
// problem to stderr; with --json, a problem is also that one document on stdout,
// {"error": "…", "exit_code": N}, so that a script reading stdout always gets an answer.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::Context)
public:
    explicit Context(QString databaseText);
    ~Context();

    // "--db" as given (empty: the desktop app's default database).
    const QString &databaseText() const { return m_databaseText; }
    // Opens and migrates the database on first use (Workspace::open). Commands that only read
    // or undo refuse a database file that is not there: a mistyped --db would otherwise be
    // made, empty, and answer "no imports", "no contacts".
    enum class IfMissing { Create, Refuse };
    Expected<Workspace *> workspace(IfMissing ifMissing = IfMissing::Create);

    void print(const QString &text) const;         // to stdout, followed by a newline
    void printJson(const QJsonValue &value) const; // one indented JSON document on stdout
    void printError(const QString &text) const;    // "leadlinectl: …" on stderr
    // Reports an Error on stderr and returns the matching exit code. With --json, details go
    // into the error document (what an import did before it stopped, say). A cancelled job
    // exits with cancelledExitCode (see JobOutcome::exitCodeOfCancel()).
    int fail(const Error &error, const QJsonObject &details = {}, int cancelledExitCode = Cancelled) const;
    // Parses a command's arguments; an exit code when the command should stop here (a usage
    // error was reported, or --help was printed), nullopt to go on.
    std::optional<int> parseArguments(OptionParser &parser, const QStringList &arguments, const QString &command) const;
    // For a usage problem: the message, then a hint to --help, exit code 2.
    int usage(const QString &message, const QString &command) const;
    // A --search given that holds no word to search for ("*", "🙂"): a usage error, rather than a
    // filter that filters nothing (an export "of the search" would be everything). Empty otherwise.
    std::optional<int> refuseUnsearchable(const OptionParser &parser, const QString &command) const;

private:
    // The error as the JSON document of a --json run; the exit code.
    int reported(const QString &message, int exitCode, const QJsonObject &details = {}) const;

    QString m_databaseText;
    std::unique_ptr<Workspace> m_workspace;
    mutable bool m_json = false; // the command's arguments asked for --json
};

// One top-level command ("init", "contacts", …). Add one by deriving in a new file and
// registering it with LEADLINE_CTL_COMMAND(Class); main() finds it by name().
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for the command list
    virtual int run(Context &context, const QStringList &arguments) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;
std::vector<CommandFactory> &commandFactories();

struct CommandRegistration
{
    explicit CommandRegistration(CommandFactory factory) { commandFactories().push_back(std::move(factory)); }
};

} // namespace Leadline::Ctl

#define LEADLINE_CTL_COMMAND(Class)                                                                                    \
    namespace {                                                                                                        \
    const ::Leadline::Ctl::CommandRegistration registration##Class([] {                                                \
        return std::unique_ptr<::Leadline::Ctl::Command>(new Class);                                                   \
    });                                                                                                                \
    }
