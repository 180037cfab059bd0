#pragma once

#include <gtest/gtest.h>

#include "azure/AzureTypes.h"

namespace atc::test {

/** Every field of two decoded resources is the same (the fast and the general decoding). */
inline void expectSameResource(const AzureResource &a, const AzureResource &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.location, b.location);
    EXPECT_EQ(a.resourceGroup, b.resourceGroup);
    EXPECT_EQ(a.subscriptionId, b.subscriptionId);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.publicIpAddresses, b.publicIpAddresses);
    EXPECT_EQ(a.fqdns, b.fqdns);
    EXPECT_EQ(a.properties, b.properties);
    EXPECT_EQ(a.unknownFields, b.unknownFields);
}

} // namespace atc::test
