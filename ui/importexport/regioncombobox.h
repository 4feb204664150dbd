#pragma once

#include <QComboBox>

namespace Leadline::Ui {

// Picks the default region for phone numbers: every country by its name with its ISO 3166-1
// code ("Germany (DE)"), sorted by name, typing a name or code jumps to it. Typed text that
// names no country goes back to the region in effect.
class RegionComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    QString region() const; // "DE"
    void setRegion(const QString &code);

Q_SIGNALS:
    void regionChanged(const QString &code);

private:
    void settleTypedText();
};

} // namespace Leadline::Ui
