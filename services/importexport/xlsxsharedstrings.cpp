#include "services/importexport/xlsxsharedstrings.h"

#include "services/importexport/sheetxmltokenizer.h"
#include "services/importexport/zipentrystream.h"

namespace Leadline::ImportExport {

namespace {
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

QString XlsxSharedStrings::unescape(QString text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    // The code unit of an escape "_xHHHH_" at a place, or -1.
    const auto escapeAt = [&text](qsizetype place) {
        if (place + 6 >= text.size() || text.at(place) != u'_' || text.at(place + 1) != u'x' ||
            text.at(place + 6) != u'_')
            return -1;
        int code = 0;
        for (int k = 2; k < 6; ++k) {
            const int digit = hexValue(text.at(place + k));
            if (digit < 0)
                return -1;
            code = code * 16 + digit;
        }
        return code;
    };
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        const int code = escapeAt(at);
        // A character beyond the first 65,536 is two escapes (a surrogate pair); half of one is
        // no character, and stays as written rather than become a "?" or a "�" (as each database
        // would store it).
        const int low = QChar::isHighSurrogate(char32_t(code)) ? escapeAt(at + 7) : -1;
        const bool pair = low >= 0 && QChar::isLowSurrogate(char32_t(low));
        if (code >= 0 && (pair || !QChar::isSurrogate(char32_t(code)))) {
            out.append(QStringView(text).sliced(from, at - from));
            out.append(QChar(char16_t(code)));
            if (pair)
                out.append(QChar(char16_t(low)));
            from = at + (pair ? 14 : 7);
            at = text.indexOf(QLatin1String("_x"), from);
        } else {
            at = text.indexOf(QLatin1String("_x"), at + 1);
        }
    }
    out.append(QStringView(text).sliced(from));
    return out;
}

void XlsxSharedStrings::append(const QString &text)
{
    appendUtf8(text.toUtf8());
}

void XlsxSharedStrings::appendUtf8(QByteArrayView utf8)
{
    m_text.append(utf8.data(), utf8.size());
    m_offsets.push_back(quint32(m_text.size()));
}

QString XlsxSharedStrings::at(qsizetype index) const
{
    const auto begin = m_offsets[std::size_t(index)];
    const auto end = m_offsets[std::size_t(index) + 1];
    return QString::fromUtf8(m_text.constData() + begin, qsizetype(end - begin));
}

Result XlsxSharedStrings::load(ZipEntryStream &stream, const QString &sourceName, const ReadOptions &limits)
{
    const qint64 maxBytes = std::min<qint64>(limits.maxSharedStringBytes, qint64(0xFFFFFFFFu) - 1);
    SheetXmlTokenizer xml;
    QByteArray current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // depth inside <rPh>: pronunciation hints, not part of the text
    auto failure = [&](const QString &what) {
        return Error(ErrorCode::InvalidArgument, tr("%1: the shared strings (%2) are not valid at XML line %3: %4")
                                                     .arg(sourceName, stream.entry())
                                                     .arg(xml.lineNumber())
                                                     .arg(what));
    };

    for (;;) {
        SheetXmlTokenizer::Token token;
        switch (xml.next(token)) {
        case SheetXmlTokenizer::Status::End:
            return {};
        case SheetXmlTokenizer::Status::Error:
            return failure(xml.errorString());
        case SheetXmlTokenizer::Status::NeedData: {
            auto chunk = stream.read();
            if (!chunk)
                return chunk.error();
            if (chunk->isEmpty())
                xml.endOfData();
            else
                xml.addData(*chunk);
            continue;
        }
        case SheetXmlTokenizer::Status::Token:
            break;
        }
        if (token.type == SheetXmlTokenizer::Token::StartElement) {
            if (token.name == "si") {
                inItem = true;
                current.clear();
            } else if (token.name == "rPh") {
                ++phonetic;
            } else if (token.name == "t" && inItem && phonetic == 0) {
                inText = true;
            }
        } else if (token.type == SheetXmlTokenizer::Token::Text) {
            if (inText) {
                if (token.cdata)
                    current.append(token.text.data(), token.text.size());
                else if (!SheetXmlTokenizer::appendDecoded(current, token.text))
                    return failure(tr("a malformed character reference"));
                if (current.size() > maxBytes)
                    return failure(tr("one string is larger than %1 MB").arg(maxBytes / (1024 * 1024)));
            }
        } else if (token.name == "t") {
            inText = false;
        } else if (token.name == "rPh") {
            phonetic = std::max(0, phonetic - 1);
        } else if (token.name == "si" && inItem) {
            inItem = false;
            if (current.contains("_x"))
                append(unescape(QString::fromUtf8(current)));
            else
                appendUtf8(current);
            if (m_text.size() > maxBytes || size() > limits.maxSharedStrings)
                return Error(ErrorCode::InvalidArgument,
                             tr("%1: the workbook's shared strings exceed the limit of %2 MB or %3 entries. "
                                "Save the sheet as CSV and import that instead.")
                                 .arg(sourceName)
                                 .arg(maxBytes / (1024 * 1024))
                                 .arg(limits.maxSharedStrings),
                             QStringLiteral("shared strings limit"));
        }
    }
}

} // namespace Leadline::ImportExport
