#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace Leadline::ImportExport {

// libxlsxwriter, loaded into a link-map namespace of its own. Both libxlsxwriter (through the system
// minizip) and QuaZip (through its bundled minizip fork) export zipOpen3 & co.; in one namespace the
// dynamic linker binds libxlsxwriter's calls to QuaZip's incompatible copies and the first
// workbook_close() crashes. dlmopen(LM_ID_NEWLM) gives libxlsxwriter its own minizip.
// That namespace has its own C library, whose per-thread set-up (the character classes isalnum()
// and friends read) runs only for the thread that loaded it: instance() completes it for each
// thread that uses the library (instance(), prepareThisThread()), or the second export, on
// another job thread, crashed.
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
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::lxw_workbook_free) workbookFree = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
    void (*initThreadCharacterClasses)() = nullptr; // that C library's __ctype_init

    // The library, ready for use on the calling thread.
    static Expected<const XlsxWriterLibrary *> instance();
    // Readies the calling thread for the library (once per thread; cheap after that). Every
    // call into it from a thread that may not have called instance() goes after this.
    void prepareThisThread() const;
};

} // namespace Leadline::ImportExport
