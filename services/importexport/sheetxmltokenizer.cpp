#include "services/importexport/sheetxmltokenizer.h"

#include <cstring>

namespace Leadline::ImportExport {

namespace {

constexpr qsizetype MaxMarkupBytes = 1024 * 1024; // one tag, comment or processing instruction
constexpr qsizetype MaxTextBytes = 64 * 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.lastIndexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

void SheetXmlTokenizer::addData(QByteArrayView data)
{
    if (m_pos > 0) {
        // Drop what was consumed, remembering where lines began for error positions.
        const char *begin = m_buffer.constData();
        const char *end = begin + m_pos;
        const char *lastNewline = nullptr;
        for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)))); ++p) {
            ++m_linesBefore;
            lastNewline = p;
        }
        m_columnBase = lastNewline ? qint64(end - lastNewline - 1) : m_columnBase + m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data.data(), data.size());
}

qint64 SheetXmlTokenizer::lineNumber() const
{
    qint64 line = m_linesBefore + 1;
    const qsizetype upTo = std::min(m_pos, m_buffer.size());
    for (qsizetype i = 0; i < upTo; ++i)
        line += m_buffer[i] == '\n';
    return line;
}

qint64 SheetXmlTokenizer::columnNumber() const
{
    const qsizetype upTo = std::min(m_pos, m_buffer.size());
    const qsizetype newline = QByteArrayView(m_buffer).first(upTo).lastIndexOf('\n');
    return newline < 0 ? m_columnBase + upTo + 1 : upTo - newline;
}

SheetXmlTokenizer::Status SheetXmlTokenizer::fail(const QString &message)
{
    m_error = message;
    return Status::Error;
}

SheetXmlTokenizer::Status SheetXmlTokenizer::needData()
{
    if (!m_endOfData) {
        if (m_buffer.size() - m_pos > MaxTextBytes)
            return fail(tr("a single piece of text or markup is larger than %1 MB").arg(MaxTextBytes >> 20));
        return Status::NeedData;
    }
    return fail(tr("the XML ends in the middle of an element"));
}

SheetXmlTokenizer::Status SheetXmlTokenizer::next(Token &token)
{
    if (!m_error.isEmpty())
        return Status::Error;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        token = Token{Token::EndElement, localName(m_pendingName), {}, {}, false};
        return Status::Token;
    }
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();

    for (;;) {
        if (!m_started) {
            if (size - m_pos < 3 && !m_endOfData)
                return Status::NeedData;
            const auto b0 = size > 0 ? uchar(data[0]) : 0, b1 = size > 1 ? uchar(data[1]) : 0;
            if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (size > 1 && (b0 == 0 || b1 == 0)))
                return fail(tr("the worksheet XML is not UTF-8"));
            if (size >= 3 && b0 == 0xEF && b1 == 0xBB && uchar(data[2]) == 0xBF)
                m_pos = 3;
            m_started = true;
        }
        if (m_pos >= size) {
            if (!m_endOfData)
                return Status::NeedData;
            if (!m_openLengths.empty())
                return fail(tr("the XML ends before its elements are closed"));
            return Status::End;
        }

        if (data[m_pos] != '<') {
            const auto *lt = static_cast<const char *>(std::memchr(data + m_pos, '<', std::size_t(size - m_pos)));
            if (!lt && !m_endOfData)
                return needData();
            const qsizetype end = lt ? lt - data : size;
            token = Token{Token::Text, {}, {}, QByteArrayView(data + m_pos, end - m_pos), false};
            m_pos = end;
            return Status::Token;
        }

        const QByteArrayView rest(data + m_pos, size - m_pos);
        if (rest.size() < 2)
            return needData();
        const char kind = rest[1];
        if (kind == '?' || rest.startsWith("<!--")) {
            const QByteArrayView close = kind == '?' ? QByteArrayView("?>") : QByteArrayView("-->");
            const qsizetype end = rest.indexOf(close, 2);
            if (end < 0)
                return rest.size() > MaxMarkupBytes ? fail(tr("a comment or processing instruction never ends"))
                                                    : needData();
            m_pos += end + close.size();
            continue;
        }
        if (kind == '!') {
            if (rest.size() < 9)
                return needData();
            if (!rest.startsWith("<![CDATA["))
                return fail(tr("document type declarations are not allowed in a worksheet"));
            const qsizetype end = rest.indexOf("]]>", 9);
            if (end < 0)
                return needData();
            token = Token{Token::Text, {}, {}, rest.sliced(9, end - 9), true};
            m_pos += end + 3;
            return Status::Token;
        }

        // A start or end tag: find its '>' outside quoted attribute values.
        char quote = 0;
        qsizetype gt = -1;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            const char c = rest[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                gt = i;
                break;
            } else if (c == '<') {
                return fail(tr("a tag is not closed"));
            }
        }
        if (gt < 0)
            return rest.size() > MaxMarkupBytes ? fail(tr("a tag never ends")) : needData();

        if (kind == '/') {
            QByteArrayView name = rest.sliced(2, gt - 2);
            while (!name.isEmpty() && isSpace(name.back()))
                name.chop(1);
            if (m_openLengths.empty())
                return fail(tr("the end tag </%1> closes nothing").arg(QString::fromUtf8(name)));
            const qsizetype length = m_openLengths.back();
            const QByteArrayView open(m_openNames.data() + m_openNames.size() - length, length);
            if (open != name)
                return fail(
                    tr("the end tag </%1> does not match <%2>").arg(QString::fromUtf8(name), QString::fromUtf8(open)));
            m_openNames.resize(m_openNames.size() - std::size_t(length));
            m_openLengths.pop_back();
            token = Token{Token::EndElement, localName(name), {}, {}, false};
            m_pos += gt + 1;
            return Status::Token;
        }

        QByteArrayView tag = rest.sliced(1, gt - 1);
        const bool selfClosing = tag.endsWith('/');
        if (selfClosing)
            tag.chop(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
            ++nameEnd;
        const QByteArrayView name = tag.first(nameEnd);
        if (name.isEmpty())
            return fail(tr("an element has no name"));
        if (selfClosing) {
            m_pendingEnd = true;
            m_pendingName = name;
        } else {
            if (m_openLengths.size() > 10000)
                return fail(tr("elements are nested too deeply"));
            m_openNames.append(name.data(), std::size_t(name.size()));
            m_openLengths.push_back(name.size());
        }
        token = Token{Token::StartElement, localName(name), tag.sliced(nameEnd), {}, false};
        m_pos += gt + 1;
        return Status::Token;
    }
}

QByteArrayView SheetXmlTokenizer::attribute(QByteArrayView attributes, QByteArrayView wanted)
{
    qsizetype i = 0;
    const qsizetype n = attributes.size();
    while (i < n) {
        while (i < n && isSpace(attributes[i]))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && attributes[i] != '=' && !isSpace(attributes[i]))
            ++i;
        const QByteArrayView name = attributes.sliced(nameStart, i - nameStart);
        while (i < n && isSpace(attributes[i]))
            ++i;
        if (i >= n || attributes[i] != '=')
            return {};
        ++i;
        while (i < n && isSpace(attributes[i]))
            ++i;
        if (i >= n || (attributes[i] != '"' && attributes[i] != '\''))
            return {};
        const char quote = attributes[i++];
        const qsizetype valueStart = i;
        while (i < n && attributes[i] != quote)
            ++i;
        const QByteArrayView value = attributes.sliced(valueStart, i - valueStart);
        ++i;
        if (localName(name) == wanted)
            return value;
    }
    return {};
}

bool SheetXmlTokenizer::appendDecoded(QByteArray &out, QByteArrayView raw)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype amp = raw.indexOf('&', from);
        if (amp < 0) {
            out.append(raw.data() + from, raw.size() - from);
            return true;
        }
        out.append(raw.data() + from, amp - from);
        const qsizetype semicolon = raw.indexOf(';', amp);
        if (semicolon < 0 || semicolon - amp > 12)
            return false;
        const QByteArrayView entity = raw.sliced(amp + 1, semicolon - amp - 1);
        if (entity == "lt") {
            out.append('<');
        } else if (entity == "gt") {
            out.append('>');
        } else if (entity == "amp") {
            out.append('&');
        } else if (entity == "quot") {
            out.append('"');
        } else if (entity == "apos") {
            out.append('\'');
        } else if (entity.startsWith('#') && entity.size() > 1) {
            const bool hex = entity[1] == 'x' || entity[1] == 'X';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            if (digits.isEmpty())
                return false;
            char32_t code = 0;
            for (char c : digits) {
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else
                    return false;
                code = code * (hex ? 16 : 10) + char32_t(digit);
                if (code > 0x10FFFF)
                    return false;
            }
            if (code == 0 || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            appendUtf8(out, code);
        } else {
            return false;
        }
        from = semicolon + 1;
    }
}

} // namespace Leadline::ImportExport
