// The streaming writers of `atc discover` (core/runtime): JsonStreamWriter's escaping, nesting,
// empty containers and styles, checked against QJsonDocument's reading; CsvWriter's quoting and
// formula guard.

#include <gtest/gtest.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "runtime/CsvWriter.h"
#include "runtime/JsonStreamWriter.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray written(JsonStreamWriter::Style style, const std::function<void(JsonStreamWriter &)> &f)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter w(&buffer, style);
        f(w);
        EXPECT_EQ(w.depth(), 0);
        EXPECT_TRUE(w.flush());
    }
    return buffer.data();
}

QJsonDocument parsed(const QByteArray &json)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError)
        << qPrintable(e.errorString()) << " at " << e.offset << " in " << json.constData();
    return doc;
}

} // namespace

TEST(JsonStreamWriter, EscapesEveryControlCharacterQuoteAndBackslash)
{
    QString all;
    for (char16_t c = 0; c < 0x20; ++c)
        all.append(QChar(c));
    all += u"\"\\/ é € 😀 \u2028 \u007f"_s;
    const QByteArray json = written(JsonStreamWriter::Style::Compact, [&](JsonStreamWriter &w) {
        w.beginObject();
        w.member(u"k\n\"ey", all);
        w.endObject();
    });
    // Nothing below U+0020 is written raw (a raw control character is invalid JSON).
    for (char c : json)
        EXPECT_GE(uchar(c), 0x20u) << json.constData();
    EXPECT_TRUE(json.contains(R"(\u0000\u0001)")) << json.constData();
    EXPECT_TRUE(json.contains(R"(\b\t\n\u000b\f\r)")) << json.constData();
    EXPECT_TRUE(json.contains(R"(\"\\/)")) << json.constData();
    const QJsonObject o = parsed(json).object();
    ASSERT_EQ(o.size(), 1);
    EXPECT_EQ(o.value(u"k\n\"ey"_s).toString(), all);
}

TEST(JsonStreamWriter, LoneSurrogateBecomesReplacementCharacter)
{
    const QString text = u"a"_s + QChar(char16_t(0xd800)) + u"b"_s + QChar(char16_t(0xdc00));
    const QByteArray json =
        written(JsonStreamWriter::Style::Compact, [&](JsonStreamWriter &w) { w.value(text); });
    EXPECT_EQ(json, QByteArray("\"a\xef\xbf\xbd"
                               "b\xef\xbf\xbd\""));
}

TEST(JsonStreamWriter, NestingAndEmptyContainersRoundTrip)
{
    const QJsonObject expected{
        {u"emptyObject"_s, QJsonObject()},
        {u"emptyArray"_s, QJsonArray()},
        {u"nested"_s, QJsonArray{QJsonArray{}, QJsonObject{{u"a"_s, QJsonArray{1, 2.5, true}}},
                                 QJsonValue(), u"x"_s, -7}},
        {u"n"_s, 9007199254740991.0},
    };
    for (const auto style : {JsonStreamWriter::Style::Compact, JsonStreamWriter::Style::Indented}) {
        const QByteArray json =
            written(style, [&](JsonStreamWriter &w) { w.value(QJsonValue(expected)); });
        EXPECT_EQ(parsed(json).object(), expected) << json.constData();
    }
    // Built by hand, member by member, as `atc discover` does.
    const QByteArray json = written(JsonStreamWriter::Style::Indented, [](JsonStreamWriter &w) {
        w.beginObject();
        w.key(u"list");
        w.beginArray();
        w.endArray();
        w.key(u"o");
        w.beginObject();
        w.endObject();
        w.key(u"items");
        w.beginArray();
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.member(u"i", i);
            w.key(u"none");
            w.nullValue();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    });
    const QJsonObject o = parsed(json).object();
    EXPECT_EQ(o.value(u"list"_s), QJsonArray());
    EXPECT_EQ(o.value(u"o"_s), QJsonObject());
    ASSERT_EQ(o.value(u"items"_s).toArray().size(), 3);
    EXPECT_EQ(o.value(u"items"_s).toArray().at(2).toObject().value(u"i"_s).toInt(), 2);
    EXPECT_TRUE(o.value(u"items"_s).toArray().at(2).toObject().value(u"none"_s).isNull());
    EXPECT_TRUE(json.endsWith("}\n"));
    EXPECT_TRUE(json.contains("\n    \"items\": [\n        {\n")) << json.constData();
}

TEST(JsonStreamWriter, NonFiniteNumbersAreNull)
{
    const QByteArray json = written(JsonStreamWriter::Style::Compact, [](JsonStreamWriter &w) {
        w.beginArray();
        w.value(std::numeric_limits<double>::quiet_NaN());
        w.value(std::numeric_limits<double>::infinity());
        w.value(0.1);
        w.endArray();
    });
    EXPECT_EQ(json, QByteArray("[null,null,0.1]"));
}

TEST(JsonStreamWriter, LinesStyleIsOneCompactValuePerLine)
{
    const QByteArray ndjson = written(JsonStreamWriter::Style::Lines, [](JsonStreamWriter &w) {
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.member(u"text", u"line\nbreak"_s);
            w.key(u"list");
            w.beginArray();
            w.value(i);
            w.endArray();
            w.endObject();
        }
    });
    const QList<QByteArray> lines = ndjson.split('\n');
    ASSERT_EQ(lines.size(), 4) << ndjson.constData(); // three lines and the last line end
    EXPECT_TRUE(lines.last().isEmpty());
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = parsed(lines.at(i)).object();
        EXPECT_EQ(o.value(u"text"_s).toString(), u"line\nbreak"_s);
        EXPECT_EQ(o.value(u"list"_s).toArray().at(0).toInt(), i);
    }
}

TEST(JsonStreamWriter, LargeOutputGoesOutInPiecesAndCompletely)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    qint64 sizeWhileWriting = 0;
    {
        JsonStreamWriter w(&buffer, JsonStreamWriter::Style::Compact);
        w.beginArray();
        for (int i = 0; i < 20000; ++i)
            w.value(u"resource-%1"_s.arg(i));
        sizeWhileWriting = buffer.size(); // already on the device before the end
        w.endArray();
    }
    EXPECT_GT(sizeWhileWriting, 100000);
    const QJsonArray a = parsed(buffer.data()).array();
    ASSERT_EQ(a.size(), 20000);
    EXPECT_EQ(a.at(19999).toString(), u"resource-19999"_s);
}

TEST(JsonStreamWriter, WriteFailureIsReported)
{
    QBuffer closed; // never opened: every write fails
    JsonStreamWriter w(&closed);
    w.value(u"x"_s);
    EXPECT_FALSE(w.ok());
}

TEST(CsvWriter, QuotesAndGuardsFormulas)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter w(&buffer);
        w.writeRow({u"id"_s, u"name"_s});
        w.writeRow({u"=HYPERLINK(\"x\")"_s, u"a,b"_s});
        w.writeRow({u"+1"_s, u"-2"_s});
        w.writeRow({u"@sum"_s, u"\tx"_s});
        w.writeRow({u"line\nbreak"_s, u"plain"_s});
        EXPECT_TRUE(w.flush());
    }
    EXPECT_EQ(buffer.data(), QByteArray("id,name\r\n"
                                        "\"'=HYPERLINK(\"\"x\"\")\",\"a,b\"\r\n"
                                        "'+1,'-2\r\n"
                                        "'@sum,'\tx\r\n"
                                        "\"line\nbreak\",plain\r\n"));
}
