#include <gtest/gtest.h>

#include "runtime/ActivationMapper.h"
#include "runtime/TagEvaluator.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

AzureResource vm()
{
    AzureResource r;
    r.id =
        u"/subscriptions/S1/resourceGroups/RG-Prod/providers/Microsoft.Compute/virtualMachines/web01"_s;
    r.name = u"web01"_s;
    r.type = u"Microsoft.Compute/virtualMachines"_s;
    r.location = u"westeurope"_s;
    r.resourceGroup = u"RG-Prod"_s;
    r.subscriptionId = u"11111111-2222-3333-4444-555555555555"_s;
    r.tags = {{u"Environment"_s, u"Production"_s}, {u"owner"_s, u"team-a"_s}};
    return r;
}

TagRule rule(TagRuleField f, TagRuleOperator op, const QString &value, const QString &key = {})
{
    TagRule r;
    r.field = f;
    r.op = op;
    r.value = value;
    r.azureTagKey = key;
    r.tagId = u"t"_s;
    return r;
}

} // namespace

struct RuleCase
{
    TagRuleField field;
    TagRuleOperator op;
    const char *value;
    const char *key;
    bool expected;
};

class TagRuleTest : public ::testing::TestWithParam<RuleCase>
{};

TEST_P(TagRuleTest, Matches)
{
    const RuleCase c = GetParam();
    const TagRule r = rule(c.field, c.op, QString::fromUtf8(c.value), QString::fromUtf8(c.key));
    EXPECT_EQ(TagEvaluator::ruleMatches(r, vm(), u"Contoso Prod"_s), c.expected)
        << int(c.field) << " " << int(c.op) << " " << c.value;
}

using F = TagRuleField;
using O = TagRuleOperator;
INSTANTIATE_TEST_SUITE_P(
    EveryFieldAndOperator, TagRuleTest,
    ::testing::Values(
        RuleCase{F::ResourceType, O::Equals, "microsoft.compute/VIRTUALMACHINES", "", true},
        RuleCase{F::ResourceType, O::Equals, "Microsoft.Compute", "", false},
        RuleCase{F::ResourceType, O::Contains, "COMPUTE", "", true},
        RuleCase{F::ResourceType, O::StartsWith, "microsoft.compute/", "", true},
        RuleCase{F::ResourceType, O::StartsWith, "virtualMachines", "", false},
        RuleCase{F::ResourceType, O::Regex, "virtual(machines|machinescalesets)$", "", true},
        RuleCase{F::Location, O::Equals, "WestEurope", "", true},
        RuleCase{F::Location, O::Contains, "europe", "", true},
        RuleCase{F::Location, O::StartsWith, "east", "", false},
        RuleCase{F::Location, O::Regex, "^west", "", true},
        RuleCase{F::ResourceGroup, O::Equals, "rg-prod", "", true},
        RuleCase{F::ResourceGroup, O::Contains, "PROD", "", true},
        RuleCase{F::ResourceGroup, O::StartsWith, "rg-", "", true},
        RuleCase{F::ResourceGroup, O::Regex, "^rg-(dev|test)$", "", false},
        RuleCase{F::Subscription, O::Equals, "11111111-2222-3333-4444-555555555555", "", true},
        RuleCase{F::Subscription, O::Equals, "contoso prod", "", true}, // display name
        RuleCase{F::Subscription, O::Contains, "PROD", "", true},
        RuleCase{F::Subscription, O::StartsWith, "contoso", "", true},
        RuleCase{F::Subscription, O::StartsWith, "fabrikam", "", false},
        RuleCase{F::Subscription, O::Regex, "^1{8}-", "", true},
        RuleCase{F::Name, O::Equals, "WEB01", "", true},
        RuleCase{F::Name, O::Contains, "eb0", "", true},
        RuleCase{F::Name, O::StartsWith, "db", "", false},
        RuleCase{F::Name, O::Regex, "^web\\d+$", "", true},
        RuleCase{F::Name, O::Regex, "([", "", false}, // invalid regex never matches
        RuleCase{F::AzureTag, O::Equals, "production", "environment", true}, // key case-insens.
        RuleCase{F::AzureTag, O::Equals, "production", "owner", false},
        RuleCase{F::AzureTag, O::Contains, "TEAM", "Owner", true},
        RuleCase{F::AzureTag, O::StartsWith, "prod", "Environment", true},
        RuleCase{F::AzureTag, O::Regex, "^team-[a-z]$", "owner", true},
        RuleCase{F::AzureTag, O::Equals, "x", "missing", false}));

TEST(TagEvaluator, GenericTagsOnEveryAssetPlusMatchingRules)
{
    ConnectorProfile p;
    p.assetTagIds = {u"generic"_s, u"b-generic"_s};
    TagRule r1 = rule(F::Location, O::Equals, u"westeurope"_s);
    r1.tagId = u"eu"_s;
    TagRule r2 = rule(F::Name, O::StartsWith, u"db"_s);
    r2.tagId = u"db"_s;
    TagRule r3 = rule(F::ResourceType, O::Contains, u"virtual"_s);
    r3.tagId = u"generic"_s; // duplicate with a generic tag: once
    p.tagRules = {r1, r2, r3};
    const TagEvaluator e(p);
    EXPECT_EQ(e.tagsFor(vm(), {}), (QStringList{u"b-generic"_s, u"eu"_s, u"generic"_s}));
    AzureResource other;
    other.name = u"dbserver"_s;
    EXPECT_EQ(e.tagsFor(other, {}), (QStringList{u"b-generic"_s, u"db"_s, u"generic"_s}));
}

TEST(ActivationMapper, ModulesPerResourceType)
{
    ConnectorProfile all;
    all.activateVmScanning = true;
    all.activateCloudPerimeterScan = true;
    all.activatePolicyCompliance = true;
    all.activateSca = true; // the mapper does not enforce PC/SCA exclusivity (validator does)
    all.activateCertView = true;
    const int enabled = ActivationMapper::enabledModules(all);

    auto res = [](const char *type, QStringList ips = {}, QStringList fqdns = {}) {
        AzureResource r;
        r.type = QString::fromUtf8(type);
        r.publicIpAddresses = ips;
        r.fqdns = fqdns;
        return r;
    };
    EXPECT_EQ(ActivationMapper::modulesFor(res("Microsoft.Compute/virtualMachines"), enabled),
              (QStringList{u"PC"_s, u"SCA"_s, u"VM"_s}));
    EXPECT_EQ(
        ActivationMapper::modulesFor(res("microsoft.compute/virtualmachinescalesets"), enabled),
        (QStringList{u"PC"_s, u"SCA"_s, u"VM"_s}));
    EXPECT_EQ(
        ActivationMapper::modulesFor(res("Microsoft.ContainerService/managedClusters"), enabled),
        QStringList{u"SCA"_s});
    EXPECT_EQ(
        ActivationMapper::modulesFor(res("Microsoft.ContainerInstance/containerGroups"), enabled),
        QStringList{u"SCA"_s});
    EXPECT_EQ(ActivationMapper::modulesFor(
                  res("Microsoft.Network/publicIPAddresses", {u"20.1.2.3"_s}), enabled),
              QStringList{u"CPS"_s});
    EXPECT_EQ(ActivationMapper::modulesFor(
                  res("Microsoft.Web/sites", {}, {u"a.azurewebsites.net"_s}), enabled),
              (QStringList{u"CERTVIEW"_s, u"CPS"_s}));
    EXPECT_EQ(ActivationMapper::modulesFor(res("Microsoft.Network/applicationGateways"), enabled),
              QStringList{u"CERTVIEW"_s});
    EXPECT_TRUE(
        ActivationMapper::modulesFor(res("Microsoft.Storage/storageAccounts"), enabled).isEmpty());

    // Only what the profile turns on; CPS needs VM scanning.
    ConnectorProfile cpsOnly;
    cpsOnly.activateCloudPerimeterScan = true;
    EXPECT_EQ(ActivationMapper::enabledModules(cpsOnly), 0);
    ConnectorProfile vmOnly;
    vmOnly.activateVmScanning = true;
    EXPECT_EQ(ActivationMapper::modulesFor(res("Microsoft.Compute/virtualMachines"),
                                           ActivationMapper::enabledModules(vmOnly)),
              QStringList{u"VM"_s});
    EXPECT_TRUE(
        ActivationMapper::modulesFor(res("Microsoft.Network/publicIPAddresses", {u"1.2.3.4"_s}),
                                     ActivationMapper::enabledModules(vmOnly))
            .isEmpty());
}
