// The client against the loopback emulator over real HTTP and HTTPS.

#include <memory>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

#include "AzureEmulator.h"
#include "TenantModel.h"
#include "azure/ArmClient.h"
#include "azure/AzureParsers.h"
#include "azure/AzureSession.h"
#include "azure/ConnectionTester.h"
#include "azure/ResourceDiscovery.h"
#include "azure/ScopeResolver.h"
#include "azure/TenantDiscovery.h"
#include "azure/TokenProvider.h"

using namespace atc;
using namespace atc::emulator;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 60000;

QString tlsFile(const char *name)
{
    return QStringLiteral(ATC_AZURE_TLS_DIR "/") + QLatin1String(name);
}

class AzureEmulatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QString error;
        ASSERT_TRUE(m_emu.loadTenantJson(AzureEmulator::sandboxTenantJson(), &error))
            << error.toStdString();
        ASSERT_TRUE(m_emu.listen(0, &error)) << error.toStdString();
    }

    AzureClientConfig config(const char *clientId = sandbox::ClientId,
                             const char *secret = sandbox::ClientSecret) const
    {
        AzureClientConfig c;
        c.endpoints = {m_emu.baseUrl(), m_emu.baseUrl()};
        c.tenant = QLatin1String(sandbox::TenantId);
        c.clientId = QLatin1String(clientId);
        c.clientSecret = QLatin1String(secret);
        c.retryBaseDelayMs = 1;
        c.transferTimeoutMs = 20000;
        return c;
    }

    std::unique_ptr<AzureSession> session(const AzureClientConfig &c)
    {
        return std::make_unique<AzureSession>(&m_nam, c);
    }

    ConnectionTester::Result test(AzureSession *s, bool write = false)
    {
        ConnectionTester t(s, write);
        QSignalSpy spy(&t, &ConnectionTester::finished);
        t.start();
        EXPECT_TRUE(spy.wait(kWaitMs));
        EXPECT_EQ(spy.count(), 1);
        return spy.isEmpty() ? ConnectionTester::Result{}
                             : spy.first().first().value<ConnectionTester::Result>();
    }

    TenantDiscovery::Result discover(AzureSession *s)
    {
        TenantDiscovery d(s);
        QSignalSpy spy(&d, &TenantDiscovery::finished);
        d.start();
        EXPECT_TRUE(spy.wait(kWaitMs));
        EXPECT_EQ(spy.count(), 1);
        return spy.isEmpty() ? TenantDiscovery::Result{}
                             : spy.first().first().value<TenantDiscovery::Result>();
    }

    struct Resources
    {
        ResourceDiscovery::Result result;
        QHash<QString, int> perSubscription;
        QList<AzureResource> all;
    };
    Resources resources(AzureSession *s, const QStringList &ids, int batchSize = 100,
                        ResourceDiscovery::Strategy strategy = ResourceDiscovery::Strategy::Hybrid)
    {
        Resources out;
        ResourceDiscovery d(s, ids);
        d.setBatchSize(batchSize);
        d.setStrategy(strategy);
        QObject::connect(&d, &ResourceDiscovery::subscriptionsFinished, &d,
                         [&out](const QStringList &, const QList<AzureResource> &list) {
                             for (const AzureResource &r : list)
                                 ++out.perSubscription[r.subscriptionId.toLower()];
                             out.all += list;
                         });
        QSignalSpy spy(&d, &ResourceDiscovery::finished);
        d.start();
        EXPECT_TRUE(spy.wait(kWaitMs));
        EXPECT_EQ(spy.count(), 1);
        if (!spy.isEmpty())
            out.result = spy.first().first().value<ResourceDiscovery::Result>();
        return out;
    }

    static QStringList connectableIds(const TenantSnapshot &s)
    {
        QStringList ids;
        for (const Subscription &x : s.subscriptions) {
            if (x.isConnectable())
                ids << x.subscriptionId;
        }
        return ids;
    }

    int modelResources(const QString &subscriptionId)
    {
        const int i = m_emu.tenant().subscriptionIndex(subscriptionId);
        return i < 0 ? -1 : int(m_emu.tenant().subscriptions.at(size_t(i)).resources.size());
    }

    QNetworkAccessManager m_nam;
    AzureEmulator m_emu;
};

} // namespace

// --- Test Connection and the token errors ----------------------------------------------------

TEST_F(AzureEmulatorTest, TestConnectionPassesOnTheSandbox)
{
    auto s = session(config());
    QList<ConnectionTester::StepResult> changes;
    ConnectionTester t(s.get(), false);
    QObject::connect(&t, &ConnectionTester::stepChanged, &t,
                     [&changes](const ConnectionTester::StepResult &r) { changes << r; });
    QSignalSpy spy(&t, &ConnectionTester::finished);
    t.start();
    ASSERT_TRUE(spy.wait(kWaitMs));
    const auto r = spy.first().first().value<ConnectionTester::Result>();
    EXPECT_TRUE(r.ok) << r.error.fullText().toStdString();
    ASSERT_EQ(r.steps.size(), 4);
    for (const auto &step : r.steps) {
        EXPECT_EQ(step.status, ConnectionTester::StepStatus::Passed) << step.title.toStdString();
        EXPECT_FALSE(step.title.isEmpty());
    }
    EXPECT_FALSE(changes.isEmpty());
    EXPECT_TRUE(r.snapshot.rootGroupReadable);
    EXPECT_EQ(r.snapshot.tenantId, QLatin1String(sandbox::TenantId));
    EXPECT_EQ(r.snapshot.managementGroups.size(), qsizetype(m_emu.tenant().groups.size()));
    EXPECT_EQ(r.snapshot.subscriptions.size(), qsizetype(m_emu.tenant().subscriptions.size()));
    QTest::qWait(0);
    EXPECT_EQ(spy.count(), 1); // exactly once
}

TEST_F(AzureEmulatorTest, TokenErrorsBecomeWords)
{
    struct Case
    {
        QString tenant, clientId, secret;
        AzureErrorKind kind;
        QString code;
    };
    const QString t = QLatin1String(sandbox::TenantId);
    const QString c = QLatin1String(sandbox::ClientId);
    const QString secret = QLatin1String(sandbox::ClientSecret);
    const QList<Case> cases{
        {u"11111111-2222-3333-4444-555555555555"_s, c, secret, AzureErrorKind::TenantNotFound,
         u"AADSTS90002"_s},
        {u"not a tenant!"_s, c, secret, AzureErrorKind::TenantMalformed, u"AADSTS900023"_s},
        {t, u"99999999-8888-7777-6666-555555555555"_s, secret, AzureErrorKind::AppNotFound,
         u"AADSTS700016"_s},
        {t, c, u"wrong-secret"_s, AzureErrorKind::InvalidSecret, u"AADSTS7000215"_s},
        {t, QLatin1String(sandbox::ExpiredClientId), QLatin1String(sandbox::ExpiredClientSecret),
         AzureErrorKind::ExpiredSecret, u"AADSTS7000222"_s},
        {t, c, QString(), AzureErrorKind::MissingSecret, u"AADSTS7000218"_s},
    };
    for (const Case &k : cases) {
        SCOPED_TRACE(k.code.toStdString());
        AzureClientConfig cfg = config();
        cfg.tenant = k.tenant;
        cfg.clientId = k.clientId;
        cfg.clientSecret = k.secret;
        auto s = session(cfg);
        const auto r = test(s.get());
        EXPECT_FALSE(r.ok);
        EXPECT_EQ(r.error.kind, k.kind) << AzureError::kindName(r.error.kind).toStdString();
        EXPECT_EQ(r.error.code, k.code);
        ASSERT_EQ(r.steps.size(), 4);
        EXPECT_EQ(r.steps[0].status, ConnectionTester::StepStatus::Passed);
        EXPECT_EQ(r.steps[1].status, ConnectionTester::StepStatus::Failed);
        EXPECT_EQ(r.steps[1].message, r.error.message());
        EXPECT_EQ(r.steps[1].advice, r.error.advice());
        EXPECT_FALSE(r.steps[1].advice.isEmpty());
        EXPECT_EQ(r.steps[2].status, ConnectionTester::StepStatus::Skipped);
        EXPECT_EQ(r.steps[3].status, ConnectionTester::StepStatus::Skipped);
        // The secret never appears in any text.
        if (!k.secret.isEmpty()) {
            EXPECT_FALSE(r.error.fullText().contains(k.secret));
        }
    }
    AzureClientConfig cfg = config();
    cfg.clientSecret = u"wrong"_s;
    auto s = session(cfg);
    EXPECT_EQ(
        test(s.get()).error.message(),
        u"The authentication key is not valid. Enter the secret's Value, not its Secret ID."_s);
}

TEST_F(AzureEmulatorTest, RootNotReadableFallsBackWithScopeAndRole)
{
    auto s = session(
        config(sandbox::SubscriptionReaderClientId, sandbox::SubscriptionReaderClientSecret));
    const auto r = test(s.get());
    EXPECT_TRUE(r.ok) << r.error.fullText().toStdString();
    ASSERT_GE(r.steps.size(), 4);
    EXPECT_EQ(r.steps[2].status, ConnectionTester::StepStatus::Warning);
    const QString scope =
        u"/providers/Microsoft.Management/managementGroups/"_s + QLatin1String(sandbox::TenantId);
    EXPECT_TRUE(r.steps[2].advice.contains(scope)) << r.steps[2].advice.toStdString();
    EXPECT_TRUE(r.steps[2].advice.contains(u"Reader"_s));
    EXPECT_TRUE(r.steps[2].advice.contains(u"Tenant Root Group"_s));
    EXPECT_FALSE(r.snapshot.rootGroupReadable);
    ASSERT_EQ(r.snapshot.subscriptions.size(), 1);
    EXPECT_EQ(r.snapshot.subscriptions[0].subscriptionId,
              QLatin1String(sandbox::SubscriptionReaderSubscriptionId));
    EXPECT_TRUE(r.snapshot.subscriptions[0].managementGroupName.isEmpty());
}

TEST_F(AzureEmulatorTest, WritePermissionStep)
{
    auto reader = session(config());
    auto r = test(reader.get(), true);
    ASSERT_EQ(r.steps.size(), 5);
    EXPECT_EQ(r.steps[4].status, ConnectionTester::StepStatus::Warning);
    EXPECT_TRUE(r.steps[4].advice.contains(u"Contributor"_s));
    auto contributor =
        session(config(sandbox::ContributorClientId, sandbox::ContributorClientSecret));
    r = test(contributor.get(), true);
    ASSERT_EQ(r.steps.size(), 5);
    EXPECT_EQ(r.steps[4].status, ConnectionTester::StepStatus::Passed);
    EXPECT_TRUE(r.ok);
}

TEST_F(AzureEmulatorTest, NetworkFailuresStopAtTheAuthority)
{
    // A port nobody listens on: connection refused.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    AzureClientConfig cfg = config();
    cfg.endpoints.authorityHost = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    auto s = session(cfg);
    const auto r = test(s.get());
    EXPECT_EQ(r.error.kind, AzureErrorKind::ConnectionRefused);
    EXPECT_EQ(r.steps[0].status, ConnectionTester::StepStatus::Failed);
    EXPECT_FALSE(r.steps[0].advice.isEmpty());
    EXPECT_EQ(r.steps[1].status, ConnectionTester::StepStatus::Skipped);

    cfg = config();
    cfg.endpoints.armEndpoint = QUrl(u"http://azure.example.com"_s); // plain http, not loopback
    auto bad = session(cfg);
    EXPECT_EQ(test(bad.get()).error.kind, AzureErrorKind::InvalidInput);
}

TEST_F(AzureEmulatorTest, TimeoutHasWords)
{
    m_emu.faults().latencyMs = 3000;
    AzureClientConfig cfg = config();
    cfg.transferTimeoutMs = 200;
    cfg.maxRetries = 0;
    auto s = session(cfg);
    const auto r = test(s.get());
    EXPECT_EQ(r.error.kind, AzureErrorKind::Timeout);
    EXPECT_TRUE(r.error.message().contains(u"in time"_s));
}

// --- Discovery ----------------------------------------------------------------------------

TEST_F(AzureEmulatorTest, DiscoveryMatchesTheTenantWithDisabledReported)
{
    auto s = session(config());
    const auto r = discover(s.get());
    ASSERT_FALSE(r.error.isError()) << r.error.fullText().toStdString();
    const TenantSnapshot &snap = r.snapshot;
    EXPECT_TRUE(snap.rootGroupReadable);
    EXPECT_EQ(snap.managementGroups.size(), qsizetype(m_emu.tenant().groups.size()));
    bool sawDisabled = false, sawRootSub = false;
    for (const Subscription &x : snap.subscriptions) {
        const int i = m_emu.tenant().subscriptionIndex(x.subscriptionId);
        ASSERT_GE(i, 0);
        const SubscriptionEntry &e = m_emu.tenant().subscriptions.at(size_t(i));
        const QString expectedParent =
            e.parent.isEmpty() ? QLatin1String(sandbox::TenantId) : e.parent;
        EXPECT_EQ(x.managementGroupName.toLower(), expectedParent.toLower())
            << x.subscriptionId.toStdString();
        EXPECT_EQ(x.ancestry.last().toLower(), QString::fromLatin1(sandbox::TenantId).toLower());
        if (x.subscriptionId == QLatin1String(sandbox::DisabledSubscriptionId)) {
            sawDisabled = true;
            EXPECT_EQ(x.state, SubscriptionState::Disabled);
            EXPECT_FALSE(x.isConnectable());
        }
        if (x.subscriptionId == QLatin1String(sandbox::RootSubscriptionId))
            sawRootSub = x.ancestry.size() == 1;
    }
    EXPECT_TRUE(sawDisabled);
    EXPECT_TRUE(sawRootSub);
    const ScopeResolution all =
        ScopeResolver::resolve(snap, ScopeMode::AllManagementGroups, {}, {});
    ASSERT_EQ(all.skipped.size(), 1);
    EXPECT_EQ(all.skipped[0].subscriptionId, QLatin1String(sandbox::DisabledSubscriptionId));
    // Selecting a nested group covers its whole subtree.
    for (const ManagementGroup &g : snap.managementGroups) {
        const ScopeResolution sel =
            ScopeResolver::resolve(snap, ScopeMode::SelectedManagementGroups, {g.name}, {});
        const ScopeResolution exc =
            ScopeResolver::resolve(snap, ScopeMode::AllManagementGroups, {}, {g.name});
        EXPECT_EQ(sel.inScope.size() + sel.skipped.size() + exc.inScope.size() + exc.skipped.size(),
                  snap.subscriptions.size())
            << g.name.toStdString();
    }
}

TEST_F(AzureEmulatorTest, DomainTenantResolvedFromToken)
{
    AzureClientConfig cfg = config();
    cfg.tenant = QLatin1String(sandbox::TenantDomain);
    auto s = session(cfg);
    const auto r = discover(s.get());
    ASSERT_FALSE(r.error.isError()) << r.error.fullText().toStdString();
    EXPECT_EQ(r.snapshot.tenantId, QLatin1String(sandbox::TenantId));
    EXPECT_TRUE(r.snapshot.rootGroupReadable);
}

TEST_F(AzureEmulatorTest, BothPagingKeysAndEmptyPages)
{
    for (bool at : {false, true}) {
        for (bool empty : {false, true}) {
            SCOPED_TRACE(std::to_string(at) + "/" + std::to_string(empty));
            m_emu.faults().pageSize = 2;
            m_emu.faults().managementGroupListUsesAtNextLink = at;
            m_emu.faults().emptyPagesWithNextLink = empty;
            auto s = session(config());
            ArmClient *arm = s->armClient();
            int groups = 0, pages = 0;
            AzureError error;
            bool done = false;
            QObject ctx;
            arm->getAllPages(
                arm->url(u"/providers/Microsoft.Management/managementGroups"_s,
                         ApiVersion::ManagementGroups),
                &ctx,
                [&](const QJsonObject &page) {
                    ++pages;
                    groups += int(AzureParsers::managementGroupList(page).size());
                    return true;
                },
                [&](const AzureError &e) {
                    error = e;
                    done = true;
                });
            ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
            EXPECT_FALSE(error.isError()) << error.fullText().toStdString();
            EXPECT_EQ(groups, int(m_emu.tenant().groups.size()));
            EXPECT_GE(pages, int(m_emu.tenant().groups.size()) / 2);
            // Subscriptions and the whole discovery page the same way.
            const auto r = discover(s.get());
            EXPECT_FALSE(r.error.isError());
            EXPECT_EQ(r.snapshot.subscriptions.size(),
                      qsizetype(m_emu.tenant().subscriptions.size()));
        }
    }
}

TEST_F(AzureEmulatorTest, ResourcesThroughGraphMatchTheModel)
{
    auto s = session(config());
    const auto t = discover(s.get());
    const QStringList ids = connectableIds(t.snapshot);
    m_emu.faults().pageSize = 0;
    const Resources r = resources(s.get(), ids, 3);
    EXPECT_FALSE(r.result.error.isError());
    EXPECT_EQ(r.result.outcomes.size(), ids.size());
    int total = 0;
    for (const QString &id : ids) {
        EXPECT_EQ(r.perSubscription.value(id.toLower()), modelResources(id)) << id.toStdString();
        total += modelResources(id);
    }
    EXPECT_EQ(r.all.size(), total);
    EXPECT_GT(total, 100);
    int ips = 0;
    for (const AzureResource &x : r.all) {
        ips += int(x.publicIpAddresses.size());
        EXPECT_FALSE(x.id.isEmpty());
        EXPECT_FALSE(x.resourceGroup.isEmpty());
        EXPECT_TRUE(x.properties.isEmpty());
    }
    EXPECT_GT(ips, 0); // public IPs extracted without keeping the full properties
}

TEST_F(AzureEmulatorTest, ResourceGraphDeniedFallsBackToResourcesListWithVerbatimNextLink)
{
    auto s = session(config());
    const auto t = discover(s.get());
    const QStringList ids = connectableIds(t.snapshot);
    m_emu.faults().denyResourceGraph = true;
    m_emu.faults().pageSize = 7; // many pages; nextLink re-encoded the way ARM does it
    m_emu.resetStats();
    const Resources r = resources(s.get(), ids);
    EXPECT_FALSE(r.result.error.isError());
    for (const QString &id : ids)
        EXPECT_EQ(r.perSubscription.value(id.toLower()), modelResources(id)) << id.toStdString();
    for (const auto &o : r.result.outcomes)
        EXPECT_FALSE(o.error.isError()) << o.error.fullText().toStdString();
}

TEST_F(AzureEmulatorTest, ThrottlingStormFinishesCorrectly)
{
    auto s = session(config());
    const auto t = discover(s.get());
    const QStringList ids = connectableIds(t.snapshot);
    const Resources expected = resources(s.get(), ids, 2);

    m_emu.faults().throttleFraction = 0.5;
    m_emu.faults().retryAfterSeconds = 0;
    m_emu.faults().pageSize = 20;
    AzureClientConfig cfg = config();
    cfg.maxThrottleRetries = 1000;
    auto stormy = session(cfg);
    const auto t2 = discover(stormy.get());
    ASSERT_FALSE(t2.error.isError()) << t2.error.fullText().toStdString();
    EXPECT_EQ(t2.snapshot.subscriptions.size(), t.snapshot.subscriptions.size());
    const Resources r = resources(stormy.get(), ids, 2);
    EXPECT_FALSE(r.result.error.isError());
    EXPECT_EQ(r.all.size(), expected.all.size());
    EXPECT_GT(stormy->stats().throttled, 0);
    EXPECT_GT(stormy->stats().retries, 0);
}

TEST_F(AzureEmulatorTest, ServerErrorsRetryThenSucceedOrFail)
{
    m_emu.faults().serverErrorFirstN = 2;
    m_emu.faults().route = u"/subscriptions"_s;
    auto s = session(config());
    auto r = discover(s.get());
    EXPECT_FALSE(r.error.isError()) << r.error.fullText().toStdString();
    EXPECT_GE(s->stats().retries, 2);

    m_emu.faults().serverErrorFirstN = 1000;
    m_emu.faults().serverErrorStatus = 500;
    AzureClientConfig cfg = config();
    cfg.maxRetries = 2;
    auto failing = session(cfg);
    r = discover(failing.get());
    EXPECT_EQ(r.error.kind, AzureErrorKind::ServerError);
    EXPECT_TRUE(r.error.message().contains(u"500"_s));
    EXPECT_GE(failing->stats().retries, 2);
}

TEST_F(AzureEmulatorTest, TruncatedBodiesAreErrorsNotCrashes)
{
    for (bool close : {false, true}) {
        SCOPED_TRACE(close ? "closed mid-body" : "truncated");
        m_emu.faults() = FaultOptions{};
        m_emu.faults().route = u"/subscriptions"_s;
        if (close)
            m_emu.faults().closeMidBodyFirstN = 1;
        else
            m_emu.faults().truncateFirstN = 1;
        auto s = session(config()); // one retry heals it
        auto r = discover(s.get());
        EXPECT_FALSE(r.error.isError()) << r.error.fullText().toStdString();

        m_emu.faults() = FaultOptions{};
        m_emu.faults().route = u"/subscriptions"_s;
        if (close)
            m_emu.faults().closeMidBodyFirstN = 100;
        else
            m_emu.faults().truncateFirstN = 100;
        AzureClientConfig cfg = config();
        cfg.maxRetries = 0;
        auto failing = session(cfg);
        r = discover(failing.get());
        EXPECT_TRUE(r.error.kind == AzureErrorKind::MalformedResponse ||
                    r.error.kind == AzureErrorKind::Network)
            << AzureError::kindName(r.error.kind).toStdString();
        EXPECT_FALSE(r.error.message().isEmpty());
    }
}

TEST_F(AzureEmulatorTest, TruncatedResourceGraphPagesAreRetriedOrReported)
{
    auto s = session(config());
    const auto t = discover(s.get());
    const QStringList ids = connectableIds(t.snapshot);
    m_emu.faults().route = u"/providers/Microsoft.ResourceGraph"_s;
    m_emu.faults().truncateFirstN = 1;
    Resources r = resources(s.get(), ids, 4);
    EXPECT_FALSE(r.result.error.isError()) << r.result.error.fullText().toStdString();
    for (const QString &id : ids)
        EXPECT_EQ(r.perSubscription.value(id.toLower()), modelResources(id));

    // Resource Graph alone: a page that never parses is reported per subscription.
    m_emu.faults().truncateFirstN = 1000;
    r = resources(s.get(), ids, 4, ResourceDiscovery::Strategy::ResourceGraphOnly);
    EXPECT_EQ(r.result.error.kind, AzureErrorKind::MalformedResponse);
    ASSERT_EQ(r.result.outcomes.size(), ids.size());
    for (const auto &o : r.result.outcomes)
        EXPECT_EQ(o.error.kind, AzureErrorKind::MalformedResponse);
    EXPECT_TRUE(r.all.isEmpty());
}

TEST_F(AzureEmulatorTest, TokenExpiryMidDiscoveryRefreshes)
{
    m_emu.faults().tokenLifetimeSeconds = 1;
    m_emu.faults().latencyMs = 150;
    m_emu.faults().pageSize = 5;
    AzureClientConfig cfg = config();
    cfg.maxRequestsInFlight = 2;
    auto s = session(cfg);
    const auto t = discover(s.get());
    ASSERT_FALSE(t.error.isError()) << t.error.fullText().toStdString();
    const Resources r = resources(s.get(), connectableIds(t.snapshot), 1);
    EXPECT_FALSE(r.result.error.isError()) << r.result.error.fullText().toStdString();
    EXPECT_GE(m_emu.stats().tokenRequests, 2);
}

TEST_F(AzureEmulatorTest, ArmErrorsFromTheWire)
{
    auto s = session(config());
    ArmClient *arm = s->armClient();
    QObject ctx;
    auto get = [&](const QUrl &url) {
        ArmResponse out;
        bool done = false;
        arm->get(url, &ctx, [&](const ArmResponse &r) {
            out = r;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
        return out;
    };
    ArmResponse r = get(arm->url(u"/subscriptions/00000000-1111-2222-3333-444444444444/resources"_s,
                                 ApiVersion::Resources));
    EXPECT_EQ(r.error.kind, AzureErrorKind::SubscriptionNotFound);
    EXPECT_FALSE(r.error.message().isEmpty());

    auto reader = session(
        config(sandbox::SubscriptionReaderClientId, sandbox::SubscriptionReaderClientSecret));
    ArmResponse denied;
    bool done = false;
    reader->armClient()->get(
        reader->armClient()->url(u"/providers/Microsoft.Management/managementGroups/"_s +
                                     QLatin1String(sandbox::TenantId),
                                 ApiVersion::ManagementGroups),
        &ctx, [&](const ArmResponse &x) {
            denied = x;
            done = true;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWaitMs));
    EXPECT_EQ(denied.error.kind, AzureErrorKind::AuthorizationFailed);
    EXPECT_TRUE(denied.error.scope.endsWith(QLatin1String(sandbox::TenantId)));
    EXPECT_TRUE(denied.error.advice().contains(denied.error.scope));

    // A token ARM does not know: InvalidAuthenticationToken on the wire.
    QNetworkRequest req(arm->url(u"/subscriptions"_s, ApiVersion::Subscriptions));
    req.setRawHeader("Authorization", "Bearer not-a-token");
    QNetworkReply *reply = m_nam.get(req);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const AzureError e = AzureParsers::armError(
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    reply->deleteLater();
    EXPECT_EQ(e.kind, AzureErrorKind::InvalidToken);
    EXPECT_EQ(e.code, u"InvalidAuthenticationToken"_s);
    EXPECT_FALSE(e.advice().isEmpty());
}

TEST_F(AzureEmulatorTest, CancelLeavesNothingRunning)
{
    auto s = session(config());
    const auto t = discover(s.get());
    m_emu.faults().latencyMs = 500;
    ResourceDiscovery d(s.get(), connectableIds(t.snapshot));
    d.setBatchSize(1);
    QSignalSpy spy(&d, &ResourceDiscovery::finished);
    d.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return s->armClient()->activeCount() > 0; }, kWaitMs));
    d.cancel();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().value<ResourceDiscovery::Result>().error.kind,
              AzureErrorKind::Cancelled);
    EXPECT_EQ(s->armClient()->activeCount(), 0);
    EXPECT_EQ(s->armClient()->queuedCount(), 0);
    QTest::qWait(50);
    EXPECT_EQ(spy.count(), 1);

    ConnectionTester tester(s.get(), false);
    QSignalSpy tspy(&tester, &ConnectionTester::finished);
    tester.start();
    tester.cancel();
    ASSERT_EQ(tspy.count(), 1);
    const auto tr = tspy.first().first().value<ConnectionTester::Result>();
    EXPECT_EQ(tr.error.kind, AzureErrorKind::Cancelled);
    EXPECT_FALSE(tr.ok);
    EXPECT_EQ(s->armClient()->activeCount(), 0);
    QTest::qWait(50);
    EXPECT_EQ(tspy.count(), 1);
}

// --- HTTPS ---------------------------------------------------------------------------------

class AzureEmulatorTlsTest : public AzureEmulatorTest
{
protected:
    void SetUp() override
    {
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        QString error;
        ASSERT_TRUE(m_emu.loadTenantJson(AzureEmulator::sandboxTenantJson(), &error));
        QFile certFile(tlsFile("server.pem")), keyFile(tlsFile("server.key"));
        ASSERT_TRUE(certFile.open(QIODevice::ReadOnly));
        ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        ASSERT_FALSE(cert.isNull());
        ASSERT_FALSE(key.isNull());
        ASSERT_TRUE(m_emu.listenTls(cert, key, 0, &error)) << error.toStdString();
        ASSERT_EQ(m_emu.baseUrl().scheme(), u"https"_s);
    }
};

TEST_F(AzureEmulatorTlsTest, TrustedThroughTheCustomCa)
{
    AzureClientConfig cfg = config();
    cfg.caCertificateFile = tlsFile("ca.pem");
    auto s = session(cfg);
    const auto r = test(s.get());
    EXPECT_TRUE(r.ok) << r.error.fullText().toStdString();
    const Resources res = resources(s.get(), connectableIds(r.snapshot));
    EXPECT_FALSE(res.result.error.isError());
    EXPECT_GT(res.all.size(), 100);
}

TEST_F(AzureEmulatorTlsTest, WithoutTheCaTlsFailsWithWords)
{
    auto s = session(config());
    const auto r = test(s.get());
    EXPECT_EQ(r.error.kind, AzureErrorKind::Tls);
    EXPECT_EQ(r.steps[0].status, ConnectionTester::StepStatus::Failed);
    EXPECT_TRUE(r.error.message().contains(u"not trusted"_s)) << r.error.message().toStdString();
    EXPECT_TRUE(r.error.advice().contains(u"custom CA"_s));

    AzureClientConfig cfg = config();
    cfg.caCertificateFile = tlsFile("does-not-exist.pem");
    auto missing = session(cfg);
    EXPECT_EQ(test(missing.get()).error.kind, AzureErrorKind::InvalidInput);
}

TEST_F(AzureEmulatorTest, PausedDiscoveryStartsNoNewBatchUntilResumed)
{
    auto s = session(config());
    const QStringList ids = connectableIds(discover(s.get()).snapshot);
    ASSERT_GE(ids.size(), 3);
    ResourceDiscovery d(s.get(), ids);
    d.setBatchSize(1);
    d.setConcurrentBatches(1);
    // One lane, so that exactly one batch runs when the pause comes (the hybrid's ARM lane
    // honours the pause the same way, with its own lists in flight).
    d.setStrategy(ResourceDiscovery::Strategy::ResourceGraphOnly);
    QStringList reported;
    QObject::connect(&d, &ResourceDiscovery::subscriptionsFinished, &d,
                     [&](const QStringList &batch, const QList<AzureResource> &) {
                         reported += batch;
                         if (reported.size() == 1)
                             d.pause(); // backpressure after the first batch
                     });
    QSignalSpy finished(&d, &ResourceDiscovery::finished);
    d.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !reported.isEmpty(); }, kWaitMs));
    EXPECT_TRUE(d.isPaused());
    // Paused: once the client is idle nothing else may start or be reported.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return s->armClient()->activeCount() == 0 && s->armClient()->queuedCount() == 0; },
        kWaitMs));
    QCoreApplication::processEvents();
    EXPECT_EQ(reported.size(), 1);
    EXPECT_TRUE(d.isRunning());
    EXPECT_EQ(finished.count(), 0);

    d.resume();
    EXPECT_FALSE(d.isPaused());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(reported.size(), ids.size());
    const auto result = finished.first().first().value<ResourceDiscovery::Result>();
    EXPECT_FALSE(result.error.isError());
}
