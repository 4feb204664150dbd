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
    static void ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                    const QString &acceptText, std::function<void()> accepted);
    static void setAutoAccept(bool autoAccept);
    static bool autoAccept();
};

} // namespace Leadline::Ui
