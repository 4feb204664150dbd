#include "services/importexport/sheetxmltokenizer.h"

#include <gtest/gtest.h>

using namespace Leadline::ImportExport;

namespace {

// Tokens as "<name", "</name" and "text" strings, fed one byte at a time; "!error" on failure.
QStringList tokenize(const QByteArray &xml)
{
    SheetXmlTokenizer tokenizer;
    QStringList out;
    qsizetype fed = 0;
    for (;;) {
        SheetXmlTokenizer::Token token;
        switch (tokenizer.next(token)) {
        case SheetXmlTokenizer::Status::NeedData:
            if (fed < xml.size())
                tokenizer.addData(QByteArrayView(xml).sliced(fed++, 1));
            else
                tokenizer.endOfData();
            continue;
        case SheetXmlTokenizer::Status::End:
            return out;
        case SheetXmlTokenizer::Status::Error:
            out.append(QStringLiteral("!error ") + tokenizer.errorString());
            return out;
        case SheetXmlTokenizer::Status::Token:
            break;
        }
        if (token.type == SheetXmlTokenizer::Token::StartElement) {
            out.append(QLatin1Char('<') + QString::fromUtf8(token.name));
        } else if (token.type == SheetXmlTokenizer::Token::EndElement) {
            out.append(QStringLiteral("</") + QString::fromUtf8(token.name));
        } else {
            QByteArray text;
            if (token.cdata)
                text = token.text.toByteArray();
            else if (!SheetXmlTokenizer::appendDecoded(text, token.text))
                text = "!entity";
            out.append(QString::fromUtf8(text));
        }
    }
}

} // namespace

TEST(SheetXmlTokenizer, ElementsTextEntitiesCdataAndComments)
{
    const QStringList tokens = tokenize("\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- note --><x:a b='1>2' c=\"q\">"
                                        "A&amp;B &lt;&#x1F600;&#65;<![CDATA[<raw&>]]><e/></x:a>");
    const QStringList expected = {QStringLiteral("<a"), QString::fromUtf16(u"A&B <😀A"), QStringLiteral("<raw&>"),
                                  QStringLiteral("<e"), QStringLiteral("</e"),          QStringLiteral("</a")};
    EXPECT_EQ(tokens, expected);
}

TEST(SheetXmlTokenizer, Attributes)
{
    const QByteArrayView attributes = " r=\"B7\" x:t = 's' s=\"3\"";
    EXPECT_EQ(SheetXmlTokenizer::attribute(attributes, "r"), "B7");
    EXPECT_EQ(SheetXmlTokenizer::attribute(attributes, "t"), "s");
    EXPECT_EQ(SheetXmlTokenizer::attribute(attributes, "s"), "3");
    EXPECT_TRUE(SheetXmlTokenizer::attribute(attributes, "missing").isEmpty());
}

TEST(SheetXmlTokenizer, RejectsWhatItDoesNotHandle)
{
    for (const char *xml :
         {"<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "<a><b></a>", "</a>", "<a>", "<a", "<>", "\xFF\xFE<\0a\0"}) {
        const QStringList tokens = tokenize(QByteArray(xml));
        ASSERT_FALSE(tokens.isEmpty()) << xml;
        EXPECT_TRUE(tokens.last().startsWith(QStringLiteral("!error"))) << xml;
    }
    QByteArray text;
    EXPECT_FALSE(SheetXmlTokenizer::appendDecoded(text, "&bogus;"));
    EXPECT_FALSE(SheetXmlTokenizer::appendDecoded(text, "&#xD800;"));
    EXPECT_FALSE(SheetXmlTokenizer::appendDecoded(text, "&#0;"));
    EXPECT_FALSE(SheetXmlTokenizer::appendDecoded(text, "& alone"));
}

TEST(SheetXmlTokenizer, ReportsLineAndColumn)
{
    SheetXmlTokenizer tokenizer;
    tokenizer.addData("<a>\n<b>\n  </c>");
    tokenizer.endOfData();
    SheetXmlTokenizer::Token token;
    SheetXmlTokenizer::Status status;
    while ((status = tokenizer.next(token)) == SheetXmlTokenizer::Status::Token) {
    }
    ASSERT_EQ(status, SheetXmlTokenizer::Status::Error);
    EXPECT_EQ(tokenizer.lineNumber(), 3);
    EXPECT_EQ(tokenizer.columnNumber(), 3);
}
