#include "app/ctl/command.h"
#include "app/ctl/foregroundjob.h"

#include "services/settings/translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Leadline;

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::Main)
public:
    static QString helpText(const std::vector<std::unique_ptr<Ctl::Command>> &commands)
    {
        QString text = tr("Usage: leadlinectl [--db PATH|postgresql://USER@HOST:PORT/DB] COMMAND [options]") +
                       QStringLiteral("\n\n") +
                       tr("Leadline on the command line. Without --db it uses the desktop app's database.") +
                       QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
        for (const auto &command : commands)
            text += QStringLiteral("  ") + command->name().leftJustified(12) + command->summary() + QLatin1Char('\n');
        text += QLatin1Char('\n') + tr("Run “leadlinectl COMMAND --help” for the options of a command.") +
                QLatin1Char('\n');
        return text;
    }

    static int run(const QStringList &arguments)
    {
        std::vector<std::unique_ptr<Ctl::Command>> commands;
        for (const auto &factory : Ctl::commandFactories())
            commands.push_back(factory());
        std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });

        QString databaseText;
        qsizetype i = 1;
        for (; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (argument == QLatin1String("--db")) {
                // "--db --json": the path was forgotten (a file named --json is written as --db=./--json).
                if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                    return Ctl::Context({}).usage(
                        tr("The option --db needs a value (a file path or a postgresql:// URL)."), {});
                databaseText = arguments.at(++i);
            } else if (argument.startsWith(QLatin1String("--db="))) {
                databaseText = argument.mid(5);
            } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
                std::fputs(helpText(commands).toUtf8().constData(), stdout);
                return Ctl::Success;
            } else if (argument == QLatin1String("--version")) {
                std::fputs("leadlinectl " LEADLINE_VERSION "\n", stdout);
                return Ctl::Success;
            } else if (argument.startsWith(QLatin1Char('-'))) {
                return Ctl::Context({}).usage(tr("Unknown option %1.").arg(argument), {});
            } else {
                break;
            }
        }
        if (i >= arguments.size()) {
            std::fputs(helpText(commands).toUtf8().constData(), stderr);
            return Ctl::UsageError;
        }
        if (arguments.contains(QStringLiteral("--db")) && databaseText.isEmpty())
            return Ctl::Context({}).usage(tr("The option --db needs a value (a file path or a postgresql:// URL)."),
                                          {});

        const QString name = arguments.at(i);
        const auto found = std::find_if(commands.begin(), commands.end(),
                                        [&](const auto &command) { return command->name() == name; });
        Ctl::Context context(databaseText);
        if (found == commands.end())
            return context.usage(tr("Unknown command “%1”.").arg(name), {});
        return (*found)->run(context, arguments.mid(i + 1));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Identical to the desktop app, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Leadline"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADLINE_VERSION));
    Settings::installTranslations(app);
    const int exitCode = Main::run(QCoreApplication::arguments());
    // Stopped by Ctrl+C or `kill`: with its output written and the database closed, the process
    // ends by that signal, as shells and supervisors expect of it (exitCode says the same to
    // those that only see a status).
    if (const int signal = Ctl::signalThatStoppedTheJob(); signal > 0) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
    return exitCode;
}
