#pragma once

#include <memory>

#include <QUrl>

#include "SandboxTenant.h"

namespace atc {
class ProfileStore;
namespace emulator {
class AzureEmulator;
namespace qualys {
class FakeQualys;
}
} // namespace emulator

/**
 * The desktop's built-in sandbox: one in-process emulator serving the sandbox tenant on a
 * loopback port chosen when it first starts (so two instances never collide). Sandbox profiles
 * saved in an earlier session point at that session's port; repointSavedProfiles() moves them
 * to this one at start. In atc_sandbox_host (sandbox/), which links the emulator; atc_ui and
 * the wizard only get the SandboxTenant it returns, through DesktopServices::startSandbox.
 */
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    /** Starts the emulator on first use; an invalid baseUrl when it cannot start. */
    SandboxTenant tenant();
    /** Re-points every saved sandbox profile to this emulator (starting it if there is one). */
    void repointSavedProfiles(const ProfileStore &store);

    /**
     * The sandbox's fake Qualys (emulator/qualys), started on first use on loopback with the
     * sandbox user (FakeQualysSandbox.h) and the sandbox tenant as its Azure view; its clock
     * runs qualysClockRate() times faster than real time, so that member connectors appear
     * seconds after a push. Null when it cannot start. Owned by this host.
     */
    emulator::qualys::FakeQualys *qualys();
    /** Invalid when the fake cannot start. */
    QUrl qualysGatewayUrl();
    QUrl qualysApiServerUrl();
    /** Simulated seconds per real second (default sandbox::ClockRate); 0 stops the clock. */
    void setQualysClockRate(double simulatedSecondsPerSecond);

private:
    std::unique_ptr<emulator::AzureEmulator> m_emulator;
    std::unique_ptr<emulator::qualys::FakeQualys> m_qualys;
    double m_qualysClockRate;
};

} // namespace atc
