// Fault injection and lifecycle changes, over real HTTP on loopback.
#include "AzureEmulator.h"
#include "EmulatorClient.h"
#include "TenantModel.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator;
using atc::test::EmulatorClient;
using atc::test::HttpResult;

namespace {

const QByteArray SubsPath = "/subscriptions?api-version=2022-12-01";

class FaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.listen());
        m_client = std::make_unique<EmulatorClient>(m_emulator.baseUrl());
        m_token = m_client->token();
    }
    int subscriptionCount()
    {
        const HttpResult r = m_client->get(SubsPath, m_token);
        EXPECT_EQ(r.status, 200);
        return int(r.json().value("value"_L1).toArray().size());
    }
    AzureEmulator m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
    QByteArray m_token;
};

TEST_F(FaultTest, ThrottleFirstNWithRetryAfter)
{
    m_emulator.faults().throttleFirstN = 2;
    m_emulator.faults().retryAfterSeconds = 3;
    m_emulator.faults().route = u"/subscriptions"_s;
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = m_client->get(SubsPath, m_token);
        EXPECT_EQ(r.status, 429);
        EXPECT_EQ(r.header("Retry-After"), "3");
        EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"TenantRequestsThrottled"_s);
    }
    // Other routes are unaffected by the route filter.
    EXPECT_EQ(m_client
                  ->get("/providers/Microsoft.Management/managementGroups?api-version=2021-04-01",
                        m_token)
                  .status,
              200);
    EXPECT_EQ(m_client->get(SubsPath, m_token).status, 200);
    EXPECT_EQ(m_emulator.stats().throttled, 2);
}

TEST_F(FaultTest, ResourceGraphThrottleUsesItsOwnBody)
{
    m_emulator.faults().throttleFirstN = 1;
    const HttpResult r =
        m_client->post("/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01",
                       R"({"query":"Resources | project id"})", "application/json", m_token);
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"RateLimiting"_s);
    EXPECT_EQ(r.json()["error"_L1]["details"_L1][0]["code"_L1].toString(), u"RateLimiting"_s);
    EXPECT_EQ(r.header("x-ms-user-quota-remaining"), "0");
    EXPECT_FALSE(r.header("Retry-After").isEmpty());
}

TEST_F(FaultTest, ServerErrorFirstNThenSuccess)
{
    m_emulator.faults().serverErrorFirstN = 2;
    EXPECT_EQ(m_client->get(SubsPath, m_token).status, 503);
    EXPECT_EQ(m_client->get(SubsPath, m_token).status, 503);
    EXPECT_EQ(m_client->get(SubsPath, m_token).status, 200);
    m_emulator.faults().serverErrorStatus = 500;
    m_emulator.faults().serverErrorFirstN = 1; // a changed setting restarts its count
    const HttpResult r = m_client->get(SubsPath, m_token);
    EXPECT_EQ(r.status, 500);
    EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"InternalServerError"_s);
    EXPECT_EQ(m_emulator.stats().serverErrors, 3);
}

TEST_F(FaultTest, TruncatedBodyIsUnparsable)
{
    m_emulator.faults().truncateFirstN = 1;
    const HttpResult r = m_client->get(SubsPath, m_token);
    EXPECT_EQ(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
    EXPECT_EQ(m_client->get(SubsPath, m_token).json().value("value"_L1).toArray().size(), 13);
}

TEST_F(FaultTest, ConnectionClosedMidBodyIsANetworkError)
{
    m_emulator.faults().closeMidBodyFirstN = 1;
    const HttpResult r = m_client->get(SubsPath, m_token);
    EXPECT_TRUE(r.finished);
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_EQ(m_client->get(SubsPath, m_token).status, 200);
}

TEST_F(FaultTest, EmptyPagesStillCarryANextLink)
{
    m_emulator.faults().emptyPagesWithNextLink = true;
    m_emulator.faults().pageSize = 5;
    HttpResult r = m_client->get(SubsPath, m_token);
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.json().value("value"_L1).toArray().isEmpty());
    QString next = r.json().value("nextLink"_L1).toString();
    ASSERT_FALSE(next.isEmpty());
    int total = 0;
    int empty = 1;
    while (!next.isEmpty()) {
        r = m_client->getUrl(QUrl::fromEncoded(next.toLatin1(), QUrl::StrictMode), m_token);
        ASSERT_EQ(r.status, 200);
        const int n = int(r.json().value("value"_L1).toArray().size());
        total += n;
        empty += n == 0 ? 1 : 0;
        next = r.json().value("nextLink"_L1).toString();
    }
    EXPECT_EQ(total, 13);
    EXPECT_EQ(empty, 3); // one before each of the three pages
}

TEST_F(FaultTest, LatencyStillAnswersEveryRequest)
{
    m_emulator.faults().latencyMs = 30;
    EXPECT_EQ(subscriptionCount(), 13);
}

TEST_F(FaultTest, MutationsAreVisibleToTheNextListing)
{
    const QString newSub = u"d0d0d0d0-1111-4222-8333-444455556666"_s;
    ASSERT_TRUE(m_emulator.addSubscription(newSub, u"Added later"_s, u"contoso-corp"_s));
    EXPECT_EQ(subscriptionCount(), 14);
    EXPECT_TRUE(m_emulator.setSubscriptionState(newSub, u"Disabled"_s));
    HttpResult r =
        m_client->get("/subscriptions/" + newSub.toLatin1() + "?api-version=2022-12-01", m_token);
    EXPECT_EQ(r.json().value("state"_L1).toString(), u"Disabled"_s);
    EXPECT_TRUE(m_emulator.moveSubscription(newSub, u"contoso-sandbox"_s));
    r = m_client->get("/providers/Microsoft.Management/managementGroups/contoso-sandbox?"
                      "api-version=2021-04-01&$expand=children",
                      m_token);
    bool found = false;
    for (const QJsonValue &v : r.json()["properties"_L1]["children"_L1].toArray())
        found = found || v["name"_L1].toString() == newSub;
    EXPECT_TRUE(found);

    ASSERT_TRUE(m_emulator.addResource(newSub, u"rg-new"_s, u"Microsoft.Compute/virtualMachines"_s,
                                       u"vm-new"_s, u"westeurope"_s));
    r = m_client->get("/subscriptions/" + newSub.toLatin1() + "/resources?api-version=2021-04-01",
                      m_token);
    ASSERT_EQ(r.json().value("value"_L1).toArray().size(), 1);
    const QString id = r.json()["value"_L1][0]["id"_L1].toString();
    EXPECT_EQ(id,
              u"/subscriptions/"_s + newSub +
                  u"/resourceGroups/rg-new/providers/Microsoft.Compute/virtualMachines/vm-new"_s);
    EXPECT_TRUE(m_emulator.removeResource(id));
    r = m_client->get("/subscriptions/" + newSub.toLatin1() + "/resources?api-version=2021-04-01",
                      m_token);
    EXPECT_TRUE(r.json().value("value"_L1).toArray().isEmpty());

    EXPECT_TRUE(m_emulator.deleteSubscription(newSub));
    EXPECT_EQ(subscriptionCount(), 13);
    r = m_client->get("/subscriptions/" + newSub.toLatin1() + "?api-version=2022-12-01", m_token);
    EXPECT_EQ(r.status, 404);
}

TEST_F(FaultTest, AdminEndpointsChangeTheTenantAndFaults)
{
    const QString newSub = u"e0e0e0e0-1111-4222-8333-444455556666"_s;
    HttpResult r = m_client->post("/_emulator/subscriptions",
                                  QJsonDocument(QJsonObject{{"action"_L1, u"add"_s},
                                                            {"subscriptionId"_L1, newSub},
                                                            {"displayName"_L1, u"Via admin"_s},
                                                            {"parent"_L1, u"contoso-online"_s}})
                                      .toJson(),
                                  "application/json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(subscriptionCount(), 14);
    r = m_client->post("/_emulator/resources",
                       QJsonDocument(QJsonObject{{"action"_L1, u"add"_s},
                                                 {"subscriptionId"_L1, newSub},
                                                 {"resourceGroup"_L1, u"rg-a"_s},
                                                 {"type"_L1, u"Microsoft.Web/sites"_s},
                                                 {"name"_L1, u"app-a"_s},
                                                 {"location"_L1, u"eastus"_s}})
                           .toJson(),
                       "application/json");
    EXPECT_EQ(r.status, 200);
    r = m_client->post(
        "/_emulator/subscriptions",
        R"({"action":"delete","subscriptionId":"e0e0e0e0-1111-4222-8333-444455556666"})",
        "application/json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(subscriptionCount(), 13);

    r = m_client->post("/_emulator/faults", R"({"throttleFirstN":1,"retryAfterSeconds":0})",
                       "application/json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(m_emulator.faults().throttleFirstN, 1);
    const HttpResult throttled = m_client->get(SubsPath, m_token);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.header("Retry-After"), "0");
    EXPECT_EQ(m_client->post("/_emulator/tenant", "{not json", "application/json").status, 400);
}

} // namespace
