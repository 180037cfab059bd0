// ARM and Resource Graph endpoints of the emulator, over real HTTP on loopback.
#include "AzureEmulator.h"
#include "EmulatorClient.h"
#include "TenantModel.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace atc::emulator;
using atc::test::EmulatorClient;
using atc::test::HttpResult;

namespace {

const QByteArray MgApi = "api-version=2021-04-01";

class ArmTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_emulator.listen());
        m_client = std::make_unique<EmulatorClient>(m_emulator.baseUrl());
        m_token = m_client->token();
    }

    /** Follows nextLink/@nextLink verbatim; returns every "value" element. */
    QJsonArray collect(const QByteArray &firstPath, const QString &key, int *pages = nullptr,
                       const QByteArray &token = {})
    {
        QJsonArray all;
        QUrl url = atc::test::joinUrl(m_emulator.baseUrl(), firstPath);
        int n = 0;
        while (url.isValid() && n < 1000) {
            const HttpResult r = m_client->getUrl(url, token.isEmpty() ? m_token : token);
            EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
            if (r.status != 200)
                break;
            ++n;
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o.value("value"_L1).toArray())
                all.append(v);
            const QString next = o.value(key).toString();
            url = next.isEmpty() ? QUrl() : QUrl::fromEncoded(next.toLatin1(), QUrl::StrictMode);
        }
        if (pages)
            *pages = n;
        return all;
    }

    HttpResult graph(const QJsonObject &body, const QByteArray &token = {})
    {
        return m_client->post("/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01",
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              "application/json", token.isEmpty() ? m_token : token);
    }

    AzureEmulator m_emulator;
    std::unique_ptr<EmulatorClient> m_client;
    QByteArray m_token;
};

TEST_F(ArmTest, ManagementGroupListPagesWithNextLink)
{
    m_emulator.faults().pageSize = 3;
    int pages = 0;
    const QJsonArray groups =
        collect("/providers/Microsoft.Management/managementGroups?" + MgApi, u"nextLink"_s, &pages);
    EXPECT_EQ(groups.size(), int(m_emulator.tenant().groups.size()));
    EXPECT_EQ(pages, (groups.size() + 2) / 3);
    const QJsonObject first = groups.at(0).toObject();
    EXPECT_EQ(first.value("type"_L1).toString(), u"Microsoft.Management/managementGroups"_s);
    EXPECT_EQ(first["properties"_L1]["tenantId"_L1].toString(),
              QString::fromLatin1(sandbox::TenantId));
}

TEST_F(ArmTest, ManagementGroupListPagesWithAtNextLink)
{
    m_emulator.faults().pageSize = 4;
    m_emulator.faults().managementGroupListUsesAtNextLink = true;
    const HttpResult first =
        m_client->get("/providers/Microsoft.Management/managementGroups?" + MgApi, m_token);
    EXPECT_TRUE(first.json().contains("@nextLink"_L1));
    EXPECT_FALSE(first.json().contains("nextLink"_L1));
    const QJsonArray groups =
        collect("/providers/Microsoft.Management/managementGroups?" + MgApi, u"@nextLink"_s);
    EXPECT_EQ(groups.size(), int(m_emulator.tenant().groups.size()));
}

namespace {
void countTree(const QJsonArray &children, int *groups, int *subscriptions, int *leavesWithKey)
{
    for (const QJsonValue &v : children) {
        const QJsonObject c = v.toObject();
        if (c.value("type"_L1).toString() == u"/subscriptions"_s) {
            ++*subscriptions;
            EXPECT_TRUE(c.value("id"_L1).toString().startsWith(u"/subscriptions/"_s));
        } else {
            ++*groups;
        }
        if (c.contains("children"_L1)) {
            if (c.value("children"_L1).toArray().isEmpty())
                ++*leavesWithKey;
            countTree(c.value("children"_L1).toArray(), groups, subscriptions, leavesWithKey);
        }
    }
}
} // namespace

TEST_F(ArmTest, GetRootWithExpandRecurseReturnsTheWholeTree)
{
    const HttpResult r = m_client->get("/providers/Microsoft.Management/managementGroups/" +
                                           QByteArray(sandbox::TenantId) + "?" + MgApi +
                                           "&$expand=children&$recurse=true",
                                       m_token);
    ASSERT_EQ(r.status, 200);
    const QJsonObject props = r.json().value("properties"_L1).toObject();
    EXPECT_EQ(props.value("displayName"_L1).toString(), u"Tenant Root Group"_s);
    int groups = 0;
    int subs = 0;
    int emptyChildren = 0;
    countTree(props.value("children"_L1).toArray(), &groups, &subs, &emptyChildren);
    EXPECT_EQ(groups, int(m_emulator.tenant().groups.size()) - 1);
    EXPECT_EQ(subs, int(m_emulator.tenant().subscriptions.size()));
    EXPECT_EQ(emptyChildren, 0); // leaves have no "children" key
    // One subscription sits directly under the root.
    bool rootSub = false;
    for (const QJsonValue &v : props.value("children"_L1).toArray())
        rootSub =
            rootSub || v["name"_L1].toString() == QString::fromLatin1(sandbox::RootSubscriptionId);
    EXPECT_TRUE(rootSub);
}

TEST_F(ArmTest, DescendantsArePaged)
{
    m_emulator.faults().pageSize = 4;
    int pages = 0;
    const QJsonArray all = collect("/providers/Microsoft.Management/managementGroups/" +
                                       QByteArray(sandbox::TenantId) + "/descendants?" + MgApi,
                                   u"nextLink"_s, &pages);
    const int expected =
        int(m_emulator.tenant().groups.size()) - 1 + int(m_emulator.tenant().subscriptions.size());
    EXPECT_EQ(all.size(), expected);
    EXPECT_GT(pages, 1);
    int subscriptions = 0;
    for (const QJsonValue &v : all) {
        if (v["type"_L1].toString() == u"Microsoft.Management/managementGroups/subscriptions"_s)
            ++subscriptions;
        EXPECT_TRUE(v["properties"_L1]["parent"_L1]["id"_L1].toString().startsWith(
            u"/providers/Microsoft.Management/managementGroups/"_s));
    }
    EXPECT_EQ(subscriptions, int(m_emulator.tenant().subscriptions.size()));
}

TEST_F(ArmTest, SubscriptionsListGetAndNotFound)
{
    m_emulator.faults().pageSize = 5;
    const QJsonArray subs = collect("/subscriptions?api-version=2022-12-01", u"nextLink"_s);
    ASSERT_EQ(subs.size(), 13);
    int disabled = 0;
    for (const QJsonValue &v : subs)
        disabled += v["state"_L1].toString() == u"Disabled"_s ? 1 : 0;
    EXPECT_EQ(disabled, 1);

    HttpResult r = m_client->get("/subscriptions/" + QByteArray(sandbox::DisabledSubscriptionId) +
                                     "?api-version=2022-12-01",
                                 m_token);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value("state"_L1).toString(), u"Disabled"_s);
    r = m_client->get("/subscriptions/00000000-1111-4222-8333-444444444444?api-version=2022-12-01",
                      m_token);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"SubscriptionNotFound"_s);
}

TEST_F(ArmTest, ResourcesNextLinkIsReencodedAndFollowedVerbatim)
{
    const QByteArray sub = sandbox::SubscriptionReaderSubscriptionId;
    const int total = int(m_emulator.tenant()
                              .subscriptions[std::size_t(
                                  m_emulator.tenant().subscriptionIndex(QString::fromLatin1(sub)))]
                              .resources.size());
    const QByteArray first = "/subscriptions/" + sub +
                             "/resources?api-version=2021-04-01&$filter=" +
                             QUrl::toPercentEncoding(u"location ne 'nowhere'"_s) + "&$top=7";
    const HttpResult r = m_client->get(first, m_token);
    ASSERT_EQ(r.status, 200);
    const QString next = r.json().value("nextLink"_L1).toString();
    EXPECT_TRUE(next.contains(u"&%24skiptoken="_s)) << next.toStdString();
    EXPECT_TRUE(next.contains(u"&%24filter=location+ne+%27nowhere%27"_s)) << next.toStdString();
    EXPECT_TRUE(next.contains(u"&%24top=7"_s));
    EXPECT_FALSE(next.contains(u"$skiptoken"_s));

    int pages = 0;
    const QJsonArray all = collect(first, u"nextLink"_s, &pages);
    EXPECT_EQ(all.size(), total);
    EXPECT_EQ(pages, (total + 6) / 7);
    QSet<QString> ids;
    for (const QJsonValue &v : all) {
        ids.insert(v["id"_L1].toString());
        EXPECT_TRUE(v.toObject().contains("tags"_L1));
    }
    EXPECT_EQ(ids.size(), total);
    // Whatever token encoding comes back (%3d padding included) must round-trip.
    bool sawPadding = false;
    QUrl url = atc::test::joinUrl(m_emulator.baseUrl(), first);
    while (url.isValid()) {
        const HttpResult page = m_client->getUrl(url, m_token);
        const QString n = page.json().value("nextLink"_L1).toString();
        sawPadding = sawPadding || n.endsWith(u"%3d"_s);
        if (page.json().contains("nextLink"_L1)) {
            EXPECT_FALSE(n.isEmpty());
        }
        url = n.isEmpty() ? QUrl() : QUrl::fromEncoded(n.toLatin1(), QUrl::StrictMode);
    }
    EXPECT_TRUE(sawPadding);
}

TEST_F(ArmTest, ResourceGraphPagesWithSkipToken)
{
    const qint64 total = m_emulator.tenant().resourceCount();
    QJsonObject body{
        {"query"_L1, u"Resources | project id, name, type, location, resourceGroup, "
                     "subscriptionId, tags, properties"_s},
        {"options"_L1, QJsonObject{{"$top"_L1, 120}, {"resultFormat"_L1, u"objectArray"_s}}}};
    QSet<QString> ids;
    int pages = 0;
    bool publicIp = false;
    while (pages < 100) {
        const HttpResult r = graph(body);
        ASSERT_EQ(r.status, 200) << r.body.left(300).toStdString();
        ++pages;
        const QJsonObject o = r.json();
        EXPECT_TRUE(o.value("resultTruncated"_L1).isString());
        EXPECT_EQ(o.value("resultTruncated"_L1).toString(), u"false"_s);
        EXPECT_EQ(o.value("totalRecords"_L1).toInteger(), total);
        // No quota modelled: no quota announced (EmulatorFaultTest covers the headers).
        EXPECT_TRUE(r.header("x-ms-user-quota-remaining").isEmpty());
        EXPECT_TRUE(r.header("x-ms-user-quota-resets-after").isEmpty());
        const QJsonArray data = o.value("data"_L1).toArray();
        EXPECT_EQ(o.value("count"_L1).toInt(), data.size());
        for (const QJsonValue &v : data) {
            ids.insert(v["id"_L1].toString());
            EXPECT_EQ(v["type"_L1].toString(), v["type"_L1].toString().toLower());
            if (v["type"_L1].toString() == u"microsoft.network/publicipaddresses"_s &&
                !v["properties"_L1]["ipAddress"_L1].toString().isEmpty())
                publicIp = true;
        }
        const QString skipToken = o.value("$skipToken"_L1).toString();
        if (skipToken.isEmpty())
            break;
        QJsonObject options = body.value("options"_L1).toObject();
        options.insert("$skipToken"_L1, skipToken);
        body.insert("options"_L1, options);
    }
    EXPECT_EQ(ids.size(), total);
    EXPECT_EQ(pages, int((total + 119) / 120));
    EXPECT_TRUE(publicIp);
}

TEST_F(ArmTest, ResourceGraphTableFormatAndSubscriptionScope)
{
    const QJsonObject body{
        {"subscriptions"_L1,
         QJsonArray{QString::fromLatin1(sandbox::SubscriptionReaderSubscriptionId)}},
        {"query"_L1, u"Resources | project id, name, tags"_s},
        {"options"_L1, QJsonObject{{"$top"_L1, 5}, {"resultFormat"_L1, u"table"_s}}}};
    const HttpResult r = graph(body);
    ASSERT_EQ(r.status, 200);
    const QJsonObject data = r.json().value("data"_L1).toObject();
    ASSERT_EQ(data.value("columns"_L1).toArray().size(), 3);
    EXPECT_EQ(data["columns"_L1][2]["type"_L1].toString(), u"object"_s);
    EXPECT_EQ(data.value("rows"_L1).toArray().size(), 5);
    EXPECT_TRUE(data["rows"_L1][0][0].toString().startsWith(
        u"/subscriptions/"_s + QString::fromLatin1(sandbox::SubscriptionReaderSubscriptionId)));
}

TEST_F(ArmTest, ResourceContainersGiveAncestry)
{
    const QJsonObject body{
        {"query"_L1, u"ResourceContainers | where type =~ 'microsoft.resources/subscriptions' | "
                     "project id, subscriptionId, name, properties"_s},
        {"options"_L1, QJsonObject{{"$top"_L1, 1000}, {"resultFormat"_L1, u"objectArray"_s}}}};
    const HttpResult r = graph(body);
    ASSERT_EQ(r.status, 200);
    const QJsonArray data = r.json().value("data"_L1).toArray();
    ASSERT_EQ(data.size(), 13);
    EXPECT_FALSE(r.json().contains("$skipToken"_L1));
    for (const QJsonValue &v : data) {
        const QJsonArray chain = v["properties"_L1]["managementGroupAncestorsChain"_L1].toArray();
        ASSERT_FALSE(chain.isEmpty());
        // The chain runs from the immediate parent up to the root.
        EXPECT_EQ(chain.last()["name"_L1].toString(), QString::fromLatin1(sandbox::TenantId));
        if (v["subscriptionId"_L1].toString() == QString::fromLatin1(sandbox::RootSubscriptionId)) {
            EXPECT_EQ(chain.size(), 1);
        }
        if (v["subscriptionId"_L1].toString() ==
            QString::fromLatin1(sandbox::SubscriptionReaderSubscriptionId)) {
            EXPECT_EQ(chain.first()["name"_L1].toString(), u"contoso-online"_s);
            EXPECT_EQ(chain.size(), 4);
        }
    }
}

TEST_F(ArmTest, AppWithoutRootRoleGets403ButSeesItsSubscription)
{
    const QByteArray token =
        m_client->token(QString::fromLatin1(sandbox::SubscriptionReaderClientId),
                        QString::fromLatin1(sandbox::SubscriptionReaderClientSecret));
    HttpResult r = m_client->get("/providers/Microsoft.Management/managementGroups/" +
                                     QByteArray(sandbox::TenantId) + "?" + MgApi +
                                     "&$expand=children&$recurse=true",
                                 token);
    EXPECT_EQ(r.status, 403);
    const QString message = r.json()["error"_L1]["message"_L1].toString();
    EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"AuthorizationFailed"_s);
    EXPECT_TRUE(message.startsWith(u"The client '"_s +
                                   QString::fromLatin1(sandbox::SubscriptionReaderClientId) +
                                   u"' with object id '"_s));
    EXPECT_TRUE(
        message.contains(u"over scope '/providers/Microsoft.Management/managementGroups/"_s +
                         QString::fromLatin1(sandbox::TenantId) + u"'"_s));
    EXPECT_TRUE(
        message.endsWith(u"If access was recently granted, please refresh your credentials."_s));

    const QJsonArray subs =
        collect("/subscriptions?api-version=2022-12-01", u"nextLink"_s, nullptr, token);
    ASSERT_EQ(subs.size(), 1);
    EXPECT_EQ(subs.at(0)["subscriptionId"_L1].toString(),
              QString::fromLatin1(sandbox::SubscriptionReaderSubscriptionId));
    r = m_client->get("/subscriptions/" + QByteArray(sandbox::SubscriptionReaderSubscriptionId) +
                          "/resources?api-version=2021-04-01",
                      token);
    EXPECT_EQ(r.status, 200);
    r = m_client->get("/subscriptions/" + QByteArray(sandbox::RootSubscriptionId) +
                          "/resources?api-version=2021-04-01",
                      token);
    EXPECT_EQ(r.status, 403);
    const HttpResult groups =
        m_client->get("/providers/Microsoft.Management/managementGroups?" + MgApi, token);
    EXPECT_EQ(groups.status, 200);
    EXPECT_TRUE(groups.json().value("value"_L1).toArray().isEmpty());
}

TEST_F(ArmTest, PermissionsFollowTheRole)
{
    const QByteArray scope =
        "/subscriptions/" + QByteArray(sandbox::SubscriptionReaderSubscriptionId);
    HttpResult r = m_client->get(
        scope + "/providers/Microsoft.Authorization/permissions?api-version=2022-04-01", m_token);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json()["value"_L1][0]["actions"_L1][0].toString(), u"*/read"_s);
    EXPECT_TRUE(r.json()["value"_L1][0]["notActions"_L1].isArray());

    const QByteArray contributor =
        m_client->token(QString::fromLatin1(sandbox::ContributorClientId),
                        QString::fromLatin1(sandbox::ContributorClientSecret));
    r = m_client->get(scope +
                          "/providers/Microsoft.Authorization/permissions?api-version=2022-04-01",
                      contributor);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json()["value"_L1][0]["actions"_L1][0].toString(), u"*"_s);
}

TEST_F(ArmTest, ResourceGraphDenied)
{
    m_emulator.faults().denyResourceGraph = true;
    const HttpResult r = graph(QJsonObject{{"query"_L1, u"Resources | project id"_s}});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.json()["error"_L1]["code"_L1].toString(), u"AuthorizationFailed"_s);
}

} // namespace

namespace {

TEST_F(ArmTest, ResourceGraphProjectsPropertyPaths)
{
    // The projection the discovery client sends (core/azure/TenantDiscovery.cpp).
    const QJsonObject body{
        {"query"_L1, u"Resources | project id, name, type, location, resourceGroup, "
                     "subscriptionId, kind, tags, ipAddress = properties.ipAddress, "
                     "fqdn = properties.dnsSettings.fqdn, "
                     "defaultHostName = properties.defaultHostName, env = tostring(tags.env)"_s},
        {"options"_L1, QJsonObject{{"$top"_L1, 1000}, {"resultFormat"_L1, u"objectArray"_s}}}};
    const HttpResult r = graph(body);
    ASSERT_EQ(r.status, 200);
    const QJsonArray data = r.json().value("data"_L1).toArray();
    ASSERT_EQ(data.size(), int(m_emulator.tenant().resourceCount()));
    int ips = 0;
    int hosts = 0;
    int dns = 0;
    for (const QJsonValue &v : data) {
        const QJsonObject row = v.toObject();
        EXPECT_EQ(row.size(), 12);
        const QString type = row.value("type"_L1).toString();
        if (type == u"microsoft.network/publicipaddresses"_s) {
            EXPECT_TRUE(row.value("ipAddress"_L1).isString());
            ips += row.value("ipAddress"_L1).toString().count(u'.') == 3 ? 1 : 0;
            dns += row.value("fqdn"_L1).isString() ? 1 : 0;
        } else {
            EXPECT_TRUE(row.value("fqdn"_L1).isNull());
        }
        if (type == u"microsoft.web/sites"_s) {
            EXPECT_TRUE(
                row.value("defaultHostName"_L1).toString().endsWith(u".azurewebsites.net"_s));
            ++hosts;
        }
        EXPECT_EQ(row.value("env"_L1).toString(), row["tags"_L1]["env"_L1].toString());
        EXPECT_EQ(row.value("resourceGroup"_L1).toString(),
                  row.value("resourceGroup"_L1).toString().toLower());
    }
    EXPECT_GT(ips, 10);
    EXPECT_GT(dns, 3);
    EXPECT_GT(hosts, 10);
}

} // namespace

namespace {

TEST(SyntheticOverHttpTest, BatchedResourceGraphCoversEveryResource)
{
    AzureEmulator emulator;
    SyntheticTenantSpec spec;
    spec.managementGroups = 30;
    spec.subscriptions = 300;
    spec.resources = 30000;
    spec.seed = 3;
    emulator.loadSyntheticTenant(spec);
    ASSERT_TRUE(emulator.listen());
    EmulatorClient client(emulator.baseUrl());
    const QByteArray token =
        client.token(QString::fromLatin1(sandbox::ClientId),
                     QString::fromLatin1(sandbox::ClientSecret), emulator.tenant().tenantId);
    ASSERT_FALSE(token.isEmpty());
    const HttpResult subs = client.get("/subscriptions?api-version=2022-12-01", token);
    const QJsonArray subArray = subs.json().value("value"_L1).toArray();
    ASSERT_EQ(subArray.size(), spec.subscriptions);
    EXPECT_FALSE(subs.json().contains("nextLink"_L1));

    QSet<QString> ids;
    int requests = 0;
    for (int i = 0; i < subArray.size(); i += 100) {
        QJsonArray batch;
        for (int j = i; j < qMin(i + 100, int(subArray.size())); ++j)
            batch.append(subArray.at(j)["subscriptionId"_L1].toString());
        QJsonObject body{{"subscriptions"_L1, batch},
                         {"query"_L1, u"Resources | project id, name, type, tags"_s},
                         {"options"_L1, QJsonObject{{"$top"_L1, 1000}}}};
        while (requests < 200) {
            const HttpResult r = client.post(
                "/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01",
                QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
            ++requests;
            ASSERT_EQ(r.status, 200);
            for (const QJsonValue &v : r.json().value("data"_L1).toArray())
                ids.insert(v["id"_L1].toString());
            const QString skipToken = r.json().value("$skipToken"_L1).toString();
            if (skipToken.isEmpty())
                break;
            QJsonObject options = body.value("options"_L1).toObject();
            options.insert("$skipToken"_L1, skipToken);
            body.insert("options"_L1, options);
        }
    }
    EXPECT_EQ(ids.size(), spec.resources);
    EXPECT_EQ(requests, 30); // 10,000 resources per batch of 100 subscriptions: 10 pages each

    // A management-group scope covers the subscriptions of its whole subtree.
    const TenantModel &m = emulator.tenant();
    const int group = m.groupIndex(u"mg-0001"_s);
    ASSERT_GE(group, 0);
    qint64 expected = 0;
    for (const int g : m.groupSubtree(group)) {
        for (const int s : m.groups.at(std::size_t(g)).childSubscriptions)
            expected += qint64(m.subscriptions.at(std::size_t(s)).resources.size());
    }
    const HttpResult scoped = client.post(
        "/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01",
        R"({"managementGroups":["mg-0001"],"query":"Resources | project id","options":{"$top":1}})",
        "application/json", token);
    ASSERT_EQ(scoped.status, 200);
    EXPECT_EQ(scoped.json().value("totalRecords"_L1).toInteger(), expected);
}

} // namespace
