#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "model/ConnectorProfile.h"

namespace atc {

/** A management group as the client sees it. `name` is the group id (the last path segment). */
struct ManagementGroup
{
    QString id;   ///< "/providers/Microsoft.Management/managementGroups/{name}"
    QString name; ///< the group id; the root group's name is the tenant id
    QString displayName;
    QString parentName; ///< empty for the root group (or when the parent is not readable)

    bool operator==(const ManagementGroup &o) const
    {
        return id == o.id && name == o.name && displayName == o.displayName &&
               parentName == o.parentName;
    }
};

/** Subscription states of the Subscriptions API; Unknown for free strings such as "Active". */
enum class SubscriptionState
{
    Enabled,
    Warned,
    PastDue,
    Disabled,
    Deleted,
    Unknown,
};

struct Subscription
{
    QString subscriptionId; ///< GUID
    QString displayName;
    QString tenantId;
    SubscriptionState state = SubscriptionState::Unknown;
    QString stateText;           ///< the state as the server spelled it
    QString managementGroupName; ///< immediate parent group; empty when unknown
    QStringList ancestry;        ///< group names from the immediate parent up to the root
    QMap<QString, QString> tags;

    /** Disabled and Deleted subscriptions are reported, not connected. */
    bool isConnectable() const
    {
        return state != SubscriptionState::Disabled && state != SubscriptionState::Deleted;
    }
};

/** One Azure resource (ARM GenericResource / Resource Graph row). */
struct AzureResource
{
    QString id; ///< full ARM resource id, the key everywhere
    QString name;
    QString type; ///< as returned; compare case-insensitively
    QString location;
    QString resourceGroup;
    QString subscriptionId;
    QString kind;
    QMap<QString, QString> tags;
    QStringList publicIpAddresses; ///< where the type carries one (public IP resources)
    QStringList fqdns;             ///< public DNS names where the type carries one
    QJsonObject properties;        ///< full configuration; only filled when asked for (CSPM)

    /**
     * What this answer could not deliver. The per-subscription ARM list (the fallback when
     * Resource Graph is denied or leaves a subscription out) has no public IPs, DNS names or
     * properties, and spells ids, types and resource groups in its own case. Such a field is
     * "unknown", not "empty": the inventory keeps what it knows (docs/inventory.md).
     */
    enum UnknownField : quint8
    {
        UnknownEndpoints = 0x1,  ///< publicIpAddresses and fqdns not delivered
        UnknownProperties = 0x2, ///< properties not delivered (asked for, CSPM)
        UnknownCasing = 0x4,     ///< id, type, resource group: keep the known spelling
    };
    quint8 unknownFields = 0; ///< UnknownField bits; 0: every field is as returned
};

/** The tenant as one discovery saw it. */
struct TenantSnapshot
{
    QString tenantId;
    bool rootGroupReadable = false; ///< false: hierarchy is partial (fallback path)
    QList<ManagementGroup> managementGroups;
    QList<Subscription> subscriptions;
    QDateTime discoveredAt;
};

SubscriptionState subscriptionStateFromString(const QString &text);
QString subscriptionStateToString(SubscriptionState state);

} // namespace atc

// Only implicitly shared Qt members: a list of 10,000 grows and moves by memcpy.
Q_DECLARE_TYPEINFO(atc::AzureResource, Q_RELOCATABLE_TYPE);
