#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include "AzureError.h"
#include "AzureTypes.h"

namespace atc {

class AzureSession;

/**
 * Discovers the resources of a set of subscriptions through Resource Graph (subscriptions in
 * batches, $skipToken paging), falling back per batch to the per-subscription resources list
 * where Resource Graph is denied. Batches run concurrently within the session's bound.
 * subscriptionsFinished() carries each batch's complete resources; one failing subscription
 * does not stop the others. Emits finished() exactly once.
 */
class ResourceDiscovery : public QObject
{
    Q_OBJECT
public:
    struct SubscriptionOutcome
    {
        QString subscriptionId;
        AzureError error; ///< None when its resources are complete
        int resourceCount = 0;
        /** Resource Graph returned no row for it, the ARM list had `resourceCount` (> 0). */
        bool resourceGraphOmitted = false;
    };
    struct Result
    {
        AzureError error; ///< Cancelled, or the error when every subscription failed
        QList<SubscriptionOutcome> outcomes;
    };

    ResourceDiscovery(AzureSession *session, QStringList subscriptionIds,
                      QObject *parent = nullptr);
    ~ResourceDiscovery() override;

    /** Keep the full `properties` of each resource (CSPM). Default off. */
    void setIncludeProperties(bool on);
    /** Subscriptions per Resource Graph query; default 100. */
    void setBatchSize(int subscriptions);
    /** Resource Graph queries running at once; default: the session's maxRequestsInFlight. */
    void setConcurrentBatches(int batches);
    /**
     * Subscriptions whose inventory holds assets. When Resource Graph answers a batch without
     * any row for one of them, its resources are confirmed by the subscription's ARM list in
     * the same run: an empty list confirms that they are gone; otherwise that list is reported
     * (fields it cannot deliver marked unknown) with resourceGraphOmitted().
     */
    void setSubscriptionsWithAssets(const QStringList &subscriptionIds);

    void start();
    void cancel();
    bool isRunning() const;

    /**
     * Backpressure for a consumer that cannot keep up (the inventory writer): while paused no
     * new Resource Graph batch starts; batches already running finish (all their pages) and
     * are reported. resume() starts the waiting batches again. Cancel works while paused.
     */
    void pause();
    void resume();
    bool isPaused() const;

    /** The Resource Graph query this client sends (projection with id, for $skipToken). */
    static QString resourceGraphQuery(bool includeProperties);
    /** Marks resources of a per-subscription ARM list: what only Resource Graph gives is
     *  unknown (AzureResource::unknownFields). */
    static void markArmListed(QList<AzureResource> *resources, bool includeProperties);

Q_SIGNALS:
    /** The complete resources of these subscriptions (ids of succeeded subscriptions only). */
    void subscriptionsFinished(const QStringList &subscriptionIds,
                               const QList<atc::AzureResource> &resources);
    void progress(int subscriptionsDone, int subscriptionsTotal, qint64 resourcesSoFar);
    /**
     * Resource Graph returned no row for this subscription although the inventory has assets,
     * and its ARM list has `armResources` (> 0). Emitted just before the subscriptionsFinished()
     * that carries that list.
     */
    void resourceGraphOmitted(const QString &subscriptionId, int armResources);
    void finished(const atc::ResourceDiscovery::Result &result);

private:
    class Private;
    Private *d;
};

} // namespace atc
