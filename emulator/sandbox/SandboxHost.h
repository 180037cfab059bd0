#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "SandboxTenant.h"
#include "model/ConnectorProfile.h"

namespace atc {
class ProfileStore;
namespace emulator {
class AzureEmulator;
namespace qualys {
class FakeQualys;
}
} // namespace emulator

/**
 * The built-in sandbox: one in-process emulator serving the sandbox tenant on a loopback port
 * chosen when it first starts (so two instances, say the desktop and `atc run`, never
 * collide). A sandbox profile is never rewritten for that port: attach() makes the store point
 * sandbox profiles here in memory as they load. In atc_sandbox_host (sandbox/), which links the
 * emulator; atc_ui and the wizard only get the SandboxTenant it returns, through
 * DesktopServices::startSandbox. docs/emulator.md, "Sandbox".
 */
class SandboxHost
{
    Q_DECLARE_TR_FUNCTIONS(atc::SandboxHost)
public:
    /** `port` 0 (always, outside tests): a free port chosen by the system. */
    explicit SandboxHost(quint16 port = 0);
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    /**
     * Starts the emulator on first use; an invalid baseUrl when it cannot start (then
     * startError() says why). The tenant's data is the embedded Contoso tenant: the same at
     * every start, so runs find the same subscriptions.
     */
    SandboxTenant tenant();
    QString startError() const { return m_startError; }

    /**
     * Points the sandbox profiles `store` loads at this emulator, in memory
     * (ProfileStore::setSandboxEndpoint), starting it when the first one loads. This host must
     * outlive the store and its copies.
     */
    void attach(ProfileStore &store);
    /**
     * Marks sandbox profiles saved by versions before the `sandbox` marker (recognised by
     * isSandboxProfile()) and points them here: one save each, once. Marked profiles are never
     * written (their "Last modified" stays).
     */
    void repointSavedProfiles(const ProfileStore &store);
    /**
     * Adds the sandbox tags (SandboxProfiles::sandboxTags) that the catalogue of `store` lacks;
     * tags already there are left as they are. False with `error` when the catalogue cannot be
     * read or written.
     */
    static bool ensureSandboxTags(const ProfileStore &store, QString *error = nullptr);

    /**
     * For a run outside the desktop (`atc run`, `daemon`, `test-connection`): when an enabled
     * profile of `profiles` is marked `sandbox`, starts the emulator and points such profiles
     * at it, in memory. When it cannot start, those profiles are taken out of the list (they
     * do not run, so no run is recorded) and the words for each are returned.
     */
    QStringList pointProfilesHere(QList<ConnectorProfile> *profiles);

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
    quint16 m_port;
    QString m_startError;
};

} // namespace atc
