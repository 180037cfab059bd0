#include "QualysCredentialResolver.h"

#include <QTimer>

#include "store/SecretMessages.h"
#include "store/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

std::optional<QualysAccount>
QualysCredentialResolver::environmentAccount(const QualysPlatform &platform)
{
    QualysAccount a;
    a.platform = platform;
    if (!env("QUALYS_USERNAME").isEmpty() && !env("QUALYS_PASSWORD").isEmpty()) {
        a.authKind = QualysAccount::AuthKind::Password;
        a.user = env("QUALYS_USERNAME");
        return a;
    }
    if (!env("QUALYS_CLIENT_ID").isEmpty() && !env("QUALYS_CLIENT_SECRET").isEmpty()) {
        a.authKind = QualysAccount::AuthKind::Client;
        a.user = env("QUALYS_CLIENT_ID");
        return a;
    }
    return std::nullopt;
}

QString QualysCredentialResolver::environmentSecret(QualysAccount::AuthKind kind)
{
    return kind == QualysAccount::AuthKind::Client ? env("QUALYS_CLIENT_SECRET")
                                                   : env("QUALYS_PASSWORD");
}

void QualysCredentialResolver::resolve(SecretStore *store, const QualysAccount &account,
                                       bool useEnvironment, QObject *context, Callback done)
{
    if (useEnvironment) {
        const auto fromEnv = environmentAccount(account.platform);
        // The environment wins when it names this account (or when no user was chosen).
        if (fromEnv && fromEnv->authKind == account.authKind &&
            (account.user.isEmpty() || fromEnv->user == account.user)) {
            Resolved r;
            r.credentials.account = *fromEnv;
            r.credentials.secret = environmentSecret(fromEnv->authKind);
            r.fromEnvironment = true;
            QTimer::singleShot(0, context, [done = std::move(done), r] { done(r); });
            return;
        }
    }
    auto unavailable = [account](SecretStore::Status status, const QString &storeWords) {
        const QString why = storeWords.isEmpty() ? secretStatusMessage(status) : storeWords;
        const QString what = account.authKind == QualysAccount::AuthKind::Client
                                 ? tr("The stored Qualys client secret of %1 is not available")
                                       .arg(account.displayName())
                                 : tr("The stored Qualys password of %1 is not available")
                                       .arg(account.displayName());
        QString text = why.isEmpty() ? QString(what + u'.') : QString(what + u": "_s + why);
        text += u' ' + tr("Sign in again (Settings > Qualys accounts, or atc qualys login); the "
                          "CLI also reads QUALYS_USERNAME and QUALYS_PASSWORD, or "
                          "QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET.");
        Resolved r;
        r.credentials.account = account;
        r.error = QualysError::make(QualysErrorKind::StoredCredentialUnavailable, text);
        return r;
    };
    if (!store || account.user.isEmpty()) {
        const Resolved r = unavailable(SecretStore::Status::NotFound, {});
        QTimer::singleShot(0, context, [done = std::move(done), r] { done(r); });
        return;
    }
    store->read(account.secretKey(), context,
                [done = std::move(done), account, unavailable](const SecretStore::Result &sr) {
                    if (!sr.ok() || sr.secret.isEmpty()) {
                        done(unavailable(sr.ok() ? SecretStore::Status::NotFound : sr.status,
                                         sr.errorMessage));
                        return;
                    }
                    Resolved r;
                    r.credentials.account = account;
                    r.credentials.secret = sr.secret;
                    done(r);
                });
}

} // namespace atc
