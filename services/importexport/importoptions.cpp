#include "services/importexport/importoptions.h"

#include "services/importexport/importfields.h"

namespace Leadline::ImportExport {

QString matchKeyName(MatchKey key)
{
    switch (key) {
    case MatchKey::Email:
        return QStringLiteral("email");
    case MatchKey::Phone:
        return QStringLiteral("phone");
    case MatchKey::ExternalId:
        return QStringLiteral("external_id");
    case MatchKey::LeadlineId:
        return QStringLiteral("id");
    }
    return {};
}

std::optional<MatchKey> matchKeyFromName(const QString &name)
{
    for (MatchKey key : {MatchKey::Email, MatchKey::Phone, MatchKey::ExternalId, MatchKey::LeadlineId})
        if (matchKeyName(key) == name)
            return key;
    return std::nullopt;
}

ImportField matchField(MatchKey key)
{
    switch (key) {
    case MatchKey::Email:
        return ImportField::Email;
    case MatchKey::Phone:
        return ImportField::Phone;
    case MatchKey::ExternalId:
        return ImportField::ExternalId;
    case MatchKey::LeadlineId:
        return ImportField::LeadlineId;
    }
    return ImportField::Email;
}

QString duplicateActionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return QStringLiteral("skip");
    case DuplicateAction::FillEmpty:
        return QStringLiteral("fill");
    case DuplicateAction::Overwrite:
        return QStringLiteral("overwrite");
    }
    return {};
}

std::optional<DuplicateAction> duplicateActionFromName(const QString &name)
{
    for (DuplicateAction action : {DuplicateAction::Skip, DuplicateAction::FillEmpty, DuplicateAction::Overwrite})
        if (duplicateActionName(action) == name)
            return action;
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    return order == DateOrder::MonthFirst ? QStringLiteral("month-first") : QStringLiteral("day-first");
}

std::optional<DateOrder> dateOrderFromName(const QString &name)
{
    for (DateOrder order : {DateOrder::DayFirst, DateOrder::MonthFirst})
        if (dateOrderName(order) == name)
            return order;
    return std::nullopt;
}

DateOrder dateOrderOf(const QLocale &locale)
{
    // Month first only where the short format begins with the month: year-first formats
    // (Sweden's "y-MM-dd", Japan's "y/MM/dd") say nothing of how "4/5/2023" is meant there,
    // and day first is what most of the world writes.
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype year = format.indexOf(QLatin1Char('y'));
    const bool monthFirst = month >= 0 && (day < 0 || month < day) && (year < 0 || month < year);
    return monthFirst ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

DateOrder dateOrderOfRegion(const QString &regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    if (territory == QLocale::AnyTerritory)
        return DateOrder::DayFirst;
    // Qt falls back to the default locale for a territory it has no language for.
    const QLocale locale(QLocale::AnyLanguage, territory);
    return locale.territory() == territory ? dateOrderOf(locale) : DateOrder::DayFirst;
}

ReadOptions ImportOptions::readOptions() const
{
    ReadOptions read;
    read.sheetName = sheet;
    read.header = header;
    read.isKnownColumnName = isKnownColumnName;
    read.encoding = encoding;
    read.delimiter = delimiter;
    return read;
}

} // namespace Leadline::ImportExport
