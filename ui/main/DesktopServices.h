#pragma once

#include <functional>

#include "wizard/WizardServices.h"

class QNetworkAccessManager;

namespace atc {
class AppSettings;
class ConnectorRuntime;
class QualysAccountStore;
class SecretStore;
} // namespace atc

namespace atc {

/**
 * What the main window needs from the application (app/gui/main.cpp or a test). None of the
 * pointers is owned; all must outlive the window. Without a runtime the window only lists
 * profiles (the foundation's behaviour).
 */
struct DesktopServices
{
    QNetworkAccessManager *networkAccessManager = nullptr;
    SecretStore *secretStore = nullptr;
    ConnectorRuntime *runtime = nullptr;
    AppSettings *settings = nullptr; ///< the Settings dialog edits it (hidden when null)
    bool policyComplianceEntitled = false;
    /**
     * Starts (or finds) the in-process emulator and returns its sandbox tenant; an invalid
     * baseUrl when it cannot start. The application owns the emulator, so atc_ui does not
     * link it.
     */
    std::function<SandboxTenant()> startSandbox;
    /** The Settings dialog saved: apply what can change while running (proxy, CA, timeouts). */
    std::function<void()> settingsSaved;

    // Qualys (docs/qualys.md); without an account store the window shows no Qualys parts.
    QualysAccountStore *qualysAccounts = nullptr; ///< Settings ▸ Qualys accounts
    QualysClientConfig qualysConfig;              ///< limits and CA of every Qualys session
    /** Optional: the sandbox's fake Qualys user with its secret (memory only). */
    std::function<std::optional<QualysCredentials>()> startSandboxQualys;

    /**
     * What the wizard gets from these: the same services over `store`, Test Connection with
     * the runtime's limits, and (with a runtime) the hook that creates the subscription
     * connectors of a saved profile.
     */
    WizardServices wizardServices(ProfileStore *store) const;
};

} // namespace atc
