#include "InventoryModel.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace atc::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// Sort expressions per column (whitelisted: never built from user text).
QString sortExpression(int column)
{
    switch (column) {
    case InventoryModel::TypeColumn:
        return u"r.type COLLATE NOCASE"_s;
    case InventoryModel::LocationColumn:
        return u"r.location COLLATE NOCASE"_s;
    case InventoryModel::ResourceGroupColumn:
        return u"r.resource_group COLLATE NOCASE"_s;
    case InventoryModel::SubscriptionColumn:
        return u"c.name COLLATE NOCASE"_s;
    case InventoryModel::FirstSeenColumn:
        return u"r.first_seen"_s;
    case InventoryModel::LastSeenColumn:
        return u"c.last_run"_s;
    case InventoryModel::RemovedColumn:
        return u"r.removed_at"_s;
    default:
        return u"r.name COLLATE NOCASE"_s;
    }
}

// Whitelisted column, so the text is never built from user input.
QString distinctQuery(const QString &column)
{
    return u"SELECT DISTINCT r."_s + column +
           u" FROM resources r JOIN subscription_connectors c ON c.id = r.connector_id "
           "WHERE c.profile_id = ? AND r."_s +
           column + u" <> '' ORDER BY 1 COLLATE NOCASE"_s;
}

// Case-insensitive order like the SQL lists (ties by case), no empty value.
QStringList sortedChoices(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.removeAll(QString());
    std::sort(list.begin(), list.end(), [](const QString &x, const QString &y) {
        const int c = x.compare(y, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x < y;
    });
    return list;
}

QString localTime(const QVariant &iso)
{
    const QString text = iso.toString();
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : text;
}

} // namespace

/** Everything a worker needs: no pointer into the model. */
struct InventoryModel::LoadRequest
{
    quint64 generation = 0;
    QString path;
    QString connectionName;
    QString idsSql;
    QVariantList binds;
    bool withChoices = false;
    QString profileId;
    std::shared_ptr<std::atomic_bool> cancel;
    LoadHook hook;
};

struct InventoryModel::LoadResult
{
    quint64 generation = 0;
    QVector<qint64> ids;
    QString error;
    bool withChoices = false;
    QString profileId;
    QStringList types;
    QStringList locations;
};

// Runs on a pool thread: its own read-only connection, added and removed on this thread.
// One read transaction, so the ids and the choices come from one snapshot of the file (WAL:
// a run may write meanwhile). A cancelled load stops inside SQLite (the progress handler).
void InventoryModel::runLoad(const LoadRequest &req, LoadResult *result)
{
    result->generation = req.generation;
    result->withChoices = req.withChoices;
    result->profileId = req.profileId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, req.connectionName);
        db.setDatabaseName(req.path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            result->error = db.lastError().text();
        } else {
            sqlite3 *handle = nullptr;
            const QVariant v = db.driver()->handle();
            if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
                handle = *static_cast<sqlite3 *const *>(v.constData());
            if (handle)
                sqlite3_progress_handler(
                    handle, 1000,
                    [](void *cancel) {
                        return static_cast<std::atomic_bool *>(cancel)->load() ? 1 : 0;
                    },
                    req.cancel.get());
            db.transaction();
            {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(req.idsSql);
                for (const QVariant &bind : req.binds)
                    q.addBindValue(bind);
                if (q.exec())
                    while (q.next() && !*req.cancel)
                        result->ids.push_back(q.value(0).toLongLong());
                // exec() or a step failed (an interrupted, cancelled load is no error)
                if (q.lastError().isValid() && !*req.cancel)
                    result->error = q.lastError().text();
            }
            if (req.hook)
                req.hook(req.generation);
            if (req.withChoices && result->error.isEmpty() && !*req.cancel) {
                // One pass over the profile's assets for both lists (the pairs are few).
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(u"SELECT DISTINCT r.type, r.location FROM resources r JOIN "
                          "subscription_connectors c ON c.id = r.connector_id WHERE "
                          "c.profile_id = ?"_s);
                q.addBindValue(req.profileId);
                QSet<QString> types, locations;
                if (q.exec()) {
                    while (q.next() && !*req.cancel) {
                        types.insert(q.value(0).toString());
                        locations.insert(q.value(1).toString());
                    }
                }
                result->types = sortedChoices(types);
                result->locations = sortedChoices(locations);
            }
            db.rollback(); // read only: ends the snapshot
            if (handle)
                sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(req.connectionName);
}

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_connectionName(u"atc-ui-inventory-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Two threads: a superseded load may still be winding down while the newest one runs.
    m_pool.setMaxThreadCount(2);
}

InventoryModel::~InventoryModel()
{
    if (m_cancelRunning)
        *m_cancelRunning = true;
    m_pool.clear();
    m_pool.waitForDone(); // cancelled: within 1,000 SQLite steps
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool InventoryModel::open(const QString &databasePath, QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(databasePath);
    // A reader next to the runtime's writer: WAL lets it read while a run writes.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        if (error)
            *error = m_lastError;
        return false;
    }
    m_path = databasePath;
    // A first read makes SQLite set up the WAL index, which the workers' read-only connections
    // need to find.
    QSqlQuery(m_db).exec(u"SELECT count(*) FROM sqlite_master"_s);
    return true;
}

void InventoryModel::setFilter(const Filter &filter, bool withChoices)
{
    m_filter = filter;
    if (withChoices)
        m_choicesWanted = true;
    startLoad();
}

void InventoryModel::setTagNames(const QHash<QString, QString> &names)
{
    m_tagNames = names;
    m_pages.clear(); // re-read with the new names; the caller's next setFilter() refreshes
}

QString InventoryModel::whereClause(const Filter &filter, QVariantList *binds)
{
    QStringList parts;
    parts << u"c.profile_id = ?"_s;
    *binds << filter.profileId;
    if (filter.connectorId > 0) {
        parts << u"r.connector_id = ?"_s;
        *binds << filter.connectorId;
    }
    if (!filter.includeRemoved)
        parts << u"r.removed_at IS NULL"_s;
    if (!filter.type.isEmpty()) {
        parts << u"r.type = ? COLLATE NOCASE"_s;
        *binds << filter.type;
    }
    if (!filter.location.isEmpty()) {
        parts << u"r.location = ? COLLATE NOCASE"_s;
        *binds << filter.location;
    }
    if (!filter.tagId.isEmpty()) {
        parts
            << u"EXISTS (SELECT 1 FROM asset_tags t WHERE t.asset_id = r.asset_id AND t.tag_id = ?)"_s;
        *binds << filter.tagId;
    }
    if (!filter.module.isEmpty()) {
        parts
            << u"EXISTS (SELECT 1 FROM asset_activation a WHERE a.asset_id = r.asset_id AND a.module = ?)"_s;
        *binds << filter.module;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        parts << u"(r.name LIKE ? ESCAPE '\\' OR r.resource_id LIKE ? ESCAPE '\\' OR "
                 "r.resource_group LIKE ? ESCAPE '\\')"_s;
        *binds << pattern << pattern << pattern;
    }
    return u" WHERE "_s + parts.join(u" AND "_s);
}

void InventoryModel::refresh()
{
    m_choicesWanted = true;
    startLoad();
}

void InventoryModel::startLoad()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    // The running load is superseded: stop it (its result would be dropped anyway).
    if (m_cancelRunning)
        *m_cancelRunning = true;
    m_cancelRunning = std::make_shared<std::atomic_bool>(false);
    ++m_pendingLoads;
    if (!m_db.isOpen() || m_filter.profileId.isEmpty()) {
        // Nothing to read; delivered like a worker's result, so callers see one behaviour.
        LoadResult empty;
        empty.generation = m_generation;
        empty.withChoices = true;
        empty.profileId = m_filter.profileId;
        QMetaObject::invokeMethod(
            this, [this, empty] { applyLoad(empty); }, Qt::QueuedConnection);
    } else {
        // One query picks and orders the matching asset ids (8 bytes each: 1.6 MB for 200,000);
        // pages are then read by primary key, so scrolling never sorts again.
        LoadRequest req;
        req.generation = m_generation;
        req.path = m_path;
        req.connectionName = m_connectionName + u"-load-"_s + QString::number(m_generation);
        const QString where = whereClause(m_filter, &req.binds);
        const QString order = sortExpression(m_sortColumn) +
                              (m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s);
        req.idsSql = u"SELECT r.asset_id FROM resources r JOIN subscription_connectors c ON c.id "
                     "= r.connector_id"_s +
                     where + u" ORDER BY "_s + order + u", r.asset_id"_s;
        req.withChoices = m_choicesWanted || m_filter.profileId != m_choicesProfileId;
        req.profileId = m_filter.profileId;
        req.cancel = m_cancelRunning;
        req.hook = m_loadHook;
        m_pool.start([this, req] {
            LoadResult result;
            runLoad(req, &result);
            // Queued to the model's thread; dropped by Qt if the model is gone by then.
            QMetaObject::invokeMethod(
                this, [this, result] { applyLoad(result); }, Qt::QueuedConnection);
        });
    }
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void InventoryModel::applyLoad(const LoadResult &result)
{
    --m_pendingLoads;
    if (result.generation != m_generation)
        return; // stale: a newer request is running or already shown
    m_appliedGeneration = result.generation;
    if (!result.error.isEmpty())
        qCWarning(lcUi) << "the inventory could not be read:" << result.error;
    beginResetModel();
    m_pages.clear();
    m_ids = result.error.isEmpty() ? result.ids : QVector<qint64>();
    m_count = int(m_ids.size());
    m_loadError = result.error;
    endResetModel();
    if (result.withChoices && result.error.isEmpty()) {
        m_choicesWanted = false;
        m_choicesProfileId = result.profileId;
        m_types = result.types;
        m_locations = result.locations;
        Q_EMIT choicesChanged();
    }
    // A slot of choicesChanged() may have asked for a newer load already.
    if (result.generation == m_generation) {
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded(m_count);
    }
}

int InventoryModel::rowOfAsset(qint64 assetId) const
{
    return int(m_ids.indexOf(assetId));
}

bool InventoryModel::loadPage(int page) const
{
    const int first = page * PageSize;
    const int last = qMin(first + PageSize, int(m_ids.size()));
    if (first >= last)
        return false;
    QStringList marks;
    for (int i = first; i < last; ++i)
        marks << u"?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT r.asset_id, r.type, r.name, r.location, r.resource_group, c.name, "
        "(SELECT group_concat(t.tag_id, ',') FROM asset_tags t WHERE t.asset_id = r.asset_id), "
        "(SELECT group_concat(a.module, ', ') FROM asset_activation a WHERE a.asset_id = "
        "r.asset_id), "
        "r.first_seen, CASE WHEN r.removed_at IS NULL THEN c.last_run END, r.removed_at "
        "FROM resources r JOIN subscription_connectors c ON c.id = r.connector_id "
        "WHERE r.asset_id IN ("_s +
        marks.join(u',') + u")"_s);
    for (int i = first; i < last; ++i)
        q.addBindValue(m_ids.at(i));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    QHash<qint64, Row> byId;
    while (q.next()) {
        Row r;
        r.assetId = q.value(0).toLongLong();
        for (int col = TypeColumn; col <= SubscriptionColumn; ++col)
            r.cells[col] = q.value(col + 1).toString();
        QStringList tags;
        const QStringList tagIds = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &id : tagIds)
            tags << m_tagNames.value(id, id);
        tags.sort(Qt::CaseInsensitive);
        r.cells[TagsColumn] = tags.join(u", "_s);
        r.cells[ModulesColumn] = q.value(7).toString();
        r.cells[FirstSeenColumn] = localTime(q.value(8));
        r.cells[LastSeenColumn] = localTime(q.value(9));
        r.cells[RemovedColumn] = localTime(q.value(10));
        byId.insert(r.assetId, r);
    }
    QVector<Row> rows;
    rows.reserve(last - first);
    for (int i = first; i < last; ++i)
        rows.push_back(byId.value(m_ids.at(i))); // an asset deleted meanwhile: an empty row
    // Keep memory bounded while scrolling through a huge inventory.
    if (m_pages.size() > 40)
        m_pages.clear();
    m_pages.insert(page, rows);
    return true;
}

const InventoryModel::Row *InventoryModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    const QVector<Row> &rows = m_pages[page];
    const int i = row % PageSize;
    return i < rows.size() ? &rows[i] : nullptr;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return r->cells[index.column()];
    if (role == AssetIdRole)
        return r->assetId;
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Location");
    case ResourceGroupColumn:
        return tr("Resource group");
    case SubscriptionColumn:
        return tr("Subscription connector");
    case TagsColumn:
        return tr("Tags");
    case ModulesColumn:
        return tr("Activated modules");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case RemovedColumn:
        return tr("Removed");
    default:
        return {};
    }
}

void InventoryModel::sort(int column, Qt::SortOrder order)
{
    if (column == TagsColumn || column == ModulesColumn)
        column = NameColumn; // computed lists: not worth an SQL sort
    m_sortColumn = column;
    m_sortOrder = order;
    startLoad();
}

QStringList InventoryModel::distinctValues(const QString &column, const QString &profileId) const
{
    QStringList values;
    if (!m_db.isOpen() || (column != u"type"_s && column != u"location"_s))
        return values;
    QSqlQuery q(m_db);
    q.prepare(distinctQuery(column));
    q.addBindValue(profileId);
    if (q.exec())
        while (q.next())
            values << q.value(0).toString();
    return values;
}

QVariantMap InventoryModel::assetDetails(qint64 assetId) const
{
    QVariantMap details;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT r.*, c.name AS connector_name, c.last_run AS connector_last_run, "
              "(SELECT group_concat(a.module, ', ') FROM asset_activation a WHERE a.asset_id = "
              "r.asset_id) AS modules FROM resources r JOIN subscription_connectors c ON c.id = "
              "r.connector_id WHERE r.asset_id = ?"_s);
    q.addBindValue(assetId);
    if (!q.exec() || !q.next())
        return details;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        if (rec.fieldName(i) != u"content_hash"_s)
            details.insert(rec.fieldName(i), q.value(i));
    return details;
}

} // namespace atc::ui
