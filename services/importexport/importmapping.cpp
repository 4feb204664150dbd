#include "services/importexport/importmapping.h"

#include "services/importexport/tabularreader.h"
#include "services/importexport/xlsxreader.h"

namespace Leadline::ImportExport {

Expected<ColumnMapping> ImportMapping::forFile(const TabularReader &reader, const ImportOptions &options,
                                               const QStringList &customFields)
{
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

} // namespace Leadline::ImportExport
