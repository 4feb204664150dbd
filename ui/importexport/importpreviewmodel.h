#pragma once

#include "services/importexport/importoptions.h"
#include "ui/importexport/filepreview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Leadline::Ui {

// The preview of an import: the first rows of the file as the import will see them, one column
// per mapped source column plus a status column. Every row runs through ImportRowParser with the
// current mapping and options, so bad cells are flagged exactly as the import would reject them
// (red background, the reason as tooltip). GUI thread; a few hundred rows at most.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IssueRole = Qt::UserRole + 1, HasProblemRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The rows the reader gave, and those it could not shape (a wrong number of cells), each
    // with what the reader said: shown among the others in the file's order, as rejected.
    void setRows(const QList<QStringList> &rows, const QList<qint64> &lines,
                 const QList<UnreadableRow> &unreadable = {});
    // Parses every row again; cheap enough to call on each change of an option.
    void update(const ImportExport::ColumnMapping &mapping, const ImportExport::ImportOptions &options);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int problemRowCount() const { return m_problemRows; }
    bool rowHasProblem(int row) const;
    // The model column showing a source column, -1 when that column is skipped.
    int columnForSource(int sourceColumn) const { return int(m_columns.indexOf(sourceColumn)) + 1; }
    QString issueAt(int row, int column) const;

Q_SIGNALS:
    void problemsChanged(int problemRows);

private:
    struct Row
    {
        QHash<int, QString> issues;     // source column → message
        QHash<int, QString> normalised; // source column → the value as it will be stored, when it differs
        QStringList rowIssues;          // not tied to a cell ("no name, email or phone")
        QString reason;                 // everything, for the status tooltip
    };

    QList<QStringList> m_cells;
    QList<qint64> m_lines;
    QStringList m_unreadable; // per row: what the reader said, empty for a row it could shape
    QList<Row> m_rows;
    QList<int> m_columns; // source column of each model column after the status column
    QStringList m_headers;
    QStringList m_targets;
    int m_problemRows = 0;
};

} // namespace Leadline::Ui
