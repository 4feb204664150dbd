#pragma once

#include "services/core/expected.h"
#include "services/importexport/importfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Leadline::ImportExport {

// Where one source column goes: a field, a custom field (by name), or nowhere (skipped).
struct ColumnTarget
{
    std::optional<ImportField> field; // nullopt: skip the column
    QString customName;               // for ImportField::Custom

    bool isSkipped() const { return !field.has_value(); }
    bool operator==(const ColumnTarget &) const = default;
};

// The mapping of a file's columns, in column order. Value type.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ColumnMapping)
public:
    ColumnMapping() = default;

    // Matches every header automatically; a field that is not repeatable is taken by the
    // first column that matches it; later email/phone columns become other emails/phones,
    // later columns for other fields are skipped.
    // A header that names a field ambiguously ("Title") takes it only when no other does;
    // "custom:NAME", as exports name custom fields, maps to that custom field.
    static constexpr qsizetype kMaxCustomNameLength = 100; // as long as a tag may be

    // A header no field is known by that names one of the custom fields stored contacts have
    // ("Shoe size", "shoe_size"), as spelt in customFields, maps to that field.
    static ColumnMapping automatic(const QStringList &headers, const QStringList &customFields = {});
    // A column headed "id" whose values are Leadline ids (an export of this database, edited
    // and brought back) holds the contacts' own ids, to find them by: never an external id.
    // Decided from the first rows' values, unless the rows are to be matched on those ids
    // (matchingOnThem), when the column is taken as they are, and a value that is none is a
    // bad cell. A column chosen for another field keeps it.
    void recogniseLeadlineIds(const QList<QStringList> &firstRows, bool matchingOnThem = false);
    // The custom field a header names as exports write it ("custom:Budget" → "Budget"), or "".
    static QString customFieldOfHeader(const QString &header);

    bool operator==(const ColumnMapping &) const = default;
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }
    const ColumnTarget &target(int column) const { return m_targets.at(column); }
    void setTarget(int column, ColumnTarget target);
    // Numbered street lines ("Business Street 2") the automatic mapping tied to a street follow
    // the street columns as they are now, once a preset or the user moved a street; chosen:
    // the columns a person picked, left alone.
    void retieStreetLines(const QList<bool> &chosen);
    // Why the custom field a column is mapped to cannot be made (too long a name, a character
    // that does not show); empty when it can. For fields the contacts do not have yet: a
    // stored one keeps its name.
    QString newCustomFieldProblem(int column) const;
    std::optional<int> columnFor(ImportField field) const; // first column mapped to it
    QList<int> columnsFor(ImportField field) const;

    // Checks the mapping can import something (an email, phone or name column) and that no
    // single-value field is mapped twice; the message names the columns.
    Result check() const;

    // Presets: {"format": "leadline-import-mapping", "version": 1,
    //           "columns": {"Header": "field_key" | "custom:Name" | "skip"}}.
    // Applying a preset to a file maps columns by header text (normalised); headers the
    // preset does not know fall back to the automatic guess, or to `guess`: the file's mapping
    // as guessed with what only the caller knows (stored custom fields, Leadline ids in its rows).
    QJsonObject toPreset() const;
    static Expected<ColumnMapping> fromPreset(const QJsonObject &preset, const QStringList &headers);
    static Expected<ColumnMapping> fromPreset(const QJsonObject &preset, const ColumnMapping &guess);
    static Expected<QJsonObject> readPresetFile(const QString &path);
    // How well a preset fits a file: how many of the file's columns it names (by header, as
    // fromPreset() matches them), and the columns it names that the file lacks.
    struct PresetFit
    {
        int namedColumns = 0;
        QStringList missingColumns;
    };
    static PresetFit presetFit(const QJsonObject &preset, const QStringList &headers);
    Result writePresetFile(const QString &path) const;

private:
    // For a numbered street column ("Business Street 2"), the further line of the street it
    // numbers; nothing when no mapped street has its name.
    static std::optional<ImportField> streetLineFor(const ColumnMapping &mapping, const QString &key);
    QStringList m_headers;
    QList<ColumnTarget> m_targets;
};

} // namespace Leadline::ImportExport
