#include "SandboxHost.h"

#include "AzureEmulator.h"
#include "SandboxProfiles.h"
#include "store/ProfileStore.h"

namespace atc {

SandboxHost::SandboxHost() = default;
SandboxHost::~SandboxHost() = default;

SandboxTenant SandboxHost::tenant()
{
    namespace sb = emulator::sandbox;
    if (!m_emulator) {
        auto emu = std::make_unique<emulator::AzureEmulator>();
        QString error;
        if (!emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
            !emu->listen(0, &error)) {
            qWarning("The sandbox tenant could not start: %s", qUtf8Printable(error));
            return {};
        }
        m_emulator = std::move(emu);
    }
    return {m_emulator->baseUrl(), QString::fromLatin1(sb::TenantName),
            QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
            QString::fromLatin1(sb::ClientSecret)};
}

void SandboxHost::repointSavedProfiles(const ProfileStore &store)
{
    const QString sandboxId = QString::fromLatin1(emulator::sandbox::TenantId);
    const QList<ConnectorProfile> profiles = store.loadAll().profiles;
    for (ConnectorProfile p : profiles) {
        if (!isSandboxProfile(p, sandboxId))
            continue;
        const SandboxTenant t = tenant();
        if (!t.baseUrl.isValid())
            return;
        QString error;
        if (repointSandboxProfile(p, t.baseUrl) && !store.save(p, &error))
            qWarning("Sandbox profile %s: %s", qUtf8Printable(p.id), qUtf8Printable(error));
    }
}

} // namespace atc
