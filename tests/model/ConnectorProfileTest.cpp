#include <gtest/gtest.h>

#include "model/ConnectorProfile.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

TEST(ConnectorProfile, WellKnownCloudsHaveEndpointsAndCustomUsesItsOwn)
{
    EXPECT_EQ(endpointsForCloud(CloudType::AzurePublic).armEndpoint,
              QUrl(u"https://management.azure.com"_s));
    EXPECT_EQ(endpointsForCloud(CloudType::AzureUSGovernment).authorityHost,
              QUrl(u"https://login.microsoftonline.us"_s));
    EXPECT_TRUE(endpointsForCloud(CloudType::Custom).armEndpoint.isEmpty());

    ConnectorProfile p;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {QUrl(u"http://127.0.0.1:1234"_s), QUrl(u"http://127.0.0.1:1234"_s)};
    EXPECT_EQ(p.endpoints(), p.customEndpoints);
}

TEST(ConnectorProfile, CloudNamesRoundTripCaseInsensitively)
{
    for (CloudType c : {CloudType::AzurePublic, CloudType::AzureUSGovernment, CloudType::AzureChina,
                        CloudType::Custom}) {
        CloudType parsed = CloudType::Custom;
        ASSERT_TRUE(cloudTypeFromString(cloudTypeToString(c).toUpper(), &parsed));
        EXPECT_EQ(parsed, c);
    }
    CloudType unused;
    EXPECT_FALSE(cloudTypeFromString(u"Mars"_s, &unused));
}

TEST(ConnectorProfile, SecretKeyNamesProfileTenantAndClient)
{
    ConnectorProfile p;
    p.id = u"abc"_s;
    p.directoryId = u"Contoso.onmicrosoft.com"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    EXPECT_EQ(p.secretKey(), u"abc:contoso.onmicrosoft.com/11111111-2222-3333-4444-555555555555"_s);
}

TEST(ConnectorProfile, EnabledByDefaultAndPartOfEquality)
{
    ConnectorProfile a;
    EXPECT_TRUE(a.enabled);
    ConnectorProfile b = a;
    b.enabled = false;
    EXPECT_TRUE(a != b);
    b.enabled = true;
    EXPECT_TRUE(a == b);
}
