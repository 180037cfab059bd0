#include "InMemorySecretStore.h"

#include "SecretMessages.h"

namespace atc {

void InMemorySecretStore::deliver(QObject *context, Callback done, Result result)
{
    if (!context || !done)
        return;
    // Queued on the context: dropped by Qt if the context dies first, never synchronous.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void InMemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result r;
    r.key = key;
    if (m_failure) {
        r.status = *m_failure;
        r.errorMessage = secretStatusMessage(r.status);
    } else if (!m_secrets.contains(key)) {
        r.status = Status::NotFound;
        r.errorMessage = secretStatusMessage(r.status);
    } else {
        r.status = Status::Ok;
        r.secret = m_secrets.value(key);
    }
    deliver(context, std::move(done), std::move(r));
}

void InMemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    Result r;
    r.key = key;
    if (m_failure) {
        r.status = *m_failure;
        r.errorMessage = secretStatusMessage(r.status);
    } else {
        m_secrets.insert(key, secret);
        r.status = Status::Ok;
    }
    deliver(context, std::move(done), std::move(r));
}

void InMemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result r;
    r.key = key;
    if (m_failure) {
        r.status = *m_failure;
        r.errorMessage = secretStatusMessage(r.status);
    } else {
        m_secrets.remove(key);
        r.status = Status::Ok;
    }
    deliver(context, std::move(done), std::move(r));
}

} // namespace atc
