#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

struct sqlite3;

namespace atc {

/**
 * The read side of the inventory for views (the desktop's asset table): which assets match a
 * filter in which order, their display fields a page at a time, one asset's stored fields,
 * and the filter choices. All SQL of the views lives here; the UI adapts the results.
 *
 * One object = one connection with a unique name, used only on the thread that opened it (a
 * worker makes its own, read-only). A query can be interrupted inside SQLite from any thread
 * (setInterrupt): a superseded background load ends within 1,000 SQLite steps.
 */
class InventoryReader
{
    Q_DECLARE_TR_FUNCTIONS(atc::InventoryReader)
public:
    struct AssetFilter
    {
        QString profileId;
        qint64 connectorId = 0; ///< 0: every connector of the profile
        QString text;           ///< name, resource id or resource group contains (LIKE)
        QString type;
        QString location;
        QString tagId;
        QString module; ///< VM, PC, SCA, CPS, CERTVIEW
        bool includeRemoved = false;
    };
    /** Orders assetIds() can give (ties by asset id). */
    enum class SortKey
    {
        Type,
        Name,
        Location,
        ResourceGroup,
        Subscription,
        FirstSeen,
        LastSeen,
        Removed
    };
    /** The display fields of one asset; times as stored (ISO 8601 UTC text, empty when none). */
    struct AssetListRow
    {
        qint64 assetId = 0;
        QString type;
        QString name;
        QString location;
        QString resourceGroup;
        QString connectorName;
        QStringList tagIds;
        QString modules; ///< "VM, CPS"
        QString firstSeen;
        QString lastSeen; ///< the connector's last run while the asset is present
        QString removedAt;
    };
    /** Distinct types and locations of a profile's assets, sorted case-insensitively. */
    struct Choices
    {
        QStringList types;
        QStringList locations;
    };

    InventoryReader();
    ~InventoryReader();
    InventoryReader(const InventoryReader &) = delete;
    InventoryReader &operator=(const InventoryReader &) = delete;

    /**
     * Opens a connection to the inventory file (never creates or migrates it). `readOnly`: a
     * background reader next to the writers (WAL: reads while a run writes).
     */
    bool open(const QString &path, bool readOnly, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    /**
     * While `*cancel` is true (set from any thread), running statements stop inside SQLite
     * (checked every 1,000 steps). Null: never interrupted.
     */
    void setInterrupt(const std::atomic_bool *cancel);
    /** One read transaction: the following reads see one snapshot of the file. */
    void beginSnapshot();
    void endSnapshot();

    /**
     * The ids of the assets matching `filter`, in `sort` order (8 bytes each). On failure
     * (not on interruption) `error` gets the reason and the list is empty.
     */
    QVector<qint64> assetIds(const AssetFilter &filter, SortKey sort, Qt::SortOrder order,
                             QString *error, const std::atomic_bool *cancel = nullptr);
    /** The type and location choices of a profile's assets (one pass). */
    Choices choices(const QString &profileId, const std::atomic_bool *cancel = nullptr);
    /** The display fields of these assets (by primary key; any order; gone ones left out). */
    bool assetRows(const QVector<qint64> &ids, QList<AssetListRow> *rows);
    /** Every stored field of one asset (and its connector's name and last run, its modules),
     *  without the content hash; empty when gone. */
    QVariantMap assetDetails(qint64 assetId);
    /** Distinct values of "type" or "location" of a profile's assets, sorted. */
    QStringList distinctValues(const QString &column, const QString &profileId);

private:
    sqlite3 *sqliteHandle() const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QString m_lastError;
    bool m_interruptSet = false;
};

} // namespace atc
