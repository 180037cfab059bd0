#include "ConnectorProfile.h"

namespace atc {

using namespace Qt::Literals::StringLiterals;

QString ConnectorProfile::secretKey() const
{
    if (sandbox)
        return u"sandbox:"_s + id; // sandbox::SecretKeyPrefix: the well-known key, no keychain
    return id + u':' + directoryId.toLower() + u'/' + clientId.toLower();
}

CloudEndpoints ConnectorProfile::endpoints() const
{
    return cloud == CloudType::Custom ? customEndpoints : endpointsForCloud(cloud);
}

bool ConnectorProfile::operator==(const ConnectorProfile &o) const
{
    return id == o.id && created == o.created && modified == o.modified && name == o.name &&
           description == o.description && cspmEnabled == o.cspmEnabled &&
           remediationEnabled == o.remediationEnabled && enabled == o.enabled &&
           sandbox == o.sandbox && cloud == o.cloud && customEndpoints == o.customEndpoints &&
           caCertificateFile == o.caCertificateFile && tenantName == o.tenantName &&
           clientId == o.clientId && directoryId == o.directoryId &&
           tenantPollingMinutes == o.tenantPollingMinutes &&
           subscriptionPollingMinutes == o.subscriptionPollingMinutes &&
           connectorNamePrefix == o.connectorNamePrefix && scopeMode == o.scopeMode &&
           selectedManagementGroups == o.selectedManagementGroups &&
           excludedManagementGroups == o.excludedManagementGroups &&
           autoCreateForNewSubscriptions == o.autoCreateForNewSubscriptions &&
           detachDisableForDeletedSubscriptions == o.detachDisableForDeletedSubscriptions &&
           activateVmScanning == o.activateVmScanning &&
           activateCloudPerimeterScan == o.activateCloudPerimeterScan &&
           perimeterSchedule == o.perimeterSchedule &&
           activatePolicyCompliance == o.activatePolicyCompliance && activateSca == o.activateSca &&
           activateCertView == o.activateCertView && assetTagIds == o.assetTagIds &&
           tagRules == o.tagRules && connectorTagIds == o.connectorTagIds &&
           qualysLinks == o.qualysLinks;
}

CloudEndpoints endpointsForCloud(CloudType cloud)
{
    switch (cloud) {
    case CloudType::AzurePublic:
        return {QUrl(u"https://login.microsoftonline.com"_s),
                QUrl(u"https://management.azure.com"_s)};
    case CloudType::AzureUSGovernment:
        return {QUrl(u"https://login.microsoftonline.us"_s),
                QUrl(u"https://management.usgovcloudapi.net"_s)};
    case CloudType::AzureChina:
        // The current Entra documentation names login.partner.microsoftonline.cn; ARM metadata
        // still lists login.chinacloudapi.cn as an alias of the same host.
        return {QUrl(u"https://login.partner.microsoftonline.cn"_s),
                QUrl(u"https://management.chinacloudapi.cn"_s)};
    case CloudType::Custom:
        break;
    }
    return {};
}

QString cloudTypeToString(CloudType cloud)
{
    switch (cloud) {
    case CloudType::AzurePublic:
        return u"AzureCloud"_s;
    case CloudType::AzureUSGovernment:
        return u"AzureUSGovernment"_s;
    case CloudType::AzureChina:
        return u"AzureChinaCloud"_s;
    case CloudType::Custom:
        return u"Custom"_s;
    }
    return {};
}

bool cloudTypeFromString(const QString &text, CloudType *cloud)
{
    for (CloudType c : {CloudType::AzurePublic, CloudType::AzureUSGovernment, CloudType::AzureChina,
                        CloudType::Custom}) {
        if (text.compare(cloudTypeToString(c), Qt::CaseInsensitive) == 0) {
            *cloud = c;
            return true;
        }
    }
    return false;
}

const QualysLink *ConnectorProfile::qualysLink(const QString &platformKey) const
{
    for (const QualysLink &link : qualysLinks) {
        if (link.platformKey == platformKey)
            return &link;
    }
    return nullptr;
}

QualysLink *ConnectorProfile::qualysLink(const QString &platformKey)
{
    for (QualysLink &link : qualysLinks) {
        if (link.platformKey == platformKey)
            return &link;
    }
    return nullptr;
}

} // namespace atc
