#pragma once

#include "services/importexport/tabularreader.h"

#include <QDir>
#include <QString>

#include <gtest/gtest.h>

#include <vector>

namespace Leadline::ImportExport::Testing {

inline QString fixture(const QString &name)
{
    return qEnvironmentVariable("LEADLINE_TEST_DATA") + QStringLiteral("/import/") + name;
}

// Reads every row, failing the test on any error.
inline std::vector<TabularRow> readAll(TabularReader &reader)
{
    std::vector<TabularRow> rows;
    for (;;) {
        auto row = reader.next();
        EXPECT_TRUE(row.hasValue()) << (row.hasValue() ? std::string() : row.error().message().toStdString());
        if (!row || !row->has_value())
            return rows;
        rows.push_back(std::move(**row));
    }
}

inline QStringList cells(std::initializer_list<const char16_t *> values)
{
    QStringList list;
    for (const char16_t *value : values)
        list.append(QString::fromUtf16(value));
    return list;
}

} // namespace Leadline::ImportExport::Testing

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
inline void PrintTo(const QStringList &value, std::ostream *os)
{
    *os << '[' << value.join(QStringLiteral("|")).toStdString() << ']';
}
QT_END_NAMESPACE
