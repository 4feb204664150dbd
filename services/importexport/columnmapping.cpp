#include "services/importexport/columnmapping.h"

#include "services/domain/uuid.h"
#include "services/importexport/tabularreader.h"
#include "services/storage/databasefiles.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Leadline::ImportExport {

namespace {

// A column without a name is "Column 3" ("Spalte 3" in German: TabularReader). A preset names
// it "#3", in no language, so that it fits the file whichever language reads it; one written
// before in either language is understood too.
std::optional<int> placeholderNumber(const QString &header)
{
    thread_local QString translatedPattern;
    thread_local QRegularExpression translated;
    const QString pattern = TabularReader::tr("Column %1");
    if (pattern != translatedPattern) {
        translatedPattern = pattern;
        QStringList parts = pattern.split(QStringLiteral("%1"));
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        translated = QRegularExpression(QLatin1Char('^') + parts.join(QStringLiteral("([0-9]+)")) + QLatin1Char('$'));
    }
    static const QRegularExpression english(QStringLiteral("^Column ([0-9]+)$"));
    static const QRegularExpression written(QStringLiteral("^#([0-9]+)$"));
    for (const QRegularExpression *form : {&written, &english, static_cast<const QRegularExpression *>(&translated)})
        if (const auto match = form->match(header); match.hasMatch())
            return match.captured(1).toInt();
    return std::nullopt;
}

// How a preset names the column at this place of a file.
QString presetName(const QString &header, int column)
{
    if (const auto number = placeholderNumber(header); number && *number == column + 1)
        return QStringLiteral("#%1").arg(*number);
    return header;
}

// A column name read from a preset, as presetName() writes it.
QString presetKey(const QString &key)
{
    if (const auto number = placeholderNumber(key))
        return QStringLiteral("#%1").arg(*number);
    return key;
}

} // namespace

namespace {

const QLatin1String kFormat("leadline-import-mapping");
const QLatin1String kCustomPrefix("custom:");
const QLatin1String kSkip("skip");

QString targetKey(const ColumnTarget &target)
{
    if (target.isSkipped())
        return kSkip;
    if (*target.field == ImportField::Custom)
        return kCustomPrefix + target.customName;
    return QLatin1String(fieldInfo(*target.field).key);
}

} // namespace

void ColumnMapping::recogniseLeadlineIds(const QList<QStringList> &firstRows, bool matchingOnThem)
{
    if (columnFor(ImportField::LeadlineId))
        return;
    for (int column = 0; column < columnCount(); ++column) {
        const ColumnTarget &target = m_targets.at(column);
        if (normalizedHeader(m_headers.at(column)) != QLatin1String("id") ||
            (target.field && target.field != ImportField::ExternalId))
            continue;
        int ids = 0;
        bool others = false;
        for (const QStringList &row : firstRows) {
            const QString value = column < row.size() ? row.at(column).trimmed() : QString();
            if (value.isEmpty())
                continue;
            if (!Domain::isValidId(value.toLower())) {
                others = true;
                break;
            }
            ++ids;
        }
        if (matchingOnThem || (ids > 0 && !others)) {
            m_targets[column] = ColumnTarget{ImportField::LeadlineId, {}};
            return;
        }
    }
}

ColumnMapping ColumnMapping::automatic(const QStringList &headers, const QStringList &customFields)
{
    QHash<QString, QString> customByKey; // normalised name → the field's name
    for (const QString &name : customFields)
        customByKey.insert(normalizedHeader(name), name);
    ColumnMapping mapping;
    mapping.m_headers = headers;
    mapping.m_targets.resize(headers.size());
    // Headers that may mean a field or something else ("Title": Mr./Dr. in Outlook's export,
    // which names the job "Job Title") take their field only when no clearer header has it.
    for (const bool ambiguousPass : {false, true}) {
        for (int column = 0; column < headers.size(); ++column) {
            const QString &header = headers.at(column);
            if (isAmbiguousHeader(header) != ambiguousPass)
                continue;
            ColumnTarget &target = mapping.m_targets[column];
            if (const QString custom = customFieldOfHeader(header); !custom.isEmpty()) {
                target.field = ImportField::Custom;
                target.customName = custom;
                continue;
            }
            auto field = guessField(header);
            if (!field) {
                if (const QString custom = customByKey.value(normalizedHeader(header)); !custom.isEmpty()) {
                    target.field = ImportField::Custom;
                    target.customName = custom;
                    continue;
                }
            }
            // A second email or phone column becomes an additional one, a second address the
            // address of rows without the first (Outlook's "Home Street" after "Business
            // Street"), a numbered street a further line of its street ("Business Street 2");
            // other fields keep the first.
            if (field && !fieldInfo(*field).repeatable && mapping.columnFor(*field).has_value()) {
                const QString key = normalizedHeader(header);
                const bool numbered = !key.isEmpty() && key.back().isDigit();
                const auto second = numbered ? std::nullopt : secondAddressField(*field);
                if (*field == ImportField::Email)
                    field = ImportField::OtherEmail;
                else if (*field == ImportField::Phone)
                    field = ImportField::OtherPhone;
                else if (*field == ImportField::Street && numbered)
                    field = streetLineFor(mapping, key); // "Business Street 2" below "Business Street"
                else if (second && !ambiguousPass && !mapping.columnFor(*second).has_value())
                    field = second;
                else
                    field.reset();
            }
            target.field = field;
        }
    }
    // A full name next to first and last names repeats them (Salesforce's "Name"); split, it
    // would make "Smith" a first name of a contact that has a last name only.
    if (mapping.columnFor(ImportField::FirstName) || mapping.columnFor(ImportField::LastName))
        for (ColumnTarget &target : mapping.m_targets)
            if (target.field == ImportField::FullName)
                target.field.reset();
    // Mailchimp names the subscriber's country "CC", too short a header to mean a country
    // anywhere else; its own columns ("LEID", "EUID", "MEMBER_RATING") tell its exports.
    const auto isHeader = [&](QLatin1StringView name) { return headers.contains(name, Qt::CaseInsensitive); };
    if ((isHeader(QLatin1StringView("LEID")) || isHeader(QLatin1StringView("EUID")) ||
         isHeader(QLatin1StringView("MEMBER_RATING"))) &&
        !mapping.columnFor(ImportField::Country).has_value())
        for (int column = 0; column < headers.size(); ++column)
            if (headers.at(column).trimmed().compare(QLatin1String("CC"), Qt::CaseInsensitive) == 0) {
                mapping.m_targets[column].field = ImportField::Country;
                break;
            }
    return mapping;
}

QString ColumnMapping::newCustomFieldProblem(int column) const
{
    const QString name = m_targets.value(column).customName.trimmed();
    const QString header = m_headers.value(column);
    const QList<uint> codePoints = name.toUcs4(); // characters as people count them
    const qsizetype characters = codePoints.size();
    bool invisible = false;
    for (const uint c : codePoints) {
        // Zero-width spaces, direction marks, byte order marks, tag characters: a name that
        // looks like another. Joiners (U+200C, U+200D) are part of Persian and Indic words.
        invisible = invisible || (QChar::category(char32_t(c)) == QChar::Other_Format && c != 0x200C && c != 0x200D);
    }
    if (characters > kMaxCustomNameLength)
        return tr("Column %1 (\"%2\") is mapped to a new custom field whose name is longer than %3 characters.")
            .arg(column + 1)
            .arg(header)
            .arg(kMaxCustomNameLength);
    if (invisible)
        return tr("Column %1 (\"%2\") is mapped to a new custom field whose name holds a character that does not "
                  "show (a zero-width space, a direction mark).")
            .arg(column + 1)
            .arg(header);
    return {};
}

void ColumnMapping::retieStreetLines(const QList<bool> &chosen)
{
    // Lines and skipped ones: a line left out while its street was, comes back with it. A
    // numbered column that is a street itself ("Street 2" where the file has no other) stays.
    for (int column = 0; column < m_targets.size(); ++column) {
        const std::optional<ImportField> field = m_targets.at(column).field;
        const bool lineOrSkipped = !field || *field == ImportField::StreetLine || *field == ImportField::SecondStreetLine;
        if (chosen.value(column) || !lineOrSkipped || !isNumberedStreetLine(m_headers.at(column)))
            continue;
        m_targets[column].field = streetLineFor(*this, normalizedHeader(m_headers.at(column)));
    }
}

std::optional<ImportField> ColumnMapping::streetLineFor(const ColumnMapping &mapping, const QString &key)
{
    // The street whose header it numbers: "businessstreet2" continues "businessstreet",
    // "addressline2" continues "addressline1".
    const QString stem = withoutTrailingDigits(key);
    for (const auto &[street, line] : {std::pair{ImportField::SecondStreet, ImportField::SecondStreetLine},
                                       std::pair{ImportField::Street, ImportField::StreetLine}})
        for (const int column : mapping.columnsFor(street))
            if (withoutTrailingDigits(normalizedHeader(mapping.m_headers.at(column))) == stem)
                return line;
    return std::nullopt;
}

QString ColumnMapping::customFieldOfHeader(const QString &header)
{
    // As our own exports name custom fields: "custom:Budget".
    if (!header.startsWith(kCustomPrefix, Qt::CaseInsensitive))
        return {};
    return header.mid(kCustomPrefix.size()).trimmed();
}

void ColumnMapping::setTarget(int column, ColumnTarget target)
{
    if (column >= 0 && column < m_targets.size())
        m_targets[column] = std::move(target);
}

std::optional<int> ColumnMapping::columnFor(ImportField field) const
{
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets.at(i).field == field)
            return i;
    return std::nullopt;
}

QList<int> ColumnMapping::columnsFor(ImportField field) const
{
    QList<int> columns;
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets.at(i).field == field)
            columns << i;
    return columns;
}

Result ColumnMapping::check() const
{
    QHash<ImportField, int> firstColumn;
    QHash<QString, int> firstCustomColumn; // by the folded name
    for (int i = 0; i < m_targets.size(); ++i) {
        const ColumnTarget &target = m_targets.at(i);
        if (target.isSkipped())
            continue;
        if (*target.field == ImportField::Custom && target.customName.trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("Column %1 (\"%2\") is mapped to a custom field without a name.")
                             .arg(i + 1)
                             .arg(m_headers.value(i)));
        if (*target.field == ImportField::Custom &&
            std::any_of(target.customName.cbegin(), target.customName.cend(),
                        [](QChar c) {
                            // Line breaks and NULs make a name nobody can type.
                            const QChar::Category category = c.category();
                            return category == QChar::Other_Control || category == QChar::Separator_Line ||
                                   category == QChar::Separator_Paragraph;
                        }))
            return Error(ErrorCode::InvalidArgument,
                         tr("Column %1 (\"%2\") is mapped to a custom field whose name holds a control character "
                            "(a line break, a tab or a NUL).")
                             .arg(i + 1)
                             .arg(m_headers.value(i)));
        if (*target.field == ImportField::Custom) {
            // Custom field names are one field whatever their case, as the database keeps them.
            const QString name = target.customName.trimmed().toCaseFolded();
            if (auto it = firstCustomColumn.constFind(name); it != firstCustomColumn.constEnd())
                return Error(ErrorCode::InvalidArgument,
                             tr("Columns %1 (\"%2\") and %3 (\"%4\") are both mapped to the custom field \"%5\"; "
                                "one would overwrite the other. Give one of them another name, or skip it.")
                                 .arg(*it + 1)
                                 .arg(m_headers.value(*it))
                                 .arg(i + 1)
                                 .arg(m_headers.value(i))
                                 .arg(target.customName.trimmed()));
            firstCustomColumn.insert(name, i);
            continue;
        }
        if (fieldInfo(*target.field).repeatable)
            continue;
        if (auto it = firstColumn.constFind(*target.field); it != firstColumn.constEnd())
            return Error(ErrorCode::InvalidArgument,
                         tr("Columns %1 (\"%2\") and %3 (\"%4\") are both mapped to %5; a contact has only one.")
                             .arg(*it + 1)
                             .arg(m_headers.value(*it))
                             .arg(i + 1)
                             .arg(m_headers.value(i))
                             .arg(fieldLabel(*target.field)));
        firstColumn.insert(*target.field, i);
    }
    const bool identifies =
        firstColumn.contains(ImportField::Email) || firstColumn.contains(ImportField::Phone) ||
        firstColumn.contains(ImportField::FirstName) || firstColumn.contains(ImportField::LastName) ||
        firstColumn.contains(ImportField::FullName) || firstColumn.contains(ImportField::ExternalId) ||
        firstColumn.contains(ImportField::LeadlineId);
    if (!identifies)
        return Error(
            ErrorCode::InvalidArgument,
            tr("No column is mapped to an email, phone, name or external id, so no contact could be identified."));
    return {};
}

QJsonObject ColumnMapping::toPreset() const
{
    // A header the file repeats ("Phone", "Phone") lists its columns' targets in their order.
    // Each spelling keeps its own entry ("Email" and "E-mail" may go to different fields), and
    // "headers" keeps the file's order, which JSON objects do not.
    QJsonObject columns;
    QJsonArray order;
    for (int i = 0; i < m_headers.size(); ++i) {
        const QString target = targetKey(m_targets.at(i));
        const QString name = presetName(m_headers.at(i), i);
        const QJsonValue earlier = columns.value(name);
        if (earlier.isUndefined()) {
            columns.insert(name, target);
            order.append(name);
        } else {
            columns.insert(name, (earlier.isArray() ? earlier.toArray() : QJsonArray{earlier}) << target);
        }
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("headers"), order}};
}

Expected<ColumnMapping> ColumnMapping::fromPreset(const QJsonObject &preset, const QStringList &headers)
{
    return fromPreset(preset, automatic(headers));
}

ColumnMapping::PresetFit ColumnMapping::presetFit(const QJsonObject &preset, const QStringList &headers)
{
    QSet<QString> inFile;
    for (int i = 0; i < headers.size(); ++i)
        inFile.insert(normalizedHeader(presetName(headers.at(i), i)));
    QSet<QString> named;
    PresetFit fit;
    const QJsonObject columns = preset.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString own = normalizedHeader(it.key()); // a column truly named "Column 3" too
        const QString key = normalizedHeader(presetKey(it.key()));
        if (inFile.contains(own))
            named.insert(own);
        else if (inFile.contains(key))
            named.insert(key);
        else if (const auto number = placeholderNumber(it.key()))
            fit.missingColumns << TabularReader::tr("Column %1").arg(*number); // as this language names it
        else
            fit.missingColumns << it.key();
    }
    for (int i = 0; i < headers.size(); ++i)
        if (named.contains(normalizedHeader(presetName(headers.at(i), i))))
            ++fit.namedColumns;
    return fit;
}

Expected<ColumnMapping> ColumnMapping::fromPreset(const QJsonObject &preset, const ColumnMapping &guess)
{
    QStringList headers; // as a preset names the columns
    for (int i = 0; i < guess.headers().size(); ++i)
        headers << presetName(guess.headers().at(i), i);
    if (preset.value(QStringLiteral("format")).toString() != kFormat)
        return Error(ErrorCode::InvalidArgument,
                     tr("This is not a Leadline import mapping (\"format\" must be \"%1\").").arg(kFormat));
    if (const QJsonValue version = preset.value(QStringLiteral("version")); version.toInt() != 1 || !version.isDouble())
        return Error(ErrorCode::Unsupported,
                     tr("This import mapping has version %1; only version 1 is understood.")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                                  .mid(1)
                                  .chopped(1)));
    if (!preset.value(QStringLiteral("columns")).isObject())
        return Error(ErrorCode::InvalidArgument,
                     tr("This import mapping has no \"columns\" object of column names and the fields they go to."));
    const QJsonObject columns = preset.value(QStringLiteral("columns")).toObject();
    QHash<QString, QStringList> bySpelling; // a target for each column of that header, in their order
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QStringList targets;
        for (const QJsonValue &value : it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()}) {
            if (!value.isString()) // a number or an object: no field name, however it would print
                return Error(ErrorCode::InvalidArgument,
                             tr("The mapping sends column \"%1\" to %2, which is not a field name in quotes.")
                                 .arg(it.key(), QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
            targets << value.toString();
        }
        for (const QString &value : std::as_const(targets))
            if (value != kSkip && !value.startsWith(kCustomPrefix) && !importFieldFromKey(value))
                return Error(
                    ErrorCode::InvalidArgument,
                    tr("The mapping sends column \"%1\" to \"%2\", which is not a contact field.").arg(it.key(), value));
        if (!targets.isEmpty())
            bySpelling.insert(it.key(), targets);
    }
    // "Column 3" of a preset written before unnamed columns were "#3" names the third unnamed
    // column too; a column truly named so elsewhere still finds its own entry.
    for (auto it = columns.begin(); it != columns.end(); ++it)
        if (const QString key = presetKey(it.key());
            key != it.key() && !bySpelling.contains(key) && bySpelling.contains(it.key()))
            bySpelling.insert(key, bySpelling.value(it.key()));
    // A column takes the entry of its own spelling. One the preset has no entry for takes, by
    // its place among such columns of its name, the entries of the spellings of that name this
    // file lacks ("E-mail" in the preset, "e mail" in the file), in the order of the file the
    // preset was made from (or sorted, for a preset written without it).
    QStringList spellings;
    for (const QJsonValue &header : preset.value(QStringLiteral("headers")).toArray())
        if (columns.contains(header.toString()) && !spellings.contains(header.toString()))
            spellings << header.toString();
    for (const QString &key : columns.keys())
        if (!spellings.contains(key))
            spellings << key;
    const QSet<QString> spellingsInFile(headers.cbegin(), headers.cend());
    QHash<QString, QStringList> byName;
    for (const QString &spelling : std::as_const(spellings))
        if (bySpelling.contains(spelling) && !spellingsInFile.contains(spelling))
            byName[normalizedHeader(spelling)] << bySpelling.value(spelling);

    ColumnMapping mapping = guess;
    QList<bool> fromPreset(headers.size(), false);
    QHash<QString, int> seenSpelling; // columns of each spelling met so far
    QHash<QString, int> seenName;     // and of each name, among those matched by name
    for (int i = 0; i < headers.size(); ++i) {
        const QStringList *entry = nullptr;
        int place = 0;
        if (const auto own = bySpelling.constFind(headers.at(i)); own != bySpelling.constEnd()) {
            entry = &own.value();
            place = seenSpelling[headers.at(i)]++;
        } else if (const auto other = byName.constFind(normalizedHeader(headers.at(i))); other != byName.constEnd()) {
            entry = &other.value();
            place = seenName[other.key()]++;
        }
        if (!entry)
            continue; // a column the preset does not know: guessed
        const QString key = place < entry->size() ? entry->at(place) : entry->constLast();
        if (place >= entry->size()) {
            // One more column of a name than the preset knew. A skip, or a field that takes many
            // columns, holds for it too (a single value always meant every column of the name);
            // a field of one column is taken already: the column is guessed.
            const std::optional<ImportField> field = importFieldFromKey(key);
            if (key != kSkip && !(field && *field != ImportField::Custom && fieldInfo(*field).repeatable))
                continue;
        }
        ColumnTarget target;
        if (key.startsWith(kCustomPrefix)) {
            target.field = ImportField::Custom;
            target.customName = key.mid(kCustomPrefix.size());
        } else if (key != kSkip) {
            target.field = importFieldFromKey(key);
        }
        mapping.m_targets[i] = target;
        fromPreset[i] = true;
    }
    // A preset may move a field to another column: drop the automatic duplicate.
    for (int i = 0; i < headers.size(); ++i) {
        const ColumnTarget &target = mapping.m_targets.at(i);
        if (target.isSkipped() || fieldInfo(*target.field).repeatable || fromPreset.at(i))
            continue;
        for (int j = 0; j < headers.size(); ++j)
            if (j != i && fromPreset.at(j) && mapping.m_targets.at(j).field == target.field)
                mapping.m_targets[i] = ColumnTarget{};
    }
    // Then numbered street lines the preset does not name go with the street it chose.
    mapping.retieStreetLines(fromPreset);
    return mapping;
}

Expected<QJsonObject> ColumnMapping::readPresetFile(const QString &path)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (doc.isNull())
        return Error(ErrorCode::InvalidArgument, tr("The mapping file %1 is not valid JSON (at byte %2: %3).")
                                                     .arg(path)
                                                     .arg(parseError.offset)
                                                     .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(ErrorCode::InvalidArgument, tr("The mapping file %1 must contain a JSON object.").arg(path));
    return doc.object();
}

Result ColumnMapping::writePresetFile(const QString &path) const
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write the mapping file %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toPreset()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(ErrorCode::Io, tr("Cannot write the mapping file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Leadline::ImportExport
