#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace Leadline::Ui {

// Lets shortcuts of the window's actions reach the window from the widgets it watches, which
// would otherwise keep them as key bindings of their own: a line edit on Linux takes Ctrl+E
// (end of line), so "Export contacts" did nothing while the search box had the focus.
// Install on each such widget; it lives as long as its parent.
class WindowShortcutsFirst : public QObject
{
    Q_OBJECT
public:
    WindowShortcutsFirst(QList<QKeySequence> keys, QObject *parent);

    // Installs a filter for these keys on widget, owned by it.
    static void install(QObject *widget, QList<QKeySequence> keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace Leadline::Ui
