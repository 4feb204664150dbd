#include "services/importexport/emailkeys.h"

#include "services/storage/database.h"
#include "services/storage/sqldialect.h"

namespace Leadline::ImportExport {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

QString asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    return lower;
}

} // namespace

Expected<EmailKeys> EmailKeys::probe(const Storage::Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT lower(?)"), {QStringLiteral("AZIÖ")});
    if (!q)
        return q.error();
    const QString folded = q->next() ? q->value(0).toString() : QString();
    if (folded == QStringLiteral("aziÖ"))
        return EmailKeys(Folding::AsciiOnly);
    // SQLite's unique index compares under NOCASE, which folds ASCII letters only whatever
    // the build; keys from a lower() that folds more (an ICU build) would not find what it holds.
    if (db.kind() == Storage::DatabaseKind::Sqlite)
        return Error(ErrorCode::Database,
                     Storage::Database::tr("This SQLite library folds letters beyond ASCII in lower(), unlike the "
                                           "email index (NOCASE); Leadline needs a build without ICU."));
    if (folded == QStringLiteral("aziö"))
        return EmailKeys(Folding::AsciiAsUsual);
    return EmailKeys(Folding::DatabaseOnly);
}

std::optional<QString> EmailKeys::localKey(const QString &email) const
{
    if (m_folding == Folding::AsciiOnly || (m_folding == Folding::AsciiAsUsual && isAscii(email)))
        return asciiLower(email);
    return std::nullopt;
}

Expected<QHash<QString, QString>> EmailKeys::foldedByDatabase(const Storage::Database &db, const QStringList &emails)
{
    QHash<QString, QString> folded;
    QStringList distinct;
    for (const QString &email : emails)
        if (!email.isEmpty() && !folded.contains(email)) {
            folded.insert(email, QString());
            distinct << email;
        }
    constexpr qsizetype kPerQuery = 5000;
    for (qsizetype start = 0; start < distinct.size(); start += kPerQuery) {
        auto q = db.exec(QStringLiteral("SELECT e.value, lower(e.value) FROM %1").arg(db.dialect().listRows(QStringLiteral("e"))),
                         {Storage::SqlDialect::inListValue(distinct.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next())
            folded.insert(q->value(0).toString(), q->value(1).toString());
    }
    return folded;
}

Expected<QHash<QString, QString>> EmailKeys::keysOf(const Storage::Database &db, const QStringList &emails) const
{
    QHash<QString, QString> keys;
    QStringList toFold;
    for (const QString &email : emails) {
        if (email.isEmpty() || keys.contains(email))
            continue;
        if (const auto local = localKey(email))
            keys.insert(email, *local);
        else
            toFold << email;
    }
    if (!toFold.isEmpty()) {
        auto folded = foldedByDatabase(db, toFold);
        if (!folded)
            return folded.error();
        keys.insert(*folded);
    }
    return keys;
}

} // namespace Leadline::ImportExport
