// Issue 10, points 13, 14 and 11 (terminal output), as a user meets them: the built `atc` in a
// child process with its own data folder, against the emulator (in this process) over
// loopback. Invalid profiles (hand-edited files) never run and name the field (exit 2), the
// others still load, list and run; import and --name apply the same rules; --tenant-id and
// --client-id are checked locally; a read-only locks folder is said (exit 1, not "busy"); a
// SIGKILLed run is marked interrupted by the next run; names with terminal control
// characters never reach the terminal raw.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "runtime/InventoryDatabase.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

const QByteArray kEvilName = "Contoso \x1b[2J\x07Identity";

struct Cli
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QString dataDir;
    QString profileId;
    bool withSecret = true;

    explicit Cli(const QByteArray &tenantJson = emulator::AzureEmulator::sandboxTenantJson())
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(tenantJson, &error)) << qPrintable(error);
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
        dataDir = dir.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
        ConnectorProfile p = sandboxProfile();
        const ProfileStore store(profilesDir());
        EXPECT_TRUE(store.save(p, &error)) << qPrintable(error);
        profileId = p.id;
    }

    QString profilesDir() const { return dataDir + u"/profiles"_s; }

    ConnectorProfile sandboxProfile() const
    {
        ConnectorProfile p;
        p.name = u"Sandbox"_s;
        p.cloud = CloudType::Custom;
        p.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.tenantName = QString::fromLatin1(sandbox::TenantName);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = u"sbx"_s;
        return p;
    }

    /** A profile file as a careless admin edits it: valid JSON, values the rules refuse. */
    QString writeProfileFile(const QString &path, const QString &id, const QString &name,
                             const std::function<void(QJsonObject &)> &edit) const
    {
        ConnectorProfile p = sandboxProfile();
        p.id = id;
        p.name = name;
        QJsonObject o = QJsonDocument::fromJson(ProfileStore::toJson(p)).object();
        edit(o);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        return path;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-test-bus"_s);
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.remove(u"AZURE_CLIENT_SECRET"_s);
        if (withSecret)
            e.insert(u"AZURE_CLIENT_SECRET"_s, QString::fromLatin1(sandbox::ClientSecret));
        return e;
    }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(ATC_CLI_EXE), args);
        EXPECT_TRUE(p.waitForStarted());
        EXPECT_TRUE(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000));
        Result r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /** Run records of `id` (none when the inventory was never created). */
    QList<RunSummary> runs(const QString &id) const
    {
        const QString path = dataDir + u"/inventory.sqlite"_s;
        if (!QFile::exists(path))
            return {};
        InventoryDatabase db(path);
        QString error;
        EXPECT_TRUE(db.open(&error)) << qPrintable(error);
        return db.runs(id);
    }
};

bool hasRawControls(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f)
            return true;
    }
    // C1 controls in UTF-8: C2 80 … C2 9F.
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) == 0xc2 &&
            static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(bytes[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

struct Bad
{
    QString id;
    std::function<void(QJsonObject &)> edit;
    QByteArray field;
};

void setIn(QJsonObject &o, const QString &section, const QString &key, const QJsonValue &v)
{
    QJsonObject s = o.value(section).toObject();
    s.insert(key, v);
    o.insert(section, s);
}

QList<Bad> badProfiles()
{
    return {
        {u"empty-name"_s, [](QJsonObject &o) { o.insert(u"name"_s, u"  "_s); }, "\"name\""},
        {u"long-name"_s, [](QJsonObject &o) { o.insert(u"name"_s, QString(10240, u'n')); },
         "\"name\""},
        {u"poll-0"_s, [](QJsonObject &o) { setIn(o, u"tenant"_s, u"pollingMinutes"_s, 0); },
         "\"tenant.pollingMinutes\""},
        {u"poll-neg"_s,
         [](QJsonObject &o) { setIn(o, u"subscriptions"_s, u"pollingMinutes"_s, -60); },
         "\"subscriptions.pollingMinutes\""},
        {u"poll-90"_s, [](QJsonObject &o) { setIn(o, u"tenant"_s, u"pollingMinutes"_s, 90); },
         "\"tenant.pollingMinutes\""},
        {u"poll-1440"_s, [](QJsonObject &o) { setIn(o, u"tenant"_s, u"pollingMinutes"_s, 1440); },
         "\"tenant.pollingMinutes\""},
        {u"prefix"_s,
         [](QJsonObject &o) {
             setIn(o, u"subscriptions"_s, u"connectorNamePrefix"_s, u"../../x"_s);
         },
         "\"subscriptions.connectorNamePrefix\""},
        {u"common"_s, [](QJsonObject &o) { setIn(o, u"tenant"_s, u"directoryId"_s, u"common"_s); },
         "\"tenant.directoryId\""},
        {u"nil-client"_s,
         [](QJsonObject &o) {
             setIn(o, u"tenant"_s, u"clientId"_s, u"00000000-0000-0000-0000-000000000000"_s);
         },
         "\"tenant.clientId\""},
    };
}

} // namespace

TEST(CliValidation, EachInvalidProfileIsRefusedByRunAndImportNamingTheField)
{
    Cli cli;
    for (const Bad &b : badProfiles()) {
        SCOPED_TRACE(b.id.toStdString());
        // Hand-edited in place: `atc run` validates on load.
        cli.writeProfileFile(cli.profilesDir() + u'/' + b.id + u".json"_s, b.id, u"Bad "_s + b.id,
                             b.edit);
        const auto run = cli.run({u"run"_s, u"--profile"_s, b.id});
        EXPECT_EQ(run.exitCode, 2) << run.err.constData();
        EXPECT_TRUE(run.err.contains(b.field)) << run.err.constData();
        EXPECT_TRUE(run.err.contains("not valid")) << run.err.constData();
        EXPECT_TRUE(cli.runs(b.id).isEmpty());

        // The same file imported: refused, nothing saved.
        const QString file = cli.writeProfileFile(cli.dir.filePath(b.id + u".json"_s), b.id,
                                                  u"Imported "_s + b.id, b.edit);
        const auto imp = cli.run({u"profiles"_s, u"import"_s, file});
        EXPECT_EQ(imp.exitCode, 2) << imp.err.constData();
        EXPECT_TRUE(imp.err.contains(b.field)) << imp.err.constData();
    }
    // Still exactly the sandbox profile plus the hand-edited ones: no import was saved.
    const auto list = cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(list.out).array().size(), badProfiles().size() + 1);
}

TEST(CliValidation, AnInvalidProfileNeverStopsTheOthers)
{
    Cli cli;
    cli.writeProfileFile(cli.profilesDir() + u"/poll-0.json"_s, u"poll-0"_s, u"Every minute"_s,
                         [](QJsonObject &o) { setIn(o, u"tenant"_s, u"pollingMinutes"_s, 0); });

    const auto list = cli.run({u"profiles"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    EXPECT_TRUE(list.out.contains("Sandbox")) << list.out.constData();
    EXPECT_TRUE(list.out.contains("Every minute")) << list.out.constData();
    EXPECT_TRUE(list.out.contains("invalid")) << list.out.constData();
    EXPECT_TRUE(list.err.contains("\"tenant.pollingMinutes\"")) << list.err.constData();
    const auto json = cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out).array()) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(u"valid"_s).toBool(), o.value(u"id"_s).toString() != u"poll-0"_s);
    }

    // --all: the valid profile runs, the invalid one is skipped and reported; exit 2.
    const auto run = cli.run({u"run"_s, u"--all"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(run.exitCode, 2) << run.err.constData();
    EXPECT_TRUE(run.err.contains("\"tenant.pollingMinutes\"")) << run.err.constData();
    QHash<QString, QString> states;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
        states.insert(v.toObject().value(u"profileId"_s).toString(),
                      v.toObject().value(u"state"_s).toString());
    EXPECT_EQ(states.value(cli.profileId), u"FINISHED_SUCCESS"_s) << run.out.constData();
    EXPECT_EQ(states.value(u"poll-0"_s), u"INVALID"_s) << run.out.constData();
    EXPECT_TRUE(cli.runs(u"poll-0"_s).isEmpty());
    EXPECT_EQ(cli.runs(cli.profileId).size(), 1);

    // enable/disable save the profile: refused for the invalid one, exit 2, file unchanged.
    QFile f(cli.profilesDir() + u"/poll-0.json"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const auto off = cli.run({u"profiles"_s, u"disable"_s, u"poll-0"_s});
    EXPECT_EQ(off.exitCode, 2) << off.err.constData();
    EXPECT_TRUE(off.err.contains("\"tenant.pollingMinutes\"")) << off.err.constData();
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(CliValidation, DaemonSkipsAndReportsAnInvalidProfile)
{
    Cli cli;
    cli.writeProfileFile(cli.profilesDir() + u"/bad-prefix.json"_s, u"bad-prefix"_s,
                         u"Escaping prefix"_s, [](QJsonObject &o) {
                             setIn(o, u"subscriptions"_s, u"connectorNamePrefix"_s, u"../../x"_s);
                         });
    QProcess daemon;
    daemon.setProcessEnvironment(cli.env());
    daemon.start(QStringLiteral(ATC_CLI_EXE), {u"daemon"_s});
    ASSERT_TRUE(daemon.waitForStarted());
    QByteArray out, err;
    // The valid profile's run summary arrives on stdout; the invalid one is reported on stderr.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            out += daemon.readAllStandardOutput();
            err += daemon.readAllStandardError();
            return out.contains("FINISHED_SUCCESS") &&
                   err.contains("\"subscriptions.connectorNamePrefix\"");
        },
        60000))
        << out.constData() << err.constData();
    EXPECT_TRUE(err.contains("skipped")) << err.constData();
    EXPECT_TRUE(err.contains("scheduling 1 profile(s)")) << err.constData();
    daemon.terminate();
    EXPECT_TRUE(daemon.waitForFinished(30000));
    EXPECT_TRUE(cli.runs(u"bad-prefix"_s).isEmpty());
    EXPECT_EQ(cli.runs(cli.profileId).size(), 1);
}

TEST(CliValidation, ImportNameFollowsTheNameRules)
{
    Cli cli;
    const QString file = cli.writeProfileFile(cli.dir.filePath(u"good.json"_s), u"x"_s, u"Good"_s,
                                              [](QJsonObject &) {});
    for (const QString &name :
         {QString::fromUtf8(kEvilName), u"Line\nbreak"_s, QString(10240, u'n'), u"Tab\tname"_s}) {
        const auto r = cli.run({u"profiles"_s, u"import"_s, file, u"--name"_s, name});
        EXPECT_EQ(r.exitCode, 2) << r.err.constData();
        EXPECT_TRUE(r.err.contains("\"name\"")) << r.err.constData();
        EXPECT_FALSE(hasRawControls(r.err)) << r.err.toHex().constData();
    }
    const auto ok = cli.run({u"profiles"_s, u"import"_s, file, u"--name"_s, u"Imported"_s});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.constData();
    const auto list = cli.run({u"profiles"_s, u"list"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(QJsonDocument::fromJson(list.out).array().size(), 2);
}

TEST(CliValidation, TenantAndClientIdAreCheckedLocally)
{
    Cli cli;
    const QString base = cli.emu.baseUrl().toString();
    const QString tenant = QString::fromLatin1(sandbox::TenantId);
    const QString client = QString::fromLatin1(sandbox::ClientId);
    const QList<std::pair<QStringList, QByteArray>> cases = {
        {{u"--tenant-id"_s, u"common"_s, u"--client-id"_s, client}, "--tenant-id"},
        {{u"--tenant-id"_s, u"organizations"_s, u"--client-id"_s, client}, "--tenant-id"},
        {{u"--tenant-id"_s, u"not a domain"_s, u"--client-id"_s, client}, "--tenant-id"},
        {{u"--tenant-id"_s, u"00000000-0000-0000-0000-000000000000"_s, u"--client-id"_s, client},
         "--tenant-id"},
        {{u"--tenant-id"_s, tenant, u"--client-id"_s, u"00000000-0000-0000-0000-000000000000"_s},
         "--client-id"},
        {{u"--tenant-id"_s, tenant, u"--client-id"_s, u"my-app"_s}, "--client-id"},
    };
    for (const auto &[args, word] : cases) {
        for (const QString &command : {u"test-connection"_s, u"discover"_s}) {
            const auto r =
                cli.run(QStringList{command} + args +
                        QStringList{u"--authority-host"_s, base, u"--arm-endpoint"_s, base});
            EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << r.err.constData();
            EXPECT_TRUE(r.err.contains(word)) << r.err.constData();
        }
    }
    // Well-formed ids still work (a domain for the tenant is fine too, locally).
    const auto r = cli.run({u"discover"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, client,
                            u"--authority-host"_s, base, u"--arm-endpoint"_s, base});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
}

TEST(CliValidation, ReadOnlyLocksFolderIsSaidNotBusy)
{
    Cli cli;
    const QString locks = cli.dataDir + u"/locks"_s;
    QDir().mkpath(locks);
    ASSERT_EQ(QProcess::execute(
                  u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"ro,size=64k"_s, u"tmpfs"_s, locks}),
              0);
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    QProcess::execute(u"umount"_s, {locks});
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    const QByteArray words = "Cannot create the lock file in " + locks.toUtf8();
    EXPECT_TRUE(r.err.contains(words)) << r.err.constData();
    EXPECT_TRUE(r.err.contains("read-only")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("in progress")) << r.err.constData();
    EXPECT_TRUE(cli.runs(cli.profileId).isEmpty());
}

TEST(CliValidation, SigkilledRunIsMarkedInterruptedByTheNextRun)
{
    Cli cli;
    cli.emu.faults().latencyMs = 300; // long enough to be killed mid-run
    QProcess victim;
    victim.setProcessEnvironment(cli.env());
    // --verbose: progress on stderr although it is not a terminal (issue 14).
    victim.start(QStringLiteral(ATC_CLI_EXE),
                 {u"run"_s, u"--profile"_s, u"Sandbox"_s, u"--verbose"_s});
    ASSERT_TRUE(victim.waitForStarted());
    // Its first progress line comes after the run was recorded (and the inventory migrated).
    QByteArray err;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            err += victim.readAllStandardError();
            return err.contains("Sandbox: ");
        },
        60000))
        << err.constData();
    victim.kill(); // SIGKILL: no chance to record anything
    ASSERT_TRUE(victim.waitForFinished(30000));
    ASSERT_EQ(cli.runs(cli.profileId).first().state, ConnectorState::Running);

    cli.emu.faults().latencyMs = 0;
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    const QList<RunSummary> runs = cli.runs(cli.profileId);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs.first().state, ConnectorState::FinishedSuccessfully);
    EXPECT_EQ(runs.last().state, ConnectorState::Error);
    ASSERT_FALSE(runs.last().errors.isEmpty());
    EXPECT_TRUE(runs.last().errors.first().startsWith(u"Interrupted"_s));
}

TEST(CliValidation, NoKeychainForRunMentionsAzureClientSecret)
{
    Cli cli;
    cli.withSecret = false;
    const auto r = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s});
    EXPECT_EQ(r.exitCode, 7) << r.err.constData();
    EXPECT_TRUE(r.err.contains("AZURE_CLIENT_SECRET")) << r.err.constData();
}

TEST(CliValidation, ControlCharactersNeverReachTheTerminal)
{
    // A subscription display name from Azure with "clear screen" and a bell in it.
    QByteArray tenant = emulator::AzureEmulator::sandboxTenantJson();
    ASSERT_TRUE(tenant.contains("\"Contoso Identity\""));
    tenant.replace("\"Contoso Identity\"", "\"Contoso \\u001b[2J\\u0007Identity\"");
    Cli cli(tenant);
    const QString base = cli.emu.baseUrl().toString();
    const auto discover =
        cli.run({u"discover"_s, u"--tenant-id"_s, QString::fromLatin1(sandbox::TenantId),
                 u"--client-id"_s, QString::fromLatin1(sandbox::ClientId), u"--authority-host"_s,
                 base, u"--arm-endpoint"_s, base});
    ASSERT_EQ(discover.exitCode, 0) << discover.err.constData();
    EXPECT_TRUE(discover.out.contains("Contoso \xef\xbf\xbd[2J\xef\xbf\xbdIdentity"))
        << discover.out.constData();
    EXPECT_FALSE(hasRawControls(discover.out)) << discover.out.toHex().constData();
    EXPECT_FALSE(hasRawControls(discover.err));

    // JSON stays exact: the name with its controls, escaped by JSON.
    const auto json =
        cli.run({u"discover"_s, u"--tenant-id"_s, QString::fromLatin1(sandbox::TenantId),
                 u"--client-id"_s, QString::fromLatin1(sandbox::ClientId), u"--authority-host"_s,
                 base, u"--arm-endpoint"_s, base, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(json.out).object().value(u"subscriptions"_s).toArray())
        found = found || v.toObject().value(u"displayName"_s).toString().toUtf8() == kEvilName;
    EXPECT_TRUE(found) << json.out.constData();

    // Stored as the subscription connector's name, then listed in text.
    const auto run = cli.run({u"run"_s, u"--profile"_s, u"Sandbox"_s, u"--format"_s, u"text"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_FALSE(hasRawControls(run.out));
    EXPECT_FALSE(hasRawControls(run.err));
    const auto list = cli.run({u"connectors"_s, u"list"_s});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains("Contoso \xef\xbf\xbd[2J\xef\xbf\xbdIdentity"))
        << list.out.constData();
    EXPECT_FALSE(hasRawControls(list.out)) << list.out.toHex().constData();

    // A profile name with controls (hand-edited: invalid, but still listed, safely).
    cli.writeProfileFile(cli.profilesDir() + u"/evil.json"_s, u"evil"_s,
                         QString::fromUtf8(kEvilName), [](QJsonObject &) {});
    const auto profiles = cli.run({u"profiles"_s, u"list"_s});
    ASSERT_EQ(profiles.exitCode, 0);
    EXPECT_FALSE(hasRawControls(profiles.out)) << profiles.out.toHex().constData();
    EXPECT_FALSE(hasRawControls(profiles.err)) << profiles.err.toHex().constData();
    const auto show = cli.run({u"profiles"_s, u"show"_s, u"evil"_s});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_FALSE(hasRawControls(show.out)) << show.out.toHex().constData();
    const auto refused = cli.run({u"run"_s, u"--profile"_s, u"evil"_s});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_FALSE(hasRawControls(refused.err)) << refused.err.toHex().constData();
}
