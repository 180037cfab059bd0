#include "InventoryReader.h"

#include <algorithm>

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace atc {

namespace {

// Sort expressions (whitelisted: never built from user text).
QString sortExpression(InventoryReader::SortKey key)
{
    switch (key) {
    case InventoryReader::SortKey::Type:
        return u"r.type COLLATE NOCASE"_s;
    case InventoryReader::SortKey::Location:
        return u"r.location COLLATE NOCASE"_s;
    case InventoryReader::SortKey::ResourceGroup:
        return u"r.resource_group COLLATE NOCASE"_s;
    case InventoryReader::SortKey::Subscription:
        return u"c.name COLLATE NOCASE"_s;
    case InventoryReader::SortKey::FirstSeen:
        return u"r.first_seen"_s;
    case InventoryReader::SortKey::LastSeen:
        return u"c.last_run"_s;
    case InventoryReader::SortKey::Removed:
        return u"r.removed_at"_s;
    case InventoryReader::SortKey::Name:
        break;
    }
    return u"r.name COLLATE NOCASE"_s;
}

QString whereClause(const InventoryReader::AssetFilter &filter, QVariantList *binds)
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

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

InventoryReader::InventoryReader()
    : m_connectionName(u"atc-inventory-reader-"_s +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

InventoryReader::~InventoryReader()
{
    if (!m_db.isValid())
        return;
    setInterrupt(nullptr);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool InventoryReader::open(const QString &path, bool readOnly, QString *error)
{
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                    : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        if (error)
            *error = m_lastError;
        return false;
    }
    m_path = path;
    // A first read makes SQLite set up the WAL index, which read-only connections need to find.
    if (!readOnly)
        QSqlQuery(m_db).exec(u"SELECT count(*) FROM sqlite_master"_s);
    return true;
}

bool InventoryReader::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

sqlite3 *InventoryReader::sqliteHandle() const
{
    if (!isOpen())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

void InventoryReader::setInterrupt(const std::atomic_bool *cancel)
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return;
    if (cancel) {
        sqlite3_progress_handler(
            handle, 1000,
            [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancel));
        m_interruptSet = true;
    } else if (m_interruptSet) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        m_interruptSet = false;
    }
}

void InventoryReader::beginSnapshot()
{
    m_db.transaction();
}

void InventoryReader::endSnapshot()
{
    m_db.rollback(); // read only: ends the snapshot
}

QVector<qint64> InventoryReader::assetIds(const AssetFilter &filter, SortKey sort,
                                          Qt::SortOrder order, QString *error,
                                          const std::atomic_bool *cancel)
{
    // One query picks and orders the matching asset ids (8 bytes each: 1.6 MB for 200,000);
    // pages are then read by primary key, so scrolling never sorts again.
    QVector<qint64> ids;
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    const QString orderBy =
        sortExpression(sort) + (order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.asset_id FROM resources r JOIN subscription_connectors c ON c.id "
              "= r.connector_id"_s +
              where + u" ORDER BY "_s + orderBy + u", r.asset_id"_s);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (q.exec())
        while (q.next() && !cancelled(cancel))
            ids.push_back(q.value(0).toLongLong());
    // exec() or a step failed (an interrupted, cancelled load is no error)
    if (q.lastError().isValid() && !cancelled(cancel)) {
        m_lastError = q.lastError().text();
        if (error)
            *error = m_lastError;
        ids.clear();
    }
    return ids;
}

InventoryReader::Choices InventoryReader::choices(const QString &profileId,
                                                  const std::atomic_bool *cancel)
{
    // One pass over the profile's assets for both lists (the pairs are few).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT r.type, r.location FROM resources r JOIN "
              "subscription_connectors c ON c.id = r.connector_id WHERE "
              "c.profile_id = ?"_s);
    q.addBindValue(profileId);
    QSet<QString> types, locations;
    if (q.exec()) {
        while (q.next() && !cancelled(cancel)) {
            types.insert(q.value(0).toString());
            locations.insert(q.value(1).toString());
        }
    }
    return {sortedChoices(types), sortedChoices(locations)};
}

bool InventoryReader::assetRows(const QVector<qint64> &ids, QList<AssetListRow> *rows)
{
    if (ids.isEmpty())
        return true;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
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
    for (const qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        AssetListRow r;
        r.assetId = q.value(0).toLongLong();
        r.type = q.value(1).toString();
        r.name = q.value(2).toString();
        r.location = q.value(3).toString();
        r.resourceGroup = q.value(4).toString();
        r.connectorName = q.value(5).toString();
        r.tagIds = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
        r.modules = q.value(7).toString();
        r.firstSeen = q.value(8).toString();
        r.lastSeen = q.value(9).toString();
        r.removedAt = q.value(10).toString();
        rows->append(r);
    }
    return true;
}

QVariantMap InventoryReader::assetDetails(qint64 assetId)
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

QStringList InventoryReader::distinctValues(const QString &column, const QString &profileId)
{
    QStringList values;
    // Whitelisted column, so the text is never built from user input.
    if (!isOpen() || (column != u"type"_s && column != u"location"_s))
        return values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT r."_s + column +
              u" FROM resources r JOIN subscription_connectors c ON c.id = r.connector_id "
              "WHERE c.profile_id = ? AND r."_s +
              column + u" <> '' ORDER BY 1 COLLATE NOCASE"_s);
    q.addBindValue(profileId);
    if (q.exec())
        while (q.next())
            values << q.value(0).toString();
    return values;
}

} // namespace atc
