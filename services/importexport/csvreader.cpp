#include "services/importexport/csvreader.h"

#include "services/storage/databasefiles.h"

#include "services/importexport/delimitersniffer.h"

#include <QFile>
#include <QFileInfo>

namespace Leadline::ImportExport {

namespace {
constexpr qint64 SampleBytes = 64 * 1024;
constexpr qint64 ChunkBytes = 1024 * 1024;
// More quotes than this that are never closed: the file does not quote with '"' at all.
constexpr int MaxBrokenQuotes = 100;
} // namespace

CsvReader::CsvReader(QIODevice *device, std::unique_ptr<QIODevice> owned, const QString &sourceName,
                     const ReadOptions &options)
    : TabularReader(sourceName, options, WidthRule::Exact)
    , m_owned(std::move(owned))
    , m_device(device)
    , m_options(options)
{}

CsvReader::~CsvReader() = default;

Expected<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const ReadOptions &options)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Could not open %1: %2").arg(path, file->errorString()));
    QIODevice *device = file.get();
    std::unique_ptr<CsvReader> reader(new CsvReader(device, std::move(file), QFileInfo(path).fileName(), options));
    if (auto started = reader->init(); !started)
        return started.error();
    return reader;
}

Expected<std::unique_ptr<CsvReader>> CsvReader::open(QIODevice *device, const QString &sourceName,
                                                     const ReadOptions &options)
{
    if (!device || !device->isReadable())
        return Error(ErrorCode::InvalidArgument, tr("%1 is not open for reading.").arg(sourceName));
    std::unique_ptr<CsvReader> reader(new CsvReader(device, nullptr, sourceName, options));
    if (auto started = reader->init(); !started)
        return started.error();
    return reader;
}

Result CsvReader::init()
{
    m_totalBytes = m_device->isSequential() ? 0 : m_device->size() - m_device->pos();
    QByteArray sample;
    while (sample.size() < SampleBytes) {
        const QByteArray part = m_device->read(SampleBytes - sample.size());
        if (part.isEmpty())
            break;
        sample += part;
    }
    const bool complete = sample.size() < SampleBytes || m_device->atEnd();
    m_bytesRead = sample.size();

    TextEncoding encoding = m_options.encoding;
    const TextDecoder::Detection detected = TextDecoder::detect(sample, complete);
    qsizetype bom = 0;
    if (encoding == TextEncoding::Auto) {
        encoding = detected.encoding;
        bom = detected.bomLength;
    } else if (encoding == detected.encoding) {
        bom = detected.bomLength; // a BOM is never data
    }
    // UTF-8 and Windows-1252, sniffed, are read mixed: each byte as what it most likely is (TextDecoder).
    m_decoder = std::make_unique<TextDecoder>(encoding, m_options.encoding == TextEncoding::Auto && detected.mixable());
    m_bomLength = bom;
    m_text = m_decoder->decode(QByteArrayView(sample).sliced(bom));
    m_textBytes = sample.size();
    if (complete) {
        m_text += m_decoder->finish();
        m_inputDone = true;
    } else if (m_decoder->hasError()) {
        m_inputDone = true;
    }

    m_delimiter = m_options.delimiter.isNull() ? DelimiterSniffer::sniff(m_text, complete) : m_options.delimiter;
    return start();
}

qint64 CsvReader::bytesRead() const
{
    if (m_text.isEmpty())
        return m_bytesRead;
    const double unread = double(m_text.size() - m_pos) / double(m_text.size());
    return m_bytesRead - qint64(unread * double(m_textBytes));
}

Result CsvReader::refill()
{
    // A quoted field running over lines keeps the text after its first line break, to be read
    // again should its quote turn out broken.
    const qsizetype keep = m_rewind ? qsizetype(m_rewind->textPos - m_textBase) : m_text.size();
    m_textBase += keep;
    m_text.remove(0, keep);
    m_pos = m_text.size();
    if (m_decoder->hasError()) {
        m_inputDone = true;
        return {};
    }
    m_raw.resize(ChunkBytes);
    const qint64 got = m_device->read(m_raw.data(), ChunkBytes);
    if (got < 0)
        return Error(ErrorCode::Io, tr("Could not read %1: %2").arg(sourceName(), m_device->errorString()));
    if (got == 0) {
        m_text += m_decoder->finish();
        m_inputDone = true;
        return {};
    }
    m_bytesRead += got;
    m_text += m_decoder->decode(QByteArrayView(m_raw.constData(), got));
    m_textBytes = got;
    if (m_decoder->hasError())
        m_inputDone = true;
    return {};
}

Error CsvReader::errorAt(qint64 line, qint64 column, const QString &what) const
{
    return Error(ErrorCode::InvalidArgument,
                 tr("%1, line %2, character %3: %4").arg(sourceName()).arg(line).arg(column).arg(what));
}

Expected<std::optional<TabularRow>> CsvReader::leaveOutBrokenQuote(const QString &why)
{
    Rewind rewind = *std::exchange(m_rewind, std::nullopt);
    m_cells = QStringList();
    m_field = QString();
    if (++m_brokenQuotes > MaxBrokenQuotes)
        return errorAt(rewind.quoteLine, rewind.quoteColumn,
                       tr("%1 More than %2 quotes in the file are never closed: it does not seem to put text in "
                          "quotes (\"). Check the file in a text editor, or save it again from the program it "
                          "comes from.")
                           .arg(why)
                           .arg(MaxBrokenQuotes));
    m_pos = qsizetype(rewind.textPos - m_textBase);
    m_line = rewind.line;
    m_lineStart = rewind.textPos;
    m_skipLineFeed = rewind.skipLineFeed;
    return leftOut(std::move(rewind.opening),
                   errorAt(rewind.quoteLine, rewind.quoteColumn,
                           tr("%1 The line was left out, and reading went on with the next one.").arg(why)));
}

Expected<std::optional<TabularRow>> CsvReader::readRecord()
{
    m_rewind.reset();
    m_cells = QStringList();
    m_cells.reserve(columnCount() > 0 ? columnCount() : 16);
    m_field.clear();
    State state = State::FieldStart;
    bool started = false;
    bool afterCarriageReturn = false; // inside quotes: a CR was the last character
    qint64 recordLine = m_line;
    qint64 fieldLine = m_line;
    qint64 fieldColumn = columnAt(m_pos);
    const char16_t delimiter = m_delimiter.unicode();

    // (A record whose quoted field ran over lines and that then has another number of cells than
    // the header is rejected whole as a ragged row: read again from the next line, its lines
    // could make rows of text that never were rows.)
    auto finishRecord = [&]() {
        m_cells.append(std::move(m_field));
        m_field = QString();
        m_rewind.reset();
        return std::optional<TabularRow>(TabularRow{std::move(m_cells), recordLine});
    };
    // A quoted field that long has most likely lost its closing quote; an unquoted one is just long.
    auto tooLong = [&](bool quoted) {
        return errorAt(fieldLine, fieldColumn,
                       quoted ? tr("the field starting here is longer than %1 characters; is a closing quote missing?")
                                    .arg(m_options.maxFieldChars)
                              : tr("the field starting here is longer than %1 characters.").arg(m_options.maxFieldChars));
    };

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!m_inputDone) {
                if (auto filled = refill(); !filled)
                    return filled.error();
                continue;
            }
            if (m_decoder->hasError()) {
                const qint64 offset = m_decoder->errorByteOffset() + m_bomLength;
                return errorAt(m_line, columnAt(m_pos),
                               tr("the bytes at offset %1 are not valid %2. Save the file as UTF-8 or choose "
                                  "its encoding.")
                                   .arg(offset)
                                   .arg(textEncodingName(m_decoder->encoding())));
            }
            if (state == State::Quoted) {
                const QString why = tr("the quote that opens the field here is never closed.");
                if (m_rewind)
                    return leaveOutBrokenQuote(why);
                // On the last line: that line is all it took.
                m_cells.append(std::move(m_field));
                m_field = QString();
                return leftOut(TabularRow{std::exchange(m_cells, QStringList()), recordLine},
                               errorAt(fieldLine, fieldColumn, why));
            }
            if (!started)
                return std::optional<TabularRow>();
            return finishRecord();
        }

        const QChar *p = m_text.constData();
        const qsizetype n = m_text.size();
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (p[m_pos] == u'\n') {
                ++m_pos;
                m_lineStart = m_textBase + m_pos;
                continue;
            }
        }

        switch (state) {
        case State::FieldStart:
            fieldLine = m_line;
            fieldColumn = columnAt(m_pos);
            if (p[m_pos] == u'"') {
                state = State::Quoted;
                afterCarriageReturn = false;
                started = true;
                ++m_pos;
            } else {
                state = State::Unquoted;
            }
            break;

        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < n) {
                const char16_t c = p[i].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++i;
            }
            if (i > m_pos) {
                if (m_field.isEmpty())
                    m_field = QString(p + m_pos, i - m_pos);
                else
                    m_field.append(p + m_pos, i - m_pos);
                started = true;
                if (m_field.size() > m_options.maxFieldChars)
                    return tooLong(false);
            }
            m_pos = i;
            if (i == n)
                break;
            const char16_t c = p[i].unicode();
            ++m_pos;
            if (c == delimiter) {
                m_cells.append(std::move(m_field));
                m_field = QString();
                state = State::FieldStart;
                started = true;
                break;
            }
            newLine(m_pos);
            m_skipLineFeed = c == u'\r';
            if (!started) { // a blank line
                recordLine = m_line;
                state = State::FieldStart;
                break;
            }
            return finishRecord();
        }

        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < n) {
                const char16_t c = p[i].unicode();
                if (c == u'"')
                    break;
                if (!m_rewind && (c == u'\r' || (c == u'\n' && !afterCarriageReturn))) {
                    QStringList opening = m_cells;
                    opening << m_field + QStringView(p + m_pos, i - m_pos);
                    m_rewind = Rewind{m_textBase + i + 1, m_line + 1,  c == u'\r',
                                      fieldLine,          fieldColumn, TabularRow{std::move(opening), recordLine}};
                }
                if (c == u'\n') {
                    if (!afterCarriageReturn)
                        ++m_line;
                    m_lineStart = m_textBase + i + 1;
                    afterCarriageReturn = false;
                } else if (c == u'\r') {
                    ++m_line;
                    m_lineStart = m_textBase + i + 1;
                    afterCarriageReturn = true;
                } else {
                    afterCarriageReturn = false;
                }
                ++i;
            }
            if (i > m_pos) {
                m_field.append(p + m_pos, i - m_pos);
                if (m_field.size() > m_options.maxFieldChars) {
                    if (m_rewind)
                        return leaveOutBrokenQuote(
                            tr("the quoted field starting here is longer than %1 characters: its closing quote is "
                               "probably missing.")
                                .arg(m_options.maxFieldChars));
                    return tooLong(true);
                }
            }
            m_pos = i;
            if (i < n) {
                ++m_pos;
                state = State::AfterQuote;
            }
            break;
        }

        case State::AfterQuote: {
            const char16_t c = p[m_pos].unicode();
            if (c == u'"') {
                m_field.append(QLatin1Char('"'));
                ++m_pos;
                afterCarriageReturn = false;
                state = State::Quoted;
            } else if (c == delimiter) {
                ++m_pos;
                m_cells.append(std::move(m_field));
                m_field = QString();
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                ++m_pos;
                newLine(m_pos);
                m_skipLineFeed = c == u'\r';
                return finishRecord();
            } else if (m_rewind && !QChar(c).isSpace()) {
                return leaveOutBrokenQuote(
                    tr("the quote that opens the field here closes only on line %1, and text follows it there: the "
                       "quote is probably never closed.")
                        .arg(m_line));
            } else {
                state = State::Unquoted; // text after the closing quote is kept, as Excel does
            }
            break;
        }
        }
    }
}

} // namespace Leadline::ImportExport
