// Delete from the main window removes the key from the real keychain (gnome-keyring in a
// private D-Bus session: SECRET_SERVICE).
#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include "DesktopHarness.h"
#include "main/MainWindow.h"
#include "runtime/ConnectorRuntime.h"
#include "store/KeychainSecretStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

SecretStore::Result readSync(SecretStore &store, const QString &key)
{
    std::optional<SecretStore::Result> result;
    QObject context;
    store.read(key, &context, [&](const SecretStore::Result &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    return result.value_or(SecretStore::Result{});
}

} // namespace

TEST(DesktopKeychain, DeleteRemovesTheKeyFromTheKeychain)
{
    QTemporaryDir dir;
    KeychainSecretStore keychain(nullptr, u"atc-desktop-test-"_s +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    ProfileStore store(dir.path() + u"/profiles"_s);
    ConnectorProfile p = test::contosoProfile();
    QString error;
    ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
    bool written = false;
    keychain.write(p.secretKey(), u"a-secret-value"_s, &keychain,
                   [&](const SecretStore::Result &r) { written = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 10000));
    ASSERT_TRUE(readSync(keychain, p.secretKey()).ok());

    QNetworkAccessManager nam;
    const std::unique_ptr<ConnectorRuntime> runtime =
        test::openTestRuntime(&nam, &keychain, dir.path());
    MainWindow window(store, test::desktopServices(&nam, &keychain, runtime.get()));
    window.show();
    ASSERT_EQ(window.currentProfileId(), p.id);

    QAction *del = window.findChild<QAction *>(u"deleteConnectorAction"_s);
    ASSERT_TRUE(del && del->isEnabled());
    del->trigger();
    auto *box = window.findChild<QMessageBox *>(u"deleteConnectorDialog"_s);
    ASSERT_NE(box, nullptr);
    QSignalSpy deleted(&window, &MainWindow::connectorDeleted);
    box->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(deleted.count() > 0 || deleted.wait(10000));
    EXPECT_FALSE(readSync(keychain, p.secretKey()).ok());
    EXPECT_TRUE(store.loadAll().profiles.isEmpty());
    EXPECT_TRUE(window.isShowingEmptyState());
}
