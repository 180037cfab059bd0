#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "qualys/QualysAccount.h"
#include "qualys/QualysClientConfig.h"
#include "qualys/QualysError.h"

class QNetworkAccessManager;

namespace atc {

class QualysSession;
class SecretStore;

/** How a platform is named in sentences: the pod ("US1"), or the custom gateway's host:port. */
QString qualysPlatformName(const QualysPlatform &platform);

/**
 * One QualysSession per account for a window or the wizard, so that a Test login, the tag list
 * and a push share one JWT. The secret comes from the keychain (QualysCredentialResolver) on
 * first use, or from addCredentials() (the sandbox's well-known user, never stored). Does NOT
 * own the QNetworkAccessManager or the SecretStore; owns the sessions.
 */
class QualysSessionPool : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(QualysSession *session, const QualysError &error)>;

    QualysSessionPool(QNetworkAccessManager *nam, SecretStore *secrets, QualysClientConfig config,
                      QObject *parent = nullptr);

    /** Credentials known in memory: used instead of the keychain for that account. */
    void addCredentials(const QualysCredentials &credentials);
    bool hasCredentials(const QualysAccount &account) const;

    /**
     * The session of `account`: at once when open, else after the keychain answered. `done`
     * runs exactly once on `context`'s thread unless `context` died first.
     */
    void acquire(const QualysAccount &account, QObject *context, Callback done);
    /** Drops the session (the secret changed or the account was removed); the next acquire()
     *  reads the secret again. Credentials given by addCredentials() are kept. */
    void forget(const QualysAccount &account);
    /** forget() when `error` says the platform refused the account's secret. */
    void forgetAfter(const QualysAccount &account, const QualysError &error);

private:
    QualysSession *open(const QualysCredentials &credentials);

    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_secrets;
    QualysClientConfig m_config;
    QHash<QString, QualysSession *> m_sessions;
    QHash<QString, QualysCredentials> m_known;
};

} // namespace atc
