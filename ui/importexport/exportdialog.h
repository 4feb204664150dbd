#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Leadline::ImportExport {
enum class ExportHeaders;
}

namespace Leadline::Ui {

// File → Export contacts: which contacts (all, the current filter, the selection), the file
// (its name decides CSV or XLSX), the columns (remembered), the byte order mark for Excel and how columns are named.
// Only gathers the choice; the main window runs the export. GUI thread.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { All, Filter, Selection };

    // filterCount: NoFilter when no filter is active, UnknownCount while the filtered contacts are
    // being counted. selectionCount 0: nothing selected.
    static constexpr qint64 NoFilter = -1;
    static constexpr qint64 UnknownCount = -2;
    ExportDialog(qint64 allCount, qint64 filterCount, qint64 selectionCount, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    // The file to write: a name typed without a folder goes into the folder the dialog
    // suggested or Browse chose, never into the program's working folder.
    QString path() const;
    void setPath(const QString &path);
    QStringList fields() const; // export field keys, in the order of the list
    void setFields(const QStringList &keys);
    // Offers the contacts' custom fields as columns (read after the dialog opens), checked
    // while the columns are the default ones.
    void addCustomFields(const QStringList &names);
    bool byteOrderMark() const;
    QChar delimiter() const; // of a CSV file
    ImportExport::ExportHeaders headers() const;
    void setAllCount(qint64 count);

    void accept() override;

private:
    void pathEdited();
    void formatChosen();
    void browse();
    void updateState();
    void finishAccepting();
    QStringList offeredCustomFields() const;

    QRadioButton *m_all = nullptr;
    QRadioButton *m_filter = nullptr;
    QRadioButton *m_selection = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QListWidget *m_fields = nullptr;
    QCheckBox *m_bom = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_headers = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QString m_folder; // where a file name typed alone goes
    QString m_replaceConfirmed; // an existing file the user agreed to replace (in the file dialog)
    bool m_customFieldsChecked = false; // custom fields offered from now on start checked
    QStringList m_rememberedFields;     // chosen last time; cleared by All, None and Default
    QStringList m_offeredLastTime;      // the custom fields listed last time
    Qt::CheckState m_stateWhenPressed = Qt::Unchecked; // of the column pressed last
};

} // namespace Leadline::Ui
