// Edit with a stored key the keychain cannot give (a locked keyring): Test Connection fails with
// StoredKeyUnavailable, and the summary and the step say the same words (one explanation on one
// page, SecretResolver's). Issue 13, point 3.
#include <QLabel>
#include <QLineEdit>

#include "WizardHarness.h"
#include "store/InMemorySecretStore.h"
#include "store/SecretResolver.h"

using namespace atc;
using namespace atc::test;
using namespace Qt::Literals::StringLiterals;

TEST(WizardStoredKey, UnavailableStoredKeyIsOneExplanation)
{
    InMemorySecretStore secrets;
    WizardHarness h(&secrets);
    ASSERT_TRUE(h.startEmulator());
    ConnectorProfile p;
    p.name = u"Existing"_s;
    p.cloud = CloudType::Custom;
    p.customEndpoints = {h.emu.baseUrl(), h.emu.baseUrl()};
    p.directoryId = QString::fromLatin1(emulator::sandbox::TenantId);
    p.clientId = QString::fromLatin1(emulator::sandbox::ClientId);
    p.connectorNamePrefix = u"Old"_s;
    ASSERT_TRUE(h.store->save(p));
    bool written = false;
    secrets.write(p.secretKey(), sandboxSecret(), &secrets,
                  [&](const SecretStore::Result &r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

    h.open(ConnectorWizard::Mode::Edit, p);
    ASSERT_TRUE(h.next(PageId::TenantDetails));
    secrets.setFailure(SecretStore::Status::Locked);
    const ConnectionTester::Result r = h.runTest();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.kind, AzureErrorKind::StoredKeyUnavailable);
    const QString words = SecretResolver::unavailableMessage(SecretStore::Status::Locked, {});
    EXPECT_EQ(r.error.message(), words);
    ASSERT_EQ(r.steps.size(), 1);
    EXPECT_EQ(r.steps.first().message, words);
    const QString summary = h.find<QLabel>(u"testSummaryLabel"_s)->text();
    EXPECT_TRUE(summary.contains(words)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Unlock your keyring"_s)) << summary.toStdString();
    // Not Azure's "No authentication key was sent" (MissingSecret) beside it.
    EXPECT_FALSE(summary.contains(u"was sent"_s)) << summary.toStdString();
    EXPECT_FALSE(h.nextEnabled());
}
