// Delete from the main window goes through ConnectorLifecycle::remove(): the key FIRST, then
// the profile, then (when asked) the inventory. A failing key removal keeps the profile; a
// failing profile removal leaves no orphaned key. Issue 13, point 1.
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "main/MainWindow.h"
#include "runtime/ConnectorRuntime.h"
#include "store/InMemorySecretStore.h"
#include "widgets/MessageBar.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Desktop
{
    QTemporaryDir dir;
    ProfileStore store{dir.filePath(u"profiles"_s)};
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;
    ConnectorProfile profile;

    Desktop()
    {
        profile.name = u"Contoso"_s;
        profile.tenantName = u"Contoso"_s;
        profile.directoryId = u"8f3e2b1a-5c4d-4e6f-9a8b-7c6d5e4f3a2b"_s;
        profile.clientId = u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s;
        profile.connectorNamePrefix = u"c"_s;
        QString error;
        EXPECT_TRUE(store.save(profile, &error)) << error.toStdString();
        bool written = false;
        secrets.write(profile.secretKey(), u"a-secret-value"_s, &secrets,
                      [&](const SecretStore::Result &r) { written = r.ok(); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));

        ConnectorRuntime::Options o;
        o.databasePath = dir.filePath(u"inventory.sqlite"_s);
        o.lockDirectory = dir.filePath(u"locks"_s);
        runtime = std::make_unique<ConnectorRuntime>(
            &nam, ConnectorRuntime::secretsFromStore(&secrets), o);
        EXPECT_TRUE(runtime->open(&error)) << error.toStdString();
        QList<SubscriptionConnector> list(1);
        list[0].profileId = profile.id;
        list[0].subscriptionId = u"sub1"_s;
        list[0].subscriptionName = u"Sub One"_s;
        list[0].name = u"c-Sub One"_s;
        EXPECT_TRUE(runtime->database()->saveConnectors(list));

        DesktopServices s;
        s.networkAccessManager = &nam;
        s.secretStore = &secrets;
        s.runtime = runtime.get();
        window = std::make_unique<MainWindow>(store, s);
        window->show();
        EXPECT_EQ(window->currentProfileId(), profile.id);
    }

    QMessageBox *askToDelete()
    {
        QAction *del = window->findChild<QAction *>(u"deleteConnectorAction"_s);
        EXPECT_TRUE(del && del->isEnabled());
        del->trigger();
        return window->findChild<QMessageBox *>(u"deleteConnectorDialog"_s);
    }

    bool hasInventory() const { return !runtime->database()->connectors(profile.id).isEmpty(); }
};

} // namespace

TEST(DesktopDelete, RemovesKeyProfileAndInventory)
{
    Desktop d;
    QMessageBox *box = d.askToDelete();
    ASSERT_NE(box, nullptr);
    // The buttons say what they do; Cancel is the default.
    EXPECT_EQ(box->button(QMessageBox::Yes)->text(), u"&Delete"_s);
    EXPECT_EQ(box->button(QMessageBox::No)->text(), u"Cancel"_s);
    EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::No));
    box->findChild<QCheckBox *>(u"deleteInventoryCheck"_s)->setChecked(true);
    QSignalSpy deleted(d.window.get(), &MainWindow::connectorDeleted);
    box->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(deleted.count() > 0 || deleted.wait(10000));
    EXPECT_FALSE(d.secrets.contains(d.profile.secretKey()));
    EXPECT_TRUE(d.store.loadAll().profiles.isEmpty());
    EXPECT_FALSE(d.hasInventory());
    EXPECT_TRUE(d.window->isShowingEmptyState());
}

TEST(DesktopDelete, FailingKeyRemovalKeepsTheProfile)
{
    Desktop d;
    QMessageBox *box = d.askToDelete();
    ASSERT_NE(box, nullptr);
    box->findChild<QCheckBox *>(u"deleteInventoryCheck"_s)->setChecked(true);
    d.secrets.setFailure(SecretStore::Status::AccessDenied);
    QSignalSpy deleted(d.window.get(), &MainWindow::connectorDeleted);
    box->button(QMessageBox::Yes)->click();
    MessageBar *bar = d.window->messageBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->isVisible() && !bar->text().isEmpty(); }, 10000));
    EXPECT_TRUE(bar->text().contains(u"kept"_s)) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(u"Unlock your keyring"_s)) << bar->text().toStdString();
    EXPECT_EQ(deleted.count(), 0);
    EXPECT_EQ(d.store.loadAll().profiles.size(), 1);
    EXPECT_TRUE(d.hasInventory());
    d.secrets.setFailure(std::nullopt);
    EXPECT_TRUE(d.secrets.contains(d.profile.secretKey()));
    EXPECT_EQ(d.window->currentProfileId(), d.profile.id);
}

TEST(DesktopDelete, FailingProfileRemovalLeavesNoOrphanedKey)
{
    Desktop d;
    QMessageBox *box = d.askToDelete();
    ASSERT_NE(box, nullptr);
    // The file cannot be removed now: its path became a folder that is not empty.
    const QString file = d.store.directory() + u'/' + d.profile.id + u".json"_s;
    ASSERT_TRUE(QFile::remove(file));
    ASSERT_TRUE(QDir().mkpath(file + u"/inside"_s));
    QSignalSpy deleted(d.window.get(), &MainWindow::connectorDeleted);
    box->button(QMessageBox::Yes)->click();
    MessageBar *bar = d.window->messageBar();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bar->isVisible() && bar->text().contains(u"could not be deleted"_s); }, 10000))
        << bar->text().toStdString();
    EXPECT_EQ(deleted.count(), 0);
    // The key went first: no secret is left behind for a profile that may vanish later.
    EXPECT_FALSE(d.secrets.contains(d.profile.secretKey()));
    EXPECT_EQ(d.secrets.count(), 0);
    EXPECT_TRUE(d.hasInventory());
}
