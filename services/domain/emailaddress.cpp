#include "services/domain/emailaddress.h"

namespace Leadline::Domain {

namespace {

bool isLocalChar(QChar c)
{
    if (c.unicode() > 0x7f)
        return c.isLetterOrNumber(); // internationalised local parts (RFC 6531)
    if (c.isLetterOrNumber())
        return true;
    static const char allowed[] = "!#$%&'*+-/=?^_`{|}~.";
    for (const char *p = allowed; *p; ++p)
        if (c == QLatin1Char(*p))
            return true;
    return false;
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
        return false;
    for (const QChar c : label)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-')))
            return false;
    return true;
}

} // namespace

bool isValidEmail(QStringView address)
{
    if (address.size() < 6 || address.size() > 254)
        return false;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64)
        return false;
    const QStringView local = address.first(at);
    const QStringView domain = address.sliced(at + 1);
    if (local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.') || local.contains(u".."))
        return false;
    for (const QChar c : local)
        if (!isLocalChar(c))
            return false;
    if (!domain.contains(QLatin1Char('.')))
        return false;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype dot = domain.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = domain.size();
        const QStringView label = domain.sliced(start, dot - start);
        if (!isValidLabel(label))
            return false;
        if (dot == domain.size()) {
            // The top-level domain is never all digits ("user@1.2.3.4" is not an address here).
            bool allDigits = true;
            for (const QChar c : label)
                allDigits = allDigits && c.isDigit();
            if (allDigits || label.size() < 2)
                return false;
        }
        start = dot + 1;
    }
    return true;
}

} // namespace Leadline::Domain
