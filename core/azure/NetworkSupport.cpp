#include "NetworkSupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTime>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::net {

AzureError transportError(QNetworkReply::NetworkError code, const QString &errorString,
                          const QList<QSslError> &sslErrors, const QString &url)
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

} // namespace atc::net
