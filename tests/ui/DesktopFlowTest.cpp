// The administrator desktop end to end, offscreen, against the in-process sandbox emulator:
// first run → "Try the sandbox tenant" → wizard → Create → a finished run with assets in the
// browser; the browser's filters match SQL counts; Edit keeps the secret; Delete removes the
// secret; a run cancelled from the window keeps the previous inventory.
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include "SandboxDesktop.h"
#include "SandboxProfiles.h"
#include "main/InventoryBrowser.h"
#include "main/InventoryModel.h"
#include "main/MainWindow.h"
#include "main/ProfileListModel.h"
#include "main/SettingsDialog.h"
#include "main/TagManagerDialog.h"
#include "runtime/ConnectorRuntime.h"
#include "store/AppSettings.h"
#include "store/InMemorySecretStore.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

class Desktop : public test::SandboxDesktop
{
public:
    template <typename T> T *find(QObject *root, const QString &name)
    {
        T *w = root->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << "no " << name.toStdString();
        return w;
    }

    /** Drives the open wizard from Basic Details through Create (tests the connection). */
    bool finishWizard() { return test::finishWizard(window->wizard()); }

    // The test's own connection to the runtime's inventory (the UI has no SQL).
    QSqlDatabase sqlDatabase()
    {
        // One connection name per file: each test has its own inventory.
        const QString name = u"desktop-flow-test-sql-"_s + runtime->database()->path();
        if (!QSqlDatabase::contains(name)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(runtime->database()->path());
            EXPECT_TRUE(db.open());
        }
        return QSqlDatabase::database(name);
    }

    int sqlCount(const QString &where, const QVariantList &binds = {})
    {
        QSqlQuery q(sqlDatabase());
        q.prepare(u"SELECT COUNT(*) FROM resources r WHERE r.removed_at IS NULL"_s +
                  (where.isEmpty() ? QString() : u" AND "_s + where));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toInt() : -1;
    }

    QString anyValue(const QString &column)
    {
        QSqlQuery q(sqlDatabase());
        EXPECT_TRUE(q.exec(u"SELECT "_s + column +
                           u" FROM resources GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"_s));
        return q.next() ? q.value(0).toString() : QString();
    }
};

void chooseData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    ASSERT_GE(i, 0) << value.toStdString();
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
    // The browser loads in the background: wait until it shows the filter's rows.
    if (auto *browser = qobject_cast<InventoryBrowser *>(combo->parentWidget())) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->isLoading(); }, 20000));
    }
}

} // namespace

TEST(DesktopFlow, SandboxFirstRunToInventoryFiltersEditAndDelete)
{
    Desktop d;
    ASSERT_TRUE(d.window->isShowingEmptyState());
    QTest::mouseClick(d.find<QPushButton>(d.window.get(), u"trySandboxButton"_s), Qt::LeftButton);
    ASSERT_NE(d.window->wizard(), nullptr);
    EXPECT_EQ(d.window->wizard()->draft()->profile().cloud, CloudType::Custom);

    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.finishWizard());
    ASSERT_TRUE(finished.wait(60000)) << "the first run never finished";
    const auto summary = finished.first().at(1).value<RunSummary>();
    EXPECT_EQ(summary.state, ConnectorState::FinishedSuccessfully);
    EXPECT_FALSE(d.window->isShowingEmptyState());

    const QList<ConnectorProfile> profiles = d.store->loadAll().profiles;
    ASSERT_EQ(profiles.size(), 1);
    const ConnectorProfile p = profiles.first();
    EXPECT_EQ(d.window->currentProfileId(), p.id);
    EXPECT_TRUE(isSandboxProfile(p, QString::fromLatin1(emulator::sandbox::TenantId)));

    // Subscription connectors in the table; history has the run.
    auto *connectors = d.find<QTableView>(d.window.get(), u"connectorTable"_s);
    EXPECT_EQ(connectors->model()->rowCount(), d.runtime->connectors(p.id).size());
    EXPECT_GT(connectors->model()->rowCount(), 0);
    auto *history = d.find<QTableView>(d.window.get(), u"runHistoryTable"_s);
    EXPECT_GE(history->model()->rowCount(), 1);

    // The browser shows the assets the database holds; each filter narrows as SQL says.
    InventoryBrowser *browser = d.window->inventoryBrowser();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !browser->isLoading(); }, 20000));
    const int all = d.sqlCount({});
    ASSERT_GT(all, 0);
    EXPECT_EQ(browser->assetCount(), all);

    auto *type = d.find<QComboBox>(browser, u"typeFilterCombo"_s);
    const QString someType = d.anyValue(u"type"_s);
    chooseData(type, someType);
    EXPECT_EQ(browser->assetCount(), d.sqlCount(u"r.type = ? COLLATE NOCASE"_s, {someType}));
    EXPECT_LT(browser->assetCount(), all);
    chooseData(type, QString());

    auto *location = d.find<QComboBox>(browser, u"locationFilterCombo"_s);
    const QString someLocation = d.anyValue(u"location"_s);
    chooseData(location, someLocation);
    EXPECT_EQ(browser->assetCount(),
              d.sqlCount(u"r.location = ? COLLATE NOCASE"_s, {someLocation}));
    chooseData(location, QString());

    auto *module = d.find<QComboBox>(browser, u"moduleFilterCombo"_s);
    chooseData(module, u"CPS"_s);
    EXPECT_EQ(browser->assetCount(),
              d.sqlCount(u"EXISTS (SELECT 1 FROM asset_activation a WHERE a.asset_id = "
                         "r.asset_id AND a.module = 'CPS')"_s));
    chooseData(module, QString());

    QSignalSpy applied(browser, &InventoryBrowser::filterApplied);
    auto *search = d.find<QLineEdit>(browser, u"inventorySearchEdit"_s);
    QTest::keyClicks(search, u"prod"_s);
    ASSERT_TRUE(applied.wait(5000));
    EXPECT_EQ(browser->assetCount(),
              d.sqlCount(u"(r.name LIKE '%prod%' OR r.resource_id LIKE '%prod%' OR "
                         "r.resource_group LIKE '%prod%')"_s));
    EXPECT_LT(browser->assetCount(), all);
    search->clear();
    ASSERT_TRUE(applied.wait(5000));
    EXPECT_EQ(browser->assetCount(), all);

    // The details pane shows the selected asset.
    auto *table = d.find<QTableView>(browser, u"inventoryTable"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    EXPECT_TRUE(d.find<QWidget>(browser, u"assetDetails"_s)
                    ->property("plainText")
                    .toString()
                    .contains(u"Resource id"_s));

    // Edit without typing a key keeps the stored one.
    ASSERT_TRUE(QTest::qWaitFor([&] { return d.window->wizard() == nullptr; }, 5000));
    d.find<QAction>(d.window.get(), u"editConnectorAction"_s)->trigger();
    ASSERT_NE(d.window->wizard(), nullptr);
    EXPECT_EQ(d.window->wizard()->draft()->mode(), ConnectorWizard::Mode::Edit);
    ASSERT_TRUE(d.finishWizard());
    bool haveSecret = false, readDone = false;
    d.secrets.read(p.secretKey(), d.window.get(), [&](const SecretStore::Result &r) {
        haveSecret = r.ok() && r.secret == QString::fromLatin1(emulator::sandbox::ClientSecret);
        readDone = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return readDone; }, 5000));
    EXPECT_TRUE(haveSecret);

    // Delete asks without blocking, then removes profile, secret and (chosen) inventory.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !d.runtime->isAnyRunning(); }, 30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return d.window->wizard() == nullptr; }, 5000));
    QAction *del = d.find<QAction>(d.window.get(), u"deleteConnectorAction"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return del->isEnabled(); }, 5000));
    EXPECT_EQ(d.window->currentProfileId(), p.id);
    del->trigger();
    auto *box = d.find<QMessageBox>(d.window.get(), u"deleteConnectorDialog"_s);
    ASSERT_NE(box, nullptr);
    box->checkBox()->setChecked(true);
    QSignalSpy deleted(d.window.get(), &MainWindow::connectorDeleted);
    box->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(deleted.count() > 0 || deleted.wait(5000));
    EXPECT_TRUE(d.store->loadAll().profiles.isEmpty());
    EXPECT_TRUE(d.window->isShowingEmptyState());
    readDone = false;
    bool gone = false;
    d.secrets.read(p.secretKey(), d.window.get(), [&](const SecretStore::Result &r) {
        gone = !r.ok();
        readDone = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return readDone; }, 5000));
    EXPECT_TRUE(gone);
    EXPECT_EQ(d.sqlCount({}), 0);
}

TEST(DesktopFlow, RunCancelledFromTheWindowKeepsThePreviousInventory)
{
    Desktop d;
    QTest::mouseClick(d.find<QPushButton>(d.window.get(), u"trySandboxButton"_s), Qt::LeftButton);
    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.finishWizard());
    ASSERT_TRUE(finished.wait(60000));
    const int before = d.sqlCount({});
    ASSERT_GT(before, 0);

    // Resource Graph answers slowly now: the next run is still reading when cancelled.
    d.emu.faults().route = u"Microsoft.ResourceGraph"_s;
    d.emu.faults().latencyMs = 60000;
    QSignalSpy started(d.runtime.get(), &ConnectorRuntime::runStarted);
    d.find<QAction>(d.window.get(), u"runNowAction"_s)->trigger();
    ASSERT_TRUE(started.count() > 0 || started.wait(10000));
    auto *cancel = d.find<QToolButton>(d.window.get(), u"cancelRunButton"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return cancel->isVisible() && cancel->isEnabled(); }, 5000));
    finished.clear();
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    const auto summary = finished.first().at(1).value<RunSummary>();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(d.sqlCount({}), before);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !d.window->inventoryBrowser()->isLoading(); }, 20000));
    EXPECT_EQ(d.window->inventoryBrowser()->assetCount(), before);
}

TEST(DesktopFlow, DisableAndEnableATenantConnectorFromTheWindow)
{
    Desktop d;
    QTest::mouseClick(d.find<QPushButton>(d.window.get(), u"trySandboxButton"_s), Qt::LeftButton);
    QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
    ASSERT_TRUE(d.finishWizard());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return d.window->wizard() == nullptr; }, 5000));
    const QString id = d.window->currentProfileId();
    ASSERT_FALSE(id.isEmpty());

    QAction *run = d.find<QAction>(d.window.get(), u"runNowAction"_s);
    QAction *enable = d.find<QAction>(d.window.get(), u"enableConnectorsAction"_s);
    QAction *disable = d.find<QAction>(d.window.get(), u"disableConnectorsAction"_s);
    auto *header = d.find<QLabel>(d.window.get(), u"tenantStatusLabel"_s);
    auto *connectors = d.find<QTableView>(d.window.get(), u"connectorTable"_s);
    auto *profiles = d.find<QTableView>(d.window.get(), u"profileTable"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return run->isEnabled(); }, 30000));
    connectors->clearSelection();

    // No subscription connector selected: the actions name the tenant connector.
    EXPECT_TRUE(disable->text().contains(u"Tenant Connector"_s)) << disable->text().toStdString();
    EXPECT_TRUE(disable->isEnabled());
    EXPECT_FALSE(enable->isEnabled()); // already enabled
    disable->trigger();

    // Saved: the profile file says enabled=false.
    QFile file(d.store->pathFor(id));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    ASSERT_TRUE(saved.value(u"enabled"_s).isBool());
    EXPECT_FALSE(saved.value(u"enabled"_s).toBool());
    EXPECT_EQ(d.window->currentProfileId(), id);
    // Run now is off, saying why; the header and the list show the state.
    EXPECT_FALSE(run->isEnabled());
    EXPECT_TRUE(run->toolTip().contains(u"disabled"_s)) << run->toolTip().toStdString();
    EXPECT_TRUE(header->text().contains(u"Disabled"_s)) << header->text().toStdString();
    EXPECT_TRUE(profiles->currentIndex()
                    .siblingAtColumn(ProfileListModel::NameColumn)
                    .data()
                    .toString()
                    .contains(u"(disabled)"_s));
    EXPECT_EQ(d.runtime->tenantStatus(id)->state, ConnectorState::Disabled);
    EXPECT_TRUE(enable->isEnabled());
    EXPECT_FALSE(disable->isEnabled());
    // Its subscription connectors do not run either; with some selected the actions say so.
    ASSERT_GT(connectors->model()->rowCount(), 0);
    connectors->selectRow(0);
    EXPECT_TRUE(enable->text().contains(u"Subscription Connectors"_s))
        << enable->text().toStdString();
    EXPECT_FALSE(run->isEnabled());
    EXPECT_EQ(d.runtime->runTenant(id), ConnectorRuntime::StartResult::Disabled);
    connectors->clearSelection();
    EXPECT_TRUE(enable->text().contains(u"Tenant Connector"_s)) << enable->text().toStdString();

    // Enabled again: saved, Run now works.
    enable->trigger();
    EXPECT_TRUE(d.store->load(id)->enabled);
    EXPECT_TRUE(run->isEnabled());
    EXPECT_FALSE(run->toolTip().contains(u"disabled"_s)) << run->toolTip().toStdString();
    EXPECT_FALSE(header->text().contains(u"Disabled"_s)) << header->text().toStdString();
    EXPECT_FALSE(profiles->currentIndex().data().toString().contains(u"(disabled)"_s));
    QSignalSpy started(d.runtime.get(), &ConnectorRuntime::runStarted);
    finished.clear();
    run->trigger();
    ASSERT_TRUE(started.count() > 0 || started.wait(10000));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(1).value<RunSummary>().state,
              ConnectorState::FinishedSuccessfully);

    // Disabled elsewhere (`atc profiles disable`, here another ProfileStore on the folder): the
    // window and the runtime follow without a manual reload.
    ProfileStore elsewhere(d.store->directory());
    ConnectorProfile p = *elsewhere.load(id);
    p.enabled = false;
    ASSERT_TRUE(elsewhere.save(p));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !d.runtime->profile(id)->enabled; }, 10000));
    EXPECT_EQ(d.runtime->runTenant(id), ConnectorRuntime::StartResult::Disabled);
    EXPECT_FALSE(run->isEnabled());
    EXPECT_TRUE(header->text().contains(u"Disabled"_s)) << header->text().toStdString();
}

TEST(DesktopSettings, ValidatesInlineAndKeepsTheProxyPasswordInTheKeychain)
{
    QTemporaryDir dir;
    AppSettings settings(dir.path() + u"/settings.ini"_s);
    InMemorySecretStore secrets;
    SettingsDialog dialog(&settings, &secrets);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *mode = dialog.findChild<QComboBox *>(u"proxyModeCombo"_s);
    auto *problem = dialog.findChild<QLabel *>(u"settingsProblemLabel"_s);
    EXPECT_TRUE(ok->isEnabled());
    mode->setCurrentIndex(mode->findData(int(AppSettings::ProxyMode::Manual)));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->isVisible());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyHostEdit"_s), u"proxy.test"_s);
    EXPECT_TRUE(ok->isEnabled());
    auto *ca = dialog.findChild<QLineEdit *>(u"caFileEdit"_s);
    QTest::keyClicks(ca, u"/nonexistent/ca.pem"_s);
    EXPECT_FALSE(ok->isEnabled());
    ca->clear();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyUserEdit"_s), u"alice"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyPasswordEdit"_s), u"pw-123"_s);
    dialog.findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(4);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(saved.count() > 0 || saved.wait(5000));
    AppSettings reread(dir.path() + u"/settings.ini"_s);
    EXPECT_EQ(reread.proxyMode(), AppSettings::ProxyMode::Manual);
    EXPECT_EQ(reread.proxyHost(), u"proxy.test"_s);
    EXPECT_EQ(reread.proxyUser(), u"alice"_s);
    EXPECT_EQ(reread.requestConcurrency(), 4);
    bool done = false, stored = false;
    secrets.read(AppSettings::proxyPasswordSecretKey(), &dialog, [&](const SecretStore::Result &r) {
        stored = r.ok() && r.secret == u"pw-123"_s;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    EXPECT_TRUE(stored);
    QFile ini(dir.path() + u"/settings.ini"_s);
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains("pw-123"));
}

TEST(DesktopTags, RenameRecolourReparentAndDeleteOnlyWhenUnused)
{
    QTemporaryDir dir;
    ProfileStore store(dir.path() + u"/profiles"_s);
    const Tag azure{u"a1"_s, u"Azure"_s, u"#1f77b4"_s, QString(), QString()};
    const Tag prod{u"p1"_s, u"Prod"_s, u"#ff7f0e"_s, u"a1"_s, QString()};
    ASSERT_TRUE(store.saveTags({azure, prod}));
    ConnectorProfile p = test::contosoProfile();
    p.assetTagIds = {u"a1"_s};
    ASSERT_TRUE(store.save(p));

    TagManagerDialog dialog(&store);
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(u"tagTree"_s);
    const auto select = [&](const QString &name) {
        const QList<QTreeWidgetItem *> hits =
            tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(hits.size(), 1);
        tree->setCurrentItem(hits.first());
    };
    select(u"Azure"_s);
    EXPECT_EQ(dialog.usesOf(u"a1"_s).size(), 1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"deleteTagButton"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"tagMessageLabel"_s)->text().contains(u"Contoso"_s));
    EXPECT_EQ(store.loadTags().size(), 2);

    select(u"Prod"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"tagNameEdit"_s);
    auto *apply = dialog.findChild<QPushButton *>(u"applyTagButton"_s);
    name->setText(u"azure"_s); // clashes, case-insensitively
    EXPECT_FALSE(apply->isEnabled());
    name->setText(u"Production"_s);
    dialog.findChild<QLineEdit *>(u"tagColorEdit"_s)->setText(u"#00aa00"_s);
    auto *parent = dialog.findChild<QComboBox *>(u"tagParentCombo"_s);
    parent->setCurrentIndex(parent->findData(QString()));
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QList<Tag> tags = store.loadTags();
    ASSERT_EQ(tags.size(), 2);
    const Tag saved = tags.at(0).id == u"p1"_s ? tags.at(0) : tags.at(1);
    EXPECT_EQ(saved.name, u"Production"_s);
    EXPECT_EQ(saved.color, u"#00aa00"_s);
    EXPECT_TRUE(saved.parentId.isEmpty());

    select(u"Production"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"deleteTagButton"_s), Qt::LeftButton);
    tags = store.loadTags();
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.first().id, u"a1"_s);
}

TEST(DesktopSandbox, SandboxProfilesAreRecognisedAndRepointed)
{
    const QString sandboxId = QString::fromLatin1(emulator::sandbox::TenantId);
    ConnectorProfile p;
    p.cloud = CloudType::Custom;
    p.directoryId = sandboxId.toUpper();
    p.customEndpoints = {QUrl(u"http://127.0.0.1:41000"_s), QUrl(u"http://127.0.0.1:41000"_s)};
    EXPECT_TRUE(isSandboxProfile(p, sandboxId));
    const QUrl now(u"http://127.0.0.1:42000"_s);
    EXPECT_TRUE(repointSandboxProfile(p, now));
    EXPECT_EQ(p.customEndpoints.authorityHost, now);
    EXPECT_EQ(p.customEndpoints.armEndpoint, now);
    EXPECT_FALSE(repointSandboxProfile(p, now));

    ConnectorProfile remote = p;
    remote.customEndpoints = {QUrl(u"https://login.example.com"_s),
                              QUrl(u"https://arm.example.com"_s)};
    EXPECT_FALSE(isSandboxProfile(remote, sandboxId)); // not loopback
    ConnectorProfile other = p;
    other.directoryId = u"11111111-2222-3333-4444-555555555555"_s;
    EXPECT_FALSE(isSandboxProfile(other, sandboxId));
    ConnectorProfile global = p;
    global.cloud = CloudType::AzurePublic;
    EXPECT_FALSE(isSandboxProfile(global, sandboxId));
}
