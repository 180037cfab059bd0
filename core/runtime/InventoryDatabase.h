#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "RuntimeTypes.h"
#include "azure/AzureTypes.h"

struct sqlite3;
class QSqlQuery;

namespace atc {

class TagEvaluator;

/**
 * The asset inventory: one SQLite file (WAL, synchronous=NORMAL) holding the connectors'
 * state, the resources, their tags and activation, and the run history. Schema in
 * docs/inventory.md, versioned with PRAGMA user_version and forward migrations.
 *
 * One object = one QSqlDatabase connection with a unique name; use it only on the thread that
 * opened it (make one per thread). Several processes may open the same file: SQLite's locking
 * plus a busy timeout serialise the writers; RunLock keeps two runs of a connector apart.
 */
class InventoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(atc::InventoryDatabase)
public:
    /** 2: subscription_connectors.management_group_path. */
    static constexpr int SchemaVersion = 3;

    /** <AppDataLocation>/inventory.sqlite */
    static QString defaultPath();

    explicit InventoryDatabase(QString path = {});
    ~InventoryDatabase();
    InventoryDatabase(const InventoryDatabase &) = delete;
    InventoryDatabase &operator=(const InventoryDatabase &) = delete;

    /** Opens (creating the folder and file) and migrates. A newer schema is refused. */
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    /**
     * Non-empty when the last read (connectors, connector, tenantStatus, profileIds,
     * forEachAsset, countAssets, perimeterTargets, runs, assetCount) stopped on an error
     * instead of reaching the end of its rows: what it returned is incomplete. Names the file;
     * with damaged() it also says what to do. Cleared by the next read.
     */
    QString readError() const { return m_readError; }
    /** The file is damaged (SQLite: SQLITE_CORRUPT or SQLITE_NOTADB), seen by open() or a read. */
    bool damaged() const { return m_damaged; }
    /** The words for a damaged inventory file: its path and what to do. */
    static QString damagedMessage(const QString &path, const QString &detail);
    int schemaVersion() const;
    /** PRAGMA integrity_check == "ok". */
    bool integrityCheck(QString *detail = nullptr) const;

    // --- connectors --------------------------------------------------------------------
    /** Subscription connectors of a profile (every profile when empty), by name. */
    QList<SubscriptionConnector> connectors(const QString &profileId = {}) const;
    std::optional<SubscriptionConnector> connector(qint64 id) const;
    /** Inserts new ones (id 0: assigns their id) and updates the others, in one transaction. */
    bool saveConnectors(QList<SubscriptionConnector> &connectors);
    /** Sets the state (and lastError when given) of these connectors, in one transaction. */
    bool setConnectorStates(const QList<qint64> &ids, ConnectorState state,
                            const std::optional<QString> &lastError = std::nullopt);

    std::optional<TenantConnectorStatus> tenantStatus(const QString &profileId) const;
    bool saveTenantStatus(const TenantConnectorStatus &status);
    QStringList profileIds() const; ///< profiles with a tenant or subscription connector
    /**
     * Removes everything the inventory holds of one tenant connector (profile): its tenant
     * status, subscription connectors, resources with their tags and activation, and its run
     * history, in ONE transaction (nothing is removed on failure; `error` gets the words).
     * The runtime never deletes; this is the user's "delete the connector".
     */
    bool removeProfileData(const QString &profileId, QString *error = nullptr);

    // --- inventory ---------------------------------------------------------------------
    /** How assets are tagged and activated in this write. */
    struct AssetRules
    {
        const TagEvaluator *tags = nullptr; ///< null: no tags
        int enabledModules = 0;             ///< ActivationMapper::enabledModules()
        bool keepProperties = false;        ///< CSPM
        /** Called after every 1,000 resources written (tests: kill the process mid-write). */
        std::function<void(qint64 resourcesDone)> progressHook;
        /** Checked every 1,000 resources: when set, the write is rolled back and fails. */
        const std::atomic_bool *abort = nullptr;
    };

    /** The complete resources of one subscription connector. */
    struct SubscriptionInventory
    {
        qint64 connectorId = 0;
        QString subscriptionName;
        QList<const AzureResource *> resources;
        QDateTime nextRun; ///< stored with the successful state
        /** Non-empty: the answer was degraded (docs/inventory.md); the connector is
         *  FinishedWithErrors with this as its last error instead of FinishedSuccessfully. */
        QString warning;
    };

    /**
     * Writes the complete inventories of these connectors in ONE transaction: new resources
     * inserted, changed ones (content hash) updated, returning ones un-removed, missing ones
     * marked removed; unchanged rows are not touched. A resource's unknown fields
     * (AzureResource::unknownFields) take the stored row's values before it is compared, so a
     * degraded answer neither erases them nor counts the asset updated. Each connector becomes
     * FinishedSuccessfully with lastRun = now, its asset count and no error.
     * On failure nothing of it is kept. `perConnector` (optional) gets each one's counts.
     */
    bool writeInventories(const QList<SubscriptionInventory> &inventories, const AssetRules &rules,
                          const QDateTime &now, RunCounts *total,
                          QHash<qint64, RunCounts> *perConnector = nullptr);

    /** One exported asset. */
    struct AssetRow
    {
        QString profileId;
        qint64 connectorId = 0;
        QString connectorName;
        QString resourceId;
        QString subscriptionId;
        QString type;
        QString name;
        QString location;
        QString resourceGroup;
        QString kind;
        QString tagsJson;       ///< Azure tags, JSON object
        QString propertiesJson; ///< empty without CSPM
        QStringList publicIps;
        QStringList fqdns;
        QStringList assetTags;
        QStringList activation;
        QDateTime firstSeen;
        QDateTime lastChanged;
        QDateTime removedAt; ///< invalid when present
    };
    struct ExportFilter
    {
        QString profileId;
        QString subscription; ///< subscription id or connector name (case-insensitive)
        bool includeRemoved = false;
        bool withProperties = true;
    };
    /**
     * Calls `row` for every matching asset (ordered by connector, resource id). When `cancel`
     * becomes true (from any thread), stops and returns false.
     */
    bool forEachAsset(const ExportFilter &filter, const std::function<void(const AssetRow &)> &row,
                      const std::atomic_bool *cancel = nullptr) const;
    /** How many assets forEachAsset() would visit (for a progress bar). */
    int countAssets(const ExportFilter &filter) const;

    /** Public IPs and FQDNs of present assets activated for CPS, sorted and unique. */
    struct PerimeterTarget
    {
        QString target; ///< an IP address or a DNS name
        QString kind;   ///< "ip" or "fqdn"
        QString resourceId;
        QString profileId;
    };
    QList<PerimeterTarget> perimeterTargets(const QString &profileId = {}) const;

    // --- run history -------------------------------------------------------------------
    qint64 beginRun(const QString &profileId, qint64 connectorId, const QString &kind,
                    const QDateTime &started);
    bool finishRun(const RunSummary &summary);
    QList<RunSummary> runs(const QString &profileId, int limit = 50) const;
    /**
     * Run records of `profileId` still RUNNING although no process runs them (the caller holds
     * the profile's RunLock): their process was killed or crashed. They become ERROR,
     * finished at `now`, with interruptedRunMessage() as their error. Returns how many.
     */
    int markInterruptedRuns(const QString &profileId, const QDateTime &now);
    /** "Interrupted: the process running it ended before the run finished …" (translated). */
    static QString interruptedRunMessage();

    /** Resource rows of a connector, present only unless includeRemoved. */
    int assetCount(qint64 connectorId, bool includeRemoved = false) const;

    /** The content hash the inventory compares, exposed for tests. */
    static QByteArray contentHash(const AzureResource &resource, const QStringList &assetTags,
                                  const QStringList &modules, bool keepProperties);

private:
    bool migrate(QString *error);
    bool exec(const QString &sql);
    bool fail(const QString &what, const QString &detail);
    /** The QSQLITE driver's sqlite3 handle (null when the driver is not SQLite). */
    sqlite3 *sqliteHandle() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    /** Starts a read: clears readError(). */
    void beginRead() const;
    /** After a read's last step: true (and readError() set) when `q` stopped on an error. */
    bool readFailed(const QSqlQuery &q) const;
    mutable QString m_readError;
    mutable bool m_damaged = false;
};

} // namespace atc
