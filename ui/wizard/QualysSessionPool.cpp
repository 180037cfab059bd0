#include "QualysSessionPool.h"

#include <QTimer>

#include "qualys/QualysCredentialResolver.h"
#include "qualys/QualysSession.h"
#include "store/SecretStore.h"

namespace atc {

namespace {

// The pool's key: the account's keychain key names the platform and the user.
QString poolKey(const QualysAccount &account)
{
    return account.secretKey() + QLatin1Char('|') +
           QString::number(int(account.authKind)); // a kind change is another login
}

} // namespace

QString qualysPlatformName(const QualysPlatform &platform)
{
    if (!platform.isCustom())
        return platform.id;
    const QUrl &g = platform.gateway;
    return g.port() > 0 ? g.host() + QLatin1Char(':') + QString::number(g.port()) : g.host();
}

QualysSessionPool::QualysSessionPool(QNetworkAccessManager *nam, SecretStore *secrets,
                                     QualysClientConfig config, QObject *parent)
    : QObject(parent), m_nam(nam), m_secrets(secrets), m_config(std::move(config))
{}

void QualysSessionPool::addCredentials(const QualysCredentials &credentials)
{
    forget(credentials.account);
    m_known.remove(poolKey(credentials.account));
    m_known.insert(poolKey(credentials.account), credentials);
}

bool QualysSessionPool::hasCredentials(const QualysAccount &account) const
{
    return m_known.contains(poolKey(account));
}

QualysSession *QualysSessionPool::open(const QualysCredentials &credentials)
{
    auto *session = new QualysSession(m_nam, credentials, m_config, this);
    m_sessions.insert(poolKey(credentials.account), session);
    return session;
}

void QualysSessionPool::acquire(const QualysAccount &account, QObject *context, Callback done)
{
    const QString key = poolKey(account);
    QPointer<QObject> guard(context);
    if (QualysSession *s = m_sessions.value(key)) {
        // Later, like every other answer: callers never see a re-entrant callback.
        QTimer::singleShot(0, context, [s, done] { done(s, {}); });
        return;
    }
    if (m_known.contains(key)) {
        QualysSession *s = open(m_known.value(key));
        QTimer::singleShot(0, context, [s, done] { done(s, {}); });
        return;
    }
    if (!m_secrets) {
        const QualysError error = QualysError::make(QualysErrorKind::StoredCredentialUnavailable);
        QTimer::singleShot(0, context, [error, done] { done(nullptr, error); });
        return;
    }
    QualysCredentialResolver::resolve(
        m_secrets, account, false, this,
        [this, key, guard, done](const QualysCredentialResolver::Resolved &r) {
            if (!guard)
                return;
            if (!r.ok()) {
                done(nullptr, r.error);
                return;
            }
            // Two acquires may have raced: keep the first session.
            QualysSession *s = m_sessions.value(key);
            if (!s)
                s = open(r.credentials);
            done(s, {});
        });
}

void QualysSessionPool::forget(const QualysAccount &account)
{
    const QString key = poolKey(account);
    if (QualysSession *s = m_sessions.take(key)) {
        s->cancelAll();
        s->deleteLater();
    }
}

void QualysSessionPool::forgetAfter(const QualysAccount &account, const QualysError &error)
{
    switch (error.kind) {
    case QualysErrorKind::LoginFailed:
    case QualysErrorKind::ClientLoginFailed:
    case QualysErrorKind::TokenRejected:
        forget(account); // the user may fix the secret in the keychain, then retry
        break;
    default:
        break;
    }
}

} // namespace atc
