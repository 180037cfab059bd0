#include <memory>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <qt6keychain/keychain.h>

#include "store/InMemorySecretStore.h"
#include "store/KeychainSecretStore.h"
#include "store/SecretCallGuard.h"
#include "store/SecretMessages.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
using Status = SecretStore::Status;

namespace {

/** Collects the results of callbacks; waits for the n-th one without a fixed sleep. */
struct Calls
{
    QList<SecretStore::Result> results;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) { results << r; };
    }
    bool waitFor(int n, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return results.size() >= n; }, timeoutMs);
    }
};

} // namespace

TEST(InMemorySecretStore, WriteReadOverwriteRemove)
{
    InMemorySecretStore store;
    QObject context;
    Calls calls;
    const QString secret = u"first~value"_s;

    store.write(u"k"_s, secret, &context, calls.callback());
    EXPECT_TRUE(calls.results.isEmpty()) << "callback must not run synchronously";
    ASSERT_TRUE(calls.waitFor(1));
    EXPECT_TRUE(calls.results.at(0).ok());

    store.read(u"k"_s, &context, calls.callback());
    ASSERT_TRUE(calls.waitFor(2));
    EXPECT_TRUE(calls.results.at(1).ok());
    EXPECT_TRUE(calls.results.at(1).secret == secret);

    store.write(u"k"_s, u"second"_s, &context, calls.callback());
    store.read(u"k"_s, &context, calls.callback());
    ASSERT_TRUE(calls.waitFor(4));
    EXPECT_TRUE(calls.results.at(3).secret == u"second"_s);

    store.remove(u"k"_s, &context, calls.callback());
    store.read(u"k"_s, &context, calls.callback());
    store.remove(u"never-there"_s, &context, calls.callback());
    ASSERT_TRUE(calls.waitFor(7));
    EXPECT_TRUE(calls.results.at(4).ok());
    EXPECT_EQ(calls.results.at(5).status, Status::NotFound);
    EXPECT_TRUE(calls.results.at(5).secret.isEmpty());
    EXPECT_FALSE(calls.results.at(5).errorMessage.isEmpty());
    EXPECT_EQ(calls.results.at(6).status, Status::Ok) << "removing a missing key succeeds";
    EXPECT_EQ(store.count(), 0);
}

TEST(InMemorySecretStore, InjectedFailureChangesNothing)
{
    InMemorySecretStore store;
    QObject context;
    Calls calls;
    store.setFailure(Status::NoBackend);
    store.write(u"k"_s, u"v"_s, &context, calls.callback());
    ASSERT_TRUE(calls.waitFor(1));
    EXPECT_EQ(calls.results.at(0).status, Status::NoBackend);
    EXPECT_TRUE(calls.results.at(0).errorMessage.contains(u"GNOME Keyring"_s));
    EXPECT_FALSE(store.contains(u"k"_s));
    store.setFailure(std::nullopt);
    store.write(u"k"_s, u"v"_s, &context, calls.callback());
    ASSERT_TRUE(calls.waitFor(2));
    EXPECT_TRUE(store.contains(u"k"_s));
}

TEST(InMemorySecretStore, NoCallbackAfterContextDies)
{
    InMemorySecretStore store;
    Calls calls;
    auto context = std::make_unique<QObject>();
    store.write(u"k"_s, u"v"_s, context.get(), calls.callback());
    context.reset();
    // A second call on a live context proves the queue ran.
    QObject alive;
    store.read(u"k"_s, &alive, calls.callback());
    ASSERT_TRUE(calls.waitFor(1));
    QCoreApplication::processEvents();
    ASSERT_EQ(calls.results.size(), 1);
    EXPECT_TRUE(calls.results.at(0).ok());
}

TEST(SecretCallGuard, TimesOutExactlyOnceAndIgnoresALateAnswer)
{
    QObject context;
    Calls calls;
    QPointer<SecretCallGuard> guard =
        new SecretCallGuard(u"k"_s, &context, calls.callback(), /*timeoutMs=*/20);
    ASSERT_TRUE(calls.waitFor(1));
    EXPECT_EQ(calls.results.at(0).status, Status::Timeout);
    EXPECT_EQ(calls.results.at(0).key, u"k"_s);
    EXPECT_FALSE(calls.results.at(0).errorMessage.isEmpty());
    if (guard) {
        SecretStore::Result late;
        late.status = Status::Ok;
        guard->finish(late);
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 5000)) << "guard deletes itself";
    EXPECT_EQ(calls.results.size(), 1);
}

TEST(SecretCallGuard, AnswerBeforeTimeoutWins)
{
    QObject context;
    Calls calls;
    auto *guard = new SecretCallGuard(u"k"_s, &context, calls.callback(), 60000);
    SecretStore::Result r;
    r.status = Status::Ok;
    r.secret = u"s"_s;
    guard->finish(r);
    EXPECT_TRUE(calls.results.isEmpty()) << "delivery is queued";
    ASSERT_TRUE(calls.waitFor(1));
    EXPECT_TRUE(calls.results.at(0).ok());
}

TEST(KeychainSecretStore, MapsEveryQtKeychainError)
{
    const struct
    {
        QKeychain::Error error;
        Status status;
    } rows[] = {
        {QKeychain::NoError, Status::Ok},
        {QKeychain::EntryNotFound, Status::NotFound},
        {QKeychain::CouldNotDeleteEntry, Status::OtherError},
        {QKeychain::AccessDeniedByUser, Status::AccessDenied},
        {QKeychain::AccessDenied, Status::AccessDenied},
        {QKeychain::NoBackendAvailable, Status::NoBackend},
        {QKeychain::NotImplemented, Status::NoBackend},
        {QKeychain::OtherError, Status::OtherError},
    };
    for (const auto &row : rows)
        EXPECT_EQ(KeychainSecretStore::statusForKeychainError(row.error), row.status) << row.error;
    EXPECT_EQ(KeychainSecretStore::DefaultService, u"azure-tenant-connector"_s);
}

TEST(KeychainSecretStore, NoSecretServiceGivesAClearError)
{
    // A session bus address that leads nowhere (this process has not used D-Bus before), and
    // no DISPLAY, so that D-Bus cannot be autolaunched either.
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QByteArray oldBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray oldDisplay = qgetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(tmp.path()) + "/none");
    qunsetenv("DISPLAY");
    KeychainSecretStore store;
    QObject context;
    Calls calls;
    store.write(u"k"_s, u"v"_s, &context, calls.callback());
    store.read(u"k"_s, &context, calls.callback());
    const bool answered = calls.waitFor(2, 30000);

    // A store destroyed with a call in flight still answers that call, once.
    Calls cancelled;
    {
        KeychainSecretStore shortLived;
        shortLived.read(u"k"_s, &context, cancelled.callback());
    }
    EXPECT_TRUE(cancelled.waitFor(1, 30000));
    QCoreApplication::processEvents();
    EXPECT_EQ(cancelled.results.size(), 1);
    if (!cancelled.results.isEmpty()) {
        EXPECT_FALSE(cancelled.results.first().ok());
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", oldBus);
    if (!oldDisplay.isEmpty())
        qputenv("DISPLAY", oldDisplay);
    ASSERT_TRUE(answered);
    for (const SecretStore::Result &r : calls.results) {
        EXPECT_EQ(r.status, Status::NoBackend) << r.errorMessage.toStdString();
        EXPECT_TRUE(r.errorMessage.contains(u"Install and start a Secret Service provider"_s));
    }
}

TEST(SecretMessages, SayWhatToDo)
{
    EXPECT_TRUE(secretStatusMessage(Status::Ok).isEmpty());
    EXPECT_TRUE(secretStatusMessage(Status::NoBackend)
                    .contains(u"Install and start a Secret Service provider"_s));
    for (Status s : {Status::NotFound, Status::AccessDenied, Status::Timeout, Status::OtherError})
        EXPECT_FALSE(secretStatusMessage(s).isEmpty());
    EXPECT_TRUE(secretStatusMessage(Status::OtherError, u"detail"_s).contains(u"detail"_s));
}
