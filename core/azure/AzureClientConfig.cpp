#include "AzureClientConfig.h"

namespace atc {

AzureClientConfig AzureClientConfig::fromProfile(const ConnectorProfile &profile,
                                                 const QString &secret)
{
    AzureClientConfig config;
    config.endpoints = profile.endpoints();
    config.tenant = profile.directoryId.trimmed();
    config.clientId = profile.clientId.trimmed();
    config.clientSecret = secret;
    config.caCertificateFile = profile.caCertificateFile;
    return config;
}

} // namespace atc
