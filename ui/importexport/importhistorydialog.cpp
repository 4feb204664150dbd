#include "ui/importexport/importhistorydialog.h"

#include "services/workspace/workspace.h"
#include "ui/common/filedialog.h"
#include "ui/importexport/confirmation.h"
#include "ui/importexport/importcontroller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Leadline::Ui {

using ImportExport::ImportBatch;
using ImportExport::ImportBatchService;

namespace {

enum Column {
    FileColumn,
    StartedColumn,
    StatusColumn,
    RowsColumn,
    CreatedColumn,
    UpdatedColumn,
    MergedColumn,
    SkippedColumn,
    RejectedColumn,
    ColumnCount
};

QString statusText(const ImportBatch &batch, const QDateTime &now)
{
    const QString status = batch.status;
    if (status == QLatin1String("completed"))
        return ImportHistoryDialog::tr("Completed");
    if (status == QLatin1String("reverted"))
        return ImportHistoryDialog::tr("Undone %1")
            .arg(QLocale().toString(batch.revertedAt.toLocalTime(), QLocale::ShortFormat));
    if (status == QLatin1String("cancelled"))
        return ImportHistoryDialog::tr("Cancelled");
    if (status == QLatin1String("failed"))
        return ImportHistoryDialog::tr("Failed");
    if (status == QLatin1String("running"))
        return batch.isInProgress(now) ? ImportHistoryDialog::tr("Running") : ImportHistoryDialog::tr("Interrupted");
    return status;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(ImportController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    resize(1180, 480);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Started"), tr("Status"), tr("Rows"), tr("Created"),
                                        tr("Updated"), tr("Merged"), tr("Skipped"), tr("Rejected")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 18);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    for (int column = StartedColumn; column <= RejectedColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(70);

    // What can be done with an import, below the list for the one selected: in sight however
    // narrow the window, which a column of buttons at the end of each row was not.
    m_showContacts = new QPushButton(tr("Show contacts"), this);
    m_showContacts->setObjectName(QStringLiteral("historyShowContacts"));
    connect(m_showContacts, &QPushButton::clicked, this, [this] { showContactsOf(selectedRow()); });
    m_revert = new QPushButton(tr("Undo import"), this);
    m_revert->setObjectName(QStringLiteral("historyRevert"));
    connect(m_revert, &QPushButton::clicked, this, [this] { revert(selectedRow()); });
    m_rejects = new QPushButton(tr("Rejected rows"), this);
    m_rejects->setObjectName(QStringLiteral("historyRejects"));
    connect(m_rejects, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        if (const QString problem = openInDesktopApplication(m_batches.at(row).rejectsFile); !problem.isEmpty()) {
            m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
            m_status->setText(problem);
        }
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showContacts);
    actions->addWidget(m_revert);
    actions->addWidget(m_rejects);
    actions->addStretch(1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        // What went wrong with the import selected before is not about this one.
        if (!m_loading && m_reverting.isEmpty() && m_preparing.isEmpty())
            showHint();
        updateActions();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { showContactsOf(row); });
    updateActions();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importHistoryStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("importHistoryRefresh"));
    connect(refresh, &QPushButton::clicked, this, &ImportHistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(&m_controller, &ImportController::batchesListed, this, &ImportHistoryDialog::showBatches);
    connect(&m_controller, &ImportController::reverted, this, &ImportHistoryDialog::reverted);
    connect(&m_controller, &ImportController::revertPrepared, this, &ImportHistoryDialog::askToRevert);
    reload();
}

void ImportHistoryDialog::reload()
{
    m_loading = true;
    m_status->setText(tr("Loading…"));
    m_controller.listBatches();
}

void ImportHistoryDialog::showBatches(const QList<ImportBatch> &batches, const QString &error)
{
    m_loading = false;
    if (!error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_status->setText(error);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(batches.isEmpty() ? tr("Nothing has been imported yet.") : hintText());
    // The import selected stays selected when the list is read again (after an undo).
    const int before = selectedRow();
    const QString selectedId = before >= 0 ? m_batches.at(before).id : QString();
    m_batches = batches;
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const ImportBatch &batch = batches.at(row);
        auto *file = new QTableWidgetItem(batch.sheet.isEmpty() ? batch.fileName
                                                                : tr("%1 (%2)").arg(batch.fileName, batch.sheet));
        file->setToolTip(batch.error.isEmpty() ? file->text() : batch.error);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, StartedColumn,
                         new QTableWidgetItem(locale.toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat)));
        auto *status = new QTableWidgetItem(statusText(batch, m_controller.workspace().clock().nowUtc()));
        if (!batch.error.isEmpty())
            status->setToolTip(batch.error);
        if (batch.status == QLatin1String("failed"))
            status->setForeground(QColor(0x9b, 0x1c, 0x1c));
        m_table->setItem(row, StatusColumn, status);
        const QList<std::pair<int, qint64>> counts{{RowsColumn, batch.rows},       {CreatedColumn, batch.created},
                                                   {UpdatedColumn, batch.updated}, {MergedColumn, batch.merged},
                                                   {SkippedColumn, batch.skipped}, {RejectedColumn, batch.rejected}};
        for (const auto &[column, value] : counts) {
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    int select = 0;
    for (int row = 0; row < m_batches.size(); ++row)
        if (m_batches.at(row).id == selectedId)
            select = row;
    if (!m_batches.isEmpty())
        m_table->selectRow(select);
    updateActions();
    growToShowEveryColumn();
}

void ImportHistoryDialog::growToShowEveryColumn()
{
    // Some languages need more than the first size ("Rückgängig gemacht am 27.11.26 07:53"):
    // the window grows, within the screen, rather than hiding columns behind a scroll bar.
    const QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    int columns = metrics.averageCharWidth() * 24; // the file name's share
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == FileColumn)
            continue;
        int widest = header->sectionSizeHint(column);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (const QTableWidgetItem *item = m_table->item(row, column))
                widest = std::max(widest, metrics.horizontalAdvance(item->text()) + padding);
        columns += widest;
    }
    const int chrome = width() - m_table->viewport()->width(); // margins, frame and scroll bar
    const int wanted = columns + chrome;
    const int available = screen() ? screen()->availableGeometry().width() : wanted;
    if (wanted > width())
        resize(std::min(wanted, available), height());
}

QString ImportHistoryDialog::hintText()
{
    return tr("Undoing an import removes the contacts it created and restores the fields it changed.");
}

void ImportHistoryDialog::showHint()
{
    if (m_batches.isEmpty())
        return;
    m_status->setStyleSheet(QString());
    m_status->setText(hintText());
}

int ImportHistoryDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_batches.size() ? -1 : rows.first().row();
}

void ImportHistoryDialog::updateActions()
{
    const int row = selectedRow();
    const ImportBatch *batch = row >= 0 ? &m_batches.at(row) : nullptr;
    const bool undoable = batch && batch->isRevertible() && !m_reverting.contains(batch->id);
    m_revert->setEnabled(undoable);
    m_revert->setToolTip(!batch ? QString()
                         : !batch->isRevertible()
                             ? tr("This import was already undone")
                             : tr("Removes the contacts it created and restores the fields it changed"));
    const bool hasContacts = batch && batch->status != QLatin1String("reverted") && batch->created + batch->updated > 0;
    m_showContacts->setEnabled(hasContacts);
    m_showContacts->setToolTip(!batch        ? QString()
                               : hasContacts ? tr("Lists the contacts this import created or updated")
                                             : tr("This import left no contacts to show"));
    const bool hasRejects = batch && !batch->rejectsFile.isEmpty() && QFileInfo::exists(batch->rejectsFile);
    m_rejects->setEnabled(hasRejects);
    m_rejects->setToolTip(!batch       ? QString()
                          : hasRejects ? QDir::toNativeSeparators(batch->rejectsFile)
                                       : tr("No rejected rows were kept for this import"));
}

void ImportHistoryDialog::showContactsOf(int row)
{
    if (row < 0 || row >= m_batches.size())
        return;
    const ImportBatch &batch = m_batches.at(row);
    if (batch.status == QLatin1String("reverted") || batch.created + batch.updated == 0)
        return;
    m_controller.showContactsOf(batch.id, batch.fileName, batch.startedAt);
    accept();
}

void ImportHistoryDialog::revert(int row)
{
    if (row < 0 || row >= m_batches.size())
        return;
    const ImportBatch batch = m_batches.at(row);
    if (!batch.isRevertible() || m_reverting.contains(batch.id) || m_preparing.contains(batch.id))
        return;
    m_preparing << batch.id;
    m_controller.prepareRevert(batch.id);
}

void ImportHistoryDialog::askToRevert(const QString &batchId, const ImportBatchService::RevertPreview &preview)
{
    if (!m_preparing.removeOne(batchId))
        return;
    const auto found = std::find_if(m_batches.cbegin(), m_batches.cend(),
                                    [&batchId](const ImportBatch &batch) { return batch.id == batchId; });
    if (found == m_batches.cend())
        return; // the list was read again meanwhile without it
    const ImportBatch batch = *found;
    const QString question = ImportController::revertQuestion(
        tr("Undo the import of %1 from %2?")
            .arg(batch.fileName, QLocale().toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat)),
        preview);
    Confirmation::ask(
        this, QStringLiteral("confirmRevertBatch"), tr("Undo import"), question, tr("Undo import"),
        [this, batch,
         accepted = preview.changedSince >= 0 ? std::optional<qint64>(preview.changedSince) : std::nullopt] {
            m_reverting << batch.id;
            m_status->setStyleSheet(QString());
            m_status->setText(tr("Undoing the import of %1…").arg(batch.fileName));
            updateActions();
            m_controller.revert(batch.id, accepted);
        });
}

void ImportHistoryDialog::reverted(const QString &batchId, const QString &error)
{
    if (!m_reverting.removeOne(batchId))
        return;
    if (!error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_status->setText(error);
        updateActions();
        return;
    }
    if (m_reverting.isEmpty())
        reload();
}

} // namespace Leadline::Ui
