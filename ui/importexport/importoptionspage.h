#pragma once

#include "services/domain/entities.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Leadline::Ui {

class ImportWizard;
class RegionComboBox;

// Wizard page 4: how rows find existing contacts and what happens to those, and what every new
// contact gets (lifecycle stage, owner, tags). Its button starts the import.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override; // no tag longer than a tag may be, the file read
    bool validatePage() override;     // the file as previewed

private:
    void dropOverwriteForIds();
    void syncFromWizard();
    QString tagTooLong() const; // a tag for every contact longer than a tag may be; empty if none
    void showTagProblem();
    void fillOwners(const QList<Domain::User> &users);
    void updateSummary();

    ImportWizard *m_wizard;
    QButtonGroup *m_match = nullptr;
    bool m_matchChosen = false;     // by the user, not for them
    bool m_duplicateChosen = false; // likewise
    bool m_overwriteForIds = false; // chosen for the user with matching on Leadline ids
    QButtonGroup *m_duplicate = nullptr;
    QButtonGroup *m_unmatched = nullptr; // rows that match no contact: create one, or leave them out
    RegionComboBox *m_region = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_tagsProblem = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Leadline::Ui
