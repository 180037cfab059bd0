#pragma once
// The real `atc` in a child process with its own data folder, against the emulator in this
// process (served while this process waits for the child).
#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "AzureEmulator.h"
#include "store/ProfileStore.h"

namespace atc::test {

struct RuntimeCli
{
    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QString dataDir;
    QString profileId;
    bool withSecret = true; ///< AZURE_CLIENT_SECRET in the child's environment

    RuntimeCli()
    {
        using namespace Qt::Literals::StringLiterals;
        namespace sandbox = atc::emulator::sandbox;
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error));
        EXPECT_TRUE(emu.listen(0, &error)) << qPrintable(error);
        dataDir = dir.filePath(u"data/AzureTenantConnector/azure-tenant-connector"_s);
        ConnectorProfile p;
        p.name = u"Sandbox"_s;
        p.cloud = CloudType::Custom;
        p.customEndpoints = CloudEndpoints{emu.baseUrl(), emu.baseUrl()};
        p.directoryId = QString::fromLatin1(sandbox::TenantId);
        p.tenantName = QString::fromLatin1(sandbox::TenantName);
        p.clientId = QString::fromLatin1(sandbox::ClientId);
        p.connectorNamePrefix = u"sbx"_s;
        p.activateVmScanning = true;
        p.activateCloudPerimeterScan = true;
        p.assetTagIds = {u"generic"_s};
        const ProfileStore store(dataDir + u"/profiles"_s);
        EXPECT_TRUE(store.save(p, &error)) << qPrintable(error);
        profileId = p.id;
    }

    QString databasePath() const { return dataDir + QStringLiteral("/inventory.sqlite"); }

    QProcessEnvironment env() const
    {
        using namespace Qt::Literals::StringLiterals;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/atc-test-bus"_s);
        e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        e.remove(u"AZURE_CLIENT_SECRET"_s);
        if (withSecret)
            e.insert(u"AZURE_CLIENT_SECRET"_s,
                     QString::fromLatin1(atc::emulator::sandbox::ClientSecret));
        return e;
    }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /** Runs atc to completion while this process's event loop serves the emulator. */
    Result run(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(ATC_CLI_EXE), args);
        EXPECT_TRUE(p.waitForStarted());
        EXPECT_TRUE(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000));
        Result r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
};

} // namespace atc::test
