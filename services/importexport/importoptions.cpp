#include "services/importexport/importoptions.h"

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
    }
    return {};
}

std::optional<MatchKey> matchKeyFromName(const QString &name)
{
    for (MatchKey key : {MatchKey::Email, MatchKey::Phone, MatchKey::ExternalId})
        if (matchKeyName(key) == name)
            return key;
    return std::nullopt;
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
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    return month >= 0 && day >= 0 && month < day ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

DateOrder dateOrderOfRegion(const QString &regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    if (territory == QLocale::AnyTerritory)
        return DateOrder::DayFirst;
    return dateOrderOf(QLocale(QLocale::AnyLanguage, territory));
}

} // namespace Leadline::ImportExport
