// A disabled tenant connector (ConnectorProfile::enabled false) against the emulator over
// loopback: never run by the scheduler, a manual run refused without a run record, its tenant
// state Disabled; enabled again, it runs per its stored schedule.
#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "AzureEmulator.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/Scheduler.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

struct Env
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    QList<ConnectorProfile> profiles;

    Env()
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error))
            << qPrintable(error);
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
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
    }

    ConnectorProfile &add(const QString &id, const QString &name, bool enabled)
    {
        ConnectorProfile p;
        p.id = id;
        p.name = name;
        p.enabled = enabled;
        p.cloud = CloudType::Custom;
        p.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = id;
        profiles.append(p);
        runtime->setProfiles(profiles);
        return profiles.last();
    }

    void setEnabled(const QString &id, bool enabled)
    {
        for (ConnectorProfile &p : profiles) {
            if (p.id == id)
                p.enabled = enabled;
        }
        runtime->setProfiles(profiles);
    }

    /** Runs the tenant connector `id` to its end. */
    RunSummary runTenant(const QString &id)
    {
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        EXPECT_EQ(runtime->runTenant(id), ConnectorRuntime::StartResult::Started);
        EXPECT_TRUE(finished.wait(60000));
        return finished.isEmpty() ? RunSummary{} : finished.first().at(1).value<RunSummary>();
    }
};

} // namespace

TEST(DisabledProfile, ManualRunIsRefusedWithoutARunRecordAndRunsOnceEnabled)
{
    Env env;
    env.add(u"off"_s, u"Paused tenant"_s, false);
    QSignalSpy started(env.runtime.get(), &ConnectorRuntime::runStarted);
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);

    EXPECT_EQ(env.runtime->runTenant(u"off"_s), ConnectorRuntime::StartResult::Disabled);
    EXPECT_EQ(env.runtime->runSubscriptionConnectors(u"off"_s, {}),
              ConnectorRuntime::StartResult::Disabled);
    EXPECT_FALSE(env.runtime->isRunning(u"off"_s));
    EXPECT_TRUE(env.runtime->database()->runs(u"off"_s).isEmpty());
    EXPECT_TRUE(env.runtime->dueWork(u"off"_s, QDateTime::currentDateTimeUtc()).isEmpty());

    // Never ran, yet its tenant state reads Disabled (computed; nothing is stored).
    const auto status = env.runtime->tenantStatus(u"off"_s);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, ConnectorState::Disabled);
    EXPECT_FALSE(env.runtime->database()->tenantStatus(u"off"_s));

    // The message says what is wrong and what to do.
    const QString message = ConnectorRuntime::disabledMessage(u"Paused tenant"_s);
    EXPECT_TRUE(message.contains(u"\"Paused tenant\""_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"disabled"_s)) << qPrintable(message);
    EXPECT_TRUE(message.contains(u"Enable it"_s)) << qPrintable(message);

    // Enabled: it runs, and its stored state shows again.
    env.setEnabled(u"off"_s, true);
    const RunSummary s = env.runTenant(u"off"_s);
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully) << qPrintable(s.errors.join(u'\n'));
    EXPECT_EQ(env.runtime->database()->runs(u"off"_s).size(), 1);
    EXPECT_EQ(env.runtime->tenantStatus(u"off"_s)->state, ConnectorState::FinishedSuccessfully);
    const QList<SubscriptionConnector> connectors = env.runtime->connectors(u"off"_s);
    ASSERT_FALSE(connectors.isEmpty());

    // Disabled again after a run: its subscription connectors are refused too; the stored
    // status is untouched and comes back when enabled.
    env.setEnabled(u"off"_s, false);
    started.clear();
    finished.clear();
    EXPECT_EQ(env.runtime->runSubscriptionConnector(connectors.first().id),
              ConnectorRuntime::StartResult::Disabled);
    EXPECT_EQ(env.runtime->runTenant(u"off"_s), ConnectorRuntime::StartResult::Disabled);
    EXPECT_EQ(env.runtime->tenantStatus(u"off"_s)->state, ConnectorState::Disabled);
    EXPECT_EQ(env.runtime->database()->tenantStatus(u"off"_s)->state,
              ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(env.runtime->database()->runs(u"off"_s).size(), 1);
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(finished.count(), 0);
}

TEST(DisabledProfile, SchedulerSkipsItWhileDueAndRunsItPerScheduleOnceEnabled)
{
    Env env;
    env.add(u"on"_s, u"Active tenant"_s, true);
    env.add(u"off"_s, u"Paused tenant"_s, false);
    // The disabled one ran before; its subscription connectors are overdue (its tenant run is
    // not yet): the scheduler would run them if it did not skip the whole profile.
    env.setEnabled(u"off"_s, true);
    ASSERT_EQ(env.runTenant(u"off"_s).state, ConnectorState::FinishedSuccessfully);
    env.setEnabled(u"off"_s, false);
    TenantConnectorStatus stored = *env.runtime->database()->tenantStatus(u"off"_s);
    stored.nextRun = QDateTime::currentDateTimeUtc().addSecs(2 * 60 * 60);
    ASSERT_TRUE(env.runtime->database()->saveTenantStatus(stored));
    QList<SubscriptionConnector> overdue = env.runtime->connectors(u"off"_s);
    ASSERT_FALSE(overdue.isEmpty());
    for (SubscriptionConnector &c : overdue)
        c.nextRun = QDateTime::currentDateTimeUtc().addSecs(-60);
    ASSERT_TRUE(env.runtime->database()->saveConnectors(overdue));
    const int runsBefore = int(env.runtime->database()->runs(u"off"_s).size());

    Scheduler scheduler(env.runtime.get());
    QSignalSpy scheduled(&scheduler, &Scheduler::runScheduled);
    QSignalSpy started(env.runtime.get(), &ConnectorRuntime::runStarted);
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    scheduler.setEnabled(true);
    // One pass starts everything that is due: the enabled tenant connector only.
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(scheduled.count(), 1);
    EXPECT_EQ(scheduled.first().at(0).toString(), u"on"_s);
    EXPECT_TRUE(scheduled.first().at(1).toBool());
    // After that pass it sleeps until the enabled one's next period: the disabled, overdue
    // one does not even wake it up (it would retry within a minute otherwise).
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    EXPECT_TRUE(QTest::qWaitFor([&] { return scheduler.nextWakeUp() > soon; }, 10000))
        << qPrintable(scheduler.nextWakeUp().toString(Qt::ISODate));
    EXPECT_EQ(scheduled.count(), 1);
    for (const QList<QVariant> &args : std::as_const(started))
        EXPECT_NE(args.at(0).toString(), u"off"_s);
    EXPECT_EQ(env.runtime->database()->runs(u"off"_s).size(), runsBefore);
    EXPECT_EQ(env.runtime->tenantStatus(u"off"_s)->state, ConnectorState::Disabled);
    EXPECT_FALSE(env.runtime->isRunning(u"off"_s));

    // Enabled again: due per its stored next runs, so the scheduler runs the overdue ones.
    finished.clear();
    env.setEnabled(u"off"_s, true);
    scheduler.poke();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_EQ(scheduled.count(), 2);
    EXPECT_EQ(scheduled.at(1).at(0).toString(), u"off"_s);
    EXPECT_FALSE(scheduled.at(1).at(1).toBool()); // the subscription connectors, not the tenant
    EXPECT_EQ(scheduled.at(1).at(2).toInt(), int(overdue.size()));
    EXPECT_EQ(finished.first().at(0).toString(), u"off"_s);
    EXPECT_EQ(env.runtime->database()->runs(u"off"_s).size(), runsBefore + 1);
    EXPECT_NE(env.runtime->tenantStatus(u"off"_s)->state, ConnectorState::Disabled);
    scheduler.setEnabled(false);
}

TEST(DisabledProfile, EnablingKeepsAFutureNextRun)
{
    Env env;
    env.add(u"off"_s, u"Paused tenant"_s, true);
    ASSERT_EQ(env.runTenant(u"off"_s).state, ConnectorState::FinishedSuccessfully);
    const QDateTime next = env.runtime->database()->tenantStatus(u"off"_s)->nextRun;
    ASSERT_TRUE(next.isValid());
    env.setEnabled(u"off"_s, false);
    EXPECT_TRUE(env.runtime->dueWork(u"off"_s, next.addSecs(1)).isEmpty());
    // Enabled again: not due at once, but at its stored next run, as before.
    env.setEnabled(u"off"_s, true);
    EXPECT_TRUE(env.runtime->dueWork(u"off"_s, QDateTime::currentDateTimeUtc()).isEmpty());
    EXPECT_TRUE(env.runtime->dueWork(u"off"_s, next.addSecs(1)).tenant);
    EXPECT_EQ(env.runtime->tenantStatus(u"off"_s)->nextRun, next);
}
