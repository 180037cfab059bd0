// ConnectorLifecycle: the connector transactions of the desktop, the wizard and the CLI.
// remove(): key FIRST, then profile, then inventory (on a worker thread); save(): profile, key,
// rollback. Issue 13, point 1.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include "runtime/ConnectorLifecycle.h"
#include "runtime/InventoryDatabase.h"
#include "store/InMemorySecretStore.h"
#include "store/SecretResolver.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(u"profiles"_s)};
    InMemorySecretStore secrets;
    QString dbPath = dir.filePath(u"inventory.sqlite"_s);
    ConnectorLifecycle lifecycle{store, &secrets, dbPath};

    ConnectorProfile profile()
    {
        ConnectorProfile p;
        p.name = u"Contoso"_s;
        p.tenantName = u"Contoso"_s;
        p.directoryId = u"8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s;
        p.clientId = u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s;
        p.connectorNamePrefix = u"c"_s;
        return p;
    }

    /** A saved profile with its key and some inventory. */
    ConnectorProfile saved()
    {
        ConnectorProfile p = profile();
        QString error;
        EXPECT_TRUE(store.save(p, &error)) << error.toStdString();
        bool written = false;
        secrets.write(p.secretKey(), u"a-secret-value"_s, &secrets,
                      [&](const SecretStore::Result &r) { written = r.ok(); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
        InventoryDatabase db(dbPath);
        EXPECT_TRUE(db.open(&error)) << error.toStdString();
        QList<SubscriptionConnector> list(1);
        list[0].profileId = p.id;
        list[0].subscriptionId = u"sub1"_s;
        list[0].subscriptionName = u"Sub One"_s;
        list[0].name = u"c-Sub One"_s;
        EXPECT_TRUE(db.saveConnectors(list));
        TenantConnectorStatus st;
        st.profileId = p.id;
        EXPECT_TRUE(db.saveTenantStatus(st));
        return p;
    }

    bool hasInventory(const QString &profileId)
    {
        InventoryDatabase db(dbPath);
        EXPECT_TRUE(db.open());
        return !db.connectors(profileId).isEmpty() || db.tenantStatus(profileId).has_value();
    }

    ConnectorLifecycle::RemoveResult remove(const ConnectorProfile &p,
                                            const ConnectorLifecycle::RemoveOptions &o)
    {
        std::optional<ConnectorLifecycle::RemoveResult> result;
        QObject context;
        lifecycle.remove(p, o, &context,
                         [&](const ConnectorLifecycle::RemoveResult &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        return result.value_or(ConnectorLifecycle::RemoveResult{});
    }

    ConnectorLifecycle::SaveResult save(const ConnectorLifecycle::SaveRequest &request)
    {
        std::optional<ConnectorLifecycle::SaveResult> result;
        QObject context;
        lifecycle.save(request, &context,
                       [&](const ConnectorLifecycle::SaveResult &r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        return result.value_or(ConnectorLifecycle::SaveResult{});
    }
};

} // namespace

TEST(ConnectorLifecycle, RemoveTakesKeyProfileAndInventoryInThatOrder)
{
    Fixture f;
    const ConnectorProfile p = f.saved();
    ConnectorLifecycle::RemoveOptions o;
    o.inventory = true;
    // The inventory goes last: by then the key and the profile are gone already.
    bool keyGoneFirst = false;
    bool profileGoneFirst = false;
    o.inventoryHook = [&] {
        keyGoneFirst = !f.secrets.contains(p.secretKey());
        profileGoneFirst = !f.store.load(p.id).has_value();
    };
    const auto r = f.remove(p, o);
    EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_TRUE(keyGoneFirst);
    EXPECT_TRUE(profileGoneFirst);
    EXPECT_FALSE(f.secrets.contains(p.secretKey()));
    EXPECT_FALSE(f.store.load(p.id).has_value());
    EXPECT_FALSE(f.hasInventory(p.id));
}

TEST(ConnectorLifecycle, InventoryIsRemovedOffTheCallingThread)
{
    Fixture f;
    const ConnectorProfile p = f.saved();
    ConnectorLifecycle::RemoveOptions o;
    o.inventory = true;
    QThread *const caller = QThread::currentThread();
    std::atomic<QThread *> worker{nullptr};
    o.inventoryHook = [&] { worker = QThread::currentThread(); };
    const auto r = f.remove(p, o);
    EXPECT_TRUE(r.ok()) << r.errorMessage().toStdString();
    ASSERT_NE(worker.load(), nullptr);
    EXPECT_NE(worker.load(), caller);
    EXPECT_FALSE(f.hasInventory(p.id));
}

TEST(ConnectorLifecycle, FailingKeyRemovalKeepsTheProfileAndTheInventory)
{
    Fixture f;
    const ConnectorProfile p = f.saved();
    f.secrets.setFailure(SecretStore::Status::AccessDenied);
    ConnectorLifecycle::RemoveOptions o;
    o.inventory = true;
    const auto r = f.remove(p, o);
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.secretRemoved);
    EXPECT_FALSE(r.profileRemoved);
    EXPECT_TRUE(f.store.load(p.id).has_value());
    EXPECT_TRUE(f.hasInventory(p.id));
    EXPECT_TRUE(r.errorMessage().contains(u"kept"_s)) << r.errorMessage().toStdString();
    EXPECT_TRUE(r.errorMessage().contains(u"Unlock your keyring"_s))
        << r.errorMessage().toStdString();
    f.secrets.setFailure(std::nullopt);
    EXPECT_TRUE(f.secrets.contains(p.secretKey()));
}

TEST(ConnectorLifecycle, ForceRemovesTheProfileWhenTheKeyStays)
{
    Fixture f;
    const ConnectorProfile p = f.saved();
    f.secrets.setFailure(SecretStore::Status::NoBackend);
    ConnectorLifecycle::RemoveOptions o;
    o.force = true;
    const auto r = f.remove(p, o);
    EXPECT_FALSE(r.secretRemoved);
    EXPECT_TRUE(r.profileRemoved);
    EXPECT_FALSE(f.store.load(p.id).has_value());
    EXPECT_FALSE(r.errorMessage().isEmpty());
}

TEST(ConnectorLifecycle, FailingProfileRemovalLeavesNoOrphanedKey)
{
    Fixture f;
    const ConnectorProfile p = f.saved();
    // The profile's file cannot be removed: its path is a folder that is not empty.
    const QString file = f.store.directory() + u'/' + p.id + u".json"_s;
    ASSERT_TRUE(QFile::remove(file));
    ASSERT_TRUE(QDir().mkpath(file + u"/inside"_s));
    ConnectorLifecycle::RemoveOptions o;
    o.inventory = true;
    const auto r = f.remove(p, o);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.secretRemoved);
    EXPECT_FALSE(r.profileRemoved);
    // The key went first: nothing is left in the keychain for a profile that may vanish.
    EXPECT_FALSE(f.secrets.contains(p.secretKey()));
    EXPECT_EQ(f.secrets.count(), 0);
    // The inventory is only removed after the profile.
    EXPECT_TRUE(f.hasInventory(p.id));
    EXPECT_TRUE(r.errorMessage().contains(u"could not be deleted"_s))
        << r.errorMessage().toStdString();
}

TEST(ConnectorLifecycle, RemoveWithoutAnInventoryTakesKeyAndProfile)
{
    // `atc profiles delete`: no inventory file, no inventory removal; the inventory stays.
    Fixture f;
    const ConnectorProfile p = f.saved();
    ConnectorLifecycle cli(f.store, &f.secrets);
    std::optional<ConnectorLifecycle::RemoveResult> result;
    QObject context;
    cli.remove(p, {}, &context, [&](const ConnectorLifecycle::RemoveResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    EXPECT_TRUE(result->ok()) << result->errorMessage().toStdString();
    EXPECT_TRUE(result->errorMessage().isEmpty());
    EXPECT_FALSE(result->inventoryRequested);
    EXPECT_FALSE(f.secrets.contains(p.secretKey()));
    EXPECT_FALSE(f.store.load(p.id).has_value());
    EXPECT_TRUE(f.hasInventory(p.id));
}

TEST(ConnectorLifecycle, SaveStoresProfileAndKey)
{
    Fixture f;
    ConnectorLifecycle::SaveRequest request;
    request.profile = f.profile();
    request.secret = u"typed-secret"_s;
    QList<ConnectorLifecycle::SaveStep> steps;
    request.progress = [&](ConnectorLifecycle::SaveStep s) { steps << s; };
    const auto r = f.save(request);
    ASSERT_TRUE(r.ok()) << r.errorMessage.toStdString();
    EXPECT_FALSE(r.profile.id.isEmpty());
    EXPECT_TRUE(f.store.load(r.profile.id).has_value());
    EXPECT_TRUE(f.secrets.contains(r.profile.secretKey()));
    EXPECT_EQ(steps,
              (QList<ConnectorLifecycle::SaveStep>{ConnectorLifecycle::SaveStep::SavingProfile,
                                                   ConnectorLifecycle::SaveStep::StoringKey}));
}

TEST(ConnectorLifecycle, SaveRollsTheProfileBackWhenTheKeyCannotBeStored)
{
    Fixture f;
    f.secrets.setFailure(SecretStore::Status::Timeout);
    ConnectorLifecycle::SaveRequest request;
    request.profile = f.profile();
    request.secret = u"typed-secret"_s;
    const auto r = f.save(request);
    EXPECT_EQ(r.status, ConnectorLifecycle::SaveResult::Status::KeyNotStored);
    EXPECT_TRUE(f.store.loadAll().profiles.isEmpty());
    EXPECT_TRUE(r.errorMessage.contains(u"could not be stored in the keychain"_s));
}

TEST(ConnectorLifecycle, SaveRollsBackWhenTheHookFails)
{
    Fixture f;
    ConnectorLifecycle::SaveRequest request;
    request.profile = f.profile();
    request.secret = u"typed-secret"_s;
    request.afterSaved = [](const ConnectorProfile &) { return u"no database"_s; };
    const auto r = f.save(request);
    EXPECT_EQ(r.status, ConnectorLifecycle::SaveResult::Status::AfterSavedFailed);
    EXPECT_TRUE(f.store.loadAll().profiles.isEmpty());
    EXPECT_EQ(f.secrets.count(), 0); // the new key is removed again
}

TEST(ConnectorLifecycle, DuplicateWithAnUnavailableStoredKeySaysWhyInOneSentence)
{
    Fixture f;
    const ConnectorProfile source = f.saved();
    f.secrets.setFailure(SecretStore::Status::Locked);
    ConnectorLifecycle::SaveRequest request;
    request.profile = f.profile();
    request.profile.name = u"Copy"_s;
    request.profile.clientId = u"1d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s;
    request.storedSecretKey = source.secretKey();
    const auto r = f.save(request);
    EXPECT_EQ(r.status, ConnectorLifecycle::SaveResult::Status::StoredKeyUnavailable);
    EXPECT_TRUE(r.errorMessage.startsWith(
        SecretResolver::unavailableMessage(SecretStore::Status::Locked, {})))
        << r.errorMessage.toStdString();
    EXPECT_EQ(f.store.loadAll().profiles.size(), 1); // only the source
}

TEST(SecretResolver, OneSentenceForEveryUnavailableKey)
{
    InMemorySecretStore secrets;
    for (const auto status : {SecretStore::Status::NotFound, SecretStore::Status::Locked,
                              SecretStore::Status::AccessDenied, SecretStore::Status::NoBackend}) {
        secrets.setFailure(status);
        std::optional<ResolvedSecret> got;
        QObject context;
        SecretResolver::resolve(&secrets, u"k"_s, &context,
                                [&](const ResolvedSecret &r) { got = r; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
        EXPECT_FALSE(got->ok());
        EXPECT_EQ(got->status, status);
        EXPECT_TRUE(got->errorMessage.startsWith(u"The stored authentication key is not "
                                                 "available: "_s))
            << got->errorMessage.toStdString();
    }
    secrets.setFailure(SecretStore::Status::NotFound);
    std::optional<ResolvedSecret> cli;
    QObject context;
    SecretResolver::Options o;
    o.mentionEnvironment = true;
    SecretResolver::resolve(
        &secrets, u"k"_s, &context, [&](const ResolvedSecret &r) { cli = r; }, o);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cli.has_value(); }, 5000));
    EXPECT_TRUE(cli->errorMessage.contains(u"AZURE_CLIENT_SECRET"_s));
}
