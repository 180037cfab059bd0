#include "KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>

#include <atomic>

#include <qt6keychain/keychain.h>

#include "SecretCallGuard.h"
#include "SecretMessages.h"
#include "StoreLogging.h"
#include "model/SandboxIdentity.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<int> g_jobsStarted{0};

enum class Op
{
    Read,
    Write,
    Remove,
};

bool keychainAvailable()
{
#ifdef ATC_QTKEYCHAIN_HAS_IS_AVAILABLE
    return QKeychain::isAvailable();
#else
    // QtKeychain before 0.14 (Debian 12 ships 0.13) has no isAvailable(): a missing service
    // shows up as NoBackendAvailable (or a D-Bus error) from the job itself.
    return true;
#endif
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, QString service, int timeoutMs)
    : SecretStore(parent), m_service(std::move(service)), m_timeoutMs(timeoutMs)
{}

KeychainSecretStore::~KeychainSecretStore()
{
    // The jobs die with this object and will never answer: end their calls now.
    const auto guards = findChildren<SecretCallGuard *>(Qt::FindDirectChildrenOnly);
    for (SecretCallGuard *guard : guards)
        guard->cancel();
}

int KeychainSecretStore::jobsStarted()
{
    return g_jobsStarted.load();
}

SecretStore::Status KeychainSecretStore::statusForKeychainError(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Status::OtherError;
}

namespace {

// QtKeychain 0.13 reports a missing or unreachable Secret Service as OtherError with the
// D-Bus text; these texts mean "nobody provides a keychain on this session bus".
bool meansNoService(const QString &errorString)
{
    static const char *const markers[] = {
        "ServiceUnknown",    "org.freedesktop.secrets", "not provided by any .service",
        "Could not connect", "autolaunch D-Bus",        "D-Bus is not running",
        "address is empty",  "No such interface",
    };
    for (const char *m : markers) {
        if (errorString.contains(QLatin1String(m), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/**
 * A read that QtKeychain answered EntryNotFound: a locked keyring looks exactly like that (its
 * libsecret backend asks to unlock, and a dismissed or impossible prompt returns "no item").
 * The Secret Service's SearchItems lists locked items without any prompt: QtKeychain stores
 * the key under the attributes user=<key>, server=<service>. `done(true)` when such an item
 * exists but is locked; false otherwise (not stored, or no Secret Service to ask).
 */
void askWhetherLocked(const QString &service, const QString &key, QObject *receiver,
                      std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    const QMap<QString, QString> attributes{{u"user"_s, key}, {u"server"_s, service}};
    call << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), receiver);
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, receiver,
        [watcher, done](QDBusPendingCallWatcher *) {
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply =
                *watcher;
            watcher->deleteLater();
            done(!reply.isError() && !reply.argumentAt<1>().isEmpty());
        });
}

void run(KeychainSecretStore *store, Op op, const QString &service, int timeoutMs,
         const QString &key, const QString &secret, QObject *context, SecretStore::Callback done)
{
    using Status = SecretStore::Status;
    auto *guard = new SecretCallGuard(key, context, std::move(done), timeoutMs, store);
    if (sandbox::isSandboxSecretKey(key)) {
        // The sandbox's well-known key (SandboxIdentity.h) is never stored: reading gives it,
        // writing and removing succeed, and a locked or absent keyring is never asked.
        SecretStore::Result r;
        r.status = Status::Ok;
        r.key = key;
        if (op == Op::Read)
            r.secret = sandbox::clientSecret();
        guard->finish(r);
        return;
    }
    if (!keychainAvailable()) {
        SecretStore::Result r;
        r.status = Status::NoBackend;
        r.key = key;
        r.errorMessage = secretStatusMessage(r.status);
        guard->finish(r);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(service, store);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(service, store);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(service, store);
        break;
    }
    ++g_jobsStarted;
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext copy in QSettings
    job->setAutoDelete(true);
    QPointer<SecretCallGuard> guarded(guard);
    QObject::connect(
        job, &QKeychain::Job::finished, guard, [guarded, op, key, service](QKeychain::Job *j) {
            if (!guarded)
                return;
            SecretStore::Result r;
            r.key = key;
            r.status = KeychainSecretStore::statusForKeychainError(j->error());
            if (op == Op::Remove && r.status == Status::NotFound)
                r.status = Status::Ok; // removing what is not there succeeds
            if (r.status == Status::OtherError && meansNoService(j->errorString()))
                r.status = Status::NoBackend;
            if (r.status == Status::Ok && op == Op::Read)
                r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            if (r.status != Status::Ok) {
                // The error text of QtKeychain names the backend problem, never the secret.
                r.errorMessage = secretStatusMessage(
                    r.status, r.status == Status::OtherError ? j->errorString() : QString());
                qCDebug(lcStore) << "keychain operation" << int(op) << "for" << key
                                 << "failed: QKeychain error" << int(j->error())
                                 << j->errorString();
            }
            if (op == Op::Read && r.status == Status::NotFound) {
                // "Not found" may be a locked keyring: ask before saying the key is not stored.
                askWhetherLocked(service, key, guarded, [guarded, r](bool locked) mutable {
                    if (!guarded)
                        return;
                    if (locked) {
                        r.status = Status::Locked;
                        r.errorMessage = secretStatusMessage(r.status);
                    }
                    guarded->finish(r);
                });
                return;
            }
            guarded->finish(r);
        });
    job->start();
}

} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(this, Op::Read, m_service, m_timeoutMs, key, {}, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback done)
{
    run(this, Op::Write, m_service, m_timeoutMs, key, secret, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(this, Op::Remove, m_service, m_timeoutMs, key, {}, context, std::move(done));
}

} // namespace atc
