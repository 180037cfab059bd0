// The desktop's sandbox as app/gui/main.cpp wires it, offscreen, with the real keychain store
// and no Secret Service (the D-Bus bus points nowhere): "Try the sandbox tenant" creates the
// connector at once with the sandbox tags applied, a restart leaves "Last modified" alone, and
// the real `atc run` runs the desktop's profile afterwards. docs/emulator.md, "Sandbox".
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "SandboxHost.h"
#include "SandboxProfiles.h"
#include "main/MainWindow.h"
#include "main/ProfileListModel.h"
#include "runtime/ConnectorRuntime.h"
#include "store/KeychainSecretStore.h"
#include "wizard/ConnectorWizard.h"
#include "wizard/TenantDetailsPage.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

/** One start of the desktop application: what app/gui/main.cpp sets up. */
struct DesktopSession
{
    SandboxHost sandbox;
    ProfileStore store;
    KeychainSecretStore secrets;
    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;

    explicit DesktopSession(const QString &dataDir) : store(dataDir + u"/profiles"_s)
    {
        sandbox.attach(store);
        sandbox.repointSavedProfiles(store);
        runtime =
            std::make_unique<ConnectorRuntime>(&nam, ConnectorRuntime::secretsFromStore(&secrets),
                                               ConnectorRuntimeOptions::forDataDirectory(dataDir));
        QString error;
        EXPECT_TRUE(runtime->open(&error)) << error.toStdString();
        DesktopServices s;
        s.networkAccessManager = &nam;
        s.secretStore = &secrets;
        s.runtime = runtime.get();
        s.startSandbox = [this] {
            const SandboxTenant tenant = sandbox.tenant();
            EXPECT_TRUE(SandboxHost::ensureSandboxTags(store));
            return tenant;
        };
        window = std::make_unique<MainWindow>(store, s);
        window->show();
    }
    ~DesktopSession()
    {
        window.reset();
        runtime.reset();
    }

    bool next(ConnectorWizard *w, PageId expected)
    {
        QAbstractButton *b = w->button(QWizard::NextButton);
        if (!b->isEnabled())
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return w->currentId() == int(expected);
    }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

} // namespace

TEST(SandboxDesktop, TrySandboxWithoutKeyringThenRestartThenAtcRun)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/atc-sandbox-test-bus");
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
    const int jobsBefore = KeychainSecretStore::jobsStarted();
    QString id;
    QDateTime modified;
    int connectors = 0;
    {
        DesktopSession d(dataDir);
        auto *trySandbox = d.window->findChild<QPushButton *>(u"trySandboxButton"_s);
        ASSERT_NE(trySandbox, nullptr);
        QTest::mouseClick(trySandbox, Qt::LeftButton);
        ConnectorWizard *w = d.window->wizard();
        ASSERT_NE(w, nullptr);
        // The sandbox's tags are in the catalogue and applied by the starting profile (page 5).
        const ConnectorProfile draft = w->draft()->profile();
        EXPECT_TRUE(draft.sandbox);
        EXPECT_EQ(d.store.loadTags().size(), SandboxProfiles::sandboxTags().size());
        EXPECT_EQ(draft.assetTagIds.size(), 1);
        EXPECT_EQ(draft.tagRules.size(), 4);

        ASSERT_TRUE(d.next(w, PageId::TenantDetails));
        QSignalSpy tested(w->tenantDetailsPage(), &TenantDetailsPage::testFinished);
        QTest::mouseClick(w->findChild<QAbstractButton *>(u"testConnectionButton"_s),
                          Qt::LeftButton);
        ASSERT_TRUE(tested.wait(20000));
        ASSERT_TRUE(d.next(w, PageId::SubscriptionDetails));
        ASSERT_TRUE(d.next(w, PageId::ConnectorDetails));
        ASSERT_TRUE(d.next(w, PageId::TagsActivation));
        ASSERT_TRUE(d.next(w, PageId::AssignTags));
        ASSERT_TRUE(d.next(w, PageId::Confirmation));
        QSignalSpy saved(w, &ConnectorWizard::connectorSaved);
        QSignalSpy finished(d.runtime.get(), &ConnectorRuntime::runFinished);
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        // Less than the keychain's own 15 s timeout: creating never waited for a keychain.
        ASSERT_TRUE(saved.count() > 0 || saved.wait(10000)) << "the connector was not created";
        const ConnectorProfile p = saved.first().at(0).value<ConnectorProfile>();
        EXPECT_TRUE(p.sandbox);
        EXPECT_EQ(KeychainSecretStore::jobsStarted(), jobsBefore);

        ASSERT_TRUE(finished.count() > 0 || finished.wait(60000)) << "no first run";
        const RunSummary summary = finished.first().at(1).value<RunSummary>();
        EXPECT_EQ(summary.state, ConnectorState::FinishedSuccessfully)
            << summary.errors.join(u"; "_s).toStdString();
        connectors = int(d.runtime->connectors(p.id).size());
        EXPECT_GT(connectors, 0);
        id = p.id;
        modified = d.store.load(id)->modified;
    }
    const QString path = ProfileStore(dataDir + u"/profiles"_s).pathFor(id);
    const QByteArray bytes = fileBytes(path);

    for (int start = 2; start <= 3; ++start) {
        DesktopSession d(dataDir);
        auto *table = d.window->findChild<QTableView *>(u"profileTable"_s);
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->model()->rowCount(), 1);
        const QModelIndex cell = table->model()->index(0, ProfileListModel::ModifiedColumn);
        EXPECT_EQ(cell.data(ProfileListModel::SortRole).toDateTime(), modified)
            << "\"Last modified\" changed at start " << start;
        EXPECT_EQ(fileBytes(path), bytes) << "start " << start;
        EXPECT_EQ(d.store.loadTags().size(), SandboxProfiles::sandboxTags().size());
    }

    // The desktop's profile from `atc run`: its own sandbox, the same connectors.
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    e.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    e.remove(u"AZURE_CLIENT_SECRET"_s);
    QProcess atc;
    atc.setProcessEnvironment(e);
    atc.start(QStringLiteral(ATC_CLI_EXE), {u"run"_s, u"--profile"_s, id});
    ASSERT_TRUE(atc.waitForFinished(120000));
    EXPECT_EQ(atc.exitCode(), 0) << atc.readAllStandardError().constData();
    EXPECT_EQ(fileBytes(path), bytes);
    DesktopSession after(dataDir);
    EXPECT_EQ(int(after.runtime->connectors(id).size()), connectors);
    EXPECT_EQ(KeychainSecretStore::jobsStarted(), jobsBefore);
}
