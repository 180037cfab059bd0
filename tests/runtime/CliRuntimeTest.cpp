// The `atc` runtime commands as a user runs them: a child process with its own data folder,
// against the emulator (in this process) over loopback.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "CsvParser.h"
#include "RuntimeCli.h"
#include "runtime/InventoryDatabase.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

using Cli = test::RuntimeCli;

} // namespace

TEST(CliRuntime, RunListExportAndPerimeterTargets)
{
    Cli cli;
    const auto run = cli.run({u"run"_s, u"--profile"_s, u"sandbox"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonArray summaries = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(summaries.size(), 1) << run.out.constData();
    const QJsonObject s = summaries.at(0).toObject();
    EXPECT_EQ(s.value(u"state"_s).toString(), u"FINISHED_SUCCESS"_s);
    const int created = s.value(u"connectorsCreated"_s).toInt();
    EXPECT_GT(created, 0);
    EXPECT_GT(s.value(u"assetsCreated"_s).toInt(), 0);
    EXPECT_FALSE(run.err.contains(sandbox::ClientSecret));

    const auto list = cli.run({u"connectors"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    const QJsonObject listed = QJsonDocument::fromJson(list.out).object();
    EXPECT_EQ(listed.value(u"subscriptionConnectors"_s).toArray().size(), created);
    EXPECT_EQ(listed.value(u"tenantConnectors"_s).toArray().size(), 1);
    int assets = 0;
    for (const QJsonValue &v : listed.value(u"subscriptionConnectors"_s).toArray()) {
        assets += v.toObject().value(u"assets"_s).toInt();
        // Every sandbox subscription sits under a known group: root first, " / " between.
        EXPECT_TRUE(v.toObject()
                        .value(u"managementGroupPath"_s)
                        .toString()
                        .startsWith(u"Tenant Root Group"_s))
            << QJsonDocument(v.toObject()).toJson().constData();
    }

    const auto csv = cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.constData();
    QList<QStringList> rows;
    ASSERT_TRUE(test::parseCsv(QString::fromUtf8(csv.out), &rows));
    ASSERT_EQ(rows.size(), assets + 1);
    for (const QStringList &r : rows)
        EXPECT_EQ(r.size(), rows.first().size());

    const QString file = cli.dir.filePath(u"export.json"_s);
    const auto json = cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"json"_s, u"--output"_s,
                               file, u"--profile"_s, cli.profileId});
    ASSERT_EQ(json.exitCode, 0) << json.err.constData();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    ASSERT_EQ(err.error, QJsonParseError::NoError);
    EXPECT_EQ(doc.array().size(), assets);

    const auto targets = cli.run({u"perimeter-targets"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(targets.exitCode, 0) << targets.err.constData();
    EXPECT_TRUE(QJsonDocument::fromJson(targets.out).isArray());

    // Nothing is due right after a run.
    const auto due = cli.run({u"run"_s, u"--all"_s, u"--due"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(due.exitCode, 0) << due.err.constData();
    EXPECT_TRUE(QJsonDocument::fromJson(due.out).isArray()) << due.out.constData();
    EXPECT_EQ(QJsonDocument::fromJson(due.out).array().size(), 0);

    EXPECT_EQ(cli.run({u"run"_s}).exitCode, 2);
    EXPECT_EQ(cli.run({u"run"_s, u"--profile"_s, u"nope"_s}).exitCode, 2);
    EXPECT_EQ(cli.run({u"inventory"_s, u"export"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
}

TEST(CliRuntime, BusyWhileAnotherProcessRuns)
{
    Cli cli;
    QProcess holder;
    holder.start(QStringLiteral(ATC_RUNTIME_TESTHELPER),
                 {u"lock"_s, cli.dataDir + u"/locks"_s, cli.profileId});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return holder.canReadLine(); }, 30000));
    ASSERT_EQ(holder.readLine().trimmed(), "locked"_ba);
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    EXPECT_EQ(r.exitCode, 6) << r.err.constData();
    EXPECT_TRUE(r.err.contains("already in progress")) << r.err.constData();
    holder.write("\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(30000));
}

TEST(CliRuntime, NoSecretExitsWithSecretUnavailable)
{
    Cli cli;
    cli.withSecret = false;
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    EXPECT_EQ(r.exitCode, 7) << r.err.constData();
}

TEST(CliRuntime, SigtermCancelsCleanly)
{
    Cli cli;
    cli.emu.faults().latencyMs = 300; // a run that lasts long enough to be interrupted
    QProcess p;
    p.setProcessEnvironment(cli.env());
    // --verbose: progress on stderr although it is not a terminal (issue 14).
    p.start(QStringLiteral(ATC_CLI_EXE), {u"run"_s, u"--profile"_s, u"Sandbox"_s, u"--verbose"_s});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray err;
    // Interrupt once it reports progress (the run has started and holds the lock).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            err += p.readAllStandardError();
            return err.contains("Sandbox:") || p.state() == QProcess::NotRunning;
        },
        60000));
    ASSERT_EQ(p.state(), QProcess::Running) << err.constData();
    p.terminate(); // SIGTERM
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 130) << QByteArray(err + p.readAllStandardError()).constData();

    InventoryDatabase db(cli.dataDir + u"/inventory.sqlite"_s);
    ASSERT_TRUE(db.open());
    EXPECT_TRUE(db.integrityCheck());
    for (const auto &c : db.connectors())
        EXPECT_NE(c.state, ConnectorState::Running);
    const auto t = db.tenantStatus(cli.profileId);
    ASSERT_TRUE(t);
    EXPECT_NE(t->state, ConnectorState::Running);
    // The lock was released: the next run works.
    cli.emu.faults().latencyMs = 0;
    EXPECT_EQ(cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s}).exitCode, 0);
}

TEST(CliRuntime, DaemonRunsWhatIsDueThenStopsOnSigterm)
{
    Cli cli;
    QProcess p;
    p.setProcessEnvironment(cli.env());
    p.start(QStringLiteral(ATC_CLI_EXE), {u"daemon"_s});
    ASSERT_TRUE(p.waitForStarted());
    // Never run: due at start. Each finished run is one JSON line on stdout.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return p.canReadLine() || p.state() != QProcess::Running; }, 120000));
    ASSERT_EQ(p.state(), QProcess::Running) << p.readAllStandardError().constData();
    const QJsonObject summary = QJsonDocument::fromJson(p.readLine()).object();
    EXPECT_EQ(summary.value(u"state"_s).toString(), u"FINISHED_SUCCESS"_s);
    EXPECT_GT(summary.value(u"connectorsCreated"_s).toInt(), 0);
    p.terminate();
    ASSERT_TRUE(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 130);
    EXPECT_TRUE(p.readAllStandardOutput().trimmed().isEmpty()); // nothing ran a second time
}

TEST(CliRuntime, DisabledProfileIsRefusedByRunAndSkippedByAllAndDaemon)
{
    Cli cli;
    const auto disable = cli.run({u"profiles"_s, u"disable"_s, u"Sandbox"_s});
    ASSERT_EQ(disable.exitCode, 0) << disable.err.constData();
    const ProfileStore store(cli.dataDir + u"/profiles"_s);
    ASSERT_FALSE(store.load(cli.profileId)->enabled);

    // Named: refused with what is wrong and what to do, exit 8, no run recorded.
    const auto named = cli.run({u"run"_s, u"--profile"_s, u"sandbox"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(named.exitCode, 8) << named.err.constData();
    EXPECT_TRUE(named.err.contains("is disabled")) << named.err.constData();
    EXPECT_TRUE(named.err.contains("atc profiles enable")) << named.err.constData();
    const QJsonArray refused = QJsonDocument::fromJson(named.out).array();
    ASSERT_EQ(refused.size(), 1) << named.out.constData();
    EXPECT_EQ(refused.at(0)[u"state"_s].toString(), u"DISABLED"_s);
    {
        InventoryDatabase db(cli.dataDir + u"/inventory.sqlite"_s);
        ASSERT_TRUE(db.open());
        EXPECT_TRUE(db.runs(cli.profileId).isEmpty());
    }

    // Part of --all (with or without --due): skipped, not a failure.
    for (const QStringList &args :
         {QStringList{u"run"_s, u"--all"_s}, QStringList{u"run"_s, u"--all"_s, u"--due"_s}}) {
        const auto all = cli.run(args);
        EXPECT_EQ(all.exitCode, 0) << all.err.constData();
        EXPECT_TRUE(all.err.contains("Sandbox: disabled, skipped")) << all.err.constData();
    }

    // The daemon does not schedule it; enabled while it runs, it is picked up and run.
    QProcess daemon;
    daemon.setProcessEnvironment(cli.env());
    daemon.start(QStringLiteral(ATC_CLI_EXE), {u"daemon"_s});
    ASSERT_TRUE(daemon.waitForStarted());
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            err += daemon.readAllStandardError();
            return err.contains("scheduling 0 profile") || daemon.state() != QProcess::Running;
        },
        60000))
        << err.constData();
    ASSERT_EQ(daemon.state(), QProcess::Running) << err.constData();
    EXPECT_TRUE(err.contains("Sandbox: disabled, not scheduled")) << err.constData();
    const QDateTime enabledAt = QDateTime::currentDateTimeUtc();
    const auto enable = cli.run({u"profiles"_s, u"enable"_s, u"Sandbox"_s});
    ASSERT_EQ(enable.exitCode, 0) << enable.err.constData();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return daemon.canReadLine() || daemon.state() != QProcess::Running; }, 120000));
    ASSERT_EQ(daemon.state(), QProcess::Running) << daemon.readAllStandardError().constData();
    const QJsonObject summary = QJsonDocument::fromJson(daemon.readLine()).object();
    EXPECT_EQ(summary.value(u"state"_s).toString(), u"FINISHED_SUCCESS"_s);
    err += daemon.readAllStandardError();
    EXPECT_TRUE(err.contains("Sandbox: enabled, scheduled")) << err.constData();
    daemon.terminate();
    ASSERT_TRUE(QTest::qWaitFor([&] { return daemon.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(daemon.exitCode(), 130);

    // Its only run started after it was enabled.
    InventoryDatabase db(cli.dataDir + u"/inventory.sqlite"_s);
    ASSERT_TRUE(db.open());
    const QList<RunSummary> runs = db.runs(cli.profileId);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_GE(runs.first().started.addMSecs(1000), enabledAt);

    // Enabled, `atc run` works again.
    EXPECT_EQ(cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s}).exitCode, 0);
}
