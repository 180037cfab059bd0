// Runs through the REAL QtKeychain against gnome-keyring's Secret Service in a private D-Bus
// session (tests/common/with-secret-service.sh, which sets ATC_TEST_SECRET_SERVICE=1).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include "CliTestSupport.h"
#include "runtime/ConnectorLifecycle.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;
using Status = SecretStore::Status;

namespace {

SecretStore::Result call(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    start(&context, [&result](const SecretStore::Result &r) { result = r; });
    // Longer than the store's own timeout, so a hang shows up as Status::Timeout.
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    return result.value_or(SecretStore::Result{});
}

// Every regular file below the folders the application writes to, and HOME (a throwaway
// folder made by the wrapper script, holding the keyring files too).
QStringList filesToScan()
{
    QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QDir::homePath(),
    };
    QStringList files;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.removeDuplicates();
    return files;
}

} // namespace

class KeychainIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(qEnvironmentVariableIsSet("ATC_TEST_SECRET_SERVICE"))
            << "run through tests/common/with-secret-service.sh (ctest does)";
        // Not the user's home: the wrapper made a throwaway one.
        ASSERT_TRUE(QDir::homePath().startsWith(QDir::tempPath()))
            << QDir::homePath().toStdString();
    }
};

TEST_F(KeychainIntegration, WriteReadOverwriteDeleteAndNoSecretInAnyFile)
{
    KeychainSecretStore store;
    // A value that cannot occur by chance in any file.
    const QString secret = u"atc-it~"_s + QUuid::createUuid().toString(QUuid::Id128) + u".Zq"_s;
    const QString secret2 = u"atc-it2~"_s + QUuid::createUuid().toString(QUuid::Id128);

    // A saved profile so that the data folder exists and is scanned too.
    ProfileStore profiles;
    ConnectorProfile p;
    p.name = u"Keychain test"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    ASSERT_TRUE(profiles.save(p));
    const QString key = p.secretKey();

    SecretStore::Result r = call([&](QObject *c, auto done) { store.write(key, secret, c, done); });
    ASSERT_EQ(r.status, Status::Ok) << r.errorMessage.toStdString();

    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    ASSERT_EQ(r.status, Status::Ok) << r.errorMessage.toStdString();
    EXPECT_TRUE(r.secret == secret) << "read back differs";

    r = call([&](QObject *c, auto done) { store.write(key, secret2, c, done); });
    ASSERT_EQ(r.status, Status::Ok) << r.errorMessage.toStdString();
    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    ASSERT_EQ(r.status, Status::Ok);
    EXPECT_TRUE(r.secret == secret2) << "overwrite not read back";

    // While the secret is stored: it is in no file of ours or of HOME (the keyring encrypts).
    const QStringList files = filesToScan();
    EXPECT_FALSE(files.isEmpty());
    EXPECT_TRUE(files.contains(profiles.pathFor(p.id)));
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString &s : {secret, secret2}) {
            EXPECT_FALSE(bytes.contains(s.toUtf8())) << "secret found in " << path.toStdString();
            EXPECT_FALSE(
                bytes.contains(QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)))
                << "UTF-16 secret found in " << path.toStdString();
        }
    }

    // Deleting the profile deletes its secret (the connector transaction of the desktop and CLI).
    QObject context;
    ConnectorLifecycle lifecycle(profiles, &store);
    std::optional<ConnectorLifecycle::RemoveResult> removal;
    lifecycle.remove(p, {}, &context,
                     [&removal](const ConnectorLifecycle::RemoveResult &res) { removal = res; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return removal.has_value(); }, 30000));
    EXPECT_TRUE(removal->ok()) << removal->errorMessage().toStdString();

    r = call([&](QObject *c, auto done) { store.read(key, c, done); });
    EXPECT_EQ(r.status, Status::NotFound) << r.errorMessage.toStdString();
    EXPECT_TRUE(r.secret.isEmpty());

    r = call([&](QObject *c, auto done) { store.remove(key, c, done); });
    EXPECT_EQ(r.status, Status::Ok) << "removing a missing key succeeds";
}

TEST_F(KeychainIntegration, KeysOfDifferentProfilesAreSeparate)
{
    KeychainSecretStore store;
    const QString a = u"profile-a:t/c"_s, b = u"profile-b:t/c"_s;
    ASSERT_TRUE(call([&](QObject *c, auto d) { store.write(a, u"A"_s, c, d); }).ok());
    ASSERT_TRUE(call([&](QObject *c, auto d) { store.write(b, u"B"_s, c, d); }).ok());
    EXPECT_TRUE(call([&](QObject *c, auto d) { store.read(a, c, d); }).secret == u"A"_s);
    ASSERT_TRUE(call([&](QObject *c, auto d) { store.remove(a, c, d); }).ok());
    EXPECT_TRUE(call([&](QObject *c, auto d) { store.read(b, c, d); }).secret == u"B"_s);
    ASSERT_TRUE(call([&](QObject *c, auto d) { store.remove(b, c, d); }).ok());
}

TEST_F(KeychainIntegration, CliDeleteRemovesProfileAndSecret)
{
    atc::test::CliHarness cli;
    cli.keepSessionBus(); // the child talks to the same private gnome-keyring
    ProfileStore profiles(cli.profilesDir());
    ConnectorProfile p;
    p.name = u"Delete me"_s;
    p.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    p.directoryId = u"contoso.onmicrosoft.com"_s;
    ASSERT_TRUE(profiles.save(p));
    KeychainSecretStore store;
    ASSERT_TRUE(call([&](QObject *c, auto d) {
                    store.write(p.secretKey(), u"to-be-deleted"_s, c, d);
                }).ok());

    const atc::test::CliRun r = cli.run({u"profiles"_s, u"delete"_s, u"delete ME"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(profiles.pathFor(p.id)));
    const SecretStore::Result after =
        call([&](QObject *c, auto d) { store.read(p.secretKey(), c, d); });
    EXPECT_EQ(after.status, Status::NotFound) << after.errorMessage.toStdString();
}
