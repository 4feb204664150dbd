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

} // namespace Leadline::ImportExport
