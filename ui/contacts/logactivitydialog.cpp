#include "ui/contacts/logactivitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Leadline::Ui {

LogActivityDialog::LogActivityDialog(Domain::ActivityType type, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
{
    setObjectName(QStringLiteral("logActivityDialog"));
    switch (type) {
    case Domain::ActivityType::Call:
        setWindowTitle(tr("Log a call"));
        break;
    case Domain::ActivityType::Meeting:
        setWindowTitle(tr("Log a meeting"));
        break;
    default:
        setWindowTitle(tr("Add a note"));
        break;
    }
    auto *form = new QFormLayout(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    form->addRow(tr("&Subject:"), m_subject);
    if (type == Domain::ActivityType::Call || type == Domain::ActivityType::Meeting) {
        m_minutes = new QSpinBox(this);
        m_minutes->setObjectName(QStringLiteral("duration"));
        m_minutes->setRange(0, 24 * 60);
        m_minutes->setSuffix(tr(" min"));
        m_minutes->setValue(type == Domain::ActivityType::Call ? 5 : 30);
        form->addRow(tr("&Duration:"), m_minutes);
    }
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    form->addRow(type == Domain::ActivityType::Note ? tr("&Note:") : tr("&Notes:"), m_body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(420, 300);
}

Domain::Activity LogActivityDialog::activity() const
{
    Domain::Activity activity;
    activity.type = m_type;
    activity.subject = m_subject->text().trimmed();
    activity.body = m_body->toPlainText().trimmed();
    if (m_minutes)
        activity.durationSeconds = m_minutes->value() * 60;
    return activity;
}

} // namespace Leadline::Ui
