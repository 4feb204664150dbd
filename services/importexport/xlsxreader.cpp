#include "services/importexport/xlsxreader.h"

#include "services/storage/databasefiles.h"

#include "services/importexport/zipentrystream.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <quazip/quazip.h>

namespace Leadline::ImportExport {

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved to a path inside the archive
};

QString resolvePart(const QString &baseDir, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QDir::cleanPath(baseDir.isEmpty() ? target : QString(baseDir + QLatin1Char('/') + target));
    while (path.startsWith(QLatin1String("../")))
        path = path.mid(3);
    return path;
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relationshipsPathOf(const QString &part)
{
    const QString dir = directoryOf(part);
    const QString file = part.mid(part.lastIndexOf(QLatin1Char('/')) + 1);
    return dir.isEmpty() ? QString(QStringLiteral("_rels/") + file + QStringLiteral(".rels"))
                         : QString(dir + QStringLiteral("/_rels/") + file + QStringLiteral(".rels"));
}

QList<Relationship> parseRelationships(const QByteArray &xmlText, const QString &baseDir)
{
    QList<Relationship> relationships;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const auto attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                continue;
            relationships.append({attributes.value(QLatin1String("Id")).toString(),
                                  attributes.value(QLatin1String("Type")).toString(),
                                  resolvePart(baseDir, attributes.value(QLatin1String("Target")).toString())});
        }
    }
    return relationships;
}

QString targetOfType(const QList<Relationship> &relationships, QStringView typeSuffix)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return relationship.target;
    }
    return {};
}

} // namespace

XlsxReader::XlsxReader(std::unique_ptr<QuaZip> zip, const QString &sourceName, const ReadOptions &options)
    : TabularReader(sourceName, options, WidthRule::PadShort)
    , m_zip(std::move(zip))
    , m_options(options)
{}

XlsxReader::~XlsxReader()
{
    m_parser.reset();
    m_sheet.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

Expected<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const ReadOptions &options)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed.error();
    if (!QFileInfo(path).isReadable())
        return Error(ErrorCode::Io, tr("Could not open %1: the file does not exist or is not readable.").arg(path));
    std::unique_ptr<XlsxReader> reader(
        new XlsxReader(std::make_unique<QuaZip>(path), QFileInfo(path).fileName(), options));
    if (auto started = reader->init(); !started)
        return started.error();
    return reader;
}

Expected<std::unique_ptr<XlsxReader>> XlsxReader::open(QIODevice *device, const QString &sourceName,
                                                       const ReadOptions &options)
{
    if (!device || !device->isReadable())
        return Error(ErrorCode::InvalidArgument, tr("%1 is not open for reading.").arg(sourceName));
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::make_unique<QuaZip>(device), sourceName, options));
    if (auto started = reader->init(); !started)
        return started.error();
    return reader;
}

Expected<QByteArray> XlsxReader::readPart(const QString &entry)
{
    auto stream = ZipEntryStream::open(m_zip.get(), entry, sourceName(), m_options.maxMetadataEntryBytes, m_options);
    if (!stream)
        return stream.error();
    return (*stream)->readAll();
}

Result XlsxReader::init()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return Error(
            ErrorCode::InvalidArgument,
            tr("%1 is not an Excel workbook (.xlsx): it cannot be opened as a zip archive.").arg(sourceName()));

    QString workbookPath = QStringLiteral("xl/workbook.xml");
    if (ZipEntryStream::exists(m_zip.get(), QStringLiteral("_rels/.rels"))) {
        auto rootRels = readPart(QStringLiteral("_rels/.rels"));
        if (!rootRels)
            return rootRels.error();
        const QString target = targetOfType(parseRelationships(*rootRels, QString()), u"/officeDocument");
        if (!target.isEmpty())
            workbookPath = target;
    }
    if (!ZipEntryStream::exists(m_zip.get(), workbookPath))
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is not an Excel workbook (.xlsx): it has no %2.").arg(sourceName(), workbookPath));

    QList<Relationship> relationships;
    const QString relsPath = relationshipsPathOf(workbookPath);
    if (ZipEntryStream::exists(m_zip.get(), relsPath)) {
        auto rels = readPart(relsPath);
        if (!rels)
            return rels.error();
        relationships = parseRelationships(*rels, directoryOf(workbookPath));
    }

    auto workbook = readPart(workbookPath);
    if (!workbook)
        return workbook.error();
    struct Sheet
    {
        QString name;
        QString relationshipId;
        bool hidden;
    };
    QList<Sheet> sheets;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView flag = attributes.value(QLatin1String("date1904"));
                m_date1904 = flag == u"1" || flag.compare(u"true", Qt::CaseInsensitive) == 0;
            } else if (xml.name() == u"sheet") {
                Sheet sheet{attributes.value(QLatin1String("name")).toString(), {}, false};
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == u"id")
                        sheet.relationshipId = attribute.value().toString();
                    else if (attribute.name() == u"state")
                        sheet.hidden = attribute.value() != u"visible";
                }
                sheets.append(sheet);
            }
        }
        if (xml.hasError())
            return Error(ErrorCode::InvalidArgument, tr("%1: the workbook part is not valid XML at line %2: %3")
                                                         .arg(sourceName())
                                                         .arg(xml.lineNumber())
                                                         .arg(xml.errorString()));
    }
    if (sheets.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("%1: the workbook has no sheets.").arg(sourceName()));
    for (const Sheet &sheet : sheets) {
        m_sheetNames.append(sheet.name);
        if (!sheet.hidden)
            m_visibleSheetNames.append(sheet.name);
    }

    qsizetype chosen = -1;
    if (!m_options.sheetName.isEmpty()) {
        for (qsizetype i = 0; i < sheets.size() && chosen < 0; ++i) {
            if (sheets[i].name.compare(m_options.sheetName, Qt::CaseInsensitive) == 0)
                chosen = i;
        }
        if (chosen < 0)
            return Error(ErrorCode::NotFound,
                         tr("%1 has no sheet named \"%2\"; its sheets are: %3.")
                             .arg(sourceName(), m_options.sheetName, m_sheetNames.join(QStringLiteral(", "))));
    } else if (m_options.sheetIndex >= 0) {
        if (m_options.sheetIndex >= sheets.size())
            return Error(ErrorCode::NotFound, tr("%1 has %2 sheets; there is no sheet number %3.")
                                                  .arg(sourceName())
                                                  .arg(sheets.size())
                                                  .arg(m_options.sheetIndex + 1));
        chosen = m_options.sheetIndex;
    } else {
        for (qsizetype i = 0; i < sheets.size() && chosen < 0; ++i) {
            if (!sheets[i].hidden)
                chosen = i;
        }
        if (chosen < 0)
            chosen = 0;
    }
    m_sheetName = sheets[chosen].name;

    const auto pathOf = [&](qsizetype index) {
        for (const Relationship &relationship : relationships)
            if (relationship.id == sheets[index].relationshipId)
                return relationship.target;
        return QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1);
    };
    const QString sheetPath = pathOf(chosen);
    // Before the chosen sheet is opened: the archive reads one entry at a time.
    if (m_options.measureSheets && m_visibleSheetNames.size() > 1)
        for (qsizetype i = 0; i < sheets.size(); ++i)
            if (!sheets[i].hidden)
                if (const std::optional<qint64> rows = dimensionRows(pathOf(i)))
                    m_sheetRows.insert(sheets[i].name, *rows);

    QString stringsPath = targetOfType(relationships, u"/sharedStrings");
    if (stringsPath.isEmpty())
        stringsPath = QStringLiteral("xl/sharedStrings.xml");
    if (ZipEntryStream::exists(m_zip.get(), stringsPath)) {
        auto stream = ZipEntryStream::open(m_zip.get(), stringsPath, sourceName(), m_options.maxEntryBytes, m_options);
        if (!stream)
            return stream.error();
        if (auto loaded = m_strings.load(**stream, sourceName(), m_options); !loaded)
            return loaded.error();
    }

    QString stylesPath = targetOfType(relationships, u"/styles");
    if (stylesPath.isEmpty())
        stylesPath = QStringLiteral("xl/styles.xml");
    if (ZipEntryStream::exists(m_zip.get(), stylesPath)) {
        auto styles = readPart(stylesPath);
        if (!styles)
            return styles.error();
        if (auto loaded = m_styles.load(*styles, sourceName()); !loaded)
            return loaded.error();
    }

    auto sheet = ZipEntryStream::open(m_zip.get(), sheetPath, sourceName(), m_options.maxEntryBytes, m_options);
    if (!sheet)
        return sheet.error();
    m_sheet = std::move(*sheet);
    m_parser = std::make_unique<XlsxSheetParser>(&m_strings, &m_styles, m_date1904,
                                                 tr("%1, sheet \"%2\"").arg(sourceName(), m_sheetName),
                                                 m_options.maxFieldChars);
    return start();
}

std::optional<qint64> XlsxReader::rowsOfSheet(const QString &name) const
{
    const auto rows = m_sheetRows.constFind(name);
    return rows == m_sheetRows.cend() ? std::nullopt : std::optional<qint64>(*rows);
}

std::optional<qint64> XlsxReader::dimensionRows(const QString &sheetPath)
{
    if (!ZipEntryStream::exists(m_zip.get(), sheetPath))
        return std::nullopt;
    auto stream = ZipEntryStream::open(m_zip.get(), sheetPath, sourceName(), m_options.maxEntryBytes, m_options);
    if (!stream)
        return std::nullopt; // said when that sheet is read, if it ever is
    // The dimension comes before the rows: the first few KiB hold it, or the sheet does not say.
    auto start = (*stream)->read(16 * 1024);
    if (!start)
        return std::nullopt;
    QXmlStreamReader xml(*start);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sheetData")
            return std::nullopt;
        if (xml.name() != u"dimension")
            continue;
        // "A1:J1001", or "A1" for a sheet of one cell (LibreOffice writes that for an empty one too).
        static const QRegularExpression lastRow(QStringLiteral(R"((\d+)$)"));
        const QRegularExpressionMatch match = lastRow.match(xml.attributes().value(QLatin1String("ref")));
        bool ok = false;
        const qint64 rows = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
        return ok && rows > 0 ? std::optional<qint64>(rows) : std::nullopt;
    }
    return std::nullopt;
}

Expected<std::optional<TabularRow>> XlsxReader::readRecord()
{
    for (;;) {
        TabularRow row;
        auto status = m_parser->next(&row);
        if (!status)
            return status.error();
        switch (*status) {
        case XlsxSheetParser::Status::Row:
            return std::optional<TabularRow>(std::move(row));
        case XlsxSheetParser::Status::End:
            return std::optional<TabularRow>();
        case XlsxSheetParser::Status::NeedData: {
            auto chunk = m_sheet->read();
            if (!chunk)
                return chunk.error();
            if (chunk->isEmpty())
                m_parser->endOfData();
            else
                m_parser->addData(*chunk);
            break;
        }
        }
    }
}

qint64 XlsxReader::bytesRead() const
{
    return m_sheet ? m_sheet->bytesRead() : 0;
}

qint64 XlsxReader::totalBytes() const
{
    return m_sheet ? m_sheet->size() : 0;
}

} // namespace Leadline::ImportExport
