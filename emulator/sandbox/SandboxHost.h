#pragma once

#include <memory>

#include "SandboxTenant.h"

namespace atc {
class ProfileStore;
namespace emulator {
class AzureEmulator;
}

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

private:
    std::unique_ptr<emulator::AzureEmulator> m_emulator;
};

} // namespace atc
