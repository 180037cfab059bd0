#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include "SandboxTenant.h"
#include "model/ConnectorProfile.h"

namespace atc {

/**
 * The sandbox convention (docs/desktop.md): a profile is a sandbox profile when it uses the
 * Custom cloud with a loopback endpoint (127.0.0.1 or localhost) and the sandbox tenant's
 * directory id. The in-process emulator listens on a new port at every start, so at start
 * the application re-points such profiles to the emulator it just started.
 */
bool isSandboxProfile(const ConnectorProfile &profile, const QString &sandboxDirectoryId);

/** Points both endpoints at `baseUrl`; true when something changed. */
bool repointSandboxProfile(ConnectorProfile &profile, const QUrl &baseUrl);

/** Fills the tenant fields (cloud, endpoints, ids; no CA file) with the sandbox tenant's. */
void applySandboxTenant(ConnectorProfile &profile, const SandboxTenant &tenant);

class SandboxProfiles
{
    Q_DECLARE_TR_FUNCTIONS(atc::SandboxProfiles)
public:
    /**
     * The wizard's starting profile for "Try the sandbox tenant": the tenant applied, named
     * "Contoso sandbox" (then "… 2", "… 3" beside `existing`), connector prefix "sandbox".
     */
    static ConnectorProfile startingProfile(const SandboxTenant &tenant,
                                            const QList<ConnectorProfile> &existing);
};

} // namespace atc
