#include "services/activities/systemsubject.h"

#include <QCoreApplication>

#include <array>

namespace Leadline::Activities::SystemSubject {

namespace {

constexpr const char *Context = "Leadline::Activities::SystemSubject";

// Every subject the system writes, in English; "%1" stands for a file name.
constexpr std::array Phrases{
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Imported from %1"),
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Import of %1 undone"),
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Import of %1 undone: previous values restored"),
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Contact created"),
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Company created"),
    QT_TRANSLATE_NOOP("Leadline::Activities::SystemSubject", "Lead created"),
};

QString english(std::size_t phrase, const QString &fileName = {})
{
    const QString text = QString::fromLatin1(Phrases.at(phrase));
    return fileName.isNull() ? text : text.arg(fileName);
}

// The file name a subject written from `pattern` holds, or a null string when it was not.
QString argumentOf(const QString &subject, const QString &pattern)
{
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    if (at < 0)
        return subject == pattern ? QStringLiteral("") : QString();
    const QStringView prefix = QStringView(pattern).left(at);
    const QStringView suffix = QStringView(pattern).mid(at + 2);
    if (subject.size() <= prefix.size() + suffix.size() || !subject.startsWith(prefix) || !subject.endsWith(suffix))
        return {};
    return subject.mid(prefix.size(), subject.size() - prefix.size() - suffix.size());
}

} // namespace

QString importedFrom(const QString &fileName)
{
    return english(0, fileName);
}

QString importUndone(const QString &fileName)
{
    return english(1, fileName);
}

QString importUndoneValuesRestored(const QString &fileName)
{
    return english(2, fileName);
}

QString contactCreated()
{
    return english(3);
}

QString companyCreated()
{
    return english(4);
}

QString leadCreated()
{
    return english(5);
}

QString translated(const QString &subject)
{
    for (std::size_t phrase = 0; phrase < Phrases.size(); ++phrase) {
        const QString pattern = QString::fromLatin1(Phrases.at(phrase));
        const QString argument = argumentOf(subject, pattern);
        if (argument.isNull())
            continue;
        const QString local = QCoreApplication::translate(Context, Phrases.at(phrase));
        return pattern.contains(QLatin1String("%1")) ? local.arg(argument) : local;
    }
    return subject;
}

} // namespace Leadline::Activities::SystemSubject
