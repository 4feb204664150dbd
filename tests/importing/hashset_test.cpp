#include "services/importexport/hashset.h"

#include <gtest/gtest.h>

#include <random>

using Leadline::ImportExport::HashSet;

TEST(HashSet, HoldsExactlyTheHashesInsertedAsItGrows)
{
    HashSet set(16); // grows many times over
    std::mt19937_64 random(11);
    std::vector<std::uint64_t> inserted;
    for (int i = 0; i < 300000; ++i) {
        inserted.push_back(random());
        set.insert(inserted.back());
    }
    for (std::uint64_t hash : inserted)
        ASSERT_TRUE(set.contains(hash));
    EXPECT_EQ(set.size(), 300000);
    int claimed = 0;
    for (int i = 0; i < 300000; ++i)
        claimed += set.contains(random()) ? 1 : 0;
    EXPECT_EQ(claimed, 0) << "no hash it never saw";
    EXPECT_LE(set.memoryBytes(), 300000 * 22) << "8 bytes a slot, at least half of them used";
}

TEST(HashSet, CountsARepeatedHashOnceAndKeepsZeroAndNeighbours)
{
    HashSet set;
    for (std::uint64_t hash : {std::uint64_t(0), std::uint64_t(1), std::uint64_t(2), ~std::uint64_t(0)}) {
        EXPECT_FALSE(set.contains(hash));
        set.insert(hash);
        set.insert(hash);
        EXPECT_TRUE(set.contains(hash));
    }
    EXPECT_EQ(set.size(), 4);
    EXPECT_FALSE(set.contains(3));
    // Hashes that differ only in their high bits (a counter shifted up) still spread out.
    HashSet shifted;
    for (std::uint64_t i = 1; i <= 50000; ++i)
        shifted.insert(i << 40);
    for (std::uint64_t i = 1; i <= 50000; ++i)
        ASSERT_TRUE(shifted.contains(i << 40));
    EXPECT_FALSE(shifted.contains(50001ULL << 40));
    EXPECT_EQ(shifted.size(), 50000);
}
