#include "ArmClient.h"

#include <QAuthenticator>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

#include "AzureLogging.h"
#include "AzureParsers.h"
#include "AzureSession.h"
#include "NetworkSupport.h"
#include "ResourceGraphPacer.h"
#include "TokenProvider.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {
// Qt runs at most 6 HTTP/1.1 requests per host and port at once per QNetworkAccessManager
// (QNetworkAccessManager's documentation); the others wait inside the manager.
constexpr int kConnectionsPerManager = 6;

/** The proxy choice of the session's manager, asked at every request (it may change). */
class SameProxyAs : public QNetworkProxyFactory
{
public:
    explicit SameProxyAs(QNetworkAccessManager *manager) : m_manager(manager) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (!m_manager)
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (QNetworkProxyFactory *f = m_manager->proxyFactory())
            return f->queryProxy(query);
        const QNetworkProxy proxy = m_manager->proxy();
        if (proxy.type() == QNetworkProxy::DefaultProxy)
            return QNetworkProxyFactory::proxyForQuery(query);
        return {proxy};
    }

private:
    QPointer<QNetworkAccessManager> m_manager;
};
} // namespace

struct ArmClient::Call
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    bool rawBody = false;
    QPointer<QObject> context;
    QObject *key = nullptr;
    Callback done;
    int attempts = 0;  ///< 5xx / network / malformed retries used
    int throttles = 0; ///< 429 answers honoured
    int redirects = 0; ///< same-origin redirects followed
    bool refreshed = false;
    bool cancelled = false;
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *manager = nullptr; ///< the one that carries `reply`
    QTimer *timer = nullptr;
    QString token;
    QList<QSslError> sslErrors;
    // Quota accounting (each flag set while counted, so that every path undoes it once).
    bool graph = false;  ///< a Resource Graph query: the pacer's
    QString bucket;      ///< otherwise its ARM read bucket
    bool queued = false; ///< counted as queued by the pacer
    bool sent = false;   ///< counted in flight by the pacer or the bucket
};

ArmClient::ArmClient(AzureSession *session)
    : QObject(session), m_session(session), m_graphPacer(new ResourceGraphPacer(this)),
      m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    m_wake->setTimerType(Qt::PreciseTimer);
    connect(m_wake, &QTimer::timeout, this, &ArmClient::schedulePump);
    connect(m_graphPacer, &ResourceGraphPacer::roomAvailable, this, &ArmClient::schedulePump);
    m_graphPacer->setMaxWaitMs(qint64(std::max(0, session->config().maxRetryAfterSeconds)) * 1000);
}

bool ArmClient::isResourceGraph(const QUrl &url)
{
    return url.path().endsWith(u"/providers/Microsoft.ResourceGraph/resources"_s,
                               Qt::CaseInsensitive);
}

ArmClient::~ArmClient()
{
    cancelAll();
}

QUrl ArmClient::url(const QString &path, const char *apiVersion,
                    const QList<std::pair<QString, QString>> &query) const
{
    QUrl u = m_session->config().endpoints.armEndpoint;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    QUrlQuery q;
    q.addQueryItem(u"api-version"_s, QString::fromLatin1(apiVersion));
    for (const auto &[k, v] : query)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

void ArmClient::get(const QUrl &url, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET"_ba;
    call->url = url;
    call->context = context;
    call->key = context;
    call->done = std::move(done);
    enqueue(call);
}

void ArmClient::post(const QUrl &url, const QByteArray &json, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST"_ba;
    call->url = url;
    call->body = json;
    call->context = context;
    call->key = context;
    call->done = std::move(done);
    enqueue(call);
}

void ArmClient::postRaw(const QUrl &url, const QByteArray &json, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST"_ba;
    call->url = url;
    call->body = json;
    call->rawBody = true;
    call->context = context;
    call->key = context;
    call->done = std::move(done);
    enqueue(call);
}

struct ArmClient::Listing
{
    PageHandler onPage;
    RawPageHandler onRawPage; ///< set for getAllPagesRaw()
    DoneHandler done;
    QSet<QByteArray> seen; ///< every URL of this listing so far (a repeat would never end)
    int pages = 0;
    int malformedRetries = 0;         ///< raw pages its handler could not decode, asked again
    const QObject *context = nullptr; ///< raw: whose cancel() ends it
    bool cancelled = false;           ///< raw: a resume after cancel() does nothing
};

void ArmClient::getAllPages(const QUrl &first, QObject *context, PageHandler onPage,
                            DoneHandler done)
{
    auto listing = std::make_shared<Listing>();
    listing->onPage = std::move(onPage);
    listing->done = std::move(done);
    listing->seen.insert(first.toEncoded());
    followPages(first, context, listing);
}

void ArmClient::getAllPagesRaw(const QUrl &first, QObject *context, RawPageHandler onPage,
                               DoneHandler done)
{
    auto listing = std::make_shared<Listing>();
    listing->onRawPage = std::move(onPage);
    listing->done = std::move(done);
    listing->context = context;
    // Only live listings are kept (weakly): the list never outgrows what is running.
    m_rawListings.removeIf([](const std::weak_ptr<Listing> &l) { return l.expired(); });
    m_rawListings.append(listing);
    listing->seen.insert(first.toEncoded());
    followPages(first, context, listing);
}

void ArmClient::followPages(const QUrl &url, QObject *context,
                            const std::shared_ptr<Listing> &listing)
{
    QPointer<QObject> ctx(context);
    auto call = std::make_shared<Call>();
    call->verb = "GET"_ba;
    call->url = url;
    call->rawBody = bool(listing->onRawPage);
    call->context = context;
    call->key = context;
    call->done = [this, ctx, listing, url](const ArmResponse &r) {
        if (r.error.isError())
            return listing->done(r.error);
        if (!listing->onRawPage) {
            ++listing->pages;
            if (!listing->onPage(r.json) || !ctx)
                return listing->done({});
            return followNext(AzureParsers::nextLink(r.json), url, ctx, listing);
        }
        // The handler decodes the page when it likes; the listing waits for its word. A
        // cancel() in between marks the listing cancelled: its resume then does nothing.
        QPointer<ArmClient> self(this);
        listing->onRawPage(r.raw,
                           [self, ctx, listing, url](const QString &next, const AzureError &error) {
                               if (!self || !ctx || listing->cancelled)
                                   return; // cancelled meanwhile
                               if (error.kind == AzureErrorKind::MalformedResponse &&
                                   listing->malformedRetries++ < 2) // a body cut short: ask again
                                   return self->followPages(url, ctx, listing);
                               if (error.isError())
                                   return listing->done(error);
                               ++listing->pages;
                               self->followNext(next, url, ctx, listing);
                           });
    };
    enqueue(call);
}

void ArmClient::followNext(const QString &next, const QUrl &url, QObject *context,
                           const std::shared_ptr<Listing> &listing)
{
    if (next.isEmpty())
        return listing->done({});
    // Verbatim: the server's encoding is kept (QUrl only normalises hex case and
    // unreserved characters, which RFC 3986 defines as equivalent).
    const QUrl nextUrl = QUrl::fromEncoded(next.toUtf8(), QUrl::StrictMode);
    auto malformed = [&](const QString &why) {
        AzureError e = AzureError::make(AzureErrorKind::MalformedResponse, why);
        e.url = net::displayUrl(url);
        listing->done(e);
    };
    if (!nextUrl.isValid() || nextUrl.host().isEmpty())
        return malformed(tr("invalid nextLink"));
    // The bearer token goes to the configured ARM origin only; an answer from anywhere
    // else is never merged into the listing.
    if (!net::sameOrigin(nextUrl, m_session->config().endpoints.armEndpoint)) {
        qCWarning(lcAzure) << "nextLink to another origin refused:" << net::displayUrl(nextUrl);
        return malformed(tr("the next-page link points to another host (%1); not followed")
                             .arg(net::displayUrl(nextUrl)));
    }
    if (listing->seen.contains(nextUrl.toEncoded()))
        return malformed(tr("the next-page link repeats an earlier page; the listing would "
                            "never end"));
    if (listing->pages >= std::max(1, m_session->config().maxPagesPerListing))
        return malformed(tr("the listing has more than %1 pages; stopped")
                             .arg(m_session->config().maxPagesPerListing));
    listing->seen.insert(nextUrl.toEncoded());
    followPages(nextUrl, context, listing);
}

void ArmClient::enqueue(CallPtr call, bool front)
{
    if (call->bucket.isEmpty() && !call->graph) {
        call->graph = isResourceGraph(call->url);
        if (!call->graph)
            call->bucket = ArmBucketTracker::bucketOf(call->url);
    }
    if (call->graph && !call->queued) {
        call->queued = true;
        m_graphPacer->onQueued();
    }
    if (front) {
        m_queue.push_front(std::move(call));
    } else if (call->graph) {
        // A Resource Graph query goes before the ARM reads queued behind the bound (after
        // the other queries): its window is the scarce quota, and a discovery's ARM lane
        // may fill every slot.
        auto it = m_queue.begin();
        while (it != m_queue.end() && (*it)->graph)
            ++it;
        m_queue.insert(it, std::move(call));
    } else {
        m_queue.push_back(std::move(call));
    }
    schedulePump();
}

void ArmClient::schedulePump()
{
    // Deferred, so that no callback ever runs inside get()/post().
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

bool ArmClient::readyToSend(const CallPtr &call, qint64 *waitMs)
{
    if (call->graph) {
        if (m_graphPacer->canSendNow())
            return true;
        // Waiting for an answer in flight (it signals) or for the window's reset.
        const qint64 reset = m_graphPacer->msUntilReset();
        if (reset > 0)
            *waitMs = std::min(*waitMs, reset);
        return false;
    }
    if (m_buckets.canSend(call->bucket))
        return true;
    *waitMs = std::min(*waitMs, std::max<qint64>(1, m_buckets.msUntilReady(call->bucket)));
    return false;
}

void ArmClient::leaveQueue(const CallPtr &call)
{
    if (call->queued) {
        call->queued = false;
        m_graphPacer->onUnqueued();
    }
}

void ArmClient::markSent(const CallPtr &call)
{
    leaveQueue(call);
    if (call->sent)
        return;
    call->sent = true;
    if (call->graph) {
        ++m_quotaStats.resourceGraphRequests;
        m_graphPacer->onSent();
    } else {
        ++m_quotaStats.armRequests;
        m_buckets.onSent(call->bucket);
    }
}

void ArmClient::markAnswered(const CallPtr &call, int status, QNetworkReply *reply)
{
    if (!call->sent)
        return;
    call->sent = false;
    qint64 retryAfter = -1;
    if (reply && reply->hasRawHeader("Retry-After")) {
        bool ok = false;
        const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        if (ok && seconds >= 0)
            retryAfter = std::min<qint64>(seconds, m_session->config().maxRetryAfterSeconds) * 1000;
    }
    if (status == 429)
        ++(call->graph ? m_quotaStats.resourceGraphThrottled : m_quotaStats.armThrottled);
    if (call->graph) {
        m_graphPacer->onAnswered(
            status, reply ? reply->rawHeader("x-ms-user-quota-remaining") : QByteArray(),
            reply ? reply->rawHeader("x-ms-user-quota-resets-after") : QByteArray(), retryAfter);
        return;
    }
    QByteArray remaining;
    if (reply) {
        remaining = reply->rawHeader(call->bucket.startsWith(u"s/"_s)
                                         ? "x-ms-ratelimit-remaining-subscription-reads"
                                         : "x-ms-ratelimit-remaining-tenant-reads");
        if (call->verb != "GET")
            remaining.clear(); // a write's answer says nothing about the read bucket
    }
    m_buckets.onAnswered(call->bucket, status, remaining, retryAfter);
}

void ArmClient::pump()
{
    const int limit = std::max(1, m_session->config().maxRequestsInFlight);
    // First pick the calls that may go (a callback below may enqueue, which would invalidate
    // iterators into the queue). A call whose quota is spent stays; the others go on.
    qint64 waitMs = std::numeric_limits<qint64>::max();
    QList<CallPtr> ready;
    for (auto it = m_queue.begin();
         m_active.size() + ready.size() < limit && it != m_queue.end();) {
        if ((*it)->context && !readyToSend(*it, &waitMs)) {
            ++it;
            continue;
        }
        // Counted at once, so that the next call's check sees it in flight.
        if ((*it)->context)
            markSent(*it);
        ready.append(*it);
        it = m_queue.erase(it);
    }
    bool freed = false; // a picked call ended without a request: its slot is free again
    for (const CallPtr &call : std::as_const(ready)) {
        leaveQueue(call);
        if (!call->context) { // its owner is gone
            freed = true;
            continue;
        }
        if (m_session->configurationError().isError()) {
            markAnswered(call, 0, nullptr);
            ArmResponse r;
            r.error = m_session->configurationError();
            finish(call, r);
            freed = true;
            continue;
        }
        if (!AzureSession::isAllowedUrl(call->url)) { // e.g. a nextLink to plain http
            QString why;
            AzureSession::isAllowedUrl(call->url, &why);
            markAnswered(call, 0, nullptr);
            ArmResponse r;
            r.error = AzureError::make(AzureErrorKind::InvalidInput, why);
            finish(call, r);
            freed = true;
            continue;
        }
        if (!net::sameOrigin(call->url, m_session->config().endpoints.armEndpoint)) {
            // The bearer token is for the configured ARM endpoint only.
            markAnswered(call, 0, nullptr);
            ArmResponse r;
            r.error =
                AzureError::make(AzureErrorKind::InvalidInput,
                                 tr("%1 is not on the configured Azure Resource Manager endpoint")
                                     .arg(net::displayUrl(call->url)));
            finish(call, r);
            freed = true;
            continue;
        }
        m_active.append(call);
        std::weak_ptr<Call> weak = call;
        m_session->tokenProvider()->getToken(
            this, [this, weak](const QString &token, const AzureError &error) {
                CallPtr c = weak.lock();
                if (!c || c->cancelled)
                    return;
                if (error.isError()) {
                    m_active.removeOne(c);
                    markAnswered(c, 0, nullptr);
                    ArmResponse r;
                    r.error = error;
                    finish(c, r);
                    schedulePump();
                    return;
                }
                send(c, token);
            });
    }
    if (freed)
        schedulePump();
    // Calls whose quota is spent wait; wake up when the first of them may go (an answer in
    // flight or the pacer's reset also wakes the pump).
    if (waitMs != std::numeric_limits<qint64>::max())
        m_wake->start(int(std::clamp<qint64>(waitMs, 1, 3600 * 1000)));
}

void ArmClient::send(const CallPtr &call, const QString &token)
{
    const AzureClientConfig &config = m_session->config();
    QNetworkRequest req(call->url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    net::prepareRequest(req, config); // no automatic redirects; transfer timeout
    req.setSslConfiguration(m_session->sslConfiguration());
    call->token = token;
    call->sslErrors.clear();
    QNetworkAccessManager *nam = managerForNextRequest();
    call->manager = nam;
    if (call->verb == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        call->reply = nam->post(req, call->body);
    } else {
        call->reply = nam->get(req);
    }
    ++m_session->counters().requests;
    net::startDeadline(call->reply, config);
    net::limitBody(call->reply, config);
    std::weak_ptr<Call> weak = call;
    connect(call->reply, &QNetworkReply::sslErrors, this, [weak](const QList<QSslError> &e) {
        if (CallPtr c = weak.lock())
            c->sslErrors = e;
    });
    connect(call->reply, &QNetworkReply::finished, this, [this, weak] {
        if (CallPtr c = weak.lock())
            onReply(c);
    });
}

QNetworkAccessManager *ArmClient::managerForNextRequest()
{
    // maxRequestsInFlight is only real if the connections exist: beyond 6, requests go to
    // further managers of this client (same proxy, credentials asked of the session's
    // manager), the least busy first. A manager of another class (a test double) is used
    // alone.
    QNetworkAccessManager *base = m_session->networkAccessManager();
    if (base->metaObject() != &QNetworkAccessManager::staticMetaObject)
        return base;
    const int wanted =
        (std::max(1, m_session->config().maxRequestsInFlight) + kConnectionsPerManager - 1) /
        kConnectionsPerManager;
    QHash<QNetworkAccessManager *, int> busy;
    for (const CallPtr &c : std::as_const(m_active)) {
        if (c->reply && c->manager)
            ++busy[c->manager];
    }
    QNetworkAccessManager *best = base;
    int bestBusy = busy.value(base);
    for (QNetworkAccessManager *m : std::as_const(m_extraManagers)) {
        if (busy.value(m) < bestBusy) {
            best = m;
            bestBusy = busy.value(m);
        }
    }
    if (bestBusy < kConnectionsPerManager || m_extraManagers.size() + 1 >= wanted)
        return best;
    auto *extra = new QNetworkAccessManager(this);
    extra->setProxyFactory(new SameProxyAs(base)); // the manager owns it
    // A proxy's 407 is answered by whoever answers the session's manager.
    connect(extra, &QNetworkAccessManager::proxyAuthenticationRequired, base,
            &QNetworkAccessManager::proxyAuthenticationRequired);
    m_extraManagers.append(extra);
    return extra;
}

void ArmClient::onReply(const CallPtr &call)
{
    QNetworkReply *reply = std::exchange(call->reply, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    m_active.removeOne(call);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    markAnswered(call, net::endedInTransport(reply) ? 0 : status, reply);
    schedulePump();
    if (call->cancelled || !call->context)
        return;

    const AzureClientConfig &config = m_session->config();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_session->counters().bytesReceived += body.size();
    const QString shownUrl = net::displayUrl(call->url);

    ArmResponse r;
    r.httpStatus = status;
    if (net::endedInTransport(reply)) { // no answer, or its deadline or transfer timeout hit
        r.httpStatus = 0;
        r.error = net::transportError(reply, call->sslErrors, shownUrl);
        if (net::isRetryable(r.error.kind) && !net::bodyTooLarge(reply) &&
            call->attempts < config.maxRetries)
            return retryLater(call, net::backoffMs(config, call->attempts++));
        return finish(call, r);
    }
    const QUrl target = net::redirectTarget(reply, call->url);
    if (target.isValid()) {
        // Never to another origin (the token would go along); never retried.
        if (!net::sameOrigin(target, call->url)) {
            qCWarning(lcAzure) << "redirect to another origin refused:" << shownUrl << "->"
                               << net::displayUrl(target);
            r.error = net::redirectRefused(call->url, target);
            r.error.httpStatus = status;
            return finish(call, r);
        }
        if (call->redirects < net::MaxRedirects) {
            ++call->redirects;
            call->url = target;
            if (status == 303) { // See Other: GET the answer
                call->verb = "GET"_ba;
                call->body.clear();
            }
            enqueue(call, true);
            return;
        }
        // Too many: the 3xx below becomes an HttpError.
    }
    if (status >= 200 && status < 300) {
        // A body cut short (closed connection, Content-Length mismatch) is an error even when
        // the status line arrived; so is unparsable JSON.
        const bool transportOk = reply->error() == QNetworkReply::NoError;
        if (transportOk && call->rawBody) {
            r.raw = body;
            return finish(call, r);
        }
        if (transportOk && AzureParsers::parseJsonObject(body, &r.json, &r.error))
            return finish(call, r);
        if (transportOk || r.error.kind != AzureErrorKind::MalformedResponse)
            r.error = AzureError::make(AzureErrorKind::MalformedResponse,
                                       transportOk ? r.error.serverMessage : reply->errorString());
        r.error.kind = AzureErrorKind::MalformedResponse;
        r.error.httpStatus = status;
        r.error.url = shownUrl;
        qCWarning(lcAzure) << "malformed answer from" << shownUrl << r.error.serverMessage;
        if (call->attempts < std::min(2, config.maxRetries))
            return retryLater(call, net::backoffMs(config, call->attempts++));
        return finish(call, r);
    }

    r.error = AzureParsers::armError(status, m_session->redacted(body, call->token));
    r.error.url = shownUrl;
    if (status == 401 &&
        (r.error.kind == AzureErrorKind::ExpiredToken ||
         r.error.kind == AzureErrorKind::InvalidToken) &&
        !call->refreshed) {
        call->refreshed = true;
        m_session->tokenProvider()->invalidate(call->token);
        ++m_session->counters().retries;
        enqueue(call, true);
        return;
    }
    if (status == 429) {
        ++m_session->counters().throttled;
        if (call->throttles < config.maxThrottleRetries) {
            int delay = net::retryAfterMs(reply, config);
            if (delay < 0 && call->graph) {
                // Resource Graph documents no Retry-After: its window's reset is the wait.
                const qint64 reset = ResourceGraphPacer::parseResetsAfter(
                    reply->rawHeader("x-ms-user-quota-resets-after"));
                if (reset >= 0)
                    delay = int(std::min<qint64>(reset, config.maxRetryAfterSeconds * 1000LL));
            }
            if (delay < 0)
                delay = net::backoffMs(config, call->throttles);
            ++call->throttles;
            return retryLater(call, delay);
        }
        r.error.kind = AzureErrorKind::Throttled;
        return finish(call, r);
    }
    if (status >= 500 && call->attempts < config.maxRetries)
        return retryLater(call, net::backoffMs(config, call->attempts++));
    finish(call, r);
}

void ArmClient::retryLater(const CallPtr &call, int delayMs)
{
    ++m_session->counters().retries;
    call->timer = new QTimer(this);
    call->timer->setSingleShot(true);
    m_waiting.append(call);
    std::weak_ptr<Call> weak = call;
    connect(call->timer, &QTimer::timeout, this, [this, weak] {
        CallPtr c = weak.lock();
        if (!c)
            return;
        c->timer->deleteLater();
        c->timer = nullptr;
        m_waiting.removeOne(c);
        if (!c->cancelled)
            enqueue(c, true);
    });
    call->timer->start(std::max(0, delayMs));
}

void ArmClient::finish(const CallPtr &call, const ArmResponse &response)
{
    if (call->cancelled || !call->context)
        return;
    Callback done = std::move(call->done);
    call->done = nullptr;
    if (!done)
        return;
    if (!response.error.isError())
        return done(response);
    ArmResponse clean = response;
    clean.error = m_session->redacted(response.error, call->token);
    done(clean);
}

void ArmClient::drop(const CallPtr &call)
{
    call->cancelled = true;
    call->done = nullptr;
    leaveQueue(call);
    markAnswered(call, 0, nullptr);
    if (call->reply) {
        QNetworkReply *reply = std::exchange(call->reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (call->timer) {
        call->timer->stop();
        call->timer->deleteLater();
        call->timer = nullptr;
    }
}

void ArmClient::cancelRawListings(const std::function<bool(const Listing &)> &matches)
{
    m_rawListings.removeIf([&matches](const std::weak_ptr<Listing> &weak) {
        const std::shared_ptr<Listing> l = weak.lock();
        if (l && matches(*l))
            l->cancelled = true;
        return !l || l->cancelled;
    });
}

void ArmClient::cancel(QObject *context)
{
    cancelRawListings([context](const Listing &l) { return l.context == context; });
    auto matches = [context](const CallPtr &c) { return c->key == context; };
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (matches(*it)) {
            drop(*it);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    const QList<CallPtr> active = m_active;
    for (const CallPtr &c : active) {
        if (matches(c)) {
            drop(c);
            m_active.removeOne(c);
        }
    }
    const QList<CallPtr> waiting = m_waiting;
    for (const CallPtr &c : waiting) {
        if (matches(c)) {
            drop(c);
            m_waiting.removeOne(c);
        }
    }
    schedulePump();
}

void ArmClient::cancelAll()
{
    cancelRawListings([](const Listing &) { return true; });
    for (const CallPtr &c : m_queue)
        drop(c);
    for (const CallPtr &c : std::as_const(m_active))
        drop(c);
    for (const CallPtr &c : std::as_const(m_waiting))
        drop(c);
    m_queue.clear();
    m_active.clear();
    m_waiting.clear();
}

} // namespace atc
