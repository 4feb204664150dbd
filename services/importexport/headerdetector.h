#pragma once

#include <QList>
#include <QStringList>

#include <functional>

namespace Leadline::ImportExport {

// Decides whether a first row holds labels rather than data. Stateless; callable from any thread.
class HeaderDetector
{
public:
    // A first row is a header unless one of its cells looks like data (a number, date, e-mail address,
    // phone number or URL), it is mostly empty, or it reappears further down. Repeated labels are
    // allowed (exports do that). Rows of plain words on both sides
    // stay ambiguous and count as a header: the import wizard lets the user say otherwise.
    static bool looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &followingRows);
    static bool looksLikeData(QStringView cell);

    // How many of the first rows sit above the header as a preamble (a title, the date of the
    // export, a note). The header is the first row that looks like labels, holds two names
    // isKnownColumnName recognises (its only one, in a single column) and fills at least as many cells as most rows below it do;
    // the rows above it must each have at most three cells, none an email address, and fewer
    // than it. 0 when the rows start with the header, when no such row comes within the first
    // eleven, or without isKnownColumnName. Exported reports and hand-made sheets put such
    // lines on top.
    static int preambleRows(const QList<QStringList> &firstRows,
                            const std::function<bool(const QString &)> &isKnownColumnName);
};

} // namespace Leadline::ImportExport
