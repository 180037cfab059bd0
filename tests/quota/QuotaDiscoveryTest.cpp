// Discovery under Azure's read quotas (issue 15): the emulator enforces a Resource Graph
// window and per-subscription ARM buckets, the client paces itself by their headers.
#include <gtest/gtest.h>

#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "AzureEmulator.h"
#include "TenantModel.h"
#include "azure/ArmClient.h"
#include "azure/AzureSession.h"
#include "azure/ResourceDiscovery.h"
#include "azure/ResourceGraphPacer.h"

using namespace atc;
using namespace atc::emulator;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

/** What one discovery delivered, by resource id (lower case). */
struct Delivered
{
    ResourceDiscovery::Result result;
    QMap<QString, AzureResource> byId;
    QStringList finishedOrder; ///< subscription ids in the order they were reported
    int duplicates = 0;
    bool finished = false;
};

class QuotaDiscoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        load(40, 1200);
        QString error;
        ASSERT_TRUE(m_emu.listen(0, &error)) << error.toStdString();
    }

    /** Serves a synthetic tenant of this size (seed 7). */
    void load(int subscriptions, int resources)
    {
        SyntheticTenantSpec spec;
        spec.managementGroups = 3;
        spec.subscriptions = subscriptions;
        spec.resources = resources;
        spec.seed = 7;
        QString error;
        ASSERT_TRUE(m_emu.loadSyntheticTenant(spec, &error)) << error.toStdString();
        m_tenantId = m_emu.tenant().tenantId;
        m_subscriptions.clear();
        m_resourceIds.clear();
        m_total = 0;
        for (const SubscriptionEntry &s : m_emu.tenant().subscriptions) {
            m_subscriptions << s.subscriptionId;
            m_total += int(s.resources.size());
            for (const ResourceEntry &r : s.resources)
                m_resourceIds << QString::fromUtf8(m_emu.tenant().resourceId(s, r)).toLower();
        }
    }

    AzureClientConfig config() const
    {
        AzureClientConfig c;
        c.endpoints = {m_emu.baseUrl(), m_emu.baseUrl()};
        c.tenant = m_tenantId;
        c.clientId = QLatin1String(sandbox::ClientId);
        c.clientSecret = QLatin1String(sandbox::ClientSecret);
        c.retryBaseDelayMs = 10; // a client that ignored the quota headers would retry at once
        c.maxRequestsInFlight = 8;
        return c;
    }

    /** Azure's quota shapes, with a short window so that a test spans several. */
    void quotas(int graphQuota = 4, int windowMs = 1000)
    {
        FaultOptions &f = m_emu.faults();
        f.resourceGraphQuota = graphQuota;
        f.resourceGraphWindowMs = windowMs;
        f.armBucketSize = 250;
        f.armBucketRefillPerSecond = 25;
    }

    Delivered discover(AzureSession *session, ResourceDiscovery::Strategy strategy, int batch,
                       const std::function<void(ResourceDiscovery &)> &onFirstBatch = {},
                       int maxHeldResources = 0)
    {
        Delivered out;
        ResourceDiscovery rd(session, m_subscriptions);
        rd.setStrategy(strategy);
        rd.setBatchSize(batch);
        if (maxHeldResources > 0)
            rd.setMaxHeldResources(maxHeldResources);
        bool first = true;
        QObject::connect(&rd, &ResourceDiscovery::subscriptionsFinished, &rd,
                         [&](const QStringList &ids, const QList<AzureResource> &list) {
                             out.finishedOrder << ids;
                             for (const AzureResource &r : list) {
                                 const QString key = r.id.toLower();
                                 out.duplicates += out.byId.contains(key) ? 1 : 0;
                                 out.byId.insert(key, r);
                             }
                             if (first && onFirstBatch) {
                                 first = false;
                                 onFirstBatch(rd);
                             }
                         });
        QObject::connect(&rd, &ResourceDiscovery::finished, &rd,
                         [&](const ResourceDiscovery::Result &r) {
                             out.result = r;
                             out.finished = true;
                         });
        rd.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.finished; }, kTimeoutMs));
        return out;
    }

    /** Every resource of the tenant, once, from every subscription without error. */
    void expectExact(const Delivered &d)
    {
        ASSERT_TRUE(d.finished);
        EXPECT_FALSE(d.result.error.isError()) << d.result.error.fullText().toStdString();
        EXPECT_EQ(d.result.outcomes.size(), m_subscriptions.size());
        for (const auto &o : d.result.outcomes)
            EXPECT_FALSE(o.error.isError()) << o.error.fullText().toStdString();
        EXPECT_EQ(d.duplicates, 0);
        EXPECT_EQ(d.byId.size(), m_total);
        for (const QString &id : m_resourceIds)
            EXPECT_TRUE(d.byId.contains(id)) << id.toStdString();
    }

    /**
     * Whichever path delivered it, every resource of `reference` (Resource Graph alone) has
     * the same endpoints in `d`, none unknown; the tenant must have endpoints to compare.
     */
    void expectSameEndpoints(const Delivered &reference, const Delivered &d)
    {
        int withEndpoints = 0;
        for (auto it = reference.byId.cbegin(); it != reference.byId.cend(); ++it) {
            const AzureResource &h = d.byId.value(it.key());
            EXPECT_EQ(h.unknownFields & AzureResource::UnknownEndpoints, 0)
                << it.key().toStdString();
            EXPECT_EQ(h.publicIpAddresses, it->publicIpAddresses) << it.key().toStdString();
            EXPECT_EQ(h.fqdns, it->fqdns) << it.key().toStdString();
            EXPECT_EQ(h.name, it->name);
            EXPECT_EQ(h.location, it->location);
            EXPECT_EQ(h.tags, it->tags);
            withEndpoints += it->publicIpAddresses.isEmpty() && it->fqdns.isEmpty() ? 0 : 1;
        }
        EXPECT_GT(withEndpoints, 0) << "the tenant has endpoints to compare";
    }

    QNetworkAccessManager m_nam;
    AzureEmulator m_emu;
    QString m_tenantId;
    QStringList m_subscriptions;
    QStringList m_resourceIds; ///< lower case
    int m_total = 0;
};

TEST_F(QuotaDiscoveryTest, PacedResourceGraphGetsNo429AcrossWindows)
{
    quotas(4, 1000);
    AzureSession session(&m_nam, config());
    // Four subscriptions per query: 10+ queries need at least three windows of 4.
    const Delivered d = discover(&session, ResourceDiscovery::Strategy::ResourceGraphOnly, 4);
    expectExact(d);
    EXPECT_EQ(m_emu.stats().resourceGraphThrottled, 0);
    EXPECT_EQ(session.armClient()->quotaStats().resourceGraphThrottled, 0);
    EXPECT_GE(m_emu.stats().resourceGraphRequests, 10);
    for (const AzureResource &r : d.byId)
        EXPECT_EQ(r.unknownFields, 0);
}

TEST_F(QuotaDiscoveryTest, HybridGetsNo429AndTheSameResourcesAsResourceGraph)
{
    quotas(4, 1000);
    AzureSession graphSession(&m_nam, config());
    const Delivered graph =
        discover(&graphSession, ResourceDiscovery::Strategy::ResourceGraphOnly, 100);
    expectExact(graph);
    m_emu.resetQuotas();
    m_emu.resetStats();

    AzureSession session(&m_nam, config());
    const Delivered hybrid = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100);
    expectExact(hybrid);
    EXPECT_EQ(m_emu.stats().resourceGraphThrottled, 0);
    EXPECT_EQ(m_emu.stats().armThrottled, 0);
    EXPECT_GT(hybrid.result.stats.armListedSubscriptions, 0) << "the ARM lane was used";
    EXPECT_GT(m_emu.stats().resourceListRequests, 0);
    expectSameEndpoints(graph, hybrid);
}

TEST_F(QuotaDiscoveryTest, QuotaSharedWithAnotherClientStillCompletesExactly)
{
    quotas(4, 1000);
    const QString app = QLatin1String(sandbox::ClientId);
    m_emu.burnResourceGraphQuota(app, 3); // another client of the same app registration
    AzureSession session(&m_nam, config());
    const Delivered d =
        discover(&session, ResourceDiscovery::Strategy::ResourceGraphOnly, 5,
                 [&](ResourceDiscovery &) { m_emu.burnResourceGraphQuota(app, 2); });
    expectExact(d);
    // Whatever the other client cost, each refused query was asked again after the reset.
    EXPECT_EQ(session.armClient()->quotaStats().resourceGraphThrottled,
              m_emu.stats().resourceGraphThrottled);
}

class ResourceGraph429Test : public QuotaDiscoveryTest, public ::testing::WithParamInterface<bool>
{};

TEST_P(ResourceGraph429Test, WaitsForTheWindowsResetOnce)
{
    quotas(4, 1000);
    m_emu.faults().resourceGraphRetryAfter = GetParam();
    // The window is spent before the client's first query: that query gets the 429.
    m_emu.burnResourceGraphQuota(QLatin1String(sandbox::ClientId), 4);
    AzureSession session(&m_nam, config());
    const Delivered d = discover(&session, ResourceDiscovery::Strategy::ResourceGraphOnly, 100);
    expectExact(d);
    // One 429, then the wait for the reset (Retry-After, or without it the quota's
    // resets-after): a client retrying after its 10 ms backoff would collect several.
    EXPECT_EQ(m_emu.stats().resourceGraphThrottled, 1);
    EXPECT_EQ(session.armClient()->quotaStats().resourceGraphThrottled, 1);
}

std::string retryAfterName(const ::testing::TestParamInfo<bool> &param)
{
    return param.param ? "WithRetryAfter" : "WithoutRetryAfter";
}

INSTANTIATE_TEST_SUITE_P(RetryAfter, ResourceGraph429Test, ::testing::Bool(), retryAfterName);

TEST_F(QuotaDiscoveryTest, ArmBucketExhaustionSlowsOnlyThatSubscription)
{
    FaultOptions &f = m_emu.faults();
    f.denyResourceGraph = true; // every subscription on its ARM list
    f.armBucketSize = 250;
    // Slow refill: the empty bucket must still be empty when its first read arrives, however
    // late the scheduler sends it (one token per second).
    f.armBucketRefillPerSecond = 1;
    f.pageSize = 20; // several pages per subscription
    const QString slow = m_subscriptions.at(3);
    m_emu.setArmBucketTokens(QLatin1String(sandbox::ClientId), slow, 0);
    AzureSession session(&m_nam, config());
    const Delivered d = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100);
    expectExact(d);
    const EmulatorStats stats = m_emu.stats();
    EXPECT_GE(stats.armThrottled, 1);
    // Only the empty bucket was throttled, and only its subscription waited: every other
    // one was reported before it.
    EXPECT_EQ(stats.armThrottledBySubscription.keys(), QStringList{slow.toLower()});
    ASSERT_FALSE(d.finishedOrder.isEmpty());
    EXPECT_EQ(d.finishedOrder.last(), slow);
}

TEST_F(QuotaDiscoveryTest, ServerWithoutQuotaHeadersIsNotPaced)
{
    // Quota off: a compatible server that announces none (no x-ms-user-quota-* headers).
    m_emu.faults().resourceGraphQuota = 0;
    m_emu.faults().latencyMs = 40; // so that queries sent together are in flight together
    for (const auto strategy :
         {ResourceDiscovery::Strategy::ResourceGraphOnly, ResourceDiscovery::Strategy::Hybrid}) {
        m_emu.resetStats();
        AzureSession session(&m_nam, config());
        // Four subscriptions per query: ten queries, which a paced client would send one by one
        // (a probe, then nothing more without an announced window).
        const Delivered d = discover(&session, strategy, 4);
        expectExact(d);
        EXPECT_TRUE(session.armClient()->resourceGraphPacer()->isQuotaUnannounced());
        EXPECT_GT(m_emu.stats().resourceGraphPeakInFlight, 1) << "queries went concurrently";
        EXPECT_EQ(m_emu.stats().resourceGraphThrottled, 0);
        for (const AzureResource &r : d.byId)
            EXPECT_EQ(r.unknownFields & AzureResource::UnknownEndpoints, 0);
    }
}

TEST_F(QuotaDiscoveryTest, HeldArmListedResourcesStayWithinTheirBound)
{
    // The window is spent before the first query, so the fills of what the ARM lane lists
    // wait for its reset: the lane must stop at the bound instead of holding everything.
    quotas(4, 1000);
    m_emu.burnResourceGraphQuota(QLatin1String(sandbox::ClientId), 4);
    AzureSession session(&m_nam, config());
    constexpr int kMaxHeld = 100; // a few subscriptions of 30 resources
    const Delivered d = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100, {}, kMaxHeld);
    expectExact(d);
    EXPECT_GT(d.result.stats.armListedSubscriptions, 0) << "the ARM lane was used";
    EXPECT_GT(d.result.stats.peakHeldResources, 0) << "rows were held for a fill";
    EXPECT_LE(d.result.stats.peakHeldResources, kMaxHeld);
    EXPECT_EQ(m_emu.stats().armThrottled, 0);
    for (const AzureResource &r : d.byId)
        EXPECT_EQ(r.unknownFields & AzureResource::UnknownEndpoints, 0);
}

TEST_F(QuotaDiscoveryTest, SpentWindowFillsEndpointsThroughTheProvidersLists)
{
    // The reference: Resource Graph alone, no quota.
    AzureSession graphSession(&m_nam, config());
    const Delivered graph =
        discover(&graphSession, ResourceDiscovery::Strategy::ResourceGraphOnly, 100);
    expectExact(graph);

    // One query per 20 s (the first batch takes it): waiting for the next window would cost
    // 20 s, so the endpoints of what the ARM lane lists come from the providers' own lists.
    quotas(1, 20000);
    m_emu.resetStats();
    AzureSession session(&m_nam, config());
    const Delivered hybrid = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100);
    expectExact(hybrid);
    const EmulatorStats stats = m_emu.stats();
    EXPECT_EQ(stats.resourceGraphRequests, 1) << "no query of a later window";
    EXPECT_EQ(stats.resourceGraphThrottled, 0);
    EXPECT_EQ(stats.armThrottled, 0);
    EXPECT_GT(hybrid.result.stats.armFilledSubscriptions, 0);
    EXPECT_EQ(stats.providerListRequests, hybrid.result.stats.armEndpointLists);
    EXPECT_GE(hybrid.result.stats.armEndpointLists, hybrid.result.stats.armFilledSubscriptions);
    expectSameEndpoints(graph, hybrid);
}

TEST_F(QuotaDiscoveryTest, ShortWindowFillsTheCheapestTypeAndListsTheRest)
{
    // 120 subscriptions of ~100 resources: their endpoints need two fill pages, the window
    // (2 queries per 20 s, the first batch takes one) has one. That page goes to the type with
    // the fewest rows per subscription for every subscription; the providers' lists give the
    // other type, one list per subscription instead of two.
    load(120, 12000);
    AzureSession graphSession(&m_nam, config());
    const Delivered graph =
        discover(&graphSession, ResourceDiscovery::Strategy::ResourceGraphOnly, 100);
    expectExact(graph);

    quotas(2, 20000);
    m_emu.resetStats();
    AzureClientConfig c = config();
    c.maxRequestsInFlight = 16;
    AzureSession session(&m_nam, c);
    const Delivered hybrid = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100);
    expectExact(hybrid);
    const ResourceDiscovery::Stats &paths = hybrid.result.stats;
    EXPECT_EQ(m_emu.stats().resourceGraphRequests, 2) << "no query of a later window";
    EXPECT_EQ(m_emu.stats().resourceGraphThrottled, 0);
    EXPECT_EQ(paths.fillQueries, 1);
    EXPECT_GT(paths.armFilledSubscriptions, 0);
    // Fewer lists than two per filled subscription: the fill took one type of each.
    EXPECT_LT(paths.armEndpointLists, 2 * paths.armFilledSubscriptions);
    expectSameEndpoints(graph, hybrid);
}

TEST_F(QuotaDiscoveryTest, FailedProvidersListWaitsForTheResourceGraphFill)
{
    // Every web-app list fails (no retries): those subscriptions are not delivered without
    // endpoints; they wait for the Resource Graph fill of a later window.
    quotas(1, 1500);
    m_emu.faults().route = u"/providers/Microsoft.Web/sites"_s;
    m_emu.faults().serverErrorFirstN = 1000000;
    AzureClientConfig c = config();
    c.maxRetries = 0;
    AzureSession session(&m_nam, c);
    const Delivered d = discover(&session, ResourceDiscovery::Strategy::Hybrid, 100);
    expectExact(d);
    EXPECT_GT(d.result.stats.armFilledSubscriptions, 0) << "providers' lists were tried";
    EXPECT_GT(m_emu.stats().serverErrors, 0);
    EXPECT_GT(m_emu.stats().resourceGraphRequests, 1) << "a later window filled them";
    for (const AzureResource &r : d.byId)
        EXPECT_EQ(r.unknownFields & AzureResource::UnknownEndpoints, 0) << r.id.toStdString();
}

TEST(ResourceGraphPacerTest, ReadsTheResetsAfterHeader)
{
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("00:00:05"), 5000);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("00:01:02"), 62000);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("00:00:03.250"), 3250);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("4"), 4000);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter(""), -1);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("soon"), -1);
    EXPECT_EQ(ResourceGraphPacer::parseResetsAfter("-1"), -1);
}

TEST(ResourceGraphPacerTest, NeverLetsMoreQueriesGoThanTheWindowTakes)
{
    ResourceGraphPacer pacer;
    // Nothing known: one probe.
    EXPECT_TRUE(pacer.canSendNow());
    EXPECT_EQ(pacer.room(), 1);
    pacer.onQueued();
    EXPECT_EQ(pacer.room(), 0);
    pacer.onUnqueued();
    pacer.onSent();
    EXPECT_FALSE(pacer.canSendNow());
    pacer.onAnswered(200, "2", "00:00:30", -1);
    EXPECT_EQ(pacer.room(), 2);
    pacer.onSent();
    pacer.onSent();
    EXPECT_FALSE(pacer.canSendNow());
    // An answer that overtook an earlier one does not raise the count of its window.
    pacer.onAnswered(200, "0", "00:00:29", -1);
    pacer.onAnswered(200, "1", "00:00:29", -1);
    EXPECT_EQ(pacer.room(), 0);
    // A 429 without Retry-After: no room until its resets-after.
    ResourceGraphPacer throttled;
    throttled.onSent();
    throttled.onAnswered(429, "0", "00:00:20", -1);
    EXPECT_FALSE(throttled.canSendNow());
    EXPECT_GT(throttled.msUntilReset(), 19000);
    // A server announcing a reset a day away (hostile or broken) is waited for at most the
    // bound, on a success and on a 429 alike.
    for (int status : {200, 429}) {
        ResourceGraphPacer bounded;
        bounded.setMaxWaitMs(2000);
        bounded.onSent();
        bounded.onAnswered(status, "0", "23:59:59", status == 429 ? 86400000 : -1);
        EXPECT_FALSE(bounded.canSendNow());
        EXPECT_GT(bounded.msUntilReset(), 0);
        EXPECT_LE(bounded.msUntilReset(), 2000 + 100) << status; // + the pacer's clock margin
    }
}

TEST(ResourceGraphPacerTest, AnswersWithoutQuotaHeadersAreNotPaced)
{
    ResourceGraphPacer pacer;
    pacer.onSent(); // the probe
    EXPECT_FALSE(pacer.canSendNow());
    pacer.onAnswered(200, {}, {}, -1);
    EXPECT_TRUE(pacer.isQuotaUnannounced());
    // Any number may go at once, and a planner sees room for them.
    for (int i = 0; i < 40; ++i) {
        EXPECT_TRUE(pacer.canSendNow()) << i;
        pacer.onSent();
    }
    EXPECT_GT(pacer.room(), 40);
    // Its 429s still stop the sending until they expire.
    pacer.onAnswered(429, {}, {}, 20000);
    EXPECT_FALSE(pacer.canSendNow());
    // One answer that announces a quota ends it for good.
    ResourceGraphPacer announced;
    announced.onSent();
    announced.onAnswered(200, {}, {}, -1);
    announced.onSent();
    announced.onAnswered(200, "3", "00:00:05", -1);
    EXPECT_FALSE(announced.isQuotaUnannounced());
    EXPECT_EQ(announced.room(), 3);
    announced.onAnswered(200, {}, {}, -1); // a later answer without them changes nothing
    EXPECT_FALSE(announced.isQuotaUnannounced());
}

} // namespace
