#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace atc::ui {

/**
 * The assets of a tenant connector (or one subscription connector) straight from the SQLite
 * inventory, for a QTableView. Filtering and sorting happen in SQL: one query returns the
 * matching asset ids in order (8 bytes per asset); rows are read by primary key in windows
 * of PageSize when the view paints them, so the whole table is never loaded. Uses its own read
 * connection to the inventory file, on the thread that created the model.
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

    struct Filter
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

    explicit InventoryModel(QObject *parent = nullptr);
    ~InventoryModel() override;

    /** Opens a read connection to the inventory file. */
    bool open(const QString &databasePath, QString *error = nullptr);
    QSqlDatabase database() const { return m_db; }

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    /** Tag id → name, for the tags column (takes effect with the next page read). */
    void setTagNames(const QHash<QString, QString> &names);
    /** Re-reads the count and drops cached pages (after a run). */
    void refresh();

    /** Distinct values of a column ("type", "location") of a profile's assets, sorted. */
    QStringList distinctValues(const QString &column, const QString &profileId) const;
    /** Every stored field of one asset, for the details pane (empty when gone). */
    QVariantMap assetDetails(qint64 assetId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        qint64 assetId = 0;
        QString cells[ColumnCount];
    };
    QString whereClause(QVariantList *binds) const;
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    Filter m_filter;
    QHash<QString, QString> m_tagNames;
    QVector<qint64> m_ids; ///< the matching assets, in display order
    int m_count = 0;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QString m_lastError;
};

} // namespace atc::ui
