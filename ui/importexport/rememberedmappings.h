#pragma once

#include "services/importexport/columnmapping.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leadline::Ui {

// The mappings of the user's last imports, by the columns of their files: next month's export
// from the same tool has the same columns, and is offered the mapping the user gave this one
// rather than the automatic guess they corrected. Kept in the user's settings, newest first,
// the last Kept of them; a file with the same columns replaces the one before.
class RememberedMappings
{
public:
    struct Entry
    {
        QString fileName; // of the file imported with it, for the offer to name
        QDateTime usedAt;
        QJsonObject preset; // ColumnMapping::toPreset()
    };
    static constexpr int Kept = 20;

    static void remember(const ImportExport::ColumnMapping &mapping, const QString &fileName, const QDateTime &at);
    // The mapping last imported with a file of exactly these columns (names compared as
    // fromPreset() does, in the same order).
    static std::optional<Entry> find(const QStringList &headers);

private:
    static QString keyOf(const QStringList &headers);
};

} // namespace Leadline::Ui
