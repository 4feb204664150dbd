#include "ui/importexport/importpreviewpage.h"

#include "services/importexport/contactimportjob.h"

#include "ui/importexport/importpreviewmodel.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/regioncombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Leadline::Ui {

using ImportExport::DateOrder;
using ImportExport::DateOrderEvidence;

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the data"));
    // Two lines at most at the wizard's smallest width: its header does not grow.
    setSubTitle(tr("The first rows as they will be imported. Select a red cell to see what is wrong: rows with "
                   "a problem go to a file you can fix and import again."));

    m_region = new RegionComboBox(this);
    m_region->setObjectName(QStringLiteral("previewRegion"));
    m_region->setToolTip(tr("The country assumed for phone numbers written without a country code"));
    connect(m_region, &RegionComboBox::regionChanged, m_wizard, &ImportWizard::setDefaultRegion);
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("previewDateOrder"));
    m_dateOrder->addItem(tr("Day first (31/12/2025)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(DateOrder::MonthFirst));
    m_dateOrder->setToolTip(tr("How to read dates such as 03/04/2025; ISO dates (2025-04-03) are always understood"));
    connect(m_dateOrder, &QComboBox::activated, this,
            [this] { m_wizard->setDateOrder(DateOrder(m_dateOrder->currentData().toInt())); });
    // Why the order is what it is when the file's own dates chose it, not the region.
    m_dateOrderSource = new QLabel(this);
    m_dateOrderSource->setObjectName(QStringLiteral("previewDateOrderSource"));
    m_dateOrderSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_onlyProblems = new QCheckBox(tr("Only rows with problems"), this);
    m_onlyProblems->setObjectName(QStringLiteral("previewOnlyProblems"));
    connect(m_onlyProblems, &QCheckBox::toggled, this, &ImportPreviewPage::applyProblemFilter);

    // The combo boxes as wide as a long country name, not the longest one: the row fits the
    // wizard's smallest size in every language.
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setMinimumContentsLength(22);
    auto *choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("Phone numbers without country code are in:"), this));
    choices->addWidget(m_region, 1);
    choices->addSpacing(16);
    choices->addWidget(new QLabel(tr("Dates:"), this));
    choices->addWidget(m_dateOrder);
    choices->addWidget(m_dateOrderSource);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    // The filter next to the count of rows it filters.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_onlyProblems, 0, Qt::AlignTop);

    // The whole file, checked in the background: what the preview's rows cannot show.
    m_fileCheck = new QLabel(this);
    m_fileCheck->setObjectName(QStringLiteral("previewFileCheck"));
    m_fileCheck->setWordWrap(true);
    m_fileCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileCheck->hide();

    m_model = new ImportPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumHeight(2 * fontMetrics().height() + 12);

    // The reasons also where no tooltip reaches: for keyboard users, and to read and copy at leisure.
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("previewDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportPreviewPage::showCurrentDetail);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(summaryRow);
    layout->addWidget(m_fileCheck);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);

    connect(m_wizard, &ImportWizard::parsingOptionsChanged, this, [this] {
        syncChoices();
        reparse();
    });
    connect(m_wizard, &ImportWizard::mappingChanged, this, &ImportPreviewPage::reparse);
    connect(m_wizard, &ImportWizard::previewLoaded, this, &ImportPreviewPage::initializePage);
    connect(m_wizard, &ImportWizard::fileCheckChanged, this, [this] {
        showFileCheck();
        syncChoices(); // the check's rows may say more of the dates than the preview's
    });
}

void ImportPreviewPage::showFileCheck()
{
    using Status = ImportWizard::FileCheck::Status;
    const ImportWizard::FileCheck &check = m_wizard->fileCheck();
    const auto &preview = m_wizard->preview();
    const bool sheet = preview && preview->isXlsx;
    QString text;
    QString color = QStringLiteral("#555555");
    switch (check.status) {
    case Status::NotNeeded:
        break;
    case Status::Running:
        text = tr("Checking every row of the file… %1%").arg(check.percent);
        break;
    case Status::Failed:
        text = tr("The whole file could not be checked: %1").arg(check.error);
        color = QStringLiteral("#9b1c1c");
        break;
    case Status::Done: {
        const ImportExport::ImportFileCheck::Outcome &outcome = check.outcome;
        const QLocale locale;
        const QString rows = locale.toString(outcome.rows);
        if (!outcome.stopped.isEmpty()) {
            // No ✓ for a file an import cannot read to its end.
            text = tr("⚠ Reading stops before the end of the file: %1").arg(outcome.stopped) + QLatin1Char(' ') +
                   (outcome.rejected == 0 ? tr("The %1 rows before that can be imported.").arg(rows)
                                          : tr("Of the %1 rows before that, %2 will be rejected.")
                                                .arg(rows, locale.toString(outcome.rejected)));
        } else if (outcome.rejected == 0) {
            text = tr("✓ Every row of the file can be imported: %1 rows checked.").arg(rows);
            color = QStringLiteral("#1e7b34");
        } else {
            text = outcome.rejected == 1
                       ? tr("⚠ In the whole file, 1 of %1 rows has a problem and will be rejected.").arg(rows)
                       : tr("⚠ In the whole file, %1 of %2 rows have problems and will be rejected.")
                             .arg(locale.toString(outcome.rejected), rows);
        }
        if (!outcome.firstProblems.isEmpty()) {
            const ImportExport::ImportFileCheck::Problem &first = outcome.firstProblems.constFirst();
            text += QLatin1Char(' ') + (sheet ? tr("The first, row %1: %2") : tr("The first, line %1: %2"))
                                           .arg(locale.toString(first.line), first.reason);
        }
        if (outcome.rejected > 0 || !outcome.stopped.isEmpty())
            color = QStringLiteral("#9b1c1c");
        break;
    }
    }
    m_fileCheck->setText(text);
    // All the problems the check kept, a line each, for the rows the table does not show.
    QStringList problems;
    if (check.status == Status::Done)
        for (const ImportExport::ImportFileCheck::Problem &problem : check.outcome.firstProblems)
            problems
                << (sheet ? tr("Row %1: %2") : tr("Line %1: %2")).arg(QLocale().toString(problem.line), problem.reason);
    m_fileCheck->setToolTip(problems.join(QLatin1Char('\n')));
    m_fileCheck->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_fileCheck->setVisible(!text.isEmpty());
}

void ImportPreviewPage::initializePage()
{
    showFileCheck();
    const auto &preview = m_wizard->preview();
    m_model->setRows(preview ? preview->rows : QList<QStringList>(), preview ? preview->rowLines : QList<qint64>(),
                     preview ? preview->unreadableRows : QList<UnreadableRow>());
    syncChoices();
    reparse();
}

void ImportPreviewPage::syncChoices()
{
    const QSignalBlocker regionBlocker(m_region);
    m_region->setRegion(m_wizard->options().defaultRegion);
    const QSignalBlocker dateBlocker(m_dateOrder);
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(m_wizard->options().dateOrder)));
    const auto &preview = m_wizard->preview();
    const DateOrderEvidence &evidence = m_wizard->dateOrderEvidence();
    const auto place = [sheet = preview && preview->isXlsx](const DateOrderEvidence::Shown &shown) {
        return ImportExport::ContactImportJob::datePlace(shown.date, shown.line, sheet);
    };
    m_dateOrderSource->setVisible(m_wizard->dateOrderFromFile() || m_wizard->datesMixed());
    if (m_wizard->datesMixed()) {
        m_dateOrderSource->setText(tr("⚠ the file writes both"));
        m_dateOrderSource->setToolTip(tr("%1 can only be read month first, %2 only day first. Each date is read in "
                                         "the order chosen here, unless only the other reads it.")
                                          .arg(place(evidence.firstMonthFirst), place(evidence.firstDayFirst)));
    } else {
        m_dateOrderSource->setText(tr("as the file writes them"));
        QString tip = tr("%1 can only be read so").arg(place(evidence.example()));
        if (const DateOrderEvidence::Shown odd = evidence.exception(); !odd.date.isEmpty())
            tip += QLatin1Char('\n') + (evidence.exceptions() == 1
                                            ? tr("%1 is written the other way round and is read so").arg(place(odd))
                                            : tr("%1 and %2 more dates are written the other way round and are read so")
                                                  .arg(place(odd), QLocale().toString(evidence.exceptions() - 1)));
        m_dateOrderSource->setToolTip(tip);
    }
}

// "⚠ 3 of 200 previewed rows have problems and will be rejected. 2 of them cannot be read …"
// in whole sentences, singular where it is one.
QString ImportPreviewPage::problemSummary(int bad, int total, int unreadable, const QString &firstUnreadable)
{
    QString text = bad == total ? (total == 1 ? tr("⚠ The previewed row has a problem and will be rejected.")
                                              : tr("⚠ All %1 previewed rows have problems and will be rejected.").arg(total))
                   : bad == 1   ? tr("⚠ 1 of %1 previewed rows has a problem and will be rejected.").arg(total)
                                : tr("⚠ %1 of %2 previewed rows have problems and will be rejected.").arg(bad).arg(total);
    if (unreadable == 0)
        return text;
    // What the reader said about the first such row stands for them (each shows it in the table).
    text += QLatin1Char(' ');
    if (bad == 1)
        text += tr("It cannot be read: %1").arg(firstUnreadable);
    else if (unreadable == 1)
        text += tr("One of them cannot be read: %1").arg(firstUnreadable);
    else if (unreadable == bad)
        text += tr("They cannot be read, e.g. %1").arg(firstUnreadable);
    else
        text += tr("%1 of them cannot be read, e.g. %2").arg(unreadable).arg(firstUnreadable);
    return text;
}

void ImportPreviewPage::reparse()
{
    m_model->update(m_wizard->mapping(), m_wizard->options());
    const int rows = m_model->rowCount();
    const int problems = m_model->problemRowCount();
    m_wizard->setPreviewCheck({rows, problems});
    const auto &preview = m_wizard->preview();
    const bool more = preview && preview->truncated;
    // Rows the reader could not take (a wrong number of cells) are rows of the table too, rejected.
    const int unreadable = preview ? int(preview->unreadableRows.size()) : 0;
    const QString stop = preview ? FilePreviewLoader::readingStopsNote(*preview) : QString();
    if (!stop.isEmpty()) // never a ✓ for a file an import cannot read to its end
        m_summary->setText(QStringLiteral("⚠ ") + stop);
    else if (rows == 0)
        m_summary->setText(tr("The file has no rows to preview."));
    else if (problems == 0)
        m_summary->setText(more        ? tr("✓ All %1 previewed rows can be imported.").arg(rows)
                           : rows == 1 ? tr("✓ The row can be imported.")
                                       : tr("✓ All %1 rows can be imported.").arg(rows));
    else
        m_summary->setText(problemSummary(problems, rows, unreadable,
                                          unreadable > 0 ? preview->unreadableRows.first().problem : QString()));
    m_summary->setStyleSheet(problems > 0 || !stop.isEmpty() ? QStringLiteral("color: #9b1c1c; font-weight: bold;")
                                          : QStringLiteral("color: #1e7b34; font-weight: bold;"));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, qBound(70, m_table->columnWidth(column) + 16, 280));
    applyProblemFilter();
}

void ImportPreviewPage::applyProblemFilter()
{
    const bool only = m_onlyProblems->isChecked();
    int firstShown = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_table->setRowHidden(row, only && !m_model->rowHasProblem(row));
        if (firstShown < 0 && !m_table->isRowHidden(row))
            firstShown = row;
    }
    // The first problem row is where to start reading; a current row the filter hid is no longer one.
    const QModelIndex current = m_table->currentIndex();
    if (firstShown >= 0 && (!current.isValid() || m_table->isRowHidden(current.row()))) {
        int first = firstShown;
        for (int row = firstShown; row < m_model->rowCount(); ++row)
            if (m_model->rowHasProblem(row) && !m_table->isRowHidden(row)) {
                first = row;
                break;
            }
        m_table->setCurrentIndex(m_model->index(first, 0));
    }
    showCurrentDetail();
}

void ImportPreviewPage::showCurrentDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_table->isRowHidden(current.row())) {
        m_detail->clear();
        return;
    }
    const QString line = m_model->headerData(current.row(), Qt::Vertical, Qt::DisplayRole).toString();
    const QString row = m_model->index(current.row(), 0).data(Qt::ToolTipRole).toString();
    QString text = tr("Line %1: %2").arg(line, row);
    // The cell, when it says more than its row: its own problem, or how it is read.
    if (current.column() > 0) {
        const QString column = m_model->headerData(current.column(), Qt::Horizontal, Qt::DisplayRole)
                                   .toString()
                                   .section(QLatin1Char('\n'), 0, 0);
        const QString cell = current.data(Qt::ToolTipRole).toString();
        if (!cell.isEmpty() && !row.contains(cell))
            text += QLatin1Char('\n') + tr("%1: %2").arg(column, cell);
    }
    m_detail->setText(text);
    m_detail->setStyleSheet(m_model->rowHasProblem(current.row()) ? QStringLiteral("color: #9b1c1c;") : QString());
}

} // namespace Leadline::Ui
