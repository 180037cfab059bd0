#include "SecretResolver.h"

#include <QProcessEnvironment>
#include <QTimer>

#include "SecretMessages.h"
#include "model/SandboxIdentity.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QString SecretResolver::environmentSecret()
{
    return QProcessEnvironment::systemEnvironment().value(u"AZURE_CLIENT_SECRET"_s);
}

QString SecretResolver::unavailableMessage(SecretStore::Status status, const QString &storeMessage,
                                           bool mentionEnvironment)
{
    const QString why = storeMessage.isEmpty() ? secretStatusMessage(status) : storeMessage;
    QString text = why.isEmpty()
                       ? tr("The stored authentication key is not available.")
                       : tr("The stored authentication key is not available: %1").arg(why);
    if (mentionEnvironment)
        text += u' ' + tr("You can also set AZURE_CLIENT_SECRET (never an argument).");
    return text;
}

void SecretResolver::resolve(SecretStore *store, const QString &key, QObject *context,
                             Callback done, Options options)
{
    // The sandbox's key is public and known to the code: before the environment (which holds
    // another tenant's key) and never from the keychain (which may be locked or absent).
    if (sandbox::isSandboxSecretKey(key)) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            ResolvedSecret r;
            r.status = SecretStore::Status::Ok;
            r.source = ResolvedSecret::Source::Sandbox;
            r.secret = sandbox::clientSecret();
            done(r);
        });
        return;
    }
    if (options.environment) {
        if (const QString env = environmentSecret(); !env.isEmpty()) {
            QTimer::singleShot(0, context, [done = std::move(done), env] {
                ResolvedSecret r;
                r.status = SecretStore::Status::Ok;
                r.source = ResolvedSecret::Source::Environment;
                r.secret = env;
                done(r);
            });
            return;
        }
    }
    if (!store || key.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done), options] {
            ResolvedSecret r;
            r.status = SecretStore::Status::NotFound;
            r.errorMessage = unavailableMessage(r.status, {}, options.mentionEnvironment);
            done(r);
        });
        return;
    }
    store->read(key, context, [done = std::move(done), options](const SecretStore::Result &sr) {
        ResolvedSecret r;
        r.status = sr.status;
        if (sr.ok()) {
            r.source = ResolvedSecret::Source::Keychain;
            r.secret = sr.secret;
        } else {
            r.errorMessage =
                unavailableMessage(sr.status, sr.errorMessage, options.mentionEnvironment);
        }
        done(r);
    });
}

} // namespace atc
