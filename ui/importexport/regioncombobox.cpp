#include "ui/importexport/regioncombobox.h"

#include "services/contacts/phonenormalizer.h"

#include <QCollator>
#include <QCompleter>
#include <QLocale>

#include <algorithm>

namespace Leadline::Ui {

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    struct Entry
    {
        QString name;
        QString code;
    };
    QList<Entry> entries;
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Only real two-letter countries libphonenumber can dial (not "Latin America", "World", …).
        if (code.size() != 2 || !Contacts::PhoneNormalizer::isKnownRegion(code))
            continue;
        if (std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.code == code; }))
            continue;
        entries.append({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(entries.begin(), entries.end(),
              [&](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
    for (const Entry &entry : std::as_const(entries))
        addItem(tr("%1 (%2)").arg(entry.name, entry.code), entry.code);
    setToolTip(tr("For rows without a country. A row whose country column names one (\"DE\", \"Germany\") "
                  "reads its phone numbers as numbers of that country."));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(20);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT regionChanged(region()); });
}

QString RegionComboBox::region() const
{
    return currentData().toString();
}

void RegionComboBox::setRegion(const QString &code)
{
    const int index = findData(code.trimmed().toUpper());
    if (index >= 0 && index != currentIndex())
        setCurrentIndex(index);
}

} // namespace Leadline::Ui
