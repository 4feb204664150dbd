#include "ui/importexport/rememberedmappings.h"

#include "services/importexport/importfields.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSettings>
#include <QVariantList>
#include <QVariantMap>

namespace Leadline::Ui {

namespace {

const QString SettingsKey = QStringLiteral("import/mappingsByColumns");
const QString ColumnsField = QStringLiteral("columns");
const QString FileField = QStringLiteral("file");
const QString UsedAtField = QStringLiteral("usedAt");
const QString PresetField = QStringLiteral("preset");

} // namespace

QString RememberedMappings::keyOf(const QStringList &headers)
{
    // Hashed: a wide export's column names would make the settings file hard to read for nothing.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &header : headers) {
        hash.addData(ImportExport::normalizedHeader(header).toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

void RememberedMappings::remember(const ImportExport::ColumnMapping &mapping, const QString &fileName,
                                  const QDateTime &at)
{
    const QString key = keyOf(mapping.headers());
    QSettings settings;
    QVariantList kept = settings.value(SettingsKey).toList();
    kept.removeIf([&key](const QVariant &entry) { return entry.toMap().value(ColumnsField).toString() == key; });
    kept.prepend(QVariantMap{
        {ColumnsField, key},
        {FileField, fileName},
        {UsedAtField, at.toUTC()},
        {PresetField, QString::fromUtf8(QJsonDocument(mapping.toPreset()).toJson(QJsonDocument::Compact))}});
    while (kept.size() > Kept)
        kept.removeLast();
    settings.setValue(SettingsKey, kept);
}

std::optional<RememberedMappings::Entry> RememberedMappings::find(const QStringList &headers)
{
    if (headers.isEmpty())
        return std::nullopt;
    const QString key = keyOf(headers);
    const QVariantList kept = QSettings().value(SettingsKey).toList();
    for (const QVariant &value : kept) {
        const QVariantMap entry = value.toMap();
        if (entry.value(ColumnsField).toString() != key)
            continue;
        // Settings edited by hand, or from a future version: no offer rather than a wrong one.
        const QJsonDocument preset = QJsonDocument::fromJson(entry.value(PresetField).toString().toUtf8());
        if (!preset.isObject())
            return std::nullopt;
        return Entry{entry.value(FileField).toString(), entry.value(UsedAtField).toDateTime(), preset.object()};
    }
    return std::nullopt;
}

} // namespace Leadline::Ui
