// Variants, rate limits, faults, the sync simulation, the control port and redaction.
#include "QualysTestClient.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator::qualys;
using namespace atc::test;

namespace {

constexpr char CreatePath[] = "/connectors/v1.0/org/azure/";
constexpr char SearchPath[] = "/qps/rest/3.0/search/am/azureassetdataconnector";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class QualysBehaviourTest : public ::testing::Test
{
protected:
    void SetUp() override { setUpFake(m_fake); }
    QJsonArray members() const { return m_fake.state().value("memberConnectors"_L1).toArray(); }
    QJsonObject tenant(int i = 0) const
    {
        return m_fake.state().value("tenantConnectors"_L1).toArray().at(i).toObject();
    }
    FakeQualys m_fake;
    QualysTestClient m_client{m_fake};
};

TEST_F(QualysBehaviourTest, SeedsProduceEveryDocumentedAlternative)
{
    QSet<int> statuses;
    QSet<QString> shapes;
    QSet<QString> errorShapes;
    QSet<QString> booleanShapes;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        m_fake.setVariantSeed(seed);
        const QByteArray token = m_client.token();
        const QualysResult r =
            m_client.v1("POST", CreatePath, compact(tenantBody(u"Seed %1"_s.arg(seed))), token);
        statuses.insert(r.status);
        const QJsonObject o = r.json();
        shapes.insert(o.size() == 1                           ? u"id"_s
                      : o.value("runFrequency"_L1).isString() ? u"full-strings"_s
                                                              : u"full-numbers"_s);
        QJsonObject bad = tenantBody(u"Bad %1"_s.arg(seed));
        bad.remove("secretValue"_L1);
        const QualysResult e = m_client.v1("POST", CreatePath, compact(bad), token);
        EXPECT_EQ(e.status, 400);
        const QJsonObject ej = e.json();
        errorShapes.insert(ej.isEmpty()                  ? u"text"_s
                           : ej.contains("errorCode"_L1) ? u"code"_s
                           : ej.contains("timestamp"_L1) ? u"timestamp"_s
                                                         : u"status"_s);
        const QualysResult q = m_client.qps(
            "POST", "/qps/rest/3.0/create/am/azureassetdataconnector",
            memberBody(u"m"_s, u"22222222-0000-4000-8000-%1"_s.arg(seed, 12, 10, QChar(u'0'))));
        const QJsonValue disabled = q.service()
                                        .value("data"_L1)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("AzureAssetDataConnector"_L1)
                                        .toObject()
                                        .value("disabled"_L1);
        booleanShapes.insert(disabled.isBool() ? u"bool"_s : u"string"_s);
    }
    EXPECT_EQ(statuses, (QSet<int>{200, 201}));
    EXPECT_EQ(shapes, (QSet<QString>{u"id"_s, u"full-strings"_s, u"full-numbers"_s}));
    EXPECT_EQ(errorShapes.size(), 4);
    EXPECT_EQ(booleanShapes, (QSet<QString>{u"bool"_s, u"string"_s}));
}

TEST_F(QualysBehaviourTest, GatewayRateLimitAnswers429WithHeaders)
{
    m_fake.setGatewayRateLimit(3, 100);
    const QByteArray token = m_client.token();
    for (int i = 0; i < 3; ++i) {
        const QualysResult r = m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token);
        EXPECT_EQ(r.status, 200);
        EXPECT_EQ(r.header("X-RateLimit-Remaining").toInt(), 2 - i);
    }
    const QualysResult limited = m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("X-RateLimit-Limit"), "3");
    EXPECT_EQ(limited.header("X-RateLimit-Remaining"), "0");
    EXPECT_EQ(limited.header("X-RateLimit-Window-Sec"), "100");
    EXPECT_EQ(limited.header("X-RateLimit-ToWait-Sec"), "100");
    EXPECT_FALSE(limited.hasHeader("Retry-After"));
    EXPECT_EQ(m_client.token().count('.'), 2); // /auth is exempt
    QualysVariant v;
    v.omitToWaitHeader = true;
    m_fake.setVariant(v);
    EXPECT_FALSE(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token)
                     .hasHeader("X-RateLimit-ToWait-Sec"));
    m_fake.advanceClock(100);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token).status, 200);
}

TEST_F(QualysBehaviourTest, QpsRateLimitAnswers409WithSixHeaders)
{
    m_fake.setQpsRateLimit(2, 60);
    EXPECT_EQ(m_client.qps("POST", SearchPath, {}).status, 200);
    EXPECT_EQ(m_client.qps("POST", SearchPath, {}).status, 200);
    const QualysResult r = m_client.qps("POST", SearchPath, {});
    EXPECT_EQ(r.status, 409);
    for (const char *h :
         {"X-RateLimit-Limit", "X-RateLimit-Window-Sec", "X-RateLimit-Remaining",
          "X-RateLimit-ToWait-Sec", "X-Concurrency-Limit-Limit", "X-Concurrency-Limit-Running"})
        EXPECT_TRUE(r.hasHeader(h)) << h;
    EXPECT_TRUE(r.body.contains("<CODE>1965</CODE>"));
}

TEST_F(QualysBehaviourTest, QpsConcurrencyIsCheckedFirst)
{
    FakeQualysFault slow;
    slow.server = u"api"_s;
    slow.pathRegex = u"search"_s;
    slow.delayMs = 400;
    ASSERT_TRUE(m_fake.addFault(slow));
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    const QByteArray basic = QByteArray(TestLogin + QByteArray(":") + TestPassword).toBase64();
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(QualysTestClient::join(m_fake.apiServerUrl(), SearchPath));
        request.setRawHeader("Authorization", "Basic " + basic);
        request.setRawHeader("X-Requested-With", "t");
        request.setTransferTimeout(10000);
        replies.append(nam.post(request, QByteArray()));
    }
    for (QNetworkReply *reply : replies) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            ASSERT_TRUE(spy.wait(10000));
        }
    }
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        statuses.append(status);
        if (status == 409) {
            EXPECT_EQ(reply->rawHeader("X-Concurrency-Limit-Running"), "2");
            EXPECT_TRUE(reply->readAll().contains("1960"));
        }
        reply->deleteLater();
    }
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, (QList<int>{200, 200, 409}));
}

TEST_F(QualysBehaviourTest, LostReplyCreatesTheObjectButAnswersNothing)
{
    FakeQualysFault lost;
    lost.method = u"POST"_s;
    lost.pathRegex = u"^/connectors/v1\\.0/org/azure/$"_s;
    lost.nthCall = 1;
    lost.lostReply = true; // performed, then never answered (the client times out)
    ASSERT_TRUE(m_fake.addFault(lost));
    const QByteArray token = m_client.token();
    const QualysResult r =
        m_client.send("POST", QualysTestClient::join(m_fake.gatewayUrl(), CreatePath),
                      {{"Authorization", "Bearer " + token},
                       {"Content-Type", "application/json"},
                       {"Accept", "application/json"}},
                      compact(tenantBody(u"Lost"_s)), 300);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.error, QNetworkReply::OperationCanceledError);
    EXPECT_EQ(m_fake.requests().at(1).toObject().value("status"_L1).toInt(-1), 0);
    EXPECT_EQ(tenant().value("name"_L1).toString(), u"Lost"_s);
    // The rule fired once: the next create is answered (and refused as a duplicate).
    EXPECT_EQ(m_client.v1("POST", CreatePath, compact(tenantBody(u"Lost"_s)), token).status, 409);
}

TEST_F(QualysBehaviourTest, CannedAndHangingFaults)
{
    const QByteArray fault =
        R"([{"server":"gateway","path":"AZURE/list","firstN":1,"status":503,)"
        R"("headers":{"Content-Type":"text/html"},"body":"<html>proxy</html>"},)"
        R"({"server":"api","path":"search","nthCall":1,"hang":true}])";
    ASSERT_EQ(m_client.control("POST", "/__fake/faults", fault).status, 200);
    const QByteArray token = m_client.token();
    const QualysResult html = m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token);
    EXPECT_EQ(html.status, 503);
    EXPECT_EQ(html.body, "<html>proxy</html>");
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/AZURE/list", {}, token).status, 200);
    const QByteArray basic = QByteArray(TestLogin + QByteArray(":") + TestPassword).toBase64();
    const QualysResult hung =
        m_client.send("POST", QualysTestClient::join(m_fake.apiServerUrl(), SearchPath),
                      {{"Authorization", "Basic " + basic}, {"X-Requested-With", "t"}}, {}, 300);
    EXPECT_TRUE(hung.finished);
    EXPECT_EQ(hung.status, 0);
    EXPECT_EQ(hung.error, QNetworkReply::OperationCanceledError);
}

TEST_F(QualysBehaviourTest, TenantSyncCreatesMembersThatRunToTheEnd)
{
    QJsonObject body = tenantBody(u"Contoso"_s);
    body.insert("includedMem"_L1, QJsonArray{u"mg-prod"_s});
    body.insert("connectorPrefixName"_L1, u"cto"_s);
    ASSERT_EQ(m_client.v1("POST", CreatePath, compact(body), m_client.token()).status, 201);
    EXPECT_TRUE(members().isEmpty());
    m_fake.advanceClock(60);
    QJsonArray list = members();
    ASSERT_EQ(list.size(), 2); // Prod One and Prod Two; the disabled "Old" is skipped
    QStringList names;
    for (const QJsonValue &m : list) {
        names.append(m.toObject().value("name"_L1).toString());
        EXPECT_EQ(m.toObject().value("state"_L1).toString(), u"QUEUED"_s);
        EXPECT_EQ(m.toObject().value("runFrequency"_L1).toInt(), 1440);
        EXPECT_EQ(m.toObject().value("activation"_L1).toArray(), QJsonArray{u"VM"_s});
    }
    names.sort();
    EXPECT_EQ(names, (QStringList{u"cto-Prod One"_s, u"cto-Prod Two"_s}));
    EXPECT_FALSE(tenant().value("lastSynced"_L1).isNull());
    EXPECT_TRUE(tenant().value("lastError"_L1).isNull());
    const QualysResult attached = m_client.qps("POST", SearchPath, {});
    EXPECT_EQ(attached.service()
                  .value("data"_L1)
                  .toArray()
                  .first()
                  .toObject()
                  .value("AzureAssetDataConnector"_L1)
                  .toObject()
                  .value("isAttachedToOrgConnector"_L1),
              QJsonValue(u"true"_s));
    m_fake.advanceClock(60);
    EXPECT_EQ(members().first().toObject().value("state"_L1).toString(), u"PROCESSING"_s);
    ASSERT_EQ(m_client.control("POST", "/__fake/clock/advance?seconds=60").status, 200);
    EXPECT_EQ(members().first().toObject().value("state"_L1).toString(), u"FINISHED_SUCCESS"_s);
}

TEST_F(QualysBehaviourTest, BadSecretsAndDisabledTenantsDoNotSync)
{
    const QByteArray token = m_client.token();
    QJsonObject bad = tenantBody(u"Bad secret"_s);
    bad.insert("secretValue"_L1, u"wrong"_s);
    ASSERT_EQ(m_client.v1("POST", CreatePath, compact(bad), token).status, 201);
    const qint64 disabledId = m_client.v1("POST", CreatePath, compact(tenantBody(u"Off"_s)), token)
                                  .json()
                                  .value("id"_L1)
                                  .toInteger();
    ASSERT_EQ(m_client
                  .v1("PUT", "/connectors/v1.0/org/azure/status/?action=DISABLE",
                      "[" + QByteArray::number(disabledId) + "]", token)
                  .status,
              200);
    // A member created through QPS with a wrong key fails its run.
    QByteArray member = memberBody(u"direct"_s, u"11111111-0000-4000-8000-000000000003"_s);
    member.replace(TestAppSecret, "not-the-key");
    m_client.qps("POST", "/qps/rest/3.0/create/am/azureassetdataconnector", member);
    m_fake.advanceClock(180);
    EXPECT_TRUE(tenant(0).value("lastError"_L1).toString().startsWith(u"AADSTS7000215"_s));
    EXPECT_TRUE(tenant(1).value("lastSynced"_L1).isNull());
    const QJsonArray list = members();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value("state"_L1).toString(), u"FINISHED_ERRORS"_s);
    EXPECT_TRUE(list.first().toObject().value("lastError"_L1).toString().contains(u"AADSTS"_s));
}

TEST_F(QualysBehaviourTest, LogsAndStateNeverHoldSecrets)
{
    const QByteArray token = m_client.token();
    m_client.v1("POST", CreatePath, compact(tenantBody(u"Redact"_s)), token);
    m_client.qps("POST", "/qps/rest/3.0/create/am/azureassetdataconnector",
                 memberBody(u"m"_s, u"11111111-0000-4000-8000-000000000001"_s));
    m_client.send("POST", QualysTestClient::join(m_fake.gatewayUrl(), "/auth/oidc"),
                  {{"clientId", TestClientId}, {"clientSecret", TestClientSecret}});
    const QByteArray log = QJsonDocument(m_fake.requests()).toJson();
    const QByteArray state = QJsonDocument(m_fake.state()).toJson();
    const QByteArray controlLog = m_client.control("GET", "/__fake/requests").body;
    for (const QByteArray &text : {log, state, controlLog}) {
        EXPECT_FALSE(text.contains(TestAppSecret));
        EXPECT_FALSE(text.contains(TestClientSecret));
        EXPECT_FALSE(text.contains(QUrl::toPercentEncoding(QString::fromLatin1(TestPassword))));
        EXPECT_FALSE(text.contains(token));
        EXPECT_FALSE(
            text.contains(QByteArray(TestLogin + QByteArray(":") + TestPassword).toBase64()));
    }
    EXPECT_TRUE(log.contains("***"));
    EXPECT_TRUE(state.contains("***"));
    EXPECT_EQ(m_fake.requests().size(), 4); // /auth, create, QPS create, /auth/oidc
}

TEST_F(QualysBehaviourTest, ControlPortAndBodyCap)
{
    const QualysResult variant = m_client.control(
        "POST", "/__fake/variant", R"({"createReturns201":false,"pagedDefaultSize":50})");
    EXPECT_FALSE(variant.json().value("createReturns201"_L1).toBool(true));
    EXPECT_FALSE(m_fake.variant().createReturns201);
    EXPECT_EQ(
        m_client.v1("POST", CreatePath, compact(tenantBody(u"200"_s)), m_client.token()).status,
        200);
    EXPECT_EQ(m_client.control("POST", "/__fake/speculative", R"({"on":true})").status, 200);
    EXPECT_TRUE(m_fake.speculative());
    EXPECT_EQ(m_client.control("POST", "/__fake/reset").status, 200);
    EXPECT_TRUE(m_client.control("GET", "/__fake/state")
                    .json()
                    .value("tenantConnectors"_L1)
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(
        m_client.control("POST", "/__fake/users", R"({"login":"u2","password":"pw2"})").status,
        200);
    EXPECT_EQ(m_client.auth(u"u2"_s, u"pw2"_s).status, 201);
    const QualysResult big = m_client.send(
        "POST", QualysTestClient::join(m_fake.gatewayUrl(), CreatePath),
        {{"Content-Type", "application/json"}}, QByteArray(FakeQualys::MaxBodyBytes + 1, ' '));
    EXPECT_EQ(big.status, 413);
}

} // namespace
