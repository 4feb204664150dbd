#include "ui/common/wheelneedsfocus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
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
        return; // guarded already
    field->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: the wheel gives no focus
    field->installEventFilter(new WheelNeedsFocus(field));
}

bool WheelNeedsFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (const auto *widget = qobject_cast<QWidget *>(watched); widget && !widget->hasFocus()) {
            // To what contains the field, as an event the field ignored would go: the scroll area
            // or table around it scrolls. (Ignoring it here would end it here.)
            if (QWidget *parent = widget->parentWidget())
                QCoreApplication::sendEvent(parent, event);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Leadline::Ui
