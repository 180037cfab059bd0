#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include "runtime/InventoryReader.h"

namespace atc {

/**
 * The assets of a tenant connector (or one subscription connector) from the inventory, for a
 * QTableView: an adapter over the core read side (atc::InventoryReader), which holds every
 * query. Filtering and sorting happen in the database: one query returns the
 * matching asset ids in order (8 bytes per asset); rows are read by primary key in windows
 * of PageSize when the view paints them, so the whole table is never loaded.
 *
 * The id query (and with it the count, and the filter choices) runs on a worker thread with
 * its own read-only connection, so a filter change, a sort or a refresh never stalls the GUI
 * thread: setFilter(), sort() and refresh() return at once, the old rows stay shown while
 * loading, and the result replaces them (one model reset) only when it belongs to the newest
 * request: a newer request cancels the older one (its query is interrupted) and an older,
 * slower result is dropped. Page reads and assetDetails() stay on the calling thread (a few
 * hundred rows by primary key); they use the model's own reader.
 */
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        NameColumn,
        LocationColumn,
        ResourceGroupColumn,
        SubscriptionColumn,
        TagsColumn,
        ModulesColumn,
        FirstSeenColumn,
        LastSeenColumn,
        RemovedColumn,
        ColumnCount
    };
    enum Role
    {
        AssetIdRole = Qt::UserRole + 1,
    };
    static constexpr int PageSize = 500;

    using Filter = InventoryReader::AssetFilter;

    /**
     * Tests only: called on the worker thread of every load, inside its read transaction,
     * after the id query and before the filter choices are read and the result is reported.
     */
    using LoadHook = std::function<void(quint64 generation)>;

    explicit InventoryModel(QObject *parent = nullptr);
    /** Cancels running loads and waits for their threads (an interrupted query ends at once). */
    ~InventoryModel() override;

    /** Opens a connection to the inventory file (page reads; workers open their own). */
    bool open(const QString &databasePath, QString *error = nullptr);
    bool isOpen() const { return m_reader.isOpen(); }

    /**
     * Loads the rows of `filter` in the background; also the choices (types(), locations())
     * with `withChoices` or when the profile changed.
     */
    void setFilter(const Filter &filter, bool withChoices = false);
    const Filter &filter() const { return m_filter; }
    /** Tag id → name, for the tags column (takes effect with the next page read). */
    void setTagNames(const QHash<QString, QString> &names);
    /** Re-reads rows and choices in the background (after a run). */
    void refresh();

    /** A load is running whose result is not shown yet. */
    bool isLoading() const { return m_appliedGeneration != m_generation; }
    /** The newest request (every setFilter(), sort() and refresh() makes a new one). */
    quint64 generation() const { return m_generation; }
    /** Loads started whose result has not come back yet (also cancelled and stale ones). */
    int pendingLoads() const { return m_pendingLoads; }
    /** The row showing this asset, -1 when it is not shown. */
    int rowOfAsset(qint64 assetId) const;
    /** Why the newest load failed (empty when it did not). */
    QString loadError() const { return m_loadError; }

    /** Distinct types / locations of the profile's assets, sorted, from the newest load. */
    QStringList types() const { return m_types; }
    QStringList locations() const { return m_locations; }
    /** Distinct values of a column ("type", "location") of a profile's assets, sorted. */
    QStringList distinctValues(const QString &column, const QString &profileId) const;
    /** Every stored field of one asset, for the details pane (empty when gone). */
    QVariantMap assetDetails(qint64 assetId) const;
    QString lastError() const { return m_lastError; }

    void setLoadHookForTesting(LoadHook hook) { m_loadHook = std::move(hook); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /** isLoading() changed. */
    void loadingChanged(bool loading);
    /** The newest load is shown (after the model reset): `rows` assets. */
    void loaded(int rows);
    /** types() and locations() were re-read. */
    void choicesChanged();

private:
    struct Row
    {
        qint64 assetId = 0;
        QString cells[ColumnCount];
    };
    struct LoadRequest;
    struct LoadResult;
    static void runLoad(const LoadRequest &req, LoadResult *result);
    void startLoad();
    void applyLoad(const LoadResult &result);
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;

    QString m_path;
    mutable InventoryReader m_reader;
    Filter m_filter;
    QHash<QString, QString> m_tagNames;
    QVector<qint64> m_ids; ///< the matching assets, in display order
    int m_count = 0;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QString m_lastError;
    QString m_loadError;

    /** Loads run here (runInBackground): two threads, cleared and waited for on destruction. */
    QThreadPool m_pool;
    quint64 m_generation = 0;
    quint64 m_appliedGeneration = 0;
    int m_pendingLoads = 0;
    std::shared_ptr<std::atomic_bool> m_cancelRunning; ///< of the newest load
    bool m_choicesWanted = true;
    QString m_choicesProfileId;
    QStringList m_types;
    QStringList m_locations;
    LoadHook m_loadHook;
};

} // namespace atc
