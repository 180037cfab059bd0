// AzureParsers::resourceGraphResources(): a Resource Graph body straight to resources. Whatever
// the body, the result must be the one of the general path (QJsonDocument, resourceGraphPage(),
// resource() per row): the same success, error kind and fields, row by row.

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ResourceComparison.h"
#include "azure/AzureParsers.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct General
{
    bool ok = false;
    AzureError error;
    ResourceGraphResources page;
};

General general(const QByteArray &body)
{
    General g;
    QJsonObject o;
    ResourceGraphPage page;
    g.ok = AzureParsers::parseJsonObject(body, &o, &g.error) &&
           AzureParsers::resourceGraphPage(o, &page, &g.error);
    if (!g.ok)
        return g;
    g.page.totalRecords = page.totalRecords;
    g.page.count = page.count;
    g.page.resultTruncated = page.resultTruncated;
    g.page.skipToken = page.skipToken;
    for (const QJsonValue &row : std::as_const(page.rows))
        g.page.resources.append(AzureParsers::resource(row.toObject(), false));
    return g;
}

void expectSame(const QByteArray &body)
{
    SCOPED_TRACE(body.left(300).constData());
    const General g = general(body);
    ResourceGraphResources fast;
    AzureError error;
    const bool ok = AzureParsers::resourceGraphResources(body, false, &fast, &error);
    ASSERT_EQ(ok, g.ok);
    if (!ok) {
        EXPECT_EQ(error.kind, g.error.kind);
        return;
    }
    EXPECT_EQ(fast.totalRecords, g.page.totalRecords);
    EXPECT_EQ(fast.count, g.page.count);
    EXPECT_EQ(fast.resultTruncated, g.page.resultTruncated);
    EXPECT_EQ(fast.skipToken, g.page.skipToken);
    ASSERT_EQ(fast.resources.size(), g.page.resources.size());
    for (qsizetype i = 0; i < fast.resources.size(); ++i) {
        SCOPED_TRACE(i);
        test::expectSameResource(fast.resources.at(i), g.page.resources.at(i));
    }
}

QJsonObject row(int i)
{
    const QString sub = u"0000000%1-0000-4000-8000-000000000000"_s.arg(i % 3);
    QJsonObject tags{{u"env"_s, u"prod"_s}, {u"owner"_s, u"Zoë \"Z\" Ünal 😀"_s}};
    if (i % 4 == 0)
        tags.insert(u"path"_s, u"C:\\temp\\x\n\ty\u0001"_s);
    QJsonObject o{
        {u"id"_s,
         QString(u"/subscriptions/"_s + sub + u"/resourceGroups/rg-%1/providers/"_s.arg(i) +
                 u"Microsoft.Network/publicIPAddresses/ip-%1"_s.arg(i))},
        {u"name"_s, u"ip-%1"_s.arg(i)},
        {u"type"_s, i % 2 ? u"microsoft.network/publicipaddresses"_s : u"Microsoft.Web/sites"_s},
        {u"location"_s, u"westeurope"_s},
        {u"resourceGroup"_s, u"rg-%1"_s.arg(i)},
        {u"subscriptionId"_s, sub},
        {u"kind"_s, i % 5 ? QJsonValue(u""_s) : QJsonValue(QJsonValue::Null)},
        {u"tags"_s, tags},
        {u"ipAddress"_s, i % 2 ? QJsonValue(u"20.1.2.%1"_s.arg(i)) : QJsonValue()},
        {u"fqdn"_s, i % 3 ? QJsonValue(QJsonValue::Null) : QJsonValue(u"a%1.example.com"_s.arg(i))},
        {u"defaultHostName"_s, u"  site-%1.azurewebsites.net "_s.arg(i)},
    };
    return o;
}

QByteArray page(const QJsonArray &rows, const QJsonObject &extra = {})
{
    QJsonObject body{{u"totalRecords"_s, 1234},
                     {u"count"_s, rows.size()},
                     {u"resultTruncated"_s, u"false"_s},
                     {u"$skipToken"_s, u"ew0KICAiJGlkIjogIjEiDQp9"_s},
                     {u"data"_s, rows},
                     {u"facets"_s, QJsonArray{}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(ResourceGraphDecode, UsualPagesGiveTheGeneralPathsResources)
{
    QJsonArray rows;
    for (int i = 0; i < 200; ++i)
        rows.append(row(i));
    expectSame(page(rows));
    // Indented, as some proxies re-format.
    QJsonObject body = QJsonDocument::fromJson(page(rows)).object();
    expectSame(QJsonDocument(body).toJson(QJsonDocument::Indented));
    expectSame(page({}));
    expectSame(page(rows, {{u"$skipToken"_s, QJsonValue::Null}}));
    expectSame(page(rows, {{u"resultTruncated"_s, true}}));
    expectSame(page(rows, {{u"resultTruncated"_s, u"True"_s}}));
    expectSame(page(rows, {{u"totalRecords"_s, 5.0}, {u"count"_s, u"7"_s}}));
    expectSame(page(rows, {{u"totalRecords"_s, 1e20}, {u"count"_s, -3}}));
}

TEST(ResourceGraphDecode, EscapesAndUnicodeAsTheGeneralPath)
{
    expectSame(
        R"({"data":[{"id":"\/subscriptions\/s1\/resourceGroups\/g\/providers\/a\/b\/n\u00e9",)"
        R"("tags":{"k\"ey":"v\\al\u0041\ud83d\ude00","x":"\b\f\n\r\t\/"}}],"count":1})");
    expectSame(R"({"data":[{"id":"/subscriptions/s/resourceGroups/g/x/n","name":"\ud800"}]})");
    expectSame(R"({"data":[{"id":"/subscriptions/s/resourceGroups/g/x/n","name":"\udc00x"}]})");
    expectSame(R"({"data":[{"id":"/subscriptions/s/resourceGroups/g/x/n","name":"\u12"}]})");
    expectSame(R"({"data":[{"id":"/subscriptions/s/resourceGroups/g/x/n","name":"a\qb"}]})");
    expectSame(R"({"data":[{"i\u0064":"/subscriptions/s/resourceGroups/g/x/n"}]})");
    expectSame("{\"data\":[{\"id\":\"/subscriptions/s/x/\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}]}");
    // Invalid UTF-8, a raw control character: whatever QJsonDocument says.
    expectSame("{\"data\":[{\"id\":\"/subscriptions/s/x/\xc3\"}]}");
    expectSame("{\"data\":[{\"id\":\"/subscriptions/s/x/\xed\xa0\x80\"}]}");
    expectSame("{\"data\":[{\"id\":\"/subscriptions/s/x/\xc0\xaf\"}]}");
    expectSame("{\"data\":[{\"id\":\"/subscriptions/s/x/\xf4\x90\x80\x80\"}]}");
    expectSame("{\"data\":[{\"id\":\"a\tb\"}]}");
}

TEST(ResourceGraphDecode, UnusualRowsAsTheGeneralPath)
{
    const char *rows[] = {
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","properties":{"ipAddress":"1.2.3.4"},"type":"Microsoft.Network/publicIPAddresses"})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","properties":null})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","ipAddress":{"ip":"1.1.1.1","type":"Public","fqdn":"x.example"}})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":{"n":5,"b":true,"z":null,"d":1.5}})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":null})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":[1,2]})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":"x"})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","name":"a","name":"b"})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","tags":{"a":"1","a":"2"}})",
        R"({"id":42,"name":true,"type":["x"],"location":{"a":1}})",
        R"({"id":"/SUBSCRIPTIONS/S1/RESOURCEGROUPS/G1/providers/t/n/"})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","fqdn":7,"defaultHostName":false})",
        R"({"id":"/subscriptions/s/resourceGroups/g/providers/t/n","ipAddress":"1.2.3.4","type":"x/y"})",
        R"({"x":{"y":[1,-2.5e+3,0,-0,0.1E-2,{"z":[]}],"w":"\u0000"},"id":"/subscriptions/s/x"})",
        R"({})",
        R"(42)",
        R"("row")",
        R"(null)",
    };
    for (const char *r : rows)
        expectSame(QByteArray(R"({"data":[)") + r +
                   R"(,{"id":"/subscriptions/s2/resourceGroups/g2/p/t/m"}]})");

    // More tags than kept, a key longer than kept, a value longer than kept.
    QJsonObject many;
    for (int i = 0; i < 150; ++i)
        many.insert(u"k%1"_s.arg(i, 3, 10, QChar(u'0')), u"v"_s);
    QJsonObject longKey{{QString(600, u'k'), u"v"_s},
                        {QString(QString(600, u'k') + u"2"_s), u"w"_s}};
    QJsonObject longValue{{u"k"_s, QString(5000, u'v')}};
    for (const QJsonObject &tags : {many, longKey, longValue})
        expectSame(page({QJsonObject{{u"id"_s, u"/subscriptions/s/resourceGroups/g/p/t/n"_s},
                                     {u"name"_s, QString(5000, u'n')},
                                     {u"tags"_s, tags}}}));
}

TEST(ResourceGraphDecode, UnusualPagesAsTheGeneralPath)
{
    const QByteArray bodies[] = {
        R"({"data":{"columns":[{"name":"id","type":"string"},{"name":"name","type":"string"}],"rows":[["/subscriptions/s/x/n","n"]]},"count":1})",
        R"({"count":1})",
        R"({"data":null})",
        R"({})",
        R"([])",
        R"({"data":[{"id":"a"}]} x)",
        R"({"data":[{"id":"a"}],})",
        R"({"data":[{"id":"a"},]})",
        R"({"data":[{"id":"a"}] "count":1})",
        R"({"data":[{"id":"a"}],"data":[{"id":"b"}]})",
        R"({"data":[{"id":"a"}],"count":01})",
        R"({"data":[{"id":"a"}],"count":1.})",
        R"({"data":[{"id":"a"}],"count":-})",
        R"({"data":[{"id":"a"}],"x":tru})",
        R"({"data":[{"id":"a"}],"$skipToken":5,"resultTruncated":1})",
        R"(  {"data" : [ { "id" : "/subscriptions/s/x" } ] , "count" : 1 }  )",
        "\xef\xbb\xbf{\"data\":[]}",
        "",
        "{\"data\":[{\"id\":\"/subscriptions/s/x\"",
    };
    for (const QByteArray &b : bodies)
        expectSame(b);
    // Every truncation of a usual page: an error both ways, or the same resources.
    const QByteArray full = page({row(1), row(2), row(3)});
    for (qsizetype n = 0; n < full.size(); n += 7)
        expectSame(full.left(n));
}

TEST(ResourceGraphDecode, PropertiesKeptTakeTheGeneralPath)
{
    const QByteArray body =
        R"({"data":[{"id":"/subscriptions/s/resourceGroups/g/p/t/n","properties":{"a":{"b":[1,2]}}}]})";
    ResourceGraphResources out;
    ASSERT_TRUE(AzureParsers::resourceGraphResources(body, true, &out, nullptr));
    ASSERT_EQ(out.resources.size(), 1);
    EXPECT_EQ(out.resources.first().properties.value(u"a"_s).toObject().value(u"b"_s).toArray(),
              (QJsonArray{1, 2}));
}
