#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include "AzureTypes.h"

namespace atc {

/** Which subscriptions a tenant connector covers. */
struct ScopeResolution
{
    QList<Subscription> inScope;    ///< connectable and inside the scope
    QList<Subscription> skipped;    ///< inside the scope but Disabled or Deleted
    QList<Subscription> outOfScope; ///< outside the scope (or under an excluded group)
};

/**
 * Pure scope resolution. Selecting or excluding a group covers its whole subtree.
 * AllManagementGroups: every subscription (also those whose group is unknown) except under
 * an excluded group. SelectedManagementGroups: only subscriptions under a selected group.
 */
class ScopeResolver
{
public:
    static ScopeResolution resolve(const TenantSnapshot &tenant, ScopeMode mode,
                                   const QStringList &selectedGroups,
                                   const QStringList &excludedGroups);
    /** Names of `group` and all its descendants. */
    static QStringList subtree(const TenantSnapshot &tenant, const QString &group);

    /**
     * The management-group path of every subscription of `tenant`, keyed by the lower-cased
     * subscription id: display names root-first joined by " / " ("Root / Child / Grandchild").
     * Built from Subscription::ancestry (the immediate parent alone when the ancestry is
     * unknown); a group without a display name shows its name. Empty when the subscription's
     * group is unknown (also for deleted subscriptions, which have no ancestry).
     */
    static QHash<QString, QString> managementGroupPaths(const TenantSnapshot &tenant);
    /** The same path for one subscription; managementGroupPaths() for many. */
    static QString managementGroupPath(const TenantSnapshot &tenant,
                                       const Subscription &subscription);
};

} // namespace atc
