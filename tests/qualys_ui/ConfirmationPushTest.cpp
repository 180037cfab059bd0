// The wizard's Qualys parts against an in-process FakeQualys: Confirmation creates on this
// computer and on Qualys (the platform's id shown, the profile saved with its link), a failed
// push keeps the local connector and says so in words, Retry after fixing the secret does not
// duplicate, and Assign Tags reads and creates the platform's tags that the push then sends.
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <memory>

#include "../ui/WizardHarness.h"
#include "QualysUiSupport.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysError.h"
#include "qualys/QualysMapping.h"
#include "store/InMemorySecretStore.h"
#include "wizard/AssignTagsPage.h"
#include "wizard/ConfirmationPage.h"

using namespace atc;
using namespace atc::test;

namespace {

class ConfirmationPushTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(h.startEmulator());
        ASSERT_TRUE(platform.start());
        accounts = std::make_unique<QualysAccountStore>(h.dir.path() + u"/config"_s);
        ASSERT_TRUE(accounts->upsert(platform.account()));
    }

    ConnectorWizard *open()
    {
        WizardServices s = h.services();
        s.qualysAccounts = accounts.get();
        s.qualysConfig = FakePlatform::config();
        h.wizard = std::make_unique<ConnectorWizard>(s);
        h.wizard->show();
        return h.wizard.get();
    }

    /** Through the tested tenant to Confirmation, with Qualys chosen there. */
    void toConfirmationWithQualys(const QString &name)
    {
        open();
        h.throughTenant(name);
        h.toConfirmation();
        auto *check = h.find<QCheckBox>(u"createOnQualysCheck"_s);
        ASSERT_NE(check, nullptr);
        ASSERT_TRUE(check->isEnabled());
        check->click();
        ASSERT_TRUE(h.wizard->draft()->qualysAccount().has_value());
    }

    /** Clicks Finish and waits for the push's end; its `ok`. */
    bool finishAndWaitForPush()
    {
        ConfirmationPage *page = h.wizard->confirmationPage();
        QSignalSpy pushed(page, &ConfirmationPage::qualysPushFinished);
        QAbstractButton *finish = h.wizard->button(QWizard::FinishButton);
        EXPECT_TRUE(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        EXPECT_TRUE(pushed.wait(30000)) << "the push never finished";
        return !pushed.isEmpty() && pushed.first().at(0).toBool();
    }

    InMemorySecretStore secrets;
    WizardHarness h{&secrets};
    FakePlatform platform;
    std::unique_ptr<QualysAccountStore> accounts;
};

TEST_F(ConfirmationPushTest, CreatesOnQualysShowsTheIdAndSavesTheLink)
{
    ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), QualysPassword));
    toConfirmationWithQualys(u"Contoso on Qualys"_s);
    // The platform's rounding of polling to whole days is said before anything is sent.
    auto *notes = h.find<QLabel>(u"qualysNotesLabel"_s);
    const QStringList expected = QualysMapping::notes(h.wizard->draft()->normalizedProfile());
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(notes->isVisible());
    for (const QString &note : expected)
        EXPECT_TRUE(notes->text().contains(note)) << notes->text().toStdString();

    ASSERT_TRUE(finishAndWaitForPush());
    const QJsonArray created = platform.tenantConnectors();
    ASSERT_EQ(created.size(), 1);
    const qint64 id = created.at(0).toObject().value(u"id"_s).toInteger();
    ASSERT_GT(id, 0);
    EXPECT_EQ(created.at(0).toObject().value(u"name"_s).toString(), u"Contoso on Qualys"_s);

    auto *result = h.find<QLabel>(u"qualysResultLabel"_s);
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->text().contains(QString::number(id))) << result->text().toStdString();
    EXPECT_EQ(h.wizard->confirmationPage()->qualysConnectorId(), std::optional<qint64>(id));

    // Saved with its link, so that the next push updates instead of creating another.
    const ProfileLoadReport saved = h.store->loadAll();
    ASSERT_EQ(saved.profiles.size(), 1);
    const QualysLink *link = saved.profiles.first().qualysLink(platform.account().platform.key());
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->tenantConnectorId, id);
    EXPECT_EQ(link->account, QualysUser);
    EXPECT_TRUE(saved.profiles.first().enabled); // created on this computer too

    // The page stays open for the id; Close ends the wizard.
    QAbstractButton *finish = h.wizard->button(QWizard::FinishButton);
    EXPECT_TRUE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !h.wizard->isVisible(); }, 5000));
    EXPECT_EQ(h.wizard->result(), int(QDialog::Accepted));
}

TEST_F(ConfirmationPushTest, FailedPushKeepsTheLocalConnectorAndRetryDoesNotDuplicate)
{
    ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), u"wrong-password"_s));
    toConfirmationWithQualys(u"Contoso kept"_s);
    ConfirmationPage *page = h.wizard->confirmationPage();
    QSignalSpy created(page, &ConfirmationPage::created);
    QSignalSpy failed(page, &ConfirmationPage::createFailed);
    EXPECT_FALSE(finishAndWaitForPush());
    EXPECT_EQ(created.count(), 1);
    EXPECT_EQ(failed.count(), 0); // the local creation did not fail
    EXPECT_TRUE(platform.tenantConnectors().isEmpty());

    // Kept on this computer, with its key; the words say so and name the Qualys credentials.
    const ProfileLoadReport saved = h.store->loadAll();
    ASSERT_EQ(saved.profiles.size(), 1);
    EXPECT_TRUE(secrets.contains(saved.profiles.first().secretKey()));
    auto *error = h.find<QLabel>(u"createErrorLabel"_s);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(u"kept"_s)) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QualysError::make(QualysErrorKind::LoginFailed).advice()))
        << error->text().toStdString();
    auto *retry = h.find<QPushButton>(u"retryQualysPushButton"_s);
    ASSERT_TRUE(retry->isVisible());

    // The user fixes the password in the keychain and retries: one connector, the link saved.
    ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), QualysPassword));
    QSignalSpy pushed(page, &ConfirmationPage::qualysPushFinished);
    retry->click();
    ASSERT_TRUE(pushed.wait(30000));
    EXPECT_TRUE(pushed.first().at(0).toBool()) << error->text().toStdString();
    ASSERT_EQ(platform.tenantConnectors().size(), 1);
    const qint64 id = platform.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger();
    const std::optional<ConnectorProfile> reread = h.store->load(saved.profiles.first().id);
    ASSERT_TRUE(reread.has_value());
    const QualysLink *link = reread->qualysLink(platform.account().platform.key());
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->tenantConnectorId, id);
    EXPECT_EQ(created.count(), 1); // never saved twice as a new connector
}

TEST_F(ConfirmationPushTest, OnlyOnQualysSavesTheProfileDisabled)
{
    ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), QualysPassword));
    toConfirmationWithQualys(u"Contoso only on Qualys"_s);
    auto *local = h.find<QCheckBox>(u"createLocallyCheck"_s);
    local->click();
    EXPECT_FALSE(h.wizard->draft()->createLocally());
    // Neither place: nothing to do, Finish is off and the page says why.
    h.find<QCheckBox>(u"createOnQualysCheck"_s)->click();
    EXPECT_FALSE(h.wizard->button(QWizard::FinishButton)->isEnabled());
    h.find<QCheckBox>(u"createOnQualysCheck"_s)->click();
    ASSERT_TRUE(finishAndWaitForPush());
    const ProfileLoadReport saved = h.store->loadAll();
    ASSERT_EQ(saved.profiles.size(), 1);
    EXPECT_FALSE(saved.profiles.first().enabled); // it never runs here
    EXPECT_EQ(platform.tenantConnectors().size(), 1);
}

TEST_F(ConfirmationPushTest, AssignTagsReadsAndCreatesPlatformTagsThatThePushSends)
{
    ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), QualysPassword));
    open();
    h.throughTenant(u"Contoso tagged"_s);
    h.type(u"prefixEdit"_s, u"Contoso"_s);
    ASSERT_TRUE(h.next(PageId::ConnectorDetails));
    ASSERT_TRUE(h.next(PageId::TagsActivation));
    ASSERT_TRUE(h.next(PageId::AssignTags));

    AssignTagsPage *page = h.wizard->assignTagsPage();
    QSignalSpy tags(page, &AssignTagsPage::qualysTagsFinished);
    auto *combo = h.find<QComboBox>(u"qualysTagsAccountCombo"_s);
    ASSERT_EQ(combo->count(), 2); // "Not on Qualys" and the account
    combo->setCurrentIndex(1);
    ASSERT_TRUE(tags.wait(30000));
    EXPECT_TRUE(tags.takeFirst().at(0).toBool())
        << h.find<QLabel>(u"qualysTagsStatusLabel"_s)->text().toStdString();

    page->createQualysTag(u"ATC desktop test"_s, u"#1F77B4"_s);
    ASSERT_TRUE(tags.wait(30000));
    EXPECT_TRUE(tags.takeFirst().at(0).toBool())
        << h.find<QLabel>(u"qualysTagsStatusLabel"_s)->text().toStdString();
    qint64 tagId = 0;
    for (const QJsonValue &v : platform.fake.state().value(u"tags"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == u"ATC desktop test"_s)
            tagId = v.toObject().value(u"id"_s).toInteger();
    }
    ASSERT_GT(tagId, 0);
    EXPECT_EQ(h.wizard->draft()->qualysTagIds(), QList<qint64>{tagId});
    auto *list = h.find<QListWidget>(u"qualysTagsList"_s);
    bool checked = false;
    for (int r = 0; r < list->count(); ++r)
        checked = checked || (list->item(r)->data(Qt::UserRole).toLongLong() == tagId &&
                              list->item(r)->checkState() == Qt::Checked);
    EXPECT_TRUE(checked);

    ASSERT_TRUE(h.next(PageId::Confirmation));
    EXPECT_TRUE(h.find<QCheckBox>(u"createOnQualysCheck"_s)->isChecked());
    ASSERT_TRUE(finishAndWaitForPush());
    ASSERT_EQ(platform.tenantConnectors().size(), 1);
    const QJsonObject tenant = platform.tenantConnectors().at(0).toObject();
    EXPECT_EQ(tenant.value(u"defaultTagIds"_s).toArray(), QJsonArray{tagId});
    const ProfileLoadReport saved = h.store->loadAll();
    ASSERT_EQ(saved.profiles.size(), 1);
    const QualysLink *link = saved.profiles.first().qualysLink(platform.account().platform.key());
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->connectorTagIds, QList<qint64>{tagId});
}

TEST_F(ConfirmationPushTest, TheSandboxOffersItsQualysWithoutTheKeychain)
{
    // No secret in the keychain: the sandbox's user comes with its secret, in memory only.
    WizardServices s = h.services();
    s.qualysAccounts = accounts.get();
    s.qualysConfig = FakePlatform::config();
    int started = 0;
    s.startSandboxQualys = [&]() -> std::optional<QualysCredentials> {
        ++started;
        return QualysCredentials{platform.account(), QualysPassword};
    };
    h.wizard = std::make_unique<ConnectorWizard>(s);
    h.wizard->show();
    EXPECT_EQ(started, 0); // not a sandbox profile: the fake is not started
    h.throughTenant(u"Contoso sandbox on Qualys"_s);
    h.toConfirmation();
    EXPECT_EQ(started, 1);
    ASSERT_EQ(h.wizard->draft()->qualysAccounts().size(), 1);
    h.find<QCheckBox>(u"createOnQualysCheck"_s)->click();
    ASSERT_TRUE(finishAndWaitForPush());
    EXPECT_EQ(platform.tenantConnectors().size(), 1);
    EXPECT_FALSE(secrets.contains(platform.account().secretKey()));
}

} // namespace
