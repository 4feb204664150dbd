#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace Leadline::ImportExport {

// libxlsxwriter, loaded into a link-map namespace of its own. Both libxlsxwriter (through the system
// minizip) and QuaZip (through its bundled minizip fork) export zipOpen3 & co.; in one namespace the
// dynamic linker binds libxlsxwriter's calls to QuaZip's incompatible copies and the first
// workbook_close() crashes. dlmopen(LM_ID_NEWLM) gives libxlsxwriter its own minizip.
// Thread-safe: the library is loaded once, on first use, and never unloaded.
class XlsxWriterLibrary
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::XlsxWriterLibrary)
public:
    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::lxw_workbook_free) workbookFree = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;

    static Expected<const XlsxWriterLibrary *> instance();
};

} // namespace Leadline::ImportExport
