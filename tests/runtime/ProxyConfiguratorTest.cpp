#include <gtest/gtest.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeHttpProxy.h"
#include "azure/NetworkSupport.h"
#include "runtime/ProxyConfigurator.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"pr0xy-Pa55-word"_s;

class ProxyConfiguratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qunsetenv(ProxyConfigurator::PasswordVariable);
    }
    void TearDown() override { qunsetenv(ProxyConfigurator::PasswordVariable); }

    QString ini() const { return m_dir.filePath(u"settings.ini"_s); }

    void manual(AppSettings &s, const QString &host, int port, const QString &user)
    {
        s.setProxyMode(AppSettings::ProxyMode::Manual);
        ASSERT_TRUE(s.setProxyHost(host));
        ASSERT_TRUE(s.setProxyPort(port));
        ASSERT_TRUE(s.setProxyUser(user));
    }

    void storePassword(const QString &password)
    {
        QObject context;
        bool done = false;
        m_secrets.write(AppSettings::proxyPasswordSecretKey(), password, &context,
                        [&done](const SecretStore::Result &r) { done = r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 5000));
    }

    // Applies and waits for ready().
    void applyAndWait(ProxyConfigurator &c, const AppSettings &s)
    {
        QSignalSpy spy(&c, &ProxyConfigurator::ready);
        c.apply(s);
        ASSERT_TRUE(spy.count() == 1 || spy.wait(5000));
        EXPECT_TRUE(c.isReady());
    }

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_nam;
};

TEST_F(ProxyConfiguratorTest, NoProxyMeansDirect)
{
    AppSettings s(ini());
    s.setProxyMode(AppSettings::ProxyMode::None);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    EXPECT_EQ(m_nam.proxy().type(), QNetworkProxy::NoProxy);
    EXPECT_TRUE(c.problem().isEmpty());
}

TEST_F(ProxyConfiguratorTest, SystemModeUsesAFactoryNotAFixedProxy)
{
    AppSettings s(ini());
    s.setProxyMode(AppSettings::ProxyMode::None);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    s.setProxyMode(AppSettings::ProxyMode::System);
    applyAndWait(c, s);
    EXPECT_NE(m_nam.proxyFactory(), nullptr);
    EXPECT_EQ(m_nam.proxy().type(), QNetworkProxy::DefaultProxy);
}

TEST_F(ProxyConfiguratorTest, ManualProxyTakesThePasswordFromTheKeychain)
{
    AppSettings s(ini());
    manual(s, u"proxy.example.com"_s, 3128, u"alice"_s);
    storePassword(kPassword);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    const QNetworkProxy p = m_nam.proxy();
    EXPECT_EQ(p.type(), QNetworkProxy::HttpProxy);
    EXPECT_EQ(p.hostName(), u"proxy.example.com"_s);
    EXPECT_EQ(p.port(), 3128);
    EXPECT_EQ(p.user(), u"alice"_s);
    EXPECT_TRUE(p.password() == kPassword);
    EXPECT_TRUE(c.problem().isEmpty());
}

TEST_F(ProxyConfiguratorTest, EnvironmentPasswordWinsOverTheKeychain)
{
    AppSettings s(ini());
    manual(s, u"proxy.example.com"_s, 3128, u"alice"_s);
    storePassword(u"from-keychain"_s);
    qputenv(ProxyConfigurator::PasswordVariable, "from-environment");
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    EXPECT_TRUE(m_nam.proxy().password() == u"from-environment"_s);
}

TEST_F(ProxyConfiguratorTest, MissingPasswordIsAProblemNotAFailure)
{
    AppSettings s(ini());
    manual(s, u"proxy.example.com"_s, 3128, u"alice"_s);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    EXPECT_EQ(m_nam.proxy().type(), QNetworkProxy::HttpProxy);
    EXPECT_TRUE(m_nam.proxy().password().isEmpty());
    EXPECT_TRUE(c.problem().contains(QLatin1String(ProxyConfigurator::PasswordVariable)))
        << c.problem().toStdString();
}

TEST_F(ProxyConfiguratorTest, ManualWithoutHostFallsBackToTheSystemProxyAndSaysWhy)
{
    AppSettings s(ini());
    s.setProxyMode(AppSettings::ProxyMode::Manual); // a settings file edited by hand
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    EXPECT_NE(m_nam.proxyFactory(), nullptr);
    EXPECT_EQ(m_nam.proxy().type(), QNetworkProxy::DefaultProxy);
    EXPECT_EQ(c.problem(), s.proxyProblem());
    EXPECT_FALSE(c.problem().isEmpty());
}

TEST_F(ProxyConfiguratorTest, ManualWithoutUserIsReadyAtOnce)
{
    AppSettings s(ini());
    manual(s, u"proxy.example.com"_s, 8080, {});
    m_secrets.setFailure(SecretStore::Status::NoBackend); // must not even be asked
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);
    EXPECT_EQ(m_nam.proxy().hostName(), u"proxy.example.com"_s);
    EXPECT_TRUE(c.problem().isEmpty());
}

TEST_F(ProxyConfiguratorTest, LaterApplySupersedesAPendingKeychainRead)
{
    AppSettings s(ini());
    manual(s, u"proxy.example.com"_s, 3128, u"alice"_s);
    storePassword(kPassword);
    ProxyConfigurator c(&m_nam, &m_secrets);
    QSignalSpy spy(&c, &ProxyConfigurator::ready);
    c.apply(s); // a keychain read starts
    s.setProxyMode(AppSettings::ProxyMode::None);
    c.apply(s); // … and is dropped
    ASSERT_TRUE(spy.wait(5000));
    // The dropped read was queued before ready(); a stale callback would have run by now.
    QCoreApplication::processEvents();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(m_nam.proxy().type(), QNetworkProxy::NoProxy);
}

// A real HTTP proxy conversation over loopback: the target is a remote name, so Qt must go
// through the proxy, answer its 407 with the keychain's credentials, and report the refusal
// as a proxy error. Nothing leaves the machine: the fake proxy never connects out.
TEST_F(ProxyConfiguratorTest, RequestsGoThroughTheProxyWithItsCredentials)
{
    test::FakeHttpProxy proxy;
    ASSERT_TRUE(proxy.listen());

    AppSettings s(ini());
    manual(s, u"127.0.0.1"_s, proxy.port(), u"alice"_s);
    storePassword(kPassword);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);

    QNetworkReply *reply = m_nam.get(QNetworkRequest(
        QUrl(u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_NE(reply->error(), QNetworkReply::NoError); // the proxy refused the tunnel
    reply->deleteLater();

    ASSERT_GE(proxy.heads().size(), 2);
    EXPECT_TRUE(proxy.heads().first().startsWith("CONNECT login.microsoftonline.com:443 "));
    EXPECT_TRUE(proxy.sawCredentials("alice:" + kPassword.toUtf8()))
        << "the proxy never got the keychain's credentials";
}

} // namespace

namespace {

// What the client makes of a proxy that refuses the tunnel: the proxy's fault, in words that
// name the proxy, and not retried (it does not heal in seconds).
TEST_F(ProxyConfiguratorTest, ARefusedTunnelIsAProxyErrorNotRetried)
{
    test::FakeHttpProxy proxy;
    ASSERT_TRUE(proxy.listen());
    AppSettings s(ini());
    manual(s, u"127.0.0.1"_s, proxy.port(), u"alice"_s);
    storePassword(kPassword);
    ProxyConfigurator c(&m_nam, &m_secrets);
    applyAndWait(c, s);

    QNetworkReply *reply =
        m_nam.get(QNetworkRequest(QUrl(u"https://management.azure.com/subscriptions"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(net::viaHttpProxy(reply));
    const AzureError e = net::transportError(reply, {}, u"https://management.azure.com"_s);
    reply->deleteLater();
    EXPECT_EQ(e.kind, AzureErrorKind::Proxy) << e.fullText().toStdString();
    EXPECT_FALSE(net::isRetryable(e.kind));
    EXPECT_TRUE(e.advice().contains(u"proxy"_s)) << e.advice().toStdString();

    // Without a proxy the same unclassified error stays a network error; loopback never goes
    // through a proxy.
    EXPECT_EQ(net::transportError(QNetworkReply::UnknownNetworkError, {}, {}, {}, false).kind,
              AzureErrorKind::Network);
    QNetworkReply *local = m_nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:9/"_s)));
    EXPECT_FALSE(net::viaHttpProxy(local));
    local->abort();
    local->deleteLater();
}

} // namespace
