// The client against a minimal scripted HTTP server: exact request lines and bodies on the wire.

#include <functional>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include "ScriptedServer.h"
#include "azure/ArmClient.h"
#include "azure/AzureParsers.h"
#include "azure/AzureSession.h"
#include "azure/TokenProvider.h"

using namespace atc;
using atc::test::Answer;
using atc::test::Request;
using atc::test::ScriptedServer;
using namespace Qt::Literals::StringLiterals;

namespace {

Answer tokenAnswer()
{
    return {200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"tok-1"})"};
}

class ArmClientTest : public ::testing::Test
{
protected:
    void SetUp() override { m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); }
    AzureClientConfig config()
    {
        AzureClientConfig c;
        c.endpoints = {m_server.url(), m_server.url()};
        c.tenant = u"11111111-2222-3333-4444-555555555555"_s;
        c.clientId = u"app-id"_s;
        c.clientSecret = u"s3cr+t&x=%y"_s;
        c.retryBaseDelayMs = 1;
        return c;
    }
    QNetworkAccessManager m_nam;
    ScriptedServer m_server;
};

} // namespace

TEST_F(ArmClientTest, TokenRequestIsTheDocumentedFormAndIsShared)
{
    m_server.handler = [](const Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token"))
            return Answer{200, tokenAnswer().body}.delayed(50);
        return Answer{200, R"({"value":[]})"};
    };
    AzureSession s(&m_nam, config());
    QObject ctx;
    int done = 0;
    for (int i = 0; i < 5; ++i)
        s.armClient()->get(s.armClient()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), &ctx,
                           [&done](const ArmResponse &r) {
                               EXPECT_FALSE(r.error.isError());
                               ++done;
                           });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 5; }, 20000));
    int tokens = 0;
    for (const Request &r : std::as_const(m_server.requests)) {
        if (!r.target.endsWith("/oauth2/v2.0/token")) {
            EXPECT_EQ(r.target, "/subscriptions?api-version=2022-12-01");
            EXPECT_EQ(r.headers.value("authorization"), "Bearer tok-1");
            continue;
        }
        ++tokens;
        EXPECT_EQ(r.method, "POST");
        EXPECT_EQ(r.target, "/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token");
        EXPECT_EQ(r.headers.value("content-type"), "application/x-www-form-urlencoded");
        const QUrlQuery form(QString::fromLatin1(r.body));
        EXPECT_EQ(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
        EXPECT_EQ(form.queryItemValue(u"client_id"_s), u"app-id"_s);
        EXPECT_EQ(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                  m_server.url().toString() + u"/.default"_s);
        EXPECT_TRUE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) ==
                    u"s3cr+t&x=%y"_s);
        EXPECT_TRUE(r.body.contains("client_secret=s3cr%2Bt%26x%3D%25y"));
    }
    EXPECT_EQ(tokens, 1); // concurrent callers share one token request, later ones the cache
    EXPECT_EQ(s.stats().requests, 6);
}

TEST_F(ArmClientTest, NextLinkIsFollowedVerbatimAndEmptyPagesContinue)
{
    // The re-encoded shape of the real recording: %24, '+', %27, %2f, %3d.
    const QByteArray next =
        "/subscriptions/s/resources?api-version=2021-04-01&%24filter=ResourceType+eq+%27Microsoft."
        "OperationsManagement%2Fsolutions%27&%24top=1&%24skiptoken=eyJuZXh0%3D%3D";
    m_server.handler = [this, next](const Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token"))
            return tokenAnswer();
        if (r.target.contains("skiptoken"))
            return Answer{
                200, R"({"value":[{"id":"/subscriptions/s/resourceGroups/g/providers/a/b/r2"}]})"};
        if (r.target.contains("page=empty"))
            return Answer{200, "{\"value\":[],\"@nextLink\":\"" + m_server.url().toEncoded() +
                                   next + "\"}"};
        return Answer{
            200, "{\"value\":[{\"id\":\"/subscriptions/s/resourceGroups/g/providers/a/b/r1\"}],"
                 "\"nextLink\":\"" +
                     m_server.url().toEncoded() +
                     "/subscriptions/s/resources?api-version=2021-04-01&page=empty\"}"};
    };
    AzureSession s(&m_nam, config());
    QObject ctx;
    QStringList ids;
    int pages = 0;
    bool done = false;
    AzureError error;
    s.armClient()->getAllPages(
        s.armClient()->url(u"/subscriptions/s/resources"_s, ApiVersion::Resources), &ctx,
        [&](const QJsonObject &page) {
            ++pages;
            for (const AzureResource &r : AzureParsers::resourceList(page, false))
                ids << r.name;
            return true;
        },
        [&](const AzureError &e) {
            error = e;
            done = true;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(ids, (QStringList{u"r1"_s, u"r2"_s}));
    EXPECT_EQ(m_server.requests.last().target, next);
}

TEST_F(ArmClientTest, BoundedInFlightAndRetryAfter)
{
    int calls = 0;
    m_server.handler = [&calls](const Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token"))
            return tokenAnswer();
        if (++calls % 3 == 0) // every third answer: throttled, retry immediately
            return Answer{429,
                          R"({"error":{"code":"SubscriptionRequestsThrottled","message":"x"}})",
                          {{"Retry-After", "0"}}};
        return Answer{200, R"({"value":[]})"}.delayed(30);
    };
    AzureClientConfig c = config();
    c.maxRequestsInFlight = 3;
    AzureSession s(&m_nam, c);
    QObject ctx;
    int ok = 0;
    for (int i = 0; i < 12; ++i)
        s.armClient()->get(s.armClient()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), &ctx,
                           [&ok](const ArmResponse &r) { ok += r.error.isError() ? 0 : 1; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return ok == 12; }, 20000));
    EXPECT_LE(m_server.maxOpen, 3);
    EXPECT_GT(s.stats().throttled, 0);
    EXPECT_EQ(s.armClient()->activeCount(), 0);
}

TEST_F(ArmClientTest, ExpiredTokenRefreshesOnceThenFails)
{
    int tokenCount = 0;
    bool alwaysExpired = false;
    m_server.handler = [&](const Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token")) {
            ++tokenCount;
            return Answer{200, "{\"expires_in\":3599,\"access_token\":\"tok-" +
                                   QByteArray::number(tokenCount) + "\"}"};
        }
        if (r.headers.value("authorization") == "Bearer tok-1" || alwaysExpired)
            return Answer{
                401,
                R"({"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time is earlier than current UTC time."}})"};
        return Answer{200, R"({"value":[]})"};
    };
    AzureSession s(&m_nam, config());
    QObject ctx;
    ArmResponse got;
    bool done = false;
    auto get = [&] {
        done = false;
        s.armClient()->get(s.armClient()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), &ctx,
                           [&](const ArmResponse &r) {
                               got = r;
                               done = true;
                           });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    };
    get();
    EXPECT_FALSE(got.error.isError());
    EXPECT_EQ(tokenCount, 2);
    alwaysExpired = true;
    get();
    EXPECT_EQ(got.error.kind, AzureErrorKind::ExpiredToken); // refreshed once, then words
    EXPECT_EQ(tokenCount, 3);
    EXPECT_FALSE(got.error.message().isEmpty());
}

TEST(AzureSession, PlainHttpOnlyForLoopback)
{
    const QList<std::pair<const char *, bool>> table{
        {"https://management.azure.com", true},
        {"http://127.0.0.1:8080", true},
        {"http://127.8.9.10", true},
        {"http://localhost:1234", true},
        {"http://[::1]:99", true},
        {"http://management.azure.com", false},
        {"http://10.0.0.1", false},
        {"ftp://localhost", false},
        {"not a url", false},
        {"http://localhost.evil.com", false},
    };
    for (const auto &[url, allowed] : table)
        EXPECT_EQ(AzureSession::isAllowedUrl(QUrl(QLatin1String(url))), allowed) << url;
}

TEST(AzureSession, ConfigFromProfile)
{
    ConnectorProfile p;
    p.cloud = CloudType::AzureUSGovernment;
    p.directoryId = u" contoso.onmicrosoft.com "_s;
    p.clientId = u"abc"_s;
    p.caCertificateFile = u"/tmp/x.pem"_s;
    const AzureClientConfig c = AzureClientConfig::fromProfile(p, u"v"_s);
    EXPECT_EQ(c.endpoints.armEndpoint, QUrl(u"https://management.usgovcloudapi.net"_s));
    EXPECT_EQ(c.tenant, u"contoso.onmicrosoft.com"_s);
    EXPECT_EQ(c.caCertificateFile, p.caCertificateFile);
    EXPECT_TRUE(c.clientSecret == u"v"_s);
    QNetworkAccessManager nam;
    AzureSession s(&nam, c);
    EXPECT_EQ(s.tokenProvider()->scope(), u"https://management.usgovcloudapi.net/.default"_s);
    EXPECT_EQ(s.tokenProvider()->tokenUrl().toString(),
              u"https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
    EXPECT_EQ(s.configurationError().kind, AzureErrorKind::InvalidInput); // CA file missing
}
