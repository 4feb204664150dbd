#include "ui/common/wheelneedsfocus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace Leadline::Ui {

namespace {

bool takesTheWheel(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget);
}

} // namespace

void WheelNeedsFocus::installOnChildren(QWidget *root)
{
    if (takesTheWheel(root))
        guard(root);
    for (QWidget *child : root->findChildren<QWidget *>())
        if (takesTheWheel(child))
            guard(child);
}

void WheelNeedsFocus::guard(QWidget *field)
{
    if (field->findChild<WheelNeedsFocus *>(QString(), Qt::FindDirectChildrenOnly))
        return;                             // guarded already
    field->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel gives no focus
    field->installEventFilter(new WheelNeedsFocus(field));
}

bool WheelNeedsFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (const auto *widget = qobject_cast<QWidget *>(watched); widget && !widget->hasFocus()) {
            // Not taken, so the application hands it on to what contains the field, as it does
            // with a wheel event a widget ignores: the scroll area or table around it scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Leadline::Ui
