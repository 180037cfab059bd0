#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "QualysPlatform.h"

namespace atc {

/**
 * A Qualys API user on one platform: user name + password (gateway POST /auth, QPS Basic) or
 * an OAuth client id + secret (gateway POST /auth/oidc). The secret is never part of it: it
 * lives in the keychain under secretKey(). Saved without secrets by QualysAccountStore.
 */
struct QualysAccount
{
    enum class AuthKind
    {
        Password, ///< user name + password
        Client,   ///< client id + client secret (user-level client, /auth/oidc)
    };

    QualysPlatform platform;
    AuthKind authKind = AuthKind::Password;
    QString user; ///< the Qualys user name, or the client id

    /** "qualys:<platform key>:<user>": one keychain entry per platform and user. */
    QString secretKey() const;
    /** "contoso_ab1 on US1": how the account is named to the user. */
    QString displayName() const;
    bool operator==(const QualysAccount &o) const;
};

/** An account with its secret in memory, as a session needs it. Never serialised or logged. */
struct QualysCredentials
{
    QualysAccount account;
    QString secret; ///< the password or client secret
};

} // namespace atc
