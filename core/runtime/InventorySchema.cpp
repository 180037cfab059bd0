#include "InventorySchema.h"

#include "InventoryDatabase.h"

namespace atc {

namespace {

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
    // 2 → 3: a run's details (connector changes with names and reasons, connectors kept,
    // Azure's error codes; JSON, RunSummary) and the flagged / re-attached counts.
    R"sql(
ALTER TABLE runs ADD COLUMN details TEXT;
ALTER TABLE runs ADD COLUMN connectors_flagged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN connectors_reattached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN assets_unchanged INTEGER NOT NULL DEFAULT 0;
)sql",
};

constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == InventoryDatabase::SchemaVersion,
              "one migration per schema version");

} // namespace

int InventorySchema::version()
{
    return kMigrationCount;
}

QStringList InventorySchema::migration(int fromVersion)
{
    QStringList statements;
    if (fromVersion < 0 || fromVersion >= kMigrationCount)
        return statements;
    const QStringList parts =
        QString::fromUtf8(kMigrations[fromVersion]).split(u';', Qt::SkipEmptyParts);
    for (const QString &s : parts)
        if (!s.trimmed().isEmpty())
            statements.append(s);
    return statements;
}

} // namespace atc
