#pragma once

#include "services/domain/entities.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Leadline::Ui {

// Asks for what happened on a call, meeting or note entered by hand. Opened with open(),
// never exec(); read activity() after accepted().
class LogActivityDialog : public QDialog
{
    Q_OBJECT
public:
    LogActivityDialog(Domain::ActivityType type, QWidget *parent = nullptr);

    // The type, subject, body and duration; the caller adds whose timeline it belongs to.
    Domain::Activity activity() const;

private:
    Domain::ActivityType m_type;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QSpinBox *m_minutes = nullptr;
};

} // namespace Leadline::Ui
