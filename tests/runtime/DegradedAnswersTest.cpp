// Degraded answers do not erase (issue 10, point 8), against the emulator over loopback with a
// real SQLite file: (a) Resource Graph denied, the per-subscription ARM lists lack public IPs,
// DNS names and properties and spell types their own way; (b) Resource Graph leaves one
// subscription's rows out while ARM still lists them.
#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include "AzureEmulator.h"
#include "runtime/ConnectorRuntime.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

// Contoso Online Web Prod (62 resources, some with public IPs and DNS names).
const QString WebProd = u"c0a1b2c3-0007-4d5e-9f60-7a8b9c0d1e07"_s;

struct Env
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    ConnectorProfile profile;

    explicit Env(bool cspm = false)
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error))
            << qPrintable(error);
        // A resource group spelled in mixed case: Resource Graph answers it in lower case,
        // the ARM list as created.
        EXPECT_TRUE(emu.addResource(WebProd, u"RG-Mixed-Case"_s,
                                    u"Microsoft.Network/networkSecurityGroups"_s, u"nsg-Mixed"_s,
                                    u"westeurope"_s));
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
        profile.id = u"prof-degraded"_s;
        profile.name = u"Contoso"_s;
        profile.cloud = CloudType::Custom;
        profile.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        profile.directoryId = QString::fromLatin1(sandbox::TenantId);
        profile.clientId = QString::fromLatin1(sandbox::ClientId);
        profile.connectorNamePrefix = u"az"_s;
        profile.scopeMode = ScopeMode::AllManagementGroups;
        profile.assetTagIds = {u"tag-generic"_s};
        profile.activateVmScanning = true;
        profile.activateCloudPerimeterScan = true;
        profile.activateCertView = true;
        profile.cspmEnabled = cspm;

        ConnectorRuntime::Options o;
        o.databasePath = dir.filePath(u"inventory.sqlite"_s);
        o.lockDirectory = dir.filePath(u"locks"_s);
        auto secrets = [](const ConnectorProfile &, QObject *context,
                          ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context,
                               [done] { done(QString::fromLatin1(sandbox::ClientSecret), {}); });
        };
        runtime = std::make_unique<ConnectorRuntime>(&nam, secrets, o);
        EXPECT_TRUE(runtime->open(&error)) << qPrintable(error);
        runtime->setProfiles({profile});
    }

    RunSummary run()
    {
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        EXPECT_EQ(runtime->runTenant(profile.id), ConnectorRuntime::StartResult::Started);
        EXPECT_TRUE(finished.wait(60000));
        if (finished.isEmpty())
            return {};
        return finished.first().at(1).value<RunSummary>();
    }

    QStringList perimeterTargets() const
    {
        QStringList l;
        for (const auto &t : runtime->database()->perimeterTargets(profile.id))
            l << t.kind + u' ' + t.target;
        return l;
    }

    /** Every stored field of every asset, one line each (sorted by the database). */
    QStringList assetLines(const QString &subscriptionId = {}) const
    {
        QStringList lines;
        InventoryDatabase::ExportFilter f;
        f.profileId = profile.id;
        f.subscription = subscriptionId;
        f.withProperties = true;
        runtime->database()->forEachAsset(f, [&](const InventoryDatabase::AssetRow &a) {
            lines << QStringList{a.resourceId,
                                 a.type,
                                 a.resourceGroup,
                                 a.name,
                                 a.location,
                                 a.kind,
                                 a.tagsJson,
                                 a.propertiesJson,
                                 a.publicIps.join(u','),
                                 a.fqdns.join(u','),
                                 a.assetTags.join(u','),
                                 a.activation.join(u','),
                                 a.lastChanged.toString(Qt::ISODateWithMs)}
                         .join(u'|');
        });
        return lines;
    }

    std::optional<SubscriptionConnector> connectorFor(const QString &sid) const
    {
        for (const auto &c : runtime->connectors(profile.id)) {
            if (c.subscriptionId.compare(sid, Qt::CaseInsensitive) == 0)
                return c;
        }
        return std::nullopt;
    }
};

QString errorsOf(const RunSummary &s)
{
    return s.errors.join(u'\n');
}

/** One line per entry: readable when an expectation fails. */
std::string text(const QStringList &lines)
{
    return lines.join(u'\n').toStdString();
}

void expectResourceGraphDeniedChangesNothing(bool cspm)
{
    Env env(cspm);
    const RunSummary first = env.run();
    ASSERT_EQ(first.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(first));
    const QStringList targets = env.perimeterTargets();
    const QStringList assets = env.assetLines();
    ASSERT_GT(targets.size(), 20); // the sandbox has dozens of public IPs and DNS names
    ASSERT_GT(assets.size(), 400);
    // Resource Graph's spelling; the ARM list says "RG-Mixed-Case".
    EXPECT_TRUE(assets.join(u'\n').contains(u"|rg-mixed-case|"_s));

    // Resource Graph denied: every subscription is read through its ARM list.
    env.emu.faults().denyResourceGraph = true;
    env.emu.resetStats();
    const RunSummary denied = env.run();
    EXPECT_GT(env.emu.stats().resourceGraphRequests, 0);
    EXPECT_EQ(denied.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(denied));
    EXPECT_EQ(denied.counts.assetsUpdated, 0);
    EXPECT_EQ(denied.counts.assetsCreated, 0);
    EXPECT_EQ(denied.counts.assetsRemoved, 0);
    EXPECT_EQ(denied.counts.assetsUnchanged, assets.size());
    EXPECT_EQ(text(env.perimeterTargets()), text(targets));
    EXPECT_EQ(text(env.assetLines()), text(assets));

    // Resource Graph back: still nothing to write.
    env.emu.faults().denyResourceGraph = false;
    const RunSummary back = env.run();
    EXPECT_EQ(back.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(back));
    EXPECT_EQ(back.counts.rowsWritten(), 0);
    EXPECT_EQ(text(env.perimeterTargets()), text(targets));
    EXPECT_EQ(text(env.assetLines()), text(assets));
}

} // namespace

TEST(DegradedAnswers, ResourceGraphDeniedKeepsAddressesAndCountsNothingUpdated)
{
    expectResourceGraphDeniedChangesNothing(false);
}

TEST(DegradedAnswers, ResourceGraphDeniedKeepsPropertiesWithCspm)
{
    expectResourceGraphDeniedChangesNothing(true);
}

TEST(DegradedAnswers, ResourceGraphLeavingOutASubscriptionKeepsItsAssetsAndWarns)
{
    Env env;
    const RunSummary first = env.run();
    ASSERT_EQ(first.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(first));
    const QStringList targets = env.perimeterTargets();
    const QStringList webProd = env.assetLines(WebProd);
    ASSERT_EQ(webProd.size(), 63);
    const auto before = env.connectorFor(WebProd);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->assetCount, 63);

    // Resource Graph answers for every other subscription, but without this one's rows.
    env.emu.faults().resourceGraphOmitsSubscription = WebProd;
    const RunSummary omitted = env.run();
    EXPECT_EQ(omitted.counts.assetsRemoved, 0);
    EXPECT_EQ(omitted.counts.assetsUpdated, 0);
    EXPECT_EQ(omitted.counts.subscriptionsFailed, 0);
    EXPECT_EQ(omitted.state, ConnectorState::FinishedWithErrors);
    ASSERT_EQ(omitted.errors.size(), 1) << qPrintable(errorsOf(omitted));
    EXPECT_TRUE(omitted.errors.first().contains(WebProd)) << qPrintable(errorsOf(omitted));
    EXPECT_TRUE(omitted.errors.first().contains(u"Online Web Prod"_s));
    EXPECT_TRUE(omitted.errors.first().contains(u"Resource Graph"_s));
    EXPECT_EQ(text(env.assetLines(WebProd)), text(webProd));
    EXPECT_EQ(text(env.perimeterTargets()), text(targets));
    const auto warned = env.connectorFor(WebProd);
    ASSERT_TRUE(warned);
    EXPECT_EQ(warned->state, ConnectorState::FinishedWithErrors);
    EXPECT_EQ(warned->assetCount, 63);
    EXPECT_TRUE(warned->lastError.contains(WebProd)) << qPrintable(warned->lastError);
    const auto tenant = env.runtime->tenantStatus(env.profile.id);
    ASSERT_TRUE(tenant);
    EXPECT_EQ(tenant->state, ConnectorState::FinishedWithErrors);
    EXPECT_TRUE(tenant->lastError.contains(WebProd));

    // The subscription really is empty now (the ARM list has nothing either): removed.
    const QList<InventoryDatabase::AssetRow> rows = [&] {
        QList<InventoryDatabase::AssetRow> l;
        InventoryDatabase::ExportFilter f;
        f.subscription = WebProd;
        env.runtime->database()->forEachAsset(f, [&](const auto &a) { l << a; });
        return l;
    }();
    for (const auto &a : rows)
        ASSERT_TRUE(env.emu.removeResource(a.resourceId)) << qPrintable(a.resourceId);
    const RunSummary gone = env.run();
    EXPECT_EQ(gone.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(gone));
    EXPECT_EQ(gone.counts.assetsRemoved, 63);
    EXPECT_TRUE(env.assetLines(WebProd).isEmpty());
    const auto after = env.connectorFor(WebProd);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(after->assetCount, 0);
    EXPECT_TRUE(after->lastError.isEmpty());
}

TEST(DegradedAnswers, ResourceGraphOmissionConfirmedOnlyForSubscriptionsWithAssets)
{
    // A subscription that had no assets and gets no rows needs no ARM confirmation.
    Env env;
    env.emu.faults().resourceGraphOmitsSubscription = WebProd;
    const RunSummary first = env.run();
    EXPECT_EQ(first.state, ConnectorState::FinishedSuccessfully) << qPrintable(errorsOf(first));
    EXPECT_TRUE(env.assetLines(WebProd).isEmpty());
    // The next run without the fault fills it in.
    env.emu.faults().resourceGraphOmitsSubscription.clear();
    const RunSummary second = env.run();
    EXPECT_EQ(second.counts.assetsCreated, 63);
    EXPECT_EQ(env.assetLines(WebProd).size(), 63);
}
