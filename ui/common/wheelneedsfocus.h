#pragma once

#include <QObject>

namespace Leadline::Ui {

// Keeps the mouse wheel from changing a combo box or spin box the pointer merely passes over
// while the user scrolls a form or a table: such a field takes the wheel only once it has the
// focus (a click, or Tab), and otherwise the wheel scrolls what contains it. A consent status
// changed to "Opted out" by a scroll, unnoticed, is how this bites.
class WheelNeedsFocus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Guards every combo box and spin box inside root that exists now, and root itself if it
    // is one. Fields added later are guarded by calling it again (or guard(field)).
    static void installOnChildren(QWidget *root);
    static void guard(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Leadline::Ui
