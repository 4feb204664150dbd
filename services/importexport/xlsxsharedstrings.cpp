#include "services/importexport/xlsxsharedstrings.h"

#include "services/importexport/zipentrystream.h"

#include <QXmlStreamReader>

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
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        bool escaped = at + 6 < text.size() && text.at(at + 6) == u'_';
        int code = 0;
        for (int k = 2; escaped && k < 6; ++k) {
            const int digit = hexValue(text.at(at + k));
            escaped = digit >= 0;
            code = code * 16 + digit;
        }
        if (escaped) {
            out.append(QStringView(text).sliced(from, at - from));
            out.append(QChar(char16_t(code)));
            from = at + 7;
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
    m_text += text.toUtf8();
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
    QXmlStreamReader xml;
    QString current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // depth inside <rPh>: pronunciation hints, not part of the text
    bool more = true;

    for (;;) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && more) {
                auto fed = stream.feed(xml);
                if (!fed)
                    return fed.error();
                more = *fed;
                continue;
            }
            return Error(ErrorCode::InvalidArgument, tr("%1: the shared strings (%2) are not valid XML at line %3: %4")
                                                         .arg(sourceName, stream.entry())
                                                         .arg(xml.lineNumber())
                                                         .arg(xml.errorString()));
        }
        if (token == QXmlStreamReader::EndDocument)
            return {};
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"si") {
                inItem = true;
                current.clear();
            } else if (name == u"rPh") {
                ++phonetic;
            } else if (name == u"t" && inItem && phonetic == 0) {
                inText = true;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inText)
                current += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"t") {
                inText = false;
            } else if (name == u"rPh") {
                phonetic = std::max(0, phonetic - 1);
            } else if (name == u"si") {
                inItem = false;
                append(unescape(current));
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
}

} // namespace Leadline::ImportExport
