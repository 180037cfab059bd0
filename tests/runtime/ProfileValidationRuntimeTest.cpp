// Issue 10, points 13 and 14, in the runtime against the emulator over loopback: an invalid
// profile never runs (manual or scheduled) and leaves no run record while the valid ones run;
// a read-only locks folder is said in words (not "busy"); a run record left RUNNING by a
// killed process is marked interrupted by the next run, but not while its process holds the
// lock.
#include <gtest/gtest.h>

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "AzureEmulator.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/RunLock.h"
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
        o.lockDirectory = lockDir();
        auto secrets = [](const ConnectorProfile &, QObject *context,
                          ConnectorRuntime::SecretCallback done) {
            QTimer::singleShot(0, context,
                               [done] { done(QString::fromLatin1(sandbox::ClientSecret), {}); });
        };
        runtime = std::make_unique<ConnectorRuntime>(&nam, secrets, o);
        EXPECT_TRUE(runtime->open(&error)) << qPrintable(error);
    }

    QString lockDir() const { return dir.filePath(u"locks"_s); }

    static ConnectorProfile valid(const QString &id, const QUrl &base)
    {
        ConnectorProfile p;
        p.id = id;
        p.name = u"Tenant "_s + id;
        p.cloud = CloudType::Custom;
        p.customEndpoints = CloudEndpoints{base, base};
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = id;
        return p;
    }

    void set(const QList<ConnectorProfile> &list)
    {
        profiles = list;
        runtime->setProfiles(profiles);
    }

    RunSummary runTenant(const QString &id)
    {
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        EXPECT_EQ(runtime->runTenant(id), ConnectorRuntime::StartResult::Started);
        EXPECT_TRUE(finished.wait(60000));
        return finished.isEmpty() ? RunSummary{} : finished.first().at(1).value<RunSummary>();
    }
};

/** A read-only tmpfs over `path` for the scope of the object (the tests run as root). */
struct ReadOnlyMount
{
    QString path;
    bool mounted = false;
    explicit ReadOnlyMount(const QString &p) : path(p)
    {
        QDir().mkpath(path);
        mounted = QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=64k"_s,
                                                 u"tmpfs"_s, path}) == 0;
    }
    ~ReadOnlyMount()
    {
        if (mounted)
            QProcess::execute(u"umount"_s, {path});
    }
};

} // namespace

TEST(ProfileValidationRuntime, InvalidProfilesNeverRunAndLeaveNoRunRecord)
{
    Env env;
    // What a hand-edited or imported file could hold before issue 10.
    struct Bad
    {
        const char *id;
        std::function<void(ConnectorProfile &)> spoil;
        const char *field;
    };
    const QList<Bad> bad = {
        {"empty-name", [](ConnectorProfile &p) { p.name.clear(); }, "\"name\""},
        {"long-name", [](ConnectorProfile &p) { p.name = QString(10240, u'n'); }, "\"name\""},
        {"poll-0", [](ConnectorProfile &p) { p.tenantPollingMinutes = 0; },
         "\"tenant.pollingMinutes\""},
        {"poll-neg", [](ConnectorProfile &p) { p.subscriptionPollingMinutes = -60; },
         "\"subscriptions.pollingMinutes\""},
        {"poll-90", [](ConnectorProfile &p) { p.tenantPollingMinutes = 90; },
         "\"tenant.pollingMinutes\""},
        {"poll-1440", [](ConnectorProfile &p) { p.tenantPollingMinutes = 1440; },
         "\"tenant.pollingMinutes\""},
        {"prefix", [](ConnectorProfile &p) { p.connectorNamePrefix = u"../../x"_s; },
         "\"subscriptions.connectorNamePrefix\""},
        {"common", [](ConnectorProfile &p) { p.directoryId = u"common"_s; },
         "\"tenant.directoryId\""},
        {"nil-client",
         [](ConnectorProfile &p) { p.clientId = u"00000000-0000-0000-0000-000000000000"_s; },
         "\"tenant.clientId\""},
    };
    QList<ConnectorProfile> list{Env::valid(u"good"_s, env.emu.baseUrl())};
    for (const Bad &b : bad) {
        ConnectorProfile p = Env::valid(QString::fromLatin1(b.id), env.emu.baseUrl());
        b.spoil(p);
        list << p;
    }
    env.set(list);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Bad &b : bad) {
        const QString id = QString::fromLatin1(b.id);
        SCOPED_TRACE(b.id);
        EXPECT_TRUE(env.runtime->invalidReason(id).contains(QLatin1String(b.field)))
            << env.runtime->invalidReason(id).toStdString();
        EXPECT_EQ(env.runtime->runTenant(id), ConnectorRuntime::StartResult::InvalidProfile);
        EXPECT_EQ(env.runtime->runSubscriptionConnectors(id, {}),
                  ConnectorRuntime::StartResult::InvalidProfile);
        EXPECT_TRUE(env.runtime->dueWork(id, now).isEmpty());
        EXPECT_FALSE(env.runtime->isRunning(id));
    }
    EXPECT_TRUE(env.runtime->invalidReason(u"good"_s).isEmpty());

    // The scheduler runs the valid profile and skips every invalid one (polling 0 used to
    // schedule a run every minute).
    Scheduler scheduler(env.runtime.get());
    QSignalSpy scheduled(&scheduler, &Scheduler::runScheduled);
    QSignalSpy finished(env.runtime.get(), &ConnectorRuntime::runFinished);
    scheduler.setEnabled(true);
    ASSERT_TRUE(finished.wait(60000));
    scheduler.setEnabled(false);
    ASSERT_EQ(scheduled.size(), 1);
    EXPECT_EQ(scheduled.first().at(0).toString(), u"good"_s);
    EXPECT_EQ(finished.first().at(1).value<RunSummary>().state,
              ConnectorState::FinishedSuccessfully);
    for (const Bad &b : bad)
        EXPECT_TRUE(env.runtime->database()->runs(QString::fromLatin1(b.id)).isEmpty()) << b.id;
    EXPECT_EQ(env.runtime->database()->runs(u"good"_s).size(), 1);
}

TEST(ProfileValidationRuntime, ReadOnlyLocksFolderIsSaidNotBusy)
{
    Env env;
    env.set({Env::valid(u"p1"_s, env.emu.baseUrl())});
    ReadOnlyMount ro(env.lockDir());
    ASSERT_TRUE(ro.mounted) << "mount -t tmpfs -o ro failed";

    RunLock lock(env.lockDir(), u"p1"_s);
    EXPECT_FALSE(lock.tryLock());
    EXPECT_EQ(lock.failure(), RunLock::Failure::CannotCreate);

    EXPECT_EQ(env.runtime->runTenant(u"p1"_s), ConnectorRuntime::StartResult::LockError);
    const QString words = env.runtime->lastStartError();
    EXPECT_TRUE(words.contains(u"Cannot create the lock file in "_s + env.lockDir()))
        << words.toStdString();
    EXPECT_TRUE(words.contains(u"read-only"_s)) << words.toStdString();
    EXPECT_FALSE(words.contains(u"in progress"_s)) << words.toStdString();
    EXPECT_TRUE(env.runtime->database()->runs(u"p1"_s).isEmpty());
}

TEST(ProfileValidationRuntime, LockHeldElsewhereIsBusyNotCannotCreate)
{
    Env env;
    RunLock mine(env.lockDir(), u"p1"_s);
    ASSERT_TRUE(mine.tryLock());
    QProcess holder; // another process: QLockFile in this one would see our own PID
    holder.start(QStringLiteral(ATC_RUNTIME_TESTHELPER), {u"lock"_s, env.lockDir(), u"p2"_s});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return holder.canReadLine(); }, 30000));
    ASSERT_EQ(holder.readLine().trimmed(), "locked"_ba);
    RunLock other(env.lockDir(), u"p2"_s);
    EXPECT_FALSE(other.tryLock());
    EXPECT_EQ(other.failure(), RunLock::Failure::HeldByOther);
    EXPECT_TRUE(other.failureText().isEmpty());
    holder.write("\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
}

TEST(ProfileValidationRuntime, RunLeftRunningByAKilledProcessIsMarkedInterrupted)
{
    Env env;
    env.set({Env::valid(u"p1"_s, env.emu.baseUrl())});
    InventoryDatabase *db = env.runtime->database();
    // What a SIGKILLed run leaves: a RUNNING record and no live lock holder.
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-600);
    const qint64 stale = db->beginRun(u"p1"_s, 0, u"tenant"_s, then);
    ASSERT_GT(stale, 0);

    // While another process holds the lock, the record is that process's live run: untouched.
    QProcess holder;
    holder.start(QStringLiteral(ATC_RUNTIME_TESTHELPER), {u"lock"_s, env.lockDir(), u"p1"_s});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return holder.canReadLine(); }, 30000));
    ASSERT_EQ(holder.readLine().trimmed(), "locked"_ba);
    EXPECT_EQ(env.runtime->runTenant(u"p1"_s), ConnectorRuntime::StartResult::Busy);
    ASSERT_EQ(db->runs(u"p1"_s).size(), 1);
    EXPECT_EQ(db->runs(u"p1"_s).first().state, ConnectorState::Running);
    holder.write("\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));

    // The next run takes the lock: the old record is interrupted, the new one finishes.
    const RunSummary s = env.runTenant(u"p1"_s);
    EXPECT_EQ(s.state, ConnectorState::FinishedSuccessfully);
    const QList<RunSummary> runs = db->runs(u"p1"_s);
    ASSERT_EQ(runs.size(), 2);
    const RunSummary &old = runs.last();
    EXPECT_EQ(old.runId, stale);
    EXPECT_EQ(old.state, ConnectorState::Error);
    EXPECT_TRUE(old.finished.isValid());
    ASSERT_FALSE(old.errors.isEmpty());
    EXPECT_EQ(old.errors.first(), InventoryDatabase::interruptedRunMessage());
    EXPECT_TRUE(old.errors.first().startsWith(u"Interrupted"_s));
    EXPECT_EQ(runs.first().state, ConnectorState::FinishedSuccessfully);
}
