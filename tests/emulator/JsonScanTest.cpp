// The emulator's JSON helpers: escaping and the member scanner used for projections.
#include "JsonOut.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace atc::emulator;

namespace {

TEST(JsonScanTest, FindsMembersArraysAndNothingElse)
{
    const QByteArray doc =
        R"({"a":1,"s":"x\"}y","o":{"k":[10,{"deep":"v"}],"e":{}},"n":null, "b" : true})";
    EXPECT_EQ(json::findPath(doc, {"a"}), "1");
    EXPECT_EQ(json::findPath(doc, {"s"}), R"("x\"}y")");
    EXPECT_EQ(json::findPath(doc, {"o", "k", "1", "deep"}), R"("v")");
    EXPECT_EQ(json::findPath(doc, {"o", "k", "0"}), "10");
    EXPECT_EQ(json::findPath(doc, {"o", "e"}), "{}");
    EXPECT_EQ(json::findPath(doc, {"n"}), "null");
    EXPECT_EQ(json::findPath(doc, {"b"}), "true");
    EXPECT_TRUE(json::findPath(doc, {"missing"}).isNull());
    EXPECT_TRUE(json::findPath(doc, {"o", "k", "5"}).isNull());
    EXPECT_TRUE(json::findPath(doc, {"a", "b"}).isNull());
    EXPECT_TRUE(json::findPath(QByteArray(), {"a"}).isNull());
    EXPECT_TRUE(json::findPath("{", {"a"}).isNull());
}

TEST(JsonScanTest, EscapesStrings)
{
    QByteArray out;
    json::appendString(out, QByteArray("a\"b\\c\nd\x01"));
    EXPECT_EQ(out, R"("a\"b\\c\nd\u0001")");
    const QJsonDocument parsed = QJsonDocument::fromJson("{\"k\":" + out + "}");
    EXPECT_EQ(parsed.object().value(QLatin1String("k")).toString(),
              QString::fromLatin1("a\"b\\c\nd\x01"));
    out.clear();
    json::appendEscaped(out, "AbC-Rg", true);
    EXPECT_EQ(out, "abc-rg");
}

} // namespace
