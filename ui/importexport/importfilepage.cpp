#include "ui/importexport/importfilepage.h"

#include "ui/common/filedialog.h"
#include "ui/importexport/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Leadline::Ui {

using ImportExport::HeaderMode;
using ImportExport::TextEncoding;

namespace {
// More than the page shows at once: the table fills its space and scrolls, instead of eight rows
// above an empty area that looked like a file that ended there.
constexpr int SampleRows = 50;
} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Contacts can come from CSV or tab-separated text and from Excel workbooks (.xlsx). "
                   "Leadline works out the format itself; check that the first rows look right."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("importChooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("importSize"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_sheet, &QComboBox::activated, this, [this] { m_wizard->setSheet(m_sheet->currentData().toString()); });
    m_sheetLabel = new QLabel(tr("Sheet:"), this);

    // CSV: what detection chose can be overridden (a file saved in one encoding with a few
    // rows of another, a semicolon file whose names hold commas).
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16 LE"), int(TextEncoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16 BE"), int(TextEncoding::Utf16BE));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), int(TextEncoding::Windows1252));
    connect(m_encoding, &QComboBox::activated, this,
            [this] { m_wizard->setEncoding(TextEncoding(m_encoding->currentData().toInt())); });
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->addItem(tr("Detect"), QString());
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(FilePreviewLoader::delimiterName(delimiter), QString(delimiter));
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        const QString chosen = m_delimiter->currentData().toString();
        m_wizard->setDelimiter(chosen.isEmpty() ? QChar() : chosen.front());
    });
    m_readAs = new QWidget(this);
    auto *readAsRow = new QHBoxLayout(m_readAs);
    readAsRow->setContentsMargins(0, 0, 0, 0);
    readAsRow->addWidget(new QLabel(tr("Encoding"), m_readAs));
    readAsRow->addWidget(m_encoding);
    readAsRow->addSpacing(12);
    readAsRow->addWidget(new QLabel(tr("Separator"), m_readAs));
    readAsRow->addWidget(m_delimiter);
    readAsRow->addStretch(1);
    m_readAsLabel = new QLabel(tr("Read as:"), this);
    m_header = new QCheckBox(tr("The file has a row of column names"), this);
    m_header->setObjectName(QStringLiteral("importHeaderRow"));
    connect(m_header, &QCheckBox::clicked, this,
            [this](bool checked) { m_wizard->setHeaderMode(checked ? HeaderMode::Present : HeaderMode::Absent); });
    m_headerHint = new QLabel(this);
    m_headerHint->setObjectName(QStringLiteral("importHeaderHint"));
    m_headerHint->setForegroundRole(QPalette::PlaceholderText);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header);
    headerRow->addWidget(m_headerHint);
    headerRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), m_size);
    form->addRow(m_readAsLabel, m_readAs);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("Header:"), headerRow);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("importReading"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);

    m_sample = new QTableWidget(this);
    m_sample->setObjectName(QStringLiteral("importSample"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->setWordWrap(false);
    m_sample->setAlternatingRowColors(true);
    m_sample->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sample->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_sample->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *sampleTitle = new QLabel(tr("<b>First rows of the file</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addSpacing(6);
    layout->addWidget(sampleTitle);
    layout->addWidget(m_sample, 1);

    connect(m_wizard, &ImportWizard::previewLoading, this, &ImportFilePage::showLoading);
    connect(m_wizard, &ImportWizard::previewLoaded, this, &ImportFilePage::showPreview);
    showPreview();
}

bool ImportFilePage::isComplete() const
{
    // A file (or sheet) of column names only has nothing to import: another sheet, or another file.
    const auto &preview = m_wizard->preview();
    return !m_wizard->isLoading() && preview.has_value() && !preview->headers.isEmpty() &&
           (!preview->rows.isEmpty() || !preview->unreadableRows.isEmpty());
}

void ImportFilePage::chooseFile()
{
    QString dir = m_wizard->filePath().isEmpty() ? ImportWizard::lastFolder()
                                                 : QFileInfo(m_wizard->filePath()).absolutePath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    auto *dialog = createFileDialog(this, tr("Import contacts"), dir, tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_wizard->openFile(path); });
    dialog->open();
}

void ImportFilePage::showLoading()
{
    m_path->setText(QDir::toNativeSeparators(m_wizard->filePath()));
    m_busy->show();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading the first rows…"));
    m_status->show();
    m_header->setEnabled(false);
    m_sheet->setEnabled(false);
    m_readAs->setEnabled(false);
    Q_EMIT completeChanged();
}

void ImportFilePage::showPreview()
{
    m_busy->hide();
    m_header->setEnabled(true);
    m_sheet->setEnabled(true);
    m_readAs->setEnabled(true);
    const auto &preview = m_wizard->preview();
    const bool xlsx = preview && preview->isXlsx;
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);
    // Shown for text files, also when the chosen encoding made the file unreadable.
    const bool text = !xlsx && !m_wizard->filePath().isEmpty() &&
                      !m_wizard->filePath().endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    m_readAs->setVisible(text);
    m_readAsLabel->setVisible(text);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_wizard->encoding())));
    m_encoding->setItemText(0, preview && !xlsx && m_wizard->encoding() == TextEncoding::Auto
                                   ? tr("Detect (%1)").arg(preview->encoding)
                                   : tr("Detect"));
    m_delimiter->setCurrentIndex(
        m_delimiter->findData(m_wizard->delimiter().isNull() ? QString() : QString(m_wizard->delimiter())));
    m_delimiter->setItemText(0, preview && !xlsx && m_wizard->delimiter().isNull()
                                    ? tr("Detect (%1)").arg(FilePreviewLoader::delimiterName(preview->delimiter))
                                    : tr("Detect"));
    m_sample->clear();
    m_sample->setRowCount(0);
    m_sample->setColumnCount(0);

    m_status->show();
    if (!m_wizard->loadError().isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_status->setText(tr("This file cannot be imported: %1").arg(m_wizard->loadError()));
        m_format->clear();
        m_size->clear();
        Q_EMIT completeChanged();
        return;
    }
    if (!preview) {
        m_status->setText(m_wizard->filePath().isEmpty() ? tr("Choose a file to import.") : QString());
        Q_EMIT completeChanged();
        return;
    }

    m_path->setText(QDir::toNativeSeparators(preview->path));
    const QLocale locale;
    if (xlsx) {
        const int sheets = int(preview->sheetNames.size());
        m_format->setText(sheets == 1 ? tr("Excel workbook (.xlsx), 1 sheet")
                                      : tr("Excel workbook (.xlsx), %1 sheets").arg(sheets));
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        // With how many rows each has, where the sheet says: the contacts are on the long one.
        // Counted as the size below counts the sheet read: its rows of data, below a header
        // (assumed in the first row of a sheet not read yet).
        for (qsizetype i = 0; i < preview->sheetNames.size(); ++i) {
            const QString &name = preview->sheetNames.at(i);
            const qint64 spanned = preview->sheetRows.value(i, -1);
            qint64 rows = spanned > 1 ? spanned - 1 : spanned;
            if (name == preview->sheetName && !preview->truncated && preview->fatalProblem.isEmpty())
                rows = preview->rows.size() + preview->unreadableRows.size();
            m_sheet->addItem(rows < 0    ? name
                             : rows == 1 ? tr("%1 (1 row)").arg(name)
                                         : tr("%1 (%2 rows)").arg(name, locale.toString(rows)),
                             name);
        }
        m_sheet->setCurrentIndex(m_sheet->findData(preview->sheetName));
    } else {
        m_format->setText(tr("Text separated by %1 · encoding %2")
                              .arg(FilePreviewLoader::delimiterName(preview->delimiter), preview->encoding));
    }
    // Rows the reader could not shape are rows of the file too (they will be rejected).
    const qsizetype readRows = preview->rows.size() + preview->unreadableRows.size();
    const QString rows = !preview->fatalProblem.isEmpty()
                             ? (readRows == 1 ? tr("1 row before reading stops")
                                              : tr("%1 rows before reading stops").arg(locale.toString(qlonglong(readRows))))
                         : preview->truncated ? tr("more than %1 rows (the preview reads the first %1)")
                                                    .arg(locale.toString(qlonglong(readRows)))
                         : readRows == 1 ? tr("1 row")
                                         : tr("%1 rows").arg(locale.toString(qlonglong(readRows)));
    m_size->setText(tr("%1 · %2").arg(locale.formattedDataSize(preview->fileSize), rows));

    m_header->setChecked(preview->hasHeaderRow);
    QString headerHint = m_wizard->headerMode() == HeaderMode::Auto ? tr("(detected)") : QString();
    if (preview->preambleRows > 0 && preview->hasHeaderRow) // a title above the header: say where the names were found
        headerHint = (xlsx ? tr("(found on row %1; what is above it is left out)")
                           : tr("(found on line %1; what is above it is left out)"))
                         .arg(preview->headerLine);
    else if (preview->preambleRows > 0) // the title lines above the names, now data
        headerHint = preview->preambleRows == 1
                         ? tr("(the title line above the names is left out)")
                         : tr("(the %1 title lines above the names are left out)").arg(preview->preambleRows);
    m_headerHint->setText(headerHint);

    m_status->setStyleSheet(QString());
    QStringList notes;
    if (preview->rows.isEmpty() && preview->unreadableRows.isEmpty() && preview->fatalProblem.isEmpty())
        notes << tr("The file has no data rows.");
    if (!preview->unreadableRows.isEmpty())
        notes << (preview->unreadableRows.size() == 1
                      ? tr("One row cannot be read and will be rejected: %1").arg(preview->unreadableRows.first().problem)
                      : tr("%1 rows among the first cannot be read and will be rejected, e.g.: %2")
                            .arg(preview->unreadableRows.size())
                            .arg(preview->unreadableRows.first().problem));
    if (const QString stop = FilePreviewLoader::readingStopsNote(*preview); !stop.isEmpty())
        notes << stop;
    if (!notes.isEmpty())
        m_status->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_status->setText(notes.join(QLatin1Char(' ')));
    m_status->setVisible(!notes.isEmpty());

    m_sample->setColumnCount(int(preview->headers.size()));
    m_sample->setHorizontalHeaderLabels(preview->headers);
    const int shown = int(qMin<qsizetype>(SampleRows, preview->rows.size()));
    m_sample->setRowCount(shown);
    QStringList lines;
    for (int row = 0; row < shown; ++row) {
        lines << QString::number(preview->rowLines.value(row));
        const QStringList &cells = preview->rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_sample->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_sample->setVerticalHeaderLabels(lines);
    m_sample->resizeColumnsToContents();
    for (int column = 0; column < m_sample->columnCount(); ++column)
        m_sample->setColumnWidth(column, qBound(80, m_sample->columnWidth(column) + 12, 260));
    Q_EMIT completeChanged();
}

} // namespace Leadline::Ui
