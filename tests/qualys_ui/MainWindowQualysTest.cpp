// The main window's Qualys tab against an in-process FakeQualys: a saved tenant connector is
// "not on Qualys", Create on Qualys stores the link, the platform's member connectors show with
// their states after the simulated sync, and Enable/Disable (tenant and member) reach the fake.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

#include "QualysUiSupport.h"
#include "SandboxProfiles.h"
#include "main/MainWindow.h"
#include "main/QualysMemberTableModel.h"
#include "main/QualysPanel.h"
#include "main/RotateKeyDialog.h"
#include "qualys/QualysAccountStore.h"
#include "qualys/QualysTypes.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"
#include "widgets/MessageBar.h"

using namespace atc;
using namespace atc::test;

namespace {

class MainWindowQualysTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(platform.start());
        store = std::make_unique<ProfileStore>(dir.path() + u"/profiles"_s);
        accounts = std::make_unique<QualysAccountStore>(dir.path() + u"/config"_s);
        ASSERT_TRUE(accounts->upsert(platform.account()));
        ASSERT_TRUE(writeSecret(secrets, platform.account().secretKey(), QualysPassword));

        // A sandbox-tenant profile with its Azure key (the fake knows the sandbox app).
        namespace sb = emulator::sandbox;
        const SandboxTenant tenant{
            QUrl(u"http://127.0.0.1:9"_s), QString::fromLatin1(sb::TenantName),
            QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
            QString::fromLatin1(sb::ClientSecret)};
        profile = SandboxProfiles::startingProfile(tenant, {});
        profile.name = u"Contoso panel"_s;
        profile.connectorNamePrefix = u"Contoso"_s;
        QString error;
        ASSERT_TRUE(store->save(profile, &error)) << error.toStdString();
        ASSERT_TRUE(writeSecret(secrets, profile.secretKey(), tenant.clientSecret));

        DesktopServices s;
        s.networkAccessManager = &nam;
        s.secretStore = &secrets;
        s.qualysAccounts = accounts.get();
        s.qualysConfig = FakePlatform::config();
        window = std::make_unique<MainWindow>(*store, s);
        window->show();
        window->selectProfile(profile.id);
        panel = window->qualysPanel();
        ASSERT_NE(panel, nullptr);
        auto *tabs = window->findChild<QTabWidget *>(u"detailTabs"_s);
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentWidget(panel);
    }

    template <typename T> T *find(const QString &name)
    {
        T *w = panel->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    /** Clicks `button` and waits until the panel's operation (and a refresh after it) ended. */
    bool clickAndWait(const QString &button)
    {
        auto *b = find<QPushButton>(button);
        EXPECT_TRUE(b->isEnabled()) << button.toStdString() << " is disabled";
        if (!b->isEnabled())
            return false;
        QSignalSpy finished(panel, &QualysPanel::operationFinished);
        QTest::mouseClick(b, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty() && !panel->isBusy(); }, 30000))
            << button.toStdString() << " never finished";
        const bool ok = !finished.isEmpty() && finished.first().at(0).toBool();
        EXPECT_TRUE(ok) << panel->messageBar()->text().toStdString();
        return ok;
    }

    qint64 linkedId() const
    {
        const std::optional<ConnectorProfile> p = store->load(profile.id);
        const QualysLink *link = p ? p->qualysLink(platform.account().platform.key()) : nullptr;
        return link ? link->tenantConnectorId : 0;
    }

    QTemporaryDir dir;
    FakePlatform platform;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<QualysAccountStore> accounts;
    ConnectorProfile profile;
    std::unique_ptr<MainWindow> window;
    QualysPanel *panel = nullptr;
};

TEST_F(MainWindowQualysTest, MembersAndStatesAfterASyncAndEnableDisableReachThePlatform)
{
    EXPECT_TRUE(find<QLabel>(u"qualysConnectorIdLabel"_s)->text().contains(u"Not on Qualys"_s));
    EXPECT_FALSE(find<QPushButton>(u"qualysRefreshButton"_s)->isEnabled());

    // Create on Qualys from the window: the link is stored and the window shows its id.
    ASSERT_TRUE(clickAndWait(u"qualysPushButton"_s));
    const qint64 id = linkedId();
    ASSERT_GT(id, 0);
    ASSERT_EQ(platform.tenantConnectors().size(), 1);
    EXPECT_EQ(platform.tenantConnectors().at(0).toObject().value(u"id"_s).toInteger(), id);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return find<QLabel>(u"qualysConnectorIdLabel"_s)->text().contains(QString::number(id));
        },
        5000));

    // The platform syncs: member connectors appear; Refresh lists them with their states.
    platform.fake.advanceClock(2 * 3600);
    ASSERT_FALSE(platform.memberConnectors().isEmpty());
    ASSERT_TRUE(clickAndWait(u"qualysRefreshButton"_s));
    QualysMemberTableModel *model = panel->memberModel();
    ASSERT_EQ(model->rowCount(), platform.memberConnectors().size());
    for (int r = 0; r < model->rowCount(); ++r) {
        const QualysMemberConnector &m = model->members().at(r);
        const QJsonObject onPlatform = platform.member(m.id);
        ASSERT_FALSE(onPlatform.isEmpty()) << m.id;
        EXPECT_EQ(m.state, QualysMemberConnector::stateFromPlatform(
                               onPlatform.value(u"state"_s).toString(),
                               onPlatform.value(u"disabled"_s).toBool()));
        EXPECT_NE(m.state, QualysMemberConnector::State::Unknown);
        EXPECT_EQ(model->index(r, QualysMemberTableModel::StateColumn).data().toString(),
                  QualysMemberConnector::stateTitle(m.state));
    }

    // Disable, then enable the tenant connector on Qualys.
    ASSERT_TRUE(clickAndWait(u"qualysDisableButton"_s));
    EXPECT_TRUE(platform.tenantConnector(id).value(u"isDisabled"_s).toBool());
    ASSERT_TRUE(clickAndWait(u"qualysEnableButton"_s));
    EXPECT_FALSE(platform.tenantConnector(id).value(u"isDisabled"_s).toBool());

    // One member: disable, then enable.
    auto *table = find<QTableView>(u"qualysMemberTable"_s);
    table->selectRow(0);
    const qint64 memberId =
        model->index(0, 0).data(QualysMemberTableModel::MemberIdRole).toLongLong();
    ASSERT_GT(memberId, 0);
    ASSERT_TRUE(clickAndWait(u"qualysMemberDisableButton"_s));
    EXPECT_TRUE(platform.member(memberId).value(u"disabled"_s).toBool());
    const int row = model->rowOf(memberId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->members().at(row).state, QualysMemberConnector::State::Disabled);
    table->selectRow(row);
    ASSERT_TRUE(clickAndWait(u"qualysMemberEnableButton"_s));
    EXPECT_FALSE(platform.member(memberId).value(u"disabled"_s).toBool());

    // Push changes again: an update of the same connector, never a second one.
    ASSERT_TRUE(clickAndWait(u"qualysPushButton"_s));
    EXPECT_EQ(platform.tenantConnectors().size(), 1);
    EXPECT_EQ(linkedId(), id);
}

TEST_F(MainWindowQualysTest, AFailedRefreshSaysSoInWords)
{
    ASSERT_TRUE(clickAndWait(u"qualysPushButton"_s));
    ASSERT_GT(linkedId(), 0);
    emulator::qualys::FakeQualysFault fault;
    fault.server = u"api"_s;
    fault.status = 503;
    fault.body = "down for maintenance";
    ASSERT_TRUE(platform.fake.addFault(fault));
    QSignalSpy finished(panel, &QualysPanel::operationFinished);
    QTest::mouseClick(find<QPushButton>(u"qualysRefreshButton"_s), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(panel->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_FALSE(panel->messageBar()->text().isEmpty());
    EXPECT_FALSE(panel->isBusy());
}

TEST_F(MainWindowQualysTest, RotateAzureKeyUpdatesTheKeychainAndThePlatform)
{
    ASSERT_TRUE(clickAndWait(u"qualysPushButton"_s));
    const qint64 id = linkedId();
    ASSERT_GT(id, 0);
    const qsizetype before = platform.fake.requests().size();

    QTest::mouseClick(find<QPushButton>(u"rotateAzureKeyButton"_s), Qt::LeftButton);
    auto *dialog = panel->findChild<RotateKeyDialog *>(u"rotateKeyDialog"_s);
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->profiles().size(), 1);
    auto *rotate = dialog->findChild<QPushButton *>(u"rotateKeyButton"_s);
    EXPECT_FALSE(rotate->isEnabled()); // no key typed yet
    const QString newKey = u"rotated-azure-key-for-the-ui-test"_s;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newAzureKeyEdit"_s), newKey);
    QSignalSpy rotated(dialog, &RotateKeyDialog::rotated);
    QTest::mouseClick(rotate, Qt::LeftButton);
    ASSERT_TRUE(rotated.wait(30000));
    const auto result = rotated.first().at(0).value<QualysKeyRotation::Result>();
    EXPECT_TRUE(result.ok());
    ASSERT_FALSE(result.outcomes.isEmpty());
    // Each step's outcome is listed in the dialog.
    EXPECT_EQ(dialog->findChild<QListWidget *>(u"rotateOutcomeList"_s)->count(),
              result.outcomes.size());

    // The keychain holds the new key, and the platform got an update of that connector.
    QString stored;
    bool read = false;
    secrets.read(profile.secretKey(), panel, [&](const SecretStore::Result &r) {
        stored = r.secret;
        read = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return read; }, 5000));
    EXPECT_EQ(stored, newKey);
    const QJsonArray requests = platform.fake.requests();
    bool updated = false;
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        updated = updated || (r.value(u"method"_s).toString() == u"POST"_s &&
                              r.value(u"path"_s).toString().endsWith(
                                  u"/connectors/v1.0/org/azure/"_s + QString::number(id)));
    }
    EXPECT_TRUE(updated);
    EXPECT_EQ(platform.tenantConnectors().size(), 1);
}

} // namespace
