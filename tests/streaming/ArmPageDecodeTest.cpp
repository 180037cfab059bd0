// AzureParsers::armResourcePage(): a page of GET /subscriptions/{id}/resources straight to
// resources, decoded off the GUI thread by ResourceDiscovery. Whatever the body, the result must
// be the general path's (QJsonDocument, resourceList(), nextLink()). And armEndpointPage(): a
// provider's own list gives each resource exactly the endpoints of its Resource Graph row.

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ResourceComparison.h"
#include "TestSupport.h"
#include "azure/AzureParsers.h"
#include "azure/ResourceDiscovery.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

void expectSame(const QByteArray &body)
{
    SCOPED_TRACE(body.left(300).constData());
    QJsonObject o;
    AzureError generalError;
    const bool generalOk = AzureParsers::parseJsonObject(body, &o, &generalError);
    ArmResourcePage fast;
    AzureError error;
    const bool ok = AzureParsers::armResourcePage(body, false, &fast, &error);
    ASSERT_EQ(ok, generalOk);
    if (!ok) {
        EXPECT_EQ(error.kind, generalError.kind);
        return;
    }
    EXPECT_EQ(fast.nextLink, AzureParsers::nextLink(o));
    const QList<AzureResource> general = AzureParsers::resourceList(o, false);
    ASSERT_EQ(fast.resources.size(), general.size());
    for (qsizetype i = 0; i < general.size(); ++i) {
        SCOPED_TRACE(i);
        test::expectSameResource(fast.resources.at(i), general.at(i));
    }
}

QJsonObject item(int i)
{
    const QString sub = u"0000000%1-0000-4000-8000-000000000000"_s.arg(i % 3);
    QJsonObject tags{{u"env"_s, u"prod"_s}, {u"owner"_s, u"Zoë \"Z\" Ünal 😀"_s}};
    QJsonObject o{
        {u"id"_s,
         QString(u"/subscriptions/"_s + sub + u"/resourceGroups/RG-%1/providers/"_s.arg(i) +
                 u"Microsoft.Compute/virtualMachines/vm-%1"_s.arg(i))},
        {u"name"_s, u"vm-%1"_s.arg(i)},
        {u"type"_s, u"Microsoft.Compute/virtualMachines"_s},
        {u"location"_s, u"westeurope"_s},
        {u"tags"_s, tags},
    };
    // The optional members of a GenericResource, as ARM sends them.
    if (i % 2)
        o.insert(u"sku"_s, QJsonObject{{u"name"_s, u"Standard"_s}, {u"tier"_s, u"Regional"_s}});
    if (i % 3 == 0)
        o.insert(u"identity"_s, QJsonObject{{u"type"_s, u"SystemAssigned"_s},
                                            {u"principalId"_s, u"p"_s},
                                            {u"tenantId"_s, u"t"_s}});
    if (i % 4 == 0)
        o.insert(u"kind"_s, u"app,linux"_s);
    if (i % 5 == 0)
        o.insert(u"managedBy"_s, QJsonValue(QJsonValue::Null));
    if (i % 7 == 0)
        o.insert(u"plan"_s, QJsonObject{{u"name"_s, u"n"_s}, {u"product"_s, u"p"_s}});
    return o;
}

QByteArray page(const QJsonArray &items, const QJsonObject &extra = {})
{
    QJsonObject body{{u"value"_s, items}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(ArmPageDecode, TheRecordedListGivesTheGeneralPathsResourcesAndNextLinks)
{
    const QJsonObject doc =
        QJsonDocument::fromJson(
            test::readFile(test::fixturePath(u"resources/recording_resources_list_test.json"_s)))
            .object();
    const QJsonArray entries = doc.value("Entries"_L1).toArray();
    ASSERT_EQ(entries.size(), 9);
    int withNext = 0;
    for (const QJsonValue &e : entries) {
        const QByteArray body = QJsonDocument(e.toObject().value("ResponseBody"_L1).toObject())
                                    .toJson(QJsonDocument::Compact);
        expectSame(body);
        ArmResourcePage p;
        ASSERT_TRUE(AzureParsers::armResourcePage(body, false, &p, nullptr));
        EXPECT_EQ(p.resources.size(), 1);
        withNext += p.nextLink.contains("%24skiptoken="_L1) ? 1 : 0;
    }
    EXPECT_EQ(withNext, 8); // every page but the last
}

TEST(ArmPageDecode, UsualPagesAsTheGeneralPath)
{
    QJsonArray items;
    for (int i = 0; i < 60; ++i)
        items.append(item(i));
    expectSame(page(items));
    expectSame(
        page(items, {{u"nextLink"_s, u"https://management.azure.com/x?%24skiptoken=a+b"_s}}));
    expectSame(page(items, {{u"@nextLink"_s, u"https://management.azure.com/y"_s}}));
    expectSame(page(items, {{u"nextLink"_s, u""_s}, {u"@nextLink"_s, u"https://h/z"_s}}));
    expectSame(page(items, {{u"nextLink"_s, QJsonValue(QJsonValue::Null)}}));
    expectSame(
        page(items, {{u"nextLink"_s, u"https://h/a"_s}, {u"@nextLink"_s, u"https://h/b"_s}}));
    expectSame(page({}));
}

TEST(ArmPageDecode, UnusualItemsAndPagesAsTheGeneralPath)
{
    const char *items[] = {
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","properties":{"ipAddress":"1.2.3.4"},"type":"Microsoft.Network/publicIPAddresses"})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":{"n":5,"b":true}})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","name":"a","name":"b"})",
        R"({"id":42,"name":true,"type":["x"],"location":{"a":1}})",
        R"({"id":"/SUBSCRIPTIONS/S1/RESOURCEGROUPS/G1/providers/t/n/"})",
        R"({})",
        R"(42)",
        R"(null)",
    };
    for (const char *i : items)
        expectSame(QByteArray(R"({"value":[)") + i +
                   R"(,{"id":"/subscriptions/s2/resourceGroups/g2/p/t/m"}]})");
    const QByteArray bodies[] = {
        R"({"value":null})",
        R"({"nextLink":"https://h/n"})",
        R"({"value":[],"nextLink":5})",
        R"({"value":[],"nextLink":"a","nextLink":"b"})",
        R"({"value":[{"id":"a"}],"value":[{"id":"b"}]})",
        R"({"value":[{"id":"a"},]})",
        R"({"value":[{"id":"a"}]} x)",
        R"({})",
        R"([])",
        "",
        "{\"value\":[{\"id\":\"/subscriptions/s/x\"",
    };
    for (const QByteArray &b : bodies)
        expectSame(b);
    const QByteArray full = page({item(1), item(2), item(3)}, {{u"nextLink"_s, u"https://h/n"_s}});
    for (qsizetype n = 0; n < full.size(); n += 5)
        expectSame(full.left(n));
}

// A provider's list (with properties) must give each resource the endpoints its Resource Graph
// row gives for ResourceDiscovery::resourceGraphQuery()'s projection: ipAddress =
// properties.ipAddress, fqdn = properties.dnsSettings.fqdn, defaultHostName =
// properties.defaultHostName. Shapes as documented for Public IP Addresses - List All, Web Apps -
// List and Container Groups - List.
TEST(ArmPageDecode, EndpointListsGiveTheResourceGraphRowsEndpoints)
{
    const QJsonObject pip{
        {u"id"_s, u"/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Network/"
                  u"publicIPAddresses/testDNS-ip"_s},
        {u"name"_s, u"testDNS-ip"_s},
        {u"type"_s, u"Microsoft.Network/publicIPAddresses"_s},
        {u"location"_s, u"westus"_s},
        {u"properties"_s,
         QJsonObject{
             {u"provisioningState"_s, u"Succeeded"_s},
             {u"publicIPAddressVersion"_s, u"IPv4"_s},
             {u"ipAddress"_s, u"20.31.4.5"_s},
             {u"dnsSettings"_s, QJsonObject{{u"domainNameLabel"_s, u"testdns"_s},
                                            {u"fqdn"_s, u"testdns.westus.cloudapp.azure.com"_s}}},
             {u"ipConfiguration"_s, QJsonObject{{u"id"_s, u"/x/ipConfigurations/c"_s}}}}}};
    const QJsonObject site{
        {u"id"_s, u"/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Web/sites/app1"_s},
        {u"name"_s, u"app1"_s},
        {u"type"_s, u"Microsoft.Web/sites"_s},
        {u"kind"_s, u"app"_s},
        {u"properties"_s,
         QJsonObject{
             {u"state"_s, u"Running"_s},
             {u"defaultHostName"_s, u"app1.azurewebsites.net"_s},
             // More names than Resource Graph's projection: not taken.
             {u"hostNames"_s, QJsonArray{u"app1.azurewebsites.net"_s, u"www.contoso.com"_s}},
             {u"enabledHostNames"_s, QJsonArray{u"app1.scm.azurewebsites.net"_s}}}}};
    const QJsonObject group{
        {u"id"_s, u"/subscriptions/s/resourceGroups/rg1/providers/"
                  u"Microsoft.ContainerInstance/containerGroups/demo1"_s},
        {u"name"_s, u"demo1"_s},
        {u"type"_s, u"Microsoft.ContainerInstance/containerGroups"_s},
        {u"properties"_s,
         QJsonObject{{u"ipAddress"_s, QJsonObject{{u"ip"_s, u"10.0.0.1"_s},
                                                  {u"type"_s, u"Public"_s},
                                                  {u"fqdn"_s, u"demo1.westus.azurecontainer.io"_s},
                                                  {u"ports"_s, QJsonArray{}}}}}}};
    const QJsonObject bare{
        {u"id"_s, u"/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Network/"
                  u"publicIPAddresses/unassigned"_s},
        {u"name"_s, u"unassigned"_s},
        {u"type"_s, u"Microsoft.Network/publicIPAddresses"_s},
        {u"properties"_s, QJsonObject{{u"publicIPAllocationMethod"_s, u"Dynamic"_s}}}};
    const QJsonArray items{pip, site, group, bare};

    ArmResourcePage out;
    ASSERT_TRUE(AzureParsers::armEndpointPage(page(items, {{u"nextLink"_s, u"https://h/n"_s}}),
                                              &out, nullptr));
    EXPECT_EQ(out.nextLink, u"https://h/n"_s);
    ASSERT_EQ(out.resources.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        SCOPED_TRACE(i);
        // The Resource Graph row of the same resource, as the projection makes it.
        const QJsonObject o = items.at(i).toObject();
        const QJsonObject props = o.value("properties"_L1).toObject();
        QJsonObject row{{u"id"_s, o.value("id"_L1)},
                        {u"name"_s, o.value("name"_L1)},
                        {u"type"_s, o.value("type"_L1)}};
        row.insert(u"ipAddress"_s, props.contains("ipAddress"_L1) ? props.value("ipAddress"_L1)
                                                                  : QJsonValue(QJsonValue::Null));
        row.insert(u"fqdn"_s, props.value("dnsSettings"_L1).toObject().contains("fqdn"_L1)
                                  ? props.value("dnsSettings"_L1).toObject().value("fqdn"_L1)
                                  : QJsonValue(QJsonValue::Null));
        row.insert(u"defaultHostName"_s, props.contains("defaultHostName"_L1)
                                             ? props.value("defaultHostName"_L1)
                                             : QJsonValue(QJsonValue::Null));
        const AzureResource fromGraph = AzureParsers::resource(row, false);
        EXPECT_EQ(out.resources.at(i).id, fromGraph.id);
        EXPECT_EQ(out.resources.at(i).publicIpAddresses, fromGraph.publicIpAddresses);
        EXPECT_EQ(out.resources.at(i).fqdns, fromGraph.fqdns);
    }
    EXPECT_EQ(out.resources.at(0).publicIpAddresses, QStringList{u"20.31.4.5"_s});
    EXPECT_EQ(out.resources.at(0).fqdns, QStringList{u"testdns.westus.cloudapp.azure.com"_s});
    EXPECT_EQ(out.resources.at(1).fqdns, QStringList{u"app1.azurewebsites.net"_s});
    EXPECT_EQ(out.resources.at(2).publicIpAddresses, QStringList{u"10.0.0.1"_s});
    EXPECT_EQ(out.resources.at(2).fqdns, QStringList{u"demo1.westus.azurecontainer.io"_s});
    EXPECT_TRUE(out.resources.at(3).publicIpAddresses.isEmpty());
    EXPECT_TRUE(out.resources.at(3).fqdns.isEmpty());

    AzureError error;
    EXPECT_FALSE(AzureParsers::armEndpointPage("{\"value\":[", &out, &error));
    EXPECT_EQ(error.kind, AzureErrorKind::MalformedResponse);
}
