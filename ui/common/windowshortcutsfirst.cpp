#include "ui/common/windowshortcutsfirst.h"

#include <QKeyEvent>

namespace Leadline::Ui {

WindowShortcutsFirst::WindowShortcutsFirst(QList<QKeySequence> keys, QObject *parent)
    : QObject(parent)
    , m_keys(std::move(keys))
{
}

void WindowShortcutsFirst::install(QObject *widget, QList<QKeySequence> keys)
{
    widget->installEventFilter(new WindowShortcutsFirst(std::move(keys), widget));
}

bool WindowShortcutsFirst::eventFilter(QObject *watched, QEvent *event)
{
    // A widget that accepts the ShortcutOverride keeps the key; left unaccepted, the shortcut runs.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_keys.contains(QKeySequence(key->keyCombination())))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Leadline::Ui
