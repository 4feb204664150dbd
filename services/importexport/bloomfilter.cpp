#include "services/importexport/bloomfilter.h"

#include <bit>

namespace Leadline::ImportExport {

namespace {

constexpr int kProbes = 7;
constexpr std::uint64_t kBitsPerHash = 10;

// Probe positions by double hashing (Kirsch & Mitzenmacher): first + i·step, both mixed from
// the hash (differently), so that hashes differing only in a few bits part ways.
constexpr std::uint64_t kOtherSeed = 0x9e3779b97f4a7c15ULL;
std::uint64_t mixed(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h | 1; // odd: every probe differs within a power-of-two table
}

} // namespace

BloomFilter::BloomFilter(qsizetype firstLayerHashes)
    : m_firstLayerHashes(qMax<qsizetype>(firstLayerHashes, 1024))
{
}

void BloomFilter::addLayer(qsizetype capacity)
{
    Layer layer;
    const std::uint64_t bits = std::bit_ceil(std::uint64_t(capacity) * kBitsPerHash);
    layer.words.assign(bits / 64, 0);
    layer.bitMask = bits - 1;
    layer.capacity = capacity;
    m_layers.push_back(std::move(layer));
}

bool BloomFilter::Layer::test(std::uint64_t first, std::uint64_t step) const
{
    for (int i = 0; i < kProbes; ++i) {
        const std::uint64_t bit = (first + std::uint64_t(i) * step) & bitMask;
        if (!(words[bit >> 6] & (std::uint64_t(1) << (bit & 63))))
            return false;
    }
    return true;
}

void BloomFilter::Layer::set(std::uint64_t first, std::uint64_t step)
{
    for (int i = 0; i < kProbes; ++i) {
        const std::uint64_t bit = (first + std::uint64_t(i) * step) & bitMask;
        words[bit >> 6] |= std::uint64_t(1) << (bit & 63);
    }
    ++count;
}

void BloomFilter::insert(size_t hash)
{
    const std::uint64_t first = mixed(hash ^ kOtherSeed);
    const std::uint64_t step = mixed(hash);
    for (const Layer &layer : m_layers)
        if (layer.test(first, step))
            return; // already answers "maybe": counting it again would only fill the layer sooner
    if (m_layers.empty())
        addLayer(m_firstLayerHashes); // only once used: most imports never need one
    else if (m_layers.back().count >= m_layers.back().capacity)
        addLayer(m_layers.back().capacity * 2);
    m_layers.back().set(first, step);
    ++m_count;
}

bool BloomFilter::mayContain(size_t hash) const
{
    const std::uint64_t first = mixed(hash ^ kOtherSeed);
    const std::uint64_t step = mixed(hash);
    for (const Layer &layer : m_layers)
        if (layer.test(first, step))
            return true;
    return false;
}

qsizetype BloomFilter::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const Layer &layer : m_layers)
        bytes += qsizetype(layer.words.size() * sizeof(std::uint64_t));
    return bytes;
}

} // namespace Leadline::ImportExport
