// Creating the sandbox connector needs no keychain: with no Secret Service at all (the D-Bus
// session bus points nowhere, CMakeLists.txt), the real KeychainSecretStore answers the
// sandbox's key at once and starts no QtKeychain job (docs/emulator.md, "Sandbox").
#include <gtest/gtest.h>

#include <optional>

#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "SandboxProfiles.h"
#include "model/SandboxIdentity.h"
#include "runtime/ConnectorLifecycle.h"
#include "store/KeychainSecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

ConnectorProfile sandboxProfile()
{
    namespace sb = emulator::sandbox;
    const SandboxTenant t{QUrl(u"http://127.0.0.1:41000"_s), QString::fromLatin1(sb::TenantName),
                          QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
                          QString::fromLatin1(sb::ClientSecret)};
    return SandboxProfiles::startingProfile(t, {});
}

struct Answer
{
    std::optional<SecretStore::Result> result;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) { result = r; };
    }
};

class SandboxKeychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Also when run by hand, outside ctest: no Secret Service to talk to.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/atc-sandbox-test-bus");
    }
};

} // namespace

TEST_F(SandboxKeychain, SandboxKeyNeverReachesQtKeychain)
{
    KeychainSecretStore keychain;
    ConnectorProfile p = sandboxProfile();
    p.id = u"0b1c2d3e-0000-4000-8000-000000000001"_s;
    const int jobsBefore = KeychainSecretStore::jobsStarted();
    QObject context;
    Answer wrote, read, removed;
    keychain.write(p.secretKey(), u"whatever the wizard holds"_s, &context, wrote.callback());
    keychain.read(p.secretKey(), &context, read.callback());
    keychain.remove(p.secretKey(), &context, removed.callback());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wrote.result && read.result && removed.result; }, 5000));
    EXPECT_EQ(wrote.result->status, SecretStore::Status::Ok)
        << wrote.result->errorMessage.toStdString();
    EXPECT_EQ(removed.result->status, SecretStore::Status::Ok);
    ASSERT_EQ(read.result->status, SecretStore::Status::Ok);
    EXPECT_EQ(read.result->secret, QString::fromLatin1(emulator::sandbox::ClientSecret));
    EXPECT_EQ(KeychainSecretStore::jobsStarted(), jobsBefore);
}

TEST_F(SandboxKeychain, OtherKeysStillGoToQtKeychain)
{
    // The seam counts: a real connector's key does start a job (which then fails: no bus).
    KeychainSecretStore keychain(nullptr, KeychainSecretStore::DefaultService, 2000);
    ConnectorProfile p = sandboxProfile();
    p.sandbox = false;
    p.id = u"0b1c2d3e-0000-4000-8000-000000000002"_s;
    const int jobsBefore = KeychainSecretStore::jobsStarted();
    QObject context;
    Answer read;
    keychain.read(p.secretKey(), &context, read.callback());
    EXPECT_EQ(KeychainSecretStore::jobsStarted(), jobsBefore + 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return read.result.has_value(); }, 10000));
    EXPECT_NE(read.result->status, SecretStore::Status::Ok);
}

TEST_F(SandboxKeychain, CreatingTheSandboxConnectorSucceedsWithoutKeyring)
{
    QTemporaryDir dir;
    KeychainSecretStore keychain;
    ConnectorLifecycle lifecycle(ProfileStore(dir.path()), &keychain);
    ConnectorLifecycle::SaveRequest request;
    request.profile = sandboxProfile();
    request.secret = QString::fromLatin1(emulator::sandbox::ClientSecret); // as the wizard has it
    const int jobsBefore = KeychainSecretStore::jobsStarted();
    QObject context;
    std::optional<ConnectorLifecycle::SaveResult> result;
    lifecycle.save(request, &context, [&](const ConnectorLifecycle::SaveResult &r) { result = r; });
    // Well under the keychain's own timeout (15 s): the answer never waited for a keychain.
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    EXPECT_EQ(result->status, ConnectorLifecycle::SaveResult::Status::Saved)
        << result->errorMessage.toStdString();
    EXPECT_TRUE(result->profile.sandbox);
    EXPECT_EQ(KeychainSecretStore::jobsStarted(), jobsBefore);
    EXPECT_TRUE(ProfileStore(dir.path()).load(result->profile.id).has_value());
}
