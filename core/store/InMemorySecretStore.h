#pragma once

#include <optional>

#include <QHash>

#include "SecretStore.h"

namespace atc {

/**
 * A SecretStore in memory, for unit tests and the sandbox. Asynchronous like the real one:
 * every callback arrives later, queued on the context's thread. Can be told to fail.
 */
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    /** Every following call fails with `status` (and changes nothing) until cleared. */
    void setFailure(std::optional<Status> status) { m_failure = status; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int count() const { return int(m_secrets.size()); }
    QStringList keys() const { return m_secrets.keys(); }

private:
    void deliver(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_secrets;
    std::optional<Status> m_failure;
};

} // namespace atc
