// The `atc test-connection` / `atc discover` commands as a user runs them: the real `atc`
// binary against the real `atc-azure-emulator` process over loopback HTTP.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "AzureEmulator.h"
#include "FakeHttpProxy.h"

using namespace Qt::Literals::StringLiterals;
namespace sandbox = atc::emulator::sandbox;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/** The emulator in its own process, serving the sandbox tenant; stops with the fixture. */
class CliAzureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_emulator.setProgram(QStringLiteral(ATC_EMULATOR_PATH));
        m_emulator.setArguments({u"--sandbox"_s});
        m_emulator.start();
        ASSERT_TRUE(m_emulator.waitForStarted(30000));
        // The first stdout line is the base URL.
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_emulator.canReadLine(); }, 30000));
        m_baseUrl = QString::fromUtf8(m_emulator.readLine()).trimmed();
        ASSERT_TRUE(m_baseUrl.startsWith(u"http://127.0.0.1:"_s)) << m_baseUrl.toStdString();
    }

    void TearDown() override
    {
        m_emulator.kill();
        m_emulator.waitForFinished(10000);
    }

    /** A private HOME; `secret` goes through the environment, never argv. */
    QProcessEnvironment environment(const QString &secret) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_home.filePath(u"no-bus"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
        if (secret.isNull())
            env.remove(u"AZURE_CLIENT_SECRET"_s);
        else
            env.insert(u"AZURE_CLIENT_SECRET"_s, secret);
        return env;
    }

    /** Runs `atc` to its end (this process's event loop is not needed meanwhile). */
    CliResult atc(QStringList args,
                  const QString &secret = QString::fromLatin1(sandbox::ClientSecret))
    {
        QProcess p;
        p.setProcessEnvironment(environment(secret));
        p.setProgram(QStringLiteral(ATC_CLI_PATH));
        p.setArguments(args);
        p.start();
        CliResult r;
        if (!p.waitForStarted(30000)) {
            ADD_FAILURE() << "atc did not start";
            return r;
        }
        // Keep the event loop of this process free: the emulator is another process.
        if (!p.waitForFinished(120000)) {
            ADD_FAILURE() << "atc did not finish";
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList target(const QString &clientId = QString::fromLatin1(sandbox::ClientId)) const
    {
        return {u"--tenant-id"_s,      QString::fromLatin1(sandbox::TenantId),
                u"--client-id"_s,      clientId,
                u"--authority-host"_s, m_baseUrl,
                u"--arm-endpoint"_s,   m_baseUrl};
    }

    QTemporaryDir m_home;
    QProcess m_emulator;
    QString m_baseUrl;
};

QJsonObject sandboxTenant()
{
    return QJsonDocument::fromJson(atc::emulator::AzureEmulator::sandboxTenantJson()).object();
}

} // namespace

TEST_F(CliAzureTest, DiscoverJsonListsTheWholeSandboxTenant)
{
    const CliResult r =
        atc(QStringList{u"discover"_s, u"--format"_s, u"json"_s, u"--resources"_s} + target());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << "stdout must be one JSON document";

    const QJsonObject tenant = sandboxTenant();
    EXPECT_EQ(doc.value(u"managementGroups"_s).toArray().size(),
              tenant.value(u"managementGroups"_s).toArray().size());
    EXPECT_EQ(doc.value(u"subscriptions"_s).toArray().size(),
              tenant.value(u"subscriptions"_s).toArray().size());

    // Resources are listed for connectable subscriptions only (the disabled one is reported,
    // not connected).
    QSet<QString> connectable;
    for (const QJsonValue &s : tenant.value(u"subscriptions"_s).toArray()) {
        const QString state = s[u"state"_s].toString();
        if (state != u"Disabled"_s && state != u"Deleted"_s)
            connectable.insert(s[u"subscriptionId"_s].toString());
    }
    int expectedResources = 0;
    for (const QJsonValue &res : tenant.value(u"resources"_s).toArray())
        expectedResources += connectable.contains(res[u"subscriptionId"_s].toString()) ? 1 : 0;
    const QJsonArray resources = doc.value(u"resources"_s).toArray();
    EXPECT_EQ(resources.size(), expectedResources);
    ASSERT_FALSE(resources.isEmpty());
    for (const char *field : {"id", "name", "type", "location", "resourceGroup", "subscriptionId"})
        EXPECT_FALSE(resources.first()[QLatin1String(field)].toString().isEmpty()) << field;

    for (const QJsonValue &s : doc.value(u"subscriptions"_s).toArray()) {
        EXPECT_FALSE(s[u"subscriptionId"_s].toString().isEmpty());
        EXPECT_FALSE(s[u"state"_s].toString().isEmpty());
    }
    // Progress goes to stderr, never into the JSON, and no secret is echoed anywhere.
    EXPECT_FALSE(r.out.contains(sandbox::ClientSecret));
    EXPECT_FALSE(r.err.contains(QLatin1String(sandbox::ClientSecret)));
}

TEST_F(CliAzureTest, TestConnectionPassesWithTheSandboxCredentials)
{
    const CliResult r = atc(QStringList{u"test-connection"_s, u"--format"_s, u"json"_s} + target());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    EXPECT_FALSE(doc.isNull()) << "test-connection --format json prints one JSON document";
}

TEST_F(CliAzureTest, WrongSecretIsAnAuthenticationFailureWithAdvice)
{
    const CliResult r = atc(QStringList{u"test-connection"_s} + target(), u"not-the-secret"_s);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.contains("AADSTS7000215") || r.err.contains(u"AADSTS7000215"_s) ||
                r.out.contains("Secret ID") || r.err.contains(u"Secret ID"_s))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"not-the-secret"_s));
    EXPECT_FALSE(r.out.contains("not-the-secret"));
}

TEST_F(CliAzureTest, MissingSecretIsExitSevenAndPlainHttpToARemoteHostIsBadInput)
{
    EXPECT_EQ(atc(QStringList{u"discover"_s} + target(), QString()).exitCode, 7);

    QStringList remote = target();
    remote[remote.indexOf(u"--authority-host"_s) + 1] = u"http://login.example.com"_s;
    EXPECT_EQ(atc(QStringList{u"discover"_s} + remote).exitCode, 2);
    EXPECT_EQ(atc({u"discover"_s, u"--no-such-option"_s}).exitCode, 2);
}

TEST_F(CliAzureTest, UnreachableServerIsANetworkFailure)
{
    // A port nobody listens on: take the emulator's and stop the emulator.
    m_emulator.kill();
    m_emulator.waitForFinished(10000);
    const CliResult r = atc(QStringList{u"test-connection"_s} + target());
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
}

// The manual proxy of the settings, with its password from ATC_PROXY_PASSWORD (the headless
// way): `atc` must tunnel to Entra ID through it and authenticate. The fake proxy lives in this
// process, so wait for `atc` without blocking the event loop; it refuses every tunnel, so
// nothing leaves the machine.
TEST_F(CliAzureTest, ManualProxyFromTheSettingsIsUsedWithItsPassword)
{
    atc::test::FakeHttpProxy proxy;
    ASSERT_TRUE(proxy.listen());

    const QString configDir =
        m_home.filePath(u"config/AzureTenantConnector/azure-tenant-connector"_s);
    ASSERT_TRUE(QDir().mkpath(configDir));
    QFile ini(configDir + u"/settings.ini"_s);
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[proxy]\nmode=manual\nhost=127.0.0.1\nport=" + QByteArray::number(proxy.port()) +
              "\nuser=svc-atc\n");
    ini.close();

    QProcessEnvironment env = environment(QString::fromLatin1(sandbox::ClientSecret));
    env.insert(u"ATC_PROXY_PASSWORD"_s, u"proxy-pw-123"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(ATC_CLI_PATH));
    // The public cloud's authority: a remote name, so the proxy is not bypassed.
    p.setArguments({u"test-connection"_s, u"--tenant-id"_s, QString::fromLatin1(sandbox::TenantId),
                    u"--client-id"_s, QString::fromLatin1(sandbox::ClientId)});
    p.start();
    ASSERT_TRUE(p.waitForStarted(30000));
    ASSERT_TRUE(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 5) << err.toStdString(); // a network failure, in words
    EXPECT_TRUE(err.contains(u"proxy"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"retrying"_s)) << "a refused tunnel is not retried";
    EXPECT_FALSE(err.contains(u"proxy-pw-123"_s));

    ASSERT_FALSE(proxy.heads().isEmpty()) << "atc never contacted the proxy";
    EXPECT_TRUE(proxy.heads().first().startsWith("CONNECT login.microsoftonline.com:443 "))
        << proxy.heads().first().toStdString();
    EXPECT_TRUE(proxy.sawCredentials("svc-atc:proxy-pw-123"))
        << "the proxy never got the configured credentials";
}
