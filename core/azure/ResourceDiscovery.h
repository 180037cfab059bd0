#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include "AzureError.h"
#include "AzureTypes.h"

namespace atc {

class AzureSession;

/**
 * Discovers the resources of a set of subscriptions under Azure's read quotas (docs/azure-
 * client.md, "Quotas"): Resource Graph batches ($skipToken paging) while its window has room,
 * per-subscription ARM lists beside them on their own buckets (Strategy::Hybrid), the
 * endpoint columns of ARM-listed resources filled by a narrow Resource Graph query before they
 * are reported; per-subscription lists where Resource Graph is denied.
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
    /** How each path was used (for the benchmark and the tests). */
    struct Stats
    {
        int resourceGraphBatches = 0;   ///< batches started on Resource Graph
        int resourceGraphQueries = 0;   ///< Resource Graph pages asked (batches and fills)
        int fillQueries = 0;            ///< endpoint fills of ARM-listed subscriptions
        int armListedSubscriptions = 0; ///< subscriptions listed on the ARM lane
        int stolenBatches = 0;          ///< batches moved to the ARM lane while waiting
        int armPeakConcurrency = 0;     ///< highest ARM lane limit reached
        /** ARM-listed subscriptions whose endpoints came from their providers' own lists
         *  (the quota window spent), and those lists' requests. */
        int armFilledSubscriptions = 0;
        int armEndpointLists = 0;
        /** ARM-listed resources held at once awaiting their endpoint fill (memory). */
        int peakHeldResources = 0;
    };
    struct Result
    {
        AzureError error; ///< Cancelled, or the error when every subscription failed
        QList<SubscriptionOutcome> outcomes;
        Stats stats;
    };
    enum class Strategy
    {
        /** Resource Graph while its window has room, per-subscription ARM lists beside it;
         *  ARM-listed endpoints are filled by a narrow Resource Graph query. Default. */
        Hybrid,
        /** Resource Graph only (paced); ARM lists only where it is refused. */
        ResourceGraphOnly,
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
     * Hybrid: ARM-listed resources held awaiting their endpoint fill, at most (default 50,000;
     * about 1 KB each). While that many are held (the quota window is spent and the ARM lane
     * ran ahead), the lane takes no new subscription until fills release them; lists already
     * running still add theirs.
     */
    void setMaxHeldResources(int resources);
    /** Default Hybrid; with setIncludeProperties(true) Resource Graph only (an ARM list has no
     *  properties, fetching them again would cost the same quota). */
    void setStrategy(Strategy strategy);
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
