// The fake API server: QPS connectors and tags, Basic auth, X-Requested-With, negotiation.
#include "QualysTestClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator::qualys;
using namespace atc::test;

namespace {

constexpr char CreatePath[] = "/qps/rest/3.0/create/am/azureassetdataconnector";
constexpr char SearchPath[] = "/qps/rest/3.0/search/am/azureassetdataconnector";

QString subscription(int n)
{
    return u"11111111-0000-4000-8000-00000000000%1"_s.arg(n);
}

QJsonObject firstConnector(const QualysResult &r)
{
    return r.service()
        .value("data"_L1)
        .toArray()
        .first()
        .toObject()
        .value("AzureAssetDataConnector"_L1)
        .toObject();
}

QByteArray searchBody(const QJsonArray &criteria, const QJsonObject &preferences = {})
{
    QJsonObject request{{"filters"_L1, QJsonObject{{"Criteria"_L1, criteria}}}};
    if (!preferences.isEmpty())
        request.insert("preferences"_L1, preferences);
    return QJsonDocument(QJsonObject{{"ServiceRequest"_L1, request}})
        .toJson(QJsonDocument::Compact);
}

class QualysQpsTest : public ::testing::Test
{
protected:
    void SetUp() override { setUpFake(m_fake); }
    FakeQualys m_fake;
    QualysTestClient m_client{m_fake};
};

TEST_F(QualysQpsTest, CreateAnswersSuccessWithoutTheKey)
{
    const QualysResult r =
        m_client.qps("POST", CreatePath, memberBody(u"sub-one"_s, subscription(1)));
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.service().value("responseCode"_L1).toString(), u"SUCCESS"_s);
    const QJsonObject c = firstConnector(r);
    EXPECT_EQ(c.value("connectorState"_L1).toString(), u"QUEUED"_s);
    EXPECT_EQ(c.value("disabled"_L1), QJsonValue(u"false"_s)); // booleans as strings by default
    EXPECT_TRUE(c.value("authRecord"_L1).toObject().isEmpty());
    EXPECT_FALSE(r.body.contains(TestAppSecret));
    EXPECT_EQ(m_fake.state().value("memberConnectors"_L1).toArray().size(), 1);
}

TEST_F(QualysQpsTest, HeadersAndCredentialsAreStrict)
{
    const QUrl url = QualysTestClient::join(m_fake.apiServerUrl(), SearchPath);
    const QByteArray basic = QByteArray(TestLogin + QByteArray(":") + TestPassword).toBase64();
    const QualysResult noXrw = m_client.send(
        "POST", url, {{"Authorization", "Basic " + basic}, {"Accept", "application/json"}});
    EXPECT_EQ(noXrw.status, 400);
    EXPECT_TRUE(noXrw.body.contains("SIMPLE_RETURN"));
    EXPECT_EQ(m_client.qps("POST", SearchPath, {}, QString::fromLatin1(TestLogin), u"bad"_s).status,
              401);
    // Without Accept: application/json the answer is XML.
    const QualysResult xml = m_client.send(
        "POST", url, {{"Authorization", "Basic " + basic}, {"X-Requested-With", "t"}});
    EXPECT_EQ(xml.status, 200);
    EXPECT_TRUE(xml.body.startsWith("<?xml"));
    EXPECT_TRUE(xml.body.contains("<responseCode>SUCCESS</responseCode>"));
    // A JSON body without the JSON content type is an invalid request.
    const QualysResult untyped =
        m_client.send("POST", QualysTestClient::join(m_fake.apiServerUrl(), CreatePath),
                      {{"Authorization", "Basic " + basic},
                       {"X-Requested-With", "t"},
                       {"Accept", "application/json"}},
                      memberBody(u"x"_s, subscription(1)));
    EXPECT_EQ(untyped.service().value("responseCode"_L1).toString(), u"INVALID_REQUEST"_s);
    // Valid credentials without API access: HTTP 200 and UNAUTHORIZED.
    FakeQualysUser noApi;
    noApi.login = u"noapi"_s;
    noApi.password = u"pw"_s;
    noApi.apiAccess = false;
    m_fake.addUser(noApi);
    const QualysResult denied = m_client.qps("POST", SearchPath, {}, u"noapi"_s, u"pw"_s);
    EXPECT_EQ(denied.status, 200);
    EXPECT_EQ(denied.service().value("responseCode"_L1).toString(), u"UNAUTHORIZED"_s);
    EXPECT_TRUE(m_fake.state().value("memberConnectors"_L1).toArray().isEmpty());
}

TEST_F(QualysQpsTest, MemberRulesAreEnforced)
{
    auto withConnector = [](const QString &key, const QJsonValue &value) {
        QJsonObject root =
            QJsonDocument::fromJson(memberBody(u"rules"_s, subscription(1))).object();
        QJsonObject sr = root.value("ServiceRequest"_L1).toObject();
        QJsonObject data = sr.value("data"_L1).toObject();
        QJsonObject c = data.value("AzureAssetDataConnector"_L1).toObject();
        c.insert(key, value);
        data.insert("AzureAssetDataConnector"_L1, c);
        sr.insert("data"_L1, data);
        root.insert("ServiceRequest"_L1, sr);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    };
    const QJsonObject pcSca{
        {"set"_L1, QJsonObject{{"ActivationModule"_L1, QJsonArray{u"PC"_s, u"SCA"_s}}}}};
    const QList<QByteArray> bodies{
        withConnector(u"activation"_s, pcSca), withConnector(u"runFrequency"_s, 90),
        withConnector(u"isCPSEnabled"_s, u"true"_s), withConnector(u"unknownThing"_s, 1),
        withConnector(u"name"_s, QString(256, u'x'))};
    for (const QByteArray &body : bodies) {
        const QualysResult r = m_client.qps("POST", CreatePath, body);
        EXPECT_EQ(r.service().value("responseCode"_L1).toString(), u"INVALID_REQUEST"_s)
            << r.body.toStdString();
    }
    EXPECT_TRUE(m_fake.state().value("memberConnectors"_L1).toArray().isEmpty());
    ASSERT_EQ(m_client.qps("POST", CreatePath, memberBody(u"a"_s, subscription(1)))
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"SUCCESS"_s);
    // The same subscription twice is refused by default.
    EXPECT_EQ(m_client.qps("POST", CreatePath, memberBody(u"b"_s, subscription(1)))
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"INVALID_REQUEST"_s);
}

TEST_F(QualysQpsTest, SearchCriteriaAndPaging)
{
    for (int i = 1; i <= 3; ++i)
        m_client.qps("POST", CreatePath, memberBody(u"conn-%1"_s.arg(i), subscription(i)));
    const QualysResult bySub =
        m_client.qps("POST", SearchPath,
                     searchBody({QJsonObject{{"field"_L1, "authRecord.subscriptionId"_L1},
                                             {"operator"_L1, "EQUALS"_L1},
                                             {"value"_L1, subscription(2)}}}));
    EXPECT_EQ(bySub.service().value("count"_L1).toInt(), 1);
    const QJsonObject auth = firstConnector(bySub).value("authRecord"_L1).toObject();
    EXPECT_EQ(auth.value("subscriptionId"_L1).toString(), subscription(2));
    EXPECT_EQ(auth.value("applicationId"_L1).toString(), QString::fromLatin1(TestAppId));
    EXPECT_FALSE(auth.contains("authenticationKey"_L1));

    const QualysResult attachedField =
        m_client.qps("POST", SearchPath,
                     searchBody({QJsonObject{{"field"_L1, "isAttachedToOrgConnector"_L1},
                                             {"operator"_L1, "EQUALS"_L1},
                                             {"value"_L1, "true"_L1}}}));
    EXPECT_EQ(attachedField.service().value("responseCode"_L1).toString(), u"INVALID_REQUEST"_s);
    const QualysResult tooMany =
        m_client.qps("POST", SearchPath, searchBody({}, {{"limitResults"_L1, 1001}}));
    EXPECT_EQ(tooMany.service().value("responseCode"_L1).toString(), u"INVALID_REQUEST"_s);

    const QualysResult page1 =
        m_client.qps("POST", SearchPath, searchBody({}, {{"limitResults"_L1, 2}}));
    EXPECT_EQ(page1.service().value("count"_L1).toInt(), 2);
    EXPECT_EQ(page1.service().value("hasMoreRecords"_L1).toString(), u"true"_s);
    const qint64 lastId = page1.service().value("lastId"_L1).toInteger();
    const QualysResult page2 = m_client.qps(
        "POST", SearchPath, searchBody({}, {{"limitResults"_L1, 2}, {"startFromId"_L1, lastId}}));
    EXPECT_EQ(page2.service().value("count"_L1).toInt(), 1);
    EXPECT_EQ(page2.service().value("hasMoreRecords"_L1).toString(), u"false"_s);
    EXPECT_GT(firstConnector(page2).value("id"_L1).toInteger(), lastId);
}

TEST_F(QualysQpsTest, TagsSearchCreateGet)
{
    const QByteArray byName = searchBody({QJsonObject{
        {"field"_L1, "name"_L1}, {"operator"_L1, "EQUALS"_L1}, {"value"_L1, "Azure"_L1}}});
    const QualysResult none = m_client.qps("POST", "/qps/rest/2.0/search/am/tag", byName);
    EXPECT_EQ(none.service().value("count"_L1).toInt(), 0);
    EXPECT_FALSE(none.service().contains("data"_L1));
    const QByteArray create = R"({"ServiceRequest":{"data":{"Tag":{"name":"Azure"}}}})";
    const QualysResult created = m_client.qps("POST", "/qps/rest/2.0/create/am/tag", create);
    const qint64 id = created.service()
                          .value("data"_L1)
                          .toArray()
                          .first()
                          .toObject()
                          .value("Tag"_L1)
                          .toObject()
                          .value("id"_L1)
                          .toInteger();
    ASSERT_GT(id, 0) << created.body.toStdString();
    EXPECT_EQ(m_client.qps("POST", "/qps/rest/2.0/search/am/tag", byName)
                  .service()
                  .value("count"_L1)
                  .toInt(),
              1);
    EXPECT_EQ(m_client.qps("POST", "/qps/rest/2.0/create/am/tag", create)
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"INVALID_REQUEST"_s);
    EXPECT_EQ(m_client.qps("GET", "/qps/rest/2.0/get/am/tag/" + QByteArray::number(id), {})
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"SUCCESS"_s);
    EXPECT_EQ(m_client.qps("GET", "/qps/rest/2.0/get/am/tag/1", {})
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"OBJECT_NOT_FOUND"_s);
}

TEST_F(QualysQpsTest, UpdateDeleteAndRun)
{
    const qint64 id =
        firstConnector(m_client.qps("POST", CreatePath, memberBody(u"u"_s, subscription(1))))
            .value("id"_L1)
            .toInteger();
    const QByteArray idText = QByteArray::number(id);
    const QByteArray disable =
        R"({"ServiceRequest":{"data":{"AzureAssetDataConnector":{"disabled":true}}}})";
    EXPECT_EQ(
        m_client.qps("POST", "/qps/rest/3.0/update/am/azureassetdataconnector/" + idText, disable)
            .service()
            .value("responseCode"_L1)
            .toString(),
        u"SUCCESS"_s);
    EXPECT_EQ(m_client.qps("POST", "/qps/rest/3.0/run/am/azureassetdataconnector/" + idText, {})
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"INVALID_REQUEST"_s);
    EXPECT_EQ(m_client.qps("POST", "/qps/rest/3.0/delete/am/azureassetdataconnector/" + idText, {})
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"SUCCESS"_s);
    EXPECT_EQ(m_client.qps("GET", "/qps/rest/3.0/get/am/azureassetdataconnector/" + idText, {})
                  .service()
                  .value("responseCode"_L1)
                  .toString(),
              u"OBJECT_NOT_FOUND"_s);
}

} // namespace

namespace {

// An OAuth client account has no Basic credentials: its gateway token is accepted on QPS
// (documented for WAS on /qps/rest/3.0), with the gateway's exact "Bearer " spelling.
TEST_F(QualysQpsTest, AcceptsAGatewayBearerTokenButNotALowerCaseOne)
{
    const QByteArray token = m_client.token();
    const QByteArray body = searchBody(QJsonArray{});
    const QList<QPair<QByteArray, QByteArray>> base{{"X-Requested-With", "atc-test"},
                                                    {"Content-Type", "application/json"},
                                                    {"Accept", "application/json"}};
    auto withAuth = [&](const QByteArray &value) {
        auto headers = base;
        headers.append({"Authorization", value});
        return m_client.send("POST", QualysTestClient::join(m_fake.apiServerUrl(), SearchPath),
                             headers, body);
    };
    const QualysResult ok = withAuth("Bearer " + token);
    ASSERT_EQ(ok.status, 200) << ok.body.constData();
    EXPECT_EQ(ok.service().value("responseCode"_L1).toString(), u"SUCCESS"_s);
    EXPECT_EQ(withAuth("bearer " + token).status, 401);
    EXPECT_EQ(withAuth("Bearer not-a-token").status, 401);
}

} // namespace
