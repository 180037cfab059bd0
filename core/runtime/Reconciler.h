#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "RuntimeTypes.h"
#include "azure/ScopeResolver.h"
#include "model/ConnectorProfile.h"

namespace atc {

/**
 * Pure reconciliation of a tenant connector's subscription connectors with what the tenant
 * discovery saw. No I/O: (previous connectors, scope resolution, options) → new connectors.
 *
 * Rules (docs/inventory.md):
 * - initial run (creation): one connector per in-scope subscription;
 * - later runs: a connector for a new in-scope subscription only with autoCreate;
 * - a subscription deleted, disabled or moved out of scope: its connector is detached and
 *   disabled with detachDisable, else flagged (kept attached and enabled, but not run);
 * - a subscription that is back in scope: its connector is re-attached, re-enabled, unflagged;
 * - every connector whose subscription the tenant shows takes its current management-group
 *   path (a group move changes the record); a gone or deleted one keeps its last path;
 * - nothing is ever removed from the list.
 */
class Reconciler
{
public:
    struct Options
    {
        QString profileId;
        QString namePrefix;
        bool initial = false; ///< the tenant connector's creation: create for every in-scope one
        bool autoCreate = true;
        bool detachDisable = true;
        QDateTime now;
        int subscriptionPollingMinutes = ConnectorProfile::DefaultPollingMinutes;
        /**
         * Management-group paths by lower-cased subscription id, as
         * ScopeResolver::managementGroupPaths() gives them for the discovered snapshot.
         * A missing or empty path leaves the connector's last known path.
         */
        QHash<QString, QString> managementGroupPaths;

        static Options fromProfile(const ConnectorProfile &profile, bool initial,
                                   const QDateTime &now);
    };

    struct Result
    {
        QList<SubscriptionConnector> connectors; ///< every connector, new ones last (id 0)
        QSet<QString> changedSubscriptions;      ///< subscription ids whose record changed
        QStringList notCreated; ///< in-scope subscriptions left without a connector (no autoCreate)
        RunCounts counts;       ///< connectorsCreated/Disabled/Flagged/Reattached
    };

    static Result reconcile(const QList<SubscriptionConnector> &previous,
                            const ScopeResolution &scope, const Options &options);

    /**
     * The name of a new connector: prefix + display name (a "-" in between unless the prefix
     * ends with a space, '-', '_' or '.'); the subscription id stands in for an empty display
     * name; " (2)", " (3)" … make it unique case-insensitively among `taken`; at most 255 chars.
     */
    static QString connectorName(const QString &prefix, const Subscription &subscription,
                                 const QSet<QString> &takenLowerCase);
};

} // namespace atc
