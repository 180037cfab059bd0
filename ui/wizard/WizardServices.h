#pragma once

#include <functional>
#include <optional>

#include <QString>
#include <QUrl>

#include "SandboxTenant.h"
#include "azure/AzureTypes.h"
#include "model/ConnectorProfile.h"
#include "qualys/QualysAccount.h"
#include "qualys/QualysClientConfig.h"
#include "runtime/ConnectorRuntime.h"

class QNetworkAccessManager;

namespace atc {

class ProfileStore;
class QualysAccountStore;
class SecretStore;

/**
 * What the wizard needs from the application. The wizard does NOT take ownership of any of
 * the pointers, which must outlive it. Optional members may be left empty.
 */
struct WizardServices
{
    QNetworkAccessManager *networkAccessManager = nullptr; ///< required: Test Connection
    ProfileStore *profileStore = nullptr;                  ///< required: names, tags, save
    SecretStore *secretStore = nullptr;                    ///< required: the key
    bool policyComplianceEntitled = false; ///< AppSettings: PC agent + Compliance Manager
    /** Optional: starts (or finds) the built-in emulator and returns its sandbox tenant. */
    std::function<SandboxTenant()> startSandbox;
    /**
     * Optional: creates the subscription connectors after the profile and its secret were
     * saved (the connector runtime provides it). Returns an empty string on success, or a
     * translated error that the confirmation page shows.
     */
    std::function<QString(const ConnectorProfile &, const TenantSnapshot &)>
        createSubscriptionConnectors;
    /**
     * Optional: the subscription connectors a saved profile has now (the connector runtime's
     * ConnectorRuntime::connectors()). Edit's preview shows Keep / Create / Disable from them.
     */
    std::function<QList<SubscriptionConnector>(const QString &profileId)> existingConnectors;
    /** Limits of Test Connection's session, as the runs have them (ConnectorRuntime::options()). */
    ConnectorRuntimeOptions sessionOptions;
    /** Where "How to create the app registration" points; empty: the bundled docs. */
    QUrl appRegistrationHelp;

    // Qualys (docs/qualys.md): optional; without an account store the wizard only creates
    // on this computer.
    QualysAccountStore *qualysAccounts = nullptr; ///< the accounts of Settings ▸ Qualys
    QualysClientConfig qualysConfig;              ///< limits and CA of the Qualys sessions
    /**
     * Optional: starts (or finds) the sandbox's fake Qualys and returns its user with the
     * secret (in memory only). Offered on Confirmation when the profile is a sandbox one.
     */
    std::function<std::optional<QualysCredentials>()> startSandboxQualys;
};

} // namespace atc
