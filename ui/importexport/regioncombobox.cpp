#include "ui/importexport/regioncombobox.h"

#include "services/contacts/phonenormalizer.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace Leadline::Ui {

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    using Country = Contacts::PhoneNormalizer::Country;
    QList<Country> countries = Contacts::PhoneNormalizer::dialableCountries();
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&](const Country &a, const Country &b) { return collator.compare(a.localName, b.localName) < 0; });
    for (const Country &country : std::as_const(countries))
        addItem(tr("%1 (%2)").arg(country.localName, country.code), country.code);
    setToolTip(tr("For rows without a country. A row whose country column names one (\"DE\", \"Germany\") "
                  "reads its phone numbers as numbers of that country."));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(20);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT regionChanged(region()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RegionComboBox::settleTypedText);
}

// "gb" or "united kingdom" typed and confirmed is the United Kingdom; text that names no
// country showed a region other than the one the numbers were read in.
void RegionComboBox::settleTypedText()
{
    const QString typed = currentText().trimmed();
    if (typed == itemText(currentIndex()))
        return;
    // A code or a name as country columns write them ("uk", "India"), then a listed name from
    // its beginning ("ger"), and only then anywhere: "India" is not British Indian Ocean Territory.
    int match = typed.isEmpty() ? -1 : findData(Contacts::PhoneNormalizer::regionOfCountry(typed));
    const QString wholeName = typed + QStringLiteral(" (");
    for (const auto &[text, flags] : {std::pair{wholeName, Qt::MatchStartsWith}, std::pair{typed, Qt::MatchStartsWith},
                                      std::pair{typed, Qt::MatchContains}})
        if (match < 0 && !typed.isEmpty())
            match = findText(text, flags);
    if (match >= 0)
        setCurrentIndex(match);
    setEditText(itemText(currentIndex()));
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
