// The tenant model: the shipped sandbox tenant and the synthetic generator.
#include "AzureEmulator.h"
#include "TenantModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator;

namespace {

int depthOf(const TenantModel &m, int group)
{
    return int(m.groupAncestors(group).size());
}

TEST(TenantTest, SandboxHasThePromisedShape)
{
    const QByteArray json = AzureEmulator::sandboxTenantJson();
    ASSERT_FALSE(json.isEmpty());
    TenantModel m;
    QString error;
    ASSERT_TRUE(m.loadJson(json, &error)) << error.toStdString();
    EXPECT_EQ(m.tenantId, QString::fromLatin1(sandbox::TenantId));
    EXPECT_TRUE(m.matchesTenant(QString::fromLatin1(sandbox::TenantDomain)));
    EXPECT_GE(m.subscriptions.size(), 12u);
    EXPECT_LE(m.subscriptions.size(), 14u);
    EXPECT_GE(m.resourceCount(), 450);
    EXPECT_LE(m.resourceCount(), 550);

    int maxDepth = 0;
    for (int g = 0; g < int(m.groups.size()); ++g)
        maxDepth = qMax(maxDepth, depthOf(m, g));
    EXPECT_EQ(maxDepth, 3);

    int disabled = 0;
    int underRoot = 0;
    for (const SubscriptionEntry &s : m.subscriptions) {
        disabled += s.state == u"Disabled"_s ? 1 : 0;
        underRoot += s.parentIndex == m.rootGroupIndex() ? 1 : 0;
    }
    EXPECT_EQ(disabled, 1);
    EXPECT_EQ(underRoot, 1);
    EXPECT_EQ(m.subscriptions[std::size_t(m.subscriptionIndex(
                                  QString::fromLatin1(sandbox::DisabledSubscriptionId)))]
                  .state,
              u"Disabled"_s);

    QSet<QByteArray> regions;
    int publicIps = 0;
    int fqdns = 0;
    int tagged = 0;
    for (const SubscriptionEntry &s : m.subscriptions) {
        for (const ResourceEntry &r : s.resources) {
            regions.insert(m.locationName(r.location));
            publicIps += r.properties.contains("\"ipAddress\"") ? 1 : 0;
            fqdns += r.properties.contains("\"defaultHostName\"") ? 1 : 0;
            tagged += r.tags.contains("\"env\"") ? 1 : 0;
        }
    }
    EXPECT_GE(regions.size(), 4);
    EXPECT_GE(publicIps, 10);
    EXPECT_GE(fqdns, 10);
    EXPECT_EQ(tagged, m.resourceCount());

    for (const char *app : {sandbox::ClientId, sandbox::ExpiredClientId,
                            sandbox::SubscriptionReaderClientId, sandbox::ContributorClientId})
        EXPECT_GE(m.appIndex(QString::fromLatin1(app)), 0) << app;
}

TEST(TenantTest, GeneratorIsDeterministicAndMakesTheRequestedCounts)
{
    SyntheticTenantSpec spec;
    spec.managementGroups = 40;
    spec.subscriptions = 120;
    spec.resources = 9001;
    spec.seed = 7;
    spec.disabledSubscriptions = 3;
    const QByteArray a = AzureEmulator::generateSyntheticTenant(spec);
    const QByteArray b = AzureEmulator::generateSyntheticTenant(spec);
    EXPECT_TRUE(a == b);
    spec.seed = 8;
    EXPECT_FALSE(a == AzureEmulator::generateSyntheticTenant(spec));
    spec.seed = 7;

    TenantModel m;
    QString error;
    ASSERT_TRUE(m.loadJson(a, &error)) << error.toStdString();
    EXPECT_EQ(int(m.groups.size()), spec.managementGroups + 1); // plus the root
    EXPECT_EQ(int(m.subscriptions.size()), spec.subscriptions);
    EXPECT_EQ(m.resourceCount(), spec.resources);
    int disabled = 0;
    for (const SubscriptionEntry &s : m.subscriptions)
        disabled += s.state == u"Disabled"_s ? 1 : 0;
    EXPECT_EQ(disabled, spec.disabledSubscriptions);
    int maxDepth = 0;
    for (int g = 0; g < int(m.groups.size()); ++g)
        maxDepth = qMax(maxDepth, depthOf(m, g));
    EXPECT_LE(maxDepth, 6);
    EXPECT_GE(maxDepth, 3);
    EXPECT_GE(m.typeCount(), 25);
    QSet<QString> ids;
    for (const SubscriptionEntry &s : m.subscriptions) {
        for (const ResourceEntry &r : s.resources)
            ids.insert(QString::fromUtf8(m.resourceId(s, r)).toLower());
    }
    EXPECT_EQ(ids.size(), spec.resources);

    // Building directly gives the same tenant as the JSON (compared after a round trip,
    // which normalises the key order inside tags and properties).
    TenantModel direct;
    direct.generate(spec);
    TenantModel reloaded;
    ASSERT_TRUE(reloaded.loadJson(direct.toJson(), &error)) << error.toStdString();
    EXPECT_TRUE(reloaded.toJson() == m.toJson());
    EXPECT_EQ(direct.resourceCount(), m.resourceCount());
    EXPECT_GE(direct.appIndex(QString::fromLatin1(sandbox::ClientId)), 0);
}

TEST(TenantTest, LoadRejectsBadInput)
{
    TenantModel m;
    QString error;
    EXPECT_FALSE(m.loadJson("{", &error));
    EXPECT_FALSE(m.loadJson(R"({"tenantId":"not-a-guid"})", &error));
    EXPECT_FALSE(m.loadJson(
        R"({"tenantId":"11111111-2222-4333-8444-555555555555","resources":[{"subscriptionId":"11111111-2222-4333-8444-000000000000","resourceGroup":"rg","type":"A/b","name":"x"}]})",
        &error));
    EXPECT_TRUE(m.loadJson(R"({"tenantId":"11111111-2222-4333-8444-555555555555"})", &error));
    EXPECT_EQ(m.groups.size(), 1u); // the root group always exists
}

} // namespace
