// Create through the wizard with the real KeychainSecretStore (gnome-keyring in a private
// D-Bus session): the key lands in the keychain and in no file.
#include <QStandardPaths>
#include <QUuid>

#include "WizardHarness.h"
#include "store/KeychainSecretStore.h"

using namespace atc;
using namespace atc::test;

TEST(WizardKeychain, CreateStoresTheKeyInTheKeychainAndInNoFile)
{
    ASSERT_EQ(qgetenv("ATC_TEST_SECRET_SERVICE"), "1") << "run through ctest (SECRET_SERVICE)";
    // A service name of our own, so parallel tests never share entries.
    KeychainSecretStore keychain(nullptr, u"atc-wizard-test-"_s +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    WizardHarness h(&keychain);
    ASSERT_TRUE(h.startEmulator());
    ConnectorWizard *w = h.open();
    h.throughTenant(u"Keychain tenant"_s);
    h.toConfirmation();
    ASSERT_TRUE(h.create()) << h.find<QLabel>(u"createErrorLabel"_s)->text().toStdString();
    const ConnectorProfile saved = w->confirmationPage()->savedProfile();
    EXPECT_TRUE(QFile::exists(h.store->pathFor(saved.id)));

    // Read back through a fresh store object: it is really in the keyring.
    KeychainSecretStore reader(nullptr, keychain.service());
    bool done = false;
    SecretStore::Result got;
    reader.read(saved.secretKey(), &reader, [&](const SecretStore::Result &r) {
        got = r;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
    ASSERT_TRUE(got.ok()) << got.errorMessage.toStdString();
    EXPECT_TRUE(got.secret == sandboxSecret());

    // In no file: the profile folder, the app's data and config folders, and the home.
    for (const QString &root :
         {h.dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
        if (root.isEmpty() || !QFileInfo::exists(root))
            continue;
        EXPECT_TRUE(WizardHarness::filesContaining(root, sandboxSecret()).isEmpty())
            << "the key is in a file under " << root.toStdString();
    }

    done = false;
    reader.remove(saved.secretKey(), &reader, [&](const SecretStore::Result &) { done = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 20000));
}
