#include "SandboxProfiles.h"

namespace atc::ui {

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

} // namespace atc::ui
