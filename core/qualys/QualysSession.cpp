#include "QualysSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

#include "OneShotUpload.h"
#include "QualysLogging.h"
#include "QualysParsers.h"
#include "azure/AzureSession.h"
#include "azure/NetworkSupport.h"
#include "azure/SecretRedaction.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

constexpr qsizetype MaxTokenBytes = 16 * 1024;

struct Call
{
    bool qps = false;
    QByteArray method;
    QString path;
    QByteArray body;
    QualysSession::Repeat repeat = QualysSession::Repeat::Safe;
    QPointer<QObject> context;
    QualysSession::Callback done;
    QUrl url; ///< where it goes now (after same-origin redirects)
    int attempts = 0, throttles = 0, redirects = 0;
    bool relogged = false;
    bool finished = false;
    QString tokenUsed;
    QNetworkReply *reply = nullptr;
    QList<QSslError> sslErrors;
};
using CallPtr = std::shared_ptr<Call>;

QualysErrorKind kindOf(AzureErrorKind kind)
{
    switch (kind) {
    case AzureErrorKind::HostNotFound:
        return QualysErrorKind::HostNotFound;
    case AzureErrorKind::ConnectionRefused:
        return QualysErrorKind::ConnectionRefused;
    case AzureErrorKind::Tls:
        return QualysErrorKind::Tls;
    case AzureErrorKind::Timeout:
        return QualysErrorKind::Timeout;
    case AzureErrorKind::MalformedResponse:
        return QualysErrorKind::MalformedResponse;
    case AzureErrorKind::RedirectRefused:
        return QualysErrorKind::RedirectRefused;
    default:
        return QualysErrorKind::Network;
    }
}

QUrl join(const QUrl &base, const QString &path)
{
    QString b = base.toString(QUrl::FullyEncoded);
    while (b.endsWith(u'/'))
        b.chop(1);
    return QUrl::fromEncoded((b + path).toUtf8());
}

bool isRetryable(QualysErrorKind kind)
{
    // DNS, TLS and refused connections do not heal within seconds.
    return kind == QualysErrorKind::Network || kind == QualysErrorKind::Timeout ||
           kind == QualysErrorKind::MalformedResponse || kind == QualysErrorKind::ServerError;
}

} // namespace

struct QualysSession::Private
{
    QualysSession *q;
    QSslConfiguration ssl;
    AzureClientConfig transport; ///< the limits net:: helpers read
    QElapsedTimer clock;

    QString jwt;
    QElapsedTimer jwtAge;
    QStringList pastTokens;
    QStringList extraSecrets;

    QNetworkReply *loginReply = nullptr;
    QUrl loginUrl;
    int loginRedirects = 0, loginAttempts = 0;
    QList<QSslError> loginSslErrors;
    QList<std::function<void(const QualysError &)>> loginWaiters;

    QList<CallPtr> active;   ///< every call not finished yet
    QList<CallPtr> qpsQueue; ///< QPS calls waiting for the lane
    CallPtr qpsHolder;       ///< the QPS call in flight (one at a time)
    qint64 nextQpsAt = 0;    ///< clock ms before which no QPS call starts
    bool pumpScheduled = false;

    explicit Private(QualysSession *session) : q(session) { clock.start(); }

    bool tokenValid() const
    {
        return !jwt.isEmpty() && jwtAge.isValid() &&
               jwtAge.elapsed() < qint64(q->m_config.tokenRenewAfterSeconds) * 1000;
    }
    bool bearerFor(const Call &c) const
    {
        return !c.qps || q->m_credentials.account.authKind == QualysAccount::AuthKind::Client;
    }
    int backoffMs(int attempt) const
    {
        const qint64 base = std::max(0, q->m_config.backoffBaseMs);
        const qint64 delay = base << std::min(attempt, 16);
        return int(std::min<qint64>(delay, qint64(q->m_config.maxBackoffSeconds) * 1000));
    }
    QualysError decorate(QualysError e) const
    {
        e.user = q->m_credentials.account.user;
        const QualysPlatform &p = q->m_credentials.account.platform;
        e.platformName = p.isCustom() ? p.gateway.host() : p.id;
        return q->redacted(e);
    }

    void start(const CallPtr &call);
    void pump();
    void sendWithAuth(const CallPtr &call);
    void send(const CallPtr &call);
    void onFinished(const CallPtr &call);
    void waitAndRetry(const CallPtr &call, int delayMs);
    void finish(const CallPtr &call, Reply reply);

    void ensureLogin(std::function<void(const QualysError &)> then);
    void startLogin(const QUrl &redirectedTo = {});
    void onLoginFinished();
    void endLogin(const QualysError &error);
    void abortReply(QNetworkReply *&reply);
};

void QualysSession::Private::abortReply(QNetworkReply *&reply)
{
    if (!reply)
        return;
    reply->disconnect(q);
    reply->abort();
    reply->deleteLater();
    reply = nullptr;
}

void QualysSession::Private::start(const CallPtr &call)
{
    active.append(call);
    if (q->m_configError.isError()) {
        // Asynchronous like every other answer.
        QTimer::singleShot(0, q, [this, call] {
            Reply r;
            r.error = q->m_configError;
            finish(call, r);
        });
        return;
    }
    if (call->qps) {
        qpsQueue.append(call);
        pump();
    } else {
        sendWithAuth(call);
    }
}

void QualysSession::Private::pump()
{
    if (qpsHolder || qpsQueue.isEmpty())
        return;
    const qint64 now = clock.elapsed();
    if (now < nextQpsAt) {
        if (!pumpScheduled) {
            pumpScheduled = true;
            QTimer::singleShot(int(nextQpsAt - now), q, [this] {
                pumpScheduled = false;
                pump();
            });
        }
        return;
    }
    // One QPS call in flight, started at least qpsSpacingMs after the previous one.
    const CallPtr call = qpsQueue.takeFirst();
    qpsHolder = call;
    nextQpsAt = now + std::max(0, q->m_config.qpsSpacingMs);
    sendWithAuth(call);
}

void QualysSession::Private::sendWithAuth(const CallPtr &call)
{
    if (bearerFor(*call) && !tokenValid()) {
        ensureLogin([this, call](const QualysError &error) {
            if (call->finished)
                return;
            if (error.isError()) {
                Reply r;
                r.error = error;
                finish(call, r);
            } else {
                send(call);
            }
        });
        return;
    }
    send(call);
}

void QualysSession::Private::send(const CallPtr &call)
{
    const QualysPlatform &platform = q->m_credentials.account.platform;
    if (call->url.isEmpty())
        call->url = join(call->qps ? platform.apiServer : platform.gateway, call->path);
    QNetworkRequest req(call->url);
    net::prepareRequest(req, transport);
    if (call->url.scheme() == "https"_L1)
        req.setSslConfiguration(ssl);
    req.setRawHeader("User-Agent", "AzureTenantConnector/" ATC_VERSION_STRING);
    req.setRawHeader("Accept", "application/json");
    if (!call->body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (bearerFor(*call)) {
        call->tokenUsed = jwt;
        req.setRawHeader("Authorization", "Bearer " + jwt.toUtf8());
    } else {
        const QualysCredentials &c = q->m_credentials;
        req.setRawHeader("Authorization",
                         "Basic " + (c.account.user + u':' + c.secret).toUtf8().toBase64());
    }
    if (call->qps)
        req.setRawHeader("X-Requested-With", "AzureTenantConnector");
    call->sslErrors.clear();
    if (call->method == "GET" && call->body.isEmpty()) {
        call->reply = q->m_nam->get(req);
    } else if (call->repeat == Repeat::Never && !call->body.isEmpty()) {
        // Qt must not replay a create on its own (OneShotUpload.h).
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        auto *upload = new OneShotUpload(call->body);
        call->reply = q->m_nam->sendCustomRequest(req, call->method, upload);
        upload->setParent(call->reply);
    } else {
        call->reply = q->m_nam->sendCustomRequest(req, call->method, call->body);
    }
    ++q->m_stats.requests;
    qCDebug(lcQualys) << call->method << net::displayUrl(call->url);
    net::startDeadline(call->reply, transport);
    net::limitBody(call->reply, transport);
    QObject::connect(call->reply, &QNetworkReply::sslErrors, q,
                     [call](const QList<QSslError> &errors) { call->sslErrors = errors; });
    QObject::connect(call->reply, &QNetworkReply::finished, q, [this, call] { onFinished(call); });
}

void QualysSession::Private::waitAndRetry(const CallPtr &call, int delayMs)
{
    if (call->qps) {
        // The lane stays closed for everyone until the wait is over: other calls would only
        // be refused too (and retries compound the platform's concurrency count).
        if (qpsHolder == call)
            qpsHolder.reset();
        qpsQueue.prepend(call);
        nextQpsAt = std::max(nextQpsAt, clock.elapsed() + delayMs);
        pump();
        return;
    }
    QTimer::singleShot(delayMs, q, [this, call] {
        if (!call->finished)
            sendWithAuth(call);
    });
}

void QualysSession::Private::onFinished(const CallPtr &call)
{
    QNetworkReply *reply = call->reply;
    call->reply = nullptr;
    reply->deleteLater();
    if (call->finished)
        return;
    const QualysClientConfig &cfg = q->m_config;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->isOpen() ? reply->readAll() : QByteArray();
    q->m_stats.bytesReceived += raw.size();
    // Cleaned before anything reads it: a platform may echo a password, key or token.
    const QByteArray body = redaction::apply(raw, q->knownSecrets());
    const QString display = net::displayUrl(call->url);

    Reply r;
    r.httpStatus = status;
    r.body = body;

    const bool truncated2xx =
        status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError;
    if (net::endedInTransport(reply) || truncated2xx) {
        const AzureError t = net::transportError(reply, call->sslErrors, display);
        r.error = QualysError::make(kindOf(t.kind), t.serverMessage);
        r.error.url = display;
        r.httpStatus = 0;
        if (call->repeat == Repeat::Safe && isRetryable(r.error.kind) &&
            !net::bodyTooLarge(reply) && call->attempts < cfg.maxRetries) {
            return waitAndRetry(call, backoffMs(call->attempts++));
        }
        return finish(call, r);
    }

    const QUrl base = call->qps ? q->m_credentials.account.platform.apiServer
                                : q->m_credentials.account.platform.gateway;
    const QUrl target = net::redirectTarget(reply, call->url);
    if (target.isValid()) {
        if (!net::sameOrigin(target, base)) {
            // The request carries a password or token: never to another origin.
            qCWarning(lcQualys) << "redirect to another origin refused:" << net::displayUrl(target);
            r.error = QualysError::make(QualysErrorKind::RedirectRefused, net::displayUrl(target),
                                        status);
            r.error.url = display;
            return finish(call, r);
        }
        if (call->redirects < net::MaxRedirects) {
            ++call->redirects;
            call->url = target;
            return send(call);
        }
    }

    const bool rateHeaders = !reply->rawHeader("X-RateLimit-ToWait-Sec").isEmpty() ||
                             reply->rawHeader("X-RateLimit-Remaining").trimmed() == "0";
    const bool throttled = call->qps ? (status == 409 || status == 429)
                                     : (status == 429 || (status == 409 && rateHeaders));
    if (throttled) {
        ++q->m_stats.throttled;
        const QByteArray told = reply->rawHeader("X-RateLimit-ToWait-Sec").trimmed();
        bool ok = false;
        const double seconds = told.toDouble(&ok);
        r.error = call->qps ? QualysParsers::qpsError(status, body)
                            : QualysParsers::gatewayError(status, body);
        r.error.kind = QualysErrorKind::Throttled;
        r.error.url = display;
        if (ok && seconds >= 0)
            r.error.waitSeconds = int(std::ceil(seconds));
        if ((ok && seconds > cfg.maxWaitSeconds) || call->throttles >= cfg.maxThrottleRetries)
            return finish(call, r);
        const int delay = ok && seconds >= 0 ? int(seconds * 1000) : backoffMs(call->throttles);
        ++call->throttles;
        qCDebug(lcQualys) << "throttled, waiting" << delay << "ms:" << display;
        return waitAndRetry(call, delay);
    }

    if (status == 401 && bearerFor(*call) && !call->relogged) {
        // An expired or revoked token: one new sign-in, then the server's words.
        call->relogged = true;
        if (jwt == call->tokenUsed)
            jwt.clear();
        call->url = {};
        call->redirects = 0;
        return sendWithAuth(call);
    }

    if (status >= 500 && call->repeat == Repeat::Safe && call->attempts < cfg.maxRetries)
        return waitAndRetry(call, backoffMs(call->attempts++));

    if (call->qps) {
        r.error = QualysParsers::qpsError(status, body);
    } else if (status < 200 || status >= 300) {
        r.error = QualysParsers::gatewayError(status, body);
    }
    if (r.error.isError())
        r.error.url = display;
    if (!body.trimmed().isEmpty())
        r.json = QJsonDocument::fromJson(body);
    finish(call, r);
}

void QualysSession::Private::finish(const CallPtr &call, Reply reply)
{
    if (call->finished)
        return;
    call->finished = true;
    active.removeAll(call);
    if (call->qps) {
        qpsQueue.removeAll(call);
        if (qpsHolder == call) {
            qpsHolder.reset();
            QTimer::singleShot(0, q, [this] { pump(); });
        }
    }
    if (reply.error.isError())
        reply.error = decorate(reply.error);
    QObject *context = call->context.data();
    if (!context)
        return;
    // Always later, on the context's thread; dropped when the context dies first.
    QMetaObject::invokeMethod(
        context, [done = std::move(call->done), reply] { done(reply); }, Qt::QueuedConnection);
}

void QualysSession::Private::ensureLogin(std::function<void(const QualysError &)> then)
{
    loginWaiters.append(std::move(then));
    if (!loginReply) {
        loginAttempts = 0;
        startLogin();
    }
}

void QualysSession::Private::startLogin(const QUrl &redirectedTo)
{
    const QualysCredentials &c = q->m_credentials;
    const bool client = c.account.authKind == QualysAccount::AuthKind::Client;
    if (redirectedTo.isEmpty())
        loginRedirects = 0;
    loginUrl = redirectedTo.isEmpty()
                   ? join(c.account.platform.gateway, client ? u"/auth/oidc"_s : u"/auth"_s)
                   : redirectedTo;
    QNetworkRequest req(loginUrl);
    net::prepareRequest(req, transport);
    if (loginUrl.scheme() == "https"_L1)
        req.setSslConfiguration(ssl);
    req.setRawHeader("User-Agent", "AzureTenantConnector/" ATC_VERSION_STRING);
    QByteArray body;
    if (client) {
        req.setRawHeader("clientId", c.account.user.toUtf8());
        req.setRawHeader("clientSecret", c.secret.toUtf8());
    } else {
        // Every value percent-encoded in full so that '+', '&' or '=' survive.
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        body = "username=" + QUrl::toPercentEncoding(c.account.user) +
               "&password=" + QUrl::toPercentEncoding(c.secret) + "&token=true";
    }
    loginSslErrors.clear();
    loginReply = q->m_nam->post(req, body);
    ++q->m_stats.requests;
    net::startDeadline(loginReply, transport);
    net::limitBody(loginReply, transport);
    QObject::connect(loginReply, &QNetworkReply::sslErrors, q,
                     [this](const QList<QSslError> &errors) { loginSslErrors = errors; });
    QObject::connect(loginReply, &QNetworkReply::finished, q, [this] { onLoginFinished(); });
}

void QualysSession::Private::onLoginFinished()
{
    QNetworkReply *reply = loginReply;
    loginReply = nullptr;
    reply->deleteLater();
    const bool client = q->m_credentials.account.authKind == QualysAccount::AuthKind::Client;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->isOpen() ? reply->readAll() : QByteArray();
    q->m_stats.bytesReceived += raw.size();
    const QString display = net::displayUrl(loginUrl);
    const bool truncated2xx =
        status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError;
    if (net::endedInTransport(reply) || truncated2xx) {
        const AzureError t = net::transportError(reply, loginSslErrors, display);
        QualysError e = QualysError::make(kindOf(t.kind), t.serverMessage);
        e.url = display;
        if (isRetryable(e.kind) && !net::bodyTooLarge(reply) &&
            loginAttempts < q->m_config.maxRetries) {
            QTimer::singleShot(backoffMs(loginAttempts++), q, [this] {
                if (!loginReply && !loginWaiters.isEmpty())
                    startLogin();
            });
            loginReply = nullptr;
            return;
        }
        return endLogin(e);
    }
    const QUrl target = net::redirectTarget(reply, loginUrl);
    if (target.isValid()) {
        if (!net::sameOrigin(target, q->m_credentials.account.platform.gateway)) {
            qCWarning(lcQualys) << "sign-in redirected to another origin; refused:"
                                << net::displayUrl(target);
            QualysError e = QualysError::make(QualysErrorKind::RedirectRefused,
                                              net::displayUrl(target), status);
            e.url = display;
            return endLogin(e);
        }
        if (loginRedirects < net::MaxRedirects) {
            ++loginRedirects;
            return startLogin(target);
        }
    }
    const QByteArray body = redaction::apply(raw, q->knownSecrets());
    if (status >= 200 && status < 300) {
        // The body is the token itself (no JSON wrapper); tolerate a JSON string or object.
        QByteArray token = raw.trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(token);
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            token =
                QualysParsers::toText(o.value("token"_L1).isUndefined() ? o.value("access_token"_L1)
                                                                        : o.value("token"_L1))
                    .toUtf8();
        } else if (token.size() >= 2 && token.startsWith('"') && token.endsWith('"')) {
            token = token.mid(1, token.size() - 2);
        }
        const bool plausible = !token.isEmpty() && token.size() <= MaxTokenBytes &&
                               std::all_of(token.begin(), token.end(), [](char ch) {
                                   return ch > 0x20 && ch < 0x7f && ch != '<';
                               });
        if (!plausible) {
            QualysError e = QualysError::make(QualysErrorKind::MalformedResponse, {}, status);
            e.url = display;
            return endLogin(e);
        }
        if (!jwt.isEmpty())
            pastTokens.append(jwt);
        jwt = QString::fromLatin1(token);
        jwtAge.start();
        ++q->m_stats.logins;
        return endLogin({});
    }
    if (status >= 500 && loginAttempts < q->m_config.maxRetries) {
        QTimer::singleShot(backoffMs(loginAttempts++), q, [this] {
            if (!loginReply && !loginWaiters.isEmpty())
                startLogin();
        });
        return;
    }
    QualysError e = QualysParsers::gatewayError(status, body);
    if (status == 401)
        e.kind = client ? QualysErrorKind::ClientLoginFailed : QualysErrorKind::LoginFailed;
    e.url = display;
    endLogin(e);
}

void QualysSession::Private::endLogin(const QualysError &error)
{
    const auto waiters = std::move(loginWaiters);
    loginWaiters.clear();
    const QualysError decorated = error.isError() ? decorate(error) : error;
    for (const auto &w : waiters)
        w(decorated);
}

QualysSession::QualysSession(QNetworkAccessManager *nam, QualysCredentials credentials,
                             QualysClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_credentials(std::move(credentials)),
      m_config(std::move(config)), d(new Private(this))
{
    d->ssl = QSslConfiguration::defaultConfiguration();
    d->transport.transferTimeoutMs = m_config.transferTimeoutMs;
    d->transport.requestDeadlineMs = m_config.requestDeadlineMs;
    d->transport.maxResponseBytes = m_config.maxResponseBytes;
    const QString why = m_credentials.account.platform.validate();
    if (!why.isEmpty()) {
        m_configError = QualysError::make(QualysErrorKind::InvalidInput, why);
    } else if (m_credentials.account.user.trimmed().isEmpty() || m_credentials.secret.isEmpty()) {
        m_configError =
            QualysError::make(QualysErrorKind::InvalidInput,
                              m_credentials.account.authKind == QualysAccount::AuthKind::Client
                                  ? tr("the client ID and the client secret are required")
                                  : tr("the Qualys user name and password are required"));
    }
    if (!m_config.caCertificateFile.isEmpty()) {
        // Added to the system's CAs for both hosts, never instead of them.
        QList<QSslCertificate> extra;
        QString reason;
        if (AzureSession::readCaCertificates(m_config.caCertificateFile, &extra, &reason))
            d->ssl.addCaCertificates(extra);
        else
            m_configError = QualysError::make(QualysErrorKind::InvalidInput, reason);
    }
    if (m_configError.isError())
        m_configError = d->decorate(m_configError);
}

QualysSession::~QualysSession()
{
    for (const CallPtr &call : std::as_const(d->active))
        d->abortReply(call->reply);
    d->abortReply(d->loginReply);
    delete d;
}

void QualysSession::gateway(const QByteArray &method, const QString &path, const QByteArray &body,
                            Repeat repeat, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->body = body;
    call->repeat = repeat;
    call->context = context;
    call->done = std::move(done);
    d->start(call);
}

void QualysSession::qps(const QByteArray &method, const QString &path, const QByteArray &body,
                        Repeat repeat, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->qps = true;
    call->method = method.isEmpty() ? "POST"_ba : method;
    call->path = path;
    call->body = body;
    call->repeat = repeat;
    call->context = context;
    call->done = std::move(done);
    d->start(call);
}

void QualysSession::login(QObject *context, std::function<void(const QualysError &)> done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done)](const QualysError &error) {
        if (guard)
            QMetaObject::invokeMethod(
                guard.data(), [done, error] { done(error); }, Qt::QueuedConnection);
    };
    if (m_configError.isError()) {
        deliver(m_configError);
        return;
    }
    // Test login proves the credentials now: a cached token proves nothing new.
    if (!d->loginReply)
        d->jwt.clear();
    d->ensureLogin(deliver);
}

void QualysSession::cancelAll()
{
    cancel(nullptr);
    d->abortReply(d->loginReply);
    d->endLogin(QualysError::make(QualysErrorKind::Cancelled));
}

void QualysSession::cancel(QObject *context)
{
    const QList<CallPtr> calls = d->active;
    for (const CallPtr &call : calls) {
        if (context && call->context != context)
            continue;
        d->abortReply(call->reply);
        Reply r;
        r.error = QualysError::make(QualysErrorKind::Cancelled);
        d->finish(call, r); // frees the QPS lane when this call held it
    }
}

QStringList QualysSession::knownSecrets() const
{
    QStringList secrets{m_credentials.secret, d->jwt};
    secrets += d->pastTokens;
    secrets += d->extraSecrets;
    if (!m_credentials.secret.isEmpty()) {
        secrets.append(QString::fromLatin1(
            (m_credentials.account.user + u':' + m_credentials.secret).toUtf8().toBase64()));
    }
    if (m_nam)
        secrets.append(m_nam->proxy().password());
    secrets.removeAll(QString());
    return secrets;
}

void QualysSession::addKnownSecret(const QString &secret)
{
    if (!secret.isEmpty() && !d->extraSecrets.contains(secret))
        d->extraSecrets.append(secret);
}

QualysError QualysSession::redacted(QualysError error) const
{
    error.redact(knownSecrets());
    return error;
}

} // namespace atc
