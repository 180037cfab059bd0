#include "InventoryWriteBatch.h"

#include <array>
#include <cstring>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <sqlite3.h>

#include "ActivationMapper.h"
#include "InventorySql.h"
#include "TagEvaluator.h"

using namespace Qt::Literals::StringLiterals;

namespace atc {

using namespace inventory_sql;

namespace {

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

bool InventoryWriteBatch::write(sqlite3 *handle,
                                const QList<InventoryDatabase::SubscriptionInventory> &inventories,
                                const InventoryDatabase::AssetRules &rules, const QDateTime &now,
                                RunCounts *sum, QHash<qint64, RunCounts> *perConnector,
                                Failure *failure)
{
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
        *failure = {what, QString::fromUtf8(sqlite3_errmsg(handle))};
        return false;
    };
    for (const Statement *s : {&existing, &ins, &upd, &markRemoved, &delTags, &delModules, &insTag,
                               &insModule, &connectorDone, &storedFields}) {
        if (!s->isValid())
            return abort(InventoryDatabase::tr("cannot prepare a statement"));
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
    qint64 done = 0;
    for (const InventoryDatabase::SubscriptionInventory &inv : inventories) {
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
            return abort(InventoryDatabase::tr("cannot read the inventory"));
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
                    return abort(InventoryDatabase::tr("cannot read the inventory"));
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
            const QByteArray hash =
                InventoryDatabase::contentHash(*r, tags, modules, rules.keepProperties);
            if (++done % 1000 == 0) {
                if (rules.progressHook)
                    rules.progressHook(done);
                if (rules.abort && *rules.abort)
                    return abort(InventoryDatabase::tr("the write was interrupted"));
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
                    return abort(InventoryDatabase::tr("cannot insert an asset"));
                ++counts.assetsCreated;
                assetId = sqlite3_last_insert_rowid(handle);
                known.insert(key,
                             Known{toHash(hash.constData(), hash.size()), false, true, assetId});
            } else {
                if (!upd.exec())
                    return abort(InventoryDatabase::tr("cannot update an asset"));
                ++counts.assetsUpdated;
                for (Statement *d : {&delTags, &delModules}) {
                    d->bind(1, assetId);
                    if (!d->exec())
                        return abort(InventoryDatabase::tr("cannot update an asset"));
                }
            }
            insTag.bind(1, assetId);
            for (const QString &t : tags) {
                insTag.bind(2, t);
                if (!insTag.exec())
                    return abort(InventoryDatabase::tr("cannot tag an asset"));
            }
            insModule.bind(1, assetId);
            for (const QString &m : modules) {
                insModule.bind(2, m);
                if (!insModule.exec())
                    return abort(InventoryDatabase::tr("cannot activate an asset"));
            }
        }
        // Not seen any more: removed (kept, with a timestamp).
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (it->seen || it->removed)
                continue;
            markRemoved.bind(2, it->assetId);
            if (!markRemoved.exec())
                return abort(InventoryDatabase::tr("cannot mark an asset removed"));
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
            return abort(InventoryDatabase::tr("cannot update a connector"));
        counts.subscriptionsOk = 1;
        if (perConnector)
            perConnector->insert(inv.connectorId, counts);
        *sum += counts;
    }
    return true;
}

} // namespace atc
