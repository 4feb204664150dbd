#include "services/contacts/emailaddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace Leadline::Contacts {

namespace {

const QRegularExpression &domainPattern()
{
    // Labels of letters, digits and inner hyphens; the last label alphabetic (or punycode).
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                       "(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})$"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool isValidDomain(const QString &domain)
{
    return domain.size() <= 253 && domainPattern().match(domain).hasMatch();
}

bool isValidEmailAddress(const QString &address)
{
    static const QRegularExpression localPattern(
        QStringLiteral("^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (address.size() > 254 || address.count(QLatin1Char('@')) != 1)
        return false;
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty() || local.size() > 64)
        return false;
    return localPattern.match(local).hasMatch() && isValidDomain(domain);
}

bool isSharedHost(const QString &domain)
{
    // Profiles and personal pages, free mail, and site builders whose sites are subdomains.
    static const QStringList hosts{
        QStringLiteral("linkedin.com"),  QStringLiteral("xing.com"),        QStringLiteral("facebook.com"),
        QStringLiteral("fb.com"),        QStringLiteral("instagram.com"),   QStringLiteral("twitter.com"),
        QStringLiteral("x.com"),         QStringLiteral("tiktok.com"),      QStringLiteral("youtube.com"),
        QStringLiteral("github.com"),    QStringLiteral("github.io"),       QStringLiteral("gitlab.com"),
        QStringLiteral("medium.com"),    QStringLiteral("about.me"),        QStringLiteral("linktr.ee"),
        QStringLiteral("t.me"),          QStringLiteral("wa.me"),           QStringLiteral("wordpress.com"),
        QStringLiteral("blogspot.com"),  QStringLiteral("wixsite.com"),     QStringLiteral("sites.google.com"),
        QStringLiteral("gmail.com"),     QStringLiteral("googlemail.com"),  QStringLiteral("yahoo.com"),
        QStringLiteral("hotmail.com"),   QStringLiteral("outlook.com"),     QStringLiteral("live.com"),
        QStringLiteral("icloud.com"),    QStringLiteral("me.com"),          QStringLiteral("aol.com"),
        QStringLiteral("gmx.de"),        QStringLiteral("gmx.net"),         QStringLiteral("web.de"),
        QStringLiteral("t-online.de"),   QStringLiteral("proton.me"),       QStringLiteral("protonmail.com"),
        QStringLiteral("mail.ru"),       QStringLiteral("yandex.ru"),       QStringLiteral("qq.com"),
        QStringLiteral("163.com")};
    for (const QString &host : hosts)
        if (domain == host || (domain.endsWith(host) && domain.at(domain.size() - host.size() - 1) == QLatin1Char('.')))
            return true;
    return false;
}

QString normalizedDomain(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("http://"));
    QString host = QUrl(value).host().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace Leadline::Contacts
