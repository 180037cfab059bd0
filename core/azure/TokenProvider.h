#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include "AzureError.h"

class QNetworkReply;

namespace atc {

class AzureSession;

/**
 * Client-credentials tokens for ARM (scope `{arm}/.default`), cached until shortly before
 * expiry; concurrent requests share one token request. Owned by AzureSession.
 */
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &token, const AzureError &error)>;

    explicit TokenProvider(AzureSession *session);
    ~TokenProvider() override;

    /**
     * Calls `done` exactly once, always later (never from inside this call), unless `context`
     * is destroyed or cancel(context) is called first. The token is never logged.
     */
    void getToken(QObject *context, Callback done);
    /** Forgets the cached token (only if it is `token`, when given): the 401 refresh path. */
    void invalidate(const QString &token = {});
    /** Drops the waiting callbacks of `context`. */
    void cancel(QObject *context);
    /** Aborts the token request and drops every waiting callback. */
    void cancelAll();

    /** The `tid` claim of the current token (empty before the first token or for opaque ones). */
    QString tenantIdFromToken() const { return m_tenantId; }
    bool hasValidToken() const;
    /** {authority}/{tenant}/oauth2/v2.0/token */
    QUrl tokenUrl() const;
    /** {ARM endpoint without trailing slash}/.default */
    QString scope() const;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        QObject *key = nullptr;
        Callback done;
    };
    /** POSTs the form to tokenUrl(), or to `redirectedTo` (same origin) when given. */
    void startRequest(const QUrl &redirectedTo = {});
    void onReply();
    void complete(const AzureError &error);
    void scheduleDelivery();

    AzureSession *m_session;
    QString m_token;
    QString m_tenantId;
    QDateTime m_refreshAfter;
    QList<Waiter> m_waiters;
    QNetworkReply *m_reply = nullptr;
    QList<QSslError> m_sslErrors;
    QUrl m_requestUrl; ///< where the current token request goes
    int m_redirects = 0;
    int m_attempt = 0;
    int m_throttles = 0;
    bool m_deliveryScheduled = false;
    bool m_retryPending = false;
    quint64 m_generation = 0;
};

} // namespace atc
