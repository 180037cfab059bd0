#include "NetworkSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QRandomGenerator>
#include <QTime>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::net {

bool viaHttpProxy(const QNetworkReply *reply)
{
    const QNetworkAccessManager *nam = reply ? reply->manager() : nullptr;
    if (!nam)
        return false;
    const QString host = reply->url().host();
    if (host == "localhost"_L1 || QHostAddress(host).isLoopback())
        return false; // Qt never proxies loopback
    const QNetworkProxy fixed = nam->proxy();
    if (fixed.type() != QNetworkProxy::DefaultProxy)
        return fixed.type() == QNetworkProxy::HttpProxy;
    const QNetworkProxyQuery query(reply->url());
    const QList<QNetworkProxy> proxies = nam->proxyFactory()
                                             ? nam->proxyFactory()->queryProxy(query)
                                             : QNetworkProxyFactory::proxyForQuery(query);
    return !proxies.isEmpty() && proxies.constFirst().type() == QNetworkProxy::HttpProxy;
}

namespace {
const char kDeadlineProperty[] = "atc_deadlineSeconds";
const char kTooLargeProperty[] = "atc_bodyLimitBytes";
} // namespace

AzureError transportError(const QNetworkReply *reply, const QList<QSslError> &sslErrors,
                          const QString &url)
{
    if (deadlineExpired(reply)) {
        AzureError e = AzureError::make(AzureErrorKind::Timeout);
        e.url = url;
        e.deadlineSeconds = reply->property(kDeadlineProperty).toInt();
        return e;
    }
    if (bodyTooLarge(reply)) {
        const qint64 limit = reply->property(kTooLargeProperty).toLongLong();
        AzureError e = AzureError::make(
            AzureErrorKind::MalformedResponse,
            QCoreApplication::translate("atc::AzureError", "the answer is larger than %1; not read")
                .arg(QLocale().formattedDataSize(limit)));
        e.url = url;
        return e;
    }
    return transportError(reply->error(), reply->errorString(), sslErrors, url,
                          viaHttpProxy(reply));
}

AzureError transportError(QNetworkReply::NetworkError code, const QString &errorString,
                          const QList<QSslError> &sslErrors, const QString &url, bool viaHttpProxy)
{
    AzureError e;
    e.url = url;
    e.serverMessage = errorString;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        e.kind = AzureErrorKind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = AzureErrorKind::ConnectionRefused;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        e.kind = AzureErrorKind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        e.kind = AzureErrorKind::Tls;
        QStringList problems;
        for (const QSslError &s : sslErrors)
            problems.append(s.errorString());
        problems.removeDuplicates();
        e.serverMessage = problems.isEmpty() ? errorString : problems.join(u"; "_s);
        break;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        e.kind = AzureErrorKind::Proxy;
        break;
    case QNetworkReply::UnknownNetworkError:
        // Qt 6.4 reports a tunnel the proxy refused (403, 502 …) this way.
        e.kind = viaHttpProxy ? AzureErrorKind::Proxy : AzureErrorKind::Network;
        break;
    default:
        e.kind = AzureErrorKind::Network;
        break;
    }
    return e;
}

bool isRetryable(AzureErrorKind kind)
{
    // DNS, TLS, proxy and refused connections do not heal within seconds; fail fast so the
    // user sees the words at once.
    return kind == AzureErrorKind::Network || kind == AzureErrorKind::Timeout ||
           kind == AzureErrorKind::MalformedResponse || kind == AzureErrorKind::ServerError;
}

int backoffMs(const AzureClientConfig &config, int attempt)
{
    const double base = std::max(0, config.retryBaseDelayMs);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    const double delay = base * double(1 << std::min(attempt, 10)) * jitter;
    return int(std::min(delay, 30000.0));
}

int retryAfterMs(const QNetworkReply *reply, const AzureClientConfig &config)
{
    const int cap = std::max(0, config.maxRetryAfterSeconds) * 1000;
    const QByteArray ra = reply->rawHeader("Retry-After").trimmed();
    if (!ra.isEmpty()) {
        bool ok = false;
        const double seconds = ra.toDouble(&ok);
        if (ok && seconds >= 0)
            return std::min(int(seconds * 1000), cap);
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
        if (when.isValid())
            return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, cap));
    }
    const QByteArray resets = reply->rawHeader("x-ms-user-quota-resets-after").trimmed();
    if (!resets.isEmpty()) {
        const QTime t = QTime::fromString(QString::fromLatin1(resets), u"hh:mm:ss"_s);
        if (t.isValid())
            return std::min(t.msecsSinceStartOfDay(), cap);
    }
    return -1;
}

QString displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    auto defaultPort = [](const QString &s) {
        return s == "https"_L1 ? 443 : s == "http"_L1 ? 80 : -1;
    };
    return a.isValid() && b.isValid() && !a.host().isEmpty() && scheme == b.scheme().toLower() &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

void prepareRequest(QNetworkRequest &request, const AzureClientConfig &config)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(config.transferTimeoutMs);
}

QUrl redirectTarget(const QNetworkReply *reply, const QUrl &from)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return {};
    const QByteArray location = reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return {};
    const QUrl target = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (!target.isValid())
        return {};
    return from.resolved(target);
}

AzureError redirectRefused(const QUrl &from, const QUrl &to)
{
    AzureError e = AzureError::make(AzureErrorKind::RedirectRefused, displayUrl(to));
    e.url = displayUrl(from);
    return e;
}

void startDeadline(QNetworkReply *reply, const AzureClientConfig &config)
{
    if (config.requestDeadlineMs <= 0)
        return;
    const int seconds = std::max(1, (config.requestDeadlineMs + 999) / 1000);
    QPointer<QNetworkReply> guard(reply);
    // The reply is the timer's context: a finished and deleted reply takes its timer along.
    QTimer::singleShot(config.requestDeadlineMs, reply, [guard, seconds] {
        if (!guard || guard->isFinished())
            return;
        guard->setProperty(kDeadlineProperty, seconds);
        guard->abort();
    });
}

bool deadlineExpired(const QNetworkReply *reply)
{
    return reply && reply->property(kDeadlineProperty).isValid();
}

void limitBody(QNetworkReply *reply, const AzureClientConfig &config)
{
    const qint64 limit = config.maxResponseBytes;
    if (limit <= 0)
        return;
    auto stop = [reply, limit] {
        reply->setProperty(kTooLargeProperty, limit);
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, limit, stop] {
        bool ok = false;
        const qint64 announced =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > limit)
            stop();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [limit, stop](qint64 received, qint64) {
                         if (received > limit)
                             stop();
                     });
}

bool bodyTooLarge(const QNetworkReply *reply)
{
    return reply && reply->property(kTooLargeProperty).isValid();
}

bool endedInTransport(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status == 0 || deadlineExpired(reply) || bodyTooLarge(reply) ||
           reply->error() == QNetworkReply::OperationCanceledError ||
           reply->error() == QNetworkReply::TimeoutError;
}

} // namespace atc::net
