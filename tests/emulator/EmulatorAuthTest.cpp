// Entra token endpoint and ARM authentication over real HTTP on loopback.
#include "AzureEmulator.h"
#include "EmulatorClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator;
using atc::test::EmulatorClient;
using atc::test::HttpResult;

namespace {

class AuthTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.listen());
        m_client = std::make_unique<EmulatorClient>(m_emulator.baseUrl());
    }
    AzureEmulator m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
};

TEST_F(AuthTest, TokenSuccessHasTheRealShape)
{
    const HttpResult r = m_client->requestToken(QString::fromLatin1(sandbox::TenantId),
                                                QString::fromLatin1(sandbox::ClientId),
                                                QString::fromLatin1(sandbox::ClientSecret));
    ASSERT_EQ(r.status, 200);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value("token_type"_L1).toString(), u"Bearer"_s);
    EXPECT_TRUE(o.value("expires_in"_L1).isDouble());
    EXPECT_EQ(o.value("expires_in"_L1).toInt(), 3599);
    EXPECT_TRUE(o.value("ext_expires_in"_L1).isDouble());
    EXPECT_FALSE(o.value("access_token"_L1).toString().isEmpty());
    EXPECT_TRUE(r.header("Content-Type").startsWith("application/json"));
    EXPECT_EQ(m_emulator.stats().tokenRequests, 1);
}

TEST_F(AuthTest, TenantByDomainWorks)
{
    const HttpResult r = m_client->requestToken(QString::fromLatin1(sandbox::TenantDomain),
                                                QString::fromLatin1(sandbox::ClientId),
                                                QString::fromLatin1(sandbox::ClientSecret));
    EXPECT_EQ(r.status, 200);
}

struct TokenCase
{
    const char *name;
    QString tenant;
    QString clientId;
    QString secret;
    int status;
    int code;
    const char *error;
};

TEST_F(AuthTest, EachAadstsErrorHasItsStatusAndBody)
{
    const QString tenant = QString::fromLatin1(sandbox::TenantId);
    const QString app = QString::fromLatin1(sandbox::ClientId);
    const QString secret = QString::fromLatin1(sandbox::ClientSecret);
    const QList<TokenCase> cases{
        {"unknown tenant guid", u"11111111-2222-4333-8444-555555555555"_s, app, secret, 400, 90002,
         "invalid_request"},
        {"unknown tenant domain", u"nobody.onmicrosoft.com"_s, app, secret, 400, 90002,
         "invalid_request"},
        {"malformed tenant", u"not a tenant!"_s, app, secret, 400, 900023, "invalid_request"},
        {"unknown app", tenant, u"99999999-9999-4999-8999-999999999999"_s, secret, 400, 700016,
         "unauthorized_client"},
        {"wrong secret", tenant, app, u"the-secret-id-not-the-value"_s, 401, 7000215,
         "invalid_client"},
        {"expired secret", tenant, QString::fromLatin1(sandbox::ExpiredClientId),
         QString::fromLatin1(sandbox::ExpiredClientSecret), 401, 7000222, "invalid_client"},
        {"missing secret", tenant, app, QString(), 400, 7000218, "invalid_request"},
    };
    for (const TokenCase &c : cases) {
        SCOPED_TRACE(c.name);
        const HttpResult r = m_client->requestToken(c.tenant, c.clientId, c.secret);
        EXPECT_EQ(r.status, c.status);
        const QJsonObject o = r.json();
        EXPECT_EQ(o.value("error"_L1).toString(), QString::fromLatin1(c.error));
        const QString prefix = u"AADSTS%1: "_s.arg(c.code);
        EXPECT_TRUE(o.value("error_description"_L1).toString().startsWith(prefix))
            << o.value("error_description"_L1).toString().left(120).toStdString();
        EXPECT_TRUE(o.value("error_description"_L1).toString().contains(u"\r\nTrace ID: "_s));
        ASSERT_TRUE(o.value("error_codes"_L1).isArray());
        EXPECT_EQ(o.value("error_codes"_L1).toArray().at(0).toInt(), c.code);
        EXPECT_FALSE(o.value("timestamp"_L1).toString().isEmpty());
        EXPECT_FALSE(o.value("trace_id"_L1).toString().isEmpty());
        EXPECT_FALSE(o.value("correlation_id"_L1).toString().isEmpty());
        EXPECT_FALSE(o.contains("access_token"_L1));
    }
}

TEST_F(AuthTest, ArmRejectsMissingUnknownAndExpiredTokens)
{
    const QByteArray path = "/subscriptions?api-version=2022-12-01";
    HttpResult r = m_client->get(path);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.json().value("error"_L1)["code"_L1].toString(), u"AuthenticationFailed"_s);
    EXPECT_EQ(r.json().value("error"_L1)["message"_L1].toString(),
              u"Authentication failed. The 'Authorization' header is missing."_s);

    r = m_client->get(path, "not-a-token-we-issued");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.json().value("error"_L1)["code"_L1].toString(), u"InvalidAuthenticationToken"_s);

    const QByteArray token = m_client->token();
    r = m_client->get(path, token);
    EXPECT_EQ(r.status, 200);
    m_emulator.expireAllTokens();
    r = m_client->get(path, token);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.json().value("error"_L1)["code"_L1].toString(), u"ExpiredAuthenticationToken"_s);
    EXPECT_TRUE(r.json().value("error"_L1)["message"_L1].toString().startsWith(
        u"The access token expiry UTC time '"_s));
}

TEST_F(AuthTest, TokenLifetimeZeroExpiresAtOnce)
{
    m_emulator.faults().tokenLifetimeSeconds = 0;
    const HttpResult t = m_client->requestToken(QString::fromLatin1(sandbox::TenantId),
                                                QString::fromLatin1(sandbox::ClientId),
                                                QString::fromLatin1(sandbox::ClientSecret));
    ASSERT_EQ(t.status, 200);
    EXPECT_EQ(t.json().value("expires_in"_L1).toInt(), 0);
    const HttpResult r = m_client->get("/subscriptions?api-version=2022-12-01",
                                       t.json().value("access_token"_L1).toString().toLatin1());
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.json().value("error"_L1)["code"_L1].toString(), u"ExpiredAuthenticationToken"_s);
}

TEST_F(AuthTest, OpenIdConfigurationAnswersForTheTenantOnly)
{
    HttpResult r = m_client->get("/" + QByteArray(sandbox::TenantDomain) +
                                 "/v2.0/.well-known/openid-configuration");
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.json()
                    .value("token_endpoint"_L1)
                    .toString()
                    .endsWith(QString::fromLatin1(sandbox::TenantId) + u"/oauth2/v2.0/token"_s));
    r = m_client->get(
        "/11111111-2222-4333-8444-555555555555/v2.0/.well-known/openid-configuration");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json().value("error"_L1).toString(), u"invalid_tenant"_s);
    EXPECT_EQ(r.json().value("error_codes"_L1).toArray().at(0).toInt(), 90002);
}

TEST_F(AuthTest, ApiVersionIsRequired)
{
    const HttpResult r = m_client->get("/subscriptions", m_client->token());
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.json().value("error"_L1)["code"_L1].toString(), u"MissingApiVersionParameter"_s);
}

} // namespace
