// Exports from the main window run on a worker thread: the inventory of the selected tenant
// connector arrives complete in the file, progress shows in the status bar and goes away, and
// a second export is refused while one runs.
#include <QFile>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include "SandboxHost.h"
#include "main/MainWindow.h"
#include "runtime/ConnectorRuntime.h"
#include "runtime/InventoryDatabase.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"

using namespace atc;
using namespace Qt::Literals::StringLiterals;

namespace {

class DesktopExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qRegisterMetaType<RunSummary>();
        ASSERT_TRUE(dir.isValid());
        store = std::make_unique<ProfileStore>(dir.filePath(u"profiles"_s));
        const SandboxTenant t = sandbox.tenant();
        ASSERT_TRUE(t.baseUrl.isValid());
        ConnectorProfile p;
        p.name = u"Contoso sandbox"_s;
        p.cloud = CloudType::Custom;
        p.customEndpoints = {t.baseUrl, t.baseUrl};
        p.directoryId = t.directoryId;
        p.clientId = t.clientId;
        p.connectorNamePrefix = u"sandbox"_s;
        p.activateVmScanning = true;
        p.activateCloudPerimeterScan = true;
        QString error;
        ASSERT_TRUE(store->save(p, &error)) << error.toStdString();
        profileId = p.id;
        QObject context;
        bool stored = false;
        secrets.write(p.secretKey(), t.clientSecret, &context,
                      [&stored](const SecretStore::Result &r) { stored = r.ok(); });
        ASSERT_TRUE(QTest::qWaitFor([&stored] { return stored; }, 5000));

        ConnectorRuntime::Options o;
        o.databasePath = dir.filePath(u"inventory.sqlite"_s);
        o.lockDirectory = dir.filePath(u"locks"_s);
        runtime = std::make_unique<ConnectorRuntime>(
            &nam, ConnectorRuntime::secretsFromStore(&secrets), o);
        ASSERT_TRUE(runtime->open(&error)) << error.toStdString();
        runtime->setProfiles(store->loadAll().profiles);
        QSignalSpy finished(runtime.get(), &ConnectorRuntime::runFinished);
        ASSERT_EQ(runtime->runTenant(profileId), ConnectorRuntime::StartResult::Started);
        ASSERT_TRUE(finished.wait(60000));
        const RunSummary s = finished.first().at(1).value<RunSummary>();
        ASSERT_EQ(s.state, ConnectorState::FinishedSuccessfully);
        assets = s.counts.assetsCreated;
        ASSERT_GT(assets, 0);

        DesktopServices services;
        services.networkAccessManager = &nam;
        services.secretStore = &secrets;
        services.runtime = runtime.get();
        window = std::make_unique<MainWindow>(*store, services);
        window->show();
        auto *profiles = window->findChild<QTableView *>(u"profileTable"_s);
        ASSERT_NE(profiles, nullptr);
        profiles->selectionModel()->setCurrentIndex(profiles->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    }

    InventoryExportJob::Result exportAndWait(InventoryExportJob::Format format, const QString &path)
    {
        QSignalSpy done(window.get(), &MainWindow::exportFinished);
        EXPECT_TRUE(window->startExport(format, path));
        EXPECT_TRUE(done.wait(60000)) << "the export never finished";
        return done.isEmpty() ? InventoryExportJob::Result()
                              : done.first().at(0).value<InventoryExportJob::Result>();
    }

    QTemporaryDir dir;
    SandboxHost sandbox;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;
    QString profileId;
    int assets = 0;
};

TEST_F(DesktopExport, CsvOfTheSelectedTenantConnectorIsComplete)
{
    const QString path = dir.filePath(u"export.csv"_s);
    auto *progress = window->findChild<QProgressBar *>(u"exportProgressBar"_s);
    auto *cancel = window->findChild<QToolButton *>(u"cancelExportButton"_s);
    ASSERT_NE(progress, nullptr);
    ASSERT_NE(cancel, nullptr);

    QSignalSpy done(window.get(), &MainWindow::exportFinished);
    ASSERT_TRUE(window->startExport(InventoryExportJob::Format::Csv, path));
    // While it runs: progress and Cancel are shown, and a second export is refused.
    EXPECT_TRUE(progress->isVisible());
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_FALSE(window->startExport(InventoryExportJob::Format::Json, path + u".json"_s));
    ASSERT_TRUE(done.wait(60000));
    const auto r = done.first().at(0).value<InventoryExportJob::Result>();
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.rows, assets);
    EXPECT_FALSE(progress->isVisible());
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_FALSE(QFile::exists(path + u".json"_s));

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_EQ(text.count("\r\n"), assets + 1); // the header and one line per asset
}

TEST_F(DesktopExport, PerimeterTargetsMatchTheInventory)
{
    const QString path = dir.filePath(u"targets.txt"_s);
    const auto r = exportAndWait(InventoryExportJob::Format::PerimeterTargets, path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    const int expected = int(runtime->database()->perimeterTargets(profileId).size());
    ASSERT_GT(expected, 0) << "the sandbox has public IPs and FQDNs activated for CPS";
    EXPECT_EQ(r.rows, expected);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll().count('\n'), expected);
}

TEST_F(DesktopExport, FailureIsSaidInWords)
{
    const QString path = dir.filePath(u"missing/folder/export.json"_s);
    const auto r = exportAndWait(InventoryExportJob::Format::Json, path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(path)) << r.error.toStdString();
}

} // namespace
