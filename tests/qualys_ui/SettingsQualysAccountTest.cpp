// Settings ▸ Qualys accounts against an in-process FakeQualys: inline validation, Test login
// (wrong password in words, then success), Save (secret into the SecretStore, the account into
// qualys-accounts.json, no file holding the secret) and Remove (key first, then the entry).
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include "QualysUiSupport.h"
#include "main/QualysAccountsPage.h"
#include "main/SettingsDialog.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysError.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"

using namespace atc;
using namespace atc::test;

namespace {

QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            hits << path;
    }
    return hits;
}

class SettingsQualysAccountTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(platform.start());
        settings = std::make_unique<AppSettings>(dir.path() + u"/settings.ini"_s);
        accounts = std::make_unique<QualysAccountStore>(dir.path() + u"/config"_s);
        dialog = std::make_unique<SettingsDialog>(settings.get(), &secrets);
        dialog->addQualysAccountsPage(accounts.get(), &nam, FakePlatform::config());
        dialog->showQualysAccounts();
        dialog->show();
        page = dialog->qualysAccountsPage();
        ASSERT_NE(page, nullptr);
    }

    template <typename T> T *find(const QString &name)
    {
        T *w = page->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    void type(const QString &edit, const QString &text)
    {
        QLineEdit *line = find<QLineEdit>(edit);
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Backspace);
        else
            QTest::keyClicks(line, text);
    }

    void fillForm(const QString &password)
    {
        auto *pod = find<QComboBox>(u"qualysPlatformCombo"_s);
        pod->setCurrentIndex(pod->findData(u"Custom"_s));
        type(u"qualysGatewayEdit"_s, platform.fake.gatewayUrl().toString());
        type(u"qualysApiServerEdit"_s, platform.fake.apiServerUrl().toString());
        type(u"qualysUserEdit"_s, QualysUser);
        type(u"qualysSecretEdit"_s, password);
    }

    /** Clicks Test login; the result's ok and words. */
    std::pair<bool, QString> testLogin()
    {
        QSignalSpy done(page, &QualysAccountsPage::testFinished);
        auto *button = find<QPushButton>(u"qualysTestLoginButton"_s);
        EXPECT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // The progress moves while the platform answers (shown until the result).
        EXPECT_TRUE(done.count() > 0 || find<QWidget>(u"qualysTestProgress"_s)->isVisible());
        EXPECT_TRUE(done.count() > 0 || done.wait(30000)) << "Test login never finished";
        if (done.isEmpty())
            return {false, {}};
        return {done.first().at(0).toBool(), done.first().at(1).toString()};
    }

    QTemporaryDir dir;
    FakePlatform platform;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<QualysAccountStore> accounts;
    std::unique_ptr<SettingsDialog> dialog;
    QualysAccountsPage *page = nullptr;
};

TEST_F(SettingsQualysAccountTest, ValidatesEveryFieldInline)
{
    auto *pod = find<QComboBox>(u"qualysPlatformCombo"_s);
    // The pod table comes first; its URLs are shown, not typed.
    EXPECT_EQ(pod->itemData(0).toString(), u"US1"_s);
    EXPECT_TRUE(find<QLineEdit>(u"qualysGatewayEdit"_s)->isReadOnly());
    EXPECT_FALSE(find<QPushButton>(u"qualysSaveAccountButton"_s)->isEnabled());

    pod->setCurrentIndex(pod->findData(u"Custom"_s));
    EXPECT_FALSE(find<QLineEdit>(u"qualysGatewayEdit"_s)->isReadOnly());
    type(u"qualysGatewayEdit"_s, u"http://qualys.example.com"_s); // http only to loopback
    type(u"qualysApiServerEdit"_s, u"https://qualysapi.example.com"_s);
    auto *platformIssue = find<QLabel>(u"qualysGatewayEditIssue"_s);
    EXPECT_FALSE(platformIssue->text().isEmpty());
    EXPECT_FALSE(page->problem().isEmpty());
    type(u"qualysGatewayEdit"_s, u"https://gateway.example.com"_s);
    EXPECT_TRUE(platformIssue->text().isEmpty()) << platformIssue->text().toStdString();

    type(u"qualysUserEdit"_s, u"two words"_s);
    EXPECT_FALSE(find<QLabel>(u"qualysUserEditIssue"_s)->text().isEmpty());
    type(u"qualysUserEdit"_s, u"oneword"_s);
    EXPECT_TRUE(find<QLabel>(u"qualysUserEditIssue"_s)->text().isEmpty());
    // A new account needs its secret: Save says so, every field speaks.
    EXPECT_FALSE(find<QPushButton>(u"qualysSaveAccountButton"_s)->isEnabled());
    QSignalSpy tested(page, &QualysAccountsPage::testFinished);
    QTest::mouseClick(find<QPushButton>(u"qualysTestLoginButton"_s), Qt::LeftButton);
    ASSERT_EQ(tested.count(), 1);
    EXPECT_FALSE(tested.first().at(0).toBool());
    EXPECT_FALSE(find<QLabel>(u"qualysSecretEditIssue"_s)->text().isEmpty());
    EXPECT_TRUE(platform.fake.requests().isEmpty()); // nothing was sent
}

TEST_F(SettingsQualysAccountTest, TestLoginThenSaveKeepsTheSecretInTheKeychainOnly)
{
    fillForm(u"not-the-password"_s);
    const auto [wrongOk, wrongText] = testLogin();
    EXPECT_FALSE(wrongOk);
    EXPECT_TRUE(wrongText.contains(QualysError::make(QualysErrorKind::LoginFailed).advice()))
        << wrongText.toStdString();
    EXPECT_FALSE(wrongText.contains(u"not-the-password"_s));
    EXPECT_EQ(find<QLabel>(u"qualysTestResultLabel"_s)->text(), wrongText);

    type(u"qualysSecretEdit"_s, QualysPassword);
    const auto [ok, text] = testLogin();
    EXPECT_TRUE(ok) << text.toStdString();
    EXPECT_FALSE(find<QWidget>(u"qualysTestProgress"_s)->isVisible());

    QSignalSpy saved(page, &QualysAccountsPage::saveFinished);
    QTest::mouseClick(find<QPushButton>(u"qualysSaveAccountButton"_s), Qt::LeftButton);
    ASSERT_TRUE(saved.count() > 0 || saved.wait(10000));
    EXPECT_TRUE(saved.first().at(0).toBool()) << saved.first().at(1).toString().toStdString();

    const QualysAccount account = platform.account();
    EXPECT_TRUE(secrets.contains(account.secretKey()));
    const QList<QualysAccount> stored = accounts->load();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().user, QualysUser);
    EXPECT_EQ(stored.first().platform.key(), account.platform.key());
    EXPECT_TRUE(QFile::exists(accounts->filePath()));
    EXPECT_TRUE(filesContaining(dir.path(), QualysPassword).isEmpty())
        << filesContaining(dir.path(), QualysPassword).join(u", "_s).toStdString();
    EXPECT_TRUE(find<QLineEdit>(u"qualysSecretEdit"_s)->text().isEmpty());

    // A saved account tests with the keychain's secret (the field says "unchanged").
    const auto [storedOk, storedText] = testLogin();
    EXPECT_TRUE(storedOk) << storedText.toStdString();

    // Remove: the key first, then the entry.
    QSignalSpy removed(page, &QualysAccountsPage::removeFinished);
    auto *remove = find<QPushButton>(u"removeQualysAccountButton"_s);
    ASSERT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    ASSERT_TRUE(removed.count() > 0 || removed.wait(10000));
    EXPECT_TRUE(removed.first().at(0).toBool());
    EXPECT_FALSE(secrets.contains(account.secretKey()));
    EXPECT_TRUE(accounts->load().isEmpty());
}

TEST_F(SettingsQualysAccountTest, AKeychainFailureSavesNothing)
{
    fillForm(QualysPassword);
    secrets.setFailure(SecretStore::Status::NoBackend);
    QSignalSpy saved(page, &QualysAccountsPage::saveFinished);
    QTest::mouseClick(find<QPushButton>(u"qualysSaveAccountButton"_s), Qt::LeftButton);
    ASSERT_TRUE(saved.count() > 0 || saved.wait(10000));
    EXPECT_FALSE(saved.first().at(0).toBool());
    EXPECT_TRUE(accounts->load().isEmpty());
    EXPECT_FALSE(find<QLabel>(u"qualysTestResultLabel"_s)->text().isEmpty());
}

TEST_F(SettingsQualysAccountTest, TestLoginCanBeCancelled)
{
    // The gateway never answers: only Cancel ends the test.
    emulator::qualys::FakeQualysFault hang;
    hang.server = u"gateway"_s;
    hang.hang = true;
    ASSERT_TRUE(platform.fake.addFault(hang));
    fillForm(QualysPassword);
    QSignalSpy done(page, &QualysAccountsPage::testFinished);
    QTest::mouseClick(find<QPushButton>(u"qualysTestLoginButton"_s), Qt::LeftButton);
    auto *cancel = find<QPushButton>(u"qualysCancelTestButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !platform.fake.requests().isEmpty(); }, 10000));
    ASSERT_TRUE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(done.count() > 0 || done.wait(5000));
    EXPECT_FALSE(done.first().at(0).toBool());
    EXPECT_FALSE(find<QWidget>(u"qualysTestProgress"_s)->isVisible());
    EXPECT_TRUE(find<QPushButton>(u"qualysTestLoginButton"_s)->isEnabled());
}

} // namespace
