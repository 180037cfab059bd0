#pragma once

#include <QPointer>
#include <QTimer>

#include "SecretStore.h"

namespace atc {

/**
 * One pending secret-store call: delivers its result exactly once, queued on the caller's
 * context, and turns a backend that never answers into Status::Timeout (QtKeychain jobs can
 * hang, qtkeychain issues #240 and #303). Deletes itself after delivering.
 */
class SecretCallGuard : public QObject
{
    Q_OBJECT
public:
    SecretCallGuard(QString key, QObject *context, SecretStore::Callback done, int timeoutMs,
                    QObject *parent = nullptr);

    /** The first call wins; later calls (a late backend answer after a timeout) are ignored. */
    void finish(SecretStore::Result result);
    bool isDone() const { return m_done; }
    /** Finishes with Status::OtherError ("cancelled"), e.g. when the store goes away. */
    void cancel();

private:
    QString m_key;
    QPointer<QObject> m_context;
    SecretStore::Callback m_callback;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace atc
