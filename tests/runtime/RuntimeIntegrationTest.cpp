// The runtime against the Azure emulator over loopback, with a real SQLite file.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "AzureEmulator.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryExport.h"
#include "runtime/Scheduler.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

const QString Root = QString::fromLatin1(sandbox::TenantId);
const QString S1 = u"11111111-0000-4000-8000-000000000001"_s;
const QString S2 = u"11111111-0000-4000-8000-000000000002"_s;
const QString S3 = u"11111111-0000-4000-8000-000000000003"_s; // out of scope (mg-out)
const QString S4 = u"11111111-0000-4000-8000-000000000004"_s; // disabled, in scope
const QString S5 = u"11111111-0000-4000-8000-000000000005"_s; // added later
const QString S6 = u"11111111-0000-4000-8000-000000000006"_s;

QByteArray tenantJson()
{
    auto sub = [](const QString &id, const QString &name, const QString &parent,
                  const QString &state = u"Enabled"_s) {
        return QJsonObject{{u"subscriptionId"_s, id},
                           {u"displayName"_s, name},
                           {u"state"_s, state},
                           {u"parent"_s, parent}};
    };
    auto res = [](const QString &sid, const QString &rg, const QString &type, const QString &name,
                  const QJsonObject &tags = {}, const QJsonObject &props = {}) {
        QJsonObject o{
            {u"subscriptionId"_s, sid}, {u"resourceGroup"_s, rg},         {u"type"_s, type},
            {u"name"_s, name},          {u"location"_s, u"westeurope"_s}, {u"tags"_s, tags}};
        if (!props.isEmpty())
            o.insert(u"properties"_s, props);
        return o;
    };
    QJsonArray resources;
    for (const QString &s : {S1, S2, S3, S4, S6}) {
        resources.append(res(s, u"rg-app"_s, u"Microsoft.Compute/virtualMachines"_s,
                             u"vm-"_s + s.right(1), QJsonObject{{u"env"_s, u"prod"_s}}));
        resources.append(
            res(s, u"rg-app"_s, u"Microsoft.Storage/storageAccounts"_s, u"st"_s + s.right(1)));
    }
    resources.append(
        res(S1, u"rg-net"_s, u"Microsoft.Network/publicIPAddresses"_s, u"pip-1"_s, {},
            QJsonObject{{u"ipAddress"_s, u"20.30.40.50"_s},
                        {u"dnsSettings"_s,
                         QJsonObject{{u"fqdn"_s, u"app1.westeurope.cloudapp.azure.com"_s}}}}));
    resources.append(res(S2, u"rg-web"_s, u"Microsoft.Web/sites"_s, u"web-2"_s, {},
                         QJsonObject{{u"defaultHostName"_s, u"web-2.azurewebsites.net"_s}}));
    const QJsonObject t{
        {u"tenantId"_s, Root},
        {u"displayName"_s, u"Runtime test"_s},
        {u"domains"_s, QJsonArray{QString::fromLatin1(sandbox::TenantDomain)}},
        {u"managementGroups"_s,
         QJsonArray{
             QJsonObject{{u"name"_s, Root}, {u"displayName"_s, u"Tenant Root Group"_s}},
             QJsonObject{{u"name"_s, u"mg-in"_s}, {u"displayName"_s, u"In"_s}, {u"parent"_s, Root}},
             QJsonObject{{u"name"_s, u"mg-in-child"_s},
                         {u"displayName"_s, u"In child"_s},
                         {u"parent"_s, u"mg-in"_s}},
             QJsonObject{{u"name"_s, u"mg-in-grandchild"_s},
                         {u"displayName"_s, u"In grandchild"_s},
                         {u"parent"_s, u"mg-in-child"_s}},
             QJsonObject{
                 {u"name"_s, u"mg-out"_s}, {u"displayName"_s, u"Out"_s}, {u"parent"_s, Root}}}},
        {u"subscriptions"_s,
         QJsonArray{sub(S1, u"Alpha"_s, u"mg-in"_s), sub(S2, u"Beta"_s, u"mg-in-child"_s),
                    sub(S3, u"Gamma"_s, u"mg-out"_s),
                    sub(S4, u"Delta"_s, u"mg-in"_s, u"Disabled"_s),
                    sub(S6, u"Zeta"_s, u"mg-in"_s)}},
        {u"resources"_s, resources},
        {u"apps"_s,
         QJsonArray{QJsonObject{
             {u"clientId"_s, QString::fromLatin1(sandbox::ClientId)},
             {u"displayName"_s, u"atc"_s},
             {u"secrets"_s,
              QJsonArray{QJsonObject{{u"value"_s, QString::fromLatin1(sandbox::ClientSecret)},
                                     {u"expires"_s, u"2099-12-31T00:00:00Z"_s}}}},
             {u"roles"_s,
              QJsonArray{QJsonObject{
                  {u"role"_s, u"Reader"_s},
                  {u"scope"_s,
                   QString(u"/providers/Microsoft.Management/managementGroups/"_s + Root)}}}}}}},
    };
    return QJsonDocument(t).toJson(QJsonDocument::Compact);
}

struct Env
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    ConnectorProfile profile;

    explicit Env(bool autoCreate = true, bool detach = true)
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(tenantJson(), &error)) << qPrintable(error);
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
        profile.id = u"prof-1"_s;
        profile.name = u"Test tenant"_s;
        profile.cloud = CloudType::Custom;
        profile.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        profile.directoryId = Root;
        profile.clientId = QString::fromLatin1(sandbox::ClientId);
        profile.connectorNamePrefix = u"az"_s;
        profile.scopeMode = ScopeMode::SelectedManagementGroups;
        profile.selectedManagementGroups = {u"mg-in"_s};
        profile.autoCreateForNewSubscriptions = autoCreate;
        profile.detachDisableForDeletedSubscriptions = detach;
        profile.assetTagIds = {u"tag-generic"_s};
        TagRule rule;
        rule.field = TagRuleField::AzureTag;
        rule.azureTagKey = u"ENV"_s;
        rule.op = TagRuleOperator::Equals;
        rule.value = u"Prod"_s;
        rule.tagId = u"tag-prod"_s;
        profile.tagRules = {rule};
        profile.activateVmScanning = true;
        profile.activateCloudPerimeterScan = true;
        profile.activateCertView = true;
        makeRuntime();
    }

    void makeRuntime()
    {
        runtime.reset();
        ConnectorRuntime::Options o;
        o.databasePath = dir.filePath(u"inventory.sqlite"_s);
        o.lockDirectory = dir.filePath(u"locks"_s);
        o.batchSize = 2; // several batches even in a small tenant
        auto secrets = [](const ConnectorProfile &, QObject *context,
                          ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context,
                               [done] { done(QString::fromLatin1(sandbox::ClientSecret), {}); });
        };
        runtime = std::make_unique<ConnectorRuntime>(&nam, secrets, o);
        QString error;
        EXPECT_TRUE(runtime->open(&error)) << qPrintable(error);
        runtime->setProfiles({profile});
    }

    RunSummary run(ConnectorRuntime::StartResult expected = ConnectorRuntime::StartResult::Started)
    {
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        const auto r = runtime->runTenant(profile.id);
        EXPECT_EQ(r, expected);
        if (r != ConnectorRuntime::StartResult::Started)
            return {};
        EXPECT_TRUE(finished.wait(60000));
        if (finished.isEmpty())
            return {};
        return finished.first().at(1).value<RunSummary>();
    }

    std::optional<SubscriptionConnector> connectorFor(const QString &sid) const
    {
        for (const auto &c : runtime->connectors(profile.id)) {
            if (c.subscriptionId.compare(sid, Qt::CaseInsensitive) == 0)
                return c;
        }
        return std::nullopt;
    }

    QStringList connectorSubscriptions() const
    {
        QStringList l;
        for (const auto &c : runtime->connectors(profile.id))
            l << c.subscriptionId.toLower();
        l.sort();
        return l;
    }

    QList<InventoryDatabase::AssetRow> assets(bool includeRemoved = false) const
    {
        QList<InventoryDatabase::AssetRow> rows;
        InventoryDatabase::ExportFilter f;
        f.includeRemoved = includeRemoved;
        runtime->database()->forEachAsset(f,
                                          [&](const InventoryDatabase::AssetRow &a) { rows << a; });
        return rows;
    }
};

} // namespace

TEST(RuntimeIntegration, FirstRunCreatesExactlyTheInScopeConnectorsAndFillsTheInventory)
{
    Env env;
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully) << qPrintable(s.errors.join(u'\n'));
    EXPECT_EQ(s.counts.connectorsCreated, 3);
    EXPECT_EQ(env.connectorSubscriptions(), (QStringList{S1, S2, S6}));
    EXPECT_EQ(env.connectorFor(S1)->name, u"az-Alpha"_s);
    for (const auto &c : env.runtime->connectors(env.profile.id)) {
        EXPECT_EQ(c.state, ConnectorState::FinishedSuccessfully);
        EXPECT_TRUE(c.lastRun.isValid());
        EXPECT_GT(c.nextRun, c.lastRun);
        EXPECT_TRUE(c.lastError.isEmpty());
    }
    EXPECT_EQ(env.connectorFor(S1)->assetCount, 3);
    EXPECT_EQ(env.connectorFor(S2)->assetCount, 3);
    EXPECT_EQ(s.counts.assetsCreated, 8);
    const auto tenant = env.runtime->tenantStatus(env.profile.id);
    ASSERT_TRUE(tenant);
    EXPECT_EQ(tenant->state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(tenant->subscriptionsInScope, 3);

    // Tags and activation on the real data.
    for (const auto &a : env.assets()) {
        EXPECT_TRUE(a.assetTags.contains(u"tag-generic"_s));
        EXPECT_EQ(a.assetTags.contains(u"tag-prod"_s),
                  a.type.endsWith(u"virtualMachines"_s, Qt::CaseInsensitive))
            << qPrintable(a.resourceId) << qPrintable(a.tagsJson)
            << qPrintable(a.assetTags.join(u","_s));
        if (a.type.endsWith(u"virtualMachines"_s, Qt::CaseInsensitive)) {
            EXPECT_EQ(a.activation, QStringList{u"VM"_s});
        }
        if (a.type.endsWith(u"sites"_s, Qt::CaseInsensitive)) {
            EXPECT_EQ(a.activation, (QStringList{u"CERTVIEW"_s, u"CPS"_s}));
        }
    }
    QStringList targets;
    for (const auto &t : env.runtime->database()->perimeterTargets(env.profile.id))
        targets << t.target;
    EXPECT_EQ(targets, (QStringList{u"20.30.40.50"_s, u"app1.westeurope.cloudapp.azure.com"_s,
                                    u"web-2.azurewebsites.net"_s}));

    // Unchanged re-run: no asset row written.
    const RunSummary again = env.run();
    EXPECT_EQ(again.state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(again.counts.rowsWritten(), 0);
    EXPECT_EQ(again.counts.assetsUnchanged, 8);
    EXPECT_EQ(again.counts.connectorsCreated, 0);
    EXPECT_EQ(env.runtime->database()->runs(env.profile.id).size(), 2);
}

TEST(RuntimeIntegration, NewSubscriptionWithAutoCreateOn)
{
    Env env(true, true);
    env.run();
    ASSERT_TRUE(env.emu.addSubscription(S5, u"Epsilon"_s, u"mg-in-child"_s));
    ASSERT_TRUE(env.emu.addResource(S5, u"rg"_s, u"Microsoft.Compute/virtualMachines"_s,
                                    u"vm-new"_s, u"westeurope"_s));
    const RunSummary s = env.run();
    EXPECT_EQ(s.counts.connectorsCreated, 1);
    ASSERT_TRUE(env.connectorFor(S5));
    EXPECT_EQ(env.connectorFor(S5)->name, u"az-Epsilon"_s);
    EXPECT_EQ(env.connectorFor(S5)->assetCount, 1);
}

TEST(RuntimeIntegration, ConnectorsKeepTheirManagementGroupPath)
{
    Env env(true, true);
    ASSERT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(env.connectorFor(S1)->managementGroupPath, u"Tenant Root Group / In"_s);
    EXPECT_EQ(env.connectorFor(S2)->managementGroupPath, u"Tenant Root Group / In / In child"_s);

    // A subscription added later under a nested group: the auto-created connector (made by a
    // run, not by the wizard) has its path stored, as display names root first.
    ASSERT_TRUE(env.emu.addSubscription(S5, u"Epsilon"_s, u"mg-in-grandchild"_s));
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully) << qPrintable(s.errors.join(u'\n'));
    EXPECT_EQ(s.counts.connectorsCreated, 1);
    ASSERT_TRUE(env.connectorFor(S5));
    EXPECT_EQ(env.connectorFor(S5)->managementGroupPath,
              u"Tenant Root Group / In / In child / In grandchild"_s);

    // A move within the scope changes the stored path; a fresh database object reads it back.
    ASSERT_TRUE(env.emu.moveSubscription(S1, u"mg-in-grandchild"_s));
    EXPECT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
    env.makeRuntime();
    ASSERT_TRUE(env.connectorFor(S1));
    EXPECT_EQ(env.connectorFor(S1)->managementGroupPath,
              u"Tenant Root Group / In / In child / In grandchild"_s);
    EXPECT_TRUE(env.connectorFor(S1)->isRunnable());

    // Deleted: detached, and the last known path stays.
    ASSERT_TRUE(env.emu.deleteSubscription(S2));
    EXPECT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
    ASSERT_TRUE(env.connectorFor(S2));
    EXPECT_FALSE(env.connectorFor(S2)->attached);
    EXPECT_EQ(env.connectorFor(S2)->managementGroupPath, u"Tenant Root Group / In / In child"_s);
}

TEST(RuntimeIntegration, NewSubscriptionWithAutoCreateOff)
{
    Env env(false, true);
    env.run();
    EXPECT_EQ(env.connectorSubscriptions().size(), 3); // creation ignores the option
    ASSERT_TRUE(env.emu.addSubscription(S5, u"Epsilon"_s, u"mg-in"_s));
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(s.counts.connectorsCreated, 0);
    EXPECT_FALSE(env.connectorFor(S5));
}

class LifecycleTest : public ::testing::TestWithParam<bool>
{};

TEST_P(LifecycleTest, DeletedDisabledMovedOutAndTheirReturn)
{
    const bool detach = GetParam();
    Env env(true, detach);
    env.run();
    const int s1Assets = env.connectorFor(S1)->assetCount;

    ASSERT_TRUE(env.emu.deleteSubscription(S1));
    ASSERT_TRUE(env.emu.setSubscriptionState(S2, u"Disabled"_s));
    ASSERT_TRUE(env.emu.moveSubscription(S6, u"mg-out"_s));
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully) << qPrintable(s.errors.join(u'\n'));
    EXPECT_EQ(env.connectorSubscriptions(), (QStringList{S1, S2, S6})); // nothing deleted
    const struct
    {
        QString sid;
        FlagReason reason;
    } expected[] = {{S1, FlagReason::SubscriptionDeleted},
                    {S2, FlagReason::SubscriptionDisabled},
                    {S6, FlagReason::OutOfScope}};
    for (const auto &e : expected) {
        const auto c = env.connectorFor(e.sid);
        ASSERT_TRUE(c);
        EXPECT_EQ(c->flag, e.reason) << qPrintable(e.sid);
        EXPECT_EQ(c->disabled, detach);
        EXPECT_EQ(c->attached, !detach);
        EXPECT_EQ(c->state == ConnectorState::Disabled, detach);
    }
    EXPECT_EQ(s.counts.connectorsDisabled, detach ? 3 : 0);
    EXPECT_EQ(s.counts.connectorsFlagged, detach ? 0 : 3);
    // History and inventory stay.
    EXPECT_EQ(env.connectorFor(S1)->assetCount, s1Assets);
    EXPECT_EQ(env.runtime->database()->assetCount(env.connectorFor(S1)->id), s1Assets);

    // They come back.
    ASSERT_TRUE(env.emu.addSubscription(S1, u"Alpha"_s, u"mg-in"_s));
    ASSERT_TRUE(env.emu.setSubscriptionState(S2, u"Enabled"_s));
    ASSERT_TRUE(env.emu.moveSubscription(S6, u"mg-in-child"_s));
    const RunSummary back = env.run();
    EXPECT_EQ(back.state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(back.counts.connectorsReattached, detach ? 3 : 0);
    EXPECT_EQ(back.counts.connectorsCreated, 0);
    for (const QString &sid : {S1, S2, S6}) {
        const auto c = env.connectorFor(sid);
        EXPECT_TRUE(c->isRunnable()) << qPrintable(sid);
        EXPECT_EQ(c->state, ConnectorState::FinishedSuccessfully);
    }
    // S1 came back empty (a new subscription with the same id): its assets are removed.
    EXPECT_EQ(env.connectorFor(S1)->assetCount, 0);
    EXPECT_EQ(back.counts.assetsRemoved, s1Assets);
}

INSTANTIATE_TEST_SUITE_P(DetachDisable, LifecycleTest, ::testing::Bool());

TEST(RuntimeIntegration, RemovedResourcesAreMarkedAndReturn)
{
    Env env;
    env.run();
    const QString rid = u"/subscriptions/"_s + S1 +
                        u"/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/st1"_s;
    ASSERT_TRUE(env.emu.removeResource(rid));
    const RunSummary s = env.run();
    EXPECT_EQ(s.counts.assetsRemoved, 1);
    EXPECT_EQ(env.connectorFor(S1)->assetCount, 2);
    bool found = false;
    for (const auto &a : env.assets(true)) {
        if (a.resourceId.compare(rid, Qt::CaseInsensitive) == 0) {
            found = true;
            EXPECT_TRUE(a.removedAt.isValid());
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(env.assets(false).size(), 7);

    ASSERT_TRUE(env.emu.addResource(S1, u"rg-app"_s, u"Microsoft.Storage/storageAccounts"_s,
                                    u"st1"_s, u"westeurope"_s));
    const RunSummary back = env.run();
    EXPECT_EQ(back.counts.assetsUpdated, 1);
    EXPECT_EQ(back.counts.assetsCreated, 0);
    EXPECT_EQ(env.connectorFor(S1)->assetCount, 3);
}

TEST(RuntimeIntegration, SecondRunOfTheSameConnectorIsRefusedAsBusy)
{
    Env env;
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    EXPECT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    EXPECT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Busy);
    ASSERT_TRUE(finished.wait(60000));
    const qint64 id = env.connectorFor(S1)->id;

    // A second runtime (as another window or process would) sees the lock file.
    ConnectorRuntime::Options o;
    o.databasePath = env.dir.filePath(u"inventory.sqlite"_s);
    o.lockDirectory = env.dir.filePath(u"locks"_s);
    ConnectorRuntime other(
        &env.nam, [](const ConnectorProfile &, QObject *, auto) {}, o);
    ASSERT_TRUE(other.open());
    other.setProfiles({env.profile});
    EXPECT_EQ(env.runtime->runSubscriptionConnector(id), ConnectorRuntime::StartResult::Started);
    EXPECT_EQ(other.runTenant(env.profile.id), ConnectorRuntime::StartResult::Busy);
    EXPECT_EQ(other.runSubscriptionConnector(id), ConnectorRuntime::StartResult::Busy);
    ASSERT_TRUE(finished.wait(60000));
    const RunSummary single = finished.at(1).at(1).value<RunSummary>();
    EXPECT_EQ(single.state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(single.counts.subscriptionsOk, 1);
}

TEST(RuntimeIntegration, LockHeldByAnotherProcessMeansBusy)
{
    Env env;
    QProcess holder;
    holder.start(QStringLiteral(ATC_RUNTIME_TESTHELPER),
                 {u"lock"_s, env.dir.filePath(u"locks"_s), env.profile.id});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return holder.canReadLine(); }, 30000));
    ASSERT_EQ(holder.readLine().trimmed(), "locked"_ba);
    EXPECT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Busy);
    holder.write("\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
    EXPECT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
}

TEST(RuntimeIntegration, ThrottledTenantFinishes)
{
    Env env;
    env.emu.faults().throttleFraction = 0.4;
    env.emu.faults().retryAfterSeconds = 0;
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully) << qPrintable(s.errors.join(u'\n'));
    EXPECT_EQ(s.counts.assetsCreated, 8);
    EXPECT_GT(env.emu.stats().throttled, 0);
}

TEST(RuntimeIntegration, WrongSecretIsAnErrorInWords)
{
    Env env;
    ConnectorRuntime::Options o;
    o.databasePath = env.dir.filePath(u"inventory.sqlite"_s);
    o.lockDirectory = env.dir.filePath(u"locks"_s);
    ConnectorRuntime rt(
        &env.nam,
        [](const ConnectorProfile &, QObject *ctx, ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, ctx, [done] { done(u"wrong-secret"_s, {}); });
        },
        o);
    ASSERT_TRUE(rt.open());
    rt.setProfiles({env.profile});
    QSignalSpy finished(&rt, &ConnectorRuntime::runFinished);
    ASSERT_EQ(rt.runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(finished.wait(60000));
    const RunSummary s = finished.first().at(1).value<RunSummary>();
    EXPECT_EQ(s.state, ConnectorState::Error);
    EXPECT_EQ(s.errorKind, AzureErrorKind::InvalidSecret);
    const auto tenant = rt.tenantStatus(env.profile.id);
    ASSERT_TRUE(tenant);
    EXPECT_EQ(tenant->state, ConnectorState::Error);
    EXPECT_FALSE(tenant->lastError.isEmpty());
    EXPECT_TRUE(rt.connectors(env.profile.id).isEmpty());
}

TEST(RuntimeIntegration, ApplicationCaFileFromTheSettingsReachesTheAzureClient)
{
    // The settings' CA file is used when the profile has none: an unreadable one must stop
    // the run with words that name it, before any request.
    Env env;
    ConnectorRuntime::Options o;
    o.databasePath = env.dir.filePath(u"inventory.sqlite"_s);
    o.lockDirectory = env.dir.filePath(u"locks"_s);
    o.caCertificateFile = env.dir.filePath(u"missing-ca.pem"_s);
    o.transferTimeoutMs = 5000;
    ConnectorRuntime rt(
        &env.nam,
        [](const ConnectorProfile &, QObject *ctx, ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, ctx,
                               [done] { done(QString::fromLatin1(sandbox::ClientSecret), {}); });
        },
        o);
    ASSERT_TRUE(rt.open());
    ASSERT_TRUE(env.profile.caCertificateFile.isEmpty());
    rt.setProfiles({env.profile});
    QSignalSpy finished(&rt, &ConnectorRuntime::runFinished);
    ASSERT_EQ(rt.runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(finished.wait(60000));
    const RunSummary s = finished.first().at(1).value<RunSummary>();
    EXPECT_EQ(s.state, ConnectorState::Error);
    EXPECT_EQ(s.errorKind, AzureErrorKind::InvalidInput);
    const auto tenant = rt.tenantStatus(env.profile.id);
    ASSERT_TRUE(tenant);
    EXPECT_TRUE(tenant->lastError.contains(u"missing-ca.pem"_s)) << tenant->lastError.toStdString();
}

TEST(RuntimeIntegration, CancelledRunLeavesNothingRunning)
{
    Env env;
    env.emu.faults().latencyMs = 50;
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    QSignalSpy started(env.runtime.get(), &ConnectorRuntime::runStarted);
    ASSERT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(started.wait(30000));
    env.runtime->cancel(env.profile.id);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    const RunSummary s = finished.first().at(1).value<RunSummary>();
    EXPECT_TRUE(s.cancelled);
    EXPECT_FALSE(env.runtime->isRunning(env.profile.id));
    for (const auto &c : env.runtime->connectors(env.profile.id))
        EXPECT_NE(c.state, ConnectorState::Running);
    EXPECT_NE(env.runtime->tenantStatus(env.profile.id)->state, ConnectorState::Running);
    // Still due: a cancelled run does not count.
    EXPECT_TRUE(env.runtime->dueWork(env.profile.id, QDateTime::currentDateTimeUtc()).tenant);
    // And the next run works.
    env.emu.faults().latencyMs = 0;
    EXPECT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
}

TEST(RuntimeIntegration, CancelBetweenReconcileAndResourceDiscovery)
{
    // The steps after the tenant discovery run in events of their own: a cancel() in between
    // (here: when the reconciled connectors are saved) ends the run there.
    Env env;
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    int states = 0;
    const QMetaObject::Connection cancelling =
        QObject::connect(env.runtime.get(), &ConnectorRuntime::stateChanged, env.runtime.get(),
                         [&](const QString &profileId) {
                             if (++states == 2) // 1: the tenant Running, 2: connectors saved
                                 env.runtime->cancel(profileId);
                         });
    ASSERT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    const RunSummary s = finished.first().at(1).value<RunSummary>();
    EXPECT_TRUE(s.cancelled);
    EXPECT_EQ(s.counts.rowsWritten(), 0);
    EXPECT_FALSE(env.runtime->isRunning(env.profile.id));
    const auto connectors = env.runtime->connectors(env.profile.id);
    EXPECT_FALSE(connectors.isEmpty()); // the reconciled connectors were saved
    for (const auto &c : connectors) {
        EXPECT_NE(c.state, ConnectorState::Running);
        EXPECT_EQ(c.assetCount, 0);
    }
    EXPECT_NE(env.runtime->tenantStatus(env.profile.id)->state, ConnectorState::Running);
    QObject::disconnect(cancelling);
    EXPECT_EQ(env.run().state, ConnectorState::FinishedSuccessfully);
}

TEST(RuntimeIntegration, WizardCreateRecordsConnectorsWithoutNetworkThenRuns)
{
    Env env;
    TenantSnapshot snap;
    snap.tenantId = Root;
    snap.rootGroupReadable = true;
    snap.managementGroups = {ManagementGroup{{}, Root, u"Root"_s, {}},
                             ManagementGroup{{}, u"mg-in"_s, u"In"_s, Root},
                             ManagementGroup{{}, u"mg-out"_s, u"Out"_s, Root}};
    Subscription a;
    a.subscriptionId = S1;
    a.displayName = u"Alpha"_s;
    a.state = SubscriptionState::Enabled;
    a.managementGroupName = u"mg-in"_s;
    a.ancestry = {u"mg-in"_s, Root};
    Subscription g = a;
    g.subscriptionId = S3;
    g.displayName = u"Gamma"_s;
    g.managementGroupName = u"mg-out"_s;
    g.ancestry = {u"mg-out"_s, Root};
    snap.subscriptions = {a, g};
    QString error;
    ASSERT_TRUE(env.runtime->createSubscriptionConnectors(env.profile, snap, &error))
        << qPrintable(error);
    EXPECT_EQ(env.connectorSubscriptions(), QStringList{S1});
    EXPECT_EQ(env.connectorFor(S1)->state, ConnectorState::Queued);
    EXPECT_EQ(env.emu.stats().requests, 0);
    // The path comes from the wizard's snapshot (its display names).
    EXPECT_EQ(env.connectorFor(S1)->managementGroupPath, u"Root / In"_s);
    EXPECT_FALSE(env.runtime->createSubscriptionConnectors(env.profile, snap, &error));
    EXPECT_TRUE(env.runtime->dueWork(env.profile.id, QDateTime::currentDateTimeUtc()).tenant);

    // The first run: the live tenant has more in scope; auto-create (on) adds them.
    const RunSummary s = env.run();
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(env.connectorSubscriptions(), (QStringList{S1, S2, S6}));
    // The run replaces it with the live tenant's.
    EXPECT_EQ(env.connectorFor(S1)->managementGroupPath, u"Tenant Root Group / In"_s);
    EXPECT_EQ(env.connectorFor(S6)->managementGroupPath, u"Tenant Root Group / In"_s);
}

TEST(RuntimeIntegration, SchedulerRunsMissedWorkOnceAtStart)
{
    Env env;
    env.run();
    // Pretend the app was closed for days: everything is overdue by many periods.
    auto tenant = *env.runtime->tenantStatus(env.profile.id);
    tenant.nextRun = QDateTime::currentDateTimeUtc().addDays(-3);
    ASSERT_TRUE(env.runtime->database()->saveTenantStatus(tenant));

    Scheduler scheduler(env.runtime.get());
    QSignalSpy scheduled(&scheduler, &Scheduler::runScheduled);
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    scheduler.setEnabled(true);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(scheduled.count(), 1);
    EXPECT_TRUE(scheduled.first().at(1).toBool()); // the tenant run
    // After it nothing is due: the scheduler sleeps until the next period.
    EXPECT_TRUE(env.runtime->dueWork(env.profile.id, QDateTime::currentDateTimeUtc()).isEmpty());
    QTest::qWait(0);
    EXPECT_EQ(scheduled.count(), 1);
    EXPECT_GT(scheduler.nextWakeUp(), QDateTime::currentDateTimeUtc());

    // Only one subscription connector due: only it runs.
    auto c = *env.connectorFor(S2);
    c.nextRun = QDateTime::currentDateTimeUtc().addSecs(-10);
    QList<SubscriptionConnector> list{c};
    ASSERT_TRUE(env.runtime->database()->saveConnectors(list));
    scheduler.poke();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(scheduled.count(), 2);
    EXPECT_FALSE(scheduled.at(1).at(1).toBool());
    EXPECT_EQ(scheduled.at(1).at(2).toInt(), 1);
    scheduler.setEnabled(false);
}
