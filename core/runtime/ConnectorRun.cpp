#include "ConnectorRun.h"

#include <QLoggingCategory>
#include <QTimer>

#include "ActivationMapper.h"
#include "InventoryWriter.h"
#include "Reconciler.h"
#include "azure/AzureSession.h"
#include "azure/ScopeResolver.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRun, "atc.runtime.run")

namespace atc {

/** What the slices after the tenant discovery hand on to each other. */
struct ConnectorRun::TenantSteps
{
    TenantSnapshot snapshot;
    ScopeResolution scope;
    QList<SubscriptionConnector> previous;
    Reconciler::Result reconciled;
};

ConnectorRun::ConnectorRun(const ConnectorProfile &profile, AzureSession *session,
                           InventoryDatabase *db, Options options, QObject *parent)
    : QObject(parent), m_profile(profile), m_session(session), m_db(db),
      m_options(std::move(options)), m_tags(std::make_shared<const TagEvaluator>(profile)),
      m_progress(m_options.mode == Mode::Tenant)
{
    m_summary.profileId = profile.id;
}

ConnectorRun::~ConnectorRun()
{
    // The discoveries cancel their requests on the session when deleted: before anything else.
    delete m_resourceDiscovery.data();
    delete m_tenantDiscovery.data();
    // Interrupts a write in progress (rolled back) and joins the writer thread.
    delete m_writer;
}

QDateTime ConnectorRun::nextSubscriptionRun(const QDateTime &from) const
{
    return from.addSecs(qint64(qMax(1, m_profile.subscriptionPollingMinutes)) * 60);
}

void ConnectorRun::start()
{
    m_summary.started = QDateTime::currentDateTimeUtc();
    const bool tenantMode = m_options.mode == Mode::Tenant;
    m_summary.kind = tenantMode ? u"tenant"_s : u"subscriptions"_s;
    // The wizard's Create makes the connectors before the first run: that run reports them.
    m_firstRun = tenantMode && m_db->runs(m_profile.id, 1).isEmpty();
    m_summary.runId = m_db->beginRun(
        m_profile.id,
        !tenantMode && m_options.connectorIds.size() == 1 ? m_options.connectorIds.constFirst() : 0,
        tenantMode ? u"tenant"_s : u"subscriptions"_s, m_summary.started);
    if (!tenantMode) {
        QList<SubscriptionConnector> selected;
        for (qint64 id : std::as_const(m_options.connectorIds)) {
            if (auto c = m_db->connector(id); c && c->isRunnable())
                selected.append(*c);
            if (!m_db->readError().isEmpty()) {
                failLater(m_db->readError());
                return;
            }
        }
        startResourceDiscovery(selected);
        return;
    }

    TenantConnectorStatus status =
        m_db->tenantStatus(m_profile.id).value_or(TenantConnectorStatus{});
    if (!m_db->readError().isEmpty()) {
        failLater(m_db->readError());
        return;
    }
    status.profileId = m_profile.id;
    m_previousTenant = status;
    status.state = ConnectorState::Running;
    m_db->saveTenantStatus(status);
    Q_EMIT statesChanged();
    reportProgress();

    m_tenantDiscovery = new TenantDiscovery(m_session, this);
    connect(m_tenantDiscovery, &TenantDiscovery::progress, this, [this](const QString &text) {
        m_progress.discoveryStep(text);
        reportProgress();
    });
    connect(m_tenantDiscovery, &TenantDiscovery::finished, this, &ConnectorRun::onTenantDiscovered);
    m_tenantDiscovery->start();
}

void ConnectorRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_summary.cancelled = true;
    if (m_resourceDiscovery)
        m_resourceDiscovery->cancel();
    else if (m_tenantDiscovery)
        m_tenantDiscovery->cancel();
    else
        finish(ConnectorState::Error, tr("The run was cancelled."));
}

void ConnectorRun::nextStep(void (ConnectorRun::*step)())
{
    // Posted to this object: dropped if the run is deleted first; a cancel() in between
    // finishes the run itself (no discovery is running), so the step then does nothing.
    QMetaObject::invokeMethod(
        this,
        [this, step] {
            if (!m_finished)
                (this->*step)();
        },
        Qt::QueuedConnection);
}

void ConnectorRun::onTenantDiscovered(const TenantDiscovery::Result &result)
{
    if (m_tenantDiscovery)
        m_tenantDiscovery->deleteLater();
    m_tenantDiscovery.clear(); // from here on, cancel() finishes the run
    if (m_cancelled || result.error.kind == AzureErrorKind::Cancelled) {
        m_summary.cancelled = true;
        finish(ConnectorState::Error, tr("The run was cancelled."));
        return;
    }
    if (result.error.isError()) {
        m_summary.errorKind = result.error.kind;
        m_summary.addErrorCode(result.error.code);
        finish(ConnectorState::Error,
               tr("Tenant discovery failed: %1").arg(result.error.fullText()));
        return;
    }
    // Called within the discovery's last reply: the rest comes in events of its own.
    m_steps = std::make_unique<TenantSteps>();
    m_steps->snapshot = result.snapshot;
    nextStep(&ConnectorRun::readPreviousConnectors);
}

void ConnectorRun::readPreviousConnectors()
{
    m_steps->scope = ScopeResolver::resolve(m_steps->snapshot, m_profile.scopeMode,
                                            m_profile.selectedManagementGroups,
                                            m_profile.excludedManagementGroups);
    m_steps->previous = m_db->connectors(m_profile.id);
    if (!m_db->readError().isEmpty()) {
        // A partial list would make known subscriptions look new (duplicate connectors) or
        // gone (disabled): never reconcile against a damaged inventory.
        finish(ConnectorState::Error, m_db->readError());
        return;
    }
    m_progress.reconciling();
    reportProgress();
    nextStep(&ConnectorRun::reconcileConnectors);
}

void ConnectorRun::reconcileConnectors()
{
    const bool initial = m_steps->previous.isEmpty() && !m_previousTenant.lastRun.isValid();
    Reconciler::Options options =
        Reconciler::Options::fromProfile(m_profile, initial, m_summary.started);
    options.managementGroupPaths = ScopeResolver::managementGroupPaths(m_steps->snapshot);
    m_steps->snapshot = {};
    m_steps->reconciled = Reconciler::reconcile(m_steps->previous, m_steps->scope, options);
    nextStep(&ConnectorRun::saveReconciledConnectors);
}

void ConnectorRun::saveReconciledConnectors()
{
    const Reconciler::Result &rec = m_steps->reconciled;
    QList<SubscriptionConnector> changed;
    for (const SubscriptionConnector &c : rec.connectors) {
        if (rec.changedSubscriptions.contains(c.subscriptionId))
            changed.append(c);
    }
    if (!m_db->saveConnectors(changed)) {
        finish(ConnectorState::Error, m_db->lastError());
        return;
    }
    m_summary.counts += rec.counts;
    recordChanges(m_steps->previous, rec.connectors);
    if (!rec.notCreated.isEmpty()) {
        qCInfo(lcRun) << rec.notCreated.size()
                      << "new subscriptions in scope left without a connector (auto-create off)";
    }
    TenantConnectorStatus status =
        m_db->tenantStatus(m_profile.id).value_or(TenantConnectorStatus{});
    status.subscriptionsInScope = int(m_steps->scope.inScope.size());
    m_db->saveTenantStatus(status);
    m_steps.reset();
    Q_EMIT statesChanged();
    nextStep(&ConnectorRun::readRunnableConnectors);
}

void ConnectorRun::readRunnableConnectors()
{
    QList<SubscriptionConnector> runnable;
    for (const SubscriptionConnector &c : m_db->connectors(m_profile.id)) {
        if (c.isRunnable())
            runnable.append(c);
    }
    if (!m_db->readError().isEmpty()) {
        finish(ConnectorState::Error, m_db->readError());
        return;
    }
    // Its own event too: marking 2,000 connectors Running is another ~10 ms.
    QMetaObject::invokeMethod(
        this,
        [this, runnable] {
            if (!m_finished)
                startResourceDiscovery(runnable);
        },
        Qt::QueuedConnection);
}

void ConnectorRun::startResourceDiscovery(const QList<SubscriptionConnector> &connectors)
{
    if (connectors.isEmpty()) {
        finish(ConnectorState::FinishedSuccessfully);
        return;
    }
    QStringList ids;
    QStringList withAssets;
    QList<qint64> rowIds;
    qint64 previousAssets = 0; // the estimate of a later run: what the inventory had
    for (const SubscriptionConnector &c : connectors) {
        previousAssets += qMax(0, c.assetCount);
        m_running.insert(c.subscriptionId.toLower(), c);
        ids.append(c.subscriptionId);
        rowIds.append(c.id);
        if (c.assetCount > 0)
            withAssets.append(c.subscriptionId);
    }
    m_db->setConnectorStates(rowIds, ConnectorState::Running);
    Q_EMIT statesChanged();
    m_progress.readingResources(int(ids.size()), previousAssets);
    reportProgress();

    m_resourceDiscovery = new ResourceDiscovery(m_session, ids, this);
    m_resourceDiscovery->setIncludeProperties(m_profile.cspmEnabled);
    m_resourceDiscovery->setBatchSize(m_options.batchSize);
    // Rows that vanish from Resource Graph are confirmed before assets are removed.
    m_resourceDiscovery->setSubscriptionsWithAssets(withAssets);
    connect(m_resourceDiscovery, &ResourceDiscovery::resourceGraphOmitted, this,
            [this](const QString &subscriptionId, int armResources) {
                m_resourceGraphOmitted.insert(subscriptionId.toLower(), armResources);
            });
    connect(m_resourceDiscovery, &ResourceDiscovery::subscriptionsFinished, this,
            &ConnectorRun::onSubscriptionsFinished);
    connect(m_resourceDiscovery, &ResourceDiscovery::progress, this,
            [this](int done, int total, qint64 resources) {
                m_progress.resourcesRead(done, total, resources);
                reportProgress();
            });
    connect(m_resourceDiscovery, &ResourceDiscovery::finished, this,
            &ConnectorRun::onResourcesFinished);
    m_resourceDiscovery->start();
}

void ConnectorRun::onSubscriptionsFinished(const QStringList &ids,
                                           const QList<AzureResource> &resources)
{
    QHash<QString, InventoryDatabase::SubscriptionInventory> bySubscription;
    QList<SubscriptionConnector> connectors;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : ids) {
        const QString key = id.toLower();
        const auto it = m_running.constFind(key);
        if (it == m_running.cend() || bySubscription.contains(key))
            continue; // not ours (or already written)
        InventoryDatabase::SubscriptionInventory inv;
        inv.connectorId = it->id;
        inv.subscriptionName = it->subscriptionName;
        inv.nextRun = nextSubscriptionRun(now);
        if (const auto omitted = m_resourceGraphOmitted.constFind(key);
            omitted != m_resourceGraphOmitted.cend()) {
            inv.warning =
                tr("Resource Graph returned no resources for subscription %1 (%2), but its "
                   "resource list in Azure Resource Manager has %n: that list was used and no "
                   "asset was removed. Check the app's access to Resource Graph for this "
                   "subscription.",
                   nullptr, *omitted)
                    .arg(it->subscriptionName, it->subscriptionId);
            m_summary.errors.append(tr("%1: %2").arg(it->name, inv.warning));
            ++m_warnings;
        }
        bySubscription.insert(key, inv);
    }
    m_subscriptionsDone += int(ids.size());
    if (bySubscription.isEmpty())
        return;
    // The job shares the batch (implicitly shared, never modified), so the pointers stay valid.
    InventoryWriteJob job;
    job.resources = resources;
    for (const AzureResource &r : std::as_const(job.resources)) {
        auto it = bySubscription.find(r.subscriptionId.toLower());
        if (it != bySubscription.end())
            it->resources.append(&r);
    }
    job.inventories = bySubscription.values();
    job.tags = m_tags;
    job.enabledModules = ActivationMapper::enabledModules(m_profile);
    job.keepProperties = m_profile.cspmEnabled;
    job.now = now;
    for (auto it = bySubscription.cbegin(); it != bySubscription.cend(); ++it)
        connectors.append(m_running.take(it.key()));

    if (!m_writer) {
        m_writer = new InventoryWriter(m_db->path(), this);
        connect(m_writer, &InventoryWriter::written, this, &ConnectorRun::onWritten);
    }
    const qint64 jobId = m_writer->enqueue(std::move(job));
    m_writing.insert(jobId, connectors);
    // Backpressure: each queued batch is held in memory until written. While the writer is
    // behind, discovery reads one batch at a time; when even that outruns it, no new batch
    // starts until the queue is shorter again (the writer keeps work queued meanwhile).
    if (m_writer->pending() >= kWriterQueueLimit && m_resourceDiscovery && !m_throttled) {
        m_throttled = true;
        qCDebug(lcRun) << "writer behind by" << m_writer->pending()
                       << "batches: one discovery batch at a time";
        m_resourceDiscovery->setConcurrentBatches(1);
    }
    if (m_writer->pending() >= kWriterQueueMax && m_resourceDiscovery) {
        qCDebug(lcRun) << "writer behind by" << m_writer->pending() << "batches: discovery paused";
        m_resourceDiscovery->pause();
    }
}

void ConnectorRun::onWritten(qint64 jobId, bool ok, const RunCounts &counts, const QString &error)
{
    const QList<SubscriptionConnector> connectors = m_writing.take(jobId);
    if (m_resourceDiscovery && m_writer->pending() < kWriterQueueMax)
        m_resourceDiscovery->resume();
    if (m_throttled && m_writer->pending() == 0 && m_resourceDiscovery) {
        m_throttled = false;
        qCDebug(lcRun) << "writer caught up: default discovery concurrency";
        m_resourceDiscovery->setConcurrentBatches(0); // the default again
    }
    m_progress.resourcesWritten(
        ok ? qint64(counts.assetsCreated) + counts.assetsUpdated + counts.assetsUnchanged : 0,
        int(connectors.size()));
    reportProgress();
    if (ok) {
        m_summary.counts += counts;
    } else {
        // Rolled back: their previous inventory is intact; reported as failed once the
        // writer is idle (a write here would wait for the writer's transaction).
        for (const SubscriptionConnector &c : connectors)
            m_failedWrites.append(c.id);
        m_writeError = error;
        if (!m_summary.errors.contains(error))
            m_summary.errors.append(error);
        m_summary.counts.subscriptionsFailed += int(connectors.size());
    }
    Q_EMIT statesChanged();
    if (m_discoveryResult && m_writing.isEmpty()) {
        const ResourceDiscovery::Result result = *m_discoveryResult;
        m_discoveryResult.reset();
        completeResources(result);
    }
}

void ConnectorRun::onResourcesFinished(const ResourceDiscovery::Result &result)
{
    if (m_resourceDiscovery)
        m_resourceDiscovery->deleteLater();
    if (!m_writing.isEmpty()) {
        m_discoveryResult = result; // finish once every batch is written
        return;
    }
    completeResources(result);
}

void ConnectorRun::completeResources(const ResourceDiscovery::Result &result)
{
    m_progress.finishing();
    reportProgress();
    if (result.error.isError() && result.error.kind != AzureErrorKind::Cancelled)
        m_summary.addErrorCode(result.error.code);
    if (!m_failedWrites.isEmpty()) {
        m_db->setConnectorStates(m_failedWrites, ConnectorState::Error, m_writeError);
        m_failedWrites.clear();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SubscriptionConnector> update;
    for (const ResourceDiscovery::SubscriptionOutcome &o : result.outcomes) {
        const auto it = m_running.constFind(o.subscriptionId.toLower());
        if (it == m_running.cend() || !o.error.isError() ||
            o.error.kind == AzureErrorKind::Cancelled)
            continue;
        SubscriptionConnector c = *it;
        c.state = ConnectorState::Error;
        c.lastError = o.error.message() + u' ' + o.error.advice();
        c.lastRun = now;
        c.nextRun = nextSubscriptionRun(now);
        update.append(c);
        m_summary.addErrorCode(o.error.code);
        m_summary.errors.append(tr("%1: %2").arg(c.name, c.lastError));
        ++m_summary.counts.subscriptionsFailed;
        m_running.remove(it.key());
    }
    // Still running = not read (cancelled, or no outcome): back to how they were.
    for (const SubscriptionConnector &before : std::as_const(m_running)) {
        SubscriptionConnector c = before;
        if (!m_cancelled && result.error.kind != AzureErrorKind::Cancelled) {
            c.state = ConnectorState::Error;
            c.lastError = result.error.isError()
                              ? result.error.message() + u' ' + result.error.advice()
                              : tr("The subscription's resources were not returned.");
            c.lastRun = now;
            c.nextRun = nextSubscriptionRun(now);
            m_summary.errors.append(tr("%1: %2").arg(c.name, c.lastError));
            ++m_summary.counts.subscriptionsFailed;
        }
        update.append(c);
    }
    m_running.clear();
    if (!update.isEmpty() && !m_db->saveConnectors(update))
        m_summary.errors.append(m_db->lastError());

    if (m_cancelled || result.error.kind == AzureErrorKind::Cancelled) {
        m_summary.cancelled = true;
        finish(ConnectorState::Error, tr("The run was cancelled."));
        return;
    }
    if (result.error.isError())
        m_summary.errorKind = result.error.kind;
    else if (m_summary.counts.subscriptionsOk == 0 && !result.outcomes.isEmpty())
        m_summary.errorKind = result.outcomes.constFirst().error.kind;
    const int ok = m_summary.counts.subscriptionsOk;
    const int failed = m_summary.counts.subscriptionsFailed;
    ConnectorState state = ConnectorState::FinishedSuccessfully;
    if (failed > 0)
        state = ok > 0 ? ConnectorState::FinishedWithErrors : ConnectorState::Error;
    else if (m_warnings > 0) // a degraded answer: written, but not a clean run
        state = ConnectorState::FinishedWithErrors;
    finish(state,
           failed > 0 ? tr("%n subscription(s) could not be read.", nullptr, failed) : QString());
}

void ConnectorRun::failLater(const QString &error)
{
    // start() never finishes synchronously: its caller connects to finished() after it.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(ConnectorState::Error, error); }, Qt::QueuedConnection);
}

void ConnectorRun::finish(ConnectorState state, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_summary.finished = now;
    m_summary.state = state;
    if (!error.isEmpty() && !m_summary.errors.contains(error))
        m_summary.errors.prepend(error);

    // Connectors still marked Running (cancel before discovery started): restore them.
    if (!m_running.isEmpty()) {
        QList<SubscriptionConnector> restore = m_running.values();
        m_db->saveConnectors(restore);
        m_running.clear();
    }
    if (m_options.mode == Mode::Tenant) {
        TenantConnectorStatus status =
            m_db->tenantStatus(m_profile.id).value_or(TenantConnectorStatus{});
        status.profileId = m_profile.id;
        if (m_summary.cancelled) {
            // A cancelled run does not count as a run: it stays due, with the last run's
            // words (the window says "cancelled" once, in its status bar and history).
            status.state = m_previousTenant.state == ConnectorState::Running
                               ? ConnectorState::Queued
                               : m_previousTenant.state;
            status.lastError = m_previousTenant.lastError;
        } else {
            status.state = state;
            status.lastRun = now;
            status.nextRun = now.addSecs(qint64(qMax(1, m_profile.tenantPollingMinutes)) * 60);
            status.lastError = m_summary.errors.join(u'\n');
        }
        m_db->saveTenantStatus(status);
    }
    if (m_summary.runId > 0)
        m_db->finishRun(m_summary);
    qCInfo(lcRun).noquote() << "run" << m_summary.runId << "of" << m_profile.id
                            << "finished:" << connectorStateToString(state)
                            << m_summary.errors.join(u"; "_s);
    Q_EMIT statesChanged();
    if (!m_summary.cancelled) {
        m_progress.done();
        emitProgress(); // the last state, whatever the interval: 100 %
    }
    Q_EMIT finished(m_summary);
}

void ConnectorRun::recordChanges(const QList<SubscriptionConnector> &previous,
                                 const QList<SubscriptionConnector> &now)
{
    QHash<QString, const SubscriptionConnector *> before;
    for (const SubscriptionConnector &c : previous)
        before.insert(c.subscriptionId.toLower(), &c);
    int kept = 0;
    for (const SubscriptionConnector &c : now) {
        RunConnectorChange change{RunConnectorChange::Kind::Created, c.name, c.subscriptionId,
                                  FlagReason::None};
        const SubscriptionConnector *b = before.value(c.subscriptionId.toLower());
        const bool wasRunnable = b && b->attached && !b->disabled;
        if (!b) {
            // Counted by the Reconciler.
        } else if (!wasRunnable && c.attached && !c.disabled) {
            change.kind = RunConnectorChange::Kind::Reattached;
        } else if ((b->attached || !b->disabled) && !c.attached && c.disabled) {
            change.kind = RunConnectorChange::Kind::Disabled;
            change.reason = c.flag;
        } else if (b->flag == FlagReason::None && c.flag != FlagReason::None && wasRunnable) {
            change.kind = RunConnectorChange::Kind::Flagged;
            change.reason = c.flag;
        } else if (m_firstRun && !b->lastRun.isValid() && b->created.isValid() && c.attached &&
                   !c.disabled) {
            // Made by the wizard's Create for this first run (ConnectorRuntime::
            // createSubscriptionConnectors): reported here, where the user sees them appear.
            ++m_summary.counts.connectorsCreated;
        } else {
            ++kept;
            continue;
        }
        m_summary.connectorChanges.append(change);
    }
    m_summary.connectorsKept = kept;
}

void ConnectorRun::reportProgress()
{
    if (m_finished || m_progress.current() == m_emitted)
        return;
    const qint64 interval = qMax(0, m_options.progressIntervalMs);
    if (!m_sinceEmit.isValid() || m_sinceEmit.elapsed() >= interval) {
        emitProgress();
        return;
    }
    if (m_emitPending)
        return; // the deferred one sends the newest state
    m_emitPending = true;
    QTimer::singleShot(interval - m_sinceEmit.elapsed(), this, [this] {
        m_emitPending = false;
        if (!m_finished)
            emitProgress();
    });
}

void ConnectorRun::emitProgress()
{
    m_emitted = m_progress.current();
    m_sinceEmit.start();
    Q_EMIT progress(m_emitted);
}

} // namespace atc
