#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

namespace atc {

/** Which Azure cloud a tenant lives in. Custom is a pair of endpoints (private or loopback). */
enum class CloudType
{
    AzurePublic,
    AzureUSGovernment,
    AzureChina,
    Custom,
};

/** The two base URLs a tenant connector talks to. */
struct CloudEndpoints
{
    QUrl authorityHost; ///< e.g. https://login.microsoftonline.com
    QUrl armEndpoint;   ///< e.g. https://management.azure.com

    bool operator==(const CloudEndpoints &o) const
    {
        return authorityHost == o.authorityHost && armEndpoint == o.armEndpoint;
    }
    bool operator!=(const CloudEndpoints &o) const { return !(*this == o); }
};

/** Whether the tenant connector covers every management group or only selected ones. */
enum class ScopeMode
{
    AllManagementGroups,      ///< everything, minus excludedManagementGroups
    SelectedManagementGroups, ///< only the subtrees of selectedManagementGroups
};

/** Schedule of the cloud perimeter scan: the global scan configuration or a custom one. */
struct PerimeterScanSchedule
{
    bool useGlobalConfiguration = true;
    QList<int> daysOfWeek; ///< Qt::DayOfWeek values (1 = Monday … 7 = Sunday), custom only
    QTime startTime;       ///< custom only
    QString timeZone;      ///< IANA id, custom only

    bool operator==(const PerimeterScanSchedule &o) const
    {
        return useGlobalConfiguration == o.useGlobalConfiguration && daysOfWeek == o.daysOfWeek &&
               startTime == o.startTime && timeZone == o.timeZone;
    }
    bool operator!=(const PerimeterScanSchedule &o) const { return !(*this == o); }
};

/** Azure metadata a tag rule looks at. */
enum class TagRuleField
{
    ResourceType,
    Location,
    ResourceGroup,
    Subscription, ///< matches the subscription id or its display name
    Name,
    AzureTag, ///< the value of the Azure tag named TagRule::azureTagKey
};

enum class TagRuleOperator
{
    Equals,     ///< case-insensitive
    Contains,   ///< case-insensitive
    StartsWith, ///< case-insensitive
    Regex,      ///< QRegularExpression, case-insensitive, unanchored
};

/** "When <field> <operator> <value>, apply tag <tagId>". */
struct TagRule
{
    TagRuleField field = TagRuleField::ResourceType;
    QString azureTagKey; ///< only with TagRuleField::AzureTag
    TagRuleOperator op = TagRuleOperator::Equals;
    QString value;
    QString tagId; ///< a Tag::id of the catalogue

    bool operator==(const TagRule &o) const
    {
        return field == o.field && azureTagKey == o.azureTagKey && op == o.op && value == o.value &&
               tagId == o.tagId;
    }
    bool operator!=(const TagRule &o) const { return !(*this == o); }
};

/** A tag of the catalogue shared by all profiles. */
struct Tag
{
    QString id;       ///< stable UUID (without braces)
    QString name;     ///< unique, case-insensitively
    QString color;    ///< "#rrggbb"
    QString parentId; ///< empty for a top-level tag
    QString description;

    bool operator==(const Tag &o) const
    {
        return id == o.id && name == o.name && color == o.color && parentId == o.parentId &&
               description == o.description;
    }
    bool operator!=(const Tag &o) const { return !(*this == o); }
};

/**
 * What a Qualys platform made of this tenant connector: the id it gave on create, so that the
 * next push updates instead of creating a second one. One per platform (QualysPlatform::key()).
 * No secret: the Qualys password and the Azure key live in the keychain.
 */
struct QualysLink
{
    QString platformKey;          ///< QualysPlatform::key(): "US1" … or "custom:<gateway origin>"
    qint64 tenantConnectorId = 0; ///< 0: none known (not created, or created with id unknown)
    /**
     * A create was sent but its answer never came (timeout, reset): the connector may exist on
     * the platform. The next push looks it up first and never creates blindly.
     */
    bool createUncertain = false;
    QString account;               ///< the Qualys user name or client id that pushed last
    QDateTime lastPushed;          ///< UTC
    QList<qint64> connectorTagIds; ///< platform tag ids for defaultTagIds (Assign Tags)

    bool operator==(const QualysLink &o) const
    {
        return platformKey == o.platformKey && tenantConnectorId == o.tenantConnectorId &&
               createUncertain == o.createUncertain && account == o.account &&
               lastPushed == o.lastPushed && connectorTagIds == o.connectorTagIds;
    }
    bool operator!=(const QualysLink &o) const { return !(*this == o); }
};

/**
 * Everything the Create Connector wizard asks for one tenant connector. A plain value type:
 * the secret itself is never part of it (it lives in the keychain under secretKey()).
 */
struct ConnectorProfile
{
    static constexpr int DefaultPollingMinutes = 4 * 60;

    QString id; ///< stable UUID without braces; assigned when first saved
    QDateTime created;
    QDateTime modified;

    // Basic details
    QString name;
    QString description;
    bool cspmEnabled = false; ///< Asset Inventory is always on; CSPM adds full configuration
    bool remediationEnabled = false;
    /**
     * A disabled tenant connector keeps its profile, subscription connectors and inventory but
     * never runs: neither on its schedule nor on demand (the platform's isDisabled).
     */
    bool enabled = true;
    /**
     * The built-in sandbox tenant (SandboxIdentity.h): its key is the well-known one (never in
     * the keychain) and whoever runs it starts the in-process emulator and points the run there
     * in memory, whatever port customEndpoints names. docs/profile-format.md, "sandbox".
     */
    bool sandbox = false;

    // Tenant details
    CloudType cloud = CloudType::AzurePublic;
    CloudEndpoints customEndpoints; ///< only with CloudType::Custom
    QString caCertificateFile;      ///< optional extra CA (PEM) to trust
    QString tenantName;
    QString clientId;    ///< Application (client) ID, a GUID
    QString directoryId; ///< Directory (tenant) ID: a GUID or a verified domain
    int tenantPollingMinutes = DefaultPollingMinutes;

    // Subscription details
    int subscriptionPollingMinutes = DefaultPollingMinutes;
    QString connectorNamePrefix;

    // Scope (Connector details)
    ScopeMode scopeMode = ScopeMode::AllManagementGroups;
    QStringList
        selectedManagementGroups; ///< management-group names (ids), SelectedManagementGroups
    QStringList excludedManagementGroups; ///< management-group names (ids), AllManagementGroups
    bool autoCreateForNewSubscriptions = true;
    bool detachDisableForDeletedSubscriptions = true;

    // Activation
    bool activateVmScanning = false;
    bool activateCloudPerimeterScan = false; ///< only with activateVmScanning
    PerimeterScanSchedule perimeterSchedule;
    bool activatePolicyCompliance = false; ///< only when the PC entitlement is enabled
    bool activateSca = false;              ///< never together with policy compliance
    bool activateCertView = false;

    // Tags
    QStringList assetTagIds; ///< applied to every discovered asset
    QList<TagRule> tagRules;
    QStringList connectorTagIds; ///< assigned to the connector itself

    // Qualys platforms this connector was pushed to (docs/qualys.md)
    QList<QualysLink> qualysLinks;
    /** The link for `platformKey`, or nullptr. */
    const QualysLink *qualysLink(const QString &platformKey) const;
    QualysLink *qualysLink(const QString &platformKey);

    /**
     * The keychain key of this profile's authentication key: "<profileId>:<tenant>/<clientId>";
     * for a sandbox profile "sandbox:<profileId>", which no keychain is ever asked for.
     */
    QString secretKey() const;

    /** The endpoints in effect: the well-known pair of the cloud, or customEndpoints. */
    CloudEndpoints endpoints() const;

    bool operator==(const ConnectorProfile &o) const;
    bool operator!=(const ConnectorProfile &o) const { return !(*this == o); }
};

/** Well-known endpoints of a cloud (empty for Custom). */
CloudEndpoints endpointsForCloud(CloudType cloud);

/** The CLI and file spelling: AzureCloud, AzureUSGovernment, AzureChinaCloud, Custom. */
QString cloudTypeToString(CloudType cloud);
/** Inverse of cloudTypeToString(); case-insensitive. Returns false for an unknown name. */
bool cloudTypeFromString(const QString &text, CloudType *cloud);

} // namespace atc
