#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QObject>

#include "QualysAccount.h"
#include "QualysError.h"

namespace atc {

class SecretStore;

/**
 * Where the Qualys secret comes from, in this order: the environment when allowed (the CLI:
 * QUALYS_USERNAME + QUALYS_PASSWORD, or QUALYS_CLIENT_ID + QUALYS_CLIENT_SECRET; never an
 * argument), else the keychain entry of the account (QualysAccount::secretKey()).
 * A failure becomes StoredCredentialUnavailable with SecretResolver-style words.
 */
class QualysCredentialResolver
{
    Q_DECLARE_TR_FUNCTIONS(atc::QualysCredentialResolver)
public:
    struct Resolved
    {
        QualysError error;
        QualysCredentials credentials;
        bool fromEnvironment = false;
        bool ok() const { return !error.isError(); }
    };
    using Callback = std::function<void(const Resolved &)>;

    /** The account the environment names on `platform` (user and kind), if any. */
    static std::optional<QualysAccount> environmentAccount(const QualysPlatform &platform);
    /** The secret of environmentAccount() (empty when unset). */
    static QString environmentSecret(QualysAccount::AuthKind kind);

    /**
     * Resolves the secret of `account` (the environment first when `useEnvironment`). `done`
     * once, later, on `context`'s thread.
     */
    static void resolve(SecretStore *store, const QualysAccount &account, bool useEnvironment,
                        QObject *context, Callback done);
};

} // namespace atc
