#pragma once

#include "services/core/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace Leadline {

// A value or an Error (std::expected is C++23; GCC 12 in C++20 mode lacks it).
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(const T &value) : m_data(std::in_place_index<0>, value) {}
    Expected(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(const Error &error) : m_data(std::in_place_index<1>, error) {}
    Expected(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { assert(hasValue()); return std::get<0>(m_data); }
    const T &value() const & { assert(hasValue()); return std::get<0>(m_data); }
    T &&value() && { assert(hasValue()); return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return hasValue() ? std::get<0>(m_data) : std::move(fallback); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { assert(!hasValue()); return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(const Error &error) : m_error(error), m_failed(true) {}
    Expected(Error &&error) : m_error(std::move(error)), m_failed(true) {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { assert(m_failed); return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Result = Expected<void>;

} // namespace Leadline
