#include "services/settings/translations.h"
#include "services/storage/databaselocation.h"
#include "services/workspace/workspace.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

using namespace Leadline;

namespace {

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Leadline"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Leadline"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADLINE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("leadline"));
    Settings::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop CRM and multi-channel campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The database: a SQLite file or a postgresql:// URL."),
        QCoreApplication::translate("main", "PATH|URL"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Files to open (spreadsheets to import)."),
                                 QStringLiteral("[FILE…]"));
    parser.process(app);

    Storage::DatabaseLocation location = Storage::DatabaseLocation::defaultLocation();
    if (parser.isSet(dbOption)) {
        auto parsed = Storage::DatabaseLocation::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error().message());
        location = *parsed;
    }

    auto workspace = Workspace::open(location);
    if (!workspace)
        return fail(workspace.error().message());

    Ui::MainWindow window(**workspace);
    window.show();
    // FILE… arguments: spreadsheets open in the import wizard, one after another.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFiles(files);
    return app.exec();
}
