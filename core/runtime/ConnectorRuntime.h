#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include "InventoryDatabase.h"
#include "RunProgress.h"
#include "RuntimeTypes.h"
#include "azure/AzureClientConfig.h"
#include "azure/AzureTypes.h"
#include "model/ConnectorProfile.h"
#include "store/SecretResolver.h"

class QNetworkAccessManager;

namespace atc {

class AppSettings;

class ConnectorRun;
class AzureSession;
class RunLock;

/** Where the runtime keeps its data, and how hard it may push Azure. */
struct ConnectorRuntimeOptions
{
    QString databasePath;        ///< empty: InventoryDatabase::defaultPath()
    QString lockDirectory;       ///< empty: RunLock::defaultDirectory()
    int maxRequestsInFlight = 0; ///< 0: AzureClientConfig's default
    int transferTimeoutMs = 0;   ///< 0: AzureClientConfig's default (application settings)
    int requestDeadlineMs = 0;   ///< 0: AzureClientConfig's default (application settings)
    /** Application-wide extra CA (settings); a profile's own CA file takes precedence. */
    QString caCertificateFile;
    int batchSize = 100; ///< subscriptions per Resource Graph query
    /** A run's progress() at most once per this many ms (0: every change; tests). */
    int progressIntervalMs = 100;

    /** inventory.sqlite and locks/ in `dataDirectory` (AppSettings::effectiveDataDirectory()). */
    static ConnectorRuntimeOptions forDataDirectory(const QString &dataDirectory);
    /**
     * Requests in parallel, request timeout and deadline, and extra CA file from the
     * application settings.
     */
    void applySettings(const AppSettings &settings);

    /**
     * The one session factory for a saved connector: its endpoints, CA file and key, with
     * these limits (requests in flight, timeouts, the application's CA file when the profile
     * has none). The runtime's runs, the wizard's Test Connection and (with the lead's switch)
     * the CLI build their AzureSession here.
     */
    AzureClientConfig clientConfig(const ConnectorProfile &profile, const QString &secret) const;
    AzureSession *createSession(QNetworkAccessManager *nam, const ConnectorProfile &profile,
                                const QString &secret, QObject *parent = nullptr) const;
};

/**
 * The facade the main window, the wizard and the CLI use to run connectors. Lives on one
 * thread (the GUI thread); everything is asynchronous on its event loop.
 *
 *   runtime.setProfiles(store.loadAll().profiles);
 *   runtime.runTenant(profileId);            // "Run now" on a tenant connector
 *   runtime.runSubscriptionConnector(id);    // "Run now" on one subscription connector
 *   connect(&runtime, &ConnectorRuntime::stateChanged, view, &View::reload);
 *
 * One run per profile at a time, in this process and across processes (RunLock): a second
 * start returns StartResult::Busy. Does not own the QNetworkAccessManager.
 */
class ConnectorRuntime : public QObject
{
    Q_OBJECT
public:
    /** Reads a profile's secret; calls `done(secret, errorText)` exactly once, later. */
    using SecretCallback = std::function<void(const QString &secret, const QString &error)>;
    using SecretProvider =
        std::function<void(const ConnectorProfile &profile, QObject *context, SecretCallback done)>;

    /**
     * The secret of profile.secretKey() in `store`, through SecretResolver (`resolver`: the
     * CLI also takes AZURE_CLIENT_SECRET and mentions it in a failure).
     */
    static SecretProvider secretsFromStore(SecretStore *store, SecretResolverOptions resolver = {});

    using Options = ConnectorRuntimeOptions;

    enum class StartResult
    {
        Started,
        Busy, ///< a run of that tenant connector is in progress (here or elsewhere)
        UnknownProfile,
        UnknownConnector,
        NothingToRun, ///< the connector is disabled or flagged
        DatabaseError,
        Disabled,       ///< the tenant connector (profile) is disabled: see disabledMessage()
        InvalidProfile, ///< the profile breaks a rule (ProfileValidator): see invalidReason()
        LockError,      ///< the run lock cannot be created (read-only folder): lastStartError()
    };
    Q_ENUM(StartResult)

    ConnectorRuntime(QNetworkAccessManager *nam, SecretProvider secrets, Options options = {},
                     QObject *parent = nullptr);
    ~ConnectorRuntime() override;

    /** Opens the inventory (creating or migrating it). Call once before anything else. */
    bool open(QString *error = nullptr);
    InventoryDatabase *database() const { return m_db.get(); }
    /** Network settings changed (Settings dialog): runs started from now on use them. */
    void applySettings(const AppSettings &settings) { m_options.applySettings(settings); }
    /** The limits new runs use (also for the wizard's sessions: Options::createSession()). */
    const Options &options() const { return m_options; }

    void setProfiles(const QList<ConnectorProfile> &profiles);
    QList<ConnectorProfile> profiles() const { return m_profiles; }
    std::optional<ConnectorProfile> profile(const QString &profileId) const;
    /**
     * Empty when the profile may run; else why not, naming each field in the file
     * (ProfileValidator::validateSaved()). An invalid profile is never run or scheduled and no
     * run record is written for it.
     */
    QString invalidReason(const QString &profileId) const;
    /** Words for the last start that failed with LockError (else empty). */
    QString lastStartError() const { return m_lastStartError; }

    /**
     * For the wizard's Create: records one Queued connector per in-scope subscription of the
     * snapshot the wizard already discovered (no network), marks the tenant connector due, and
     * adds/updates the profile. Refuses (false) when the profile already has connectors.
     * The caller then calls runTenant() (or lets the Scheduler pick it up).
     */
    bool createSubscriptionConnectors(const ConnectorProfile &profile,
                                      const TenantSnapshot &snapshot, QString *error = nullptr);

    /**
     * Manual and scheduled runs alike. A disabled profile (ConnectorProfile::enabled false) is
     * refused with StartResult::Disabled, before anything is recorded (no run record).
     */
    StartResult runTenant(const QString &profileId);
    StartResult runSubscriptionConnector(qint64 connectorId);
    /** Subscription connectors of one profile (Scheduler: the due ones). */
    StartResult runSubscriptionConnectors(const QString &profileId, const QList<qint64> &ids);

    void cancel(const QString &profileId);
    void cancelAll();
    bool isRunning(const QString &profileId) const;
    bool isAnyRunning() const { return !m_active.isEmpty(); }

    QList<SubscriptionConnector> connectors(const QString &profileId) const;
    /**
     * The stored status; while the profile is disabled its state reads ConnectorState::Disabled
     * (computed from the profile, never stored: enabling it again shows the stored state, and
     * the stored next run decides when it is due). A disabled profile that never ran still gets
     * a status (state Disabled, no times).
     */
    std::optional<TenantConnectorStatus> tenantStatus(const QString &profileId) const;
    /** "The tenant connector "name" is disabled … Enable it …" (translated). */
    static QString disabledMessage(const QString &profileName);
    /**
     * Why a start of `profileId` was refused, in words (empty for Started): the one place the
     * window and the CLI take them from. Uses invalidReason() and lastStartError(), so call it
     * right after the refused start.
     */
    QString startRefusalMessage(StartResult result, const QString &profileId) const;

    /**
     * What is due at `now`: the tenant connector (which runs all), or some connectors. Nothing
     * of a disabled profile is ever due.
     */
    struct DueWork
    {
        bool tenant = false;
        QList<qint64> connectorIds;
        bool isEmpty() const { return !tenant && connectorIds.isEmpty(); }
    };
    DueWork dueWork(const QString &profileId, const QDateTime &now) const;
    /** The earliest time something of `profileId` becomes due; invalid = due now. */
    QDateTime nextDue(const QString &profileId) const;

Q_SIGNALS:
    void runStarted(const QString &profileId, qint64 runId);
    /**
     * Where a run of `profileId` is: percent (monotone, 100 only when done), counts and one
     * line of text (RunProgress::text()); at most once per Options::progressIntervalMs.
     */
    void progress(const QString &profileId, const atc::RunProgress &progress);
    void runFinished(const QString &profileId, const atc::RunSummary &summary);
    /** Tenant or subscription connector states of `profileId` changed: re-read them. */
    void stateChanged(const QString &profileId);
    /** setProfiles() was called (a profile enabled or edited): the Scheduler looks again. */
    void profilesChanged();

private:
    struct Active;
    StartResult startRun(const ConnectorProfile &profile, int mode, const QList<qint64> &ids);
    void launch(const QString &profileId, const QString &secret);
    void fail(const QString &profileId, const QString &error);
    void cleanup(const QString &profileId);

    QNetworkAccessManager *m_nam;
    SecretProvider m_secrets;
    Options m_options;
    std::unique_ptr<InventoryDatabase> m_db;
    QList<ConnectorProfile> m_profiles;
    QHash<QString, std::shared_ptr<Active>> m_active;
    QHash<QString, QString> m_invalid; ///< profile id → ProfileValidator's words
    QString m_lastStartError;
};

} // namespace atc
