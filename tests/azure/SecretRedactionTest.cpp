// Secrets echoed back by a server never reach a message; inputs and fields are bounded.
#include <sys/stat.h>

#include <cctype>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include "ScriptedServer.h"
#include "azure/ArmClient.h"
#include "azure/AzureParsers.h"
#include "azure/AzureSession.h"
#include "azure/ConnectionTester.h"
#include "azure/SecretRedaction.h"
#include "azure/TokenProvider.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
using atc::test::Answer;
using atc::test::Request;
using atc::test::ScriptedServer;

namespace {

const QString kSecret = u"Zx9~Q8s.Yy_secret+/=&Va lue42"_s;

/** Percent-encoding with lower-case hex digits (RFC 3986 allows either case). */
QByteArray lowerHex(QByteArray encoded)
{
    for (qsizetype i = 0; i + 2 < encoded.size(); ++i) {
        if (encoded.at(i) == '%') {
            encoded[i + 1] = char(std::tolower(encoded.at(i + 1)));
            encoded[i + 2] = char(std::tolower(encoded.at(i + 2)));
        }
    }
    return encoded;
}

/** Every spelling of kSecret a test looks for in output. */
QList<QByteArray> spellings()
{
    QByteArray form = QUrl::toPercentEncoding(kSecret, " ");
    form.replace(' ', '+');
    return {kSecret.toUtf8(), QUrl::toPercentEncoding(kSecret), form,
            lowerHex(QUrl::toPercentEncoding(kSecret))};
}

void expectNoSecret(const QString &text)
{
    for (const QByteArray &s : spellings())
        EXPECT_FALSE(text.toUtf8().contains(s)) << "secret spelling found: " << s.constData();
}

} // namespace

TEST(SecretRedaction, EveryEncodingOfASecretIsMasked)
{
    const QString echoed = u"request was: grant_type=client_credentials&client_secret="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(kSecret)) + u" raw "_s +
                           kSecret + u" lower "_s +
                           QString::fromLatin1(lowerHex(QUrl::toPercentEncoding(kSecret))) +
                           u" json "_s + QString(kSecret).replace(u'/', u"\\/"_s);
    const QString clean = redaction::apply(echoed, {kSecret});
    expectNoSecret(clean);
    EXPECT_EQ(clean.count(QStringView(redaction::Mask)), 4) << qPrintable(clean);
    EXPECT_TRUE(clean.startsWith(u"request was: grant_type=client_credentials&client_secret="_s));
    // Bytes too, and nothing else is touched.
    EXPECT_EQ(redaction::apply(QByteArray("no secret here"), {kSecret}), "no secret here");
    EXPECT_EQ(redaction::apply(u"text"_s, {QString()}), u"text"_s);
}

TEST(SecretRedaction, OneSecretInsideAnotherLeavesNoTail)
{
    const QString clean = redaction::apply(u"x abcdef y"_s, {u"abc"_s, u"abcdef"_s});
    EXPECT_EQ(clean, u"x [redacted] y"_s);
}

TEST(SecretRedaction, ErrorFieldsAreCleanedAndCapped)
{
    AzureError e = AzureError::make(AzureErrorKind::TokenRequestFailed,
                                    u"echo "_s + kSecret + QString(100000, u'x'), 400);
    e.redact({kSecret});
    expectNoSecret(e.serverMessage);
    EXPECT_LE(e.serverMessage.size(), 2001);
    expectNoSecret(e.fullText());
}

// The token endpoint answers 400 text/plain echoing the form it received, client_secret
// included (a misconfigured proxy or server does this). The error words must not hold it.
TEST(SecretRedaction, TokenEndpointEchoingTheFormIsRedacted)
{
    ScriptedServer server;
    server.handler = [](const Request &r) {
        return Answer(400, "The request was: " + r.body + " (raw secret " + kSecret.toUtf8() + ")");
    };
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    AzureClientConfig c;
    c.endpoints = {server.url(), server.url()};
    c.tenant = u"11111111-2222-3333-4444-555555555555"_s;
    c.clientId = u"22222222-3333-4444-5555-666666666666"_s;
    c.clientSecret = kSecret;
    AzureSession session(&nam, c);
    bool called = false;
    AzureError error;
    QObject context;
    session.tokenProvider()->getToken(&context, [&](const QString &, const AzureError &e) {
        called = true;
        error = e;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return called; }, 20000));
    ASSERT_EQ(server.requests.size(), 1);
    // The server did see it (so the test is real) …
    EXPECT_TRUE(server.requests.first().body.contains(QUrl::toPercentEncoding(kSecret)));
    // … but no word of ours carries it.
    EXPECT_TRUE(error.isError());
    expectNoSecret(error.serverMessage);
    expectNoSecret(error.fullText());
    EXPECT_TRUE(error.serverMessage.contains(QStringView(redaction::Mask)))
        << qPrintable(error.serverMessage);
}

// An ARM error body echoing the bearer token (and the key) is cleaned the same way.
TEST(SecretRedaction, ArmErrorEchoingTheBearerTokenIsRedacted)
{
    ScriptedServer server;
    server.handler = [](const Request &r) {
        if (r.target.contains("/oauth2/"))
            return Answer(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"tok-)"
                               R"(very-secret-bearer"})");
        return Answer(400, R"({"error":{"code":"BadRequest","message":"you sent )" +
                               r.headers.value("authorization") + "\"}}");
    };
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    AzureClientConfig c;
    c.endpoints = {server.url(), server.url()};
    c.tenant = u"11111111-2222-3333-4444-555555555555"_s;
    c.clientId = u"22222222-3333-4444-5555-666666666666"_s;
    c.clientSecret = kSecret;
    c.maxRetries = 0;
    AzureSession session(&nam, c);
    QObject context;
    bool called = false;
    ArmResponse response;
    session.armClient()->get(
        session.armClient()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), &context,
        [&](const ArmResponse &r) {
            called = true;
            response = r;
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return called; }, 20000));
    ASSERT_TRUE(response.error.isError());
    EXPECT_FALSE(response.error.serverMessage.contains(u"tok-very-secret-bearer"_s))
        << qPrintable(response.error.serverMessage);
    EXPECT_FALSE(response.error.fullText().contains(u"tok-very-secret-bearer"_s));
    EXPECT_TRUE(response.error.serverMessage.contains(u"you sent Bearer [redacted]"_s))
        << qPrintable(response.error.serverMessage);
}

TEST(CaCertificateFile, OnlyARegularFileOfSaneSizeIsRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString why;

    // A FIFO would block a reader forever: refused without opening it.
    const QString fifo = dir.filePath(u"ca.fifo"_s);
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_FALSE(AzureSession::readCaCertificates(fifo, nullptr, &why));
    EXPECT_TRUE(why.contains(u"not a regular file"_s)) << qPrintable(why);

    // /dev/zero would be read until memory runs out.
    EXPECT_FALSE(AzureSession::readCaCertificates(u"/dev/zero"_s, nullptr, &why));
    EXPECT_TRUE(why.contains(u"not a regular file"_s)) << qPrintable(why);

    // A symlink to a device is judged by its target.
    const QString link = dir.filePath(u"link.pem"_s);
    ASSERT_TRUE(QFile::link(u"/dev/zero"_s, link));
    EXPECT_FALSE(AzureSession::readCaCertificates(link, nullptr, &why));

    // A huge regular file (sparse) is refused by size.
    const QString big = dir.filePath(u"big.pem"_s);
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(AzureSession::MaxCaFileBytes + 1));
    }
    EXPECT_FALSE(AzureSession::readCaCertificates(big, nullptr, &why));
    EXPECT_TRUE(why.contains(u"larger than"_s)) << qPrintable(why);

    // The test CA itself is read.
    QList<QSslCertificate> certs;
    EXPECT_TRUE(AzureSession::readCaCertificates(
        QStringLiteral(ATC_SOURCE_DIR "/tests/data/tls/ca.pem"), &certs, &why))
        << qPrintable(why);
    EXPECT_EQ(certs.size(), 1);

    // A session configured with the FIFO fails every request with those words, at once.
    QNetworkAccessManager nam;
    AzureClientConfig c;
    c.endpoints = {QUrl(u"http://127.0.0.1:9"_s), QUrl(u"http://127.0.0.1:9"_s)};
    c.tenant = u"t"_s;
    c.clientId = u"c"_s;
    c.caCertificateFile = fifo;
    AzureSession session(&nam, c);
    EXPECT_EQ(session.configurationError().kind, AzureErrorKind::InvalidInput);
    EXPECT_TRUE(session.configurationError().serverMessage.contains(u"not a regular file"_s));
}

TEST(AzureParsersBounds, FieldsFromAzureAreCapped)
{
    QJsonObject tags;
    for (int i = 0; i < 500; ++i)
        tags.insert(u"k%1"_s.arg(i), QString(5000, u'v'));
    QJsonArray hosts;
    for (int i = 0; i < 500; ++i)
        hosts.append(u"h%1.example.com"_s.arg(i));
    const QJsonObject item{
        {u"id"_s, QString(u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/"_s +
                          QString(100000, u'n'))},
        {u"name"_s, QString(1000000, u'n')},
        {u"type"_s, u"Microsoft.Web/sites"_s},
        {u"tags"_s, tags},
        {u"properties"_s,
         QJsonObject{{u"hostNames"_s, hosts}, {u"defaultHostName"_s, QString(300, u'd')}}}};
    const AzureResource r = AzureParsers::resource(item, false);
    EXPECT_LE(r.name.size(), 4096);
    EXPECT_LE(r.id.size(), 4096);
    EXPECT_LE(r.tags.size(), 100);
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it)
        EXPECT_LE(it.value().size(), 1024);
    EXPECT_LE(r.fqdns.size(), 64);
    for (const QString &f : r.fqdns)
        EXPECT_LE(f.size(), 253);
}
