#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace Leadline::ImportExport {

// An exact set of 64-bit hashes in one flat table (open addressing, linear probing): 8 bytes
// a slot, at most three quarters full, so 11–21 bytes a hash. Where the Bloom filter answers
// "maybe" for about one hash in a hundred it never saw, this one answers "no" unless the very
// same 64 bits went in (two different keys share them about once in 10^12 pairs).
class HashSet
{
public:
    explicit HashSet(qsizetype expected = 1024);

    void insert(std::uint64_t hash);
    bool contains(std::uint64_t hash) const;
    qsizetype size() const { return m_count; }
    qsizetype memoryBytes() const { return qsizetype(m_slots.size() * sizeof(std::uint64_t)); }
    // Every hash inserted (and both readings of the value that stands for 0).
    template <typename F> void forEach(F &&f) const
    {
        for (std::uint64_t hash : m_slots) {
            if (hash == 0)
                continue;
            f(hash);
            if (hash == stored(0))
                f(std::uint64_t(0));
        }
    }

private:
    // 0 marks an empty slot, so the hash 0 is kept as another fixed value (the two count as one).
    static std::uint64_t stored(std::uint64_t hash) { return hash ? hash : 0x9e3779b97f4a7c15ULL; }
    std::uint64_t slotOf(std::uint64_t hash) const;
    void grow();

    std::vector<std::uint64_t> m_slots;
    std::uint64_t m_mask = 0;
    qsizetype m_count = 0;
};

} // namespace Leadline::ImportExport
