#pragma once

#include <deque>
#include <functional>
#include <memory>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include "ArmBucketTracker.h"
#include "AzureError.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace atc {

class AzureSession;
class ResourceGraphPacer;

/** api-versions used by the client (reference/azure-wire.md §3). */
namespace ApiVersion {
inline constexpr char ManagementGroups[] = "2021-04-01";
inline constexpr char Subscriptions[] = "2022-12-01";
inline constexpr char Resources[] = "2021-04-01";
inline constexpr char ResourceGraph[] = "2022-10-01";
inline constexpr char Permissions[] = "2022-04-01";
// Providers' own lists, for the endpoints of ARM-listed resources (ResourceDiscovery).
inline constexpr char PublicIpAddresses[] = "2023-11-01";
inline constexpr char WebSites[] = "2023-12-01";
inline constexpr char ContainerGroups[] = "2023-05-01";
} // namespace ApiVersion

/** One ARM answer: the parsed JSON body, or the classified error. */
struct ArmResponse
{
    AzureError error;
    int httpStatus = 0;
    QJsonObject json;
    QByteArray raw; ///< the undecoded body, only for calls made with RawBody (json stays empty)
};

/**
 * The ARM request engine of a session: bearer token, a bounded number of requests in flight
 * (config.maxRequestsInFlight, the rest queued), 429 Retry-After, 5xx/network retries with
 * exponential backoff and jitter, per-request transfer (inactivity) timeout and total deadline,
 * one token refresh on 401, and cancellation by context. Read quotas are paced, not collided
 * with: a Resource Graph query waits until its window takes it (ResourceGraphPacer, from the
 * `x-ms-user-quota-*` headers) and an ARM read waits while its own subscription's bucket is
 * estimated empty (ArmBucketTracker); a waiting request never holds back another bucket's. A
 * 429 waits for Retry-After, or without one for `x-ms-user-quota-resets-after`, or backs off.
 * Redirects are followed only within
 * the same origin (at most net::MaxRedirects); one to another origin is RedirectRefused. Callbacks
 * run later on the event loop, exactly once, unless the context is destroyed or cancelled first.
 * Owned by AzureSession.
 */
class ArmClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ArmResponse &)>;
    using PageHandler = std::function<bool(const QJsonObject &page)>; ///< false: stop paging
    using DoneHandler = std::function<void(const AzureError &error)>;
    /** Continues a raw listing once its page is decoded: the page's nextLink (empty on the
     *  last page), or the error that ends it (MalformedResponse: that page is asked again,
     *  at most twice). */
    using RawPageResume = std::function<void(const QString &nextLink, const AzureError &error)>;
    using RawPageHandler = std::function<void(const QByteArray &body, RawPageResume resume)>;

    explicit ArmClient(AzureSession *session);
    ~ArmClient() override;

    /** ARM endpoint + path, with api-version and the other query items. */
    QUrl url(const QString &path, const char *apiVersion,
             const QList<std::pair<QString, QString>> &query = {}) const;

    void get(const QUrl &url, QObject *context, Callback done);
    void post(const QUrl &url, const QByteArray &json, QObject *context, Callback done);
    /**
     * Like post(), but a 2xx body is handed over undecoded in ArmResponse::raw, so that the
     * caller can decode it off the GUI thread. Errors are classified as usual.
     */
    void postRaw(const QUrl &url, const QByteArray &json, QObject *context, Callback done);
    /**
     * GET every page: follows nextLink / @nextLink verbatim (an empty page with a nextLink
     * continues). `done` follows the last page, or the first error. A nextLink to another
     * scheme, host or port than the configured ARM endpoint's, one that repeats an earlier URL
     * of the listing, or more than config.maxPagesPerListing pages end the listing with
     * MalformedResponse; nothing is sent to another origin.
     */
    void getAllPages(const QUrl &first, QObject *context, PageHandler onPage, DoneHandler done);
    /**
     * getAllPages() for a caller that decodes the pages itself (off the GUI thread): each 2xx
     * body goes to `onPage` undecoded, and the listing goes on when the handler calls
     * `resume` (exactly once, later is fine) with the page's nextLink. The same nextLink rules
     * apply; a resume after cancel() or after the context is gone does nothing.
     */
    void getAllPagesRaw(const QUrl &first, QObject *context, RawPageHandler onPage,
                        DoneHandler done);

    /** Aborts and forgets every request of `context` (its callbacks are not called). */
    void cancel(QObject *context);
    void cancelAll();

    int activeCount() const { return int(m_active.size()); }
    int queuedCount() const { return int(m_queue.size()) + int(m_waiting.size()); }

    /** The Resource Graph quota of this session (owned; pacing on by default). */
    ResourceGraphPacer *resourceGraphPacer() const { return m_graphPacer; }
    /** Requests sent and 429s received per quota kind, since construction. */
    struct QuotaStats
    {
        qint64 resourceGraphRequests = 0;
        qint64 resourceGraphThrottled = 0;
        qint64 armRequests = 0;
        qint64 armThrottled = 0;
    };
    QuotaStats quotaStats() const { return m_quotaStats; }
    /** True for a Resource Graph query URL (its quota is the pacer's, not a bucket). */
    static bool isResourceGraph(const QUrl &url);

private:
    struct Call;
    struct Listing;
    using CallPtr = std::shared_ptr<Call>;
    void enqueue(CallPtr call, bool front = false);
    void schedulePump();
    void pump();
    void send(const CallPtr &call, const QString &token);
    void onReply(const CallPtr &call);
    void retryLater(const CallPtr &call, int delayMs);
    void finish(const CallPtr &call, const ArmResponse &response);
    void drop(const CallPtr &call);
    void followPages(const QUrl &url, QObject *context, const std::shared_ptr<Listing> &listing);
    void followNext(const QString &next, const QUrl &url, QObject *context,
                    const std::shared_ptr<Listing> &listing);
    bool readyToSend(const CallPtr &call, qint64 *waitMs);
    void leaveQueue(const CallPtr &call);
    void markSent(const CallPtr &call);
    void markAnswered(const CallPtr &call, int status, QNetworkReply *reply);
    QNetworkAccessManager *managerForNextRequest();
    void cancelRawListings(const std::function<bool(const Listing &)> &matches);

    AzureSession *m_session;
    std::deque<CallPtr> m_queue;
    QList<CallPtr> m_active;
    QList<CallPtr> m_waiting; ///< retry timers running
    bool m_pumpScheduled = false;
    ResourceGraphPacer *m_graphPacer = nullptr;
    ArmBucketTracker m_buckets;
    QuotaStats m_quotaStats;
    QTimer *m_wake = nullptr; ///< a paced request may go then
    /** Managers beside the session's, each with its own connections (see send()). */
    QList<QNetworkAccessManager *> m_extraManagers;
    /** Raw listings still running (getAllPagesRaw): cancel() marks them, so that a late
     *  resume does nothing. */
    QList<std::weak_ptr<Listing>> m_rawListings;
};

} // namespace atc
