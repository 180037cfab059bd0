#include "TokenProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "AzureLogging.h"
#include "AzureParsers.h"
#include "AzureSession.h"
#include "NetworkSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

QString withoutTrailingSlash(const QUrl &url)
{
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

} // namespace

TokenProvider::TokenProvider(AzureSession *session) : QObject(session), m_session(session) {}

TokenProvider::~TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl TokenProvider::tokenUrl() const
{
    const QString tenant =
        QString::fromLatin1(QUrl::toPercentEncoding(m_session->config().tenant.trimmed()));
    return QUrl::fromEncoded((withoutTrailingSlash(m_session->config().endpoints.authorityHost) +
                              u'/' + tenant + u"/oauth2/v2.0/token"_s)
                                 .toUtf8());
}

QString TokenProvider::scope() const
{
    return withoutTrailingSlash(m_session->config().endpoints.armEndpoint) + u"/.default"_s;
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_refreshAfter;
}

void TokenProvider::getToken(QObject *context, Callback done)
{
    m_waiters.append(Waiter{context, context, std::move(done)});
    if (hasValidToken() || m_session->configurationError().isError()) {
        scheduleDelivery();
        return;
    }
    if (!m_reply && !m_retryPending) {
        m_attempt = 0;
        m_throttles = 0;
        startRequest();
    }
}

void TokenProvider::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_deliveryScheduled = false;
        if (m_reply || m_retryPending)
            return;
        if (hasValidToken())
            complete({});
        else if (m_session->configurationError().isError())
            complete(m_session->configurationError());
        else if (!m_waiters.isEmpty())
            startRequest();
    });
}

void TokenProvider::invalidate(const QString &token)
{
    if (token.isEmpty() || token == m_token) {
        m_token.clear();
        m_refreshAfter = {};
    }
}

void TokenProvider::cancel(QObject *context)
{
    m_waiters.erase(std::remove_if(m_waiters.begin(), m_waiters.end(),
                                   [context](const Waiter &w) { return w.key == context; }),
                    m_waiters.end());
}

void TokenProvider::cancelAll()
{
    m_waiters.clear();
    ++m_generation; // a pending retry timer becomes a no-op
    m_retryPending = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void TokenProvider::startRequest(const QUrl &redirectedTo)
{
    const AzureClientConfig &c = m_session->config();
    if (redirectedTo.isEmpty())
        m_redirects = 0;
    m_requestUrl = redirectedTo.isEmpty() ? tokenUrl() : redirectedTo;
    QUrlQuery form;
    // QUrlQuery leaves '+' and '&'-free reserved characters alone; encode every value fully so
    // that a secret containing '+', '&' or '=' survives the form encoding.
    auto enc = [](const QString &v) { return QString::fromLatin1(QUrl::toPercentEncoding(v)); };
    const QByteArray body =
        (u"grant_type=client_credentials&client_id="_s + enc(c.clientId) + u"&scope="_s +
         enc(scope()) + u"&client_secret="_s + enc(c.clientSecret))
            .toUtf8();
    QNetworkRequest req(m_requestUrl);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    req.setRawHeader("Accept", "application/json");
    // Qt would replay this POST, client_secret included, to wherever a 307/308 points.
    net::prepareRequest(req, c);
    req.setSslConfiguration(m_session->sslConfiguration());
    m_sslErrors.clear();
    m_reply = m_session->networkAccessManager()->post(req, body);
    ++m_session->counters().requests;
    net::startDeadline(m_reply, c);
    net::limitBody(m_reply, c);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &TokenProvider::onReply);
}

void TokenProvider::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_session->counters().bytesReceived += body.size();
    const AzureClientConfig &c = m_session->config();

    AzureError error;
    int retryDelay = -1;
    const QUrl target = net::redirectTarget(reply, m_requestUrl);
    if (net::endedInTransport(reply)) { // no answer, or its deadline or transfer timeout hit
        error = net::transportError(reply, m_sslErrors, net::displayUrl(m_requestUrl));
        if (net::isRetryable(error.kind) && !net::bodyTooLarge(reply) && m_attempt < c.maxRetries)
            retryDelay = net::backoffMs(c, m_attempt++);
    } else if (target.isValid() && !net::sameOrigin(target, m_requestUrl)) {
        // The form holds client_secret: never to another origin, and never retried.
        qCWarning(lcAzure) << "token request redirected to another origin; refused:"
                           << net::displayUrl(target);
        error = net::redirectRefused(m_requestUrl, target);
        error.httpStatus = status;
        qCDebug(lcAzure) << "token request failed:" << AzureError::kindName(error.kind);
        return complete(error);
    } else if (target.isValid() && m_redirects < net::MaxRedirects) {
        ++m_redirects;
        return startRequest(target);
    } else if (status >= 200 && status < 300) {
        AccessToken t;
        if (AzureParsers::parseToken(body, &t, &error)) {
            m_token = t.token;
            m_tenantId = AzureParsers::tenantIdFromJwt(t.token);
            // Renew 10% of the lifetime (at most 5 minutes) before the server's expiry.
            const qint64 margin = std::min<qint64>(300, t.expiresInSeconds / 10);
            m_refreshAfter = QDateTime::currentDateTimeUtc().addSecs(t.expiresInSeconds - margin);
            complete({});
            return;
        }
        if (m_attempt < std::min(2, c.maxRetries))
            retryDelay = net::backoffMs(c, m_attempt++);
    } else {
        error = AzureParsers::tokenError(status, m_session->redacted(body));
        if (error.kind == AzureErrorKind::Throttled && m_throttles < c.maxThrottleRetries) {
            ++m_throttles;
            ++m_session->counters().throttled;
            retryDelay = net::retryAfterMs(reply, c);
            if (retryDelay < 0)
                retryDelay = net::backoffMs(c, m_throttles);
        } else if (error.kind == AzureErrorKind::ServerError && m_attempt < c.maxRetries) {
            retryDelay = net::backoffMs(c, m_attempt++);
        }
    }
    error.url = net::displayUrl(tokenUrl());
    if (retryDelay >= 0) {
        ++m_session->counters().retries;
        qCDebug(lcAzure) << "token request failed, retrying in" << retryDelay
                         << "ms:" << AzureError::kindName(error.kind);
        m_retryPending = true;
        const quint64 generation = m_generation;
        QTimer::singleShot(retryDelay, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_retryPending = false;
            if (!m_waiters.isEmpty())
                startRequest();
        });
        return;
    }
    qCDebug(lcAzure) << "token request failed:" << AzureError::kindName(error.kind) << error.code;
    complete(error);
}

void TokenProvider::complete(const AzureError &failure)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const QString token = failure.isError() ? QString() : m_token;
    const AzureError error = m_session->redacted(failure);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(token, error);
    }
}

} // namespace atc
