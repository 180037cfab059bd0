// The client against hostile loopback servers (issue 10, points 1, 2, 9, 10 and 11):
// credentials go to the configured origin only, and every listing, request and answer is
// bounded.
//
// "The other host" is a second server on 127.0.0.2 (another loopback address, so plain http is
// allowed) or on another port of 127.0.0.1. It records every connection and every byte, so a
// test can assert that it received nothing at all.

#include <functional>
#include <memory>

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "ScriptedServer.h"
#include "azure/ArmClient.h"
#include "azure/AzureParsers.h"
#include "azure/AzureSession.h"
#include "azure/ResourceDiscovery.h"
#include "azure/TenantDiscovery.h"
#include "azure/TokenProvider.h"

using namespace atc;
using atc::test::Answer;
using atc::test::Request;
using atc::test::ScriptedServer;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 15000;
const QString Secret = u"hostile-test-s3cret"_s;

QByteArray tokenBody()
{
    return R"({"token_type":"Bearer","expires_in":3599,"access_token":"hostile-bearer"})";
}

bool isToken(const Request &r)
{
    return r.target.endsWith("/oauth2/v2.0/token");
}

class HostileServerTest : public ::testing::Test
{
protected:
    void SetUp() override { m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy)); }

    AzureClientConfig config() const
    {
        AzureClientConfig c;
        c.endpoints = {m_main.url(), m_main.url()};
        c.tenant = u"11111111-2222-3333-4444-555555555555"_s;
        c.clientId = u"app-id"_s;
        c.clientSecret = Secret;
        c.retryBaseDelayMs = 1;
        return c;
    }

    /** The token request of a fresh session. */
    AzureError token(const AzureClientConfig &c, QString *tokenOut = nullptr)
    {
        AzureSession s(&m_nam, c);
        QObject ctx;
        bool done = false;
        AzureError error;
        s.tokenProvider()->getToken(&ctx, [&](const QString &t, const AzureError &e) {
            if (tokenOut)
                *tokenOut = t;
            error = e;
            done = true;
        });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, WaitMs));
        return error;
    }

    /** One ARM GET of `path` on a fresh session. */
    ArmResponse get(const AzureClientConfig &c, const QString &path)
    {
        AzureSession s(&m_nam, c);
        QObject ctx;
        bool done = false;
        ArmResponse got;
        s.armClient()->get(s.armClient()->url(path, ApiVersion::Subscriptions), &ctx,
                           [&](const ArmResponse &r) {
                               got = r;
                               done = true;
                           });
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, WaitMs));
        return got;
    }

    /**
     * Every page of `path`; `items` receives the ids of every page handed over. `m_raw`: the
     * way ResourceDiscovery lists (getAllPagesRaw(), each page decoded later, then resumed).
     */
    AzureError listAll(const AzureClientConfig &c, const QString &path, QStringList *items)
    {
        AzureSession s(&m_nam, c);
        QObject ctx;
        bool done = false;
        AzureError error;
        auto finished = [&](const AzureError &e) {
            error = e;
            done = true;
        };
        const QUrl url = s.armClient()->url(path, ApiVersion::Subscriptions);
        if (m_raw) {
            s.armClient()->getAllPagesRaw(
                url, &ctx,
                [items, &ctx](const QByteArray &body, ArmClient::RawPageResume resume) {
                    QTimer::singleShot(1, &ctx, [items, body, resume] {
                        ArmResourcePage page;
                        AzureError e;
                        if (AzureParsers::armResourcePage(body, false, &page, &e)) {
                            for (const AzureResource &r : std::as_const(page.resources))
                                items->append(r.id);
                        }
                        resume(page.nextLink, e);
                    });
                },
                finished);
        } else {
            s.armClient()->getAllPages(
                url, &ctx,
                [items](const QJsonObject &page) {
                    for (const QJsonValue &v : page.value("value"_L1).toArray())
                        items->append(v.toObject().value("id"_L1).toString());
                    return true;
                },
                finished);
        }
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, WaitMs));
        return error;
    }

    int armRequests() const
    {
        int n = 0;
        for (const Request &r : m_main.requests)
            n += isToken(r) ? 0 : 1;
        return n;
    }

    bool m_raw = false; ///< listAll() through getAllPagesRaw()
    QNetworkAccessManager m_nam;
    ScriptedServer m_main;
    ScriptedServer m_other{QHostAddress(u"127.0.0.2"_s)};
};

} // namespace

// --- 1. Redirects ---------------------------------------------------------------------------

TEST_F(HostileServerTest, TokenRedirectToAnotherHostIsRefusedAndNothingIsSentThere)
{
    ASSERT_TRUE(m_main.isListening() && m_other.isListening());
    for (const int status : {307, 308, 302}) {
        SCOPED_TRACE(status);
        m_main.requests.clear();
        const QByteArray target = m_other.url().toEncoded() + "/tenant/oauth2/v2.0/token";
        m_main.handler = [&](const Request &) {
            return Answer{status, {}, {{"Location", target}}};
        };
        QString tok;
        const AzureError e = token(config(), &tok);
        EXPECT_EQ(e.kind, AzureErrorKind::RedirectRefused) << e.fullText().toStdString();
        EXPECT_TRUE(tok.isEmpty());
        EXPECT_TRUE(e.message().contains(u"redirected the request to another host"_s))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"127.0.0.2"_s)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"refused"_s));
        EXPECT_FALSE(e.fullText().contains(Secret));
        EXPECT_EQ(m_main.requests.size(), 1); // not retried
        EXPECT_EQ(m_other.connections, 0);
        EXPECT_TRUE(m_other.received.isEmpty());
    }
}

TEST_F(HostileServerTest, ArmRedirectToAnotherHostNeverSendsTheBearerToken)
{
    ASSERT_TRUE(m_main.isListening() && m_other.isListening());
    m_other.handler = [](const Request &) { return Answer{200, R"({"value":[]})"}; };
    for (const int status : {302, 307, 301, 308, 303}) {
        SCOPED_TRACE(status);
        m_main.requests.clear();
        m_main.handler = [&](const Request &r) {
            if (isToken(r))
                return Answer{200, tokenBody()};
            return Answer{status, {}, {{"Location", m_other.url().toEncoded() + "/stolen"}}};
        };
        const ArmResponse r = get(config(), u"/subscriptions"_s);
        EXPECT_EQ(r.error.kind, AzureErrorKind::RedirectRefused)
            << r.error.fullText().toStdString();
        EXPECT_TRUE(r.error.message().contains(u"127.0.0.2"_s));
        EXPECT_TRUE(r.error.fullText().contains(u"/stolen"_s)); // the target, in the detail
        EXPECT_EQ(armRequests(), 1);                            // not retried
        EXPECT_EQ(m_other.connections, 0);
        EXPECT_FALSE(m_other.received.contains("hostile-bearer"));
    }
}

TEST_F(HostileServerTest, RedirectToAnotherPortOrSchemeIsRefused)
{
    ScriptedServer otherPort; // 127.0.0.1, another port
    ASSERT_TRUE(otherPort.isListening());
    const QList<QByteArray> targets = {
        otherPort.url().toEncoded() + "/x",
        m_main.url(u"https"_s).toEncoded() + "/x", // same host and port, another scheme
    };
    for (const QByteArray &target : targets) {
        SCOPED_TRACE(target.toStdString());
        m_main.requests.clear();
        m_main.handler = [&](const Request &r) {
            if (isToken(r))
                return Answer{200, tokenBody()};
            return Answer{307, {}, {{"Location", target}}};
        };
        const ArmResponse r = get(config(), u"/subscriptions"_s);
        EXPECT_EQ(r.error.kind, AzureErrorKind::RedirectRefused);
        EXPECT_EQ(armRequests(), 1);
        EXPECT_EQ(otherPort.connections, 0);
    }
    // The main server saw one token and one ARM connection per round: no TLS attempt.
    EXPECT_EQ(m_main.connections, 4);
}

TEST_F(HostileServerTest, SameOriginRedirectsAreFollowedWithABound)
{
    ASSERT_TRUE(m_main.isListening());
    m_main.handler = [](const Request &r) {
        if (r.target.endsWith("/oauth2/v2.0/token"))
            return Answer{307, {}, {{"Location", "/moved/oauth2/v2.0/token-real"}}};
        if (r.target.contains("token-real"))
            return Answer{200, tokenBody()};
        if (r.target.startsWith("/subscriptions"))
            return Answer{302, {}, {{"Location", "/elsewhere?api-version=1"}}};
        if (r.target.startsWith("/elsewhere"))
            return Answer{200, R"({"value":[{"id":"/subscriptions/a"}]})"};
        if (r.target.startsWith("/loop"))
            return Answer{307, {}, {{"Location", "/loop?again=1"}}};
        return Answer{404};
    };
    const ArmResponse r = get(config(), u"/subscriptions"_s);
    ASSERT_FALSE(r.error.isError()) << r.error.fullText().toStdString();
    EXPECT_EQ(r.json.value("value"_L1).toArray().size(), 1);
    // The token POST was replayed, with its body, to the same origin only.
    ASSERT_GE(m_main.requests.size(), 4);
    EXPECT_EQ(m_main.requests[1].method, "POST");
    EXPECT_TRUE(m_main.requests[1].body.contains("client_secret="));
    EXPECT_EQ(m_main.requests.last().headers.value("authorization"), "Bearer hostile-bearer");

    // A redirect loop on the same origin ends after a few requests.
    m_main.requests.clear();
    const ArmResponse loop = get(config(), u"/loop"_s);
    EXPECT_TRUE(loop.error.isError());
    EXPECT_EQ(loop.httpStatus, 307) << loop.error.fullText().toStdString();
    int loops = 0;
    for (const Request &sent : m_main.requests)
        loops += sent.target.startsWith("/loop") ? 1 : 0;
    EXPECT_EQ(loops, 1 + 5); // the request and five redirects
}

// --- 2. nextLink to another origin ----------------------------------------------------------

// Listings run both ways: decoded by ArmClient (getAllPages) and by the caller off the GUI
// thread (getAllPagesRaw, as ResourceDiscovery lists resources). The same rules hold.
class HostileListingTest : public HostileServerTest, public ::testing::WithParamInterface<bool>
{
protected:
    void SetUp() override
    {
        HostileServerTest::SetUp();
        m_raw = GetParam();
    }
};

INSTANTIATE_TEST_SUITE_P(Decoding, HostileListingTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool> &p) {
                             return std::string(p.param ? "Raw" : "Json");
                         });

TEST_P(HostileListingTest, NextLinkToAnotherOriginIsNotFollowed)
{
    ASSERT_TRUE(m_main.isListening() && m_other.isListening());
    // The other host on the main server's port, when free: only the host differs then.
    ScriptedServer samePortOtherHost(QHostAddress(u"127.0.0.2"_s), m_main.port());
    ScriptedServer otherPort;
    QList<ScriptedServer *> others = {&m_other, &otherPort};
    QList<QByteArray> links = {m_other.url().toEncoded() + "/subscriptions?page=2",
                               otherPort.url().toEncoded() + "/subscriptions?page=2",
                               m_main.url(u"https"_s).toEncoded() + "/subscriptions?page=2",
                               "@nextLink"};
    if (samePortOtherHost.isListening()) {
        others.append(&samePortOtherHost);
        links.append(samePortOtherHost.url().toEncoded() + "/subscriptions?page=2");
    }
    for (ScriptedServer *o : others)
        o->handler = [](const Request &) {
            return Answer{200, R"({"value":[{"id":"/subscriptions/evil"}]})"};
        };
    for (QByteArray link : links) {
        SCOPED_TRACE(link.toStdString());
        QByteArray key = "nextLink";
        if (link == "@nextLink") { // the 2023-04-01 spelling
            key = "@nextLink";
            link = m_other.url().toEncoded() + "/subscriptions?page=2";
        }
        m_main.requests.clear();
        const int connectionsBefore = m_main.connections;
        m_main.handler = [&](const Request &r) {
            if (isToken(r))
                return Answer{200, tokenBody()};
            return Answer{200, R"({"value":[{"id":"/subscriptions/good"}],")" + key + R"(":")" +
                                   link + R"("})"};
        };
        QStringList items;
        const AzureError e = listAll(config(), u"/subscriptions"_s, &items);
        EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse) << e.fullText().toStdString();
        EXPECT_TRUE(e.fullText().contains(u"points to another host"_s))
            << e.fullText().toStdString();
        EXPECT_EQ(items, QStringList{u"/subscriptions/good"_s});
        EXPECT_EQ(armRequests(), 1);
        EXPECT_EQ(m_main.connections - connectionsBefore, 2); // token + page 1, no TLS attempt
        for (ScriptedServer *o : others) {
            EXPECT_EQ(o->connections, 0);
            EXPECT_TRUE(o->received.isEmpty());
        }
    }
}

TEST_P(HostileListingTest, NextLinkOnTheSameOriginIsFollowed)
{
    m_main.handler = [this](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        if (r.target.contains("page=2"))
            return Answer{200, R"({"value":[{"id":"b"}]})"};
        // Same origin spelled differently: upper-case scheme, another path.
        const QByteArray next =
            "HTTP://127.0.0.1:" + QByteArray::number(m_main.port()) + "/subscriptions?page=2";
        return Answer{200, R"({"value":[{"id":"a"}],"nextLink":")" + next + R"("})"};
    };
    AzureClientConfig c = config();
    c.endpoints.armEndpoint = QUrl(u"http://127.0.0.1:%1/"_s.arg(m_main.port()));
    QStringList items;
    const AzureError e = listAll(c, u"/subscriptions"_s, &items);
    EXPECT_FALSE(e.isError()) << e.fullText().toStdString();
    EXPECT_EQ(items, (QStringList{u"a"_s, u"b"_s}));
}

// --- 9. Loops -------------------------------------------------------------------------------

TEST_P(HostileListingTest, SelfReferencingNextLinkFailsAfterFewRequests)
{
    m_main.handler = [this](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        return Answer{200, R"({"value":[{"id":"x"}],"nextLink":")" + m_main.url().toEncoded() +
                               r.target + R"("})"};
    };
    QStringList items;
    const AzureError e = listAll(config(), u"/subscriptions"_s, &items);
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
    EXPECT_TRUE(e.fullText().contains(u"repeats"_s)) << e.fullText().toStdString();
    EXPECT_LE(armRequests(), 3);
}

TEST_P(HostileListingTest, LinkCyclesAndThePageCapEndAListing)
{
    int page = 0;
    bool cycle = true;
    m_main.handler = [&](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        ++page;
        // A two-page cycle (page=1 -> page=2 -> page=1), or fresh links forever.
        const int next = cycle ? (page % 2) + 1 : page + 1;
        return Answer{200, R"({"value":[],"nextLink":")" + m_main.url().toEncoded() +
                               "/subscriptions?api-version=" + ApiVersion::Subscriptions +
                               "&page=" + QByteArray::number(next) + R"("})"};
    };
    QStringList items;
    AzureError e = listAll(config(), u"/subscriptions"_s, &items);
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
    EXPECT_TRUE(e.fullText().contains(u"repeats"_s)) << e.fullText().toStdString();
    EXPECT_LE(armRequests(), 3);

    cycle = false;
    m_main.requests.clear();
    AzureClientConfig c = config();
    c.maxPagesPerListing = 5;
    e = listAll(c, u"/subscriptions"_s, &items);
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
    EXPECT_TRUE(e.fullText().contains(u"more than 5 pages"_s)) << e.fullText().toStdString();
    EXPECT_EQ(armRequests(), 5);
}

TEST_F(HostileServerTest, RawPageTheCallerCannotDecodeIsAskedAgainTwiceThenFails)
{
    m_raw = true;
    m_main.handler = [](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        return Answer{200, R"({"value":[{"id":"a"})"}; // cut short: not JSON
    };
    QStringList items;
    const AzureError e = listAll(config(), u"/subscriptions"_s, &items);
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse) << e.fullText().toStdString();
    EXPECT_EQ(armRequests(), 3); // the page and two more tries
    EXPECT_TRUE(items.isEmpty());
}

TEST_F(HostileServerTest, RawListingResumedAfterCancelSendsNothingMore)
{
    m_main.handler = [this](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        return Answer{200, R"({"value":[{"id":"a"}],"nextLink":")" + m_main.url().toEncoded() +
                               "/subscriptions?page=" + QByteArray::number(armRequests()) +
                               R"("})"};
    };
    AzureSession s(&m_nam, config());
    QObject ctx;
    ArmClient::RawPageResume pending;
    bool done = false;
    s.armClient()->getAllPagesRaw(
        s.armClient()->url(u"/subscriptions"_s, ApiVersion::Subscriptions), &ctx,
        [&](const QByteArray &, ArmClient::RawPageResume resume) { pending = std::move(resume); },
        [&](const AzureError &) { done = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(pending); }, WaitMs));
    s.armClient()->cancel(&ctx);
    pending(m_main.url().toString() + u"/subscriptions?page=9"_s, {});
    // A request queued after the resume: once it is answered, anything the resume had queued
    // would have been sent before it (one FIFO queue).
    bool answered = false;
    s.armClient()->get(s.armClient()->url(u"/subscriptions/probe"_s, ApiVersion::Subscriptions),
                       &ctx, [&](const ArmResponse &) { answered = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, WaitMs));
    EXPECT_EQ(armRequests(), 2);
    for (const Request &r : m_main.requests)
        EXPECT_FALSE(r.target.contains("page=9")) << r.target.constData();
    EXPECT_FALSE(done);
}

TEST_F(HostileServerTest, RepeatingSkipTokenFailsTheBatchAfterFewRequests)
{
    int graphRequests = 0;
    m_main.handler = [&](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        ++graphRequests;
        return Answer{200, R"({"totalRecords":600,"count":1,"resultTruncated":"false",)"
                           R"("$skipToken":"same-token-again","data":[{"id":)"
                           R"("/subscriptions/s1/resourceGroups/g/providers/A.B/c/d",)"
                           R"("name":"d","type":"a.b/c","subscriptionId":"s1"}]})"};
    };
    AzureSession s(&m_nam, config());
    ResourceDiscovery discovery(&s, {u"s1"_s});
    int delivered = 0;
    QObject::connect(&discovery, &ResourceDiscovery::subscriptionsFinished, &discovery,
                     [&](const QStringList &, const QList<AzureResource> &list) {
                         delivered += int(list.size());
                     });
    bool done = false;
    ResourceDiscovery::Result result;
    QObject::connect(&discovery, &ResourceDiscovery::finished, &discovery,
                     [&](const ResourceDiscovery::Result &r) {
                         result = r;
                         done = true;
                     });
    discovery.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, WaitMs));
    ASSERT_EQ(result.outcomes.size(), 1);
    const AzureError &e = result.outcomes.first().error;
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse);
    EXPECT_TRUE(e.fullText().contains(u"$skipToken"_s) && e.fullText().contains(u"repeats"_s))
        << e.fullText().toStdString();
    EXPECT_LE(graphRequests, 3);
    EXPECT_EQ(delivered, 0); // nothing of the endless listing is kept
}

// --- 10. Total deadline per request ---------------------------------------------------------

TEST_F(HostileServerTest, TricklingArmAnswerEndsAtTheDeadline)
{
    m_main.handler = [](const Request &r) {
        if (isToken(r))
            return Answer{200, tokenBody()};
        Answer a;
        a.trickle = true;
        return a;
    };
    AzureClientConfig c = config();
    c.transferTimeoutMs = 30000; // the inactivity timer alone would never fire
    c.requestDeadlineMs = 1000;
    c.maxRetries = 0;
    const ArmResponse r = get(c, u"/subscriptions"_s);
    EXPECT_EQ(r.error.kind, AzureErrorKind::Timeout) << r.error.fullText().toStdString();
    EXPECT_EQ(r.error.deadlineSeconds, 1);
    EXPECT_TRUE(r.error.message().contains(u"answered too slowly"_s))
        << r.error.message().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_main.closedByClient == 1; }, WaitMs));
}

TEST_F(HostileServerTest, TricklingTokenAnswerEndsAtTheDeadlineAndIsRetriedLikeATimeout)
{
    m_main.handler = [](const Request &) {
        Answer a;
        a.trickle = true;
        return a;
    };
    AzureClientConfig c = config();
    c.transferTimeoutMs = 30000;
    c.requestDeadlineMs = 1000;
    c.maxRetries = 1;
    const AzureError e = token(c);
    EXPECT_EQ(e.kind, AzureErrorKind::Timeout) << e.fullText().toStdString();
    EXPECT_EQ(e.deadlineSeconds, 1);
    EXPECT_TRUE(e.message().contains(u"answered too slowly"_s));
    EXPECT_EQ(m_main.requests.size(), 2); // one retry, as for any timeout
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_main.closedByClient == 2; }, WaitMs));
}

// --- 11. Answers of bounded size --------------------------------------------------------------

namespace {

/** A subscription list whose one display name is `size` bytes long. */
QByteArray hugeListBody(int size)
{
    return R"({"value":[{"id":"/subscriptions/s1","subscriptionId":"s1","displayName":")" +
           QByteArray(size, 'n') + R"("}]})";
}

} // namespace

TEST_F(HostileServerTest, OversizedArmAnswerIsRefusedAndNotRetried)
{
    for (const bool noLength : {false, true}) {
        m_main.requests.clear();
        m_main.handler = [noLength](const Request &r) {
            if (isToken(r))
                return Answer{200, tokenBody()};
            Answer a{200, hugeListBody(4 * 1024 * 1024)};
            a.noLength = noLength;
            return a;
        };
        AzureClientConfig c = config();
        c.maxResponseBytes = 256 * 1024;
        c.maxRetries = 3;
        const ArmResponse r = get(c, u"/subscriptions"_s);
        EXPECT_EQ(r.error.kind, AzureErrorKind::MalformedResponse)
            << noLength << r.error.fullText().toStdString();
        EXPECT_TRUE(r.error.serverMessage.contains(u"larger than"_s))
            << r.error.serverMessage.toStdString();
        EXPECT_TRUE(r.json.isEmpty());
        EXPECT_EQ(armRequests(), 1) << "retried although the answer is too large";
    }
    // The same answer under the default limit is read.
    m_main.requests.clear();
    m_main.handler = [](const Request &r) {
        return isToken(r) ? Answer{200, tokenBody()} : Answer{200, hugeListBody(4 * 1024 * 1024)};
    };
    const ArmResponse ok = get(config(), u"/subscriptions"_s);
    EXPECT_FALSE(ok.error.isError()) << ok.error.fullText().toStdString();
}

TEST_F(HostileServerTest, OversizedTokenAnswerIsRefused)
{
    m_main.handler = [](const Request &) {
        return Answer{200, R"({"token_type":"Bearer","expires_in":3599,"access_token":")" +
                               QByteArray(2 * 1024 * 1024, 't') + R"("})"};
    };
    AzureClientConfig c = config();
    c.maxResponseBytes = 256 * 1024;
    const AzureError e = token(c);
    EXPECT_EQ(e.kind, AzureErrorKind::MalformedResponse) << e.fullText().toStdString();
    EXPECT_TRUE(e.serverMessage.contains(u"larger than"_s)) << e.serverMessage.toStdString();
    EXPECT_EQ(m_main.requests.size(), 1);
}
