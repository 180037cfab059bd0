#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "AzureError.h"
#include "AzureTypes.h"

namespace atc {

/** A successful client-credentials answer of the Entra v2.0 token endpoint. */
struct AccessToken
{
    QString token;
    QString tokenType;
    qint64 expiresInSeconds = 0;
};

/** One entry of GET /tenants. */
struct TenantInfo
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
    QStringList domains;
    QString category;
};

/** Where a management-group API places a subscription. */
struct SubscriptionPlacement
{
    QString subscriptionId;
    QString displayName;
    QString parentName; ///< immediate parent group
    QString stateText;  ///< free string of the MG API ("Active"); may be empty
};

/** Groups and subscriptions seen through the management-group APIs. */
struct GroupHierarchy
{
    QList<ManagementGroup> groups;
    QList<SubscriptionPlacement> subscriptions;
};

/** One Resource Graph page. Table-format data is converted to objects. */
struct ResourceGraphPage
{
    qint64 totalRecords = 0;
    qint64 count = 0;
    bool resultTruncated = false;
    QString skipToken; ///< empty on the last page
    QJsonArray rows;   ///< objects, whatever resultFormat the server used
};

/** One Resource Graph page decoded straight into resources (AzureParsers::resourceGraphResources).
 */
struct ResourceGraphResources
{
    qint64 totalRecords = 0;
    qint64 count = 0;
    bool resultTruncated = false;
    QString skipToken; ///< empty on the last page
    QList<AzureResource> resources;
};

/** One page of an ARM list of resources (AzureParsers::armResourcePage, armEndpointPage). */
struct ArmResourcePage
{
    QString nextLink; ///< nextLink or @nextLink; empty on the last page
    QList<AzureResource> resources;
};

/** One granted permission set of Microsoft.Authorization/permissions. */
struct PermissionSet
{
    QStringList actions;
    QStringList notActions;
};

/**
 * Pure parsers of the Azure wire formats (reference/azure-wire.md). Each returns false (and
 * fills *error with MalformedResponse) when the body is not the expected JSON; unknown fields
 * are ignored. No network, no state.
 */
class AzureParsers
{
    Q_DECLARE_TR_FUNCTIONS(atc::AzureParsers)
public:
    static bool parseJsonObject(const QByteArray &body, QJsonObject *out, AzureError *error);

    // Entra ID
    static bool parseToken(const QByteArray &body, AccessToken *out, AzureError *error);
    /** Classifies a token-endpoint error: by `error` first, then `error_codes[0]`. */
    static AzureError tokenError(int httpStatus, const QByteArray &body);
    /** The `tid` claim of a JWT access token; empty when it is not a readable JWT. */
    static QString tenantIdFromJwt(const QString &token);

    // ARM
    /** Classifies an ARM error answer (envelope with `details` array or string). */
    static AzureError armError(int httpStatus, const QByteArray &body);
    /** `nextLink` or `@nextLink`; empty when absent, null or "". */
    static QString nextLink(const QJsonObject &page);
    /** The scope named in an AuthorizationFailed message ("… over scope '<scope>' …"). */
    static QString scopeFromAuthorizationMessage(const QString &message);

    static ManagementGroup managementGroup(const QJsonObject &item);
    static QList<ManagementGroup> managementGroupList(const QJsonObject &page);
    /** GET managementGroups/{id}?$expand=children[&$recurse=true]: the group and its subtree. */
    static GroupHierarchy managementGroupTree(const QJsonObject &body);
    /** GET managementGroups/{id}/descendants (one page). */
    static GroupHierarchy descendants(const QJsonObject &page);
    /** GET managementGroups/{id}/subscriptions (one page). */
    static QList<SubscriptionPlacement> managementGroupSubscriptions(const QJsonObject &page);
    /** POST getEntities (one page). */
    static GroupHierarchy entities(const QJsonObject &page);

    static Subscription subscription(const QJsonObject &item);
    static QList<Subscription> subscriptionList(const QJsonObject &page);
    static QList<TenantInfo> tenantList(const QJsonObject &page);

    /** A GenericResource (resources list) or a Resource Graph row. */
    static AzureResource resource(const QJsonObject &item, bool keepProperties);
    static QList<AzureResource> resourceList(const QJsonObject &page, bool keepProperties);
    static bool resourceGraphPage(const QJsonObject &body, ResourceGraphPage *out,
                                  AzureError *error);
    /**
     * A Resource Graph answer's body → its resources, the same as parseJsonObject(),
     * resourceGraphPage() and resource() on each row, in about a third of their time: the
     * usual page (objectArray rows of the projected columns, string tags) is read straight from
     * its UTF-8 bytes without building a QJsonDocument. Anything else (table format, full
     * properties, a value of an unexpected type, a body that is not valid JSON) takes that
     * general path, for the row or the whole page, so the result and the errors are the same.
     */
    static bool resourceGraphResources(const QByteArray &body, bool keepProperties,
                                       ResourceGraphResources *out, AzureError *error);
    /**
     * A page of GET /subscriptions/{id}/resources → its resources and nextLink, the same as
     * parseJsonObject(), resourceList() and nextLink(), read straight from the bytes like
     * resourceGraphResources() (a row or page it does not expect takes the general path).
     */
    static bool armResourcePage(const QByteArray &body, bool keepProperties, ArmResourcePage *out,
                                AzureError *error);
    /**
     * A page of a provider's own list with properties (public IP addresses, web apps,
     * container groups) → each resource with exactly the endpoint columns that
     * ResourceDiscovery::resourceGraphQuery() projects (ipAddress, dnsSettings.fqdn,
     * defaultHostName), so that they equal the Resource Graph row's.
     */
    static bool armEndpointPage(const QByteArray &body, ArmResourcePage *out, AzureError *error);

    static QList<PermissionSet> permissions(const QJsonObject &page);
    /** Whether `action` is granted (wildcards as in Azure RBAC, minus notActions). */
    static bool permits(const QList<PermissionSet> &sets, const QString &action);

    /** Last segment of an ARM id ("/a/b/c" → "c"). */
    static QString lastSegment(const QString &id);
    /** "/subscriptions/{s}/resourceGroups/{g}/…" → s and g (case-insensitive keys). */
    static void splitResourceId(const QString &id, QString *subscriptionId, QString *resourceGroup);
};

} // namespace atc
