#include "ui/importexport/importoptionspage.h"

#include "services/importexport/importrowparser.h"
#include "ui/common/wheelneedsfocus.h"
#include "ui/importexport/importcontroller.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/regioncombobox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

#include <climits>

namespace Leadline::Ui {

using namespace ImportExport;

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString clean = tag.simplified(); !clean.isEmpty() && !tags.contains(clean))
            tags << clean;
    return tags;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Existing contacts and new ones"));
    setSubTitle(tr("Decide how a row is recognised as a contact you already have, what happens to it, and "
                   "what every imported contact gets."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *matchBox = new QGroupBox(tr("Recognise existing contacts by"), this);
    m_match = new QButtonGroup(this);
    auto *matchLayout = new QHBoxLayout(matchBox);
    const QList<std::tuple<MatchKey, QString, const char *>> matches{
        {MatchKey::Email, tr("Email address"), "matchEmail"},
        {MatchKey::Phone, tr("Phone number"), "matchPhone"},
        {MatchKey::ExternalId, tr("External id"), "matchExternalId"},
        {MatchKey::LeadlineId, tr("Leadline id"), "matchLeadlineId"}};
    for (const auto &[key, text, name] : matches) {
        auto *radio = new QRadioButton(text, matchBox);
        radio->setObjectName(QLatin1String(name));
        m_match->addButton(radio, int(key));
        matchLayout->addWidget(radio);
    }
    matchLayout->addStretch(1);
    connect(m_match, &QButtonGroup::idClicked, this, [this](int id) {
        m_matchChosen = true;
        m_wizard->setMatchOn(MatchKey(id));
        dropOverwriteForIds();
    });

    auto *duplicateBox = new QGroupBox(tr("When a row matches a contact that already exists"), this);
    m_duplicate = new QButtonGroup(this);
    auto *duplicateLayout = new QGridLayout(duplicateBox);
    duplicateLayout->setColumnStretch(1, 1);
    const QList<std::tuple<DuplicateAction, QString, QString, const char *>> actions{
        {DuplicateAction::Skip, tr("Skip the row"),
         tr("The existing contact stays as it is; only an opt-out in the row is recorded."), "duplicateSkip"},
        {DuplicateAction::FillEmpty, tr("Fill empty fields"),
         tr("Fields the contact has no value for are taken from the file, and an opt-out is recorded; nothing else is "
            "overwritten."),
         "duplicateFill"},
        {DuplicateAction::Overwrite, tr("Overwrite"),
         tr("Every field the file has a value for replaces the contact's value, but an opt-out stays (undo restores "
            "it)."),
         "duplicateOverwrite"}};
    int row = 0;
    for (const auto &[action, text, help, name] : actions) {
        auto *radio = new QRadioButton(text, duplicateBox);
        radio->setObjectName(QLatin1String(name));
        m_duplicate->addButton(radio, int(action));
        duplicateLayout->addWidget(radio, row, 0);
        duplicateLayout->addWidget(explanation(help, duplicateBox), row, 1);
        ++row;
    }
    connect(m_duplicate, &QButtonGroup::idClicked, this, [this](int id) {
        m_duplicateChosen = true;
        m_wizard->setOnDuplicate(DuplicateAction(id));
    });

    auto *unmatchedBox = new QGroupBox(tr("When a row matches no contact"), this);
    m_unmatched = new QButtonGroup(this);
    auto *unmatchedLayout = new QGridLayout(unmatchedBox);
    unmatchedLayout->setColumnStretch(1, 1);
    const QList<std::tuple<bool, QString, QString, const char *>> unmatched{
        {false, tr("Create a contact"), tr("Every row is imported."), "unmatchedCreate"},
        {true, tr("Leave the row out"),
         tr("Only contacts you already have are updated. The rows left out are listed with the rejected rows."),
         "unmatchedLeaveOut"}};
    row = 0;
    for (const auto &[updateOnly, text, help, name] : unmatched) {
        auto *radio = new QRadioButton(text, unmatchedBox);
        radio->setObjectName(QLatin1String(name));
        m_unmatched->addButton(radio, updateOnly ? 1 : 0);
        unmatchedLayout->addWidget(radio, row, 0);
        unmatchedLayout->addWidget(explanation(help, unmatchedBox), row, 1);
        ++row;
    }
    connect(m_unmatched, &QButtonGroup::idClicked, this, [this](int id) { m_wizard->setUpdateOnly(id == 1); });

    auto *newBox = new QGroupBox(tr("Imported contacts"), this);
    m_stage = new QComboBox(newBox);
    m_stage->setObjectName(QStringLiteral("optionsStage"));
    for (Domain::LifecycleStage stage : Domain::allValues<Domain::LifecycleStage>())
        m_stage->addItem(Domain::displayName(stage), Domain::toKey(stage));
    connect(m_stage, &QComboBox::activated, this, [this] {
        if (auto stage = Domain::fromKey<Domain::LifecycleStage>(m_stage->currentData().toString()))
            m_wizard->setDefaultStage(*stage);
    });
    m_owner = new QComboBox(newBox);
    m_owner->setObjectName(QStringLiteral("optionsOwner"));
    m_owner->addItem(tr("No owner"), QString());
    connect(m_owner, &QComboBox::activated, this,
            [this] { m_wizard->setDefaultOwner(m_owner->currentData().toString()); });
    connect(&m_wizard->controller(), &ImportController::ownersLoaded, this, &ImportOptionsPage::fillOwners);
    m_wizard->controller().loadOwners();
    m_tags = new QLineEdit(newBox);
    m_tags->setObjectName(QStringLiteral("optionsTags"));
    m_tags->setPlaceholderText(tr("Tags separated by commas"));
    connect(m_tags, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_wizard->setExtraTags(splitTags(text)); });
    m_tagsProblem = new QLabel(newBox);
    m_tagsProblem->setObjectName(QStringLiteral("optionsTagsProblem"));
    m_tagsProblem->setWordWrap(true);
    m_tagsProblem->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_tagsProblem->hide();
    m_region = new RegionComboBox(newBox);
    m_region->setObjectName(QStringLiteral("optionsRegion"));
    connect(m_region, &RegionComboBox::regionChanged, m_wizard, &ImportWizard::setDefaultRegion);
    auto *newForm = new QFormLayout(newBox);
    newForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    newForm->addRow(tr("Lifecycle stage when the file has none:"), m_stage);
    newForm->addRow(tr("Owner when the file names none:"), m_owner);
    newForm->addRow(tr("Add these tags to every contact:"), m_tags);
    newForm->addRow(QString(), m_tagsProblem);
    newForm->addRow(tr("Phone numbers without country code are in:"), m_region);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("optionsSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(matchBox);
    layout->addWidget(duplicateBox);
    layout->addWidget(unmatchedBox);
    layout->addWidget(newBox);
    layout->addStretch(1);
    layout->addWidget(m_summary);

    connect(m_wizard, &ImportWizard::previewLoading, this, &ImportOptionsPage::completeChanged);
    connect(m_wizard, &ImportWizard::previewLoaded, this, &ImportOptionsPage::completeChanged);
    connect(m_wizard, &ImportWizard::fileCheckChanged, this, &ImportOptionsPage::updateSummary);
    connect(m_wizard, &ImportWizard::optionsChanged, this, [this] {
        syncFromWizard();
        updateSummary();
        showTagProblem();
        Q_EMIT completeChanged();
    });
    syncFromWizard();
    WheelNeedsFocus::installOnChildren(this);
}

void ImportOptionsPage::initializePage()
{
    const ColumnMapping &mapping = m_wizard->mapping();
    // Only keys the file has a column for can recognise anything.
    const QList<std::pair<MatchKey, ImportField>> keys{{MatchKey::Email, ImportField::Email},
                                                       {MatchKey::Phone, ImportField::Phone},
                                                       {MatchKey::ExternalId, ImportField::ExternalId},
                                                       {MatchKey::LeadlineId, ImportField::LeadlineId}};
    for (const auto &[key, field] : keys) {
        QAbstractButton *radio = m_match->button(int(key));
        const bool mapped = mapping.columnFor(field).has_value();
        radio->setEnabled(mapped);
        radio->setToolTip(mapped ? QString() : tr("No column of the file is imported as %1").arg(fieldLabel(field)));
    }
    // An export of this database brought back: its rows find their contacts by their own id,
    // whatever else was edited in them (an email too), and it comes back to apply those edits.
    // Another database's export is matched as any file is: its ids name no contact here.
    if (!m_matchChosen && mapping.columnFor(ImportField::LeadlineId) && m_wizard->leadlineIdsBelongHere()) {
        m_wizard->setMatchOn(MatchKey::LeadlineId);
        if (!m_duplicateChosen && m_wizard->options().onDuplicate == DuplicateAction::Skip) {
            m_wizard->setOnDuplicate(DuplicateAction::Overwrite);
            m_overwriteForIds = true;
        }
    }
    if (!m_match->checkedButton() || !m_match->checkedButton()->isEnabled()) {
        for (const auto &[key, field] : keys) {
            if (m_match->button(int(key))->isEnabled()) {
                m_wizard->setMatchOn(key);
                break;
            }
        }
    }
    dropOverwriteForIds();
    // Leaving out the rows that match nothing needs a key to match them on.
    const bool keyed = mapping.columnFor(matchField(m_wizard->options().matchOn)).has_value();
    m_unmatched->button(1)->setEnabled(keyed);
    if (!keyed && m_wizard->options().updateOnly)
        m_wizard->setUpdateOnly(false);
    syncFromWizard();
    updateSummary();
}

void ImportOptionsPage::dropOverwriteForIds()
{
    // Overwriting came with matching on Leadline ids: it goes with it, unless the user chose it.
    if (!m_overwriteForIds || m_duplicateChosen || m_wizard->options().matchOn == MatchKey::LeadlineId)
        return;
    m_overwriteForIds = false;
    m_wizard->setOnDuplicate(DuplicateAction::Skip);
}

void ImportOptionsPage::syncFromWizard()
{
    const ImportOptions &options = m_wizard->options();
    if (QAbstractButton *radio = m_match->button(int(options.matchOn)))
        radio->setChecked(true);
    if (QAbstractButton *radio = m_duplicate->button(int(options.onDuplicate)))
        radio->setChecked(true);
    if (QAbstractButton *radio = m_unmatched->button(options.updateOnly ? 1 : 0))
        radio->setChecked(true);
    // Skipping every row that matches, and leaving out the others, would import nothing.
    m_duplicate->button(int(DuplicateAction::Skip))->setEnabled(!options.updateOnly);
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->setCurrentIndex(m_stage->findData(Domain::toKey(options.defaultStage)));
    }
    {
        const QSignalBlocker blocker(m_owner);
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(options.defaultOwner)));
    }
    {
        const QSignalBlocker blocker(m_region);
        m_region->setRegion(options.defaultRegion);
    }
    // Never rewrite what the user is typing ("a," would lose its comma).
    if (splitTags(m_tags->text()) != options.extraTags)
        m_tags->setText(options.extraTags.join(QStringLiteral(", ")));
}

void ImportOptionsPage::fillOwners(const QList<Domain::User> &users)
{
    const QSignalBlocker blocker(m_owner);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    // By email: the import finds the user by it, and two users may share a name.
    for (const Domain::User &user : users)
        m_owner->addItem(tr("%1 <%2>").arg(user.name, user.email), user.email);
    m_owner->setEnabled(!users.isEmpty());
    syncFromWizard();
}

QString ImportOptionsPage::tagTooLong() const
{
    for (const QString &tag : m_wizard->options().extraTags)
        if (ImportRowParser::characterCount(tag) > ImportRowParser::kMaxTagLength)
            return tag;
    return {};
}

bool ImportOptionsPage::isComplete() const
{
    return tagTooLong().isEmpty() && !m_wizard->isLoading() && QWizardPage::isComplete();
}

bool ImportOptionsPage::validatePage()
{
    if (!m_wizard->fileChangedSincePreview())
        return true;
    // Saved again from a spreadsheet while the wizard was open: read again, and shown again
    // before anything is imported.
    m_wizard->readFileAgain();
    m_summary->setText(tr("⚠ %1 changed since it was previewed and has been read again. Check the mapping and the "
                          "preview (Back), then import.")
                           .arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_summary->setStyleSheet(QStringLiteral("color: #9b1c1c; font-weight: bold;"));
    return false;
}

void ImportOptionsPage::showTagProblem()
{
    // Said here, where the tag is typed, rather than by an import that stops at once.
    const QString tooLong = tagTooLong();
    m_tagsProblem->setText(tooLong.isEmpty() ? QString()
                                             : tr("The tag \"%1…\" is longer than %2 characters.")
                                                   .arg(tooLong.left(20))
                                                   .arg(ImportRowParser::kMaxTagLength));
    m_tagsProblem->setVisible(!tooLong.isEmpty());
}

void ImportOptionsPage::updateSummary()
{
    const auto &preview = m_wizard->preview();
    const QString file = QFileInfo(m_wizard->filePath()).fileName();
    QString text = preview && preview->truncated
                       ? tr("Ready to import all rows of %1. The import runs in the background; you can keep "
                            "working and undo it afterwards.")
                             .arg(file)
                       : tr("Ready to import the rows of %1. You can undo the import afterwards.").arg(file);
    // Said again where Import is clicked: a mapping or region that fails most rows is better
    // changed before a long import than after it.
    // The whole file's count once it is checked, the previewed rows' until then.
    const ImportWizard::FileCheck &whole = m_wizard->fileCheck();
    bool warn = false;
    if (whole.status == ImportWizard::FileCheck::Status::Done && whole.outcome.stopped.isEmpty()) {
        const qint64 rows = whole.outcome.rows;
        const qint64 rejected = whole.outcome.rejected;
        const int rejectedCount = rejected > INT_MAX ? INT_MAX : int(rejected);
        const QString rowsText = QLocale().toString(rows);
        warn = rows > 0 && rejected * 2 >= rows;
        if (rows > 0 && rejected == rows)
            text = tr("⚠ Every row of the file will be rejected (see Back).") + QLatin1Char(' ') + text;
        else if (rejected > 0)
            text = tr("%n of the file's %1 rows will be rejected, with the reason for each in a file you can fix "
                      "and import again.",
                      nullptr, rejectedCount)
                       .arg(rowsText) +
                   QLatin1Char(' ') + text;
    } else {
        const ImportWizard::PreviewCheck check = m_wizard->previewCheck();
        warn = check.rows > 0 && check.rejected * 2 >= check.rows;
        if (warn)
            text = (check.rejected == check.rows
                        ? tr("⚠ Every previewed row will be rejected (see Back).")
                        : tr("⚠ %n of the %1 previewed rows will be rejected (see Back).", nullptr, check.rejected)
                              .arg(check.rows)) +
                   QLatin1Char(' ') + text;
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(warn ? QStringLiteral("color: #9b1c1c; font-weight: bold;") : QString());
}

} // namespace Leadline::Ui
