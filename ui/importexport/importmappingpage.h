#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QMenu;
class QTableWidget;
class QPushButton;

namespace Leadline::Ui {

class ImportWizard;

// Wizard page 2: where each column of the file goes. One row per source column with its header,
// sample values and a field chooser; the automatic match is preselected and marked, any column
// can be skipped or sent to a new custom field. Mappings load from and save to preset files.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // The preset buttons end here after their file dialogs; errors show on the page.
    bool loadPreset(const QString &path);
    bool savePreset(const QString &path);
    QComboBox *targetCombo(int column) const;

private:
    void rebuild();
    void sync();
    void fillCombo(QComboBox *combo) const;
    void targetChosen(int column);
    void askCustomName(int column);
    void choosePresetToLoad();
    void choosePresetToSave();
    void rememberPreset(const QString &path);
    void updateRecentMenu();
    void showMessage(const QString &text, bool error);

    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStringList m_builtHeaders;
    QStringList m_offeredCustom;
};

} // namespace Leadline::Ui
