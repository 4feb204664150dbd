#pragma once

#include "services/domain/enums.h"
#include "services/importexport/columnmapping.h"
#include "services/importexport/readoptions.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leadline::ImportExport {

enum class MatchKey { Email, Phone, ExternalId, LeadlineId };
enum class DuplicateAction { Skip, FillEmpty, Overwrite };
enum class DateOrder { DayFirst, MonthFirst }; // for "03/04/2025"; ISO dates are always understood

QString matchKeyName(MatchKey key);
std::optional<MatchKey> matchKeyFromName(const QString &name);
ImportField matchField(MatchKey key); // the field whose value a row is matched on
QString duplicateActionName(DuplicateAction action);
std::optional<DuplicateAction> duplicateActionFromName(const QString &name);
QString dateOrderName(DateOrder order); // "day-first", "month-first"
std::optional<DateOrder> dateOrderFromName(const QString &name);
// How a locale writes short dates (en_US "M/d/yy": month first), and the locale of a
// country's main language (US: month first, DE and GB: day first; unknown: day first).
DateOrder dateOrderOf(const QLocale &locale);
DateOrder dateOrderOfRegion(const QString &regionCode);

// Everything the user chose in the import wizard (or on the command line).
struct ImportOptions
{
    QString filePath;
    QString sheet;                        // XLSX: sheet name; empty = first sheet
    HeaderMode header = HeaderMode::Auto; // whether the first row holds column labels
    TextEncoding encoding = TextEncoding::Auto; // CSV: Auto detects it
    QChar delimiter;                            // CSV: null = sniffed
    std::optional<ColumnMapping> mapping;     // nullopt: the automatic mapping of the file's headers
    std::optional<QJsonObject> mappingPreset; // a saved mapping, applied to the file's headers by name
    MatchKey matchOn = MatchKey::Email;
    DuplicateAction onDuplicate = DuplicateAction::Skip;
    // Only contacts the rows match are updated (with onDuplicate fill or overwrite): a row that
    // matches none creates no contact, and is rejected with the reason, so that the rejects file
    // lists it. For a file that adds data to the contacts one has, and no strangers.
    bool updateOnly = false;
    QString defaultRegion; // ISO 3166-1 for phone numbers without a country code
    DateOrder dateOrder = DateOrder::DayFirst;
    // Unless the order was chosen, the file's own dates may settle it (DateOrderEvidence, from
    // the first rows), and dateOrder is what a file that shows none is read in.
    bool dateOrderChosen = false;
    Domain::LifecycleStage defaultStage = Domain::LifecycleStage::Lead;
    QStringList extraTags; // added to every imported contact
    // The owner of contacts the file names none for: a user's email, or a name only one user
    // has. It fills an empty owner of a contact the import updates; empty = no owner.
    QString defaultOwner;
    QString rejectsPath;   // CSV of rejected rows; empty = next to the database

    // How the file is to be read: the sheet, header, encoding and delimiter chosen.
    ReadOptions readOptions() const;
};

} // namespace Leadline::ImportExport
