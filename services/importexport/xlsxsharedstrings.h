#pragma once

#include "services/core/expected.h"
#include "services/importexport/readoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Leadline::ImportExport {

class ZipEntryStream;

// A workbook's shared-strings table, the one part of an XLSX that must stay in memory while a sheet
// streams. Kept as one UTF-8 block plus offsets (a fraction of a QStringList's footprint) and capped by
// ReadOptions::maxSharedStringBytes / maxSharedStrings. Read-only after load(); safe to share then.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::XlsxSharedStrings)
public:
    Result load(ZipEntryStream &stream, const QString &sourceName, const ReadOptions &limits);
    void append(const QString &text);
    void appendUtf8(QByteArrayView utf8);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    QString at(qsizetype index) const;

    // OOXML escapes characters XML cannot carry as _xHHHH_ (and a literal "_x" as _x005F_x).
    static QString unescape(QString text);

private:
    QByteArray m_text;
    std::vector<quint32> m_offsets{0};
};

} // namespace Leadline::ImportExport
