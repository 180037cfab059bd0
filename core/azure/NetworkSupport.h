#pragma once

#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrl>

#include "AzureClientConfig.h"
#include "AzureError.h"

namespace atc {

/** Shared transport helpers of TokenProvider and ArmClient (internal). */
namespace net {

/**
 * Classifies a reply that ended without an HTTP status. `viaHttpProxy`: the request went
 * through an HTTP proxy, so an error Qt leaves unclassified (a refused CONNECT tunnel) is the
 * proxy's.
 */
AzureError transportError(QNetworkReply::NetworkError code, const QString &errorString,
                          const QList<QSslError> &sslErrors, const QString &url,
                          bool viaHttpProxy = false);
/** transportError() for `reply`, finding out whether its manager sent it through a proxy. */
AzureError transportError(const QNetworkReply *reply, const QList<QSslError> &sslErrors,
                          const QString &url);
/** Whether `reply`'s manager sends requests for its URL through an HTTP proxy. */
bool viaHttpProxy(const QNetworkReply *reply);
/** Whether a transport failure may succeed when repeated. */
bool isRetryable(AzureErrorKind kind);
/** Exponential backoff with jitter: base·2^attempt·[0.5, 1.5), capped at 30 s. */
int backoffMs(const AzureClientConfig &config, int attempt);
/** Retry-After (seconds or HTTP date) or x-ms-user-quota-resets-after (hh:mm:ss); -1 if none. */
int retryAfterMs(const QNetworkReply *reply, const AzureClientConfig &config);
/** The URL for logs and errors: without query (skip tokens are opaque, not secret, but long). */
QString displayUrl(const QUrl &url);

/** Same-origin redirects followed per request; more end as the 3xx answer's HttpError. */
inline constexpr int MaxRedirects = 5;
/**
 * Whether `a` and `b` have the same scheme, host (case-insensitive) and port (the scheme's
 * default port when none is given): the only place a credential may be sent again.
 */
bool sameOrigin(const QUrl &a, const QUrl &b);
/**
 * Prepares `request` the same way for every request, token and ARM: Qt follows no redirect
 * (Qt 6 would by default, and replays a 307/308 POST with its body to any host); the client
 * decides with redirectTarget() and sameOrigin(). The transfer (inactivity) timeout is set too.
 */
void prepareRequest(QNetworkRequest &request, const AzureClientConfig &config);
/**
 * For a 301/302/303/307/308 answer with a Location header: the absolute target, resolved
 * against `from`. An invalid QUrl for any other answer.
 */
QUrl redirectTarget(const QNetworkReply *reply, const QUrl &from);
/** The error of a redirect to another origin: RedirectRefused, naming the target host. */
AzureError redirectRefused(const QUrl &from, const QUrl &to);
/**
 * Starts the total deadline of `reply` (config.requestDeadlineMs; none when <= 0): when it
 * expires before the reply finished, the reply is aborted and remembered as such, so that
 * transportError() reports a Timeout with deadlineSeconds set.
 */
void startDeadline(QNetworkReply *reply, const AzureClientConfig &config);
/** Whether startDeadline() aborted `reply`. */
bool deadlineExpired(const QNetworkReply *reply);
/**
 * Aborts `reply` as soon as its announced Content-Length or the bytes received exceed
 * config.maxResponseBytes, so that a hostile answer cannot fill memory; transportError() then
 * reports a MalformedResponse that names the limit, and bodyTooLarge() says why.
 */
void limitBody(QNetworkReply *reply, const AzureClientConfig &config);
/** Whether limitBody() aborted `reply` (such an answer is not worth a retry). */
bool bodyTooLarge(const QNetworkReply *reply);
/**
 * Whether `reply` ended without a usable HTTP answer: no status, an expired deadline, or a
 * transfer timeout after the status line (the body never completed).
 */
bool endedInTransport(const QNetworkReply *reply);

} // namespace net
} // namespace atc
