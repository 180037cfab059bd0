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

#include "DesktopHarness.h"
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
        profile = test::contosoProfile();
        QString error;
        EXPECT_TRUE(store.save(profile, &error)) << error.toStdString();
        EXPECT_TRUE(test::writeSecret(secrets, profile.secretKey(), u"a-secret-value"_s));
        runtime = test::openTestRuntime(&nam, &secrets, dir.path());
        EXPECT_TRUE(test::addSubOneConnector(runtime.get(), profile.id, u"sub1"_s));
        window = std::make_unique<MainWindow>(store,
                                              test::desktopServices(&nam, &secrets, runtime.get()));
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
