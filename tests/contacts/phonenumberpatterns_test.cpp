#include "services/contacts/phonenumberpatterns.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <list>
#include <random>
#include <set>
#include <thread>

using namespace Leadline::Contacts;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

std::string digitsOnly(const std::string &text)
{
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9')
            digits += c;
    return digits;
}

// Every region's and every non-geographic code's example numbers of every type, and numbers
// made from them: other digits in the last places, a digit more or less, another first digit
// (so that the numbers of regions sharing a calling code come up), and random digits.
std::vector<PhoneNumber> sampleNumbers(const PhoneNumberUtil *util)
{
    std::mt19937_64 random(20261126);
    std::vector<PhoneNumber> numbers;
    const auto around = [&](const PhoneNumber &example) {
        const uint64_t national = example.national_number();
        numbers.push_back(example);
        for (int variant = 0; variant < 12; ++variant) {
            const uint64_t scale = std::array<uint64_t, 4>{10, 100, 1000, 10000}[size_t(variant % 4)];
            PhoneNumber number = example;
            number.set_national_number(national - national % scale + random() % scale);
            numbers.push_back(number);
        }
        for (uint64_t changed : {national / 10, national * 10 + random() % 10}) {
            PhoneNumber number = example;
            number.set_national_number(changed);
            numbers.push_back(number);
        }
        const std::string text = std::to_string(national);
        for (char first = '1'; first <= '9'; ++first) {
            std::string changed = text;
            changed[0] = first;
            PhoneNumber number = example;
            number.set_national_number(std::stoull(changed));
            numbers.push_back(number);
        }
    };
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string &region : regions) {
        for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
            PhoneNumber example;
            if (util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(type), &example))
                around(example);
        }
        for (int length = 1; length <= 17; ++length) // every length a national number may have
            for (int i = 0; i < 3; ++i) {
                PhoneNumber number;
                number.set_country_code(util->GetCountryCodeForRegion(region));
                std::string digits = std::to_string(1 + random() % 9);
                while (int(digits.size()) < length)
                    digits += char('0' + random() % 10);
                number.set_national_number(std::stoull(digits));
                numbers.push_back(number);
            }
    }
    std::set<int> nonGeographic;
    util->GetSupportedGlobalNetworkCallingCodes(&nonGeographic);
    for (int code : nonGeographic) {
        PhoneNumber example;
        if (util->GetExampleNumberForNonGeoEntity(code, &example))
            around(example);
    }
    // Calling codes that are not assigned.
    for (int code : {0, 28, 999}) {
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(301234567);
        numbers.push_back(number);
    }
    // Numbers as the patterns take them: the digits of the national number, no leading zero.
    for (PhoneNumber &number : numbers) {
        number.clear_italian_leading_zero();
        number.clear_number_of_leading_zeros();
    }
    return numbers;
}

} // namespace

// The patterns answer in place of libphonenumber, so they must never disagree with it.
TEST(PhoneNumberPatterns, AnswersWhatLibphonenumberAnswersEverywhere)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const PhoneNumberPatterns &patterns = PhoneNumberPatterns::instance();
    const std::vector<PhoneNumber> numbers = sampleNumbers(util);
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    int valid = 0;
    int unanswered = 0;
    for (const PhoneNumber &number : numbers) {
        const int code = number.country_code();
        const std::string national = std::to_string(number.national_number());
        std::string where = "+";
        where.append(std::to_string(code)).append(" ").append(national);

        const auto isValid = patterns.isValid(code, national);
        if (!isValid) {
            ++unanswered;
        } else {
            EXPECT_EQ(*isValid, util->IsValidNumber(number)) << where;
            valid += *isValid;
        }
        std::list<std::string> ownRegions;
        util->GetRegionCodesForCountryCallingCode(code, &ownRegions);
        for (const std::string &region : ownRegions)
            if (const auto forRegion = patterns.isValidForRegion(code, national, region))
                EXPECT_EQ(*forRegion, util->IsValidNumberForRegion(number, region)) << where << " in " << region;
            else
                ++unanswered;
        // A region of another calling code never has the number.
        EXPECT_EQ(patterns.isValidForRegion(code, national, "DE").value_or(true), util->IsValidNumberForRegion(number, "DE"))
            << where << " in DE";

        std::string formatted;
        util->Format(number, PhoneNumberUtil::NATIONAL, &formatted);
        if (const auto digits = patterns.nationalFormatDigits(code, national))
            EXPECT_EQ(*digits, digitsOnly(formatted)) << where << " formatted as " << formatted;
        else
            ++unanswered;
    }
    EXPECT_GT(numbers.size(), 20000u);
    EXPECT_GT(valid, int(numbers.size()) / 5) << "the samples should hold many valid numbers";
    EXPECT_EQ(unanswered, 0) << "every pattern of the metadata should compile and every rule read";
}

TEST(PhoneNumberPatterns, KnowsTheMetadatasPlainFacts)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const PhoneNumberPatterns &patterns = PhoneNumberPatterns::instance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string &region : regions) {
        EXPECT_EQ(patterns.countryCodeOf(region), util->GetCountryCodeForRegion(region)) << region;
        std::string trunk;
        util->GetNddPrefixForRegion(region, true, &trunk);
        EXPECT_EQ(patterns.trunkPrefixOf(region), trunk) << region;
    }
    for (int code = 0; code < 1000; ++code) {
        std::string main;
        util->GetRegionCodeForCountryCode(code, &main);
        EXPECT_EQ(patterns.isCountryCode(code), main != "ZZ") << code;
        EXPECT_EQ(std::string(patterns.mainRegionOf(code)), main == "ZZ" ? std::string() : main) << code;
    }
    EXPECT_EQ(patterns.countryCodeOf("XX"), 0);
    EXPECT_EQ(patterns.countryCodeOf("001"), 0);
    EXPECT_EQ(patterns.countryCodeOf("de"), 0) << "region codes are upper case, as libphonenumber takes them";
    // Leading zeros are libphonenumber's (Italy keeps them): no answer.
    EXPECT_FALSE(patterns.isValid(39, "0612345678"));
    EXPECT_FALSE(patterns.nationalFormatDigits(39, "0612345678"));
    EXPECT_FALSE(patterns.isValid(49, "30x1234567"));
    EXPECT_EQ(patterns.nationalFormatDigits(49, "301234567").value_or(""), "0301234567");
    EXPECT_EQ(patterns.isValid(1, "6502530000"), std::optional<bool>(true));
    EXPECT_EQ(patterns.isValid(1, "1502530000"), std::optional<bool>(false));
}

// The compiled patterns are shared by every thread; each matches with its own match data.
TEST(PhoneNumberPatterns, AnswersFromManyThreadsAtOnce)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::vector<PhoneNumber> numbers = sampleNumbers(util);
    std::vector<int> disagreements(4, 0);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < disagreements.size(); ++t)
        threads.emplace_back([&, t] {
            for (size_t i = t; i < numbers.size(); i += 2) {
                const PhoneNumber &number = numbers[i];
                const auto answer =
                    PhoneNumberPatterns::instance().isValid(number.country_code(), std::to_string(number.national_number()));
                if (answer && *answer != util->IsValidNumber(number))
                    ++disagreements[t];
            }
        });
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(disagreements, std::vector<int>(4, 0));
}
