#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QSslConfiguration>

#include "QualysAccount.h"
#include "QualysClientConfig.h"
#include "QualysError.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace atc {

/**
 * One authenticated conversation with one Qualys platform, shared by every operation
 * (TenantConnectorPush, QualysConnectorStatus, …):
 *
 *   gateway call ──► JWT cached (POST /auth or /auth/oidc), renewed after
 *                    tokenRenewAfterSeconds and once on a 401, then the server's words
 *   QPS call ──────► HTTP Basic + X-Requested-With + JSON Content-Type/Accept; one call in
 *                    flight, started qpsSpacingMs apart; HTTP 200 with responseCode ≠ SUCCESS
 *                    is an error
 *   409 / 429 ─────► wait X-RateLimit-ToWait-Sec (else 2 s · 2^n, capped), at most
 *                    maxThrottleRetries times
 *
 * Credentials go only to the two configured origins: Qt follows no redirect, and a redirect to
 * another origin is refused (RedirectRefused). Every error text from a server passes through
 * redacted(). Does NOT own the QNetworkAccessManager, which must outlive the session.
 */
class QualysSession : public QObject
{
    Q_OBJECT
public:
    QualysSession(QNetworkAccessManager *nam, QualysCredentials credentials,
                  QualysClientConfig config = {}, QObject *parent = nullptr);
    ~QualysSession() override;

    const QualysPlatform &platform() const { return m_credentials.account.platform; }
    const QualysAccount &account() const { return m_credentials.account; }
    const QualysClientConfig &config() const { return m_config; }
    /** A problem of the configuration (bad URLs, unreadable CA file); every call fails with it. */
    const QualysError &configurationError() const { return m_configError; }

    struct Stats
    {
        qint64 requests = 0;
        qint64 logins = 0;    ///< JWTs obtained
        qint64 throttled = 0; ///< 409/429 rate-limit answers received
        qint64 bytesReceived = 0;
    };
    Stats stats() const { return m_stats; }

    /** The answer of one call, after retries, waits and the one re-login. */
    struct Reply
    {
        QualysError error; ///< None on a 2xx (and QPS SUCCESS)
        int httpStatus = 0;
        QByteArray body;
        QJsonDocument json; ///< when the body parsed as JSON
    };
    using Callback = std::function<void(const Reply &)>;

    /** Whether a call may be repeated after a 5xx or transport failure. A create never is. */
    enum class Repeat
    {
        Safe,
        Never,
    };

    /**
     * A connector v1.0 call on the gateway: `path` relative to the gateway (with its query),
     * `body` sent as application/json unless empty. `done` runs exactly once on `context`'s
     * thread unless `context` died first.
     */
    void gateway(const QByteArray &method, const QString &path, const QByteArray &body,
                 Repeat repeat, QObject *context, Callback done);
    /** A QPS call on the API server (POST unless `method` says otherwise). */
    void qps(const QByteArray &method, const QString &path, const QByteArray &body, Repeat repeat,
             QObject *context, Callback done);
    /** Obtains a JWT now (Test login); `done` gets the error or None. */
    void login(QObject *context, std::function<void(const QualysError &)> done);
    /** Aborts every call in flight or waiting; their callbacks get Cancelled. */
    void cancelAll();
    /** Aborts the calls made for `context` only (one operation); they get Cancelled. */
    void cancel(QObject *context);

    /** The secrets this session knows (password or client secret, the JWT, extra ones). */
    QStringList knownSecrets() const;
    /** Adds a secret that a request body carries (the Azure key of a push). */
    void addKnownSecret(const QString &secret);
    QualysError redacted(QualysError error) const;

private:
    struct Private;
    QNetworkAccessManager *m_nam;
    QualysCredentials m_credentials;
    QualysClientConfig m_config;
    QualysError m_configError;
    Stats m_stats;
    Private *d = nullptr;
};

} // namespace atc
