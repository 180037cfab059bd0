// Issue 10, point 14: a locked keyring is not a missing key. The real QtKeychain against a real
// gnome-keyring in a private D-Bus session (SECRET_SERVICE): the key is written, the keyring is
// locked over the Secret Service API, and a read (whose unlock prompt cannot be shown) must say
// "Unlock your keyring…", never "No authentication key is stored".
#include <gtest/gtest.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include "store/KeychainSecretStore.h"
#include "store/SecretMessages.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

SecretStore::Result call(const std::function<void(QObject *, SecretStore::Callback)> &op)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    op(&context, [&result](const SecretStore::Result &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    return result.value_or(SecretStore::Result{});
}

QDBusMessage secretService(const QString &method)
{
    return QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s,
                                          u"/org/freedesktop/secrets"_s,
                                          u"org.freedesktop.Secret.Service"_s, method);
}

/** Locks the default collection (no prompt is needed to lock). */
bool lockDefaultKeyring()
{
    QDBusMessage alias = secretService(u"ReadAlias"_s);
    alias << u"default"_s;
    const QDBusReply<QDBusObjectPath> path = QDBusConnection::sessionBus().call(alias);
    if (!path.isValid() || path.value().path() == u"/"_s)
        return false;
    QDBusMessage lock = secretService(u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{path.value()});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
    return reply.type() == QDBusMessage::ReplyMessage;
}

} // namespace

TEST(KeychainLocked, LockedKeyringSaysUnlockNotMissing)
{
    ASSERT_EQ(qEnvironmentVariable("ATC_TEST_SECRET_SERVICE"), u"1"_s)
        << "run through tests/common/with-secret-service.sh (ctest does)";
    KeychainSecretStore store;
    const QString key = u"locked-test:"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret = u"atc-locked~"_s + QUuid::createUuid().toString(QUuid::Id128);
    ASSERT_TRUE(call([&](QObject *c, auto d) { store.write(key, secret, c, d); }).ok());
    ASSERT_EQ(call([&](QObject *c, auto d) { store.read(key, c, d); }).secret, secret);

    ASSERT_TRUE(lockDefaultKeyring());
    const SecretStore::Result r = call([&](QObject *c, auto d) { store.read(key, c, d); });
    EXPECT_EQ(r.status, SecretStore::Status::Locked) << r.errorMessage.toStdString();
    EXPECT_TRUE(r.errorMessage.startsWith(u"Unlock your keyring"_s))
        << r.errorMessage.toStdString();
    EXPECT_FALSE(r.errorMessage.contains(u"No authentication key is stored"_s));
    EXPECT_FALSE(r.errorMessage.contains(secret));
    EXPECT_TRUE(r.secret.isEmpty());

    // A key that was never stored is still "not stored", locked keyring or not.
    const SecretStore::Result missing =
        call([&](QObject *c, auto d) { store.read(key + u"-other"_s, c, d); });
    EXPECT_EQ(missing.status, SecretStore::Status::NotFound) << missing.errorMessage.toStdString();
}

TEST(KeychainLocked, EachStatusHasItsOwnWords)
{
    using Status = SecretStore::Status;
    EXPECT_TRUE(secretStatusMessage(Status::Locked).startsWith(u"Unlock your keyring"_s));
    EXPECT_TRUE(secretStatusMessage(Status::AccessDenied).contains(u"Unlock your keyring"_s));
    EXPECT_TRUE(secretStatusMessage(Status::NotFound).contains(u"No authentication key"_s));
    EXPECT_NE(secretStatusMessage(Status::Locked), secretStatusMessage(Status::NotFound));
    EXPECT_EQ(KeychainSecretStore::statusForKeychainError(QKeychain::AccessDeniedByUser),
              Status::AccessDenied);
    EXPECT_EQ(KeychainSecretStore::statusForKeychainError(QKeychain::EntryNotFound),
              Status::NotFound); // a locked keyring too: read() then asks the Secret Service
}
