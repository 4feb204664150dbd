#include "services/importexport/delimitersniffer.h"

#include <QHash>
#include <QList>

namespace Leadline::ImportExport {

namespace {

constexpr int MaxRecords = 50;

// Field counts of the first records, splitting on delimiter outside quotes.
QList<int> fieldCounts(QStringView sample, QChar delimiter, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool recordHasText = false;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && counts.size() < MaxRecords; ++i) {
        const QChar c = sample[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && sample[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            recordHasText = true;
        } else if (c == delimiter) {
            ++fields;
            recordHasText = true;
        } else if (c == u'\n' || c == u'\r') {
            if (recordHasText)
                counts.append(fields);
            fields = 1;
            recordHasText = false;
        } else {
            recordHasText = true;
        }
    }
    if (complete && recordHasText && !inQuotes && counts.size() < MaxRecords)
        counts.append(fields);
    return counts;
}

} // namespace

QChar DelimiterSniffer::sniff(QStringView sample, bool complete)
{
    static const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    qsizetype bestAgreeing = 0;
    int bestFields = 1;
    for (QChar candidate : candidates) {
        const QList<int> counts = fieldCounts(sample, candidate, complete);
        QHash<int, qsizetype> frequency;
        for (int count : counts)
            ++frequency[count];
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() < 2)
                continue;
            if (it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestFields)) {
                best = candidate;
                bestAgreeing = it.value();
                bestFields = it.key();
            }
        }
    }
    return best;
}

} // namespace Leadline::ImportExport
