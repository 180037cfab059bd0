#include <functional>

#include <QDir>
#include <QJsonDocument>
#include <QMap>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "azure/AzureParsers.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

// Spec x-ms-examples wrap the wire body in responses."200".body.
QJsonObject wireBody(const QString &relative)
{
    const QJsonObject doc =
        QJsonDocument::fromJson(test::readFile(test::fixturePath(relative))).object();
    return doc.value("responses"_L1)
        .toObject()
        .value("200"_L1)
        .toObject()
        .value("body"_L1)
        .toObject();
}

using Check = std::function<void(const QString &)>;

void checkMgList(const QString &f)
{
    const QJsonObject b = wireBody(f);
    const auto groups = AzureParsers::managementGroupList(b);
    ASSERT_EQ(groups.size(), 2);
    EXPECT_EQ(groups[0].name, u"20000000-0001-0000-0000-000000000000"_s);
    EXPECT_EQ(groups[0].displayName, u"Group 1 Tenant 2"_s);
    EXPECT_EQ(groups[1].displayName, u"Group 4 Tenant 2"_s);
    EXPECT_TRUE(AzureParsers::nextLink(b).isEmpty()); // null under either key
}

const QMap<QString, Check> &checks()
{
    static const QMap<QString, Check> c{
        {u"managementgroups/ListManagementGroups.json"_s,
         [](const QString &f) {
             EXPECT_TRUE(wireBody(f).contains("@nextLink"_L1));
             checkMgList(f);
         }},
        {u"managementgroups/2021-04-01/ListManagementGroups.json"_s,
         [](const QString &f) {
             EXPECT_TRUE(wireBody(f).contains("nextLink"_L1));
             checkMgList(f);
         }},
        {u"managementgroups/GetManagementGroupWithExpand.json"_s,
         [](const QString &f) {
             const GroupHierarchy h = AzureParsers::managementGroupTree(wireBody(f));
             ASSERT_EQ(h.groups.size(), 3);
             EXPECT_EQ(h.groups[0].name, u"20000000-0001-0000-0000-000000000000"_s);
             EXPECT_EQ(h.groups[0].parentName, u"20000000-0000-0000-0000-000000000000"_s);
             EXPECT_EQ(h.groups[1].parentName, h.groups[0].name);
             ASSERT_EQ(h.subscriptions.size(), 3);
             EXPECT_EQ(h.subscriptions[0].subscriptionId,
                       u"10000000-F004-0000-0000-000000000000"_s);
             EXPECT_EQ(h.subscriptions[0].parentName, h.groups[0].name);
         }},
        {u"managementgroups/GetManagementGroupWithExpandAndRecurse.json"_s,
         [](const QString &f) {
             const GroupHierarchy h = AzureParsers::managementGroupTree(wireBody(f));
             ASSERT_EQ(h.groups.size(),
                       4); // RootGroup, Child, Leaf, AnotherChild (no children key)
             EXPECT_EQ(h.groups[0].name, u"RootGroup"_s);
             EXPECT_EQ(h.groups[1].name, u"Child"_s);
             EXPECT_EQ(h.groups[1].parentName, u"RootGroup"_s);
             EXPECT_EQ(h.groups[2].name, u"Leaf"_s);
             EXPECT_EQ(h.groups[2].parentName, u"Child"_s);
             EXPECT_EQ(h.groups[3].name, u"AnotherChild"_s);
             ASSERT_EQ(h.subscriptions.size(), 1);
             EXPECT_EQ(h.subscriptions[0].subscriptionId,
                       u"728bcbe4-8d56-4510-86c2-4921b8beefbc"_s);
             EXPECT_EQ(h.subscriptions[0].displayName, u"Pay-As-You-Go"_s);
             EXPECT_EQ(h.subscriptions[0].parentName, u"Leaf"_s);
         }},
        {u"managementgroups/GetManagementGroupWithAncestors.json"_s,
         [](const QString &f) {
             const ManagementGroup g = AzureParsers::managementGroup(wireBody(f));
             EXPECT_EQ(g.name, u"20000000-0001-0000-0000-000000000000"_s);
             EXPECT_EQ(g.displayName, u"Group 1 Tenant 2"_s);
             EXPECT_EQ(g.parentName, u"20000000-0000-0000-0000-000000000001"_s);
             EXPECT_EQ(AzureParsers::managementGroupTree(wireBody(f)).groups.size(), 1);
         }},
        {u"managementgroups/GetDescendants.json"_s,
         [](const QString &f) {
             const GroupHierarchy h = AzureParsers::descendants(wireBody(f));
             ASSERT_EQ(h.groups.size(), 1);
             EXPECT_EQ(h.groups[0].parentName, u"20000000-0000-0000-0000-000000000000"_s);
             ASSERT_EQ(h.subscriptions.size(), 1);
             EXPECT_EQ(h.subscriptions[0].subscriptionId,
                       u"20000000-0004-0000-0000-000000000000"_s);
             EXPECT_EQ(h.subscriptions[0].displayName, u"Subscription 4"_s);
             EXPECT_TRUE(AzureParsers::nextLink(wireBody(f)).isEmpty());
         }},
        {u"managementgroups/GetEntities.json"_s,
         [](const QString &f) {
             const GroupHierarchy h = AzureParsers::entities(wireBody(f));
             ASSERT_EQ(h.groups.size(), 2);
             EXPECT_EQ(h.groups[1].name, u"20000000-0004-0000-0000-000000000000"_s);
             EXPECT_EQ(h.groups[1].parentName, u"20000000-0000-0000-0000-000000000000"_s);
             EXPECT_TRUE(h.subscriptions.isEmpty());
         }},
        {u"managementgroups/GetAllSubscriptionsFromManagementGroup.json"_s,
         [](const QString &f) {
             const auto subs = AzureParsers::managementGroupSubscriptions(wireBody(f));
             ASSERT_EQ(subs.size(), 1);
             EXPECT_EQ(subs[0].subscriptionId, u"728bcbe4-8d56-4510-86c2-4921b8beefbc"_s);
             EXPECT_EQ(subs[0].displayName, u"S5"_s);
             EXPECT_EQ(subs[0].parentName, u"Group"_s);
             EXPECT_EQ(subs[0].stateText, u"Active"_s);
             EXPECT_EQ(subscriptionStateFromString(subs[0].stateText), SubscriptionState::Unknown);
         }},
        {u"subscriptions/GetSubscriptions.json"_s,
         [](const QString &f) {
             const auto subs = AzureParsers::subscriptionList(wireBody(f));
             ASSERT_EQ(subs.size(), 2);
             EXPECT_EQ(subs[0].subscriptionId, u"291bba3f-e0a5-47bc-a099-3bdcb2a50a05"_s);
             EXPECT_EQ(subs[0].state, SubscriptionState::Enabled);
             EXPECT_EQ(subs[1].tenantId, u"2a0ff0de-96b2-4859-bb7c-a430d07a3e0c"_s);
             EXPECT_EQ(subs[1].tags.value(u"tagKey2"_s), u"tagValue2"_s);
             // The spec's placeholder "..." is passed on verbatim; it is not a real URL.
             EXPECT_EQ(AzureParsers::nextLink(wireBody(f)), u"..."_s);
         }},
        {u"subscriptions/GetSubscription.json"_s,
         [](const QString &f) {
             const Subscription s = AzureParsers::subscription(wireBody(f));
             EXPECT_EQ(s.displayName, u"Example Subscription"_s);
             EXPECT_EQ(s.state, SubscriptionState::Enabled);
             EXPECT_TRUE(s.isConnectable());
             EXPECT_EQ(s.tags.size(), 2);
         }},
        {u"subscriptions/GetTenants.json"_s,
         [](const QString &f) {
             const auto t = AzureParsers::tenantList(wireBody(f));
             ASSERT_EQ(t.size(), 3);
             EXPECT_EQ(t[1].displayName, u"Contoso Corp."_s);
             EXPECT_EQ(t[1].category, u"Home"_s);
             EXPECT_EQ(t[2].domains.size(), 3);
         }},
        {u"resources/recording_resources_list_test.json"_s,
         [](const QString &f) {
             const QJsonObject doc =
                 QJsonDocument::fromJson(test::readFile(test::fixturePath(f))).object();
             const QJsonArray entries = doc.value("Entries"_L1).toArray();
             ASSERT_EQ(entries.size(), 9);
             int resources = 0;
             for (qsizetype i = 0; i < entries.size(); ++i) {
                 const QJsonObject e = entries[i].toObject();
                 const QJsonObject body = e.value("ResponseBody"_L1).toObject();
                 const auto list = AzureParsers::resourceList(body, false);
                 resources += int(list.size());
                 for (const AzureResource &r : list) {
                     EXPECT_EQ(r.subscriptionId, u"azure_subscription_id"_s);
                     EXPECT_EQ(r.type, u"Microsoft.OperationsManagement/solutions"_s);
                     EXPECT_FALSE(r.resourceGroup.isEmpty());
                 }
                 const QString next = AzureParsers::nextLink(body);
                 if (i + 1 < entries.size()) {
                     // Verbatim: exactly the next request's URI.
                     EXPECT_EQ(next, entries[i + 1].toObject().value("RequestUri"_L1).toString());
                     EXPECT_TRUE(next.contains("%24skiptoken="_L1));
                 } else {
                     EXPECT_TRUE(next.isEmpty());
                 }
             }
             EXPECT_EQ(resources, 9);
         }},
        {u"resourcegraph/ResourcesBasicQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.totalRecords, 3);
             EXPECT_FALSE(p.resultTruncated);
             ASSERT_EQ(p.rows.size(), 3);
             const AzureResource r = AzureParsers::resource(p.rows[0].toObject(), false);
             EXPECT_EQ(r.subscriptionId, u"cfbbd179-59d2-4052-aa06-9270a38aa9d6"_s);
             EXPECT_EQ(r.resourceGroup, u"RG1"_s);
             EXPECT_EQ(r.tags.value(u"tag1"_s), u"Value1"_s);
         }},
        {u"resourcegraph/ResourcesFirstPageQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.totalRecords, 386);
             EXPECT_EQ(p.count, 3);
             EXPECT_EQ(p.rows.size(), 3);
             EXPECT_EQ(p.skipToken,
                       u"eyAibm8iOiAibHVjayIsICJidXQiOiAibmljZSIsICJ0cnkiOiAiISIgfQ=="_s);
         }},
        {u"resourcegraph/ResourcesNextPageQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.rows.size(), 3);
             EXPECT_FALSE(p.skipToken.isEmpty());
             EXPECT_EQ(AzureParsers::resource(p.rows[1].toObject(), false).name, u"AATest"_s);
         }},
        {u"resourcegraph/ResourcesRandomPageQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.count, 2);
             EXPECT_EQ(p.rows.size(), 2);
         }},
        {u"resourcegraph/ResourcesPropertiesQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             ASSERT_EQ(p.rows.size(), 2);
             EXPECT_EQ(p.rows[1].toObject().value("count"_L1).toInt(), 23);
             EXPECT_TRUE(p.skipToken.isEmpty());
         }},
        {u"resourcegraph/ResourcesMgBasicQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             ASSERT_EQ(p.rows.size(), 3);
             EXPECT_EQ(AzureParsers::resource(p.rows[2].toObject(), false).type,
                       u"microsoft.network/publicipaddresses"_s);
         }},
        {u"resourcegraph/ResourcesTenantBasicQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.rows.size(), 3);
         }},
        {u"resourcegraph/table-format-2019-04-01/ResourcesBasicQuery.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             ASSERT_EQ(p.rows.size(), 3);
             const AzureResource r = AzureParsers::resource(p.rows[0].toObject(), false);
             EXPECT_EQ(r.name, u"myNetworkInterface"_s);
             EXPECT_EQ(r.location, u"centralus"_s);
             EXPECT_EQ(r.tags.value(u"tag1"_s), u"Value1"_s);
         }},
        {u"resourcegraph/table-format-2019-04-01/ResourcesQueryOptions.json"_s,
         [](const QString &f) {
             ResourceGraphPage p;
             ASSERT_TRUE(AzureParsers::resourceGraphPage(wireBody(f), &p, nullptr));
             EXPECT_EQ(p.totalRecords, 386);
             ASSERT_EQ(p.rows.size(), 3);
             EXPECT_FALSE(p.skipToken.isEmpty());
             EXPECT_EQ(AzureParsers::resource(p.rows[2].toObject(), false).name, u"TestRB"_s);
         }},
    };
    return c;
}

} // namespace

TEST(AzureFixtures, EveryFixtureIsParsedAndChecked)
{
    const QDir root(test::fixturePath(QString()));
    const QStringList files = test::filesBelow(root.absolutePath(), u".json"_s);
    ASSERT_FALSE(files.isEmpty());
    int checked = 0;
    for (const QString &path : files) {
        const QString rel = root.relativeFilePath(path);
        SCOPED_TRACE(rel.toStdString());
        QJsonParseError pe;
        QJsonDocument::fromJson(test::readFile(path), &pe);
        EXPECT_EQ(pe.error, QJsonParseError::NoError);
        const auto it = checks().constFind(rel);
        if (it == checks().constEnd()) {
            ADD_FAILURE() << "fixture without a parser check: " << rel.toStdString();
            continue;
        }
        (*it)(rel);
        ++checked;
    }
    EXPECT_EQ(checked, checks().size()); // no check for a fixture that vanished
}

TEST(AzureParsers, NextLinkKeys)
{
    EXPECT_EQ(AzureParsers::nextLink(QJsonObject{{u"nextLink"_s, u"https://a/x"_s}}),
              u"https://a/x"_s);
    EXPECT_EQ(AzureParsers::nextLink(QJsonObject{{u"@nextLink"_s, u"https://a/y"_s}}),
              u"https://a/y"_s);
    EXPECT_TRUE(AzureParsers::nextLink(QJsonObject{{u"nextLink"_s, QJsonValue::Null}}).isEmpty());
    EXPECT_TRUE(AzureParsers::nextLink(QJsonObject{{u"nextLink"_s, u""_s}}).isEmpty());
    EXPECT_TRUE(AzureParsers::nextLink(QJsonObject{}).isEmpty());
}

TEST(AzureParsers, TreeWithNullChildrenAndAllSubscriptionTypes)
{
    const QByteArray json =
        R"({"id":"/providers/Microsoft.Management/managementGroups/T","name":"T",
      "type":"Microsoft.Management/managementGroups","properties":{"displayName":"Tenant Root Group",
      "children":[{"id":"/providers/Microsoft.Management/managementGroups/A","name":"A",
         "type":"Microsoft.Management/managementGroups","displayName":"A","children":null},
        {"id":"/subscriptions/s1","name":"s1","type":"/subscriptions","displayName":"S1"},
        {"id":"/subscriptions/s2","name":"s2","type":"Microsoft.Management/managementGroups/subscriptions","displayName":"S2"},
        {"id":"/subscriptions/s3","type":"Microsoft.Resources/subscriptions","displayName":"S3"}]}})";
    QJsonObject o;
    ASSERT_TRUE(AzureParsers::parseJsonObject(json, &o, nullptr));
    const GroupHierarchy h = AzureParsers::managementGroupTree(o);
    EXPECT_EQ(h.groups.size(), 2);
    ASSERT_EQ(h.subscriptions.size(), 3);
    EXPECT_EQ(h.subscriptions[2].subscriptionId, u"s3"_s);
    EXPECT_EQ(h.groups[0].parentName, QString());
}

TEST(AzureParsers, SubscriptionStates)
{
    const QList<std::pair<QString, SubscriptionState>> table{
        {u"Enabled"_s, SubscriptionState::Enabled},   {u"Warned"_s, SubscriptionState::Warned},
        {u"PastDue"_s, SubscriptionState::PastDue},   {u"Disabled"_s, SubscriptionState::Disabled},
        {u"Deleted"_s, SubscriptionState::Deleted},   {u"Active"_s, SubscriptionState::Unknown},
        {u"disabled"_s, SubscriptionState::Disabled},
    };
    for (const auto &[text, state] : table) {
        EXPECT_EQ(subscriptionStateFromString(text), state) << text.toStdString();
    }
    Subscription s;
    s.state = SubscriptionState::Disabled;
    EXPECT_FALSE(s.isConnectable());
    s.state = SubscriptionState::Deleted;
    EXPECT_FALSE(s.isConnectable());
    s.state = SubscriptionState::PastDue;
    EXPECT_TRUE(s.isConnectable());
}

TEST(AzureParsers, TokenSuccess)
{
    AccessToken t;
    AzureError e;
    ASSERT_TRUE(AzureParsers::parseToken(
        R"({"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"abc.def.ghi"})",
        &t, &e));
    EXPECT_EQ(t.expiresInSeconds, 3599);
    EXPECT_EQ(t.tokenType, u"Bearer"_s);
    ASSERT_TRUE(AzureParsers::parseToken(R"({"expires_in":"120","access_token":"x"})", &t, &e));
    EXPECT_EQ(t.expiresInSeconds, 120);
    EXPECT_FALSE(AzureParsers::parseToken(R"({"token_type":"Bearer"})", &t, &e));
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
    EXPECT_FALSE(AzureParsers::parseToken(R"({"access_token":"x",)", &t, &e));
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
}

TEST(AzureParsers, TenantIdFromJwt)
{
    const QByteArray payload =
        QByteArray(
            R"({"aud":"https://management.azure.com","tid":"11111111-2222-3333-4444-555555555555"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString jwt = u"eyJhbGciOiJub25lIn0."_s + QString::fromLatin1(payload) + u".sig"_s;
    EXPECT_EQ(AzureParsers::tenantIdFromJwt(jwt), u"11111111-2222-3333-4444-555555555555"_s);
    EXPECT_TRUE(AzureParsers::tenantIdFromJwt(u"opaque-token"_s).isEmpty());
}

TEST(AzureParsers, ResourceEndpointsExtracted)
{
    const QByteArray json = R"({"value":[
      {"id":"/subscriptions/S/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/ip1",
       "type":"Microsoft.Network/publicIPAddresses","location":"westeurope",
       "properties":{"ipAddress":"20.1.2.3","dnsSettings":{"fqdn":"app.westeurope.cloudapp.azure.com"}}},
      {"id":"/subscriptions/S/resourceGroups/rg/providers/Microsoft.Web/sites/web1",
       "type":"Microsoft.Web/sites","properties":{"defaultHostName":"web1.azurewebsites.net"}},
      {"id":"/subscriptions/S/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n",
       "type":"microsoft.network/networkinterfaces","ipAddress":"10.0.0.4"},
      {"id":"/subscriptions/S/resourceGroups/rg/providers/microsoft.network/publicipaddresses/ip2",
       "type":"microsoft.network/publicipaddresses","ipAddress":"20.9.9.9","fqdn":"x.cloudapp.net"}]})";
    QJsonObject o;
    ASSERT_TRUE(AzureParsers::parseJsonObject(json, &o, nullptr));
    const auto list = AzureParsers::resourceList(o, false);
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].publicIpAddresses, QStringList{u"20.1.2.3"_s});
    EXPECT_EQ(list[0].fqdns, QStringList{u"app.westeurope.cloudapp.azure.com"_s});
    EXPECT_TRUE(list[0].properties.isEmpty()); // not kept unless asked
    EXPECT_EQ(list[1].fqdns, QStringList{u"web1.azurewebsites.net"_s});
    EXPECT_TRUE(list[2].publicIpAddresses.isEmpty()); // private NIC address is not public
    EXPECT_EQ(list[3].publicIpAddresses, QStringList{u"20.9.9.9"_s});
    EXPECT_EQ(list[3].fqdns, QStringList{u"x.cloudapp.net"_s});
    EXPECT_EQ(list[0].resourceGroup, u"rg"_s);
    EXPECT_FALSE(AzureParsers::resource(o.value("value"_L1).toArray()[0].toObject(), true)
                     .properties.isEmpty());
}

TEST(AzureParsers, ResourceGraphTruncatedIsAString)
{
    QJsonObject o{{u"data"_s, QJsonArray{}}, {u"resultTruncated"_s, u"true"_s}};
    ResourceGraphPage p;
    ASSERT_TRUE(AzureParsers::resourceGraphPage(o, &p, nullptr));
    EXPECT_TRUE(p.resultTruncated);
    o.insert(u"resultTruncated"_s, false);
    ASSERT_TRUE(AzureParsers::resourceGraphPage(o, &p, nullptr));
    EXPECT_FALSE(p.resultTruncated);
    AzureError e;
    EXPECT_FALSE(AzureParsers::resourceGraphPage(QJsonObject{}, &p, &e));
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
}

TEST(AzureParsers, Permissions)
{
    QJsonObject o;
    ASSERT_TRUE(AzureParsers::parseJsonObject(
        R"({"value":[{"actions":["*/read"],"notActions":[]}]})", &o, nullptr));
    EXPECT_FALSE(AzureParsers::permits(AzureParsers::permissions(o),
                                       u"Microsoft.Compute/virtualMachines/write"_s));
    EXPECT_TRUE(AzureParsers::permits(AzureParsers::permissions(o),
                                      u"Microsoft.Compute/virtualMachines/read"_s));
    ASSERT_TRUE(AzureParsers::parseJsonObject(
        R"({"value":[{"actions":["*"],"notActions":["Microsoft.Authorization/*/Write"]}]})", &o,
        nullptr));
    EXPECT_TRUE(AzureParsers::permits(AzureParsers::permissions(o),
                                      u"Microsoft.Compute/virtualMachines/write"_s));
    EXPECT_FALSE(AzureParsers::permits(AzureParsers::permissions(o),
                                       u"Microsoft.Authorization/roleAssignments/write"_s));
}
