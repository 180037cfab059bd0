#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include "SandboxTenant.h"
#include "model/ConnectorProfile.h"

namespace atc {

/**
 * The sandbox convention (docs/emulator.md, "Sandbox"): a profile is a sandbox profile when it
 * carries the `sandbox` marker (ConnectorProfile::sandbox, set by applySandboxTenant). Files of
 * older versions have no marker: there, the Custom cloud with a loopback endpoint (127.0.0.1
 * or localhost) and the sandbox tenant's directory id still say so, and the desktop marks them
 * once at start (SandboxHost::repointSavedProfiles).
 */
bool isSandboxProfile(const ConnectorProfile &profile, const QString &sandboxDirectoryId);

/** Points both endpoints at `baseUrl`; true when something changed. */
bool repointSandboxProfile(ConnectorProfile &profile, const QUrl &baseUrl);

/** Fills the tenant fields (cloud, endpoints, ids; no CA file) and the sandbox marker. */
void applySandboxTenant(ConnectorProfile &profile, const SandboxTenant &tenant);

class SandboxProfiles
{
    Q_DECLARE_TR_FUNCTIONS(atc::SandboxProfiles)
public:
    /**
     * The wizard's starting profile for "Try the sandbox tenant": the tenant applied, named
     * "Contoso sandbox" (then "… 2", "… 3" beside `existing`), connector prefix "sandbox", and
     * the sandbox tags of `catalogue` (sandboxTags()) applied by rules that match the sandbox
     * tenant's metadata: "Azure" on every asset, "Production"/"Development" by the Azure tag
     * env, "Internet-facing" for public IP addresses and web apps.
     */
    static ConnectorProfile startingProfile(const SandboxTenant &tenant,
                                            const QList<ConnectorProfile> &existing,
                                            const QList<Tag> &catalogue = {});

    /** The tags shipped with the sandbox, with fixed ids (so that adding them again finds them). */
    static QList<Tag> sandboxTags();
    /**
     * Adds to `catalogue` the sandbox tags it lacks (by id); tags already there stay as the
     * user left them (renamed, recoloured). A name taken by another tag gets " (sandbox)".
     * True when something was added.
     */
    static bool addSandboxTags(QList<Tag> *catalogue);
};

} // namespace atc
