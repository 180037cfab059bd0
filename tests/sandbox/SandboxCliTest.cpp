// The real `atc` runs a sandbox profile the desktop saved, with nothing else running: no
// emulator (the port in the file is dead), no keychain (the D-Bus bus points nowhere), and
// another tenant's key in AZURE_CLIENT_SECRET. docs/emulator.md, "Sandbox".
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "SandboxHost.h"
#include "SandboxProfiles.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class SandboxCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString dataDir;
    QString profileId;
    QString profilePath;

    void SetUp() override
    {
        dataDir = dir.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
        const ProfileStore store(dataDir + u"/profiles"_s);
        QString error;
        ASSERT_TRUE(SandboxHost::ensureSandboxTags(store, &error)) << error.toStdString();
        quint16 deadPort = 0;
        ConnectorProfile p;
        {
            // The desktop's session: its sandbox on some port, gone when the desktop quits.
            SandboxHost desktop;
            const SandboxTenant tenant = desktop.tenant();
            ASSERT_TRUE(tenant.baseUrl.isValid());
            deadPort = quint16(tenant.baseUrl.port());
            p = SandboxProfiles::startingProfile(tenant, {}, store.loadTags());
        }
        ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
        profileId = p.id;
        profilePath = store.pathFor(p.id);
        // Nothing answers there now (a listener would be a second emulator: not wanted).
        ASSERT_TRUE(QTcpServer().listen(QHostAddress::LocalHost, deadPort));
    }

    Result run(const QStringList &args) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-sandbox-test-bus"_s);
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.insert(u"AZURE_CLIENT_SECRET"_s, u"another-tenants-key"_s);
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(ATC_CLI_EXE), args);
        EXPECT_TRUE(p.waitForStarted());
        EXPECT_TRUE(p.waitForFinished(120000));
        Result r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        EXPECT_FALSE(r.out.contains(emulator::sandbox::ClientSecret));
        EXPECT_FALSE(r.err.contains(emulator::sandbox::ClientSecret));
        return r;
    }

    QByteArray profileBytes() const
    {
        QFile f(profilePath);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

QJsonObject onlySummary(const Result &r)
{
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    EXPECT_EQ(a.size(), 1) << r.out.constData() << r.err.constData();
    return a.isEmpty() ? QJsonObject() : a.first().toObject();
}

} // namespace

TEST_F(SandboxCli, RunStartsTheSandboxAndKeepsConnectorsOnTheSecondRun)
{
    const QByteArray before = profileBytes();
    const QDateTime mtime = QFileInfo(profilePath).lastModified();

    const Result first =
        run({u"run"_s, u"--profile"_s, u"Contoso sandbox"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    const QJsonObject s1 = onlySummary(first);
    EXPECT_EQ(s1.value(u"state"_s).toString(), u"FINISHED_SUCCESS"_s);
    const int created = s1.value(u"connectorsCreated"_s).toInt();
    EXPECT_GT(created, 0);
    EXPECT_GT(s1.value(u"assetsCreated"_s).toInt(), 0);

    // A second process, a second sandbox on another port: the same tenant, the same
    // subscription connectors (none created, none removed).
    const Result second = run({u"run"_s, u"--all"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(second.exitCode, 0) << second.err.constData();
    const QJsonObject s2 = onlySummary(second);
    EXPECT_EQ(s2.value(u"state"_s).toString(), u"FINISHED_SUCCESS"_s);
    EXPECT_EQ(s2.value(u"connectorsCreated"_s).toInt(), 0);
    EXPECT_EQ(s2.value(u"connectorsDisabled"_s).toInt(), 0);
    EXPECT_EQ(s2.value(u"assetsCreated"_s).toInt(), 0);
    EXPECT_EQ(s2.value(u"assetsRemoved"_s).toInt(), 0);

    const Result list = run({u"connectors"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(list.out)
                  .object()
                  .value(u"subscriptionConnectors"_s)
                  .toArray()
                  .size(),
              created);

    // The run's endpoints were in memory only: the file is as the desktop saved it.
    EXPECT_EQ(profileBytes(), before);
    EXPECT_EQ(QFileInfo(profilePath).lastModified(), mtime);
}

TEST_F(SandboxCli, RunAppliesTheSandboxTags)
{
    const Result r = run({u"run"_s, u"--profile"_s, profileId});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const Result exported = run({u"inventory"_s, u"export"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.constData();
    const QJsonArray assets = QJsonDocument::fromJson(exported.out).array();
    ASSERT_FALSE(assets.isEmpty());
    int production = 0, development = 0, internetFacing = 0;
    for (const QJsonValue &v : assets) {
        const QJsonObject a = v.toObject();
        const QJsonArray tags = a.value(u"assetTags"_s).toArray();
        EXPECT_TRUE(tags.contains(u"Azure"_s)) << a.value(u"resourceId"_s).toString().toStdString();
        const QString env = a.value(u"azureTags"_s).toObject().value(u"env"_s).toString();
        EXPECT_EQ(tags.contains(u"Production"_s), env == u"prod"_s);
        EXPECT_EQ(tags.contains(u"Development"_s), env == u"dev"_s);
        const QString type = a.value(u"type"_s).toString().toLower();
        EXPECT_EQ(tags.contains(u"Internet-facing"_s),
                  type == u"microsoft.network/publicipaddresses"_s ||
                      type == u"microsoft.web/sites"_s)
            << type.toStdString();
        production += tags.contains(u"Production"_s);
        development += tags.contains(u"Development"_s);
        internetFacing += tags.contains(u"Internet-facing"_s);
    }
    EXPECT_GT(production, 0);
    EXPECT_GT(development, 0);
    EXPECT_GT(internetFacing, 0);
}

TEST_F(SandboxCli, TestConnectionAndDiscoverOfTheSandboxProfile)
{
    const Result test = run({u"test-connection"_s, u"--profile"_s, u"Contoso sandbox"_s});
    EXPECT_EQ(test.exitCode, 0) << test.out.constData() << test.err.constData();
    const Result discover =
        run({u"discover"_s, u"--profile"_s, u"Contoso sandbox"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(discover.exitCode, 0) << discover.err.constData();
}
