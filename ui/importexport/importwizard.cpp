#include "ui/importexport/importwizard.h"

#include "ui/importexport/rememberedmappings.h"

#include "services/contacts/phonenormalizer.h"
#include "services/domain/uuid.h"
#include "ui/importexport/confirmation.h"
#include "ui/importexport/importcontroller.h"
#include "ui/importexport/importfilepage.h"
#include "ui/importexport/importmappingpage.h"
#include "ui/importexport/importoptionspage.h"
#include "ui/importexport/importpreviewpage.h"
#include "ui/importexport/importrunpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDate>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

namespace {
const QString LastFolderKey = QStringLiteral("import/lastDirectory");
const QString LastRegionKey = QStringLiteral("import/region"); // chosen for the last import
} // namespace

using namespace ImportExport;

ImportWizard::ImportWizard(ImportController &controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // No fixed minimum: one below what the pages' layouts need in a language with longer
    // words cut their labels. The layouts set it.
    resize(1000, 680);

    m_options.defaultRegion = Contacts::PhoneNormalizer::regionOfThisComputer();
    m_options.dateOrder = dateOrderOfRegion(m_options.defaultRegion);
    // The region the user chose for their last import: their files most likely come from there.
    // (A region the database sets for its phone numbers still wins: it is the team's rule.)
    if (const QString last = QSettings().value(LastRegionKey).toString(); !last.isEmpty())
        applyDefaultRegion(last);
    m_options.extraTags = {tr("import %1").arg(QDate::currentDate().toString(Qt::ISODate))};
    // Before the pages' own connections: they see the order the new mapping's dates settle.
    connect(this, &ImportWizard::mappingChanged, this, &ImportWizard::followDates);
    // A check of the whole file is for the choices it began with: begun again from the preview on.
    for (const auto changed :
         {&ImportWizard::mappingChanged, &ImportWizard::parsingOptionsChanged, &ImportWizard::previewLoaded})
        connect(this, changed, this, [this] {
            if (m_adoptingCheckedDates)
                return;
            cancelFileCheck();
            if (currentId() >= PreviewPageId && currentId() != RunPageId)
                checkWholeFile();
        });
    connect(this, &ImportWizard::previewLoading, this, &ImportWizard::cancelFileCheck);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPageId || id == OptionsPageId)
            checkWholeFile();
    });

    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(OptionsPageId, new ImportOptionsPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    // Enter means Next (or Import) on every page before the run: a page's own buttons ("Load
    // preset…") do not become the default when they take the focus, and Tab leaves a table for
    // the widgets after it instead of walking its cells. The run page keeps its buttons' own
    // ways (Enter on "Undo this import" undoes, not closes the wizard).
    for (const int id : pageIds()) {
        if (id != RunPageId)
            for (QPushButton *own : page(id)->findChildren<QPushButton *>())
                own->setAutoDefault(false);
        for (QAbstractItemView *table : page(id)->findChildren<QAbstractItemView *>())
            table->setTabKeyNavigation(false);
    }

    const QList<QPair<WizardButton, const char *>> names{{BackButton, "wizardBack"},
                                                         {NextButton, "wizardNext"},
                                                         {CommitButton, "wizardImport"},
                                                         {FinishButton, "wizardFinish"},
                                                         {CancelButton, "wizardCancel"}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(QLatin1String(name));

    // The database's phone region wins over the desktop's locale unless the user already chose.
    connect(&m_controller, &ImportController::defaultRegionLoaded, this, [this](const QString &region) {
        if (!region.isEmpty() && !m_regionChosen)
            applyDefaultRegion(region);
    });
    m_controller.loadDefaultRegion();
    connect(&m_controller, &ImportController::customFieldNamesLoaded, this, [this](const QStringList &stored) {
        m_storedCustomNames = stored;
        bool changed = false;
        if (m_preview) { // the file's columns named like a stored field are that field
            const ColumnMapping automatic = guessMapping(stored);
            changed = automatic != m_automatic;
            if (m_mapping == m_automatic) // nothing chosen yet
                m_mapping = automatic;
            m_automatic = automatic;
        }
        if (adoptStoredSpellings() || changed)
            Q_EMIT mappingChanged();
        Q_EMIT customFieldNamesChanged(); // the mapping page offers them
    });
    m_controller.loadCustomFieldNames();
    connect(&m_controller, &ImportController::knownContactIdsCounted, this, [this](const QStringList &ids, int known) {
        if (ids == m_leadlineIdsAsked)
            m_leadlineIdsBelongHere = known > 0;
    });
}

void ImportWizard::checkLeadlineIds()
{
    m_leadlineIdsBelongHere = false;
    m_leadlineIdsAsked.clear();
    const auto column = m_mapping.columnFor(ImportField::LeadlineId);
    if (!m_preview || !column)
        return;
    for (const QStringList &row : std::as_const(m_preview->rows))
        if (const QString id = row.value(*column).trimmed().toLower(); Domain::isValidId(id))
            m_leadlineIdsAsked << id;
    if (!m_leadlineIdsAsked.isEmpty())
        m_controller.countKnownContactIds(m_leadlineIdsAsked);
}

QStringList ImportWizard::customFieldNames() const
{
    QStringList names = m_storedCustomNames;
    for (const QString &name : m_customNames)
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    return names;
}

ImportWizard::~ImportWizard()
{
    m_fileCheckRun.cancel(); // the check reads on in the pool until it next asks
}

void ImportWizard::cancelFileCheck()
{
    ++m_fileCheckGeneration; // whatever it still reports is for choices gone
    m_fileCheckRun.cancel();
    m_fileCheckRun = {};
    m_fileCheckStale = true;
    if (m_fileCheck.status == FileCheck::Status::Running) {
        m_fileCheck = {};
        Q_EMIT fileCheckChanged();
    }
}

void ImportWizard::checkWholeFile()
{
    if (!m_fileCheckStale)
        return;
    cancelFileCheck();
    m_fileCheckStale = false;
    m_fileCheck = {};
    // The preview has read every row of a file that ends within it; a mapping that imports
    // nothing is the mapping page's to say.
    if (!m_preview || !m_preview->truncated || !m_preview->fatalProblem.isEmpty() || !m_mapping.check()) {
        Q_EMIT fileCheckChanged();
        return;
    }
    m_fileCheck.status = FileCheck::Status::Running;
    const int generation = m_fileCheckGeneration;
    auto *watcher = new QFutureWatcher<Expected<ImportFileCheck::Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int percent) {
        if (generation != m_fileCheckGeneration)
            return;
        m_fileCheck.percent = percent;
        Q_EMIT fileCheckChanged();
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_fileCheckGeneration || watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const Expected<ImportFileCheck::Outcome> checked = watcher->result();
        m_fileCheckRun = {};
        m_fileCheck.percent = 100;
        if (!checked) {
            m_fileCheck.status = FileCheck::Status::Failed;
            m_fileCheck.error = checked.error().message();
            Q_EMIT fileCheckChanged();
            return;
        }
        m_fileCheck.status = FileCheck::Status::Done;
        m_fileCheck.outcome = *checked;
        // The import settles how dates read from its first chunk, not from the preview's rows:
        // the preview follows. This check read them so already: it stands.
        {
            const QScopedValueRollback adopting(m_adoptingCheckedDates, true);
            followDateEvidence(checked->dateEvidence);
        }
        Q_EMIT fileCheckChanged();
    });
    m_fileCheckRun =
        QtConcurrent::run([options = importOptions()](QPromise<Expected<ImportFileCheck::Outcome>> &promise) {
            promise.setProgressRange(0, 100);
            promise.addResult(ImportFileCheck::run(
                options, {}, [&promise] { return promise.isCanceled(); },
                [&promise](qint64 done, qint64 total) {
                    promise.setProgressValue(total > 0 ? int(qMin<qint64>(99, done * 100 / total)) : 0);
                }));
        });
    watcher->setFuture(m_fileCheckRun);
    Q_EMIT fileCheckChanged();
}

QString ImportWizard::lastFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

void ImportWizard::openFile(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    // Chosen, dropped or given on the command line: the next file dialog starts there.
    QSettings().setValue(LastFolderKey, QFileInfo(m_path).absolutePath());
    updateTitle();
    m_readOptions = {};
    reload();
}

void ImportWizard::setPlaceInQueue(int place, int total)
{
    m_placeInQueue = {place, total};
    updateTitle();
}

void ImportWizard::updateTitle()
{
    QString title =
        m_path.isEmpty() ? tr("Import contacts") : tr("Import contacts from %1").arg(QFileInfo(m_path).fileName());
    if (m_placeInQueue.second > 1)
        title = tr("%1 (%2 of %3)")
                    .arg(title, QString::number(m_placeInQueue.first), QString::number(m_placeInQueue.second));
    setWindowTitle(title);
}

void ImportWizard::chooseFile()
{
    if (auto *filePage = qobject_cast<ImportFilePage *>(page(FilePageId)))
        filePage->chooseFile();
}

template <typename T>
void ImportWizard::setReadOption(T ImportExport::ReadOptions::*option, const T &value)
{
    if (m_readOptions.*option == value)
        return;
    m_readOptions.*option = value;
    reload();
}

void ImportWizard::setSheet(const QString &sheet)
{
    setReadOption(&ReadOptions::sheetName, sheet);
}

void ImportWizard::setHeaderMode(HeaderMode mode)
{
    setReadOption(&ReadOptions::header, mode);
}

void ImportWizard::setEncoding(TextEncoding encoding)
{
    setReadOption(&ReadOptions::encoding, encoding);
}

void ImportWizard::setDelimiter(QChar delimiter)
{
    setReadOption(&ReadOptions::delimiter, delimiter);
}

void ImportWizard::reload()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_loadError.clear();
    Q_EMIT previewLoading();
    auto *watcher = new QFutureWatcher<Expected<FilePreview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user chose another sheet or header setting meanwhile
        m_loading = false;
        const Expected<FilePreview> loaded = watcher->result();
        if (!loaded) {
            m_preview.reset();
            m_loadError = loaded.error().message();
        } else {
            const bool sameColumns = m_preview && m_preview->headers == loaded->headers;
            std::optional<MappingState> before;
            if (m_preview && !sameColumns)
                before = MappingState{m_preview->headers, m_mapping, m_automatic, m_chosenColumns, m_customNames};
            m_preview = *loaded;
            if (!sameColumns && m_setAsideMapping && m_setAsideMapping->headers == m_preview->headers) {
                m_mapping = m_setAsideMapping->mapping;
                m_automatic = m_setAsideMapping->automatic;
                m_chosenColumns = m_setAsideMapping->chosenColumns;
                m_customNames = m_setAsideMapping->customNames;
            } else if (!sameColumns) {
                m_automatic = guessMapping(m_storedCustomNames);
                m_mapping = m_automatic;
                m_chosenColumns.clear();
                m_customNames.clear();
                adoptStoredSpellings();
                rememberCustomNames(); // "custom:NAME" columns of our own exports
            }
            if (before)
                m_setAsideMapping = std::move(before);
            checkLeadlineIds();
        }
        Q_EMIT previewLoaded();
        Q_EMIT mappingChanged();
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_path, options = m_readOptions] { return FilePreviewLoader::load(path, options); }));
}

bool ImportWizard::fileChangedSincePreview() const
{
    if (!m_preview)
        return false;
    const QFileInfo file(m_path);
    if (!file.exists())
        return false; // gone: the import says so, and offers to choose the file again
    return file.size() != m_preview->fileSize || file.lastModified() != m_preview->fileModified;
}

ColumnMapping ImportWizard::guessMapping(const QStringList &customFields) const
{
    ColumnMapping mapping = ColumnMapping::automatic(m_preview->headers, customFields);
    mapping.recogniseLeadlineIds(m_preview->rows); // an export of this database, brought back
    return mapping;
}

void ImportWizard::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    m_chosenColumns.clear(); // a preset, or the automatic mapping again
    adoptStoredSpellings();
    rememberCustomNames();
    Q_EMIT mappingChanged();
}

void ImportWizard::setTarget(int column, const ColumnTarget &target)
{
    if (column < 0 || column >= m_mapping.columnCount() || m_mapping.target(column) == target)
        return;
    m_mapping.setTarget(column, target);
    // Numbered street lines follow their street, unless the user chose for them.
    m_chosenColumns.insert(column);
    QList<bool> chosen(m_mapping.columnCount(), false);
    for (const int i : std::as_const(m_chosenColumns))
        if (i < chosen.size())
            chosen[i] = true;
    m_mapping.retieStreetLines(chosen);
    adoptStoredSpellings();
    rememberCustomNames();
    Q_EMIT mappingChanged();
}

QString ImportWizard::newCustomFieldProblem() const
{
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        const ColumnTarget &target = m_mapping.target(column);
        if (target.field != ImportField::Custom ||
            m_storedCustomNames.contains(target.customName.trimmed(), Qt::CaseInsensitive))
            continue;
        if (QString problem = m_mapping.newCustomFieldProblem(column); !problem.isEmpty())
            return problem;
    }
    return {};
}

bool ImportWizard::adoptStoredSpellings()
{
    // A stored field named in another case is that field ("shoe size" → "Shoe size"), as the
    // import will write it; in the automatic mapping too, which tells what was recognised.
    const auto adopt = [this](ColumnMapping &mapping) {
        bool changed = false;
        for (int column = 0; column < mapping.columnCount(); ++column) {
            const ColumnTarget &target = mapping.target(column);
            if (target.field != ImportField::Custom)
                continue;
            for (const QString &stored : std::as_const(m_storedCustomNames)) {
                if (stored != target.customName && stored.compare(target.customName, Qt::CaseInsensitive) == 0) {
                    mapping.setTarget(column, ColumnTarget{ImportField::Custom, stored});
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    };
    adopt(m_automatic);
    return adopt(m_mapping);
}

void ImportWizard::rememberCustomNames()
{
    // Names only accumulate: a custom field stays offered after its column was mapped elsewhere.
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        const ColumnTarget &target = m_mapping.target(column);
        if (target.field == ImportField::Custom && !m_customNames.contains(target.customName))
            m_customNames << target.customName;
    }
}

void ImportWizard::setDefaultRegion(const QString &region)
{
    m_regionChosen = true;
    applyDefaultRegion(region);
}

void ImportWizard::rememberChoices() const
{
    if (m_regionChosen)
        QSettings().setValue(LastRegionKey, m_options.defaultRegion);
    // Columns without names ("Column 1"…) say nothing of what a file holds: any file of as many looks alike.
    if (m_preview && m_preview->hasHeaderRow)
        RememberedMappings::remember(m_mapping, QFileInfo(m_path).fileName(), QDateTime::currentDateTimeUtc());
}

void ImportWizard::applyDefaultRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    if (code.isEmpty() || code == m_options.defaultRegion)
        return;
    m_options.defaultRegion = code;
    // Dates as the region writes them ("4/5/2023" is April 5th in the US), unless the file's
    // dates or the user say otherwise.
    if (!m_dateOrderChosen)
        m_options.dateOrder = m_dateEvidence.order().value_or(dateOrderOfRegion(code));
    Q_EMIT parsingOptionsChanged();
    Q_EMIT optionsChanged();
}

void ImportWizard::followDates()
{
    DateOrderEvidence evidence;
    if (m_preview)
        for (qsizetype i = 0; i < m_preview->rows.size(); ++i)
            evidence.addRow(m_mapping, m_preview->rows.at(i), m_preview->rowLines.value(i));
    followDateEvidence(evidence);
}

void ImportWizard::followDateEvidence(const DateOrderEvidence &evidence)
{
    m_dateEvidence = evidence;
    if (m_dateOrderChosen)
        return;
    // A file that writes both orders is read as the region writes dates, each date alone.
    const DateOrder order = m_dateEvidence.order().value_or(dateOrderOfRegion(m_options.defaultRegion));
    if (order == m_options.dateOrder)
        return;
    m_options.dateOrder = order;
    Q_EMIT parsingOptionsChanged();
    Q_EMIT optionsChanged();
}

void ImportWizard::setDateOrder(DateOrder order)
{
    m_dateOrderChosen = true;
    if (order == m_options.dateOrder)
        return;
    m_options.dateOrder = order;
    Q_EMIT parsingOptionsChanged();
    Q_EMIT optionsChanged();
}

void ImportWizard::setMatchOn(MatchKey key)
{
    m_options.matchOn = key;
    Q_EMIT optionsChanged();
}

void ImportWizard::setOnDuplicate(DuplicateAction action)
{
    m_options.onDuplicate = action;
    Q_EMIT optionsChanged();
}

void ImportWizard::setUpdateOnly(bool updateOnly)
{
    m_options.updateOnly = updateOnly;
    if (updateOnly && m_options.onDuplicate == DuplicateAction::Skip)
        m_options.onDuplicate = DuplicateAction::FillEmpty; // skipping every match would change nothing
    Q_EMIT optionsChanged();
}

void ImportWizard::setDefaultStage(Domain::LifecycleStage stage)
{
    if (stage == m_options.defaultStage)
        return;
    m_options.defaultStage = stage;
    Q_EMIT optionsChanged();
}

void ImportWizard::setExtraTags(const QStringList &tags)
{
    m_options.extraTags = tags;
    Q_EMIT optionsChanged();
}

void ImportWizard::reject()
{
    const bool choicesMade = currentId() == MappingPageId || currentId() == PreviewPageId || currentId() == OptionsPageId;
    if (!choicesMade || m_closeConfirmed) {
        QWizard::reject();
        return;
    }
    Confirmation::ask(
        this, QStringLiteral("importCloseQuestion"), tr("Close the import?"),
        tr("%1 has not been imported. The columns and options chosen for it will be lost.")
            .arg(QFileInfo(m_path).fileName()),
        tr("Discard the import"),
        [this] {
            m_closeConfirmed = true;
            QWizard::reject();
        },
        tr("Keep editing"));
}

void ImportWizard::setDefaultOwner(const QString &userEmail)
{
    if (userEmail == m_options.defaultOwner)
        return;
    m_options.defaultOwner = userEmail;
    Q_EMIT optionsChanged();
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options = m_options;
    options.filePath = m_path;
    options.sheet = m_preview && m_preview->isXlsx ? m_preview->sheetName : QString();
    // The header decision the user saw in the preview, so the columns are the ones mapped.
    if (m_preview)
        options.header = m_preview->hasHeaderRow ? HeaderMode::Present : HeaderMode::Absent;
    options.encoding = m_readOptions.encoding;
    options.delimiter = m_readOptions.delimiter;
    options.mapping = m_mapping;
    options.dateOrderChosen = m_dateOrderChosen;
    return options;
}

} // namespace Leadline::Ui
