#include "InventoryDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include "InventorySchema.h"
#include "InventorySql.h"
#include "InventoryWriteBatch.h"
#include "io/PrivatePaths.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInventory, "atc.runtime.inventory")

namespace atc {

using namespace inventory_sql;

namespace {

SubscriptionConnector connectorFromQuery(const QSqlQuery &q)
{
    SubscriptionConnector c;
    c.id = q.value(0).toLongLong();
    c.profileId = q.value(1).toString();
    c.subscriptionId = q.value(2).toString();
    c.subscriptionName = q.value(3).toString();
    c.name = q.value(4).toString();
    connectorStateFromString(q.value(5).toString(), &c.state);
    c.attached = q.value(6).toBool();
    c.disabled = q.value(7).toBool();
    c.flag = flagReasonFromString(q.value(8).toString());
    c.created = fromSql(q.value(9));
    c.lastRun = fromSql(q.value(10));
    c.nextRun = fromSql(q.value(11));
    c.assetCount = q.value(12).toInt();
    c.lastError = q.value(13).toString();
    c.managementGroupPath = q.value(14).toString();
    return c;
}

const char kConnectorColumns[] =
    "id, profile_id, subscription_id, subscription_name, name, state, attached, disabled, "
    "flagged_reason, created_at, last_run, next_run, asset_count, last_error, "
    "management_group_path";

} // namespace

QString InventoryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           "/inventory.sqlite"_L1;
}

InventoryDatabase::InventoryDatabase(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path)),
      m_connectionName(u"atc-inventory-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

InventoryDatabase::~InventoryDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool InventoryDatabase::fail(const QString &what, const QString &detail)
{
    m_lastError = tr("Inventory database %1: %2 (%3)").arg(m_path, what, detail);
    qCWarning(lcInventory).noquote() << m_lastError;
    return false;
}

bool InventoryDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (readFailed(q)) { // a damaged file: the words say what to do
            m_lastError = m_readError;
            return false;
        }
        return fail(tr("statement failed"), q.lastError().text());
    }
    return true;
}

QString InventoryDatabase::damagedMessage(const QString &path, const QString &detail)
{
    return tr("The inventory %1 is damaged (%2). Restore it from a backup, or delete it "
              "(with its -wal and -shm files) to rebuild it on the next run.")
        .arg(QDir::toNativeSeparators(path), detail);
}

void InventoryDatabase::beginRead() const
{
    m_readError.clear();
}

bool InventoryDatabase::readFailed(const QSqlQuery &q) const
{
    const QSqlError e = q.lastError();
    if (e.type() == QSqlError::NoError)
        return false;
    // The primary result code: SQLITE_CORRUPT (11) or SQLITE_NOTADB (26), in any extended form.
    const int code = e.nativeErrorCode().toInt() & 0xff;
    const QString detail = e.driverText().isEmpty() ? e.text() : e.driverText();
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        m_damaged = true;
        m_readError =
            damagedMessage(m_path, e.databaseText().isEmpty() ? detail : e.databaseText());
    } else {
        m_readError = tr("The inventory %1 cannot be read: %2")
                          .arg(QDir::toNativeSeparators(m_path), e.text());
    }
    qCWarning(lcInventory).noquote() << m_readError;
    return true;
}

bool InventoryDatabase::open(QString *error)
{
    auto bail = [&] {
        if (error)
            *error = m_lastError;
        return false;
    };
    // Private: a 0700 folder and a 0600 file (SQLite gives -wal and -shm the file's mode).
    QString reason;
    if (!PrivatePaths::makeFolder(QFileInfo(m_path).absolutePath(), &reason) ||
        !PrivatePaths::makeFile(m_path, &reason)) {
        fail(tr("cannot create the file"), reason);
        return bail();
    }
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open()) {
        fail(tr("cannot open"), m_db.lastError().text());
        return bail();
    }
    if (!exec(u"PRAGMA journal_mode=WAL"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s) ||
        !exec(u"PRAGMA foreign_keys=ON"_s) || !exec(u"PRAGMA cache_size=-32768"_s) ||
        !exec(u"PRAGMA temp_store=MEMORY"_s))
        return bail();
    if (!migrate(error))
        return bail();
    return true;
}

bool InventoryDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int InventoryDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool InventoryDatabase::integrityCheck(QString *detail) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next()) {
        if (detail)
            *detail = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (detail)
        *detail = result;
    return result == "ok"_L1;
}

bool InventoryDatabase::migrate(QString *error)
{
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        fail(tr("was written by a newer version of the application"),
             tr("schema %1, this version knows %2").arg(version).arg(SchemaVersion));
        if (error)
            *error = m_lastError;
        return false;
    }
    for (int v = version; v < SchemaVersion; ++v) {
        if (!m_db.transaction())
            return fail(tr("cannot start a transaction"), m_db.lastError().text());
        const QStringList statements = InventorySchema::migration(v);
        for (const QString &s : statements) {
            if (!exec(s)) {
                m_db.rollback();
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version = %1"_s.arg(v + 1)) || !m_db.commit()) {
            m_db.rollback();
            return fail(tr("migration failed"), m_db.lastError().text());
        }
        qCInfo(lcInventory) << "inventory schema migrated to" << v + 1;
    }
    return true;
}

// --- connectors ---------------------------------------------------------------------------

QList<SubscriptionConnector> InventoryDatabase::connectors(const QString &profileId) const
{
    QList<SubscriptionConnector> out;
    QSqlQuery q(m_db);
    QString sql =
        u"SELECT "_s + QLatin1String(kConnectorColumns) + u" FROM subscription_connectors"_s;
    if (!profileId.isEmpty())
        sql += u" WHERE profile_id = ?"_s;
    sql += u" ORDER BY profile_id, name COLLATE NOCASE, id"_s;
    q.setForwardOnly(true); // read once: no cached copy of every row as QVariants
    beginRead();
    q.prepare(sql);
    if (!profileId.isEmpty())
        q.addBindValue(profileId);
    if (!q.exec()) {
        readFailed(q);
        return out;
    }
    while (q.next())
        out.append(connectorFromQuery(q));
    readFailed(q); // a damaged page ends next() like the last row: not the end of the rows
    return out;
}

std::optional<SubscriptionConnector> InventoryDatabase::connector(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + QLatin1String(kConnectorColumns) +
              u" FROM subscription_connectors WHERE id = ?"_s);
    q.addBindValue(id);
    beginRead();
    if (q.exec() && q.next())
        return connectorFromQuery(q);
    readFailed(q);
    return std::nullopt;
}

bool InventoryDatabase::saveConnectors(QList<SubscriptionConnector> &list)
{
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction"), m_db.lastError().text());
    QSqlQuery ins(m_db);
    ins.prepare(u"INSERT INTO subscription_connectors (profile_id, subscription_id, "
                "subscription_name, name, state, attached, disabled, flagged_reason, created_at, "
                "last_run, next_run, asset_count, last_error, management_group_path) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery upd(m_db);
    upd.prepare(u"UPDATE subscription_connectors SET subscription_name = ?, name = ?, state = ?, "
                "attached = ?, disabled = ?, flagged_reason = ?, last_run = ?, next_run = ?, "
                "asset_count = ?, last_error = ?, management_group_path = ? WHERE id = ?"_s);
    for (SubscriptionConnector &c : list) {
        bool ok;
        if (c.id == 0) {
            ins.addBindValue(c.profileId);
            ins.addBindValue(c.subscriptionId);
            ins.addBindValue(c.subscriptionName);
            ins.addBindValue(c.name);
            ins.addBindValue(connectorStateToString(c.state));
            ins.addBindValue(c.attached ? 1 : 0);
            ins.addBindValue(c.disabled ? 1 : 0);
            ins.addBindValue(nullIfEmpty(flagReasonToString(c.flag)));
            ins.addBindValue(toSql(c.created));
            ins.addBindValue(toSql(c.lastRun));
            ins.addBindValue(toSql(c.nextRun));
            ins.addBindValue(c.assetCount);
            ins.addBindValue(nullIfEmpty(c.lastError));
            ins.addBindValue(nullIfEmpty(c.managementGroupPath));
            ok = ins.exec();
            if (ok)
                c.id = ins.lastInsertId().toLongLong();
        } else {
            upd.addBindValue(c.subscriptionName);
            upd.addBindValue(c.name);
            upd.addBindValue(connectorStateToString(c.state));
            upd.addBindValue(c.attached ? 1 : 0);
            upd.addBindValue(c.disabled ? 1 : 0);
            upd.addBindValue(nullIfEmpty(flagReasonToString(c.flag)));
            upd.addBindValue(toSql(c.lastRun));
            upd.addBindValue(toSql(c.nextRun));
            upd.addBindValue(c.assetCount);
            upd.addBindValue(nullIfEmpty(c.lastError));
            upd.addBindValue(nullIfEmpty(c.managementGroupPath));
            upd.addBindValue(c.id);
            ok = upd.exec();
        }
        if (!ok) {
            const QString detail = (c.id == 0 ? ins : upd).lastError().text();
            m_db.rollback();
            // New rows keep id 0 on failure: nothing was stored.
            return fail(tr("cannot save connector %1").arg(c.name), detail);
        }
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("cannot save connectors"), detail);
    }
    return true;
}

bool InventoryDatabase::setConnectorStates(const QList<qint64> &ids, ConnectorState state,
                                           const std::optional<QString> &lastError)
{
    if (ids.isEmpty())
        return true;
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction"), m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(lastError ? u"UPDATE subscription_connectors SET state = ?, last_error = ? "
                          "WHERE id = ?"_s
                        : u"UPDATE subscription_connectors SET state = ? WHERE id = ?"_s);
    for (qint64 id : ids) {
        q.addBindValue(connectorStateToString(state));
        if (lastError)
            q.addBindValue(nullIfEmpty(*lastError));
        q.addBindValue(id);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            m_db.rollback();
            return fail(tr("cannot set connector states"), detail);
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return fail(tr("cannot set connector states"), m_db.lastError().text());
    }
    return true;
}

std::optional<TenantConnectorStatus> InventoryDatabase::tenantStatus(const QString &profileId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT state, last_run, next_run, last_error, subscriptions_in_scope "
              "FROM tenant_connectors WHERE profile_id = ?"_s);
    q.addBindValue(profileId);
    beginRead();
    if (!q.exec() || !q.next()) {
        readFailed(q);
        return std::nullopt;
    }
    TenantConnectorStatus s;
    s.profileId = profileId;
    connectorStateFromString(q.value(0).toString(), &s.state);
    s.lastRun = fromSql(q.value(1));
    s.nextRun = fromSql(q.value(2));
    s.lastError = q.value(3).toString();
    s.subscriptionsInScope = q.value(4).toInt();
    return s;
}

bool InventoryDatabase::saveTenantStatus(const TenantConnectorStatus &s)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO tenant_connectors (profile_id, state, last_run, next_run, last_error, "
              "subscriptions_in_scope) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id) DO "
              "UPDATE SET state = excluded.state, last_run = excluded.last_run, "
              "next_run = excluded.next_run, last_error = excluded.last_error, "
              "subscriptions_in_scope = excluded.subscriptions_in_scope"_s);
    q.addBindValue(s.profileId);
    q.addBindValue(connectorStateToString(s.state));
    q.addBindValue(toSql(s.lastRun));
    q.addBindValue(toSql(s.nextRun));
    q.addBindValue(nullIfEmpty(s.lastError));
    q.addBindValue(s.subscriptionsInScope);
    if (!q.exec())
        return fail(tr("cannot save the tenant connector state"), q.lastError().text());
    return true;
}

QStringList InventoryDatabase::profileIds() const
{
    QStringList out;
    QSqlQuery q(m_db);
    beginRead();
    if (q.exec(u"SELECT profile_id FROM tenant_connectors UNION "
               "SELECT profile_id FROM subscription_connectors ORDER BY 1"_s)) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    readFailed(q);
    return out;
}

bool InventoryDatabase::removeProfileData(const QString &profileId, QString *error)
{
    auto bail = [&](const QString &detail) {
        m_db.rollback();
        fail(tr("cannot delete the inventory of the connector"), detail);
        if (error)
            *error = m_lastError;
        return false;
    };
    if (!m_db.transaction()) {
        fail(tr("cannot start a transaction"), m_db.lastError().text());
        if (error)
            *error = m_lastError;
        return false;
    }
    static const char *const statements[] = {
        "DELETE FROM asset_tags WHERE asset_id IN (SELECT r.asset_id FROM resources r JOIN "
        "subscription_connectors c ON c.id = r.connector_id WHERE c.profile_id = ?)",
        "DELETE FROM asset_activation WHERE asset_id IN (SELECT r.asset_id FROM resources r "
        "JOIN subscription_connectors c ON c.id = r.connector_id WHERE c.profile_id = ?)",
        "DELETE FROM resources WHERE connector_id IN (SELECT id FROM subscription_connectors "
        "WHERE profile_id = ?)",
        "DELETE FROM runs WHERE profile_id = ?",
        "DELETE FROM subscription_connectors WHERE profile_id = ?",
        "DELETE FROM tenant_connectors WHERE profile_id = ?"};
    for (const char *sql : statements) {
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(profileId);
        if (!q.exec())
            return bail(q.lastError().text());
    }
    if (!m_db.commit())
        return bail(m_db.lastError().text());
    return true;
}

// --- inventory ----------------------------------------------------------------------------

sqlite3 *InventoryDatabase::sqliteHandle() const
{
    if (!isOpen())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool InventoryDatabase::writeInventories(const QList<SubscriptionInventory> &inventories,
                                         const AssetRules &rules, const QDateTime &now,
                                         RunCounts *total, QHash<qint64, RunCounts> *perConnector)
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return fail(tr("cannot write"), tr("the SQLite driver gives no database handle"));
    // IMMEDIATE: the write lock now, waiting (busy timeout) for another run's batch. A deferred
    // transaction reads first and then cannot upgrade once another connection has written
    // (SQLITE_BUSY at once, no wait): two profiles of one `atc run --all` failed that way.
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    RunCounts sum;
    InventoryWriteBatch::Failure failure;
    if (!InventoryWriteBatch::write(handle, inventories, rules, now, &sum, perConnector,
                                    &failure)) {
        m_db.rollback();
        return fail(failure.what, failure.detail);
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("cannot commit the inventory"), detail);
    }
    if (total)
        *total += sum;
    return true;
}

namespace {
// FROM/WHERE of the export query and its binds, shared by forEachAsset() and countAssets().
QString exportWhere(const InventoryDatabase::ExportFilter &filter, QVariantList *binds)
{
    QString sql = u" FROM resources r JOIN subscription_connectors c ON c.id = r.connector_id "
                  "WHERE 1 = 1"_s;
    if (!filter.profileId.isEmpty()) {
        sql += u" AND c.profile_id = ?"_s;
        *binds << filter.profileId;
    }
    if (!filter.subscription.isEmpty()) {
        sql += u" AND (c.subscription_id = ? COLLATE NOCASE OR c.name = ? COLLATE NOCASE)"_s;
        *binds << filter.subscription << filter.subscription;
    }
    if (!filter.includeRemoved)
        sql += u" AND r.removed_at IS NULL"_s;
    return sql;
}
} // namespace

int InventoryDatabase::countAssets(const ExportFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*)"_s + exportWhere(filter, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    beginRead();
    if (q.exec() && q.next())
        return q.value(0).toInt();
    readFailed(q);
    return -1;
}

bool InventoryDatabase::forEachAsset(const ExportFilter &filter,
                                     const std::function<void(const AssetRow &)> &row,
                                     const std::atomic_bool *cancel) const
{
    QString sql = u"SELECT c.profile_id, r.connector_id, c.name, r.resource_id, "
                  "r.subscription_id, r.type, r.name, r.location, r.resource_group, r.kind, "
                  "r.tags, %1, r.public_ips, r.fqdns, r.first_seen, r.last_changed, "
                  "r.removed_at, "
                  "(SELECT group_concat(tag_id, char(10)) FROM asset_tags t "
                  " WHERE t.asset_id = r.asset_id), "
                  "(SELECT group_concat(module, char(10)) FROM asset_activation a "
                  " WHERE a.asset_id = r.asset_id)"_s.arg(filter.withProperties ? "r.properties"_L1
                                                                                : "NULL"_L1);
    QVariantList binds;
    sql += exportWhere(filter, &binds);
    sql += u" ORDER BY c.profile_id, c.name COLLATE NOCASE, r.resource_key"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    beginRead();
    if (!q.exec()) {
        readFailed(q);
        return false;
    }
    auto split = [](const QVariant &v) {
        QStringList l = v.toString().split(u'\n', Qt::SkipEmptyParts);
        l.sort();
        return l;
    };
    while (q.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        AssetRow a;
        a.profileId = q.value(0).toString();
        a.connectorId = q.value(1).toLongLong();
        a.connectorName = q.value(2).toString();
        a.resourceId = q.value(3).toString();
        a.subscriptionId = q.value(4).toString();
        a.type = q.value(5).toString();
        a.name = q.value(6).toString();
        a.location = q.value(7).toString();
        a.resourceGroup = q.value(8).toString();
        a.kind = q.value(9).toString();
        a.tagsJson = q.value(10).toString();
        a.propertiesJson = q.value(11).toString();
        a.publicIps = listFromJson(q.value(12).toString());
        a.fqdns = listFromJson(q.value(13).toString());
        a.firstSeen = fromSql(q.value(14));
        a.lastChanged = fromSql(q.value(15));
        a.removedAt = fromSql(q.value(16));
        a.assetTags = split(q.value(17));
        a.activation = split(q.value(18));
        row(a);
    }
    return !readFailed(q); // a damaged page ends next() like the last row
}

QList<InventoryDatabase::PerimeterTarget>
InventoryDatabase::perimeterTargets(const QString &profileId) const
{
    QString sql = u"SELECT r.public_ips, r.fqdns, r.resource_id, c.profile_id FROM resources r "
                  "JOIN asset_activation a ON a.asset_id = r.asset_id AND a.module = 'CPS' "
                  "JOIN subscription_connectors c ON c.id = r.connector_id "
                  "WHERE r.removed_at IS NULL AND c.disabled = 0"_s;
    if (!profileId.isEmpty())
        sql += u" AND c.profile_id = ?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!profileId.isEmpty())
        q.addBindValue(profileId);
    QMap<QString, PerimeterTarget> unique; // sorted by target, case-insensitively
    beginRead();
    if (q.exec()) {
        while (q.next()) {
            const QString resourceId = q.value(2).toString();
            const QString profile = q.value(3).toString();
            for (const QString &ip : listFromJson(q.value(0).toString()))
                unique.insert(ip.toLower(), PerimeterTarget{ip, u"ip"_s, resourceId, profile});
            for (const QString &f : listFromJson(q.value(1).toString()))
                unique.insert(f.toLower(),
                              PerimeterTarget{f.toLower(), u"fqdn"_s, resourceId, profile});
        }
    }
    if (readFailed(q))
        return {}; // incomplete: never a partial list to scan
    return unique.values();
}

// --- run history --------------------------------------------------------------------------

namespace {

// The details column: {"kept": n, "changes": [{"kind", "name", "subscriptionId", "reason"}],
// "errorCodes": [...]}; NULL for runs recorded before schema 3 (kept reads -1: unknown).
QVariant runDetailsJson(const RunSummary &s)
{
    QJsonArray changes;
    for (const RunConnectorChange &c : s.connectorChanges) {
        QJsonObject o{{u"kind"_s, RunConnectorChange::kindToString(c.kind)},
                      {u"name"_s, c.name},
                      {u"subscriptionId"_s, c.subscriptionId}};
        if (c.reason != FlagReason::None)
            o.insert(u"reason"_s, flagReasonToString(c.reason));
        changes.append(o);
    }
    const QJsonObject details{{u"kept"_s, s.connectorsKept},
                              {u"changes"_s, changes},
                              {u"errorCodes"_s, QJsonArray::fromStringList(s.errorCodes)}};
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

void readRunDetails(const QString &json, RunSummary *s)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s->connectorsKept = o.value(u"kept"_s).toInt(-1);
    for (const QJsonValue &v : o.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        RunConnectorChange change;
        change.kind = RunConnectorChange::kindFromString(c.value(u"kind"_s).toString());
        change.name = c.value(u"name"_s).toString();
        change.subscriptionId = c.value(u"subscriptionId"_s).toString();
        change.reason = flagReasonFromString(c.value(u"reason"_s).toString());
        s->connectorChanges.append(change);
    }
    for (const QJsonValue &v : o.value(u"errorCodes"_s).toArray())
        s->addErrorCode(v.toString());
}

} // namespace

qint64 InventoryDatabase::beginRun(const QString &profileId, qint64 connectorId,
                                   const QString &kind, const QDateTime &started)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO runs (profile_id, connector_id, kind, started_at, state) "
              "VALUES (?, ?, ?, ?, 'RUNNING')"_s);
    q.addBindValue(profileId);
    q.addBindValue(connectorId > 0 ? QVariant(connectorId)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(kind);
    q.addBindValue(toText(started));
    if (!q.exec()) {
        fail(tr("cannot record the run"), q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool InventoryDatabase::finishRun(const RunSummary &s)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE runs SET finished_at = ?, state = ?, cancelled = ?, assets_created = ?, "
              "assets_updated = ?, assets_removed = ?, connectors_created = ?, "
              "connectors_disabled = ?, subscriptions_ok = ?, subscriptions_failed = ?, "
              "errors = ?, details = ?, connectors_flagged = ?, connectors_reattached = ?, "
              "assets_unchanged = ? WHERE id = ?"_s);
    q.addBindValue(toText(s.finished));
    q.addBindValue(connectorStateToString(s.state));
    q.addBindValue(s.cancelled ? 1 : 0);
    q.addBindValue(s.counts.assetsCreated);
    q.addBindValue(s.counts.assetsUpdated);
    q.addBindValue(s.counts.assetsRemoved);
    q.addBindValue(s.counts.connectorsCreated);
    q.addBindValue(s.counts.connectorsDisabled);
    q.addBindValue(s.counts.subscriptionsOk);
    q.addBindValue(s.counts.subscriptionsFailed);
    q.addBindValue(nullIfEmpty(s.errors.join(u'\n')));
    q.addBindValue(runDetailsJson(s));
    q.addBindValue(s.counts.connectorsFlagged);
    q.addBindValue(s.counts.connectorsReattached);
    q.addBindValue(s.counts.assetsUnchanged);
    q.addBindValue(s.runId);
    if (!q.exec())
        return fail(tr("cannot record the run"), q.lastError().text());
    return true;
}

QList<RunSummary> InventoryDatabase::runs(const QString &profileId, int limit) const
{
    QList<RunSummary> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, profile_id, started_at, finished_at, state, cancelled, "
              "assets_created, assets_updated, assets_removed, connectors_created, "
              "connectors_disabled, subscriptions_ok, subscriptions_failed, errors, details, "
              "connectors_flagged, connectors_reattached, assets_unchanged, kind FROM runs "
              "WHERE profile_id = ? ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(profileId);
    q.addBindValue(limit);
    beginRead();
    if (!q.exec()) {
        readFailed(q);
        return out;
    }
    while (q.next()) {
        RunSummary s;
        s.runId = q.value(0).toLongLong();
        s.profileId = q.value(1).toString();
        s.started = fromSql(q.value(2));
        s.finished = fromSql(q.value(3));
        connectorStateFromString(q.value(4).toString(), &s.state);
        s.cancelled = q.value(5).toBool();
        s.counts.assetsCreated = q.value(6).toInt();
        s.counts.assetsUpdated = q.value(7).toInt();
        s.counts.assetsRemoved = q.value(8).toInt();
        s.counts.connectorsCreated = q.value(9).toInt();
        s.counts.connectorsDisabled = q.value(10).toInt();
        s.counts.subscriptionsOk = q.value(11).toInt();
        s.counts.subscriptionsFailed = q.value(12).toInt();
        s.errors = q.value(13).toString().split(u'\n', Qt::SkipEmptyParts);
        readRunDetails(q.value(14).toString(), &s);
        s.counts.connectorsFlagged = q.value(15).toInt();
        s.counts.connectorsReattached = q.value(16).toInt();
        s.counts.assetsUnchanged = q.value(17).toInt();
        s.kind = q.value(18).toString();
        out.append(s);
    }
    readFailed(q);
    return out;
}

QString InventoryDatabase::interruptedRunMessage()
{
    return tr("Interrupted: the process running it ended before the run finished (it was "
              "killed, crashed or the computer stopped). Its changes up to then were kept.");
}

int InventoryDatabase::markInterruptedRuns(const QString &profileId, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE runs SET state = 'ERROR', finished_at = ?, "
              "errors = CASE WHEN errors IS NULL OR errors = '' THEN ? ELSE ? || char(10) || "
              "errors END WHERE profile_id = ? AND state = 'RUNNING'"_s);
    q.addBindValue(toText(now));
    q.addBindValue(interruptedRunMessage());
    q.addBindValue(interruptedRunMessage());
    q.addBindValue(profileId);
    if (!q.exec()) {
        fail(tr("cannot record the run"), q.lastError().text());
        return 0;
    }
    return q.numRowsAffected();
}

int InventoryDatabase::assetCount(qint64 connectorId, bool includeRemoved) const
{
    QSqlQuery q(m_db);
    q.prepare(
        includeRemoved
            ? u"SELECT count(*) FROM resources WHERE connector_id = ?"_s
            : u"SELECT count(*) FROM resources WHERE connector_id = ? AND removed_at IS NULL"_s);
    q.addBindValue(connectorId);
    beginRead();
    if (q.exec() && q.next())
        return q.value(0).toInt();
    readFailed(q);
    return -1;
}

} // namespace atc
