#include "SandboxProfiles.h"

#include <QStringList>

namespace atc {

using namespace Qt::Literals::StringLiterals;

bool isSandboxProfile(const ConnectorProfile &profile, const QString &sandboxDirectoryId)
{
    if (profile.cloud != CloudType::Custom ||
        profile.directoryId.compare(sandboxDirectoryId, Qt::CaseInsensitive) != 0)
        return false;
    const QString host = profile.customEndpoints.authorityHost.host();
    return host == u"127.0.0.1"_s || host == u"localhost"_s;
}

bool repointSandboxProfile(ConnectorProfile &profile, const QUrl &baseUrl)
{
    const CloudEndpoints wanted{baseUrl, baseUrl};
    if (profile.customEndpoints == wanted)
        return false;
    profile.customEndpoints = wanted;
    return true;
}

void applySandboxTenant(ConnectorProfile &profile, const SandboxTenant &tenant)
{
    profile.cloud = CloudType::Custom;
    profile.customEndpoints = {tenant.baseUrl, tenant.baseUrl};
    profile.caCertificateFile.clear();
    profile.tenantName = tenant.tenantName;
    profile.directoryId = tenant.directoryId;
    profile.clientId = tenant.clientId;
}

ConnectorProfile SandboxProfiles::startingProfile(const SandboxTenant &tenant,
                                                  const QList<ConnectorProfile> &existing)
{
    QStringList names;
    for (const ConnectorProfile &p : existing)
        names << p.name.toLower();
    QString name = tr("Contoso sandbox");
    for (int n = 2; names.contains(name.toLower()); ++n)
        name = tr("Contoso sandbox %1").arg(n);
    ConnectorProfile start;
    start.name = name;
    start.description = tr("The built-in emulated tenant: try the application without Azure.");
    applySandboxTenant(start, tenant);
    start.connectorNamePrefix = u"sandbox"_s;
    return start;
}

} // namespace atc
