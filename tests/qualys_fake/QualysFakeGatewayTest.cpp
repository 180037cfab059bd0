// The fake gateway's v1.0 tenant-connector endpoints: routes, strictness, §12.3 rules.
#include "QualysTestClient.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator::qualys;
using namespace atc::test;

namespace {

constexpr char CreatePath[] = "/connectors/v1.0/org/azure/";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

class QualysGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        setUpFake(m_fake);
        m_token = m_client.token();
    }
    QualysResult create(const QJsonObject &body)
    {
        return m_client.v1("POST", CreatePath, compact(body), m_token);
    }
    /** Status and message of a create with one field changed (or removed when undefined). */
    QualysResult createWith(const QString &field, const QJsonValue &value)
    {
        QJsonObject body = tenantBody(u"Rule test"_s);
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        return create(body);
    }
    FakeQualys m_fake;
    QualysTestClient m_client{m_fake};
    QByteArray m_token;
};

TEST_F(QualysGatewayTest, CreateReturnsTheTenantObjectAndStoresIt)
{
    const QualysResult r = create(tenantBody(u"Contoso tenant"_s));
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject o = r.json();
    EXPECT_GT(o.value("id"_L1).toInteger(), 0);
    EXPECT_EQ(o.value("organizationId"_L1).toString(), QString::fromLatin1(TestTenantId));
    EXPECT_EQ(o.value("runFrequency"_L1).toString(), u"240"_s);
    EXPECT_EQ(o.value("type"_L1).toString(), u"AZURE"_s);
    EXPECT_TRUE(o.value("lastSynced"_L1).isNull());
    EXPECT_EQ(o.value("isDisabled"_L1), QJsonValue(false));
    EXPECT_FALSE(o.contains("secretValue"_L1));
    const QJsonArray stored = m_fake.state().value("tenantConnectors"_L1).toArray();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().toObject().value("name"_L1).toString(), u"Contoso tenant"_s);
}

TEST_F(QualysGatewayTest, PathsAreExactAndHostsSeparate)
{
    const QByteArray body = compact(tenantBody(u"No slash"_s));
    EXPECT_EQ(m_client.v1("POST", "/connectors/v1.0/org/azure", body, m_token).status, 404);
    // A QPS call on the gateway and a v1.0 call on the API server are not found.
    const QualysResult qpsOnGateway =
        m_client.send("POST",
                      QualysTestClient::join(m_fake.gatewayUrl(),
                                             "/qps/rest/3.0/search/am/azureassetdataconnector"),
                      {{"Authorization", "Bearer " + m_token},
                       {"X-Requested-With", "t"},
                       {"Accept", "application/json"}});
    EXPECT_EQ(qpsOnGateway.status, 404);
    const QualysResult v1OnApi = m_client.qps("POST", CreatePath, body);
    EXPECT_EQ(v1OnApi.status, 404);
    EXPECT_TRUE(m_fake.state().value("tenantConnectors"_L1).toArray().isEmpty());
    // The control routes live on the control port only.
    EXPECT_EQ(m_client.v1("GET", "/__fake/state", {}, m_token).status, 404);
}

TEST_F(QualysGatewayTest, ContentTypeAndAcceptAreEnforced)
{
    const QUrl url = QualysTestClient::join(m_fake.gatewayUrl(), CreatePath);
    const QByteArray body = compact(tenantBody(u"Headers"_s));
    EXPECT_EQ(m_client
                  .send("POST", url,
                        {{"Authorization", "Bearer " + m_token},
                         {"Content-Type", "text/plain"},
                         {"Accept", "application/json"}},
                        body)
                  .status,
              415);
    EXPECT_EQ(m_client
                  .send("POST", url,
                        {{"Authorization", "Bearer " + m_token},
                         {"Content-Type", "application/json"},
                         {"Accept", "application/xml"}},
                        body)
                  .status,
              406);
}

TEST_F(QualysGatewayTest, ValidationRulesInOrder)
{
    struct Row
    {
        const char *field;
        QJsonValue value;
        const char *messagePart;
    };
    const QList<Row> rows{
        {"secretValue", QJsonValue(QJsonValue::Undefined), "secretValue is mandatory"},
        {"connectorAppInfos", QJsonArray{}, "connectorAppInfos is mandatory"},
        {"applicationId", u"not-a-guid"_s, "applicationId must be a GUID"},
        {"name", QString(256, u'n'), "255"},
        {"connectorAppInfos",
         QJsonArray{QJsonObject{{"name"_L1, "AI"_L1}}, QJsonObject{{"name"_L1, "CI"_L1}}},
         "CI and CSA"},
        {"connectorAppInfos", QJsonArray{QJsonObject{{"name"_L1, "CI"_L1}}}, "must contain AI"},
        {"connectorRunFrequency", 10081, "1 and 7 days"},
        {"connectorRunFrequency", u"1440"_s, "positive integer"},
        {"orgRunFrequency", 0, "positive integer"},
        {"includedMem", QJsonArray{u"mg-missing"_s}, "management group not found"},
        {"autoActivateVM", u"true"_s, "JSON boolean"},
    };
    for (const Row &row : rows) {
        const QualysResult r = createWith(QLatin1StringView(row.field), row.value);
        EXPECT_EQ(r.status, 400) << row.field;
        EXPECT_TRUE(
            r.json().value("message"_L1).toString().contains(QLatin1StringView(row.messagePart)))
            << row.field << ": " << r.body.toStdString();
    }
    // First failure wins: a missing name is reported before a bad GUID.
    QJsonObject both = tenantBody(u"x"_s);
    both.remove("name"_L1);
    both.insert("tenantId"_L1, u"bad"_s);
    EXPECT_EQ(create(both).json().value("message"_L1).toString(), u"name is mandatory"_s);
    EXPECT_TRUE(m_fake.state().value("tenantConnectors"_L1).toArray().isEmpty());
}

TEST_F(QualysGatewayTest, FrequenciesRoundUpToWholeDaysAndDuplicatesConflict)
{
    QJsonObject body = tenantBody(u"Rounding"_s);
    body.insert("connectorRunFrequency"_L1, 1500);
    const QualysResult r = create(body);
    ASSERT_EQ(r.status, 201);
    EXPECT_EQ(r.json().value("connectorRunFrequency"_L1).toString(), u"1500"_s); // as sent
    const QJsonObject stored =
        m_fake.state().value("tenantConnectors"_L1).toArray().first().toObject();
    EXPECT_EQ(stored.value("connectorRunFrequency"_L1).toInt(), 2880);
    // Names are unique, case-insensitively by default: 409.
    EXPECT_EQ(create(tenantBody(u"ROUNDING"_s)).status, 409);
}

TEST_F(QualysGatewayTest, UnknownFieldsAreAcceptedAndRecorded)
{
    QJsonObject body = tenantBody(u"Extra"_s);
    body.insert("someNewField"_L1, 1);
    ASSERT_EQ(create(body).status, 201);
    const QJsonObject last = m_fake.requests().last().toObject();
    EXPECT_EQ(last.value("unknownFields"_L1).toArray(), QJsonArray{u"someNewField"_s});
}

TEST_F(QualysGatewayTest, UpdateAndStatus)
{
    const qint64 id = create(tenantBody(u"Upd"_s)).json().value("id"_L1).toInteger();
    const QByteArray path = "/connectors/v1.0/org/azure/" + QByteArray::number(id);
    QJsonObject body = tenantBody(u"Upd renamed"_s);
    const QualysResult ok = m_client.v1("POST", path, compact(body), m_token);
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.json().value("name"_L1).toString(), u"Upd renamed"_s);
    EXPECT_EQ(m_client.v1("POST", "/connectors/v1.0/org/azure/999", compact(body), m_token).status,
              404);
    body.insert("tenantId"_L1, u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s);
    EXPECT_EQ(m_client.v1("POST", path, compact(body), m_token).status, 400);

    const QByteArray ids = "[" + QByteArray::number(id) + ",424242]";
    const QualysResult disabled =
        m_client.v1("PUT", "/connectors/v1.0/org/azure/status/?action=DISABLE", ids, m_token);
    ASSERT_EQ(disabled.status, 200) << disabled.body.toStdString();
    const QJsonArray content = disabled.json().value("content"_L1).toArray();
    ASSERT_EQ(content.size(), 1); // the unknown id is left out
    EXPECT_EQ(content.first().toObject().value("isDisabled"_L1), QJsonValue(true));
    EXPECT_EQ(disabled.json().value("currentPage"_L1).toInt(), 0);
    EXPECT_EQ(m_client.v1("POST", "/connectors/v1.0/org/azure/status/?action=enable", ids, m_token)
                  .status,
              400);
    EXPECT_EQ(m_client
                  .v1("POST", "/connectors/v1.0/org/azure/status/?action=ENABLE", R"(["1204001"])",
                      m_token)
                  .status,
              400);
}

TEST_F(QualysGatewayTest, SpeculativeEndpointsOnlyWhenSwitchedOn)
{
    const qint64 id = create(tenantBody(u"Spec"_s)).json().value("id"_L1).toInteger();
    const QByteArray path = "/connectors/v1.0/org/azure/" + QByteArray::number(id);
    EXPECT_EQ(m_client.v1("GET", path, {}, m_token).status, 404);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/org/azure/list", {}, m_token).status, 404);
    m_fake.setSpeculative(true);
    EXPECT_EQ(m_client.v1("GET", path, {}, m_token).json().value("id"_L1).toInteger(), id);
    EXPECT_EQ(m_client.v1("GET", "/connectors/v1.0/org/azure/list", {}, m_token)
                  .json()
                  .value("numberOfElements"_L1)
                  .toInt(),
              1);
}

TEST_F(QualysGatewayTest, AttachAndValidOrgConnectors)
{
    const qint64 org = create(tenantBody(u"Org"_s)).json().value("id"_L1).toInteger();
    const QualysResult member =
        m_client.qps("POST", "/qps/rest/3.0/create/am/azureassetdataconnector",
                     memberBody(u"sub-one"_s, u"11111111-0000-4000-8000-000000000001"_s));
    const qint64 memberId = member.service()
                                .value("data"_L1)
                                .toArray()
                                .first()
                                .toObject()
                                .value("AzureAssetDataConnector"_L1)
                                .toObject()
                                .value("id"_L1)
                                .toInteger();
    ASSERT_GT(memberId, 0) << member.body.toStdString();
    const QualysResult valid = m_client.v1(
        "GET", "/connectors/v1.0/azure/valid-org-connectors/" + QByteArray::number(memberId), {},
        m_token);
    EXPECT_EQ(
        valid.json().value("content"_L1).toArray().first().toObject().value("id"_L1).toInteger(),
        org);
    const QByteArray body =
        compact(QJsonObject{{"connectorId"_L1, memberId}, {"organizationConnectorId"_L1, org}});
    const QualysResult attached =
        m_client.v1("PUT", "/connectors/v1.0/azure/attach", body, m_token);
    ASSERT_EQ(attached.status, 200) << attached.body.toStdString();
    EXPECT_EQ(attached.json().value("activatedModules"_L1).toArray(), QJsonArray{u"QWEB_VM"_s});
    const QByteArray unknown =
        compact(QJsonObject{{"connectorId"_L1, 1}, {"organizationConnectorId"_L1, org}});
    EXPECT_EQ(m_client.v1("PUT", "/connectors/v1.0/azure/attach", unknown, m_token).status, 404);
}

} // namespace
