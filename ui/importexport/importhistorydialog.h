#pragma once

#include "services/importexport/importbatchservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Leadline::Ui {

class ImportController;

// File → Import history: every import batch with its file, date, status and counts; for the one
// selected, its contacts, a revert (after a confirmation) and its rejected rows. Lists on a worker through the
// controller, which must outlive the dialog.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(ImportController &controller, QWidget *parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    QTableWidget *table() const { return m_table; }
    const QList<ImportExport::ImportBatch> &batches() const { return m_batches; }
    // The buttons below the list do these for the import selected.
    void revert(int row);
    void showContactsOf(int row);

private:
    int selectedRow() const; // -1 when none is
    static QString hintText();
    void showHint();
    void updateActions();
    void growToShowEveryColumn();
    void showBatches(const QList<ImportExport::ImportBatch> &batches, const QString &error);
    void askToRevert(const QString &batchId, const ImportExport::ImportBatchService::RevertPreview &preview);
    void reverted(const QString &batchId, const QString &error);

    ImportController &m_controller;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_showContacts = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_rejects = nullptr;
    QList<ImportExport::ImportBatch> m_batches;
    QStringList m_preparing; // counting the contacts changed since, before asking
    QStringList m_reverting;
    bool m_loading = false;
};

} // namespace Leadline::Ui
