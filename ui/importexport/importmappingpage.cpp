#include "ui/importexport/importmappingpage.h"

#include "services/importexport/tabularreader.h"
#include "ui/common/filedialog.h"
#include "ui/common/wheelneedsfocus.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/rememberedmappings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Leadline::Ui {

using namespace ImportExport;

namespace {

const QString RecentPresetsKey = QStringLiteral("import/recentPresets");
constexpr int MaxRecentPresets = 8;
constexpr int SampleValues = 3;
const QString SkipKey = QStringLiteral("skip");
const QString NewCustomKey = QStringLiteral("new-custom");
const QString CustomPrefix = QStringLiteral("custom:");

enum Column { SourceColumn, SampleColumn, TargetColumn, MarkColumn, ColumnCount };

QString keyOf(const ColumnTarget &target)
{
    if (target.isSkipped())
        return SkipKey;
    if (*target.field == ImportField::Custom)
        return CustomPrefix + target.customName;
    return QString::fromLatin1(fieldInfo(*target.field).key);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the contact field each column of the file goes into. Leadline matched what it "
                   "recognised; change any choice, skip columns you do not need, or keep them as custom fields."));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Import as"), QString()});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 18);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TargetColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MarkColumn, QHeaderView::Fixed);
    header->resizeSection(SourceColumn, 190);
    header->resizeSection(TargetColumn, 230);
    header->resizeSection(MarkColumn, 140);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("mappingError"));
    m_check->setWordWrap(true);
    m_check->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_check->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    // Made in the order they show, left to right and top to bottom, which Tab follows.
    auto *reset = new QPushButton(tr("Match automatically"), this);
    reset->setObjectName(QStringLiteral("mappingReset"));
    reset->setToolTip(tr("Forget the changes and use the automatic matches again"));
    connect(reset, &QPushButton::clicked, this, [this] { m_wizard->setMapping(m_wizard->automaticMapping()); });
    auto *load = new QPushButton(tr("Load preset…"), this);
    load->setObjectName(QStringLiteral("mappingLoadPreset"));
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::choosePresetToLoad);
    // A push button with a menu: its size counts the menu arrow, which a tool button's drew over the text.
    m_recent = new QPushButton(tr("Recent presets"), this);
    m_recent->setObjectName(QStringLiteral("mappingRecentPresets"));
    m_recentMenu = new QMenu(m_recent);
    m_recent->setMenu(m_recentMenu);
    auto *save = new QPushButton(tr("Save preset…"), this);
    save->setObjectName(QStringLiteral("mappingSavePreset"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::choosePresetToSave);

    // An offer, set apart from the page's own text like a notice.
    auto *suggestion = new QFrame(this);
    suggestion->setObjectName(QStringLiteral("mappingSuggestion"));
    suggestion->setStyleSheet(QStringLiteral(
        "QFrame#mappingSuggestion { background: #eef4fb; border: 1px solid #b6cde8; border-radius: 4px; }"));
    m_suggestion = suggestion;
    m_suggestionText = new QLabel(m_suggestion);
    m_suggestionText->setObjectName(QStringLiteral("mappingSuggestionText"));
    m_suggestionText->setWordWrap(true);
    m_suggestionApply = new QPushButton(m_suggestion);
    m_suggestionApply->setObjectName(QStringLiteral("mappingSuggestionApply"));
    connect(m_suggestionApply, &QPushButton::clicked, this, [this] {
        if (m_applySuggestion)
            m_applySuggestion();
        m_suggested.reset(); // taken: no more offer for these columns
        m_suggestion->hide();
    });
    auto *suggestionRow = new QHBoxLayout(m_suggestion);
    suggestionRow->setContentsMargins(8, 4, 4, 4);
    suggestionRow->addWidget(m_suggestionText, 1);
    suggestionRow->addWidget(m_suggestionApply, 0, Qt::AlignVCenter);
    m_suggestion->hide();

    // The count of columns on a line of its own: next to the buttons, a longer language cut it.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(reset);
    buttons->addWidget(load);
    buttons->addWidget(m_recent);
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_message);

    connect(m_wizard, &ImportWizard::mappingChanged, this, &ImportMappingPage::sync);
    connect(m_wizard, &ImportWizard::customFieldNamesChanged, this, &ImportMappingPage::sync);
    updateRecentMenu();
}

void ImportMappingPage::initializePage()
{
    sync();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->mapping().columnCount() > 0 && m_wizard->mapping().check().hasValue() &&
           m_wizard->newCustomFieldProblem().isEmpty();
}

QComboBox *ImportMappingPage::targetCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, TargetColumn));
}

void ImportMappingPage::fillCombo(QComboBox *combo) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Skip this column"), SkipKey);
    combo->insertSeparator(combo->count());
    for (const ImportFieldInfo &info : importFields()) {
        if (info.field == ImportField::Custom)
            continue;
        combo->addItem(fieldLabel(info.field), QString::fromLatin1(info.key));
        if (isSecondAddressField(info.field))
            combo->setItemData(combo->count() - 1,
                               tr("The address of a new contact whose row leaves the first address empty "
                                  "(a home address next to a business one)"),
                               Qt::ToolTipRole);
    }
    combo->insertSeparator(combo->count());
    for (const QString &name : m_offeredCustom)
        combo->addItem(tr("Custom field: %1").arg(name), QString(CustomPrefix + name));
    combo->addItem(tr("New custom field…"), NewCustomKey);
}

void ImportMappingPage::rebuild()
{
    const auto &preview = m_wizard->preview();
    const ColumnMapping &mapping = m_wizard->mapping();
    m_builtHeaders = mapping.headers();
    m_offeredCustom = m_wizard->customFieldNames();
    m_table->setRowCount(0);
    m_table->setRowCount(mapping.columnCount());
    for (int column = 0; column < mapping.columnCount(); ++column) {
        auto *source = new QTableWidgetItem(mapping.headers().at(column));
        QFont bold = source->font();
        bold.setBold(true);
        source->setFont(bold);
        m_table->setItem(column, SourceColumn, source);

        QStringList samples;
        if (preview) {
            for (const QStringList &row : preview->rows) {
                const QString value = row.value(column).simplified();
                if (!value.isEmpty() && !samples.contains(value))
                    samples << value;
                if (samples.size() == SampleValues)
                    break;
            }
        }
        auto *sample = new QTableWidgetItem(samples.isEmpty() ? tr("(empty)") : samples.join(QStringLiteral(" · ")));
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        if (samples.isEmpty())
            sample->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(column, SampleColumn, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mappingTarget_%1").arg(column));
        combo->setMaxVisibleItems(24);
        fillCombo(combo);
        connect(combo, &QComboBox::activated, this, [this, column] { targetChosen(column); });
        m_table->setCellWidget(column, TargetColumn, combo);
        WheelNeedsFocus::guard(combo); // scrolling the columns changes none of them
        m_table->setItem(column, MarkColumn, new QTableWidgetItem);
    }
}

void ImportMappingPage::sync()
{
    const ColumnMapping &mapping = m_wizard->mapping();
    if (mapping.headers() != m_builtHeaders || m_table->rowCount() != mapping.columnCount())
        rebuild();
    if (mapping.headers() != m_suggestionHeaders) {
        m_suggestionHeaders = mapping.headers();
        findSuggestion();
    }
    m_suggestion->setVisible(m_suggested && *m_suggested != mapping);
    const bool newCustom = m_wizard->customFieldNames() != m_offeredCustom;
    m_offeredCustom = m_wizard->customFieldNames();
    const ColumnMapping &automatic = m_wizard->automaticMapping();
    int matched = 0;
    int skipped = 0;
    int empty = 0; // skipped columns with neither a name nor a value in the rows shown (trailing commas)
    int widestChoice = 0;
    const auto isEmptyColumn = [this, &mapping](int column) {
        const auto &preview = m_wizard->preview();
        if (!preview || mapping.headers().value(column) != ImportExport::TabularReader::tr("Column %1").arg(column + 1))
            return false;
        return std::all_of(preview->rows.cbegin(), preview->rows.cend(),
                           [column](const QStringList &row) { return row.value(column).trimmed().isEmpty(); });
    };
    for (int column = 0; column < mapping.columnCount(); ++column) {
        QComboBox *combo = targetCombo(column);
        if (newCustom)
            fillCombo(combo);
        const ColumnTarget &target = mapping.target(column);
        {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(combo->findData(keyOf(target)));
        }
        combo->setToolTip(combo->currentText()); // the whole name, should the column cut it
        QFont bold = combo->font();
        bold.setBold(true);
        widestChoice = qMax(widestChoice, QFontMetrics(bold).horizontalAdvance(combo->currentText()));
        const bool isAutomatic = column < automatic.columnCount() && automatic.target(column) == target;
        QTableWidgetItem *mark = m_table->item(column, MarkColumn);
        QString text;
        QString tip;
        QColor color;
        if (isAutomatic && !target.isSkipped()) {
            text = tr("✓ Recognised");
            tip = tr("Leadline recognised this column");
            color = QColor(0x1e, 0x7b, 0x34);
        } else if (isAutomatic && isEmptyColumn(column)) {
            text = tr("Empty");
            tip = tr("The column has no name and no value in the rows shown");
            color = palette().color(QPalette::PlaceholderText);
        } else if (isAutomatic) {
            text = tr("Not recognised");
            tip = tr("Leadline did not recognise this column, so it is skipped unless you choose a field");
            color = palette().color(QPalette::PlaceholderText);
        } else {
            text = tr("✎ Changed");
            tip = tr("Changed from the automatic match");
            color = QColor(0x2d, 0x5b, 0xb8);
        }
        mark->setText(text);
        mark->setToolTip(tip);
        mark->setForeground(color);
        mark->setData(Qt::UserRole, isAutomatic);
        QFont font = combo->font();
        font.setBold(!target.isSkipped());
        combo->setFont(font);
        if (!target.isSkipped())
            ++matched;
        else if (isEmptyColumn(column))
            ++empty;
        else
            ++skipped;
    }
    // Wide enough for the longest choice ("Custom field: Favourite colour", longer in German),
    // within reason; the sample values give way.
    const int frame = style()->pixelMetric(QStyle::PM_ComboBoxFrameWidth) * 2 +
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24; // the arrow and margins
    m_table->horizontalHeader()->resizeSection(
        TargetColumn, qBound(230, widestChoice + frame, 420));
    m_summary->setText(
        empty == 0 ? tr("%1 of %2 columns imported, %3 skipped").arg(matched).arg(mapping.columnCount()).arg(skipped)
                   : tr("%1 of %2 columns imported, %3 skipped, %4 empty")
                         .arg(matched)
                         .arg(mapping.columnCount())
                         .arg(skipped)
                         .arg(empty));
    const Result check = mapping.check();
    const QString problem = check ? m_wizard->newCustomFieldProblem() : check.error().message();
    m_check->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    m_check->setVisible(mapping.columnCount() > 0 && !problem.isEmpty());
    Q_EMIT completeChanged();
}

void ImportMappingPage::targetChosen(int column)
{
    QComboBox *combo = targetCombo(column);
    const QString key = combo->currentData().toString();
    if (key == NewCustomKey) {
        askCustomName(column);
        return;
    }
    ColumnTarget target;
    if (key.startsWith(CustomPrefix)) {
        target.field = ImportField::Custom;
        target.customName = key.mid(CustomPrefix.size());
    } else if (key != SkipKey) {
        target.field = importFieldFromKey(key);
    }
    m_wizard->setTarget(column, target);
}

void ImportMappingPage::askCustomName(int column)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("customFieldNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New custom field"));
    dialog->setLabelText(
        tr("Name of the custom field for the column \"%1\":").arg(m_wizard->mapping().headers().value(column)));
    // The column's name, unless another column of this file already makes a field of it.
    const ColumnMapping &mapping = m_wizard->mapping();
    const auto taken = [&mapping, column](const QString &name) {
        for (int other = 0; other < mapping.columnCount(); ++other)
            if (other != column && mapping.target(other).field == ImportField::Custom &&
                mapping.target(other).customName.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    const QString header = mapping.headers().value(column).simplified();
    QString suggested = header;
    for (int n = 2; taken(suggested); ++n)
        suggested = QStringLiteral("%1 %2").arg(header).arg(n);
    dialog->setTextValue(suggested);
    dialog->setOkButtonText(tr("Create field"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, column](const QString &text) {
        const QString name = text.simplified();
        if (name.isEmpty())
            return;
        ColumnTarget target;
        target.field = ImportField::Custom;
        target.customName = name;
        m_wizard->setTarget(column, target);
    });
    // Cancelled or empty: the combo goes back to what the column is mapped to.
    connect(dialog, &QDialog::finished, this, [this] { sync(); });
    dialog->open();
}

bool ImportMappingPage::loadPreset(const QString &path)
{
    auto preset = ColumnMapping::readPresetFile(path);
    if (!preset) {
        showMessage(preset.error().message(), true);
        return false;
    }
    auto mapping = ColumnMapping::fromPreset(*preset, m_wizard->automaticMapping());
    if (!mapping) {
        showMessage(mapping.error().message(), true);
        return false;
    }
    m_wizard->setMapping(*mapping);
    rememberPreset(path);
    const QString name = QFileInfo(path).completeBaseName();
    const int columns = m_wizard->mapping().columnCount();
    const ColumnMapping::PresetFit fit = ColumnMapping::presetFit(*preset, m_wizard->mapping().headers());
    // A preset made for another file: say how little of it applies, rather than "applied".
    if (fit.namedColumns == columns && fit.missingColumns.isEmpty())
        showMessage(tr("Preset \"%1\" applied.").arg(name), false);
    else if (fit.namedColumns == 0)
        showMessage(tr("Preset \"%1\" names none of this file's columns; they keep the automatic mapping.").arg(name),
                    true);
    else if (fit.namedColumns == columns)
        showMessage(tr("Preset \"%1\" applied. Columns it names that this file does not have: %2.")
                        .arg(name, fit.missingColumns.join(QStringLiteral(", "))),
                    false);
    else if (fit.missingColumns.isEmpty())
        showMessage(tr("Preset \"%1\" applied to %2 of this file's %3 columns; the others keep the automatic mapping.")
                        .arg(name)
                        .arg(fit.namedColumns)
                        .arg(columns),
                    false);
    else
        showMessage(tr("Preset \"%1\" applied to %2 of this file's %3 columns; the others keep the automatic "
                       "mapping. Columns it names that this file does not have: %4.")
                        .arg(name)
                        .arg(fit.namedColumns)
                        .arg(columns)
                        .arg(fit.missingColumns.join(QStringLiteral(", "))),
                    false);
    return true;
}

bool ImportMappingPage::savePreset(const QString &path)
{
    if (Result written = m_wizard->mapping().writePresetFile(path); !written) {
        showMessage(written.error().message(), true);
        return false;
    }
    rememberPreset(path);
    showMessage(tr("Preset saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ImportMappingPage::choosePresetToLoad()
{
    auto *dialog = createFileDialog(this, tr("Load mapping preset"), QString(), tr("Mapping presets (*.json)"));
    dialog->setObjectName(QStringLiteral("presetLoadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const QStringList recent = QSettings().value(RecentPresetsKey).toStringList();
    dialog->setDirectory(recent.isEmpty() ? defaultSaveFolder()
                                          : QFileInfo(recent.first()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadPreset(path); });
    dialog->open();
}

void ImportMappingPage::choosePresetToSave()
{
    auto *dialog = createFileDialog(this, tr("Save mapping preset"), QString(), tr("Mapping presets (*.json)"));
    dialog->setObjectName(QStringLiteral("presetSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    const QStringList recent = QSettings().value(RecentPresetsKey).toStringList();
    const QString dir = recent.isEmpty() ? defaultSaveFolder()
                                         : QFileInfo(recent.first()).absolutePath();
    dialog->selectFile(
        QDir(dir).filePath(QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-mapping.json")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { savePreset(path); });
    dialog->open();
}

void ImportMappingPage::rememberPreset(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentPresetsKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentPresets)
        recent.removeLast();
    settings.setValue(RecentPresetsKey, recent);
    updateRecentMenu();
}

void ImportMappingPage::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentPresetsKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).completeBaseName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { loadPreset(path); });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void ImportMappingPage::findSuggestion()
{
    m_suggested.reset();
    m_applySuggestion = nullptr;
    const QStringList &headers = m_suggestionHeaders;
    const ColumnMapping &automatic = m_wizard->automaticMapping();
    // Without a header row the columns are "Column 1"…: every such file of as many would match.
    const auto &preview = m_wizard->preview();
    if (headers.isEmpty() || automatic.headers() != headers || !preview || !preview->hasHeaderRow)
        return;
    if (const auto remembered = RememberedMappings::find(headers)) {
        if (auto mapping = ColumnMapping::fromPreset(remembered->preset, automatic); mapping && mapping->check()) {
            m_suggested = *mapping;
            const QString file = remembered->fileName;
            m_suggestionText->setText(
                tr("You imported a file with these columns on %1 (“%2”) and mapped them differently.")
                    .arg(QLocale().toString(remembered->usedAt.toLocalTime().date(), QLocale::ShortFormat), file));
            m_suggestionApply->setText(tr("Use that mapping"));
            m_applySuggestion = [this, file, suggested = *mapping] {
                m_wizard->setMapping(suggested);
                showMessage(tr("The mapping of your import of “%1” applied.").arg(file), false);
            };
            return;
        }
    }
    for (const QString &path : QSettings().value(RecentPresetsKey).toStringList()) {
        const auto preset = ColumnMapping::readPresetFile(path);
        if (!preset)
            continue; // moved or deleted since: the recent menu says so when chosen
        const ColumnMapping::PresetFit fit = ColumnMapping::presetFit(*preset, headers);
        if (fit.namedColumns != headers.size() || !fit.missingColumns.isEmpty())
            continue;
        if (auto mapping = ColumnMapping::fromPreset(*preset, automatic); mapping && mapping->check()) {
            m_suggested = *mapping;
            m_suggestionText->setText(
                tr("The preset “%1” was made for these columns.").arg(QFileInfo(path).completeBaseName()));
            m_suggestionApply->setText(tr("Apply preset"));
            m_applySuggestion = [this, path] { loadPreset(path); };
            return;
        }
    }
}

void ImportMappingPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #9b1c1c;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Leadline::Ui
