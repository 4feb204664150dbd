#pragma once

#include <QCoreApplication>
#include <QString>

namespace Leadline {

// What went wrong, in a form a caller can branch on (code) and a user can read (message).
enum class ErrorCode {
    Unknown,
    InvalidArgument, // bad input from the user or a file: message says what and where
    NotFound,
    Conflict,        // a unique constraint, a stale update
    Database,        // the database refused or failed
    Io,              // files, sockets
    Network,
    Unsupported,
    Cancelled,
    Permission,
};

class Error
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Error)
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(detail)) {}

    ErrorCode code() const { return m_code; }
    // Translated, user-readable: what was wrong and where.
    const QString &message() const { return m_message; }
    // Technical detail for logs (driver text, SQL state); may be empty.
    const QString &detail() const { return m_detail; }
    QString toString() const;

    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::Unknown;
    QString m_message;
    QString m_detail;
};

} // namespace Leadline
