#include "services/contacts/phonenumberpatterns.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <list>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace i18n::phonenumbers {
// The metadata PhoneNumberUtil loads, compiled into libphonenumber (its metadata.h, which
// Debian does not install, declares them).
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace Leadline::Contacts {

namespace {

using i18n::phonenumbers::NumberFormat;
using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

constexpr std::string_view kNonGeographical = "001";

constexpr uint32_t kMatchPairs = 32; // more than any pattern of the metadata captures

// Set once a thread's match data is gone (at its exit); plain, so it is still readable then.
thread_local bool threadMatchDataGone = false;

// A match's data, one per thread: the compiled patterns are shared and read-only.
class ThreadMatchData
{
public:
    ThreadMatchData()
        : m_data(pcre2_match_data_create(kMatchPairs, nullptr))
    {
    }
    ~ThreadMatchData()
    {
        pcre2_match_data_free(m_data);
        threadMatchDataGone = true;
    }
    ThreadMatchData(const ThreadMatchData &) = delete;
    ThreadMatchData &operator=(const ThreadMatchData &) = delete;
    pcre2_match_data *get() const { return m_data; }

private:
    pcre2_match_data *m_data;
};

// The match data for one call: the thread's own, or a fresh one for a call made while the
// thread exits (from a destructor run after the thread's own data went).
class MatchData
{
public:
    MatchData()
        : m_owned(threadMatchDataGone ? pcre2_match_data_create(kMatchPairs, nullptr) : nullptr)
    {
        if (!m_owned) {
            thread_local ThreadMatchData data;
            m_data = data.get();
        } else {
            m_data = m_owned;
        }
    }
    ~MatchData() { pcre2_match_data_free(m_owned); }
    MatchData(const MatchData &) = delete;
    MatchData &operator=(const MatchData &) = delete;
    pcre2_match_data *get() const { return m_data; }

private:
    pcre2_match_data *m_owned;
    pcre2_match_data *m_data = nullptr;
};

// One libphonenumber pattern, compiled for one of the three ways libphonenumber's RegExp uses
// it: FullMatch() (whole), Consume() (a prefix) and the search of GlobalReplace().
class Regex
{
public:
    enum class Anchoring { Whole, Start, None };

    Regex() = default;
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;
    ~Regex() { pcre2_code_free(m_code); }

    bool compile(const std::string &pattern, Anchoring anchoring)
    {
        uint32_t options = 0;
        if (anchoring != Anchoring::None)
            options |= PCRE2_ANCHORED;
        if (anchoring == Anchoring::Whole)
            options |= PCRE2_ENDANCHORED;
        int error = 0;
        PCRE2_SIZE offset = 0;
        m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options, &error, &offset,
                               nullptr);
        if (!m_code)
            return false;
        m_jit = pcre2_jit_compile(m_code, PCRE2_JIT_COMPLETE) == 0;
        uint32_t captures = 0;
        pcre2_pattern_info(m_code, PCRE2_INFO_CAPTURECOUNT, &captures);
        m_captures = int(captures);
        return true;
    }

    int captureCount() const { return m_captures; }

    // The match's pcre2 result (> 0: matched, PCRE2_ERROR_NOMATCH: no match, other: failed).
    int run(std::string_view subject, size_t offset, pcre2_match_data *data) const
    {
        const auto text = reinterpret_cast<PCRE2_SPTR>(subject.data());
        return m_jit ? pcre2_jit_match(m_code, text, subject.size(), offset, 0, data, nullptr)
                     : pcre2_match(m_code, text, subject.size(), offset, 0, data, nullptr);
    }

    std::optional<bool> matches(std::string_view subject) const
    {
        const MatchData data;
        const int rc = run(subject, 0, data.get());
        if (rc == PCRE2_ERROR_NOMATCH)
            return false;
        if (rc < 0)
            return std::nullopt;
        return true;
    }

private:
    pcre2_code *m_code = nullptr;
    bool m_jit = false;
    int m_captures = 0;
};

// A PhoneNumberDesc: the lengths and the pattern of one type of number.
struct Desc
{
    std::vector<int> lengths;
    bool hasPattern = false;
    Regex whole;

    bool compile(const PhoneNumberDesc &desc)
    {
        lengths.assign(desc.possible_length().begin(), desc.possible_length().end());
        hasPattern = !desc.national_number_pattern().empty();
        return !hasPattern || whole.compile(desc.national_number_pattern(), Regex::Anchoring::Whole);
    }

    // PhoneNumberUtil::IsNumberMatchingDesc().
    std::optional<bool> matches(std::string_view number) const
    {
        if (!lengths.empty() && std::find(lengths.begin(), lengths.end(), int(number.size())) == lengths.end())
            return false;
        if (!hasPattern) // libphonenumber's matcher: an empty pattern matches no number
            return false;
        return whole.matches(number);
    }
};

// A NumberFormat, for Format(NATIONAL).
struct Format
{
    bool hasLeadingDigits = false;
    Regex leadingDigits; // the last (most detailed) leading-digits pattern, as a prefix
    Regex whole;
    Regex search;
    std::string nationalRule; // the format with the national prefix formatting rule applied
    bool ruleReadable = true;
};

// Applies an ICU replacement text ("$1 $2", "\\$") to a match: what ICU's appendReplacement()
// writes. Nothing where ICU would fail or where the text uses what this does not read.
std::optional<std::string> expandReplacement(std::string_view replacement, const std::vector<std::string_view> &groups)
{
    std::string out;
    out.reserve(replacement.size() + 16);
    for (size_t i = 0; i < replacement.size(); ++i) {
        const char c = replacement[i];
        if (c == '\\') {
            if (++i == replacement.size())
                return std::nullopt;
            out += replacement[i];
        } else if (c == '$') {
            const auto digitAt = [&](size_t at) { return at < replacement.size() && replacement[at] >= '0' && replacement[at] <= '9'; };
            // Named groups, stray dollars, and "$12" (group 12 for ICU when there are that many):
            // none is in the metadata; ICU's business if one ever is.
            if (!digitAt(i + 1) || digitAt(i + 2))
                return std::nullopt;
            const size_t group = size_t(replacement[++i] - '0');
            if (group >= groups.size())
                return std::nullopt;
            out += groups[group];
        } else {
            out += c;
        }
    }
    return out;
}

// The format's rule as Format(NATIONAL) uses it: the first "$<digit>" replaced by the national
// prefix formatting rule, in which "$1" stands for that "$<digit>" itself.
std::optional<std::string> nationalRuleOf(const NumberFormat &format)
{
    std::string rule = format.format();
    const std::string &prefixRule = format.national_prefix_formatting_rule();
    if (prefixRule.empty())
        return rule;
    for (size_t i = 0; i + 1 < rule.size(); ++i) {
        if (rule[i] != '$' || rule[i + 1] < '0' || rule[i + 1] > '9')
            continue;
        const std::string_view firstGroup(rule.data() + i, 2);
        const auto expanded = expandReplacement(prefixRule, {firstGroup, firstGroup});
        if (!expanded)
            return std::nullopt;
        return rule.substr(0, i) + *expanded + rule.substr(i + 2);
    }
    return rule;
}

// The descriptions GetNumberTypeHelper() tries after the general one, in its order, up to
// and including the fixed-line one; the mobile one is kept apart.
constexpr size_t kTypedDescs = 9;

struct Region
{
    const PhoneMetadata *metadata = nullptr;
    std::string trunkPrefix;

    std::once_flag compiled;
    bool usable = false; // every pattern compiled
    bool hasLeadingDigits = false;
    Regex leadingDigits;
    Desc general;
    std::array<Desc, kTypedDescs> typed; // premium … voicemail, then fixed line
    Desc mobile;
    std::vector<std::unique_ptr<Format>> formats;

    void compile()
    {
        const PhoneMetadata &m = *metadata;
        bool ok = true;
        hasLeadingDigits = m.has_leading_digits();
        if (hasLeadingDigits)
            ok = leadingDigits.compile(m.leading_digits(), Regex::Anchoring::Start) && ok;
        ok = general.compile(m.general_desc()) && ok;
        const PhoneNumberDesc *inOrder[kTypedDescs] = {&m.premium_rate(), &m.toll_free(), &m.shared_cost(),
                                                       &m.voip(),         &m.personal_number(), &m.pager(),
                                                       &m.uan(),          &m.voicemail(), &m.fixed_line()};
        for (size_t i = 0; i < kTypedDescs; ++i)
            ok = typed[i].compile(*inOrder[i]) && ok;
        ok = mobile.compile(m.mobile()) && ok;
        for (const NumberFormat &source : m.number_format()) {
            auto format = std::make_unique<Format>();
            format->hasLeadingDigits = source.leading_digits_pattern_size() > 0;
            if (format->hasLeadingDigits)
                ok = format->leadingDigits.compile(source.leading_digits_pattern(source.leading_digits_pattern_size() - 1),
                                                   Regex::Anchoring::Start)
                     && ok;
            ok = format->whole.compile(source.pattern(), Regex::Anchoring::Whole) && ok;
            ok = format->search.compile(source.pattern(), Regex::Anchoring::None) && ok;
            if (auto rule = nationalRuleOf(source))
                format->nationalRule = std::move(*rule);
            else
                format->ruleReadable = false;
            formats.push_back(std::move(format));
        }
        usable = ok;
    }

    bool ensureCompiled()
    {
        std::call_once(compiled, [this] { compile(); });
        return usable;
    }

    // GetNumberTypeHelper() != UNKNOWN.
    std::optional<bool> hasKnownType(std::string_view number) const
    {
        const auto inGeneral = general.matches(number);
        if (!inGeneral || !*inGeneral)
            return inGeneral;
        for (size_t i = 0; i + 1 < kTypedDescs; ++i) {
            const auto found = typed[i].matches(number);
            if (!found || *found)
                return found;
        }
        const auto fixedLine = typed[kTypedDescs - 1].matches(number);
        if (!fixedLine || *fixedLine)
            return fixedLine;
        if (metadata->same_mobile_and_fixed_line_pattern())
            return false;
        return mobile.matches(number);
    }
};

int regionIndex(std::string_view region)
{
    if (region.size() != 2 || region[0] < 'A' || region[0] > 'Z' || region[1] < 'A' || region[1] > 'Z')
        return -1;
    return (region[0] - 'A') * 26 + (region[1] - 'A');
}

constexpr int kCountryCodes = 1000; // calling codes have at most three digits

bool plainNationalNumber(std::string_view number)
{
    return !number.empty() && number.size() <= 17 && number.front() != '0'
           && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

class PhoneNumberPatterns::Private
{
public:
    PhoneMetadataCollection collection;
    std::vector<std::unique_ptr<Region>> regions;
    std::array<Region *, 26 * 26> byId{};
    std::array<Region *, kCountryCodes> nonGeographical{};
    std::array<std::vector<Region *>, kCountryCodes> byCountryCode; // in PhoneNumberUtil's order
    std::array<std::string, kCountryCodes> mainRegion;

    Private()
    {
        collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
        std::unordered_map<std::string, Region *> byName;
        for (const PhoneMetadata &metadata : collection.metadata()) {
            auto region = std::make_unique<Region>();
            region->metadata = &metadata;
            region->trunkPrefix = metadata.national_prefix();
            std::erase(region->trunkPrefix, '~');
            const int code = metadata.country_code();
            if (metadata.id() == kNonGeographical) {
                if (code > 0 && code < kCountryCodes)
                    nonGeographical[size_t(code)] = region.get();
            } else if (const int index = regionIndex(metadata.id()); index >= 0) {
                byId[size_t(index)] = region.get();
                byName.emplace(metadata.id(), region.get());
            }
            regions.push_back(std::move(region));
        }
        // The order in which GetRegionCodeForNumber() tries a calling code's regions is
        // PhoneNumberUtil's own: taken from it rather than rebuilt.
        const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
        for (int code = 1; code < kCountryCodes; ++code) {
            std::list<std::string> names;
            util->GetRegionCodesForCountryCallingCode(code, &names);
            if (names.empty())
                continue;
            mainRegion[size_t(code)] = names.front();
            for (const std::string &name : names) {
                if (name == kNonGeographical)
                    byCountryCode[size_t(code)].push_back(nonGeographical[size_t(code)]);
                else if (auto it = byName.find(name); it != byName.end())
                    byCountryCode[size_t(code)].push_back(it->second);
                else
                    byCountryCode[size_t(code)].push_back(nullptr); // unanswerable: see regionFor()
            }
        }
    }

    // GetMetadataForRegionOrCallingCode().
    Region *regionFor(int countryCode, std::string_view region) const
    {
        if (region == kNonGeographical)
            return countryCode > 0 && countryCode < kCountryCodes ? nonGeographical[size_t(countryCode)] : nullptr;
        const int index = regionIndex(region);
        return index >= 0 ? byId[size_t(index)] : nullptr;
    }

    std::optional<bool> validForRegion(int countryCode, std::string_view number, std::string_view regionName) const
    {
        Region *region = regionFor(countryCode, regionName);
        if (!region)
            return false;
        if (regionName != kNonGeographical && region->metadata->country_code() != countryCode)
            return false;
        if (!region->ensureCompiled())
            return std::nullopt;
        return region->hasKnownType(number);
    }
};

const PhoneNumberPatterns &PhoneNumberPatterns::instance()
{
    // Never destroyed, like libphonenumber's own instance: a thread still normalising while
    // the process exits must not find its patterns freed.
    static const PhoneNumberPatterns *const patterns = new PhoneNumberPatterns;
    return *patterns;
}

PhoneNumberPatterns::PhoneNumberPatterns()
    : d(std::make_unique<Private>())
{
}

PhoneNumberPatterns::~PhoneNumberPatterns() = default;

std::optional<bool> PhoneNumberPatterns::isValidForRegion(int countryCode, std::string_view nationalNumber,
                                                          std::string_view region) const
{
    if (!plainNationalNumber(nationalNumber))
        return std::nullopt;
    return d->validForRegion(countryCode, nationalNumber, region);
}

std::optional<bool> PhoneNumberPatterns::isValid(int countryCode, std::string_view nationalNumber) const
{
    if (!plainNationalNumber(nationalNumber))
        return std::nullopt;
    if (countryCode <= 0 || countryCode >= kCountryCodes || d->byCountryCode[size_t(countryCode)].empty())
        return false; // GetRegionCodeForNumber() gives "ZZ", which has no metadata
    const std::vector<Region *> &candidates = d->byCountryCode[size_t(countryCode)];
    if (candidates.size() == 1)
        return d->validForRegion(countryCode, nationalNumber, d->mainRegion[size_t(countryCode)]);
    // GetRegionCodeForNumberFromRegionList(): the first region whose leading digits start the
    // number, or, for regions without any, whose patterns know it.
    for (Region *region : candidates) {
        if (!region || !region->ensureCompiled())
            return std::nullopt;
        if (region->hasLeadingDigits) {
            const auto leads = region->leadingDigits.matches(nationalNumber);
            if (!leads)
                return std::nullopt;
            if (*leads)
                return region->hasKnownType(nationalNumber);
        } else if (const auto known = region->hasKnownType(nationalNumber); !known || *known) {
            return known;
        }
    }
    return false;
}

std::optional<std::string> PhoneNumberPatterns::nationalFormatDigits(int countryCode, std::string_view nationalNumber) const
{
    if (!plainNationalNumber(nationalNumber))
        return std::nullopt;
    const auto digitsOf = [](std::string_view text) {
        std::string digits;
        std::copy_if(text.begin(), text.end(), std::back_inserter(digits), [](char c) { return c >= '0' && c <= '9'; });
        return digits;
    };
    if (countryCode <= 0 || countryCode >= kCountryCodes || d->byCountryCode[size_t(countryCode)].empty())
        return std::string(nationalNumber); // Format() of a number without a known calling code
    Region *region = d->regionFor(countryCode, d->mainRegion[size_t(countryCode)]);
    if (!region || !region->ensureCompiled())
        return std::nullopt;
    // ChooseFormattingPatternForNumber().
    const Format *chosen = nullptr;
    for (const auto &format : region->formats) {
        if (format->hasLeadingDigits) {
            const auto leads = format->leadingDigits.matches(nationalNumber);
            if (!leads)
                return std::nullopt;
            if (!*leads)
                continue;
        }
        const auto fits = format->whole.matches(nationalNumber);
        if (!fits)
            return std::nullopt;
        if (*fits) {
            chosen = format.get();
            break;
        }
    }
    if (!chosen)
        return std::string(nationalNumber);
    if (!chosen->ruleReadable)
        return std::nullopt;
    // GlobalReplace() of the format's pattern by its rule, as ICU's replaceAll() does it.
    const MatchData matchData;
    pcre2_match_data *data = matchData.get();
    std::string out;
    size_t position = 0;
    while (position <= nationalNumber.size()) {
        const int rc = chosen->search.run(nationalNumber, position, data);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc <= 0)
            return std::nullopt;
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data);
        std::vector<std::string_view> groups;
        for (int group = 0; group <= chosen->search.captureCount(); ++group) {
            const PCRE2_SIZE start = ovector[2 * group], end = ovector[2 * group + 1];
            groups.push_back(group < rc && start != PCRE2_UNSET ? nationalNumber.substr(start, end - start)
                                                                : std::string_view());
        }
        const size_t start = ovector[0], end = ovector[1];
        out.append(nationalNumber.substr(position, start - position));
        const auto replaced = expandReplacement(chosen->nationalRule, groups);
        if (!replaced)
            return std::nullopt;
        out += *replaced;
        if (end == start) { // an empty match: step over one character
            if (end < nationalNumber.size())
                out += nationalNumber[end];
            position = end + 1;
        } else {
            position = end;
        }
    }
    if (position < nationalNumber.size())
        out.append(nationalNumber.substr(position));
    return digitsOf(out);
}

int PhoneNumberPatterns::countryCodeOf(std::string_view region) const
{
    const int index = regionIndex(region);
    const Region *found = index >= 0 ? d->byId[size_t(index)] : nullptr;
    return found ? found->metadata->country_code() : 0;
}

bool PhoneNumberPatterns::isCountryCode(int countryCode) const
{
    return countryCode > 0 && countryCode < kCountryCodes && !d->byCountryCode[size_t(countryCode)].empty();
}

std::string_view PhoneNumberPatterns::mainRegionOf(int countryCode) const
{
    return isCountryCode(countryCode) ? std::string_view(d->mainRegion[size_t(countryCode)]) : std::string_view();
}

std::string_view PhoneNumberPatterns::trunkPrefixOf(std::string_view region) const
{
    const int index = regionIndex(region);
    const Region *found = index >= 0 ? d->byId[size_t(index)] : nullptr;
    return found ? std::string_view(found->trunkPrefix) : std::string_view();
}

} // namespace Leadline::Contacts
