#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "InventoryDatabase.h"
#include "RunProgressTracker.h"
#include "RuntimeTypes.h"
#include "TagEvaluator.h"
#include "azure/ResourceDiscovery.h"
#include "azure/TenantDiscovery.h"
#include "model/ConnectorProfile.h"

namespace atc {

class AzureSession;
class InventoryWriter;

/**
 * One run of a tenant connector, or of some of its subscription connectors, on the event loop:
 *
 *   Tenant mode:  TenantDiscovery ─▶ ScopeResolver ─▶ Reconciler ─▶ save connectors ─┐
 *   Subscriptions mode: the given connectors ────────────────────────────────────────┤
 *                 ResourceDiscovery(runnable connectors' subscriptions) ◀────────────┘
 *                 each batch ─▶ InventoryWriter (worker thread, one transaction per batch)
 *                 finished + every batch written ─▶ failed subscriptions: Error + words;
 *                 run history; finished()
 *
 * One failing subscription does not stop the others. cancel() stops the discovery; what
 * was written stays (complete subscriptions only), the rest keeps its previous inventory.
 * Does not take ownership of the session or the database; both must outlive the run.
 */
class ConnectorRun : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Tenant,        ///< discover the tenant, reconcile, then run every runnable connector
        Subscriptions, ///< run only `connectorIds` (no tenant discovery)
    };
    struct Options
    {
        Mode mode = Mode::Tenant;
        QList<qint64> connectorIds; ///< Subscriptions mode
        int batchSize = 100;        ///< subscriptions per Resource Graph query
        /** At most one progress() per this many ms (the last state is always delivered). */
        int progressIntervalMs = 100;
    };

    ConnectorRun(const ConnectorProfile &profile, AzureSession *session, InventoryDatabase *db,
                 Options options, QObject *parent = nullptr);
    ~ConnectorRun() override;

    const ConnectorProfile &profile() const { return m_profile; }
    qint64 runId() const { return m_summary.runId; }
    bool isFinished() const { return m_finished; }

    void start();
    void cancel();

Q_SIGNALS:
    /** Where the run is (RunProgress); rate-limited, monotone, 100 % only when finished. */
    void progress(const atc::RunProgress &progress);
    /** Connector or tenant states were written: views re-read them. */
    void statesChanged();
    void finished(const atc::RunSummary &summary);

private:
    void onTenantDiscovered(const TenantDiscovery::Result &result);
    // What follows the tenant discovery, one slice per event so that the thread keeps
    // answering in between (each takes ~10 ms for 2,000 subscriptions, docs/inventory.md).
    struct TenantSteps;
    void readPreviousConnectors();
    void reconcileConnectors();
    void saveReconciledConnectors();
    void readRunnableConnectors();
    /** Runs `step` in a later event of this thread, unless the run has finished by then. */
    void nextStep(void (ConnectorRun::*step)());
    void startResourceDiscovery(const QList<SubscriptionConnector> &connectors);
    void onSubscriptionsFinished(const QStringList &ids, const QList<AzureResource> &resources);
    void onResourcesFinished(const ResourceDiscovery::Result &result);
    void onWritten(qint64 jobId, bool ok, const RunCounts &counts, const QString &error);
    void completeResources(const ResourceDiscovery::Result &result);
    void failLater(const QString &error);
    void finish(ConnectorState state, const QString &error = {});
    QDateTime nextSubscriptionRun(const QDateTime &from) const;
    /** Emits progress() now if the interval allows, else once it has passed. */
    void reportProgress();
    void emitProgress();
    void recordChanges(const QList<SubscriptionConnector> &previous,
                       const QList<SubscriptionConnector> &now);

    ConnectorProfile m_profile;
    AzureSession *m_session;
    InventoryDatabase *m_db;
    Options m_options;
    std::shared_ptr<const TagEvaluator> m_tags;            ///< shared with the writer thread
    InventoryWriter *m_writer = nullptr;                   ///< child; created with the first batch
    QHash<qint64, QList<SubscriptionConnector>> m_writing; ///< job id → its connectors
    QList<qint64> m_failedWrites; ///< connectors whose batch was rolled back
    QString m_writeError;
    static constexpr int kWriterQueueLimit = 2; ///< queued batches before reading slows down
    static constexpr int kWriterQueueMax = 3;   ///< queued batches before reading pauses
    bool m_throttled = false;
    std::optional<ResourceDiscovery::Result> m_discoveryResult; ///< waiting for the writer
    RunSummary m_summary;
    TenantConnectorStatus m_previousTenant;
    bool m_finished = false;
    bool m_cancelled = false;
    QPointer<TenantDiscovery> m_tenantDiscovery;
    std::unique_ptr<TenantSteps> m_steps; ///< between the tenant and the resource discovery
    QPointer<ResourceDiscovery> m_resourceDiscovery;
    QHash<QString, SubscriptionConnector> m_running; ///< lower-case subscription id → before
    int m_subscriptionsDone = 0;
    /** Lower-case subscription id → resources in its ARM list, where Resource Graph gave none. */
    QHash<QString, int> m_resourceGraphOmitted;
    int m_warnings = 0; ///< subscriptions written from a degraded answer (FinishedWithErrors)
    RunProgressTracker m_progress;
    RunProgress m_emitted;      ///< the last progress() sent
    QElapsedTimer m_sinceEmit;  ///< invalid until the first progress()
    bool m_emitPending = false; ///< a deferred progress() is scheduled
    bool m_firstRun = false;    ///< no earlier run record of this profile
};

} // namespace atc
