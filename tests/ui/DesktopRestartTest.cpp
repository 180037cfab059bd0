// Restarting the desktop with a saved sandbox profile: the first session's emulator is gone
// and its port is taken by something else; the next session's SandboxHost (what
// app/gui/main.cpp runs at start) re-points the profile to its own emulator, and "Run now" in
// the main window finishes against it with the previous inventory intact.
#include <QAction>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "SandboxHost.h"
#include "main/MainWindow.h"
#include "model/ProfileValidator.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryDatabase.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

// One application session: its network manager and runtime over the same data folder.
struct Session
{
    explicit Session(const QString &dataDir, SecretStore *secrets)
    {
        ConnectorRuntime::Options o;
        o.databasePath = dataDir + u"/inventory.sqlite"_s;
        o.lockDirectory = dataDir + u"/locks"_s;
        runtime = std::make_unique<ConnectorRuntime>(
            &nam, ConnectorRuntime::secretsFromStore(secrets), o);
        QString error;
        EXPECT_TRUE(runtime->open(&error)) << error.toStdString();
    }

    /** Runs the tenant connector and returns its summary (state Error when none came). */
    RunSummary runTenant(const QString &profileId, const std::function<void()> &start)
    {
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        start();
        if (!finished.wait(60000)) {
            ADD_FAILURE() << "the run did not finish";
            RunSummary s;
            s.state = ConnectorState::Error;
            return s;
        }
        EXPECT_EQ(finished.first().at(0).toString(), profileId);
        return finished.first().at(1).value<RunSummary>();
    }

    QNetworkAccessManager nam;
    std::unique_ptr<ConnectorRuntime> runtime;
};

void storeSecret(SecretStore &secrets, const QString &key, const QString &secret)
{
    QObject context;
    bool done = false;
    secrets.write(key, secret, &context, [&done](const SecretStore::Result &r) { done = r.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 5000));
}

TEST(DesktopRestart, SavedSandboxProfileIsRepointedAndRunsAfterARestart)
{
    qRegisterMetaType<RunSummary>();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ProfileStore store(dir.filePath(u"profiles"_s));
    InMemorySecretStore secrets; // stands in for the keychain, which outlives a session

    // --- Session 1: a sandbox profile created and run once.
    QString profileId;
    quint16 oldPort = 0;
    int assetsAfterFirstRun = 0;
    {
        SandboxHost sandbox;
        const SandboxTenant t = sandbox.tenant();
        ASSERT_TRUE(t.baseUrl.isValid());
        oldPort = quint16(t.baseUrl.port());
        ConnectorProfile p;
        p.name = u"Contoso sandbox"_s;
        p.cloud = CloudType::Custom;
        p.customEndpoints = {t.baseUrl, t.baseUrl};
        p.tenantName = t.tenantName;
        p.directoryId = t.directoryId;
        p.clientId = t.clientId;
        p.connectorNamePrefix = u"sandbox"_s;
        ValidationContext vc;
        vc.storedSecretExists = true;
        for (const ValidationIssue &i : ProfileValidator::validate(p, vc))
            ASSERT_NE(i.severity, Severity::Error) << i.message.toStdString();
        QString error;
        ASSERT_TRUE(store.save(p, &error)) << error.toStdString();
        profileId = p.id;
        storeSecret(secrets, p.secretKey(), t.clientSecret);

        Session s1(dir.path(), &secrets);
        s1.runtime->setProfiles(store.loadAll().profiles);
        const RunSummary first = s1.runTenant(profileId, [&] { s1.runtime->runTenant(profileId); });
        ASSERT_EQ(first.state, ConnectorState::FinishedSuccessfully)
            << first.errors.join(u"; "_s).toStdString();
        assetsAfterFirstRun = first.counts.assetsCreated;
        ASSERT_GT(assetsAfterFirstRun, 0);
    } // the application quits: its emulator is gone

    // Something else took the old port meanwhile: the profile must not keep pointing there.
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, oldPort));

    // --- Session 2: what app/gui/main.cpp does at start, then Run Now in the window.
    SandboxHost sandbox;
    sandbox.repointSavedProfiles(store);
    const std::optional<ConnectorProfile> repointed = store.load(profileId);
    ASSERT_TRUE(repointed.has_value());
    const QUrl newUrl = sandbox.tenant().baseUrl;
    EXPECT_NE(newUrl.port(), int(oldPort));
    EXPECT_EQ(repointed->customEndpoints.authorityHost, newUrl);
    EXPECT_EQ(repointed->customEndpoints.armEndpoint, newUrl);

    Session s2(dir.path(), &secrets);
    DesktopServices services;
    services.networkAccessManager = &s2.nam;
    services.secretStore = &secrets;
    services.runtime = s2.runtime.get();
    services.startSandbox = [&sandbox] { return sandbox.tenant(); };
    MainWindow window(store, services);
    window.show();

    auto *profiles = window.findChild<QTableView *>(u"profileTable"_s);
    ASSERT_NE(profiles, nullptr);
    ASSERT_EQ(profiles->model()->rowCount(), 1);
    profiles->selectionModel()->setCurrentIndex(profiles->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    auto *run = window.findChild<QAction *>(u"runNowAction"_s);
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(run->isEnabled());
    const RunSummary second = s2.runTenant(profileId, [run] { run->trigger(); });
    EXPECT_EQ(second.state, ConnectorState::FinishedSuccessfully)
        << second.errors.join(u"; "_s).toStdString();
    // The same tenant: nothing new, nothing removed — the first session's inventory is intact.
    EXPECT_EQ(second.counts.assetsCreated, 0);
    EXPECT_EQ(second.counts.assetsRemoved, 0);
    EXPECT_EQ(second.counts.assetsUnchanged, assetsAfterFirstRun);

    auto *connectors = window.findChild<QTableView *>(u"connectorTable"_s);
    ASSERT_NE(connectors, nullptr);
    EXPECT_GT(connectors->model()->rowCount(), 0);
}

} // namespace
