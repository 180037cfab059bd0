#include "ConnectorRuntime.h"

#include <QLoggingCategory>
#include <QPointer>

#include "ConnectorRun.h"
#include "Reconciler.h"
#include "RunLock.h"
#include "azure/AzureClientConfig.h"
#include "azure/AzureSession.h"
#include "azure/ScopeResolver.h"
#include "model/ProfileValidator.h"
#include "store/AppSettings.h"
#include "store/SecretResolver.h"
#include "store/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRuntime, "atc.runtime")

namespace atc {

struct ConnectorRuntime::Active
{
    ConnectorProfile profile;
    int mode = 0;
    QList<qint64> ids;
    std::unique_ptr<RunLock> lock;
    QPointer<AzureSession> session;
    QPointer<ConnectorRun> run;
    bool cancelled = false;
    bool secretUnavailable = false;
};

void ConnectorRuntimeOptions::applySettings(const AppSettings &settings)
{
    maxRequestsInFlight = settings.requestConcurrency();
    transferTimeoutMs = settings.requestTimeoutSeconds() * 1000;
    requestDeadlineMs = settings.requestDeadlineSeconds() * 1000;
    caCertificateFile = settings.caCertificateFile();
}

AzureClientConfig ConnectorRuntimeOptions::clientConfig(const ConnectorProfile &profile,
                                                        const QString &secret) const
{
    AzureClientConfig config = AzureClientConfig::fromProfile(profile, secret);
    if (maxRequestsInFlight > 0)
        config.maxRequestsInFlight = maxRequestsInFlight;
    if (transferTimeoutMs > 0)
        config.transferTimeoutMs = transferTimeoutMs;
    if (requestDeadlineMs > 0)
        config.requestDeadlineMs = requestDeadlineMs;
    if (config.caCertificateFile.isEmpty())
        config.caCertificateFile = caCertificateFile;
    return config;
}

AzureSession *ConnectorRuntimeOptions::createSession(QNetworkAccessManager *nam,
                                                     const ConnectorProfile &profile,
                                                     const QString &secret, QObject *parent) const
{
    return new AzureSession(nam, clientConfig(profile, secret), parent);
}

ConnectorRuntimeOptions ConnectorRuntimeOptions::forDataDirectory(const QString &dataDirectory)
{
    ConnectorRuntimeOptions o;
    o.databasePath = dataDirectory + "/inventory.sqlite"_L1;
    o.lockDirectory = dataDirectory + "/locks"_L1;
    return o;
}

ConnectorRuntime::SecretProvider ConnectorRuntime::secretsFromStore(SecretStore *store,
                                                                    SecretResolverOptions resolver)
{
    // One resolver, one set of words (SecretResolver), also for the wizard and the CLI.
    return
        [store, resolver](const ConnectorProfile &profile, QObject *context, SecretCallback done) {
            SecretResolver::resolve(
                store, profile.secretKey(), context,
                [done](const ResolvedSecret &r) { done(r.secret, r.errorMessage); }, resolver);
        };
}

ConnectorRuntime::ConnectorRuntime(QNetworkAccessManager *nam, SecretProvider secrets,
                                   Options options, QObject *parent)
    : QObject(parent), m_nam(nam), m_secrets(std::move(secrets)), m_options(std::move(options))
{
    if (m_options.lockDirectory.isEmpty())
        m_options.lockDirectory = RunLock::defaultDirectory();
    m_db = std::make_unique<InventoryDatabase>(m_options.databasePath);
}

ConnectorRuntime::~ConnectorRuntime()
{
    // Runs (and their discoveries) go before the sessions they use and the database: children
    // would be deleted in creation order, after the members, otherwise.
    m_active.clear();
    const auto runs = findChildren<ConnectorRun *>(Qt::FindDirectChildrenOnly);
    for (ConnectorRun *run : runs)
        delete run;
    const auto sessions = findChildren<AzureSession *>(Qt::FindDirectChildrenOnly);
    for (AzureSession *session : sessions)
        delete session;
}

bool ConnectorRuntime::open(QString *error)
{
    return m_db->open(error);
}

void ConnectorRuntime::setProfiles(const QList<ConnectorProfile> &profiles)
{
    m_profiles = profiles;
    m_invalid.clear();
    for (const ConnectorProfile &p : profiles) {
        const QList<ValidationIssue> issues = ProfileValidator::validateSaved(p);
        if (!issues.isEmpty())
            m_invalid.insert(p.id, ProfileValidator::describe(issues));
    }
    Q_EMIT profilesChanged();
}

QString ConnectorRuntime::invalidReason(const QString &profileId) const
{
    return m_invalid.value(profileId);
}

std::optional<ConnectorProfile> ConnectorRuntime::profile(const QString &profileId) const
{
    for (const ConnectorProfile &p : m_profiles) {
        if (p.id == profileId)
            return p;
    }
    return std::nullopt;
}

bool ConnectorRuntime::createSubscriptionConnectors(const ConnectorProfile &profile,
                                                    const TenantSnapshot &snapshot, QString *error)
{
    if (profile.id.isEmpty()) {
        if (error)
            *error = tr("The profile must be saved before its connectors are created.");
        return false;
    }
    if (!m_db->connectors(profile.id).isEmpty()) {
        if (error)
            *error = tr("The connectors of this profile were already created.");
        return false;
    }
    const ScopeResolution scope =
        ScopeResolver::resolve(snapshot, profile.scopeMode, profile.selectedManagementGroups,
                               profile.excludedManagementGroups);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Reconciler::Options options = Reconciler::Options::fromProfile(profile, true, now);
    options.managementGroupPaths = ScopeResolver::managementGroupPaths(snapshot);
    Reconciler::Result rec = Reconciler::reconcile({}, scope, options);
    if (!m_db->saveConnectors(rec.connectors)) {
        if (error)
            *error = m_db->lastError();
        return false;
    }
    TenantConnectorStatus status;
    status.profileId = profile.id;
    status.state = ConnectorState::Queued;
    status.subscriptionsInScope = int(scope.inScope.size());
    status.lastRun = now;         // the wizard's discovery counts as the creation run
    status.nextRun = QDateTime(); // the first full run is due now
    m_db->saveTenantStatus(status);

    bool known = false;
    for (ConnectorProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            known = true;
        }
    }
    if (!known)
        m_profiles.append(profile);
    if (const QList<ValidationIssue> issues = ProfileValidator::validateSaved(profile);
        !issues.isEmpty())
        m_invalid.insert(profile.id, ProfileValidator::describe(issues));
    else
        m_invalid.remove(profile.id);
    Q_EMIT stateChanged(profile.id);
    return true;
}

ConnectorRuntime::StartResult ConnectorRuntime::runTenant(const QString &profileId)
{
    const auto p = profile(profileId);
    if (!p)
        return StartResult::UnknownProfile;
    if (!p->enabled)
        return StartResult::Disabled;
    return startRun(*p, int(ConnectorRun::Mode::Tenant), {});
}

ConnectorRuntime::StartResult ConnectorRuntime::runSubscriptionConnector(qint64 connectorId)
{
    const auto c = m_db->connector(connectorId);
    if (!c)
        return StartResult::UnknownConnector;
    return runSubscriptionConnectors(c->profileId, {connectorId});
}

ConnectorRuntime::StartResult ConnectorRuntime::runSubscriptionConnectors(const QString &profileId,
                                                                          const QList<qint64> &ids)
{
    const auto p = profile(profileId);
    if (!p)
        return StartResult::UnknownProfile;
    if (!p->enabled)
        return StartResult::Disabled;
    if (m_invalid.contains(profileId))
        return StartResult::InvalidProfile;
    QList<qint64> runnable;
    for (qint64 id : ids) {
        const auto c = m_db->connector(id);
        if (!c || c->profileId != profileId)
            return StartResult::UnknownConnector;
        if (c->isRunnable())
            runnable.append(id);
    }
    if (runnable.isEmpty())
        return StartResult::NothingToRun;
    return startRun(*p, int(ConnectorRun::Mode::Subscriptions), runnable);
}

ConnectorRuntime::StartResult ConnectorRuntime::startRun(const ConnectorProfile &profile, int mode,
                                                         const QList<qint64> &ids)
{
    m_lastStartError.clear();
    if (!profile.enabled)
        return StartResult::Disabled;
    // Validated where it is used: a hand-edited or imported profile never runs (no run record).
    if (m_invalid.contains(profile.id) || !ProfileValidator::validateSaved(profile).isEmpty())
        return StartResult::InvalidProfile;
    if (!m_db->isOpen())
        return StartResult::DatabaseError;
    if (m_active.contains(profile.id))
        return StartResult::Busy;
    auto active = std::make_shared<Active>();
    active->profile = profile;
    active->mode = mode;
    active->ids = ids;
    active->lock = std::make_unique<RunLock>(m_options.lockDirectory, profile.id);
    if (!active->lock->tryLock()) {
        if (active->lock->failure() == RunLock::Failure::CannotCreate) {
            m_lastStartError = active->lock->failureText();
            return StartResult::LockError;
        }
        return StartResult::Busy;
    }
    // We hold the lock: a record still RUNNING belongs to a process that was killed.
    if (const int n = m_db->markInterruptedRuns(profile.id, QDateTime::currentDateTimeUtc()); n > 0)
        qCInfo(lcRuntime) << n << "interrupted run(s) of" << profile.id << "marked";
    m_active.insert(profile.id, active);

    const QString profileId = profile.id;
    m_secrets(profile, this, [this, profileId](const QString &secret, const QString &error) {
        if (!m_active.contains(profileId))
            return;
        if (secret.isEmpty()) {
            if (const auto a = m_active.value(profileId))
                a->secretUnavailable = true;
            fail(profileId, error.isEmpty() ? tr("No authentication key is available.") : error);
        } else
            launch(profileId, secret);
    });
    return StartResult::Started;
}

void ConnectorRuntime::launch(const QString &profileId, const QString &secret)
{
    const std::shared_ptr<Active> a = m_active.value(profileId);
    if (!a)
        return;
    if (a->cancelled) {
        fail(profileId, tr("The run was cancelled."));
        return;
    }
    a->session = m_options.createSession(m_nam, a->profile, secret, this);

    ConnectorRun::Options o;
    o.mode = ConnectorRun::Mode(a->mode);
    o.connectorIds = a->ids;
    o.batchSize = m_options.batchSize;
    o.progressIntervalMs = m_options.progressIntervalMs;
    a->run = new ConnectorRun(a->profile, a->session, m_db.get(), o, this);
    connect(a->run, &ConnectorRun::progress, this,
            [this, profileId](const RunProgress &p) { Q_EMIT progress(profileId, p); });
    connect(a->run, &ConnectorRun::statesChanged, this,
            [this, profileId] { Q_EMIT stateChanged(profileId); });
    connect(a->run, &ConnectorRun::finished, this, [this, profileId](const RunSummary &summary) {
        cleanup(profileId);
        Q_EMIT runFinished(profileId, summary);
    });
    a->run->start();
    if (a->run && !a->run->isFinished())
        Q_EMIT runStarted(profileId, a->run->runId());
}

void ConnectorRuntime::fail(const QString &profileId, const QString &error)
{
    const std::shared_ptr<Active> a = m_active.value(profileId);
    if (!a)
        return;
    RunSummary s;
    s.profileId = profileId;
    s.started = s.finished = QDateTime::currentDateTimeUtc();
    s.state = ConnectorState::Error;
    s.cancelled = a->cancelled;
    s.secretUnavailable = a->secretUnavailable;
    s.errors = QStringList{error};
    s.kind = a->mode == int(ConnectorRun::Mode::Tenant) ? u"tenant"_s : u"subscriptions"_s;
    s.runId = m_db->beginRun(
        profileId, 0, a->mode == int(ConnectorRun::Mode::Tenant) ? u"tenant"_s : u"subscriptions"_s,
        s.started);
    m_db->finishRun(s);
    if (a->mode == int(ConnectorRun::Mode::Tenant) && !a->cancelled) {
        TenantConnectorStatus st = m_db->tenantStatus(profileId).value_or(TenantConnectorStatus{});
        st.profileId = profileId;
        st.state = ConnectorState::Error;
        st.lastError = error;
        m_db->saveTenantStatus(st);
    }
    cleanup(profileId);
    Q_EMIT stateChanged(profileId);
    Q_EMIT runFinished(profileId, s);
}

void ConnectorRuntime::cleanup(const QString &profileId)
{
    const std::shared_ptr<Active> a = m_active.take(profileId);
    if (!a)
        return;
    if (a->run)
        a->run->deleteLater();
    if (a->session)
        a->session->deleteLater();
    a->lock->unlock();
}

void ConnectorRuntime::cancel(const QString &profileId)
{
    const std::shared_ptr<Active> a = m_active.value(profileId);
    if (!a)
        return;
    a->cancelled = true;
    if (a->run)
        a->run->cancel(); // finishes (asynchronously or at once) through finished()
}

void ConnectorRuntime::cancelAll()
{
    const QStringList ids = m_active.keys();
    for (const QString &id : ids)
        cancel(id);
}

bool ConnectorRuntime::isRunning(const QString &profileId) const
{
    return m_active.contains(profileId);
}

QList<SubscriptionConnector> ConnectorRuntime::connectors(const QString &profileId) const
{
    return m_db->connectors(profileId);
}

std::optional<TenantConnectorStatus> ConnectorRuntime::tenantStatus(const QString &profileId) const
{
    std::optional<TenantConnectorStatus> status = m_db->tenantStatus(profileId);
    const auto p = profile(profileId);
    if (p && !p->enabled) {
        // Derived from the profile, not stored: a run finishing after the switch cannot undo it.
        if (!status) {
            status = TenantConnectorStatus{};
            status->profileId = profileId;
        }
        status->state = ConnectorState::Disabled;
    }
    return status;
}

QString ConnectorRuntime::disabledMessage(const QString &profileName)
{
    return tr("The tenant connector \"%1\" is disabled, so it does not run — neither on its "
              "schedule nor on demand. Enable it first; it then runs on its normal schedule.")
        .arg(profileName);
}

QString ConnectorRuntime::startRefusalMessage(StartResult result, const QString &profileId) const
{
    switch (result) {
    case StartResult::Started:
        return {};
    case StartResult::Busy:
        return tr("A run of this connector is already in progress.");
    case StartResult::NothingToRun:
        return tr("Nothing to run: the selected connectors are disabled or flagged.");
    case StartResult::Disabled: {
        const std::optional<ConnectorProfile> p = profile(profileId);
        return disabledMessage(p ? p->name : profileId);
    }
    case StartResult::InvalidProfile:
        return tr("This tenant connector does not run because its profile is not valid: %1")
            .arg(invalidReason(profileId));
    case StartResult::LockError:
        return lastStartError();
    case StartResult::UnknownProfile:
    case StartResult::UnknownConnector:
    case StartResult::DatabaseError:
        break;
    }
    return tr("The run could not start.");
}

ConnectorRuntime::DueWork ConnectorRuntime::dueWork(const QString &profileId,
                                                    const QDateTime &now) const
{
    DueWork work;
    if (const auto p = profile(profileId); p && !p->enabled)
        return work;
    if (m_invalid.contains(profileId))
        return work; // never due until the profile is corrected
    const auto status = m_db->tenantStatus(profileId);
    if (!status || !status->nextRun.isValid() || status->nextRun <= now) {
        work.tenant = true;
        return work;
    }
    for (const SubscriptionConnector &c : m_db->connectors(profileId)) {
        if (c.isRunnable() && (!c.nextRun.isValid() || c.nextRun <= now))
            work.connectorIds.append(c.id);
    }
    return work;
}

QDateTime ConnectorRuntime::nextDue(const QString &profileId) const
{
    const auto status = m_db->tenantStatus(profileId);
    if (!status || !status->nextRun.isValid())
        return {};
    QDateTime next = status->nextRun;
    for (const SubscriptionConnector &c : m_db->connectors(profileId)) {
        if (!c.isRunnable())
            continue;
        if (!c.nextRun.isValid())
            return {};
        next = qMin(next, c.nextRun);
    }
    return next;
}

} // namespace atc
