#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace Leadline::ImportExport {

// A small pull tokenizer for the UTF-8 XML of worksheets, fed in chunks. QXmlStreamReader managed
// about 40 MB/s on sheet XML here, too slow for million-row sheets; this one checks less (no DTDs
// at all, which also rules out entity-expansion bombs; well-formed nesting; predefined and numeric
// entities only) and runs several times faster. Views in a Token stay valid until the next call.
// Not thread-safe.
class SheetXmlTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::SheetXmlTokenizer)
public:
    struct Token
    {
        enum Type { StartElement, EndElement, Text } type = Text;
        QByteArrayView name;       // local name, namespace prefix dropped
        QByteArrayView attributes; // raw attribute text of a start tag
        QByteArrayView text;       // raw text (entities not yet decoded unless cdata)
        bool cdata = false;
    };
    enum class Status { Token, NeedData, End, Error };

    void addData(QByteArrayView data);
    void endOfData() { m_endOfData = true; }
    Status next(Token &token);

    // The value of the attribute with this local name, raw; empty when absent.
    static QByteArrayView attribute(QByteArrayView attributes, QByteArrayView localName);
    // Appends text with its entities decoded; false on an unknown or malformed entity.
    static bool appendDecoded(QByteArray &out, QByteArrayView raw);

    const QString &errorString() const { return m_error; }
    qint64 lineNumber() const;   // of the current position, 1-based
    qint64 columnNumber() const; // in bytes, 1-based

private:
    Status fail(const QString &message);
    Status needData();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_linesBefore = 0; // newlines in data already dropped from m_buffer
    qint64 m_columnBase = 0;  // bytes of the current line that were dropped
    bool m_endOfData = false;
    bool m_started = false;
    bool m_pendingEnd = false; // a self-closing tag still owes its end token
    QByteArrayView m_pendingName;
    std::string m_openNames; // qualified names of open elements, back to back
    std::vector<qsizetype> m_openLengths;
    QString m_error;
};

} // namespace Leadline::ImportExport
