#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Leadline::Ctl {

// The options of one command: "--name value", "--name=value" and flags, plus positional
// arguments; --help is always known. Errors name the offending argument.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::OptionParser)
public:
    // usage: "leadlinectl contacts add --email ADDRESS [options]"; description: one paragraph.
    OptionParser(QString usage, QString description);

    void addFlag(const QString &name, const QString &description);
    void addValue(const QString &name, const QString &valueName, const QString &description);
    // Positional arguments (e.g. a subcommand); by default none are accepted.
    void setPositionals(const QString &syntax, int minimum, int maximum);

    Result parse(const QStringList &arguments);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); } // the last one given
    QStringList values(const QString &name) const { return m_allValues.value(name); } // every one, in order
    const QStringList &positionals() const { return m_positionals; }
    // A whole number within [minimum, maximum], or fallback when the option is absent.
    Expected<qint64> integer(const QString &name, qint64 minimum, qint64 maximum, qint64 fallback) const;

    QString helpText() const;

private:
    struct Option
    {
        QString name;
        QString valueName; // empty for a flag
        QString description;
    };
    const Option *find(const QString &name) const;

    QString m_usage;
    QString m_description;
    QList<Option> m_options;
    QString m_positionalSyntax;
    int m_minPositionals = 0;
    int m_maxPositionals = 0;
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_allValues; // of options given more than once (--tag a --tag b)
    QStringList m_positionals;
    bool m_help = false;
};

} // namespace Leadline::Ctl
