// `atc qualys login` stores the Qualys secret in the REAL keychain (gnome-keyring in a private
// D-Bus session: tests/common/with-secret-service.sh) and in no file; a later push uses it.

#include <optional>

#include <gtest/gtest.h>

#include "QualysCliHarness.h"
#include "qualys/QualysAccount.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysPlatform.h"
#include "store/KeychainSecretStore.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SecretStore::Result readKeychain(const QString &key)
{
    KeychainSecretStore store;
    QObject context;
    std::optional<SecretStore::Result> result;
    store.read(key, &context, [&result](const SecretStore::Result &r) { result = r; });
    // Longer than the store's own timeout, so that a hang shows up as Status::Timeout.
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    return result.value_or(SecretStore::Result{});
}

} // namespace

class QualysCliKeychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(qEnvironmentVariableIsSet("ATC_TEST_SECRET_SERVICE"))
            << "run through tests/common/with-secret-service.sh (ctest does)";
        ASSERT_TRUE(QDir::homePath().startsWith(QDir::tempPath())) << "not a throwaway HOME";
    }
};

TEST_F(QualysCliKeychain, LoginStoresTheSecretInTheKeychainAndInNoFile)
{
    QualysCli cli;
    cli.useSessionBus();
    cli.noQualysEnvironment();
    QualysAccount account;
    account.platform = QualysPlatform::custom(cli.fake.gatewayUrl(), cli.fake.apiServerUrl());
    account.user = cli.login;

    // A wrong password is tested first and never stored.
    const QString wrong = u"Qw~"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QualysCliResult refused =
        cli.run(cli.args(u"login"_s, {u"--user"_s, cli.login}), wrong.toUtf8() + '\n');
    EXPECT_EQ(refused.exitCode, 3) << refused.err.toStdString();
    EXPECT_FALSE(refused.all().contains(wrong));
    EXPECT_EQ(readKeychain(account.secretKey()).status, SecretStore::Status::NotFound);

    // The password on stdin (never an argument).
    const QualysCliResult r =
        cli.run(cli.args(u"login"_s, {u"--user"_s, cli.login, u"--format"_s, u"json"_s}),
                cli.password.toUtf8() + '\n');
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json().value(u"stored"_s).toBool());
    EXPECT_FALSE(r.all().contains(cli.password));

    const SecretStore::Result stored = readKeychain(account.secretKey());
    ASSERT_TRUE(stored.ok()) << stored.errorMessage.toStdString();
    EXPECT_EQ(stored.secret, cli.password);

    // A push without QUALYS_* finds the account and its secret in the keychain.
    const QualysCliResult pushed = cli.run(cli.args(u"push"_s, {u"--format"_s, u"json"_s}));
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_EQ(pushed.json().value(u"action"_s).toString(), u"created"_s);
    EXPECT_FALSE(pushed.all().contains(cli.password));

    // Without platform options, the one stored account's platform is used.
    const QualysCliResult status = cli.run(
        {u"qualys"_s, u"status"_s, u"--profile"_s, cli.profileId, u"--format"_s, u"json"_s});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_EQ(status.json().value(u"tenantConnector"_s).toObject().value(u"id"_s).toInteger(),
              pushed.json().value(u"tenantConnectorId"_s).toInteger());
    EXPECT_FALSE(status.all().contains(cli.password));

    // No file of the child's HOME (profiles, accounts, settings) nor of this session's HOME
    // (the keyring's own files are encrypted) holds the password.
    EXPECT_EQ(QualysCli::filesContaining(cli.dir.path(), cli.password), QStringList{});
    EXPECT_EQ(QualysCli::filesContaining(QDir::homePath(), cli.password), QStringList{});
    // The account itself (no secret) was saved beside the profiles.
    const QList<QualysAccount> accounts = QualysAccountStore(cli.dataDir()).load();
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_EQ(accounts.at(0).user, cli.login);
    EXPECT_EQ(accounts.at(0).platform.key(), account.platform.key());
}

TEST_F(QualysCliKeychain, LoginWithAClientSecretFromTheEnvironment)
{
    QualysCli cli;
    cli.useSessionBus();
    cli.useClient();
    const QualysCliResult r = cli.run(cli.args(u"login"_s));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.all().contains(cli.clientSecret));

    QualysAccount account;
    account.platform = QualysPlatform::custom(cli.fake.gatewayUrl(), cli.fake.apiServerUrl());
    account.authKind = QualysAccount::AuthKind::Client;
    account.user = cli.clientId;
    const SecretStore::Result stored = readKeychain(account.secretKey());
    ASSERT_TRUE(stored.ok()) << stored.errorMessage.toStdString();
    EXPECT_EQ(stored.secret, cli.clientSecret);
    EXPECT_EQ(QualysCli::filesContaining(cli.dir.path(), cli.clientSecret), QStringList{});
}
