#include "ui/importexport/importpreviewmodel.h"

#include "services/contacts/phonenormalizer.h"
#include "services/importexport/importrowparser.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

namespace Leadline::Ui {

using namespace ImportExport;

namespace {
const QColor ProblemBackground(0xfd, 0xe2, 0xe1);
const QColor ProblemText(0x9b, 0x1c, 0x1c);
const QColor GoodText(0x1e, 0x7b, 0x34);
const QColor ChangedText(0x44, 0x5b, 0x8c);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setRows(const QList<QStringList> &rows, const QList<qint64> &lines,
                                 const QList<UnreadableRow> &unreadable)
{
    beginResetModel();
    m_cells.clear();
    m_lines.clear();
    m_unreadable.clear();
    // Merged by line: both lists are in the file's order already.
    qsizetype next = 0;
    for (const UnreadableRow &row : unreadable) {
        for (; next < rows.size() && lines.value(next) < row.line; ++next) {
            m_cells << rows.at(next);
            m_lines << lines.value(next);
            m_unreadable << QString();
        }
        m_cells << row.cells;
        m_lines << row.line;
        m_unreadable << row.problem;
    }
    for (; next < rows.size(); ++next) {
        m_cells << rows.at(next);
        m_lines << lines.value(next);
        m_unreadable << QString();
    }
    m_rows.clear();
    m_columns.clear();
    m_problemRows = 0;
    endResetModel();
}

void ImportPreviewModel::update(const ColumnMapping &mapping, const ImportOptions &options)
{
    beginResetModel();
    m_columns.clear();
    m_headers = mapping.headers();
    m_targets.clear();
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const ColumnTarget &target = mapping.target(column);
        if (target.isSkipped()) {
            m_targets << QString();
            continue;
        }
        m_columns << column;
        m_targets << (*target.field == ImportField::Custom ? tr("Custom: %1").arg(target.customName)
                                                           : fieldLabel(*target.field));
    }

    ImportOptions effective = options;
    if (effective.defaultRegion.isEmpty())
        effective.defaultRegion = QStringLiteral("US"); // what the import falls back to
    const ImportRowParser parser(mapping, effective);
    const Contacts::PhoneNormalizer phones;
    m_rows.clear();
    m_problemRows = 0;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const QStringList &cells = m_cells.at(i);
        Row row;
        if (const QString &problem = m_unreadable.at(i); !problem.isEmpty()) {
            row.rowIssues << problem;
            row.reason = problem;
            ++m_problemRows;
            m_rows << row;
            continue;
        }
        const ParsedRow parsed = parser.parse(cells, m_lines.value(i));
        for (const CellIssue &issue : parsed.issues) {
            if (issue.column >= 0)
                row.issues.insert(issue.column, issue.message);
            else
                row.rowIssues << issue.message;
        }
        row.reason = parsed.rejectReason(m_headers);
        // Show what a phone number turns into, read in the region the import reads it in (the
        // row's country, else the default region): the effect of the region is visible at once.
        const QString phoneRegion = parser.phoneRegionOf(cells);
        for (int column : std::as_const(m_columns)) {
            if (row.issues.contains(column) || fieldInfo(*mapping.target(column).field).kind != FieldKind::Phone)
                continue;
            const QString raw = cells.value(column).trimmed();
            if (raw.isEmpty())
                continue;
            // A cell may list several numbers; each becomes one.
            QStringList converted;
            for (const QString &number : ImportRowParser::splitList(raw, ImportRowParser::ListSeparators::WithoutComma))
                if (const auto e164 = phones.toE164(number, phoneRegion))
                    converted << *e164;
            if (const QString shown = converted.join(QStringLiteral("; ")); !converted.isEmpty() && shown != raw)
                row.normalised.insert(column, shown);
        }
        // And how a date is read ("4/5/23" is 5 April or 4 May by the order chosen), in words
        // unless it is written year first, which reads one way only.
        static const QRegularExpression yearFirst(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
        for (int column : std::as_const(m_columns)) {
            if (row.issues.contains(column) || fieldInfo(*mapping.target(column).field).kind != FieldKind::Date ||
                !parsed.contact.createdAt.isValid())
                continue;
            const QString raw = cells.value(column).trimmed();
            if (raw.isEmpty() || yearFirst.match(raw).hasMatch())
                continue;
            const QDateTime read = parsed.contact.createdAt;
            const QLocale locale;
            row.normalised.insert(column, read.time() == QTime(0, 0)
                                              ? locale.toString(read.date(), QLocale::LongFormat)
                                              : tr("%1, %2").arg(locale.toString(read.date(), QLocale::LongFormat),
                                                                 locale.toString(read.time(), QLocale::ShortFormat)));
        }
        if (parsed.isRejected())
            ++m_problemRows;
        m_rows << row;
    }
    endResetModel();
    Q_EMIT problemsChanged(m_problemRows);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

bool ImportPreviewModel::rowHasProblem(int row) const
{
    const Row &r = m_rows.at(row);
    return !r.issues.isEmpty() || !r.rowIssues.isEmpty();
}

QString ImportPreviewModel::issueAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column > m_columns.size())
        return {};
    const Row &r = m_rows.at(row);
    if (column == 0)
        return r.rowIssues.join(QLatin1Char('\n'));
    return r.issues.value(m_columns.at(column - 1));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool problem = rowHasProblem(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: {
            const int count = int(row.issues.size() + row.rowIssues.size());
            if (!problem)
                return tr("✓ OK");
            return count == 1 ? tr("1 problem") : tr("%1 problems").arg(count);
        }
        case Qt::ToolTipRole:
            return problem ? tr("This row will be rejected: %1").arg(row.reason) : tr("This row will be imported.");
        case Qt::ForegroundRole:
            return QBrush(problem ? ProblemText : GoodText);
        case Qt::BackgroundRole:
            return row.rowIssues.isEmpty() ? QVariant() : QBrush(ProblemBackground);
        case IssueRole:
            return row.rowIssues.join(QLatin1Char('\n'));
        case HasProblemRole:
            return problem;
        default:
            return {};
        }
    }
    const int source = m_columns.at(index.column() - 1);
    const QString issue = row.issues.value(source);
    switch (role) {
    case Qt::DisplayRole: {
        const QString raw = m_cells.at(index.row()).value(source);
        const QString normalised = row.normalised.value(source);
        return normalised.isEmpty() ? raw : QStringLiteral("%1 → %2").arg(raw.trimmed(), normalised);
    }
    case Qt::ToolTipRole:
        if (!issue.isEmpty())
            return issue;
        if (const QString normalised = row.normalised.value(source); !normalised.isEmpty())
            return tr("Imported as %1").arg(normalised);
        return {};
    case Qt::BackgroundRole:
        return issue.isEmpty() ? QVariant() : QBrush(ProblemBackground);
    case Qt::ForegroundRole:
        if (!issue.isEmpty())
            return QBrush(ProblemText);
        return row.normalised.contains(source) ? QBrush(ChangedText) : QVariant();
    case IssueRole:
        return issue;
    case HasProblemRole:
        return !issue.isEmpty();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_lines.size())
            return QString::number(m_lines.at(section));
        if (role == Qt::ToolTipRole && section < m_lines.size())
            return tr("Line %1 of the file").arg(m_lines.at(section));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return tr("Status");
    const int source = m_columns.value(section - 1, -1);
    if (source < 0)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Column \"%1\" is imported as %2").arg(m_headers.value(source), m_targets.value(source));
    return QStringLiteral("%1\n→ %2").arg(m_headers.value(source), m_targets.value(source));
}

} // namespace Leadline::Ui
