#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace atc {

/**
 * Asynchronous access to secrets (authentication keys, proxy passwords). Every call invokes
 * its callback exactly once, later, on the thread of `context`, unless `context` was destroyed
 * first. Implementations never write a secret anywhere but their backend and never log one.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        AccessDenied,
        NoBackend, ///< no keychain service available
        Timeout,
        OtherError,
        Locked, ///< the key is stored, but in a locked keyring (its unlock prompt was not answered)
    };

    struct Result
    {
        Status status = Status::OtherError;
        QString key;
        QString secret;       ///< read() only
        QString errorMessage; ///< translated; says what to install, start or unlock
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    /** Removing a key that does not exist succeeds (status Ok). */
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace atc
