#pragma once

#include <functional>

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include "SecretStore.h"

namespace atc {

/**
 * The one place where a connector's authentication key is looked up and where a failure
 * becomes words: the runtime, the wizard (Test Connection, Create) and the CLI all resolve
 * through it.
 *
 *   SecretResolver::resolve(store, profile.secretKey(), context, [](const ResolvedSecret &r) {
 *       if (!r.ok()) show(r.errorMessage);   // "The stored authentication key is not
 *   });                                      //  available: Unlock your keyring: …"
 *
 * The environment (AZURE_CLIENT_SECRET) comes first when `Options::environment` is set (the
 * CLI); the desktop never reads it. A sandbox profile's key (sandbox::isSandboxSecretKey) is
 * the well-known one, before either: no keychain, no environment.
 */
struct ResolvedSecret
{
    enum class Source
    {
        None,
        Environment,
        Keychain,
        Sandbox, ///< the sandbox's well-known key (SandboxIdentity.h), no keychain asked
    };
    /** Ok, or why the stored key is unavailable (NotFound, Locked, AccessDenied, …). */
    SecretStore::Status status = SecretStore::Status::OtherError;
    Source source = Source::None;
    QString secret;
    /** Translated, empty when ok(): "The stored authentication key is not available: …". */
    QString errorMessage;
    bool ok() const { return status == SecretStore::Status::Ok; }
};

struct SecretResolverOptions
{
    /** Take AZURE_CLIENT_SECRET when it is set (the CLI); never an argument. */
    bool environment = false;
    /** Add "You can also set AZURE_CLIENT_SECRET" to the words of a failure (the CLI). */
    bool mentionEnvironment = false;
};

class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(atc::SecretResolver)
public:
    using Options = SecretResolverOptions;
    using Callback = std::function<void(const ResolvedSecret &)>;

    /**
     * Resolves the key stored under `key` in `store` (`store` may be null when the environment
     * is allowed). `done` is called exactly once, later, on the context's thread (never if the
     * context dies first).
     */
    static void resolve(SecretStore *store, const QString &key, QObject *context, Callback done,
                        Options options = {});

    /** The value of AZURE_CLIENT_SECRET (empty when unset). */
    static QString environmentSecret();

    /**
     * The words for a stored key that cannot be read, from the secret store's status and its
     * own sentence (what to install, start or unlock): one sentence everywhere.
     */
    static QString unavailableMessage(SecretStore::Status status, const QString &storeMessage,
                                      bool mentionEnvironment = false);
};

} // namespace atc
