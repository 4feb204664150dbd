#include "services/importexport/bloomfilter.h"

#include <gtest/gtest.h>

#include <random>

using Leadline::ImportExport::BloomFilter;

namespace {

// Wrong "maybe" answers among hashes never inserted.
double falsePositiveRate(const BloomFilter &filter, std::mt19937_64 &random, int probes)
{
    int wrong = 0;
    for (int i = 0; i < probes; ++i)
        wrong += filter.mayContain(size_t(random())) ? 1 : 0;
    return double(wrong) / probes;
}

} // namespace

TEST(BloomFilter, NeverForgetsAHashAndRarelyClaimsOne)
{
    BloomFilter filter(1000);
    std::mt19937_64 random(7);
    std::vector<size_t> inserted;
    for (int i = 0; i < 200000; ++i) { // 200 times the first layer: 8 layers
        inserted.push_back(size_t(random()));
        filter.insert(inserted.back());
    }
    for (size_t hash : inserted)
        ASSERT_TRUE(filter.mayContain(hash));
    EXPECT_GT(filter.size(), 199000) << "a hash that already answers maybe is not counted again";
    const double rate = falsePositiveRate(filter, random, 200000);
    EXPECT_LT(rate, 0.05) << "every layer adds its share, each under 1 %";
    EXPECT_LT(filter.memoryBytes(), 200000 * 4) << "a few bytes a hash";
}

TEST(BloomFilter, TellsApartHashesThatDifferInOneBit)
{
    // Sequential values: what a weak hash of similar keys would give.
    BloomFilter filter(1 << 16);
    for (size_t i = 0; i < 50000; ++i)
        filter.insert(i * 2);
    int wrong = 0;
    for (size_t i = 0; i < 50000; ++i)
        wrong += filter.mayContain(i * 2 + 1) ? 1 : 0;
    EXPECT_LT(wrong, 500);
}

TEST(BloomFilter, StartsEmpty)
{
    BloomFilter filter;
    std::mt19937_64 random(1);
    EXPECT_EQ(falsePositiveRate(filter, random, 10000), 0.0);
    filter.insert(42);
    filter.insert(42);
    EXPECT_EQ(filter.size(), 1) << "a hash inserted twice counts once";
    EXPECT_TRUE(filter.mayContain(42));
}
