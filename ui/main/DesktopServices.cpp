#include "DesktopServices.h"

#include "runtime/ConnectorRuntime.h"
#include "store/ProfileStore.h"

namespace atc {

WizardServices DesktopServices::wizardServices(ProfileStore *store) const
{
    WizardServices ws;
    ws.networkAccessManager = networkAccessManager;
    ws.profileStore = store;
    ws.secretStore = secretStore;
    ws.policyComplianceEntitled = policyComplianceEntitled;
    ws.startSandbox = startSandbox;
    ws.qualysAccounts = qualysAccounts;
    ws.qualysConfig = qualysConfig;
    ws.startSandboxQualys = startSandboxQualys;
    ConnectorRuntime *rt = runtime;
    if (rt) {
        ws.sessionOptions = rt->options(); // Test Connection with the runs' limits
        ws.existingConnectors = [rt](const QString &id) { return rt->connectors(id); };
        ws.createSubscriptionConnectors = [store, rt](const ConnectorProfile &p,
                                                      const TenantSnapshot &snapshot) -> QString {
            // The profile is saved: the runtime must know it before anything else.
            rt->setProfiles(store->loadAll().profiles);
            if (!rt->connectors(p.id).isEmpty())
                return {}; // an edit: the next run reconciles with the new scope
            QString error;
            if (!rt->createSubscriptionConnectors(p, snapshot, &error))
                return error;
            return {};
        };
    }
    return ws;
}

} // namespace atc
