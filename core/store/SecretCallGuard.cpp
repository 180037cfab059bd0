#include "SecretCallGuard.h"

#include "SecretMessages.h"
#include "StoreLogging.h"

namespace atc {

SecretCallGuard::SecretCallGuard(QString key, QObject *context, SecretStore::Callback done,
                                 int timeoutMs, QObject *parent)
    : QObject(parent), m_key(std::move(key)), m_context(context), m_callback(std::move(done))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCWarning(lcStore) << "keychain call timed out for" << m_key;
        SecretStore::Result r;
        r.status = SecretStore::Status::Timeout;
        r.key = m_key;
        r.errorMessage = secretStatusMessage(r.status);
        finish(r);
    });
    m_timer.start(timeoutMs);
}

void SecretCallGuard::cancel()
{
    SecretStore::Result r;
    r.status = SecretStore::Status::OtherError;
    r.key = m_key;
    r.errorMessage = tr("The keychain request was cancelled because the application is closing "
                        "the keychain connection. Try again.");
    finish(r);
}

void SecretCallGuard::finish(SecretStore::Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_context && m_callback) {
        QMetaObject::invokeMethod(
            m_context.data(),
            [done = std::move(m_callback), result = std::move(result)] { done(result); },
            Qt::QueuedConnection);
    }
    deleteLater();
}

} // namespace atc
