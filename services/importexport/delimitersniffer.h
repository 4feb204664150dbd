#pragma once

#include <QChar>
#include <QStringView>

namespace Leadline::ImportExport {

// Picks the field delimiter of a CSV/TSV file from its first records. Stateless; any thread.
class DelimiterSniffer
{
public:
    // Among , ; tab and |: the one that splits the most records (quotes respected, up to 50 records)
    // into the same number of fields, preferring more fields, then that order. complete: the sample is
    // the whole file, so its last record is not cut off. Returns ',' when no candidate appears at all.
    static QChar sniff(QStringView sample, bool complete);
};

} // namespace Leadline::ImportExport
