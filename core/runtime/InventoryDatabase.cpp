#include "InventoryDatabase.h"

#include <array>
#include <cstring>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

#include "ActivationMapper.h"
#include "TagEvaluator.h"
#include "io/PrivatePaths.h"

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInventory, "atc.runtime.inventory")

namespace atc {

namespace {

QString toText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant toSql(const QDateTime &t)
{
    return t.isValid() ? QVariant(toText(t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromSql(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The stored JSON must stay byte-identical to QJsonDocument's compact output (content and
// exports compare it), without building a QJsonObject per asset: plain strings are written
// directly (Qt escapes only '"' and '\\' there); a string with a control character or a
// surrogate falls back to QJsonDocument.
bool appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || QChar::isSurrogate(u))
            return false;
        if (u == u'"' || u == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return true;
}

QString jsonList(const QStringList &list)
{
    if (list.isEmpty())
        return u"[]"_s;
    QString out = u"["_s;
    for (const QString &s : list) {
        if (out.size() > 1)
            out += u',';
        if (!appendJsonString(out, s))
            return QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }
    out += u']';
    return out;
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QString tagsJson(const QMap<QString, QString> &tags)
{
    if (tags.isEmpty())
        return u"{}"_s;
    // QMap and QJsonObject order keys alike (UTF-16 code units).
    QString out = u"{"_s;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (out.size() > 1)
            out += u',';
        const bool keyOk = appendJsonString(out, it.key());
        out += u':';
        if (!keyOk || !appendJsonString(out, it.value())) {
            QJsonObject o;
            for (auto jt = tags.cbegin(); jt != tags.cend(); ++jt)
                o.insert(jt.key(), jt.value());
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    }
    out += u'}';
    return out;
}

// Forward-only migrations; index i upgrades user_version i → i+1.
const char *const kMigrations[] = {
    // 0 → 1: the first schema.
    R"sql(
CREATE TABLE tenant_connectors (
    profile_id TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'QUEUED',
    last_run TEXT,
    next_run TEXT,
    last_error TEXT,
    subscriptions_in_scope INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE subscription_connectors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL COLLATE NOCASE,
    subscription_name TEXT,
    name TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'QUEUED',
    attached INTEGER NOT NULL DEFAULT 1,
    disabled INTEGER NOT NULL DEFAULT 0,
    flagged_reason TEXT,
    created_at TEXT,
    last_run TEXT,
    next_run TEXT,
    asset_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    UNIQUE (profile_id, subscription_id)
);
CREATE TABLE resources (
    asset_id INTEGER PRIMARY KEY,
    connector_id INTEGER NOT NULL REFERENCES subscription_connectors(id),
    resource_key TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    type TEXT,
    name TEXT,
    location TEXT,
    resource_group TEXT,
    kind TEXT,
    tags TEXT,
    properties TEXT,
    public_ips TEXT,
    fqdns TEXT,
    first_seen TEXT NOT NULL,
    last_changed TEXT NOT NULL,
    removed_at TEXT,
    content_hash BLOB NOT NULL
);
CREATE UNIQUE INDEX resources_key ON resources (connector_id, resource_key);
CREATE TABLE asset_tags (
    asset_id INTEGER NOT NULL,
    tag_id TEXT NOT NULL,
    PRIMARY KEY (asset_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE asset_activation (
    asset_id INTEGER NOT NULL,
    module TEXT NOT NULL,
    PRIMARY KEY (asset_id, module)
) WITHOUT ROWID;
CREATE INDEX asset_activation_module ON asset_activation (module);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_id TEXT NOT NULL,
    connector_id INTEGER,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0,
    assets_created INTEGER NOT NULL DEFAULT 0,
    assets_updated INTEGER NOT NULL DEFAULT 0,
    assets_removed INTEGER NOT NULL DEFAULT 0,
    connectors_created INTEGER NOT NULL DEFAULT 0,
    connectors_disabled INTEGER NOT NULL DEFAULT 0,
    subscriptions_ok INTEGER NOT NULL DEFAULT 0,
    subscriptions_failed INTEGER NOT NULL DEFAULT 0,
    errors TEXT
);
CREATE INDEX runs_profile ON runs (profile_id, started_at);
)sql",
    // 1 → 2: the last known management-group path of each subscription connector.
    R"sql(
ALTER TABLE subscription_connectors ADD COLUMN management_group_path TEXT;
)sql",
};

constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == InventoryDatabase::SchemaVersion,
              "one migration per schema version");

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
        const QStringList statements =
            QString::fromUtf8(kMigrations[v]).split(u';', Qt::SkipEmptyParts);
        for (const QString &s : statements) {
            if (s.trimmed().isEmpty())
                continue;
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

QByteArray InventoryDatabase::contentHash(const AzureResource &r, const QStringList &assetTags,
                                          const QStringList &modules, bool keepProperties)
{
    // The same bytes as feeding every field to QCryptographicHash one by one (so stored
    // hashes stay valid), collected first and hashed in one call: far fewer calls per asset.
    QVarLengthArray<char, 2048> bytes;
    auto add = [&bytes](const QString &s) {
        bytes.append(reinterpret_cast<const char *>(s.constData()),
                     s.size() * qsizetype(sizeof(QChar)));
        bytes.append('\0');
    };
    add(r.id);
    add(r.name);
    add(r.type);
    add(r.location);
    add(r.resourceGroup);
    add(r.subscriptionId);
    add(r.kind);
    for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it) {
        add(it.key());
        add(it.value());
    }
    add(u"|ips"_s);
    for (const QString &s : r.publicIpAddresses)
        add(s);
    add(u"|fqdns"_s);
    for (const QString &s : r.fqdns)
        add(s);
    add(u"|tags"_s);
    for (const QString &s : assetTags)
        add(s);
    add(u"|modules"_s);
    for (const QString &s : modules)
        add(s);
    if (keepProperties && !r.properties.isEmpty()) {
        const QByteArray json = QJsonDocument(r.properties).toJson(QJsonDocument::Compact);
        bytes.append(json.constData(), json.size());
    }
    return QCryptographicHash::hash(QByteArrayView(bytes.constData(), bytes.size()),
                                    QCryptographicHash::Sha1);
}

namespace {

// The hot write loop talks to SQLite directly (through the QSQLITE driver's own handle, so on
// the same connection and inside the same transaction): no QVariant per value, statements
// prepared once per write, constant values bound once (sqlite3_reset keeps bindings).
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

    /**
     * A null QString binds NULL (as QSqlQuery does). Text is bound as UTF-8, converted by Qt
     * (much faster than SQLite's own UTF-16 translation) and kept until the next bind.
     */
    void bind(int i, const QString &s)
    {
        if (s.isNull()) {
            sqlite3_bind_null(m_stmt, i);
            return;
        }
        QByteArray &utf8 = m_utf8[size_t(i)];
        utf8 = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(int i, const QByteArray &b)
    {
        sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_STATIC);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    /** Runs a statement that returns no rows and resets it for the next use. */
    bool exec()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::array<QByteArray, 16> m_utf8; ///< parameters 1..15
};

QString columnText(sqlite3_stmt *stmt, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(stmt, i));
}

/**
 * Fills the fields `r` marks unknown from the stored row (resource_id, type, resource_group,
 * public_ips, fqdns, properties): a degraded answer keeps what the inventory knows. The
 * spelling of id, type and resource group is kept when it differs only in case.
 */
void mergeStored(sqlite3_stmt *row, AzureResource *r)
{
    if (r->unknownFields & AzureResource::UnknownCasing) {
        auto keepSpelling = [row](int column, QString *value) {
            const QString stored = columnText(row, column);
            if (!stored.isEmpty() && stored.compare(*value, Qt::CaseInsensitive) == 0)
                *value = stored;
        };
        keepSpelling(0, &r->id);
        keepSpelling(1, &r->type);
        keepSpelling(2, &r->resourceGroup);
    }
    if (r->unknownFields & AzureResource::UnknownEndpoints) {
        r->publicIpAddresses = listFromJson(columnText(row, 3));
        r->fqdns = listFromJson(columnText(row, 4));
    }
    if (r->unknownFields & AzureResource::UnknownProperties) {
        const QString stored = columnText(row, 5);
        r->properties =
            stored.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(stored.toUtf8()).object();
    }
}

} // namespace

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
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction"), m_db.lastError().text());
    const QString nowText = toText(now);

    Statement existing(handle, "SELECT resource_key, content_hash, removed_at IS NOT NULL, "
                               "asset_id FROM resources WHERE connector_id = ?");
    Statement ins(handle,
                  "INSERT INTO resources (connector_id, resource_key, resource_id, "
                  "subscription_id, type, name, location, resource_group, kind, tags, properties, "
                  "public_ips, fqdns, first_seen, last_changed, removed_at, content_hash) VALUES "
                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, NULL, ?15)");
    Statement upd(handle, "UPDATE resources SET resource_id = ?3, subscription_id = ?4, type = ?5, "
                          "name = ?6, location = ?7, resource_group = ?8, kind = ?9, tags = ?10, "
                          "properties = ?11, public_ips = ?12, fqdns = ?13, last_changed = ?14, "
                          "removed_at = NULL, content_hash = ?15 WHERE asset_id = ?1");
    Statement markRemoved(handle, "UPDATE resources SET removed_at = ?1 WHERE asset_id = ?2");
    Statement delTags(handle, "DELETE FROM asset_tags WHERE asset_id = ?1");
    Statement delModules(handle, "DELETE FROM asset_activation WHERE asset_id = ?1");
    Statement insTag(handle, "INSERT INTO asset_tags (asset_id, tag_id) VALUES (?1, ?2)");
    Statement insModule(handle, "INSERT INTO asset_activation (asset_id, module) VALUES (?1, ?2)");
    Statement connectorDone(handle,
                            "UPDATE subscription_connectors SET state = ?1, last_run = ?2, "
                            "next_run = ?3, asset_count = ?4, last_error = ?7, "
                            "subscription_name = COALESCE(?5, subscription_name) WHERE id = ?6");
    // The stored fields a degraded answer does not deliver (AzureResource::unknownFields).
    Statement storedFields(handle, "SELECT resource_id, type, resource_group, public_ips, fqdns, "
                                   "properties FROM resources WHERE asset_id = ?1");
    auto abort = [&](const QString &what) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        m_db.rollback();
        return fail(what, detail);
    };
    for (const Statement *s : {&existing, &ins, &upd, &markRemoved, &delTags, &delModules, &insTag,
                               &insModule, &connectorDone, &storedFields}) {
        if (!s->isValid())
            return abort(tr("cannot prepare a statement"));
    }
    // Bound once for the whole write.
    ins.bind(14, nowText);
    upd.bind(14, nowText);
    markRemoved.bind(1, nowText);
    const QString finishedState = connectorStateToString(ConnectorState::FinishedSuccessfully);
    const QString warnedState = connectorStateToString(ConnectorState::FinishedWithErrors);
    connectorDone.bind(2, nowText);

    // The stored SHA-1 inline (no allocation per existing row).
    using Hash = std::array<char, 20>;
    auto toHash = [](const char *data, qsizetype size) {
        Hash h{};
        if (data)
            std::memcpy(h.data(), data, size_t(qMin(size, qsizetype(h.size()))));
        return h;
    };
    struct Known
    {
        Hash hash;
        bool removed = false;
        bool seen = false;
        qint64 assetId = 0;
    };
    QHash<QString, Known> known;
    QHash<QString, int> typeModules;
    QStringList moduleLists[32]; // module names per bit mask, built once
    RunCounts sum;
    qint64 done = 0;
    for (const SubscriptionInventory &inv : inventories) {
        RunCounts counts;
        known.clear();
        known.reserve(inv.resources.size());
        existing.bind(1, inv.connectorId);
        int rc;
        while ((rc = sqlite3_step(existing.get())) == SQLITE_ROW) {
            sqlite3_stmt *st = existing.get();
            known.insert(columnText(st, 0),
                         Known{toHash(static_cast<const char *>(sqlite3_column_blob(st, 1)),
                                      sqlite3_column_bytes(st, 1)),
                               sqlite3_column_int(st, 2) != 0, false, sqlite3_column_int64(st, 3)});
        }
        sqlite3_reset(existing.get());
        if (rc != SQLITE_DONE)
            return abort(tr("cannot read the inventory"));
        ins.bind(1, inv.connectorId);

        int present = 0;
        AzureResource merged;
        for (const AzureResource *r : inv.resources) {
            const QString key = r->id.toLower();
            auto it = known.find(key);
            if (r->unknownFields != 0 && it != known.end() && !it->seen) {
                // Unknown is not empty: take what the inventory knows (docs/inventory.md).
                merged = *r;
                storedFields.bind(1, it->assetId);
                sqlite3_stmt *st = storedFields.get();
                const int found = sqlite3_step(st);
                if (found == SQLITE_ROW)
                    mergeStored(st, &merged);
                sqlite3_reset(st);
                if (found != SQLITE_ROW && found != SQLITE_DONE)
                    return abort(tr("cannot read the inventory"));
                r = &merged;
            }
            const QStringList tags =
                rules.tags ? rules.tags->tagsFor(*r, inv.subscriptionName) : QStringList();
            // Type lookups are case-insensitive string compares: once per distinct type.
            auto typeIt = typeModules.constFind(r->type);
            if (typeIt == typeModules.cend())
                typeIt = typeModules.insert(r->type, ActivationMapper::typeModules(r->type));
            const int moduleMask =
                rules.enabledModules & ActivationMapper::applicableModules(*r, *typeIt);
            QStringList &modules = moduleLists[moduleMask & 0x1f];
            if (modules.isEmpty() && moduleMask != 0)
                modules = ActivationMapper::moduleNames(moduleMask);
            const QByteArray hash = contentHash(*r, tags, modules, rules.keepProperties);
            if (++done % 1000 == 0) {
                if (rules.progressHook)
                    rules.progressHook(done);
                if (rules.abort && *rules.abort)
                    return abort(tr("the write was interrupted"));
            }
            if (it != known.end() && it->seen)
                continue; // duplicate row in one answer: keep the first
            ++present;
            const bool isNew = it == known.end();
            qint64 assetId = 0;
            if (!isNew) {
                it->seen = true;
                assetId = it->assetId;
                if (it->hash == toHash(hash.constData(), hash.size()) && !it->removed) {
                    ++counts.assetsUnchanged;
                    continue;
                }
            }
            const QString properties =
                rules.keepProperties && !r->properties.isEmpty()
                    ? QString::fromUtf8(QJsonDocument(r->properties).toJson(QJsonDocument::Compact))
                    : QString();
            const QString azureTags = tagsJson(r->tags);
            const QString ips = jsonList(r->publicIpAddresses);
            const QString fqdns = jsonList(r->fqdns);
            Statement &row = isNew ? ins : upd;
            if (isNew)
                row.bind(2, key);
            else
                row.bind(1, assetId);
            row.bind(3, r->id);
            row.bind(4, r->subscriptionId);
            row.bind(5, r->type);
            row.bind(6, r->name);
            row.bind(7, r->location);
            row.bind(8, r->resourceGroup);
            row.bind(9, r->kind);
            row.bind(10, azureTags);
            if (properties.isEmpty())
                row.bindNull(11);
            else
                row.bind(11, properties);
            row.bind(12, ips);
            row.bind(13, fqdns);
            row.bind(15, hash);
            if (isNew) {
                if (!ins.exec())
                    return abort(tr("cannot insert an asset"));
                ++counts.assetsCreated;
                assetId = sqlite3_last_insert_rowid(handle);
                known.insert(key,
                             Known{toHash(hash.constData(), hash.size()), false, true, assetId});
            } else {
                if (!upd.exec())
                    return abort(tr("cannot update an asset"));
                ++counts.assetsUpdated;
                for (Statement *d : {&delTags, &delModules}) {
                    d->bind(1, assetId);
                    if (!d->exec())
                        return abort(tr("cannot update an asset"));
                }
            }
            insTag.bind(1, assetId);
            for (const QString &t : tags) {
                insTag.bind(2, t);
                if (!insTag.exec())
                    return abort(tr("cannot tag an asset"));
            }
            insModule.bind(1, assetId);
            for (const QString &m : modules) {
                insModule.bind(2, m);
                if (!insModule.exec())
                    return abort(tr("cannot activate an asset"));
            }
        }
        // Not seen any more: removed (kept, with a timestamp).
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (it->seen || it->removed)
                continue;
            markRemoved.bind(2, it->assetId);
            if (!markRemoved.exec())
                return abort(tr("cannot mark an asset removed"));
            ++counts.assetsRemoved;
        }
        const QString nextRun = toText(inv.nextRun);
        connectorDone.bind(1, inv.warning.isEmpty() ? finishedState : warnedState);
        if (inv.warning.isEmpty())
            connectorDone.bindNull(7);
        else
            connectorDone.bind(7, inv.warning);
        connectorDone.bind(3, nextRun);
        connectorDone.bind(4, qint64(present));
        if (inv.subscriptionName.isEmpty())
            connectorDone.bindNull(5);
        else
            connectorDone.bind(5, inv.subscriptionName);
        connectorDone.bind(6, inv.connectorId);
        if (!connectorDone.exec())
            return abort(tr("cannot update a connector"));
        counts.subscriptionsOk = 1;
        if (perConnector)
            perConnector->insert(inv.connectorId, counts);
        sum += counts;
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
              "errors = ? WHERE id = ?"_s);
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
              "connectors_disabled, subscriptions_ok, subscriptions_failed, errors FROM runs "
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
