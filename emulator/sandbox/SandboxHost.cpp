#include "SandboxHost.h"

#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "FakeQualysSandbox.h"
#include "SandboxProfiles.h"
#include "store/ProfileStore.h"

namespace atc {

SandboxHost::SandboxHost() : m_qualysClockRate(emulator::qualys::sandbox::ClockRate) {}
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

emulator::qualys::FakeQualys *SandboxHost::qualys()
{
    namespace qsb = emulator::qualys::sandbox;
    if (m_qualys)
        return m_qualys.get();
    auto fake = std::make_unique<emulator::qualys::FakeQualys>();
    QString error;
    // The same Contoso tenant the Azure emulator serves; its valid app is the sandbox app.
    if (!fake->setAzureTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
        !fake->start()) {
        qWarning("The sandbox Qualys could not start: %s",
                 qUtf8Printable(error.isEmpty() ? fake->errorString() : error));
        return nullptr;
    }
    emulator::qualys::FakeQualysUser user;
    user.login = QString::fromLatin1(qsb::QualysUsername);
    user.password = QString::fromLatin1(qsb::QualysPassword);
    user.clientId = QString::fromLatin1(qsb::QualysClientId);
    user.clientSecret = QString::fromLatin1(qsb::QualysClientSecret);
    fake->addUser(user);
    fake->setRealTimeClock(m_qualysClockRate);
    m_qualys = std::move(fake);
    return m_qualys.get();
}

QUrl SandboxHost::qualysGatewayUrl()
{
    emulator::qualys::FakeQualys *fake = qualys();
    return fake ? fake->gatewayUrl() : QUrl();
}

QUrl SandboxHost::qualysApiServerUrl()
{
    emulator::qualys::FakeQualys *fake = qualys();
    return fake ? fake->apiServerUrl() : QUrl();
}

void SandboxHost::setQualysClockRate(double simulatedSecondsPerSecond)
{
    m_qualysClockRate = simulatedSecondsPerSecond;
    if (m_qualys)
        m_qualys->setRealTimeClock(simulatedSecondsPerSecond);
}

} // namespace atc
