#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>

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

} // namespace net
} // namespace atc
