#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Leadline::Ui {

// Yes/no questions for destructive steps (undoing an import) that never block: the box opens
// window-modal with open() and `accepted` runs after a yes. Tests switch on auto-accept (or set
// LEADLINE_AUTO_CONFIRM=1) so no box waits for a click.
class Confirmation
{
public:
    // keepText names the button that leaves things as they are ("Cancel" when empty): where the
    // question follows a Cancel button, "Cancel" would say the opposite of what it does.
    static void ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                    const QString &acceptText, std::function<void()> accepted, const QString &keepText = {});
    static void setAutoAccept(bool autoAccept);
    static bool autoAccept();
};

} // namespace Leadline::Ui
