// QualysSession against scripted loopback servers: credentials never follow a redirect to
// another origin, answers are bounded, QPS calls are paced one at a time, 409/429 waits are
// honoured, one re-login on a 401, and a create whose answer is lost is never repeated.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

#include <gtest/gtest.h>

#include "ScriptedServer.h"
#include "qualys/QualysSession.h"
#include "qualys/TenantConnectorPush.h"

using namespace atc;
using atc::test::Answer;
using atc::test::Request;
using atc::test::ScriptedServer;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 20000;
const QString Password = u"hostile-pa$$word+1"_s;
const QByteArray Token = "header.payload.signature";
const QByteArray QpsOk = R"({"ServiceResponse":{"responseCode":"SUCCESS","count":0}})";

struct Fixture
{
    ScriptedServer gateway, api;
    QNetworkAccessManager nam;
    std::unique_ptr<QualysSession> session;

    explicit Fixture(QualysClientConfig config = {})
    {
        QualysCredentials c;
        c.account.platform = QualysPlatform::custom(gateway.url(), api.url());
        c.account.user = u"contoso_ab1"_s;
        c.secret = Password;
        if (config.qpsSpacingMs == QualysClientConfig{}.qpsSpacingMs)
            config.qpsSpacingMs = 10;
        config.backoffBaseMs = 50;
        session = std::make_unique<QualysSession>(&nam, c, config);
    }
    QualysSession::Reply call(bool qps, const QByteArray &method, const QString &path,
                              const QByteArray &body = {},
                              QualysSession::Repeat repeat = QualysSession::Repeat::Safe)
    {
        QualysSession::Reply out;
        bool done = false;
        QObject context;
        auto cb = [&](const QualysSession::Reply &r) {
            out = r;
            done = true;
        };
        if (qps)
            session->qps(method, path, body, repeat, &context, cb);
        else
            session->gateway(method, path, body, repeat, &context, cb);
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, WaitMs));
        return out;
    }
};

Answer authOk()
{
    return Answer(201, Token, {{"Content-Type", "text/plain"}});
}

} // namespace

TEST(QualysHostile, RedirectToAnotherOriginGetsNoCredential)
{
    ScriptedServer other(QHostAddress(u"127.0.0.2"_s));
    ASSERT_TRUE(other.isListening());
    Fixture f;
    const QByteArray elsewhere = other.url().toEncoded() + "/auth";
    f.gateway.handler = [&](const Request &) { return Answer(307, {}, {{"Location", elsewhere}}); };
    const auto login = f.call(false, "GET", u"/connectors/v1.0/org/azure/1"_s);
    EXPECT_EQ(login.error.kind, QualysErrorKind::RedirectRefused);
    f.api.handler = [&](const Request &) { return Answer(308, {}, {{"Location", elsewhere}}); };
    const auto qps = f.call(true, "POST", u"/qps/rest/2.0/search/am/tag"_s, "{}");
    EXPECT_EQ(qps.error.kind, QualysErrorKind::RedirectRefused);
    EXPECT_EQ(other.connections, 0);
    EXPECT_TRUE(other.received.isEmpty());
    EXPECT_FALSE(qps.error.fullText().contains(Password));
}

TEST(QualysHostile, OversizedHtmlAndTruncatedAnswersAreErrors)
{
    QualysClientConfig config;
    config.maxResponseBytes = 4096;
    config.maxRetries = 0;
    Fixture f(config);
    f.api.handler = [](const Request &r) {
        if (r.target.endsWith("big"))
            return Answer(200, QByteArray(100000, 'x'));
        if (r.target.endsWith("html"))
            return Answer(200, "<html><title>Proxy login</title></html>");
        return Answer(200, R"({"ServiceResponse":{"responseCode":"SUCC)");
    };
    EXPECT_EQ(f.call(true, "POST", u"/big"_s).error.kind, QualysErrorKind::MalformedResponse);
    const auto html = f.call(true, "POST", u"/html"_s);
    EXPECT_EQ(html.error.kind, QualysErrorKind::MalformedResponse);
    EXPECT_TRUE(html.error.fullText().contains(u"Proxy login"_s));
    EXPECT_EQ(f.call(true, "POST", u"/truncated"_s).error.kind, QualysErrorKind::MalformedResponse);
}

TEST(QualysHostile, QpsOneInFlightAndSpacedApart)
{
    QualysClientConfig config;
    config.qpsSpacingMs = 300;
    Fixture f(config);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    f.api.handler = [&](const Request &r) {
        arrivals << clock.elapsed();
        EXPECT_EQ(r.headers.value("x-requested-with").isEmpty(), false);
        EXPECT_TRUE(r.headers.value("authorization").startsWith("Basic "));
        EXPECT_EQ(r.headers.value("accept"), "application/json");
        return Answer(200, QpsOk).delayed(100);
    };
    int done = 0;
    QObject context;
    for (int i = 0; i < 4; ++i) {
        f.session->qps("POST", u"/qps/rest/2.0/search/am/tag"_s, "{}", QualysSession::Repeat::Safe,
                       &context, [&](const QualysSession::Reply &r) {
                           EXPECT_FALSE(r.error.isError()) << r.error.fullText().toStdString();
                           ++done;
                       });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return done == 4; }, WaitMs));
    EXPECT_EQ(f.api.maxOpen, 1);
    ASSERT_EQ(arrivals.size(), 4);
    for (int i = 1; i < arrivals.size(); ++i)
        EXPECT_GE(arrivals[i] - arrivals[i - 1], 280) << i; // 300 ms less timer granularity
}

TEST(QualysHostile, ThrottleWaitsAsToldElseBacksOff)
{
    Fixture f;
    QElapsedTimer clock;
    QList<qint64> arrivals;
    int calls = 0;
    f.api.handler = [&](const Request &) {
        arrivals << clock.elapsed();
        if (++calls == 1)
            return Answer(409, "<SIMPLE_RETURN/>", {{"X-RateLimit-ToWait-Sec", "1"}});
        return Answer(200, QpsOk);
    };
    clock.start();
    EXPECT_FALSE(f.call(true, "POST", u"/q"_s, "{}").error.isError());
    ASSERT_EQ(arrivals.size(), 2);
    EXPECT_GE(arrivals[1] - arrivals[0], 950);
    EXPECT_EQ(f.session->stats().throttled, 1);

    // Without the header: 50, 100, 200 ms … (backoffBaseMs · 2^n), then the platform's words.
    arrivals.clear();
    f.gateway.handler = [&](const Request &r) {
        if (r.target == "/auth")
            return authOk();
        arrivals << clock.elapsed();
        return Answer(429, R"({"status":429,"error":"Too Many Requests","message":"slow down"})");
    };
    const auto r = f.call(false, "GET", u"/connectors/v1.0/azure/list"_s);
    EXPECT_EQ(r.error.kind, QualysErrorKind::Throttled);
    EXPECT_TRUE(r.error.fullText().contains(u"slow down"_s));
    ASSERT_EQ(arrivals.size(), QualysClientConfig{}.maxThrottleRetries + 1);
    for (int i = 2; i < arrivals.size(); ++i)
        EXPECT_GE(arrivals[i] - arrivals[i - 1], 50 << (i - 1)) << i;

    // A wait longer than the longest allowed is not waited for.
    f.api.handler = [](const Request &) {
        return Answer(409, {}, {{"X-RateLimit-ToWait-Sec", "3600"}});
    };
    const auto tooLong = f.call(true, "POST", u"/q"_s, "{}");
    EXPECT_EQ(tooLong.error.kind, QualysErrorKind::Throttled);
    EXPECT_EQ(tooLong.error.waitSeconds, 3600);
}

TEST(QualysHostile, OneReloginOn401ThenTheServersWords)
{
    Fixture f;
    int logins = 0, calls = 0;
    f.gateway.handler = [&](const Request &r) {
        if (r.target == "/auth") {
            ++logins;
            EXPECT_TRUE(r.body.contains("token=true"));
            EXPECT_TRUE(r.body.contains(QUrl::toPercentEncoding(Password)));
            return authOk();
        }
        EXPECT_EQ(r.headers.value("authorization"), "Bearer " + Token);
        ++calls;
        return Answer(401, R"({"status":401,"error":"Unauthorized","message":"JWT expired"})");
    };
    const auto r = f.call(false, "GET", u"/connectors/v1.0/org/azure/5"_s);
    EXPECT_EQ(r.error.kind, QualysErrorKind::TokenRejected);
    EXPECT_TRUE(r.error.fullText().contains(u"JWT expired"_s));
    EXPECT_EQ(logins, 2);
    EXPECT_EQ(calls, 2);
    EXPECT_FALSE(r.error.fullText().contains(QString::fromLatin1(Token)));
}

TEST(QualysHostile, WrongPasswordNamesTheUserAndEchoesAreRedacted)
{
    Fixture f;
    f.gateway.handler = [&](const Request &r) {
        // A hostile server echoing the form back.
        return Answer(401, R"({"message":"bad login )" + r.body + R"("})");
    };
    const auto r = f.call(false, "GET", u"/connectors/v1.0/org/azure/5"_s);
    EXPECT_EQ(r.error.kind, QualysErrorKind::LoginFailed);
    EXPECT_TRUE(r.error.message().contains(u"contoso_ab1"_s));
    EXPECT_TRUE(r.error.message().contains(u"user name"_s));
    EXPECT_FALSE(r.error.fullText().contains(Password));
    EXPECT_FALSE(
        r.error.fullText().contains(QString::fromLatin1(QUrl::toPercentEncoding(Password))));
}

TEST(QualysHostile, LostCreateReplyIsNeverRepeated)
{
    QualysClientConfig config;
    config.requestDeadlineMs = 1500;
    Fixture f(config);
    int creates = 0, lists = 0;
    f.gateway.handler = [&](const Request &r) {
        if (r.target == "/auth")
            return authOk();
        if (r.method == "POST" && r.target == "/connectors/v1.0/org/azure/") {
            ++creates;
            Answer a(201, R"({"id":77})");
            a.trickle = true; // the platform acted; the answer never completes
            return a;
        }
        if (r.target.startsWith("/connectors/v1.0/org/azure/list"))
            ++lists;
        return Answer(404, "Not Found");
    };
    ConnectorProfile p;
    p.name = u"Contoso"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
    p.subscriptionPollingMinutes = 1440;
    TenantConnectorPush push(f.session.get(), p, u"azure-key"_s);
    std::optional<TenantConnectorPush::Result> result;
    QObject::connect(&push, &TenantConnectorPush::finished, &push,
                     [&](const TenantConnectorPush::Result &r) { result = r; });
    push.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, WaitMs));
    EXPECT_EQ(result->error.kind, QualysErrorKind::ReplyLost);
    ASSERT_TRUE(result->link);
    EXPECT_TRUE(result->link->createUncertain);
    EXPECT_EQ(creates, 1);
    EXPECT_EQ(lists, 1);

    // The next push does not create blindly: it looks, cannot tell, and says so.
    p.qualysLinks = {*result->link};
    TenantConnectorPush again(f.session.get(), p, u"azure-key"_s);
    result.reset();
    QObject::connect(&again, &TenantConnectorPush::finished, &again,
                     [&](const TenantConnectorPush::Result &r) { result = r; });
    again.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, WaitMs));
    EXPECT_EQ(result->error.kind, QualysErrorKind::ReplyLost);
    EXPECT_EQ(creates, 1);
    EXPECT_EQ(lists, 2);
}
