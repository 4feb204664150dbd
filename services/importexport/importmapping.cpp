#include "services/importexport/importmapping.h"

#include "services/importexport/importrowparser.h"
#include "services/importexport/tabularreader.h"
#include "services/importexport/xlsxreader.h"

#include <QFileInfo>

namespace Leadline::ImportExport {

Expected<ColumnMapping> ImportMapping::forFile(const TabularReader &reader, const ImportOptions &options,
                                               const QStringList &customFields)
{
    if (reader.columnCount() == 0) { // nothing but empty lines, or a BOM, or an empty sheet
        const QString file = QFileInfo(options.filePath).fileName();
        if (const auto *workbook = dynamic_cast<const XlsxReader *>(&reader))
            return Error(ErrorCode::InvalidArgument,
                         workbook->visibleSheetNames().size() > 1
                             ? tr("The sheet “%1” of %2 has no rows to import; another can be chosen.")
                                   .arg(workbook->sheetName(), file)
                             : tr("The sheet “%1” of %2 has no rows to import.").arg(workbook->sheetName(), file));
        return Error(ErrorCode::InvalidArgument, tr("%1 has no rows to import.").arg(file));
    }
    ColumnMapping guess = ColumnMapping::automatic(reader.headers(), customFields);
    guess.recogniseLeadlineIds(reader.aheadRows(), options.matchOn == MatchKey::LeadlineId);
    ColumnMapping mapping = options.mapping.value_or(guess);
    if (options.mappingPreset) {
        auto fromPreset = ColumnMapping::fromPreset(*options.mappingPreset, guess);
        if (!fromPreset)
            return fromPreset.error();
        mapping = *fromPreset;
    } else if (options.mapping && mapping.headers() != reader.headers()) {
        // A mapping made for another file (or a preset): apply it by header text.
        auto byHeader = ColumnMapping::fromPreset(mapping.toPreset(), guess);
        if (!byHeader)
            return byHeader.error();
        mapping = *byHeader;
    }
    if (Result ok = mapping.check(); !ok) {
        // Which sheet was read, when another might have been meant.
        if (const auto *workbook = dynamic_cast<const XlsxReader *>(&reader);
            workbook && workbook->visibleSheetNames().size() > 1) {
            QStringList others;
            for (const QString &sheet : workbook->visibleSheetNames())
                if (sheet != workbook->sheetName())
                    others << tr("“%1”", "a sheet's name in quotation marks").arg(sheet);
            return Error(ok.error().code(),
                         tr("%1 (This is the sheet “%2”; the workbook also has %3.)")
                             .arg(ok.error().message(), workbook->sheetName(), others.join(QStringLiteral(", "))));
        }
        return ok.error();
    }
    return mapping;
}

Result ImportMapping::checkOptions(const ColumnMapping &mapping, const ImportOptions &options,
                                   const QStringList &storedFields)
{
    // Matching on a key the file does not have would quietly match nothing. (A file without
    // emails matched on email is common: its rows are all new, unless only updates are wanted.)
    if (const ImportField key = matchField(options.matchOn);
        (options.matchOn != MatchKey::Email || options.updateOnly) && !mapping.columnFor(key))
        return Error(ErrorCode::InvalidArgument,
                     tr("Rows are to be matched on %1, but no column of %2 is mapped to %1. Map one, or match on "
                        "another field.")
                         .arg(fieldLabel(key), QFileInfo(options.filePath).fileName()));
    if (options.updateOnly && options.onDuplicate == DuplicateAction::Skip)
        return Error(ErrorCode::InvalidArgument,
                     tr("An import that only updates contacts must fill their empty fields or overwrite them: "
                        "skipping the rows that match would change nothing."));
    // A stored field keeps its name, as an export names it; a new one must be one a user can keep.
    for (int column = 0; column < mapping.columnCount(); ++column)
        if (const ColumnTarget &target = mapping.target(column);
            target.field == ImportField::Custom &&
            !storedFields.contains(target.customName.trimmed(), Qt::CaseInsensitive))
            if (const QString problem = mapping.newCustomFieldProblem(column); !problem.isEmpty())
                return Error(ErrorCode::InvalidArgument, problem);
    // Tags for every contact follow the rules of tags in the file.
    for (const QString &tag : options.extraTags)
        if (const QString simplified = tag.simplified();
            ImportRowParser::characterCount(simplified) > ImportRowParser::kMaxTagLength)
            return Error(ErrorCode::InvalidArgument,
                         tr("The tag \"%1…\" for every imported contact is longer than %2 characters.")
                             .arg(simplified.left(20))
                             .arg(ImportRowParser::kMaxTagLength));
    return {};
}

} // namespace Leadline::ImportExport
