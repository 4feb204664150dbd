#include "services/importexport/otheremailindex.h"

#include "services/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Leadline::ImportExport {

QString OtherEmailIndex::statement(Storage::DatabaseKind kind)
{
    // Only contacts with an own email: the row is matched by its key. The conditions repeat the
    // partial index's own (migration 0010), so that only the contacts it holds are read.
    return QStringLiteral("SELECT email, other_emails FROM contacts WHERE deleted_at IS NULL AND %1 "
                          "AND email IS NOT NULL AND email <> ''")
        .arg(kind == Storage::DatabaseKind::PostgreSql ? QStringLiteral("other_emails <> '[]'::jsonb")
                                                       : QStringLiteral("other_emails <> '[]'"));
}

Expected<OtherEmailIndex> OtherEmailIndex::load(const Storage::Database &db, const EmailKeys &keys)
{
    auto q = db.exec(statement(db.kind()));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> listed; // (other address, own address) as stored
    while (q->next()) {
        const QString own = q->value(0).toString();
        const QJsonArray others = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array();
        for (const QJsonValue &other : others)
            if (const QString address = other.toString().trimmed(); !address.isEmpty())
                listed.append({address, own});
    }
    q->finish();

    QStringList toFold; // those the database must fold
    for (const auto &[other, own] : std::as_const(listed)) {
        if (!keys.localKey(other))
            toFold << other;
        if (!keys.localKey(own))
            toFold << own;
    }
    QHash<QString, QString> foldedHere;
    if (!toFold.isEmpty()) {
        auto folded = EmailKeys::foldedByDatabase(db, toFold);
        if (!folded)
            return folded.error();
        foldedHere = *folded;
    }
    const auto keyOf = [&](const QString &email) {
        const auto local = keys.localKey(email);
        return local ? *local : foldedHere.value(email);
    };
    OtherEmailIndex index;
    QSet<QString> shared;
    for (const auto &[other, own] : std::as_const(listed)) {
        const QString otherKey = keyOf(other), ownKey = keyOf(own);
        if (otherKey.isEmpty() || ownKey.isEmpty() || otherKey == ownKey || shared.contains(otherKey))
            continue;
        if (const auto earlier = index.m_ownKeyOf.constFind(otherKey);
            earlier != index.m_ownKeyOf.cend() && *earlier != ownKey) {
            index.m_ownKeyOf.remove(otherKey);
            shared.insert(otherKey);
            continue;
        }
        index.m_ownKeyOf.insert(otherKey, ownKey);
    }
    return index;
}

} // namespace Leadline::ImportExport
