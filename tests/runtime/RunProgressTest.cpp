// A run's progress (RunProgressTracker, ConnectorRun's progress()) and its record (details,
// error codes, the first run's created count, the schema 2 → 3 migration), against the
// emulator over loopback with a real SQLite file.
#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include "AzureEmulator.h"
#include "azure/AzureSession.h"
#include "azure/TenantDiscovery.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventorySchema.h"
#include "runtime/RunProgressTracker.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

bool monotone(const QList<int> &values)
{
    for (int i = 1; i < values.size(); ++i) {
        if (values.at(i) < values.at(i - 1))
            return false;
    }
    return true;
}

int intermediates(const QList<int> &values, int low = 0, int high = 100)
{
    QSet<int> distinct;
    for (int v : values) {
        if (v > low && v < high)
            distinct.insert(v);
    }
    return int(distinct.size());
}

// --- the tracker, without I/O ----------------------------------------------------------------

TEST(RunProgressTracker, MovesThroughThePhasesAndReachesHundredOnlyWhenDone)
{
    RunProgressTracker t(true);
    QList<int> seen{t.current().percent};
    t.discoveryStep(u"Signing in…"_s);
    seen << t.current().percent;
    t.discoveryStep(u"Reading subscriptions…"_s);
    seen << t.current().percent;
    EXPECT_EQ(t.current().phase, RunProgress::Phase::Subscriptions);
    EXPECT_EQ(t.current().text(), u"Reading subscriptions…"_s);
    t.discoveryStep(u"Reading the management-group hierarchy…"_s);
    seen << t.current().percent;
    t.reconciling();
    seen << t.current().percent;
    t.readingResources(4, 0);
    seen << t.current().percent;
    t.resourcesRead(0, 4, 50); // first page, nothing to extrapolate from: it creeps
    seen << t.current().percent;
    EXPECT_EQ(t.current().resourcesEstimate, 0);
    t.resourcesRead(1, 4, 100); // 100 per subscription × 4
    seen << t.current().percent;
    EXPECT_EQ(t.current().resourcesEstimate, 400);
    t.resourcesWritten(100, 1);
    seen << t.current().percent;
    t.resourcesRead(2, 4, 130); // refined: 65 per subscription × 4 = 260
    seen << t.current().percent;
    EXPECT_EQ(t.current().resourcesEstimate, 260);
    t.resourcesWritten(30, 1);
    t.resourcesRead(4, 4, 200);
    seen << t.current().percent;
    EXPECT_EQ(t.current().resourcesEstimate, 200); // everything read: exact
    t.resourcesWritten(70, 2);
    seen << t.current().percent;
    EXPECT_LT(t.current().percent, 97);
    t.finishing();
    seen << t.current().percent;
    EXPECT_LT(t.current().percent, 100);
    t.done();
    seen << t.current().percent;

    EXPECT_TRUE(monotone(seen)) << QStringList([&] {
                                       QStringList l;
                                       for (int v : seen)
                                           l << QString::number(v);
                                       return l;
                                   }())
                                       .join(u' ')
                                       .toStdString();
    EXPECT_EQ(seen.constLast(), 100);
    EXPECT_GE(intermediates(seen), 8);
    EXPECT_EQ(std::count(seen.cbegin(), seen.cend(), 100), 1);
}

TEST(RunProgressTracker, NeverGoesBackwardsWhenTheEstimateGrows)
{
    RunProgressTracker t(false);
    t.readingResources(10, 0);
    t.resourcesRead(1, 10, 10); // estimate 100
    t.resourcesWritten(10, 1);
    const int before = t.current().percent;
    EXPECT_GT(before, 0);
    t.resourcesRead(2, 10, 2000); // a huge subscription: estimate 10,000
    EXPECT_GE(t.current().percent, before);
    EXPECT_EQ(t.current().resourcesEstimate, 10000);
    EXPECT_TRUE(t.current().text().contains(u"2 of 10 subscriptions"_s))
        << t.current().text().toStdString();
}

TEST(RunProgressTracker, ALaterRunEstimatesFromThePreviousInventory)
{
    RunProgressTracker t(true);
    t.readingResources(2, 1000);
    EXPECT_EQ(t.current().resourcesEstimate, 1000);
    t.resourcesRead(0, 2, 500);
    EXPECT_GT(t.current().percent, 10); // half read moves the bar before any subscription ends
    EXPECT_TRUE(t.current().text().contains(u"~1,000"_s) || t.current().text().contains(u"~1000"_s))
        << t.current().text().toStdString();
}

// --- runs against the emulator ---------------------------------------------------------------

struct Env
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    ConnectorProfile profile;
    QString secret = QString::fromLatin1(sandbox::ClientSecret);

    explicit Env(int progressIntervalMs = 0)
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error));
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
        profile.id = u"prof-progress"_s;
        profile.name = u"Progress tenant"_s;
        profile.cloud = CloudType::Custom;
        profile.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        profile.directoryId = QString::fromLatin1(sandbox::TenantId);
        profile.tenantName = QString::fromLatin1(sandbox::TenantName);
        profile.clientId = QString::fromLatin1(sandbox::ClientId);
        profile.connectorNamePrefix = u"pg"_s;
        profile.assetTagIds = {u"tag-generic"_s};
        profile.activateVmScanning = true;
        ConnectorRuntime::Options o;
        o.databasePath = dir.filePath(u"inventory.sqlite"_s);
        o.lockDirectory = dir.filePath(u"locks"_s);
        o.batchSize = 1; // one subscription per query: progress between batches
        o.progressIntervalMs = progressIntervalMs;
        auto secrets = [this](const ConnectorProfile &, QObject *context,
                              ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context, [done, s = secret] { done(s, {}); });
        };
        runtime = std::make_unique<ConnectorRuntime>(&nam, secrets, o);
        EXPECT_TRUE(runtime->open(&error)) << qPrintable(error);
        runtime->setProfiles({profile});
    }

    /** What the wizard does on Create: discover, then record the connectors (no run). */
    int createLikeTheWizard()
    {
        std::unique_ptr<AzureSession> session(
            runtime->options().createSession(&nam, profile, secret));
        TenantDiscovery td(session.get());
        QSignalSpy done(&td, &TenantDiscovery::finished);
        td.start();
        EXPECT_TRUE(done.wait(30000));
        const auto result = done.first().at(0).value<TenantDiscovery::Result>();
        EXPECT_FALSE(result.error.isError()) << result.error.fullText().toStdString();
        QString error;
        EXPECT_TRUE(runtime->createSubscriptionConnectors(profile, result.snapshot, &error))
            << error.toStdString();
        return int(runtime->connectors(profile.id).size());
    }

    struct Outcome
    {
        RunSummary summary;
        QList<RunProgress> progress;
    };
    Outcome run()
    {
        Outcome o;
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        auto c = QObject::connect(runtime.get(), &ConnectorRuntime::progress, runtime.get(),
                                  [&o](const QString &, const RunProgress &p) { o.progress << p; });
        EXPECT_EQ(runtime->runTenant(profile.id), ConnectorRuntime::StartResult::Started);
        EXPECT_TRUE(finished.wait(60000));
        QObject::disconnect(c);
        if (!finished.isEmpty())
            o.summary = finished.first().at(1).value<RunSummary>();
        return o;
    }
};

QList<int> percents(const QList<RunProgress> &list)
{
    QList<int> out;
    for (const RunProgress &p : list)
        out << p.percent;
    return out;
}

TEST(RunProgressRun, PercentagesRiseThroughIntermediateValuesToHundred)
{
    Env env;
    const int made = env.createLikeTheWizard();
    ASSERT_GT(made, 2);
    const Env::Outcome o = env.run();
    ASSERT_EQ(o.summary.state, ConnectorState::FinishedSuccessfully)
        << o.summary.errors.join(u"; "_s).toStdString();
    const QList<int> p = percents(o.progress);
    ASSERT_FALSE(p.isEmpty());
    EXPECT_TRUE(monotone(p));
    EXPECT_EQ(p.constLast(), 100);
    EXPECT_EQ(std::count(p.cbegin(), p.cend(), 100), 1) << "100 % only at the end";
    // Tenant phases, then several steps while resources are read and written.
    EXPECT_GE(intermediates(p), 5);
    EXPECT_GE(intermediates(p, 10, 97), 2);
    // Counts as the user reads them: every subscription read, resources written.
    const RunProgress &last = o.progress.constLast();
    EXPECT_EQ(last.subscriptionsDone, last.subscriptionsTotal);
    EXPECT_EQ(last.resourcesWritten, qint64(o.summary.counts.assetsCreated) +
                                         o.summary.counts.assetsUpdated +
                                         o.summary.counts.assetsUnchanged);
    bool sawResourcesText = false;
    for (const RunProgress &r : o.progress)
        sawResourcesText |= r.text().startsWith(u"Reading resources: "_s);
    EXPECT_TRUE(sawResourcesText);
}

TEST(RunProgressRun, RateLimitedProgressStillEndsAtHundred)
{
    Env env(100); // the runtime's default interval
    env.createLikeTheWizard();
    env.emu.faults().latencyMs = 20;
    const Env::Outcome o = env.run();
    const QList<int> p = percents(o.progress);
    ASSERT_FALSE(p.isEmpty());
    EXPECT_TRUE(monotone(p));
    EXPECT_EQ(p.constLast(), 100);
}

TEST(RunRecord, TheFirstRunReportsTheConnectorsTheWizardMade)
{
    Env env;
    const int made = env.createLikeTheWizard();
    ASSERT_GT(made, 0);
    const Env::Outcome first = env.run();
    EXPECT_EQ(first.summary.counts.connectorsCreated, made);
    int created = 0;
    for (const RunConnectorChange &c : first.summary.connectorChanges)
        created += c.kind == RunConnectorChange::Kind::Created ? 1 : 0;
    EXPECT_EQ(created, made);
    EXPECT_EQ(first.summary.connectorsKept, 0);

    // As the history reads it back from the file.
    const QList<RunSummary> runs = env.runtime->database()->runs(env.profile.id, 10);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().counts.connectorsCreated, made);
    EXPECT_EQ(runs.first().connectorChanges, first.summary.connectorChanges);
    EXPECT_GE(runs.first().durationMs(), 0);
    const QString text = runs.first().detailsText(env.profile.name);
    EXPECT_TRUE(text.contains(u"Connectors: %1 created"_s.arg(made))) << text.toStdString();
    EXPECT_TRUE(text.contains(env.runtime->connectors(env.profile.id).first().name));
    EXPECT_FALSE(text.contains(env.secret));

    // The second run creates nothing and keeps them all.
    const Env::Outcome second = env.run();
    EXPECT_EQ(second.summary.counts.connectorsCreated, 0);
    EXPECT_TRUE(second.summary.connectorChanges.isEmpty());
    EXPECT_EQ(second.summary.connectorsKept, made);
}

TEST(RunRecord, AFailedSignInKeepsAzureErrorCode)
{
    Env env;
    env.secret = u"not-the-secret"_s;
    const Env::Outcome o = env.run();
    EXPECT_EQ(o.summary.state, ConnectorState::Error);
    ASSERT_FALSE(o.summary.errorCodes.isEmpty());
    EXPECT_TRUE(o.summary.errorCodes.first().startsWith(u"AADSTS"_s))
        << o.summary.errorCodes.join(u","_s).toStdString();
    const QList<RunSummary> runs = env.runtime->database()->runs(env.profile.id, 1);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().errorCodes, o.summary.errorCodes);
    const QString text = runs.first().detailsText(env.profile.name);
    EXPECT_TRUE(text.contains(u"Error codes: AADSTS"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"not-the-secret"_s));
}

TEST(RunRecord, ACancelledRunLeavesNoCancelledWordsInTheTenantStatus)
{
    Env env;
    env.createLikeTheWizard();
    env.emu.faults().latencyMs = 200;
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    QSignalSpy progress(env.runtime.get(), &ConnectorRuntime::progress);
    ASSERT_EQ(env.runtime->runTenant(env.profile.id), ConnectorRuntime::StartResult::Started);
    ASSERT_TRUE(progress.wait(20000));
    env.runtime->cancel(env.profile.id);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    const auto s = finished.first().at(1).value<RunSummary>();
    EXPECT_TRUE(s.cancelled);
    const auto status = env.runtime->tenantStatus(env.profile.id);
    ASSERT_TRUE(status.has_value());
    // The history and the status bar say "cancelled"; the tenant's last error is not rewritten.
    EXPECT_FALSE(status->lastError.contains(u"cancelled"_s)) << status->lastError.toStdString();
}

// --- the schema 2 → 3 migration --------------------------------------------------------------

TEST(RunRecord, AVersion2InventoryMigratesInPlaceAndKeepsItsRuns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"inventory.sqlite"_s);
    {
        // A file as schema 2 wrote it: its migrations, then one finished run.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2-maker"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int v = 0; v < 2; ++v) {
            for (const QString &s : InventorySchema::migration(v))
                ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = 2"_s));
        ASSERT_TRUE(q.exec(
            u"INSERT INTO runs (profile_id, kind, started_at, finished_at, state, "
            "assets_created, connectors_created, subscriptions_ok, errors) VALUES ('p', 'tenant', "
            "'2026-01-01T10:00:00.000Z', '2026-01-01T10:01:05.000Z', 'FINISHED_SUCCESS', 7, 3, "
            "3, NULL)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v2-maker"_s);

    InventoryDatabase db(path);
    QString error;
    ASSERT_TRUE(db.open(&error)) << error.toStdString();
    EXPECT_EQ(db.schemaVersion(), 3);
    const QList<RunSummary> old = db.runs(u"p"_s, 10);
    ASSERT_EQ(old.size(), 1);
    EXPECT_EQ(old.first().counts.assetsCreated, 7);
    EXPECT_EQ(old.first().counts.connectorsCreated, 3);
    EXPECT_EQ(old.first().connectorsKept, -1); // not known for an old record
    EXPECT_TRUE(old.first().connectorChanges.isEmpty());
    EXPECT_EQ(old.first().durationMs(), 65000);
    EXPECT_EQ(RunSummary::durationText(old.first().durationMs()), u"1 min 05 s"_s);

    // A new run with details round-trips.
    RunSummary s;
    s.profileId = u"p"_s;
    s.started = QDateTime::currentDateTimeUtc();
    s.runId = db.beginRun(s.profileId, 0, u"tenant"_s, s.started);
    ASSERT_GT(s.runId, 0);
    s.finished = s.started.addSecs(3);
    s.counts.connectorsDisabled = 1;
    s.counts.connectorsFlagged = 1;
    s.connectorsKept = 4;
    s.connectorChanges = {
        {RunConnectorChange::Kind::Disabled, u"pg-Old"_s, u"sub-1"_s,
         FlagReason::SubscriptionDeleted},
        {RunConnectorChange::Kind::Flagged, u"pg-Moved"_s, u"sub-2"_s, FlagReason::OutOfScope}};
    s.addErrorCode(u"AuthorizationFailed"_s);
    s.addErrorCode(u"AuthorizationFailed"_s);
    ASSERT_TRUE(db.finishRun(s));
    const RunSummary back = db.runs(u"p"_s, 1).first();
    EXPECT_EQ(back.connectorChanges, s.connectorChanges);
    EXPECT_EQ(back.connectorsKept, 4);
    EXPECT_EQ(back.errorCodes, QStringList{u"AuthorizationFailed"_s});
    EXPECT_EQ(back.counts.connectorsFlagged, 1);
    EXPECT_EQ(back.kind, u"tenant"_s);
    const QString text = back.detailsText(u"Tenant"_s);
    EXPECT_TRUE(text.contains(u"disabled: pg-Old (sub-1)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"no longer exists"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Error codes: AuthorizationFailed"_s));
}

} // namespace
