#include "app/ctl/command.h"
#include "app/ctl/optionparser.h"

#include "services/storage/database.h"
#include "services/storage/sqldialect.h"
#include "services/workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Leadline::Ctl {

std::vector<CommandFactory> &commandFactories()
{
    static std::vector<CommandFactory> factories;
    return factories;
}

Context::Context(QString databaseText)
    : m_databaseText(std::move(databaseText))
{}

Context::~Context() = default;

Expected<Workspace *> Context::workspace(IfMissing ifMissing)
{
    if (m_workspace)
        return m_workspace.get();
    Storage::DatabaseLocation location;
    if (m_databaseText.isEmpty()) {
        location = Storage::DatabaseLocation::defaultLocation();
    } else {
        auto parsed = Storage::DatabaseLocation::parse(m_databaseText);
        if (!parsed)
            return Error(ErrorCode::InvalidArgument, tr("--db: %1").arg(parsed.error().message()),
                         parsed.error().detail());
        location = *parsed;
    }
    if (ifMissing == IfMissing::Refuse && location.kind == Storage::DatabaseKind::Sqlite) {
        const QFileInfo file(location.sqlitePath);
        const QString path = QDir::toNativeSeparators(location.sqlitePath);
        if (!file.exists())
            return Error(ErrorCode::NotFound,
                         tr("There is no database at %1. Check the path, or create one with “leadlinectl --db %1 init”.")
                             .arg(path));
        if (file.size() == 0) // SQLite would make a database of it
            return Error(ErrorCode::NotFound,
                         tr("%1 is an empty file, not a database. Create one there with “leadlinectl --db %1 init”.")
                             .arg(path));
    }
    auto opened = Workspace::open(location); // also completes an interrupted bulk load
    if (!opened)
        return opened.error();
    m_workspace = std::move(*opened);
    return m_workspace.get();
}

void Context::print(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Context::printJson(const QJsonValue &value) const
{
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

void Context::printError(const QString &text) const
{
    const QByteArray utf8 = QString(QStringLiteral("leadlinectl: ") + text).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

std::optional<int> Context::parseArguments(OptionParser &parser, const QStringList &arguments,
                                           const QString &command) const
{
    m_json = arguments.contains(QStringLiteral("--json")); // also when the rest does not parse
    if (Result parsed = parser.parse(arguments); !parsed)
        return usage(parsed.error().message(), command);
    if (parser.helpRequested()) {
        print(parser.helpText());
        return Success;
    }
    return std::nullopt;
}

int Context::fail(const Error &error, const QJsonObject &details, int cancelledExitCode) const
{
    QString text = error.message();
    if (!error.detail().isEmpty() && error.code() == ErrorCode::Database)
        text += QStringLiteral(" (") + error.detail() + QLatin1Char(')');
    printError(text);
    switch (error.code()) {
    case ErrorCode::InvalidArgument:
        return reported(text, UsageError, details);
    case ErrorCode::Conflict:
        return reported(text, ConflictError, details);
    case ErrorCode::Cancelled:
        return reported(text, cancelledExitCode, details);
    default:
        return reported(text, Failure, details);
    }
}

int Context::reported(const QString &message, int exitCode, const QJsonObject &details) const
{
    if (m_json) {
        QJsonObject document = details;
        document.insert(QStringLiteral("error"), message);
        document.insert(QStringLiteral("exit_code"), exitCode);
        printJson(document);
    }
    return exitCode;
}

std::optional<int> Context::refuseUnsearchable(const OptionParser &parser, const QString &command) const
{
    const QString search = parser.value(QStringLiteral("search"));
    if (!parser.isSet(QStringLiteral("search")) || !Storage::SqlDialect::searchWords(search).isEmpty())
        return std::nullopt;
    return usage(tr("--search “%1” has no letters or digits to search for.").arg(search), command);
}

int Context::usage(const QString &message, const QString &command) const
{
    printError(message);
    const QString help = command.isEmpty() ? QStringLiteral("leadlinectl --help")
                                           : QStringLiteral("leadlinectl ") + command + QStringLiteral(" --help");
    printError(tr("Run “%1” for the options.").arg(help));
    return reported(message, UsageError);
}

} // namespace Leadline::Ctl
