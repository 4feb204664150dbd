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
    ActionsColumn,
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
                                        tr("Updated"), tr("Merged"), tr("Skipped"), tr("Rejected"), QString()});
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
    header->setSectionResizeMode(ActionsColumn, QHeaderView::Fixed);
    header->resizeSection(ActionsColumn, 250);
    header->setMinimumSectionSize(70);

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
    m_status->setText(batches.isEmpty() ? tr("Nothing has been imported yet.")
                                        : tr("Undoing an import removes the contacts it created and restores "
                                             "the fields it changed."));
    m_batches = batches;
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(batches.size()));
    int actionsWidth = 0;
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
        const QList<std::pair<int, qint64>> counts{{RowsColumn, batch.rows},
                                                   {CreatedColumn, batch.created},
                                                   {UpdatedColumn, batch.updated},
                                                   {MergedColumn, batch.merged},
                                                   {SkippedColumn, batch.skipped},
                                                   {RejectedColumn, batch.rejected}};
        for (const auto &[column, value] : counts) {
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }

        auto *actions = new QWidget(m_table);
        auto *actionsLayout = new QHBoxLayout(actions);
        actionsLayout->setContentsMargins(4, 2, 4, 2);
        auto *revertButton = new QPushButton(tr("Undo import"), actions);
        revertButton->setObjectName(QStringLiteral("revertBatch_%1").arg(row));
        revertButton->setEnabled(batch.isRevertible() && !m_reverting.contains(batch.id));
        if (!batch.isRevertible())
            revertButton->setToolTip(tr("This import was already undone"));
        connect(revertButton, &QPushButton::clicked, this, [this, row] { revert(row); });
        auto *showContacts = new QPushButton(tr("Show contacts"), actions);
        showContacts->setObjectName(QStringLiteral("showContacts_%1").arg(row));
        const bool hasContacts = batch.status != QLatin1String("reverted") && batch.created + batch.updated > 0;
        showContacts->setEnabled(hasContacts);
        showContacts->setToolTip(hasContacts ? tr("Lists the contacts this import created or updated")
                                             : tr("This import left no contacts to show"));
        connect(showContacts, &QPushButton::clicked, this, [this, batch] {
            m_controller.showContactsOf(batch.id, batch.fileName, batch.startedAt);
            accept();
        });
        auto *rejects = new QPushButton(tr("Rejected rows"), actions);
        rejects->setObjectName(QStringLiteral("openRejects_%1").arg(row));
        const bool hasRejects = !batch.rejectsFile.isEmpty() && QFileInfo::exists(batch.rejectsFile);
        rejects->setEnabled(hasRejects);
        rejects->setToolTip(hasRejects ? QDir::toNativeSeparators(batch.rejectsFile)
                                       : tr("No rejected rows were kept for this import"));
        connect(rejects, &QPushButton::clicked, this,
                [this, path = batch.rejectsFile] {
                    if (const QString problem = openInDesktopApplication(path); !problem.isEmpty()) {
                        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
                        m_status->setText(problem);
                    }
                });
        actionsLayout->addWidget(showContacts);
        actionsLayout->addWidget(revertButton);
        actionsLayout->addWidget(rejects);
        m_table->setCellWidget(row, ActionsColumn, actions);
        actionsWidth = std::max(actionsWidth, actions->sizeHint().width());
    }
    // As wide as the buttons' texts, in every language (none listed: as it was).
    if (actionsWidth > 0)
        m_table->horizontalHeader()->resizeSection(ActionsColumn, actionsWidth);
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
        columns += column == ActionsColumn ? header->sectionSize(column) : widest;
    }
    const int chrome = width() - m_table->viewport()->width(); // margins, frame and scroll bar
    const int wanted = columns + chrome;
    const int available = screen() ? screen()->availableGeometry().width() : wanted;
    if (wanted > width())
        resize(std::min(wanted, available), height());
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
    Confirmation::ask(this, QStringLiteral("confirmRevertBatch"), tr("Undo import"), question,
                      tr("Undo import"), [this, batch] {
                          m_reverting << batch.id;
                          m_status->setStyleSheet(QString());
                          m_status->setText(tr("Undoing the import of %1…").arg(batch.fileName));
                          for (int i = 0; i < m_batches.size(); ++i)
                              if (m_batches.at(i).id == batch.id)
                                  if (auto *button =
                                          m_table->findChild<QPushButton *>(QStringLiteral("revertBatch_%1").arg(i)))
                                      button->setEnabled(false);
                          m_controller.revert(batch.id);
                      });
}

void ImportHistoryDialog::reverted(const QString &batchId, const QString &error)
{
    if (!m_reverting.removeOne(batchId))
        return;
    if (!error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
        m_status->setText(error);
        for (int i = 0; i < m_batches.size(); ++i)
            if (m_batches.at(i).id == batchId)
                if (auto *button = m_table->findChild<QPushButton *>(QStringLiteral("revertBatch_%1").arg(i)))
                    button->setEnabled(true);
        return;
    }
    if (m_reverting.isEmpty())
        reload();
}

} // namespace Leadline::Ui
