#include "SandboxIdentity.h"

namespace atc::sandbox {

bool hasSandboxIdentity(const ConnectorProfile &profile)
{
    return profile.cloud == CloudType::Custom &&
           profile.directoryId.compare(QLatin1String(TenantId), Qt::CaseInsensitive) == 0 &&
           profile.clientId.compare(QLatin1String(ClientId), Qt::CaseInsensitive) == 0;
}

bool isSandboxSecretKey(const QString &key)
{
    return key.startsWith(QLatin1String(SecretKeyPrefix));
}

QString clientSecret()
{
    return QString::fromLatin1(ClientSecret);
}

} // namespace atc::sandbox
