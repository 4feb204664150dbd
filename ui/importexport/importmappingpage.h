#pragma once

#include "services/importexport/columnmapping.h"

#include <QWizardPage>

#include <functional>
#include <optional>

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
    // A mapping made for a file with these very columns: the one the user last imported such a
    // file with (RememberedMappings), else a recent preset naming exactly these columns.
    void findSuggestion();

    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStringList m_builtHeaders;
    QWidget *m_suggestion = nullptr; // the offer of a mapping made for these columns
    QLabel *m_suggestionText = nullptr;
    QPushButton *m_suggestionApply = nullptr;
    QStringList m_suggestionHeaders; // the columns the offer was looked up for
    std::optional<ImportExport::ColumnMapping> m_suggested;
    std::function<void()> m_applySuggestion;
    QStringList m_offeredCustom;
};

} // namespace Leadline::Ui
