#include "app/ctl/optionparser.h"

namespace Leadline::Ctl {

OptionParser::OptionParser(QString usage, QString description)
    : m_usage(std::move(usage))
    , m_description(std::move(description))
{
    addFlag(QStringLiteral("help"), tr("Show this help and exit."));
}

void OptionParser::addFlag(const QString &name, const QString &description)
{
    m_options.append({name, QString(), description});
}

void OptionParser::addValue(const QString &name, const QString &valueName, const QString &description)
{
    m_options.append({name, valueName, description});
}

void OptionParser::setPositionals(const QString &syntax, int minimum, int maximum)
{
    m_positionalSyntax = syntax;
    m_minPositionals = minimum;
    m_maxPositionals = maximum;
}

const OptionParser::Option *OptionParser::find(const QString &name) const
{
    for (const Option &option : m_options)
        if (option.name == name)
            return &option;
    return nullptr;
}

Result OptionParser::parse(const QStringList &arguments)
{
    m_values.clear();
    m_allValues.clear();
    m_positionals.clear();
    m_help = false;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositionals || !argument.startsWith(QLatin1String("-")) || argument == QLatin1String("-")) {
            m_positionals << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (argument == QLatin1String("-h")) {
            m_help = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--")))
            return Error(ErrorCode::InvalidArgument, tr("Unknown option %1.").arg(argument));
        QString name = argument.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const Option *option = find(name);
        if (!option)
            return Error(ErrorCode::InvalidArgument, tr("Unknown option --%1.").arg(name));
        if (option->valueName.isEmpty()) {
            if (hasInline)
                return Error(ErrorCode::InvalidArgument, tr("The option --%1 takes no value.").arg(name));
            if (name == QLatin1String("help"))
                m_help = true;
            m_values.insert(name, QString());
            continue;
        }
        if (!hasInline) {
            // "--on-duplicate --json": the value was forgotten, not meant to be "--json". A
            // value that starts with dashes can still be given as --option=VALUE.
            const bool nextIsOption = i + 1 < arguments.size() && arguments.at(i + 1).startsWith(QLatin1String("--")) &&
                                      find(arguments.at(i + 1).mid(2).section(QLatin1Char('='), 0, 0));
            if (i + 1 >= arguments.size() || nextIsOption)
                return Error(ErrorCode::InvalidArgument,
                             tr("The option --%1 needs a value (%2).").arg(name, option->valueName));
            inlineValue = arguments.at(++i);
        }
        m_values.insert(name, inlineValue);
        m_allValues[name] << inlineValue;
    }
    if (m_help)
        return {};
    if (m_positionals.size() < m_minPositionals)
        return Error(ErrorCode::InvalidArgument, tr("Missing argument: %1.").arg(m_positionalSyntax));
    if (m_positionals.size() > m_maxPositionals)
        return Error(ErrorCode::InvalidArgument,
                     tr("Unexpected argument “%1”.").arg(m_positionals.at(m_maxPositionals)));
    return {};
}

Expected<qint64> OptionParser::integer(const QString &name, qint64 minimum, qint64 maximum, qint64 fallback) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const qint64 number = value(name).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return Error(ErrorCode::InvalidArgument, tr("The option --%1 needs a whole number from %2 to %3, not “%4”.")
                                                     .arg(name)
                                                     .arg(minimum)
                                                     .arg(maximum)
                                                     .arg(value(name)));
    return number;
}

QString OptionParser::helpText() const
{
    QString text = tr("Usage: %1").arg(m_usage) + QStringLiteral("\n\n") + m_description + QStringLiteral("\n");
    if (!m_options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        QStringList left;
        int width = 0;
        for (const Option &option : m_options) {
            QString head = QStringLiteral("  --") + option.name;
            if (!option.valueName.isEmpty())
                head += QLatin1Char(' ') + option.valueName;
            width = std::max(width, int(head.size()));
            left << head;
        }
        for (qsizetype i = 0; i < m_options.size(); ++i)
            text += left.at(i).leftJustified(width + 2) + m_options.at(i).description + QLatin1Char('\n');
    }
    return text;
}

} // namespace Leadline::Ctl
