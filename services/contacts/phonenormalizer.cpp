#include "services/contacts/phonenormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace Leadline::Contacts {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool PhoneNormalizer::looksLikeE164(QStringView text)
{
    if (text.size() < 9 || text.size() > 16 || text.front() != QLatin1Char('+'))
        return false;
    if (text.at(1) == QLatin1Char('0'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

QString PhoneNormalizer::formatForDisplay(const QString &e164)
{
    if (e164.isEmpty())
        return e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    const std::string code = region.trimmed().toUpper().toStdString();
    if (code.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(code) != 0;
}

Expected<QString> PhoneNormalizer::toE164(const QString &raw, const QString &defaultRegion) const
{
    const QString text = raw.trimmed();
    const QString region = defaultRegion.trimmed().toUpper();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The phone number is empty."));

    // "00" is the international prefix almost everywhere; libphonenumber only understands it
    // relative to a region, so without one it is read as "+".
    QString input = text;
    const bool international = input.startsWith(QLatin1Char('+')) || input.startsWith(QLatin1String("00"));
    if (region.isEmpty() && input.startsWith(QLatin1String("00")))
        input = QLatin1Char('+') + input.mid(2);
    if (!international && region.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” has no country code and no default region is set; write it as +<country code> "
                        "or set the default region.")
                         .arg(text));
    if (!region.isEmpty() && !isKnownRegion(region))
        return Error(ErrorCode::InvalidArgument, tr("“%1” is not a known region code for phone numbers.").arg(region));

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    const auto parsed = util->Parse(input.toStdString(), regionCode, &number);
    const auto invalid = [&] {
        if (region.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("“%1” is not a valid phone number.").arg(text));
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” is not a valid phone number for region %2").arg(text, region));
    };
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
            return Error(ErrorCode::InvalidArgument, tr("“%1” starts with an unknown country code.").arg(text));
        return invalid();
    }
    if (!util->IsValidNumber(number))
        return invalid();
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace Leadline::Contacts
