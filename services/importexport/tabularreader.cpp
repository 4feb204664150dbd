#include "services/importexport/tabularreader.h"

#include "services/importexport/headerdetector.h"

namespace Leadline::ImportExport {

namespace {
constexpr int SampleRows = 20;

// A row of empty or blank cells (",,", a line of a space or two) is no row: skipped like an
// empty line, not rejected for its number of cells. Stops at the first character of text,
// mostly the first of the first cell.
bool allEmpty(const QStringList &cells)
{
    for (const QString &cell : cells)
        for (const QChar c : cell)
            if (!c.isSpace() && c != QChar(0)) // NULs are dropped from every cell: they are nothing
                return false;
    return true;
}
} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf16le"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    // What Windows calls "ANSI" in Western Europe and the Americas; Latin-1 files read the same.
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") || key == QLatin1String("latin1") ||
        key == QLatin1String("iso88591") || key == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

TabularReader::TabularReader(QString sourceName, const ReadOptions &options, WidthRule widthRule)
    : m_sourceName(std::move(sourceName))
    , m_headerMode(options.header)
    , m_isKnownColumnName(options.isKnownColumnName)
    , m_widthRule(widthRule)
{}

TabularReader::~TabularReader() = default;

Expected<std::optional<TabularRow>> TabularReader::readNonEmptyRecord()
{
    for (;;) {
        auto record = readRecord();
        if (!record || !record->has_value() || !allEmpty((*record)->cells))
            return record;
    }
}

Result TabularReader::start()
{
    qsizetype rows = 0; // sampled, not left out
    while (rows < SampleRows) {
        auto record = readNonEmptyRecord();
        if (!record && m_leftOut) {
            m_sample.push_back({*std::exchange(m_leftOut, std::nullopt), record.error()});
            continue;
        }
        if (!record) {
            if (m_sample.empty())
                return record.error();
            m_deferredError = record.error();
            break;
        }
        if (!record->has_value())
            break;
        m_sample.push_back({std::move(**record), std::nullopt});
        ++rows;
    }
    // Records left out before the first row are no header; the first row is then a data row too.
    while (!m_sample.empty() && m_sample.front().leftOut) {
        m_leftOutFirst.push_back(std::move(m_sample.front()));
        m_sample.pop_front();
    }

    if (m_sample.empty()) {
        if (!m_leftOutFirst.empty()) // nothing but broken records: no file to read
            return *m_leftOutFirst.front().leftOut;
        m_ended = true;
        return {};
    }

    // Title lines above a row of column names are left out whether that row is taken for the
    // header or, the user saying the file has none, for data: never are they a row of the file.
    // (Records left out in between are no rows either.)
    {
        QList<QStringList> firstRows;
        QList<std::size_t> at; // of each in m_sample
        for (std::size_t i = 0; i < m_sample.size(); ++i)
            if (!m_sample[i].leftOut) {
                firstRows.append(m_sample[i].row.cells);
                at.append(i);
            }
        m_preambleRows = HeaderDetector::preambleRows(firstRows, m_isKnownColumnName);
        if (m_preambleRows > 0) {
            const auto end = m_sample.begin() + qsizetype(at.at(m_preambleRows - 1)) + 1;
            for (auto it = m_sample.begin(); it != end; ++it)
                if (it->leftOut)
                    m_leftOutFirst.push_back(std::move(*it));
            m_sample.erase(m_sample.begin(), end);
        }
        while (!m_sample.empty() && m_sample.front().leftOut) {
            m_leftOutFirst.push_back(std::move(m_sample.front()));
            m_sample.pop_front();
        }
    }

    QList<QStringList> sampledRows;
    for (const SampledRecord &record : m_sample)
        if (!record.leftOut)
            sampledRows.append(record.row.cells);
    const QStringList &first = sampledRows.front();
    if (m_headerMode == HeaderMode::Auto) {
        m_hasHeaderRow = HeaderDetector::looksLikeHeader(first, sampledRows.mid(1));
    } else {
        m_hasHeaderRow = m_headerMode == HeaderMode::Present;
    }

    qsizetype width = first.size();
    if (m_hasHeaderRow && m_widthRule == WidthRule::PadShort) {
        // A sheet's header row ends at its last label; data further right has no column to go to.
        while (width > 0 && first.at(width - 1).trimmed().isEmpty())
            --width;
    } else if (!m_hasHeaderRow && m_widthRule == WidthRule::PadShort) {
        for (const QStringList &cells : sampledRows)
            width = std::max(width, cells.size());
    }

    for (qsizetype i = 0; i < width; ++i) {
        // Control characters (a NUL from a file read in the wrong encoding, Excel's _x0000_)
        // name nothing, and PostgreSQL's text cannot hold a NUL.
        QString label = m_hasHeaderRow ? first.at(i) : QString();
        label.remove(QChar(0));
        for (QChar &c : label)
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        label = label.trimmed();
        m_headers.append(label.isEmpty() ? tr("Column %1").arg(i + 1) : label);
    }
    // A header row that ends in a delimiter names no column there: rows without that empty cell fit too.
    m_labelledWidth = width;
    while (m_hasHeaderRow && m_labelledWidth > 0 && first.at(m_labelledWidth - 1).trimmed().isEmpty())
        --m_labelledWidth;
    if (m_hasHeaderRow) {
        m_headerLine = m_sample.front().row.line;
        m_sample.pop_front();
    }
    // Left out above the header (or the first row): reported first, in the order of the file.
    while (!m_leftOutFirst.empty()) {
        m_sample.push_front(std::move(m_leftOutFirst.back()));
        m_leftOutFirst.pop_back();
    }
    return {};
}

QList<QStringList> TabularReader::aheadRows() const
{
    QList<QStringList> rows;
    for (const SampledRecord &record : m_sample)
        if (!record.leftOut)
            rows.append(record.row.cells);
    return rows;
}

Expected<std::optional<TabularRow>> TabularReader::shape(TabularRow row)
{
    ++m_rowsRead;
    const qsizetype width = m_headers.size();
    if (row.cells.size() == width)
        return std::optional<TabularRow>(std::move(row));

    // Cells beyond the header that are empty (a delimiter at the end of every row, as some programs
    // write; a sheet's cells formatted but empty) hold nothing to lose. Short rows are padded in a
    // sheet, whose empty trailing cells are simply absent, and in a file only for columns the header
    // row names nothing for (its own delimiter at the end).
    bool extraFilled = false;
    for (qsizetype i = width; i < row.cells.size(); ++i)
        extraFilled = extraFilled || !row.cells.at(i).trimmed().isEmpty(); // a stray space is no value
    const bool fits = row.cells.size() > width
                          ? !extraFilled
                          : m_widthRule == WidthRule::PadShort || row.cells.size() >= m_labelledWidth;
    if (fits) {
        row.cells.resize(width);
        return std::optional<TabularRow>(std::move(row));
    }
    const bool sheet = m_widthRule == WidthRule::PadShort; // numbered by rows, not lines
    // Whole sentences for translators: a row of one cell in a wider file, or more cells than a
    // file of one column or of several has (a row as wide as the file is no error).
    const QString source = m_sourceName;
    const QString line = QString::number(row.line);
    const QString cells = QString::number(row.cells.size());
    const QString columns = QString::number(width);
    QString text;
    if (row.cells.size() == 1)
        text = (sheet ? tr("%1, row %2: the row has one cell but the sheet has %3 columns.")
                      : tr("%1, line %2: the row has one cell but the file has %3 columns."))
                   .arg(source, line, columns);
    else if (width == 1)
        text = (sheet ? tr("%1, row %2: the row has %3 cells but the sheet has only one column.")
                      : tr("%1, line %2: the row has %3 cells but the file has only one column."))
                   .arg(source, line, cells);
    else
        text = (sheet ? tr("%1, row %2: the row has %3 cells but the sheet has %4 columns.")
                      : tr("%1, line %2: the row has %3 cells but the file has %4 columns."))
                   .arg(source, line, cells, columns);
    Error ragged(ErrorCode::InvalidArgument, text, QStringLiteral("ragged row"));
    m_rowInError = std::move(row);
    return ragged;
}

Expected<std::optional<TabularRow>> TabularReader::next()
{
    if (m_fatal)
        return *m_fatal;
    if (!m_sample.empty()) {
        SampledRecord record = std::move(m_sample.front());
        m_sample.pop_front();
        if (record.leftOut) {
            ++m_rowsRead;
            m_rowInError = std::move(record.row);
            return *record.leftOut;
        }
        return shape(std::move(record.row));
    }
    if (m_deferredError) {
        m_fatal = m_deferredError;
        return *m_fatal;
    }
    if (m_ended)
        return std::optional<TabularRow>();

    auto record = readNonEmptyRecord();
    if (!record && m_leftOut) {
        ++m_rowsRead;
        m_rowInError = std::exchange(m_leftOut, std::nullopt);
        return record.error();
    }
    if (!record) {
        m_fatal = record.error();
        return *m_fatal;
    }
    if (!record->has_value()) {
        m_ended = true;
        return std::optional<TabularRow>();
    }
    return shape(std::move(**record));
}

} // namespace Leadline::ImportExport
