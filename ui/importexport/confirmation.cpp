#include "ui/importexport/confirmation.h"

#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace Leadline::Ui {

namespace {
bool g_autoAccept = false;
}

void Confirmation::setAutoAccept(bool autoAccept)
{
    g_autoAccept = autoAccept;
}

bool Confirmation::autoAccept()
{
    return g_autoAccept || qEnvironmentVariable("LEADLINE_AUTO_CONFIRM") == QLatin1String("1");
}

void Confirmation::ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                       const QString &acceptText, std::function<void()> accepted, const QString &keepText)
{
    if (autoAccept()) {
        accepted();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(acceptText);
    if (!keepText.isEmpty()) { // not a "cancel": without the style's cross
        box->button(QMessageBox::Cancel)->setText(keepText);
        box->button(QMessageBox::Cancel)->setIcon(QIcon());
    }
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [accepted = std::move(accepted)](int result) {
        if (result == QMessageBox::Yes)
            accepted();
    });
    box->open();
}

} // namespace Leadline::Ui
