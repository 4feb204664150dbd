#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace Leadline::Ui {

class ImportPreviewModel;
class ImportWizard;
class RegionComboBox;

// Wizard page 3: the first rows parsed exactly as the import will, bad cells in red with the
// reason as tooltip and, for the row and cell the keyboard or mouse is on, below the table; and the two choices that
// change how values read (phone region, date order) right above, so their effect shows at once.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    ImportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The summary above the table when some of the total previewed rows are bad, unreadable
    // ones among them (firstUnreadable: what the reader said about the first of those).
    static QString problemSummary(int bad, int total, int unreadable, const QString &firstUnreadable);

private:
    void reparse();
    void showFileCheck();
    void syncChoices();
    void applyProblemFilter();
    // Says below the table what is wrong with the current row and cell, or how it imports.
    void showCurrentDetail();

    ImportWizard *m_wizard;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RegionComboBox *m_region = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_dateOrderSource = nullptr;
    QLabel *m_fileCheck = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace Leadline::Ui
