#include "SandboxHost.h"

#include <algorithm>

#include "AzureEmulator.h"
#include "FakeQualys.h"
#include "FakeQualysSandbox.h"
#include "SandboxProfiles.h"
#include "model/SandboxIdentity.h"
#include "store/ProfileStore.h"

namespace atc {

SandboxHost::SandboxHost(quint16 port)
    : m_qualysClockRate(emulator::qualys::sandbox::ClockRate), m_port(port)
{}
SandboxHost::~SandboxHost() = default;

SandboxTenant SandboxHost::tenant()
{
    namespace sb = emulator::sandbox;
    if (!m_emulator) {
        auto emu = std::make_unique<emulator::AzureEmulator>();
        QString error;
        if (!emu->loadTenantJson(emulator::AzureEmulator::sandboxTenantJson(), &error) ||
            !emu->listen(m_port, &error)) {
            qWarning("The sandbox tenant could not start: %s", qUtf8Printable(error));
            m_startError = error;
            return {};
        }
        m_emulator = std::move(emu);
        m_startError.clear();
    }
    return {m_emulator->baseUrl(), QString::fromLatin1(sb::TenantName),
            QString::fromLatin1(sb::TenantId), QString::fromLatin1(sb::ClientId),
            QString::fromLatin1(sb::ClientSecret)};
}

void SandboxHost::attach(ProfileStore &store)
{
    store.setSandboxEndpoint([this] { return tenant().baseUrl; });
}

void SandboxHost::repointSavedProfiles(const ProfileStore &store)
{
    const QString sandboxId = QString::fromLatin1(emulator::sandbox::TenantId);
    const QList<ConnectorProfile> profiles = store.loadAll().profiles;
    for (ConnectorProfile p : profiles) {
        // Marked ones are pointed here as they load (attach()); never re-saved for a port.
        if (p.sandbox || !isSandboxProfile(p, sandboxId))
            continue;
        const SandboxTenant t = tenant();
        if (!t.baseUrl.isValid())
            return;
        const bool moved = repointSandboxProfile(p, t.baseUrl);
        // The sandbox app gets the marker (saved once); the emulator's other demo apps have
        // keys of their own in the keychain and are re-pointed as before.
        const bool mark = sandbox::hasSandboxIdentity(p);
        p.sandbox = mark;
        QString error;
        if ((moved || mark) && !store.save(p, &error))
            qWarning("Sandbox profile %s: %s", qUtf8Printable(p.id), qUtf8Printable(error));
    }
}

bool SandboxHost::ensureSandboxTags(const ProfileStore &store, QString *error)
{
    QString why;
    QList<Tag> tags = store.loadTags(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false; // an unreadable catalogue is never overwritten
    }
    if (!SandboxProfiles::addSandboxTags(&tags))
        return true; // nothing missing: the file is not touched
    return store.saveTags(tags, error);
}

QStringList SandboxHost::pointProfilesHere(QList<ConnectorProfile> *profiles)
{
    const bool wanted =
        std::any_of(profiles->begin(), profiles->end(),
                    [](const ConnectorProfile &p) { return p.sandbox && p.enabled; });
    if (!wanted)
        return {};
    const SandboxTenant t = tenant();
    QStringList problems;
    for (auto it = profiles->begin(); it != profiles->end();) {
        if (!it->sandbox) {
            ++it;
            continue;
        }
        if (t.baseUrl.isValid()) {
            repointSandboxProfile(*it, t.baseUrl); // in memory: the file keeps its port
            ++it;
            continue;
        }
        if (it->enabled) {
            problems << tr("The built-in sandbox tenant could not start in this process, so "
                           "\"%1\" does not run: %2")
                            .arg(it->name.left(80), m_startError);
        }
        it = profiles->erase(it);
    }
    return problems;
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
