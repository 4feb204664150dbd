#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace Leadline::Contacts {

// libphonenumber's own numbering-plan metadata, matched with PCRE2's JIT compiler instead of
// through PhoneNumberUtil. It answers what IsValidNumber(), IsValidNumberForRegion() and the
// digits of Format(NATIONAL) answer, at a fraction of the cost: per number, libphonenumber
// hashes the text of every pattern it tries to find it in its regexp cache, copies the number
// into ICU's UTF-16 for each match and allocates all along (5–10 µs a number here; a
// million imported phones spent 6 s of CPU in it).
//
// Numbers are given as a country calling code and the national significant number's digits,
// without leading zeros (Italy's leading zero is libphonenumber's to handle). Every answer is
// optional: nothing where this class cannot answer exactly (a number with a leading zero, a
// pattern PCRE2 did not compile, a formatting rule it does not read), and the caller then asks
// libphonenumber. A test compares the answers with libphonenumber's over every region's
// example numbers and their neighbours.
//
// Thread-safe; a region's patterns are compiled the first time it is asked about.
class PhoneNumberPatterns
{
public:
    static const PhoneNumberPatterns &instance();
    ~PhoneNumberPatterns();
    PhoneNumberPatterns(const PhoneNumberPatterns &) = delete;
    PhoneNumberPatterns &operator=(const PhoneNumberPatterns &) = delete;

    // PhoneNumberUtil::IsValidNumber(): the number is valid in the region its digits belong to.
    std::optional<bool> isValid(int countryCode, std::string_view nationalNumber) const;
    // PhoneNumberUtil::IsValidNumberForRegion(): valid, and a number of that region ("GB", "001").
    std::optional<bool> isValidForRegion(int countryCode, std::string_view nationalNumber, std::string_view region) const;
    // The digits of PhoneNumberUtil::Format(…, NATIONAL), trunk prefix included ("030 1234567"
    // gives "0301234567").
    std::optional<std::string> nationalFormatDigits(int countryCode, std::string_view nationalNumber) const;

    // Plain facts of the metadata, without patterns.
    // The country calling code of a region ("DE" gives 49); 0 for a region it does not know.
    int countryCodeOf(std::string_view region) const;
    // Whether a country calling code is assigned (49 is, 28 is not).
    bool isCountryCode(int countryCode) const;
    // The main region of a country calling code ("US" for 1); empty when it has none.
    std::string_view mainRegionOf(int countryCode) const;
    // The trunk prefix numbers of a region are dialled with inside it ("0" in Germany), as
    // PhoneNumberUtil::GetNddPrefixForRegion(region, true, …) gives it; empty if none.
    std::string_view trunkPrefixOf(std::string_view region) const;

private:
    PhoneNumberPatterns();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Contacts
