#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

namespace Leadline::Ui {

class ImportWizard;

// Wizard page 1: the file, how it was read (format, encoding, delimiter, sheet, header row)
// and its first rows as they are in the file.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    // Opens the file dialog (without blocking); the chosen file is read at once.
    void chooseFile();

private:
    void showLoading();
    void showPreview();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_readAsLabel = nullptr;
    QWidget *m_readAs = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QCheckBox *m_header = nullptr;
    QLabel *m_headerHint = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_sample = nullptr;
};

} // namespace Leadline::Ui
