#include "services/importexport/hashset.h"

#include <bit>

namespace Leadline::ImportExport {

namespace {

// The slot a hash starts probing at: its bits mixed, so that hashes alike in their low bits
// (or built from a counter) still spread over the table.
std::uint64_t spread(std::uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

} // namespace

HashSet::HashSet(qsizetype expected)
{
    const std::uint64_t slotCount = std::bit_ceil(std::uint64_t(qMax<qsizetype>(expected, 16)) * 4 / 3 + 1);
    m_slots.assign(slotCount, 0);
    m_mask = slotCount - 1;
}

std::uint64_t HashSet::slotOf(std::uint64_t hash) const
{
    std::uint64_t slot = spread(hash) & m_mask;
    while (m_slots[slot] != 0 && m_slots[slot] != hash)
        slot = (slot + 1) & m_mask;
    return slot;
}

void HashSet::insert(std::uint64_t hash)
{
    hash = stored(hash);
    if (std::uint64_t(m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    std::uint64_t &slot = m_slots[slotOf(hash)];
    if (slot == 0) {
        slot = hash;
        ++m_count;
    }
}

bool HashSet::contains(std::uint64_t hash) const
{
    hash = stored(hash);
    return m_slots[slotOf(hash)] == hash;
}

void HashSet::grow()
{
    std::vector<std::uint64_t> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (std::uint64_t hash : old)
        if (hash != 0)
            m_slots[slotOf(hash)] = hash;
}

} // namespace Leadline::ImportExport
