// G1/G2 sign-in and the Bearer rules of the fake gateway, over real loopback HTTP.
#include "QualysTestClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator::qualys;
using namespace atc::test;

namespace {

class QualysAuthTest : public ::testing::Test
{
protected:
    void SetUp() override { setUpFake(m_fake); }
    FakeQualys m_fake;
    QualysTestClient m_client{m_fake};
};

QJsonObject jwtPart(const QByteArray &token, int index)
{
    const QByteArray part = token.split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding |
                                                                    QByteArray::OmitTrailingEquals))
        .object();
}

TEST_F(QualysAuthTest, PasswordGives201AndAnHs512JwtValidForFourHours)
{
    const QualysResult r =
        m_client.auth(QString::fromLatin1(TestLogin), QString::fromLatin1(TestPassword));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/plain"));
    EXPECT_EQ(r.body.count('.'), 2);
    EXPECT_EQ(jwtPart(r.body, 0).value("alg"_L1).toString(), u"HS512"_s);
    const QJsonObject claims = jwtPart(r.body, 1);
    EXPECT_EQ(claims.value("sub"_L1).toString(), QString::fromLatin1(TestLogin));
    EXPECT_EQ(claims.value("iss"_L1).toString(), u"qas"_s);
    EXPECT_EQ(claims.value("exp"_L1).toInteger() - claims.value("iat"_L1).toInteger(), 4 * 3600);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, r.body).status, 200);
}

TEST_F(QualysAuthTest, BadCredentialsMissingTokenFlagAndWrongContentTypeAreRefused)
{
    EXPECT_EQ(m_client.auth(QString::fromLatin1(TestLogin), u"wrong"_s).status, 401);
    EXPECT_EQ(m_client.auth(u"nobody"_s, QString::fromLatin1(TestPassword)).status, 401);
    EXPECT_EQ(
        m_client.auth(QString::fromLatin1(TestLogin), QString::fromLatin1(TestPassword), "false")
            .status,
        400);
    const QualysResult json =
        m_client.send("POST", QualysTestClient::join(m_fake.gatewayUrl(), "/auth"),
                      {{"Content-Type", "application/json"}}, R"({"username":"x"})");
    EXPECT_EQ(json.status, 415);
}

TEST_F(QualysAuthTest, TokenExpiresWithTheSimulatedClockAndOnDemand)
{
    const QByteArray token = m_client.token();
    m_fake.advanceClock(4 * 3600 - 120);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token).status, 200);
    m_fake.advanceClock(120);
    const QualysResult expired = m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json().value("message"_L1).toString(), u"JWT expired"_s);

    const QByteArray fresh = m_client.token();
    EXPECT_EQ(m_client.control("POST", "/__fake/tokens/expire").status, 200);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, fresh)
                  .json()
                  .value("message"_L1)
                  .toString(),
              u"JWT expired"_s);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, m_client.token()).status, 200);
}

TEST_F(QualysAuthTest, BearerMustBeExact)
{
    const QByteArray token = m_client.token();
    const QUrl url = QualysTestClient::join(m_fake.gatewayUrl(), "/connectors/v1.0/AZURE/list");
    const QList<QByteArray> bad{"bearer " + token, "Bearer  " + token, "Bearer " + token + " x",
                                "Basic " + QByteArray("a:b").toBase64(), token};
    for (const QByteArray &value : bad) {
        const QualysResult r =
            m_client.send("GET", url, {{"Authorization", value}, {"Accept", "application/json"}});
        EXPECT_EQ(r.status, 401) << value.left(10).toStdString();
        EXPECT_EQ(r.json().value("message"_L1).toString(), u"Not authenticated"_s);
    }
    FakeQualys other;
    setUpFake(other);
    QualysTestClient otherClient(other);
    const QualysResult foreign =
        m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, otherClient.token());
    EXPECT_EQ(foreign.status, 401);
}

TEST_F(QualysAuthTest, ClientCredentialsAndDeactivatedUsers)
{
    const QUrl oidc = QualysTestClient::join(m_fake.gatewayUrl(), "/auth/oidc");
    const QUrl oauth = QualysTestClient::join(m_fake.gatewayUrl(), "/auth/oauth");
    const QList<QPair<QByteArray, QByteArray>> headers{{"clientId", TestClientId},
                                                       {"clientSecret", TestClientSecret}};
    const QualysResult r = m_client.send("POST", oidc, headers);
    EXPECT_TRUE(r.status == 200 || r.status == 201) << r.status;
    const QByteArray userToken = r.body;
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, userToken).status, 200);
    EXPECT_EQ(
        m_client.send("POST", oidc, {{"clientId", TestClientId}, {"clientSecret", "no"}}).status,
        401);
    const QByteArray subscriptionToken = m_client.send("POST", oauth, headers).body;

    FakeQualysUser user;
    user.login = QString::fromLatin1(TestLogin);
    user.password = QString::fromLatin1(TestPassword);
    user.clientId = QString::fromLatin1(TestClientId);
    user.clientSecret = QString::fromLatin1(TestClientSecret);
    user.deactivated = true;
    m_fake.addUser(user);
    EXPECT_EQ(m_client.send("POST", oidc, headers).status, 401);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, userToken).status, 401);
    // Subscription-level clients outlive their user.
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, subscriptionToken).status, 200);
}

} // namespace
