#include "InventoryModel.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include "io/Background.h"

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace atc {

using namespace Qt::Literals::StringLiterals;

namespace {

// The model's columns → the read side's orders (the computed lists sort by name).
InventoryReader::SortKey sortKey(int column)
{
    switch (column) {
    case InventoryModel::TypeColumn:
        return InventoryReader::SortKey::Type;
    case InventoryModel::LocationColumn:
        return InventoryReader::SortKey::Location;
    case InventoryModel::ResourceGroupColumn:
        return InventoryReader::SortKey::ResourceGroup;
    case InventoryModel::SubscriptionColumn:
        return InventoryReader::SortKey::Subscription;
    case InventoryModel::FirstSeenColumn:
        return InventoryReader::SortKey::FirstSeen;
    case InventoryModel::LastSeenColumn:
        return InventoryReader::SortKey::LastSeen;
    case InventoryModel::RemovedColumn:
        return InventoryReader::SortKey::Removed;
    default:
        return InventoryReader::SortKey::Name;
    }
}

QString localTime(const QString &text)
{
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
    Filter filter;
    InventoryReader::SortKey sort = InventoryReader::SortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
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

// Runs on a pool thread: its own read-only reader, opened and closed on this thread. One
// read transaction, so the ids and the choices come from one snapshot of the file (WAL: a run
// may write meanwhile). A cancelled load stops inside SQLite (the reader's interrupt).
void InventoryModel::runLoad(const LoadRequest &req, LoadResult *result)
{
    result->generation = req.generation;
    result->withChoices = req.withChoices;
    result->profileId = req.profileId;
    InventoryReader reader;
    if (!reader.open(req.path, true, &result->error))
        return;
    const std::atomic_bool *cancel = req.cancel.get();
    reader.setInterrupt(cancel);
    reader.beginSnapshot();
    result->ids = reader.assetIds(req.filter, req.sort, req.order, &result->error, cancel);
    if (req.hook)
        req.hook(req.generation);
    if (req.withChoices && result->error.isEmpty() && !*cancel) {
        InventoryReader::Choices choices = reader.choices(req.profileId, cancel);
        result->types = std::move(choices.types);
        result->locations = std::move(choices.locations);
    }
    reader.endSnapshot();
    reader.setInterrupt(nullptr);
}

InventoryModel::InventoryModel(QObject *parent) : QAbstractTableModel(parent)
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
}

bool InventoryModel::open(const QString &databasePath, QString *error)
{
    // A reader next to the runtime's writer: WAL lets it read while a run writes.
    if (!m_reader.open(databasePath, false, &m_lastError)) {
        if (error)
            *error = m_lastError;
        return false;
    }
    m_path = databasePath;
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
    if (!m_reader.isOpen() || m_filter.profileId.isEmpty()) {
        // Nothing to read; delivered like a worker's result, so callers see one behaviour.
        LoadResult empty;
        empty.generation = m_generation;
        empty.withChoices = true;
        empty.profileId = m_filter.profileId;
        QMetaObject::invokeMethod(
            this, [this, empty] { applyLoad(empty); }, Qt::QueuedConnection);
    } else {
        // The matching asset ids in order (8 bytes each: 1.6 MB for 200,000); pages are then
        // read by primary key, so scrolling never sorts again.
        LoadRequest req;
        req.generation = m_generation;
        req.path = m_path;
        req.filter = m_filter;
        req.sort = sortKey(m_sortColumn);
        req.order = m_sortOrder;
        req.withChoices = m_choicesWanted || m_filter.profileId != m_choicesProfileId;
        req.profileId = m_filter.profileId;
        req.cancel = m_cancelRunning;
        req.hook = m_loadHook;
        // On the model's own pool (bounded, waited for in the destructor); the result is
        // delivered on the model's thread, or dropped if the model is gone by then.
        runInBackground(
            this,
            [req] {
                LoadResult result;
                runLoad(req, &result);
                return result;
            },
            [this](LoadResult result) { applyLoad(result); }, &m_pool);
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
    const QVector<qint64> ids = m_ids.mid(first, last - first);
    QList<InventoryReader::AssetListRow> read;
    if (!m_reader.assetRows(ids, &read)) {
        m_lastError = m_reader.lastError();
        return false;
    }
    QHash<qint64, Row> byId;
    for (const InventoryReader::AssetListRow &a : std::as_const(read)) {
        Row r;
        r.assetId = a.assetId;
        r.cells[TypeColumn] = a.type;
        r.cells[NameColumn] = a.name;
        r.cells[LocationColumn] = a.location;
        r.cells[ResourceGroupColumn] = a.resourceGroup;
        r.cells[SubscriptionColumn] = a.connectorName;
        QStringList tags;
        for (const QString &id : a.tagIds)
            tags << m_tagNames.value(id, id);
        tags.sort(Qt::CaseInsensitive);
        r.cells[TagsColumn] = tags.join(u", "_s);
        r.cells[ModulesColumn] = a.modules;
        r.cells[FirstSeenColumn] = localTime(a.firstSeen);
        r.cells[LastSeenColumn] = localTime(a.lastSeen);
        r.cells[RemovedColumn] = localTime(a.removedAt);
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
    return m_reader.distinctValues(column, profileId);
}

QVariantMap InventoryModel::assetDetails(qint64 assetId) const
{
    return m_reader.assetDetails(assetId);
}

} // namespace atc
