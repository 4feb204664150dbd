#include "ui/importexport/exportdialog.h"

#include "services/importexport/contactexportjob.h"
#include "services/importexport/csvwriter.h"
#include "services/storage/databasefiles.h"
#include "ui/common/filedialog.h"
#include "ui/importexport/confirmation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Leadline::Ui {

namespace {
const QString FieldsKey = QStringLiteral("export/fields");
const QString OfferedCustomKey = QStringLiteral("export/offeredCustomFields"); // listed when the columns were chosen
const QString BomKey = QStringLiteral("export/byteOrderMark");
const QString HeadersKey = QStringLiteral("export/headers"); // an ExportHeaders value
const QString DelimiterKey = QStringLiteral("export/delimiter"); // of CSV files
const QString DirKey = QStringLiteral("export/directory");
const QString FormatKey = QStringLiteral("export/format"); // "csv" or "xlsx"
constexpr int KeyRole = Qt::UserRole + 1;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

ExportDialog::ExportDialog(qint64 allCount, qint64 filterCount, qint64 selectionCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export contacts"));
    resize(620, 640);
    const QLocale locale;

    auto *scopeBox = new QGroupBox(tr("Contacts"), this);
    m_all = new QRadioButton(scopeBox);
    m_all->setObjectName(QStringLiteral("exportScopeAll"));
    m_filter = new QRadioButton(
        filterCount == 0   ? tr("No contact matches the current filter (the file gets the column names only)")
        : filterCount == 1 ? tr("The 1 contact matching the current filter")
        : filterCount > 1  ? tr("The %1 contacts matching the current filter").arg(locale.toString(filterCount))
                           : tr("The contacts matching the current filter"),
        scopeBox);
    m_filter->setObjectName(QStringLiteral("exportScopeFilter"));
    const bool filtered = filterCount != NoFilter;
    m_filter->setEnabled(filtered);
    if (!filtered)
        m_filter->setToolTip(tr("No search or filter is active in the contacts list"));
    m_selection =
        new QRadioButton(selectionCount == 1  ? tr("The selected contact")
                         : selectionCount > 1 ? tr("The %1 selected contacts").arg(locale.toString(selectionCount))
                                              : tr("The selected contacts"),
                         scopeBox);
    m_selection->setObjectName(QStringLiteral("exportScopeSelection"));
    m_selection->setEnabled(selectionCount > 0);
    if (selectionCount <= 0)
        m_selection->setToolTip(tr("Select contacts in the list first"));
    auto *scopeGroup = new QButtonGroup(this);
    for (QRadioButton *radio : {m_all, m_filter, m_selection})
        scopeGroup->addButton(radio);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_filter);
    scopeLayout->addWidget(m_selection);
    setAllCount(allCount);
    (selectionCount > 0 ? m_selection : filtered && filterCount != 0 ? m_filter : m_all)->setChecked(true);

    auto *fileBox = new QGroupBox(tr("File"), this);
    m_path = new QLineEdit(fileBox);
    m_path->setObjectName(QStringLiteral("exportPath"));
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::pathEdited);
    auto *browseButton = new QPushButton(tr("Browse…"), fileBox);
    browseButton->setObjectName(QStringLiteral("exportBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_format = new QComboBox(fileBox);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV, UTF-8 (.csv)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    connect(m_format, &QComboBox::activated, this, &ExportDialog::formatChosen);
    m_bom = new QCheckBox(tr("Start with a byte order mark, so Excel reads accents correctly"), fileBox);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setChecked(QSettings().value(BomKey, true).toBool());
    m_delimiter = new QComboBox(fileBox);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;), as Excel reads CSV where the comma is the decimal point"),
                         QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(
                    QSettings().value(DelimiterKey, QString(ImportExport::csvDelimiterFor(QLocale()))).toString())));
    m_headers = new QComboBox(fileBox);
    m_headers->setObjectName(QStringLiteral("exportHeaders"));
    m_headers->addItem(tr("Field names (first_name, customer): to import into any Leadline database"),
                       int(ImportExport::ExportHeaders::FieldNames));
    m_headers->addItem(tr("As Leadline shows them (First name, Customer): to read in a spreadsheet"),
                       int(ImportExport::ExportHeaders::Labels));
    m_headers->setToolTip(tr("Either imports back into Leadline in this language. Custom fields named as "
                             "shown come back into a database that has them."));
    m_headers->setCurrentIndex(qMax(0, m_headers->findData(QSettings().value(HeadersKey, 0).toInt())));
    auto *fileForm = new QFormLayout(fileBox);
    fileForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fileForm->addRow(tr("Save as:"), pathRow);
    fileForm->addRow(tr("Format:"), m_format);
    fileForm->addRow(tr("Separator:"), m_delimiter);
    fileForm->addRow(QString(), m_bom);
    fileForm->addRow(tr("Column names:"), m_headers);

    auto *fieldsBox = new QGroupBox(tr("Columns"), this);
    m_fields = new QListWidget(fieldsBox);
    m_fields->setObjectName(QStringLiteral("exportFields"));
    for (const ImportExport::ExportField &field : ImportExport::exportFields()) {
        auto *item = new QListWidgetItem(QCoreApplication::translate("ExportFields", field.label), m_fields);
        item->setData(KeyRole, QString::fromLatin1(field.key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_fields, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    // A click on a column's name ticks it as a click on its box does: the box alone is a small
    // target. Unless the box itself changed on the way (the click was on it).
    connect(m_fields, &QListWidget::itemPressed, this,
            [this](QListWidgetItem *item) { m_stateWhenPressed = item->checkState(); });
    connect(m_fields, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->checkState() == m_stateWhenPressed)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    const auto checkAll = [this](const QStringList &keys) { setFields(keys); };
    auto *allButton = new QPushButton(tr("All"), fieldsBox);
    allButton->setObjectName(QStringLiteral("exportFieldsAll"));
    connect(allButton, &QPushButton::clicked, this, [this, checkAll] {
        m_customFieldsChecked = true;
        m_rememberedFields.clear();
        QStringList keys;
        for (int row = 0; row < m_fields->count(); ++row)
            keys << m_fields->item(row)->data(KeyRole).toString();
        checkAll(keys);
    });
    auto *noneButton = new QPushButton(tr("None"), fieldsBox);
    noneButton->setObjectName(QStringLiteral("exportFieldsNone"));
    connect(noneButton, &QPushButton::clicked, this, [this, checkAll] {
        m_customFieldsChecked = false;
        m_rememberedFields.clear();
        checkAll({});
    });
    auto *defaultButton = new QPushButton(tr("Default"), fieldsBox);
    defaultButton->setObjectName(QStringLiteral("exportFieldsDefault"));
    connect(defaultButton, &QPushButton::clicked, this, [this, checkAll] {
        m_customFieldsChecked = true;
        m_rememberedFields.clear();
        checkAll(ImportExport::defaultExportFieldKeys(offeredCustomFields()));
    });
    auto *fieldButtons = new QVBoxLayout;
    fieldButtons->addWidget(allButton);
    fieldButtons->addWidget(noneButton);
    fieldButtons->addWidget(defaultButton);
    fieldButtons->addStretch(1);
    auto *fieldsLayout = new QHBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_fields, 1);
    fieldsLayout->addLayout(fieldButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(fileBox);
    layout->addWidget(fieldsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const QStringList remembered = QSettings().value(FieldsKey).toStringList();
    // Custom fields are this database's, offered as they are read (addCustomFields()): the
    // ones chosen last time checked, and the ones the last export did not offer (made since, or
    // another database's) too, since nobody chose to leave them out.
    m_rememberedFields = remembered;
    m_offeredLastTime = QSettings().value(OfferedCustomKey).toStringList();
    // The first time, every column an import needs to give the same contacts back, custom
    // fields too.
    m_customFieldsChecked = remembered.isEmpty();
    setFields(remembered.isEmpty() ? ImportExport::defaultExportFieldKeys() : remembered);
    QString dir = QSettings().value(DirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = defaultSaveFolder();
    // The format chosen last time: who exports for Excel does so every time.
    const QString format = QSettings().value(FormatKey).toString() == QLatin1String("xlsx") ? QStringLiteral("xlsx")
                                                                                         : QStringLiteral("csv");
    setPath(QDir(dir).filePath(tr("contacts-%1").arg(QDate::currentDate().toString(Qt::ISODate)) + QLatin1Char('.') +
                               format));
}

void ExportDialog::setAllCount(qint64 count)
{
    m_all->setText(count == 0   ? tr("All contacts (there are none yet: the file gets the column names only)")
                   : count == 1 ? tr("The only contact")
                   : count > 1  ? tr("All %1 contacts").arg(QLocale().toString(count))
                                : tr("All contacts"));
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_selection->isChecked())
        return Scope::Selection;
    if (m_filter->isChecked())
        return Scope::Filter;
    return Scope::All;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selection ? m_selection : scope == Scope::Filter ? m_filter : m_all)->setChecked(true);
}

QString ExportDialog::path() const
{
    QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (typed.isEmpty())
        return {};
    if (typed == QLatin1String("~") || typed.startsWith(QLatin1String("~/")))
        typed = QDir::homePath() + typed.mid(1);
    if (QDir::isRelativePath(typed) && !m_folder.isEmpty())
        typed = QDir(m_folder).absoluteFilePath(typed);
    return QDir::toNativeSeparators(QDir::cleanPath(typed));
}

void ExportDialog::setPath(const QString &path)
{
    if (const QFileInfo info(QDir::fromNativeSeparators(path)); info.isAbsolute())
        m_folder = info.absolutePath();
    m_path->setText(QDir::toNativeSeparators(path));
    pathEdited();
}

QStringList ExportDialog::fields() const
{
    QStringList keys;
    for (int row = 0; row < m_fields->count(); ++row)
        if (m_fields->item(row)->checkState() == Qt::Checked)
            keys << m_fields->item(row)->data(KeyRole).toString();
    return keys;
}

void ExportDialog::setFields(const QStringList &keys)
{
    const QSignalBlocker blocker(m_fields);
    for (int row = 0; row < m_fields->count(); ++row) {
        QListWidgetItem *item = m_fields->item(row);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

void ExportDialog::addCustomFields(const QStringList &names)
{
    const QSignalBlocker blocker(m_fields);
    QSet<QString> offered;
    for (int row = 0; row < m_fields->count(); ++row)
        offered << m_fields->item(row)->data(KeyRole).toString();
    for (const QString &name : names) {
        const QString key = QStringLiteral("custom:") + name;
        if (offered.contains(key))
            continue;
        offered << key;
        auto *item = new QListWidgetItem(tr("Custom field: %1").arg(name), m_fields);
        item->setData(KeyRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool checked = m_customFieldsChecked || m_rememberedFields.contains(key) ||
                             (!m_rememberedFields.isEmpty() && !m_offeredLastTime.contains(name));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

QStringList ExportDialog::offeredCustomFields() const
{
    QStringList names;
    for (int row = 0; row < m_fields->count(); ++row)
        if (const QString key = m_fields->item(row)->data(KeyRole).toString(); key.startsWith(QLatin1String("custom:")))
            names << key.mid(7);
    return names;
}

bool ExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

QChar ExportDialog::delimiter() const
{
    return m_delimiter->currentData().toString().at(0);
}

ImportExport::ExportHeaders ExportDialog::headers() const
{
    return ImportExport::ExportHeaders(m_headers->currentData().toInt());
}

void ExportDialog::pathEdited()
{
    const int index = m_format->findData(suffixOf(path()));
    if (index >= 0)
        m_format->setCurrentIndex(index);
    updateState();
}

void ExportDialog::formatChosen()
{
    const QString suffix = m_format->currentData().toString();
    QString current = path();
    const QFileInfo info(current);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        const QString known = info.suffix().toLower();
        if (known == QLatin1String("csv") || known == QLatin1String("xlsx"))
            current.chop(known.size() + 1);
        m_path->setText(QString(current + QLatin1Char('.') + suffix));
    }
    updateState();
}

void ExportDialog::browse()
{
    auto *dialog =
        createFileDialog(this, tr("Export contacts"), QString(), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QDir::fromNativeSeparators(path()));
    if (m_format->currentData().toString() == QLatin1String("xlsx"))
        dialog->selectNameFilter(tr("Excel workbooks (*.xlsx)"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("xlsx")) ? QStringLiteral("xlsx")
                                                                        : QStringLiteral("csv"));
    });
    dialog->setDefaultSuffix(m_format->currentData().toString());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &selected) {
        setPath(selected);
        // The dialog asked already, about a file that was there; one that appears later is asked about.
        m_replaceConfirmed = QFileInfo::exists(selected) ? QFileInfo(selected).absoluteFilePath() : QString();
    });
    dialog->open();
}

void ExportDialog::updateState()
{
    const QString suffix = suffixOf(path());
    m_bom->setEnabled(m_format->currentData().toString() == QLatin1String("csv")); // as the format reads
    m_delimiter->setEnabled(m_bom->isEnabled());
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose where to save the file.");
    else if (Result allowed = Storage::DatabaseFiles::refuse(QDir::fromNativeSeparators(path())); !allowed)
        problem = allowed.error().message();
    else if (QFileInfo(QDir::fromNativeSeparators(path())).isDir())
        problem = tr("%1 is a folder. Type the name of the file to save.").arg(QDir::toNativeSeparators(path()));
    else if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        problem = tr("The file name must end in .csv or .xlsx.");
    else if (!QFileInfo(QFileInfo(QDir::fromNativeSeparators(path())).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(QFileInfo(QDir::fromNativeSeparators(path())).absolutePath()));
    else if (fields().isEmpty())
        problem = tr("Choose at least one column.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_export->setEnabled(problem.isEmpty());
}

void ExportDialog::accept()
{
    updateState();
    if (!m_export->isEnabled())
        return;
    const QFileInfo target(QDir::fromNativeSeparators(path()));
    if (target.exists() && target.absoluteFilePath() != m_replaceConfirmed) {
        Confirmation::ask(this, QStringLiteral("confirmReplaceExport"), tr("Replace the file"),
                          tr("%1 exists already. Replace it with this export?").arg(QDir::toNativeSeparators(path())),
                          tr("Replace"), [this, target] {
                              m_replaceConfirmed = target.absoluteFilePath();
                              finishAccepting();
                          });
        return;
    }
    finishAccepting();
}

void ExportDialog::finishAccepting()
{
    QSettings settings;
    settings.setValue(FieldsKey, fields());
    settings.setValue(OfferedCustomKey, offeredCustomFields());
    settings.setValue(BomKey, m_bom->isChecked());
    settings.setValue(DelimiterKey, m_delimiter->currentData().toString());
    settings.setValue(HeadersKey, m_headers->currentData().toInt());
    settings.setValue(FormatKey, suffixOf(path()));
    settings.setValue(DirKey, QFileInfo(QDir::fromNativeSeparators(path())).absolutePath());
    QDialog::accept();
}

} // namespace Leadline::Ui
