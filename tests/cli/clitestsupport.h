#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Leadline::Testing {

// One finished leadlinectl run.
struct CtlRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    bool isJson() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError && (document.isObject() || document.isArray());
    }
};

inline CtlRun runCtl(const QStringList &arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(QStringLiteral(LEADLINECTL_PATH), arguments);
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CtlRun runCtl(const QString &database, QStringList arguments)
{
    arguments.prepend(database);
    arguments.prepend(QStringLiteral("--db"));
    return runCtl(arguments);
}

} // namespace Leadline::Testing
