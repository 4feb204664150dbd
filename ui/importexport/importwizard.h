#pragma once

#include "services/importexport/importfilecheck.h"
#include "services/importexport/importoptions.h"
#include "services/importexport/importrowparser.h"
#include "ui/importexport/filepreview.h"

#include <QFuture>
#include <QSet>
#include <QWizard>

#include <optional>

namespace Leadline::Ui {

class ImportController;

// The contact import wizard: file → mapping → preview → options → run. It holds what the user
// chose (read options, mapping, import options) for its pages; the file is read on a worker,
// only its first rows, and the import itself runs as a job on the main window's runner, so
// closing the wizard never stops an import. The controller must outlive the wizard.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, OptionsPageId, RunPageId };

    explicit ImportWizard(ImportController &controller, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Closing (Escape, Cancel, the window's close button) between the mapping and the import
    // asks first: the columns and options chosen for the file would be lost.
    void reject() override;

    ImportController &controller() const { return m_controller; }

    // Reading the file
    void openFile(const QString &path);
    // The same file with the same choices again: it may have changed, or gone, since.
    void rereadFile() { reload(); }
    // Of files dropped together, the place of this one: "(2 of 3)" in the title.
    void setPlaceInQueue(int place, int total);
    void chooseFile(); // the file dialog, for a wizard opened without a file
    static QString lastFolder(); // of the file imported last; empty before the first
    QString filePath() const { return m_path; }
    void setSheet(const QString &sheet);
    QString sheet() const { return m_readOptions.sheetName; }
    void setHeaderMode(ImportExport::HeaderMode mode);
    ImportExport::HeaderMode headerMode() const { return m_readOptions.header; }
    // CSV: how the text is read; Auto and a null delimiter detect it.
    void setEncoding(ImportExport::TextEncoding encoding);
    ImportExport::TextEncoding encoding() const { return m_readOptions.encoding; }
    void setDelimiter(QChar delimiter);
    QChar delimiter() const { return m_readOptions.delimiter; }
    bool isLoading() const { return m_loading; }
    const std::optional<FilePreview> &preview() const { return m_preview; }
    QString loadError() const { return m_loadError; }
    // What the preview page found among the previewed rows, as parsed with the mapping and
    // options last shown there: the options page repeats it where the user clicks Import.
    struct PreviewCheck
    {
        int rows = 0;
        int rejected = 0;
    };
    void setPreviewCheck(PreviewCheck check) { m_previewCheck = check; }
    // Whether the file was changed on disk since it was previewed (saved again from a spreadsheet
    // while the wizard was open): the import would read rows nobody saw mapped.
    bool fileChangedSincePreview() const;
    void readFileAgain() { reload(); }
    PreviewCheck previewCheck() const { return m_previewCheck; }

    // Mapping
    const ImportExport::ColumnMapping &mapping() const { return m_mapping; }
    const ImportExport::ColumnMapping &automaticMapping() const { return m_automatic; }
    // Whether the Leadline ids of the previewed rows name contacts of this database: an export of
    // it brought back, which is then matched on them. False until known, and for another database's.
    bool leadlineIdsBelongHere() const { return m_leadlineIdsBelongHere; }
    void setMapping(const ImportExport::ColumnMapping &mapping);
    void setTarget(int column, const ImportExport::ColumnTarget &target);
    // The custom fields stored contacts use, then those this mapping made up.
    QStringList customFieldNames() const;
    // Why a custom field the mapping would make cannot be made (ColumnMapping::newCustomFieldProblem());
    // empty when every one can.
    QString newCustomFieldProblem() const;

    // Every row of a file longer than the preview, checked in the background as the import would
    // read it (ImportFileCheck), from the preview page on; checked again when the mapping or how
    // cells are read changes.
    struct FileCheck
    {
        enum class Status { NotNeeded, Running, Done, Failed };
        Status status = Status::NotNeeded;
        int percent = 0;
        ImportExport::ImportFileCheck::Outcome outcome; // Done
        QString error;                                  // Failed: why the file could not be read
    };
    const FileCheck &fileCheck() const { return m_fileCheck; }
    // Starts the check unless one of the present choices ran or runs.
    void checkWholeFile();
    void cancelFileCheck(); // the import starts: it needs the cores

    // Options; the default region and date order change how cells parse, the rest only the import.
    const ImportExport::ImportOptions &options() const { return m_options; }
    void setDefaultRegion(const QString &region);
    // Keeps what the user chose for the next import (the phone region, the mapping of these
    // columns: RememberedMappings): called as an import starts.
    void rememberChoices() const;
    void setDateOrder(ImportExport::DateOrder order);
    // What the previewed dates showed of their order, when they settled it (the user chose none).
    const ImportExport::DateOrderEvidence &dateOrderEvidence() const { return m_dateEvidence; }
    bool dateOrderFromFile() const { return !m_dateOrderChosen && m_dateEvidence.order().has_value(); }
    // The file writes dates both ways, and no order was chosen: each is read alone.
    bool datesMixed() const { return !m_dateOrderChosen && m_dateEvidence.isMixed(); }
    void setMatchOn(ImportExport::MatchKey key);
    void setOnDuplicate(ImportExport::DuplicateAction action);
    // Rows that match no contact create none (ImportOptions::updateOnly); matching rows then
    // fill empty fields unless overwriting was chosen.
    void setUpdateOnly(bool updateOnly);
    void setDefaultStage(Domain::LifecycleStage stage);
    void setExtraTags(const QStringList &tags);
    void setDefaultOwner(const QString &userEmail); // empty: no owner
    // Everything the import job needs.
    ImportExport::ImportOptions importOptions() const;

Q_SIGNALS:
    void previewLoading();
    void previewLoaded();
    void mappingChanged();
    void customFieldNamesChanged();
    void parsingOptionsChanged();
    void fileCheckChanged();
    void optionsChanged();

private:
    // The automatic mapping of the previewed file's columns.
    void checkLeadlineIds();
    ImportExport::ColumnMapping guessMapping(const QStringList &customFields) const;
    void reload();
    void updateTitle();
    // Reads the file again when a choice of how to read it changes.
    template <typename T> void setReadOption(T ImportExport::ReadOptions::*option, const T &value);
    void rememberCustomNames();
    bool adoptStoredSpellings(); // whether the mapping changed
    void applyDefaultRegion(const QString &region);
    // Unless the user chose one: the order the previewed dates show, else the region's.
    void followDates();
    void followDateEvidence(const ImportExport::DateOrderEvidence &evidence);

    ImportController &m_controller;
    QString m_path;
    ImportExport::ReadOptions m_readOptions;
    bool m_loading = false;
    int m_generation = 0;
    FileCheck m_fileCheck;
    QFuture<Expected<ImportExport::ImportFileCheck::Outcome>> m_fileCheckRun;
    int m_fileCheckGeneration = 0;
    bool m_fileCheckStale = true; // the choices changed since the check began
    bool m_adoptingCheckedDates = false; // the order a finished check read dates in: no new check
    std::optional<FilePreview> m_preview;
    PreviewCheck m_previewCheck;
    QString m_loadError;
    ImportExport::ColumnMapping m_mapping;
    ImportExport::ColumnMapping m_automatic;
    QStringList m_customNames;       // made up in this wizard
    QStringList m_storedCustomNames; // the database's (CustomFieldRegistry)
    ImportExport::ImportOptions m_options;
    QStringList m_leadlineIdsAsked; // the preview's ids, while their count is asked for
    bool m_leadlineIdsBelongHere = false;
    bool m_regionChosen = false;
    bool m_dateOrderChosen = false;                 // else dates follow the file's, or the region's
    // Of the previewed rows as mapped; then of the rows the import settles the order from, as
    // the check of the whole file found.
    ImportExport::DateOrderEvidence m_dateEvidence;
    bool m_closeConfirmed = false;
    QSet<int> m_chosenColumns; // set by the user one by one since the mapping was made
    // The mapping of the file's columns as read before the read options last changed them
    // (the header row unticked): ticked again, the columns come back as the user left them.
    struct MappingState
    {
        QStringList headers;
        ImportExport::ColumnMapping mapping, automatic;
        QSet<int> chosenColumns;
        QStringList customNames;
    };
    std::optional<MappingState> m_setAsideMapping;
    std::pair<int, int> m_placeInQueue{0, 0};
};

} // namespace Leadline::Ui
