#include "services/importexport/xlsxwriterlibrary.h"

#include <dlfcn.h>

namespace Leadline::ImportExport {

namespace {

struct Loaded
{
    XlsxWriterLibrary library;
    QString error;
};

template <typename Function> bool resolve(void *handle, const char *name, Function &target, QString &error)
{
    target = reinterpret_cast<Function>(dlsym(handle, name));
    if (!target && error.isEmpty())
        error = QString::fromUtf8(name);
    return target != nullptr;
}

Loaded load()
{
    Loaded loaded;
    void *handle = nullptr;
    for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
        handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
        if (handle)
            break;
    }
    if (!handle) {
        const char *reason = dlerror();
        loaded.error = QString::fromUtf8(reason ? reason : "libxlsxwriter.so not found");
        return loaded;
    }
    XlsxWriterLibrary &l = loaded.library;
    QString missing;
    resolve(handle, "workbook_new_opt", l.workbookNewOpt, missing);
    resolve(handle, "workbook_add_worksheet", l.workbookAddWorksheet, missing);
    resolve(handle, "workbook_add_format", l.workbookAddFormat, missing);
    resolve(handle, "format_set_bold", l.formatSetBold, missing);
    resolve(handle, "worksheet_write_string", l.worksheetWriteString, missing);
    resolve(handle, "worksheet_write_number", l.worksheetWriteNumber, missing);
    resolve(handle, "worksheet_set_column", l.worksheetSetColumn, missing);
    resolve(handle, "format_set_num_format", l.formatSetNumFormat, missing);
    resolve(handle, "workbook_close", l.workbookClose, missing);
    resolve(handle, "lxw_workbook_free", l.workbookFree, missing);
    resolve(handle, "lxw_strerror", l.strerror, missing);
    // The C library of the namespace, already loaded with libxlsxwriter.
    Lmid_t namespaceId = 0;
    void *libc = dlinfo(handle, RTLD_DI_LMID, &namespaceId) == 0
                     ? dlmopen(namespaceId, "libc.so.6", RTLD_NOW | RTLD_NOLOAD)
                     : nullptr;
    // Without it (another C library), the thread that loaded it is the one ready for it.
    if (libc)
        l.initThreadCharacterClasses = reinterpret_cast<void (*)()>(dlsym(libc, "__ctype_init"));
    if (!missing.isEmpty())
        loaded.error = QStringLiteral("libxlsxwriter has no symbol ") + missing;
    return loaded;
}

} // namespace

Expected<const XlsxWriterLibrary *> XlsxWriterLibrary::instance()
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty())
        return Error(ErrorCode::Unsupported, tr("Excel export is not available: libxlsxwriter could not be loaded."),
                     loaded.error);
    loaded.library.prepareThisThread();
    return &loaded.library;
}

void XlsxWriterLibrary::prepareThisThread() const
{
    static thread_local bool threadReady = false;
    if (threadReady)
        return;
    if (initThreadCharacterClasses)
        initThreadCharacterClasses();
    threadReady = true;
}

} // namespace Leadline::ImportExport
