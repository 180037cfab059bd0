#pragma once

// A main window whose "Try the sandbox tenant" is served by the in-process sandbox emulator,
// over a real runtime and profile store in a temporary directory (links atc_emulator_lib).
#include <memory>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "AzureEmulator.h"
#include "DesktopHarness.h"
#include "main/MainWindow.h"
#include "store/InMemorySecretStore.h"
#include "store/ProfileStore.h"

namespace atc::test {

struct SandboxDesktop
{
    /** `progressIntervalMs` < 0: the runtime's default. */
    explicit SandboxDesktop(int progressIntervalMs = -1)
    {
        QString error;
        EXPECT_TRUE(emu.loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) &&
                    emu.listen(0, &error))
            << error.toStdString();
        store = std::make_unique<ProfileStore>(dir.path() + u"/profiles"_s);
        runtime = openTestRuntime(&nam, &secrets, dir.path(), progressIntervalMs);
        DesktopServices s = desktopServices(&nam, &secrets, runtime.get());
        s.startSandbox = [this] {
            namespace sb = emulator::sandbox;
            return SandboxTenant{emu.baseUrl(), QString::fromLatin1(sb::TenantName),
                                 QString::fromLatin1(sb::TenantId),
                                 QString::fromLatin1(sb::ClientId),
                                 QString::fromLatin1(sb::ClientSecret)};
        };
        window = std::make_unique<MainWindow>(*store, s);
        window->show();
    }

    QTemporaryDir dir;
    emulator::AzureEmulator emu;
    QNetworkAccessManager nam;
    InMemorySecretStore secrets;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<ConnectorRuntime> runtime;
    std::unique_ptr<MainWindow> window;
};

} // namespace atc::test
