#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace Leadline::ImportExport {

// A set of 64-bit hashes that answers "maybe" for a few it never saw, in ~2 bytes a hash:
// which keys an import wrote, so that it looks up only those in the database. A QSet of the
// hashes took ~20 bytes a row (200 MB for 10M rows). A wrong "maybe" costs one lookup that
// finds nothing; "no" is always right.
// Layers double in size as they fill (a scalable Bloom filter), at 10–20 bits and 7 probes a
// hash: under 1 % wrong answers a layer, whatever the number of hashes.
class BloomFilter
{
public:
    explicit BloomFilter(qsizetype firstLayerHashes = 1 << 20);

    void insert(size_t hash);
    bool mayContain(size_t hash) const;
    qsizetype size() const { return m_count; } // a hash that already answered "maybe" not counted
    qsizetype memoryBytes() const;

private:
    struct Layer
    {
        std::vector<std::uint64_t> words;
        std::uint64_t bitMask = 0; // bits − 1 (a power of two)
        qsizetype capacity = 0;    // hashes it takes before the next layer starts
        qsizetype count = 0;
        bool test(std::uint64_t first, std::uint64_t step) const;
        void set(std::uint64_t first, std::uint64_t step);
    };
    void addLayer(qsizetype capacity);

    qsizetype m_firstLayerHashes;
    std::vector<Layer> m_layers;
    qsizetype m_count = 0;
};

} // namespace Leadline::ImportExport
